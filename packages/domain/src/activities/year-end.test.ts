import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MOVEMENT_KINDS,
  activityStatement,
  carryOver,
  statementsByYear,
  type BudgetMovement,
} from './year-end.ts';

const movements: BudgetMovement[] = [
  { date: '2025-02-01', kind: 'sale', amountCents: 100_000 },
  { date: '2025-02-01', kind: 'fee', amountCents: -6_500 },
  { date: '2025-03-15', kind: 'salary', amountCents: -62_000 },
  { date: '2025-04-02', kind: 'expense', amountCents: -4_800 },
  { date: '2025-05-10', kind: 'loan_received', amountCents: 50_000 },
  { date: '2025-05-10', kind: 'financing_fee', amountCents: -1_500 },
  { date: '2025-05-20', kind: 'investment', amountCents: -50_000 },
  { date: '2025-06-10', kind: 'loan_repayment', amountCents: -4_000 },
  { date: '2025-09-01', kind: 'sale', amountCents: -20_000 },
  { date: '2025-09-01', kind: 'fee', amountCents: 1_300 },
  { date: '2026-01-05', kind: 'purchase', amountCents: -1_000 },
];

describe('activityStatement', () => {
  it('sums a year by heading and carries the rest over', () => {
    const s = activityStatement(movements, 2025, 10_000);
    expect(s).toMatchObject({
      openingCents: 10_000,
      salesCents: 80_000,
      feeCents: 5_200,
      salariesCents: 62_000,
      expensesCents: 4_800,
      purchasesCents: 0,
      investmentsCents: 50_000,
      loanRepaymentsCents: 4_000,
      financingFeesCents: 1_500,
      loansReceivedCents: 50_000,
      inCents: 151_300,
      outCents: 148_800,
      closingCents: 12_500,
      movementCount: 10,
    });
    expect(carryOver(s)).toEqual({ fromYear: 2025, toYear: 2026, amountCents: 12_500 });
  });

  it('opens each year with the previous closing', () => {
    const [y2025, y2026] = statementsByYear(movements, 2025, 2026, 10_000);
    expect(y2026?.openingCents).toBe(y2025?.closingCents);
    expect(y2026?.closingCents).toBe(11_500);
  });

  it('refuses movements that are not integer cents or of an unknown kind', () => {
    expect(() =>
      activityStatement([{ date: '2025-01-01', kind: 'sale', amountCents: 0.5 }], 2025, 0),
    ).toThrow(RangeError);
    expect(() =>
      activityStatement([{ date: '2025-01-01', kind: 'gift' as never, amountCents: 1 }], 2025, 0),
    ).toThrow(RangeError);
  });

  const movementArb = fc.record({
    date: fc
      .integer({ min: 0, max: 4 * 365 })
      .map((d) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10)),
    kind: fc.constantFrom(...MOVEMENT_KINDS),
    amountCents: fc.integer({ min: -10_000_000, max: 10_000_000 }),
  });

  it('property: opening + in − out = closing, headings add up, and each year opens with the last closing', () => {
    fc.assert(
      fc.property(
        fc.array(movementArb, { maxLength: 60 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (ms, opening) => {
          const statements = statementsByYear(ms, 2023, 2026, opening);
          let previous = opening;
          for (const s of statements) {
            expect(s.openingCents).toBe(previous);
            expect(s.openingCents + s.inCents - s.outCents).toBe(s.closingCents);
            expect(
              s.openingCents +
                s.salesCents -
                s.feeCents -
                s.salariesCents -
                s.expensesCents -
                s.purchasesCents -
                s.investmentsCents -
                s.loanRepaymentsCents -
                s.financingFeesCents +
                s.loansReceivedCents +
                s.adjustmentsCents,
            ).toBe(s.closingCents);
            previous = s.closingCents;
          }
          expect(previous).toBe(opening + ms.reduce((sum, m) => sum + m.amountCents, 0));
          expect(statements.reduce((n, s) => n + s.movementCount, 0)).toBe(ms.length);
        },
      ),
    );
  });
});
