import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../contracts/test-helpers.ts';
import {
  budgetView,
  canAfford,
  commit,
  invoiceBudgetCredit,
  receivedShare,
  requireAffordable,
  type BudgetFigures,
} from './budget.ts';

const noCommitment = { salariesCents: 0, expensesCents: 0, purchasesCents: 0, loanInstalmentsCents: 0 };

describe('invoiceBudgetCredit', () => {
  it('credits the amount excluding VAT minus the 6.5 % fee, half up', () => {
    // 1,000.00 × 6.5 % = 65.00
    expect(
      invoiceBudgetCredit({ entity: 'BE-PA', amountExclVatCents: 100_000, date: '2026-03-02' }),
    ).toMatchObject({
      feeRateBp: 650,
      feeCents: 6_500,
      creditCents: 93_500,
    });
    // 0.10 × 6.5 % = 0.0065 → 0.01 (half up)
    expect(
      invoiceBudgetCredit({ entity: 'BE-PA', amountExclVatCents: 10, date: '2026-03-02' }).feeCents,
    ).toBe(1);
    // FR: 8.5 % for a natural person, 6.5 % for a legal person
    expect(
      invoiceBudgetCredit({ entity: 'FR-SMART', amountExclVatCents: 100_000, date: '2026-03-02' }).feeCents,
    ).toBe(8_500);
  });

  it('gives back the fee of a credit note, so an invoice and its credit note cancel', () => {
    const invoice = invoiceBudgetCredit({ entity: 'BE-PA', amountExclVatCents: 12_345, date: '2026-03-02' });
    const note = invoiceBudgetCredit({ entity: 'BE-PA', amountExclVatCents: -12_345, date: '2026-03-02' });
    expect(invoice.feeCents + note.feeCents).toBe(0);
    expect(invoice.creditCents + note.creditCents).toBe(0);
  });

  it('refuses a zero or fractional amount and an unknown entity', () => {
    expect(
      domainErrorOf(() => invoiceBudgetCredit({ entity: 'BE-PA', amountExclVatCents: 0, date: '2026-03-02' }))
        .issues[0]?.code,
    ).toBe('activity.amount.invalid');
    expect(
      domainErrorOf(() =>
        invoiceBudgetCredit({ entity: 'BE-PA', amountExclVatCents: 1.5, date: '2026-03-02' }),
      ).code,
    ).toBe('validation');
    expect(
      domainErrorOf(() => invoiceBudgetCredit({ entity: 'XX', amountExclVatCents: 100, date: '2026-03-02' }))
        .issues[0]?.code,
    ).toBe('payroll.entity.unknown');
  });

  it('property: fee + budget credit = invoiced excluding VAT, for invoices and credit notes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.boolean(),
        fc.constantFrom('BE-PA', 'BE-FA', 'BE-PI', 'FR-SMART'),
        (abs, creditNote, entity) => {
          const amount = creditNote ? -abs : abs;
          const r = invoiceBudgetCredit({ entity, amountExclVatCents: amount, date: '2026-06-30' });
          expect(r.feeCents + r.creditCents).toBe(amount);
          expect(Math.abs(r.feeCents)).toBeLessThanOrEqual(abs);
          expect(Math.sign(r.creditCents)).toBe(Math.sign(amount));
        },
      ),
    );
  });
});

describe('receivedShare', () => {
  it('counts the part paid, rounded down, and all of it once fully paid', () => {
    // credit 935.00 of an invoice of 1,210.00 incl. VAT; 605.00 paid → 467.50
    expect(receivedShare({ creditCents: 93_500, totalInclVatCents: 121_000, paidInclVatCents: 60_500 })).toBe(
      46_750,
    );
    expect(receivedShare({ creditCents: 93_501, totalInclVatCents: 121_000, paidInclVatCents: 60_500 })).toBe(
      46_750,
    );
    expect(
      receivedShare({ creditCents: 93_500, totalInclVatCents: 121_000, paidInclVatCents: 121_000 }),
    ).toBe(93_500);
    expect(
      receivedShare({ creditCents: 93_500, totalInclVatCents: 121_000, paidInclVatCents: 200_000 }),
    ).toBe(93_500);
    expect(receivedShare({ creditCents: 93_500, totalInclVatCents: 121_000, paidInclVatCents: 0 })).toBe(0);
  });
});

