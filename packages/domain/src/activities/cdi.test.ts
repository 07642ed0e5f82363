import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../contracts/test-helpers.ts';
import { budgetView } from './budget.ts';
import { cdiFromEstimate, cdiReserve, cdiTrend, requireCdiReserve } from './cdi.ts';

describe('cdiFromEstimate', () => {
  it('sets the monthly salary the estimate can carry', () => {
    // 60,000.00 invoiced − 6.5 % fee (3,900.00) − 2,400.00 other costs = 53,700.00; ÷ 12 = 4,475.00 a month;
    // gross = 4,475.00 ÷ 1.55 = 2,887.0967… → 2,887.09; employer cost 2,887.09 × 1.55 = 4,474.9895 → 4,474.99
    const r = cdiFromEstimate({
      entity: 'BE-PA',
      date: '2026-03-01',
      estimatedAnnualInvoicedExclVatCents: 6_000_000,
      plannedAnnualOtherCostsCents: 240_000,
    });
    expect([r.annualFeeCents, r.monthlyBudgetCents, r.monthlyGrossCents]).toEqual([
      390_000, 447_500, 288_709,
    ]);
    expect(r.cdi.employerCostCents).toBe(447_499);
    expect(r.cdi.employerCostCents).toBeLessThanOrEqual(r.monthlyBudgetCents);
  });

  it('refuses an estimate that leaves nothing or less than the legal minimum', () => {
    const nothing = domainErrorOf(() =>
      cdiFromEstimate({
        entity: 'BE-PA',
        date: '2026-03-01',
        estimatedAnnualInvoicedExclVatCents: 100_000,
        plannedAnnualOtherCostsCents: 100_000,
      }),
    );
    expect(nothing.issues[0]?.code).toBe('activity.cdi.estimate_too_low');
    const low = domainErrorOf(() =>
      cdiFromEstimate({
        entity: 'BE-PA',
        date: '2026-03-01',
        estimatedAnnualInvoicedExclVatCents: 2_400_000,
      }),
    );
    expect(low.issues[0]).toMatchObject({
      field: 'estimatedAnnualInvoicedExclVatCents',
      code: 'activity.cdi.estimate_below_minimum',
    });
    // Half time halves the minimum: the same estimate then fits.
    expect(
      cdiFromEstimate({
        entity: 'BE-PA',
        date: '2026-03-01',
        estimatedAnnualInvoicedExclVatCents: 2_400_000,
        workTimeBp: 5_000,
      }).cdi.workTimeBp,
    ).toBe(5_000);
  });

  it('property: the CDI never costs more a month than the estimate carries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4_500_000, max: 50_000_000 }), (invoiced) => {
        const r = cdiFromEstimate({
          entity: 'BE-PA',
          date: '2026-03-01',
          estimatedAnnualInvoicedExclVatCents: invoiced,
        });
        expect(r.cdi.employerCostCents).toBeLessThanOrEqual(r.monthlyBudgetCents);
        expect(r.monthlyBudgetCents - r.cdi.employerCostCents).toBeLessThanOrEqual(2);
      }),
      { numRuns: 50 },
    );
  });
});

describe('reserve', () => {
  it('keeps N months of the monthly cost available', () => {
    expect(cdiReserve({ availableCents: 1_000_000, monthlyCostCents: 400_000, reserveMonths: 3 })).toEqual({
      reserveCents: 1_200_000,
      availableCents: 1_000_000,
      underReserve: true,
      shortfallCents: 200_000,
      monthsCovered: 2,
    });
    const budget = budgetView({
      invoicedExclVatCents: 0,
      feeCents: 0,
      receivedCents: 0,
      otherInCents: 1_000_000,
      spentCents: 0,
      committed: { salariesCents: 0, expensesCents: 0, purchasesCents: 0, loanInstalmentsCents: 0 },
    });
    const error = domainErrorOf(() => requireCdiReserve(budget, 400_000, 3));
    expect([error.status, error.code, error.params]).toEqual([
      409,
      'activity.cdi.reserve_missing',
      { missing: '2000.00', missingCents: 200_000, months: 3 },
    ]);
    expect(() => requireCdiReserve(budget, 300_000, 3)).not.toThrow();
  });
});

describe('cdiTrend', () => {
  const steady = Array.from({ length: 12 }, () => 500_000);

  it('sees a budget that sustains the CDI', () => {
    const trend = cdiTrend({
      monthlyIncomeCents: steady,
      monthlyCostCents: 450_000,
      availableCents: 1_500_000,
      reserveMonths: 3,
      horizonMonths: 6,
    });
    expect([trend.monthlyFlowCents, trend.runwayMonths, trend.monthsUntilUnderReserve, trend.alert]).toEqual([
      50_000,
      null,
      null,
      false,
    ]);
  });

  it('takes the last three months when income falls, and alerts within the horizon', () => {
    // 12-month average 4,500.00, last 3 months 2,000.00 → expected 2,000.00; flow −2,500.00 a month.
    const falling = [...Array.from({ length: 9 }, () => 533_333), 200_000, 200_000, 200_000];
    const trend = cdiTrend({
      monthlyIncomeCents: falling,
      monthlyCostCents: 450_000,
      availableCents: 1_600_000,
      reserveMonths: 3,
      horizonMonths: 6,
    });
    expect(trend.expectedIncomeCents).toBe(200_000);
    expect(trend.monthlyFlowCents).toBe(-250_000);
    // 16,000 − 13,500 reserve = 2,500 above: month 1 → 13,500 (not under), month 2 → 11,000 (under).
    expect([trend.reserveCents, trend.monthsUntilUnderReserve, trend.runwayMonths, trend.alert]).toEqual([
      1_350_000,
      2,
      6,
      true,
    ]);
    expect(
      cdiTrend({
        monthlyIncomeCents: falling,
        monthlyCostCents: 450_000,
        availableCents: 5_000_000,
        reserveMonths: 3,
        horizonMonths: 6,
      }).alert,
    ).toBe(false);
  });

  it('reports a budget already under its reserve', () => {
    const trend = cdiTrend({
      monthlyIncomeCents: [0],
      monthlyCostCents: 100_000,
      availableCents: 0,
      reserveMonths: 3,
      horizonMonths: 6,
    });
    expect([trend.monthsUntilUnderReserve, trend.runwayMonths, trend.alert]).toEqual([0, 0, true]);
    expect(() =>
      cdiTrend({
        monthlyIncomeCents: [],
        monthlyCostCents: 1,
        availableCents: 0,
        reserveMonths: 3,
        horizonMonths: 6,
      }),
    ).toThrow(RangeError);
  });

  it('property: the month it announces is the first month the projection is under the reserve', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: -100_000, max: 20_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        (incomes, cost, available, months) => {
          const t = cdiTrend({
            monthlyIncomeCents: incomes,
            monthlyCostCents: cost,
            availableCents: available,
            reserveMonths: months,
            horizonMonths: 6,
          });
          const at = (k: number) => available + k * t.monthlyFlowCents;
          if (t.monthsUntilUnderReserve === null) {
            expect(t.monthlyFlowCents).toBeGreaterThanOrEqual(0);
            expect(available).toBeGreaterThanOrEqual(t.reserveCents);
          } else {
            const k = t.monthsUntilUnderReserve;
            expect(at(k)).toBeLessThan(t.reserveCents);
            if (k > 0) expect(at(k - 1)).toBeGreaterThanOrEqual(t.reserveCents);
          }
        },
      ),
    );
  });
});
