import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueKeys, issuesOf } from '../contracts/test-helpers.ts';
import { timelineProblems } from '../rules/types.ts';
import {
  ARRANGEMENT_FEE_RULES,
  FINANCING_KINDS,
  addMonths,
  arrangementFee,
  repaymentSchedule,
  validateFinancingRequest,
} from './financing.ts';

describe('arrangement fee', () => {
  it('has clean timelines', () => {
    for (const kind of FINANCING_KINDS)
      expect(timelineProblems(kind, ARRANGEMENT_FEE_RULES[kind])).toEqual([]);
  });

  it('is 3 % on equipment since 2018, none during the zero-rate offer, none on a plain loan', () => {
    expect(arrangementFee('equipment', 429_000, '2019-05-01')).toMatchObject({
      feeCents: 12_870,
      rateBp: 300,
    });
    expect(arrangementFee('equipment', 429_000, '2021-06-01').feeCents).toBe(0);
    expect(arrangementFee('equipment', 333, '2026-03-01').feeCents).toBe(10); // 9.99 → 10
    expect(arrangementFee('loan', 429_000, '2026-03-01').feeCents).toBe(0);
    expect(() => arrangementFee('loan', 1000, '2019-01-01')).toThrow('validation');
  });
});

describe('repaymentSchedule', () => {
  it('repays monthly, the last instalment absorbing the rounding', () => {
    expect(repaymentSchedule(100_000, 3, '2026-01-31')).toEqual([
      { number: 1, dueDate: '2026-01-31', amountCents: 33_333 },
      { number: 2, dueDate: '2026-02-28', amountCents: 33_333 },
      { number: 3, dueDate: '2026-03-31', amountCents: 33_334 },
    ]);
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-12-15', 14)).toBe('2029-02-15');
    expect(() => repaymentSchedule(2, 3, '2026-01-01')).toThrow(RangeError);
  });

  it('property: the instalments sum to the principal, are positive and monthly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (months, extra) => {
          const principal = months + extra;
          const schedule = repaymentSchedule(principal, months, '2026-05-31');
          expect(schedule).toHaveLength(months);
          expect(schedule.reduce((s, i) => s + i.amountCents, 0)).toBe(principal);
          expect(schedule.every((i) => Number.isSafeInteger(i.amountCents) && i.amountCents > 0)).toBe(true);
          const first = schedule[0]!.amountCents;
          expect(schedule.slice(0, -1).every((i) => i.amountCents === first)).toBe(true);
          expect(schedule[months - 1]!.amountCents - first).toBeLessThan(months);
          for (let i = 1; i < months; i += 1)
            expect(schedule[i]!.dueDate > schedule[i - 1]!.dueDate).toBe(true);
        },
      ),
    );
  });
});

describe('validateFinancingRequest', () => {
  const today = '2026-03-10';

  it('computes the fee apart from the schedule', () => {
    const r = validateFinancingRequest(
      {
        kind: 'equipment',
        principalCents: 429_000,
        months: 14,
        firstDueDate: '2026-04-10',
        purpose: 'Camera and lenses',
      },
      { today },
    );
    expect([r.arrangementFeeCents, r.instalments.length]).toEqual([12_870, 14]);
    expect(r.instalments.reduce((s, i) => s + i.amountCents, 0)).toBe(429_000);
    expect(r.instalments[13]?.dueDate).toBe('2027-05-10');
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(() =>
      validateFinancingRequest(
        { kind: 'gift', principalCents: 150, months: 61, firstDueDate: today, purpose: 'x' },
        { today },
      ),
    );
    expect(issueKeys(issues)).toEqual([
      'firstDueDate:activity.financing.first_due_date',
      'kind:field.invalid_choice',
      'months:field.too_big',
      'purpose:field.too_short',
    ]);
    expect(
      issueKeys(
        issuesOf(() =>
          validateFinancingRequest(
            { kind: 'loan', principalCents: 100, months: 120, firstDueDate: '2026-04-01', purpose: 'Stock' },
            { today, settings: { financingMaxMonths: 120 } },
          ),
        ),
      ),
    ).toEqual(['principalCents:activity.financing.principal_too_small']);
  });
});
