import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { domainErrorOf, issueKeys, issuesOf } from '../contracts/test-helpers.ts';
import {
  ACTIVITY_ACTIONS,
  ACTIVITY_ENTITIES,
  ACTIVITY_OPERATIONS,
  ACTIVITY_STATUSES,
  activityTransition,
  availableActivityActions,
  can,
  changeParticipant,
  openerParticipant,
  removeParticipant,
  requireRight,
  validateActivityRequest,
  validateInvitation,
  type Participant,
} from './activity.ts';

const member = { isMember: true, prestationsWithoutShares: 0 };
const nonMember = { isMember: false, prestationsWithoutShares: 0 };
const admin = openerParticipant('p-admin');
const seller: Participant = { personId: 'p-seller', administrator: false, rights: ['sell'] };

describe('activityTransition', () => {
  it('follows requested → approved → active → closed', () => {
    expect(activityTransition('requested', 'approve', { actor: 'adviser' })).toBe('approved');
    expect(activityTransition('approved', 'activate', { actor: 'staff' })).toBe('active');
    expect(
      activityTransition('active', 'close', { actor: 'administrator', balanceCents: 0, pendingCount: 0 }),
    ).toBe('closed');
  });

  it('refuses with a reason only, by an adviser', () => {
    expect(activityTransition('requested', 'refuse', { actor: 'adviser', reason: 'No project yet' })).toBe(
      'refused',
    );
    const none = domainErrorOf(() =>
      activityTransition('requested', 'refuse', { actor: 'adviser', reason: ' ' }),
    );
    expect([none.status, none.issues]).toEqual([
      422,
      [{ field: 'reason', code: 'activity.status.reason_required' }],
    ]);
    const member = domainErrorOf(() =>
      activityTransition('requested', 'approve', { actor: 'administrator' }),
    );
    expect([member.status, member.code]).toEqual([403, 'activity.status.actor_forbidden']);
  });

  it('closes only an empty budget with nothing pending', () => {
    const money = domainErrorOf(() =>
      activityTransition('active', 'close', { actor: 'staff', balanceCents: 1250, pendingCount: 0 }),
    );
    expect([money.status, money.code, money.params.balance]).toEqual([
      409,
      'activity.close.budget_not_empty',
      '12.50',
    ]);
    const pending = domainErrorOf(() =>
      activityTransition('active', 'close', { actor: 'staff', balanceCents: 0, pendingCount: 2 }),
    );
    expect([pending.code, pending.params]).toEqual(['activity.close.pending_items', { count: 2 }]);
    expect(() => activityTransition('active', 'close', { actor: 'staff' })).toThrow(RangeError);
  });

  it('keeps refused and closed final and refuses skipping a step', () => {
    for (const status of ['refused', 'closed'] as const) {
      for (const action of ACTIVITY_ACTIONS) {
        const error = domainErrorOf(() =>
          activityTransition(status, action, {
            actor: 'staff',
            reason: 'x',
            balanceCents: 0,
            pendingCount: 0,
          }),
        );
        expect([error.status, error.code]).toEqual([409, 'activity.status.final']);
      }
    }
    expect(domainErrorOf(() => activityTransition('requested', 'activate', { actor: 'staff' })).code).toBe(
      'activity.status.transition',
    );
  });

  it('gives a status or a DomainError for every pair', () => {
    for (const status of ACTIVITY_STATUSES) {
      for (const action of ACTIVITY_ACTIONS) {
        for (const actor of ['administrator', 'adviser', 'staff'] as const) {
          try {
            const next = activityTransition(status, action, {
              actor,
              reason: 'r',
              balanceCents: 0,
              pendingCount: 0,
            });
            expect(ACTIVITY_STATUSES).toContain(next);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
          }
        }
      }
    }
  });

  it('lists the available actions', () => {
    expect(availableActivityActions('requested', { actor: 'adviser' })).toEqual(['approve', 'refuse']);
    expect(availableActivityActions('active', { actor: 'administrator' })).toEqual(['close']);
    expect(availableActivityActions('requested', { actor: 'administrator' })).toEqual([]);
  });
});

