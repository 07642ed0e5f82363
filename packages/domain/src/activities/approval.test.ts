import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../contracts/test-helpers.ts';
import { openerParticipant, type Participant } from './activity.ts';
import {
  approvalRoute,
  canDecide,
  decideApproval,
  pendingStep,
  type ApprovalState,
  type Approver,
} from './approval.ts';
import { DEFAULT_ACTIVITY_SETTINGS } from './settings.ts';

const admin = openerParticipant('p-admin');
const spender: Participant = { personId: 'p-spender', administrator: false, rights: ['spend'] };
const participants = [admin, spender];
const settings = DEFAULT_ACTIVITY_SETTINGS;
const asAdmin: Approver = { kind: 'participant', participant: admin };
const adviser: Approver = { kind: 'staff', personId: 's-adviser', roles: ['adviser'] };

describe('approvalRoute', () => {
  it('sends a claim to the administrator, then to staff above 1,000.00 EUR', () => {
    expect(approvalRoute({ amountCents: 100_000, submitterId: 'p-spender', participants, settings })).toEqual(
      ['activity'],
    );
    expect(approvalRoute({ amountCents: 100_001, submitterId: 'p-spender', participants, settings })).toEqual(
      ['activity', 'staff'],
    );
  });

  it('sends the only administrator’s own spending to staff', () => {
    expect(approvalRoute({ amountCents: 500, submitterId: 'p-admin', participants, settings })).toEqual([
      'staff',
    ]);
  });

  it('follows the entity’s threshold', () => {
    expect(
      approvalRoute({
        amountCents: 20_000,
        submitterId: 'p-spender',
        participants,
        settings: { staffApprovalThresholdCents: 10_000 },
      }),
    ).toEqual(['activity', 'staff']);
  });
});

describe('decideApproval', () => {
  const submitted: ApprovalState = {
    route: ['activity', 'staff'],
    approvals: [],
    submitterId: 'p-spender',
    status: 'submitted',
  };

  it('goes step by step to approved', () => {
    expect(pendingStep(submitted)).toBe('activity');
    expect(canDecide(submitted, adviser)).toBe(false);
    const first = decideApproval(submitted, 'approve', asAdmin);
    expect([first.status, first.step, first.next]).toEqual(['submitted', 'activity', 'staff']);
    const second = decideApproval(first, 'approve', adviser);
    expect([second.status, second.next, second.approvals]).toEqual([
      'approved',
      null,
      [
        { step: 'activity', by: 'p-admin' },
        { step: 'staff', by: 's-adviser' },
      ],
    ]);
    expect(domainErrorOf(() => decideApproval(second, 'approve', adviser)).code).toBe(
      'activity.approval.closed',
    );
  });

  it('refuses with a reason at any step', () => {
    const refused = decideApproval(submitted, 'refuse', asAdmin, '  Not for this project ');
    expect([refused.status, refused.reason]).toEqual(['refused', 'Not for this project']);
    expect(domainErrorOf(() => decideApproval(submitted, 'refuse', asAdmin)).issues[0]?.code).toBe(
      'activity.approval.reason_required',
    );
  });

  it('lets nobody approve their own request, a step not theirs, or two steps', () => {
    const own: ApprovalState = { ...submitted, submitterId: 'p-admin' };
    expect(domainErrorOf(() => decideApproval(own, 'approve', asAdmin)).code).toBe(
      'activity.approval.own_request',
    );
    expect(domainErrorOf(() => decideApproval(submitted, 'approve', adviser)).code).toBe(
      'activity.approval.not_allowed',
    );
    const spenderApprover: Approver = { kind: 'participant', participant: spender };
    expect(
      domainErrorOf(() => decideApproval({ ...submitted, submitterId: 'x' }, 'approve', spenderApprover))
        .status,
    ).toBe(403);
    const board: Approver = { kind: 'staff', personId: 's-board', roles: ['board'] };
    const atStaff = decideApproval(submitted, 'approve', asAdmin);
    expect(domainErrorOf(() => decideApproval(atStaff, 'approve', board)).code).toBe(
      'activity.approval.not_allowed',
    );
    const twice: ApprovalState = {
      route: ['activity', 'activity'],
      approvals: [],
      submitterId: 'x',
      status: 'submitted',
    };
    const once = decideApproval(twice, 'approve', asAdmin);
    expect(domainErrorOf(() => decideApproval(once, 'approve', asAdmin)).code).toBe(
      'activity.approval.same_person',
    );
  });
});
