import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../contracts/dates.ts';
import { DomainError } from '../errors.ts';
import { paymentPlanState, validatePaymentPlan, type Instalment } from './payment-plan.ts';

const today = '2026-05-04';
const plan: Instalment[] = [
  { dueOn: '2026-05-15', amountCents: 40_000 },
  { dueOn: '2026-06-15', amountCents: 40_000 },
  { dueOn: '2026-07-15', amountCents: 41_000 },
];

function fields(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
  return [];
}

describe('payment plan rules', () => {
  it('accepts instalments that sum to the amount due, with increasing dates', () => {
    expect(validatePaymentPlan(plan, 121_000, today)).toEqual(plan);
  });

  it('names every wrong instalment', () => {
    expect(
      fields(() =>
        validatePaymentPlan(
          [
            { dueOn: '2026-05-01', amountCents: 0 },
            { dueOn: '2026-06-15', amountCents: 50_000 },
            { dueOn: '2026-06-15', amountCents: 50_000 },
            { dueOn: '2026-02-30', amountCents: 1 },
            { dueOn: '2029-01-01', amountCents: 1 },
          ],
          121_000,
          today,
        ),
      ),
    ).toEqual([
      'instalments.0.amountCents:receivables.plan.amount_invalid',
      'instalments.0.dueOn:receivables.plan.date_past',
      'instalments.2.dueOn:receivables.plan.dates_not_increasing',
      'instalments.3.dueOn:field.invalid_date',
      'instalments.4.dueOn:receivables.plan.too_long',
    ]);
    expect(fields(() => validatePaymentPlan(plan, 120_000, today))).toEqual([
      'instalments:receivables.plan.sum_mismatch',
    ]);
    expect(fields(() => validatePaymentPlan([], 1, today))).toEqual([
      'instalments:receivables.plan.instalment_count',
    ]);
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ dueOn: addDays(today, i + 1), amountCents: 1 }));
    expect(fields(() => validatePaymentPlan(thirteen, 13, today))).toEqual([
      'instalments:receivables.plan.instalment_count',
    ]);
  });

  it('is respected until an instalment is missed, late within the grace days, broken after', () => {
    expect(paymentPlanState(plan, 0, '2026-05-15', 7)).toMatchObject({
      state: 'respected',
      coveredInstalments: 0,
    });
    expect(paymentPlanState(plan, 0, '2026-05-16', 7)).toMatchObject({
      state: 'late',
      pending: { seq: 1, missingCents: 40_000, daysLate: 1 },
      breaksAfter: '2026-05-22',
    });
    expect(paymentPlanState(plan, 0, '2026-05-22', 7).state).toBe('late');
    expect(paymentPlanState(plan, 0, '2026-05-23', 7).state).toBe('broken');
    // A partial payment does not cover the instalment.
    expect(paymentPlanState(plan, 39_999, '2026-05-23', 7)).toMatchObject({
      state: 'broken',
      pending: { seq: 1, missingCents: 1 },
    });
    expect(paymentPlanState(plan, 40_000, '2026-05-23', 7)).toMatchObject({
      state: 'respected',
      coveredInstalments: 1,
    });
    expect(paymentPlanState(plan, 121_000, '2026-05-23', 7)).toMatchObject({
      state: 'completed',
      coveredInstalments: 3,
      pending: null,
    });
  });

  it('paying more never makes a plan worse', () => {
    const rank = { completed: 0, respected: 1, late: 2, broken: 3 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 121_000 }),
        fc.integer({ min: 0, max: 121_000 }),
        fc.integer({ min: 0, max: 120 }),
        (a, b, d) => {
          const date = addDays(today, d);
          const [low, high] = a < b ? [a, b] : [b, a];
          expect(rank[paymentPlanState(plan, high, date, 7).state]).toBeLessThanOrEqual(
            rank[paymentPlanState(plan, low, date, 7).state],
          );
        },
      ),
    );
  });
});
