import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  CONTRACT_ACTIONS,
  CONTRACT_STATUSES,
  availableActions,
  transition,
  type TransitionContext,
} from './status.ts';
import { domainErrorOf } from './test-helpers.ts';

const before: TransitionContext = { today: '2026-03-02', firstDay: '2026-03-04', actor: 'worker' };
const started: TransitionContext = {
  today: '2026-03-04',
  firstDay: '2026-03-04',
  actor: 'staff',
  reason: 'Client cancelled',
};

describe('transition', () => {
  it('follows the life cycle declared → on hold → declared → paid', () => {
    const adviser = { ...before, actor: 'adviser' as const };
    expect(transition('declared', 'hold', adviser)).toBe('on_hold');
    expect(transition('on_hold', 'release', adviser)).toBe('declared');
    expect(transition('declared', 'pay', { ...started, actor: 'staff' })).toBe('paid');
  });

  it('lets the worker cancel before the first day only', () => {
    expect(transition('declared', 'cancel', before)).toBe('cancelled');
    expect(transition('on_hold', 'cancel', before)).toBe('cancelled');
    const late = domainErrorOf(() => transition('declared', 'cancel', { ...before, today: '2026-03-04' }));
    expect([late.status, late.code, late.params]).toEqual([
      409,
      'contract.cancel.work_started',
      { firstDay: '2026-03-04' },
    ]);
  });

  it('lets only staff correct a started contract, with a reason', () => {
    expect(transition('declared', 'correct', started)).toBe('cancelled');
    expect(transition('on_hold', 'correct', started)).toBe('cancelled');
    const worker = domainErrorOf(() => transition('declared', 'correct', { ...started, actor: 'worker' }));
    expect([worker.status, worker.code]).toEqual([403, 'contract.status.actor_forbidden']);
    const adviser = domainErrorOf(() => transition('declared', 'correct', { ...started, actor: 'adviser' }));
    expect(adviser.status).toBe(403);
    const noReason = domainErrorOf(() => transition('declared', 'correct', { ...started, reason: '  ' }));
    expect([noReason.status, noReason.issues]).toEqual([
      422,
      [{ field: 'reason', code: 'contract.status.reason_required' }],
    ]);
    const early = domainErrorOf(() => transition('declared', 'correct', { ...started, today: '2026-03-03' }));
    expect([early.status, early.code]).toEqual([409, 'contract.correct.not_started']);
    const long = domainErrorOf(() =>
      transition('declared', 'correct', { ...started, reason: 'x'.repeat(1001) }),
    );
    expect(long.issues[0]?.code).toBe('field.too_long');
  });

  it('keeps the pay run off contracts on hold, and paid or cancelled contracts final', () => {
    const held = domainErrorOf(() => transition('on_hold', 'pay', started));
    expect([held.status, held.code]).toEqual([409, 'contract.status.on_hold']);
    for (const status of ['paid', 'cancelled'] as const) {
      for (const action of ['hold', 'release', 'cancel', 'correct', 'pay'] as const) {
        const error = domainErrorOf(() => transition(status, action, { ...started, today: '2026-03-01' }));
        expect([error.status, error.code]).toEqual([409, 'contract.status.final']);
      }
    }
    const release = domainErrorOf(() => transition('declared', 'release', { ...before, actor: 'adviser' }));
    expect([release.status, release.code]).toEqual([409, 'contract.status.transition']);
  });

  it('refuses a worker holding or paying, and unknown statuses or actions', () => {
    expect(domainErrorOf(() => transition('declared', 'hold', before)).status).toBe(403);
    expect(domainErrorOf(() => transition('declared', 'pay', before)).status).toBe(403);
    expect(domainErrorOf(() => transition('archived' as never, 'pay', started)).status).toBe(409);
    expect(domainErrorOf(() => transition('declared', 'archive' as never, started)).status).toBe(409);
  });

  it('every pair of status and action gives a status or a DomainError, never anything else', () => {
    for (const status of CONTRACT_STATUSES) {
      for (const action of CONTRACT_ACTIONS) {
        for (const actor of ['worker', 'adviser', 'staff'] as const) {
          for (const today of ['2026-03-01', '2026-03-10']) {
            try {
              expect(CONTRACT_STATUSES).toContain(transition(status, action, { ...started, actor, today }));
            } catch (error) {
              expect(error).toBeInstanceOf(DomainError);
              expect([403, 409, 422]).toContain((error as DomainError).status);
            }
          }
        }
      }
    }
  });
});

describe('availableActions', () => {
  it('lists what an actor can do now', () => {
    expect(availableActions('declared', before)).toEqual(['cancel']);
    expect(availableActions('declared', { ...before, actor: 'adviser' })).toEqual(['hold', 'cancel']);
    expect(availableActions('declared', started)).toEqual(['hold', 'pay', 'correct']);
    expect(availableActions('on_hold', started)).toEqual(['release', 'correct']);
    expect(availableActions('paid', started)).toEqual([]);
  });
});