describe('budgetView', () => {
  const figures: BudgetFigures = {
    invoicedExclVatCents: 1_000_000,
    feeCents: 65_000,
    receivedCents: 600_000,
    otherInCents: 50_000,
    spentCents: 300_000,
    committed: {
      salariesCents: 100_000,
      expensesCents: 20_000,
      purchasesCents: 5_000,
      loanInstalmentsCents: 10_000,
    },
  };

  it('shows invoiced, received, available, committed and projected', () => {
    expect(budgetView(figures)).toMatchObject({
      creditedCents: 935_000,
      issuedNotPaidCents: 335_000,
      availableCents: 350_000,
      committedCents: 135_000,
      freeCents: 215_000,
      projectedCents: 550_000,
      advanceLimitCents: 0,
    });
  });

  it('refuses figures that are not integer cents', () => {
    expect(() => budgetView({ ...figures, spentCents: 1.5 })).toThrow(RangeError);
    expect(() => budgetView({ ...figures, committed: { ...noCommitment, salariesCents: -1 } })).toThrow(
      RangeError,
    );
  });
});

describe('canAfford', () => {
  const budget = budgetView({
    invoicedExclVatCents: 100_000,
    feeCents: 6_500,
    receivedCents: 93_500,
    otherInCents: 0,
    spentCents: 0,
    committed: { ...noCommitment, salariesCents: 50_000 },
  });

  it('accepts what the free budget covers and names what is missing', () => {
    expect(canAfford(budget, 43_500)).toEqual({ ok: true, remainingCents: 0 });
    expect(canAfford(budget, 43_501)).toEqual({ ok: false, missingCents: 1 });
    const error = domainErrorOf(() => requireAffordable(budget, 50_000));
    expect([error.status, error.code, error.params]).toEqual([
      409,
      'activity.budget.insufficient',
      { missing: '65.00', missingCents: 6_500, free: '435.00' },
    ]);
  });

  it('lets an authorised advance go below zero down to its limit only', () => {
    const advanced = { ...budget, advanceLimitCents: 10_000 };
    expect(canAfford(advanced, 53_500)).toEqual({ ok: true, remainingCents: -10_000 });
    expect(canAfford(advanced, 53_501)).toEqual({ ok: false, missingCents: 1 });
  });

  it('property: accepted costs never take the free budget below minus the advance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 40 }),
        fc.constantFrom(
          'salariesCents',
          'expensesCents',
          'purchasesCents',
          'loanInstalmentsCents',
        ) as fc.Arbitrary<'salariesCents' | 'expensesCents' | 'purchasesCents' | 'loanInstalmentsCents'>,
        (received, advance, costs, kind) => {
          let view = budgetView({
            invoicedExclVatCents: Math.max(received, 0),
            feeCents: 0,
            receivedCents: received,
            otherInCents: 0,
            spentCents: 0,
            committed: noCommitment,
            advanceLimitCents: advance,
          });
          const startFree = view.freeCents;
          for (const cost of costs) {
            const result = canAfford(view, cost);
            if (result.ok) {
              view = commit(view, kind, cost);
              expect(view.freeCents).toBe(result.remainingCents);
              expect(view.availableCents - view.committedCents).toBeGreaterThanOrEqual(
                Math.min(startFree, -advance),
              );
              if (advance === 0 && startFree >= 0) expect(view.freeCents).toBeGreaterThanOrEqual(0);
            } else {
              expect(result.missingCents).toBeGreaterThan(0);
              const largest = cost - result.missingCents;
              if (largest >= 0) expect(canAfford(view, largest).ok).toBe(true);
            }
          }
        },
      ),
    );
  });
});
