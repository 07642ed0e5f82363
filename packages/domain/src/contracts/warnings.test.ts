import { describe, expect, it } from 'vitest';
import { declarationWarnings, type WarningInput } from './warnings.ts';

function input(over: Partial<WarningInput> = {}): WarningInput {
  return {
    amountExclVatCents: 60000,
    dayCount: 2,
    recentDailyAmountsCents: [],
    posted: false,
    postingFormComplete: true,
    contractType: 'employee',
    ...over,
  };
}

const codes = (over: Partial<WarningInput>) => declarationWarnings(input(over)).map((w) => w.code);

describe('declarationWarnings', () => {
  it('says nothing for an ordinary declaration', () => {
    expect(declarationWarnings(input())).toEqual([]);
  });

  it('flags a daily amount over 3 times the median of the worker’s recent daily amounts', () => {
    const history = [20000, 25000, 30000, 100000, 15000]; // median 25,000
    expect(codes({ amountExclVatCents: 150000, dayCount: 2, recentDailyAmountsCents: history })).toEqual([]);
    expect(
      declarationWarnings(
        input({ amountExclVatCents: 150002, dayCount: 2, recentDailyAmountsCents: history }),
      ),
    ).toEqual([
      { code: 'contract.warning.unusual_amount', params: { daily: '750.01', reference: '750.00' } },
    ]);
    // Even number of values: the median is the mean of the two middle ones (20,000 and 30,000 → 25,000).
    const even = [40000, 10000, 30000, 20000];
    expect(codes({ amountExclVatCents: 75000, dayCount: 1, recentDailyAmountsCents: even })).toEqual([]);
    expect(codes({ amountExclVatCents: 75001, dayCount: 1, recentDailyAmountsCents: even })).toEqual([
      'contract.warning.unusual_amount',
    ]);
    // Middle ones 20,000 and 40,000 → 30,000: 75,001 is no longer unusual.
    expect(
      codes({
        amountExclVatCents: 75001,
        dayCount: 1,
        recentDailyAmountsCents: [10000, 20000, 40000, 60000],
      }),
    ).toEqual([]);
  });

  it('uses a ceiling of 1,500.00 EUR a day without history', () => {
    expect(codes({ amountExclVatCents: 300000, dayCount: 2 })).toEqual([]);
    expect(declarationWarnings(input({ amountExclVatCents: 300001, dayCount: 2 }))).toEqual([
      { code: 'contract.warning.unusual_amount', params: { daily: '1500.01', reference: '1500.00' } },
    ]);
    // Non-positive history values are ignored.
    expect(codes({ amountExclVatCents: 300001, dayCount: 2, recentDailyAmountsCents: [0, -5] })).toEqual([
      'contract.warning.unusual_amount',
    ]);
  });

  it('flags a posted contract whose A1 form request is incomplete', () => {
    expect(codes({ posted: true, postingFormComplete: false })).toEqual([
      'contract.warning.posting_form_missing',
    ]);
    expect(codes({ posted: true, postingFormComplete: true })).toEqual([]);
    expect(codes({ posted: false, postingFormComplete: false })).toEqual([]);
  });

  it('flags a student whose quota will be 80 % used, not others', () => {
    const studentQuota = { usedCentiHours: 50000, newCentiHours: 2000, quotaHours: 650 };
    expect(declarationWarnings(input({ contractType: 'student', studentQuota }))).toEqual([
      { code: 'contract.warning.student_quota_nearly_used', params: { remaining: '130', quota: 650 } },
    ]);
    expect(codes({ contractType: 'employee', studentQuota })).toEqual([]);
    expect(
      codes({ contractType: 'student', studentQuota: { ...studentQuota, newCentiHours: 1000 } }),
    ).toEqual([]);
    // Over the quota it is an error of the declaration, not a warning.
    expect(
      codes({ contractType: 'student', studentQuota: { ...studentQuota, newCentiHours: 20000 } }),
    ).toEqual([]);
  });
});
