import { describe, expect, it } from 'vitest';
import { membershipGate, NON_MEMBER_PRESTATION_LIMIT } from './gate.ts';

describe('membership gate', () => {
  it('lets members do everything without using free prestations', () => {
    for (const action of ['open_activity', 'issue_activity_invoice', 'declare_prestation'] as const)
      expect(membershipGate({ isMember: true, prestationsWithoutShares: 99 }, action)).toMatchObject({
        allowed: true,
        consumesFreePrestation: false,
      });
  });

  it('lets a non-member declare exactly three prestations', () => {
    const results = [0, 1, 2, 3].map((used) =>
      membershipGate({ isMember: false, prestationsWithoutShares: used }, 'declare_prestation'),
    );
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[2]).toMatchObject({ remainingFreePrestations: 0 });
    expect(results[3]).toEqual({
      allowed: false,
      code: 'gate.free_prestations_used',
      limit: NON_MEMBER_PRESTATION_LIMIT,
    });
  });

  it('never lets a non-member open an Activity', () => {
    expect(membershipGate({ isMember: false, prestationsWithoutShares: 0 }, 'open_activity')).toMatchObject({
      allowed: false,
      code: 'gate.members_only',
    });
  });
});