describe('validateActivityRequest', () => {
  const input = {
    name: 'Atelier céramique',
    description: 'Pottery workshop',
    jobFamily: 'visual_arts_crafts',
    entity: 'BE-PA',
  };

  it('accepts a member’s request', () => {
    expect(validateActivityRequest(input, { applicant: member })).toEqual(input);
    expect(ACTIVITY_ENTITIES).toEqual(['BE-PA', 'BE-FA', 'BE-PI']);
  });

  it('refuses a non-member before looking at the fields', () => {
    const error = domainErrorOf(() => validateActivityRequest({} as never, { applicant: nonMember }));
    expect([error.status, error.code]).toEqual([403, 'gate.members_only']);
  });

  it('reports every field problem at once', () => {
    const issues = issuesOf(() =>
      validateActivityRequest(
        { name: 'ab', description: '', jobFamily: 'astronaut', entity: 'FR-SMART' },
        { applicant: member },
      ),
    );
    expect(issueKeys(issues)).toEqual([
      'description:field.required',
      'entity:activity.entity.not_allowed',
      'jobFamily:activity.job_family.unknown',
      'name:field.too_short',
    ]);
  });
});

describe('rights', () => {
  it('gives the administrator every right and a participant only theirs', () => {
    for (const operation of Object.keys(ACTIVITY_OPERATIONS) as (keyof typeof ACTIVITY_OPERATIONS)[]) {
      expect(can(admin, operation), operation).toBe(true);
    }
    expect(can(seller, 'create_quote')).toBe(true);
    expect(can(seller, 'view')).toBe(true);
    expect(can(seller, 'claim_expense')).toBe(false);
    expect(can(seller, 'request_salary')).toBe(false);
    expect(can(null, 'view')).toBe(false);
    expect(can(seller, 'fly' as never)).toBe(false);
  });

  it('throws 403 with the missing right', () => {
    const error = domainErrorOf(() => requireRight(seller, 'approve_spending'));
    expect([error.status, error.code, error.params]).toEqual([
      403,
      'activity.right.missing',
      { right: 'manage', operation: 'approve_spending' },
    ]);
    expect(domainErrorOf(() => requireRight(undefined, 'view')).code).toBe('activity.not_participant');
  });
});

describe('participants', () => {
  const participants = [admin, seller];
  const invitee = { personId: 'p-new', ...member };

  it('invites a member with known rights, in canonical order', () => {
    expect(
      validateInvitation({ rights: ['spend', 'sell', 'spend'] }, { inviter: admin, invitee, participants }),
    ).toEqual({ personId: 'p-new', administrator: false, rights: ['sell', 'spend'] });
    expect(
      validateInvitation({ rights: [], administrator: true }, { inviter: admin, invitee, participants })
        .rights,
    ).toEqual(['sell', 'spend', 'request_salary', 'manage']);
  });

  it('refuses a non-manager inviter, a non-member, a duplicate and unknown rights', () => {
    expect(
      domainErrorOf(() => validateInvitation({ rights: [] }, { inviter: seller, invitee, participants }))
        .code,
    ).toBe('activity.right.missing');
    expect(
      domainErrorOf(() =>
        validateInvitation(
          { rights: [] },
          { inviter: admin, invitee: { personId: 'x', ...nonMember }, participants },
        ),
      ).code,
    ).toBe('gate.members_only');
    expect(
      domainErrorOf(() =>
        validateInvitation(
          { rights: [] },
          { inviter: admin, invitee: { personId: 'p-seller', ...member }, participants },
        ),
      ).status,
    ).toBe(409);
    expect(
      issueKeys(
        issuesOf(() =>
          validateInvitation({ rights: ['sell', 'fly'] }, { inviter: admin, invitee, participants }),
        ),
      ),
    ).toEqual(['rights.1:activity.right.unknown']);
  });

  it('changes rights but always keeps an administrator', () => {
    const next = changeParticipant(participants, 'p-seller', { rights: ['sell', 'request_salary'] }, admin);
    expect(next[1]).toEqual({
      personId: 'p-seller',
      administrator: false,
      rights: ['sell', 'request_salary'],
    });
    const last = domainErrorOf(() =>
      changeParticipant(participants, 'p-admin', { administrator: false }, admin),
    );
    expect([last.status, last.code]).toEqual([409, 'activity.participant.last_administrator']);
    expect(domainErrorOf(() => removeParticipant(participants, 'p-admin', admin)).code).toBe(
      'activity.participant.last_administrator',
    );
    expect(removeParticipant(participants, 'p-seller', admin)).toEqual([admin]);
    expect(domainErrorOf(() => removeParticipant(participants, 'nobody', admin)).status).toBe(404);
    expect(domainErrorOf(() => removeParticipant(participants, 'p-admin', seller)).status).toBe(403);
  });
});
