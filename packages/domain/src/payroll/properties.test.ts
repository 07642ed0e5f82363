import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { BeContractType } from '../rules/be/contract-types.ts';
import { computeFromInvoice } from './engine.ts';
import { computeForNet } from './inverse.ts';
import type { InvoiceInput } from './types.ts';

/** Every (entity, contract type) pair the default rules allow. */
const PAIRS: ReadonlyArray<readonly [string, BeContractType]> = [
  ['BE-PA', 'employee'],
  ['BE-PA', 'artistic_employee'],
  ['BE-PA', 'student'],
  ['BE-PI', 'interim'],
  ['BE-FA', 'trainer'],
];

const dateArb = fc
  .integer({ min: Date.UTC(2024, 3, 1), max: Date.UTC(2027, 11, 31) })
  .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));

/**
 * Valid contracts with enough money per day to pay at least the legal minimum: 400.00 EUR or more per
 * day, expenses at most a quarter of the amount, hours between 1 and 10 a day.
 */
const contractArb = fc
  .record({
    pair: fc.constantFrom(...PAIRS),
    days: fc.integer({ min: 1, max: 31 }),
    perDay: fc.integer({ min: 40_000, max: 3_000_000 }),
    expenseShare: fc.integer({ min: 0, max: 2500 }),
    hoursPerDay: fc.option(fc.integer({ min: 100, max: 1000 }), { nil: undefined }),
    rate: fc.integer({ min: 0, max: 10_000 }),
    date: dateArb,
    clientKind: fc.constantFrom('natural' as const, 'legal' as const),
  })
  .map((r): InvoiceInput => {
    const [entity, contractType] = r.pair;
    const amount = r.days * r.perDay;
    const minRate = contractType === 'student' ? 0 : 1111;
    return {
      entity,
      contractType,
      amountExclVatCents: amount,
      days: r.days,
      ...(r.hoursPerDay === undefined ? {} : { hours: (r.hoursPerDay * r.days) / 100 }),
      withholdingRateBp: minRate + Math.floor(((10_000 - minRate) * r.rate) / 10_000),
      expensesCents: Math.floor((amount * r.expenseShare) / 10_000),
      date: r.date,
      clientKind: r.clientKind,
    };
  });

const RUNS = { numRuns: 300 };

describe('payroll properties', () => {
  it('fee + expenses + employer cost + remainder = amount invoiced, to the cent', () => {
    fc.assert(
      fc.property(contractArb, (input) => {
        const r = computeFromInvoice(input);
        expect(r.feeCents + r.expensesCents + r.employerCostCents + r.remainderCents).toBe(
          r.amountExclVatCents,
        );
        expect(r.employmentBudgetCents).toBe(r.amountExclVatCents - r.feeCents - r.expensesCents);
        // The gross is the largest one whose exact cost fits the budget (rounded down), and the
        // employer cost never exceeds the budget.
        expect(r.grossCents * r.multiplier).toBeLessThanOrEqual(r.employmentBudgetCents * 10_000);
        expect((r.grossCents + 1) * r.multiplier).toBeGreaterThan(r.employmentBudgetCents * 10_000);
        expect(r.remainderCents).toBeGreaterThanOrEqual(0);
        expect(r.remainderCents).toBeLessThanOrEqual(2);
        for (const v of [r.feeCents, r.grossCents, r.employerCostCents, r.netCents, r.withholdingCents]) {
          expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gross − contribution − withholding = net, and the lines carry the same figures', () => {
    fc.assert(
      fc.property(contractArb, (input) => {
        const r = computeFromInvoice(input);
        expect(r.grossCents - r.employeeContributionCents - r.withholdingCents).toBe(r.netCents);
        expect(r.taxableCents).toBe(r.grossCents - r.employeeContributionCents);
        const byKey = new Map(r.lines.map((l) => [l.key, l.amount]));
        expect(byKey.get('payroll.line.fee')).toBe(r.feeCents);
        expect(byKey.get('payroll.line.gross')).toBe(r.grossCents);
        expect(byKey.get('payroll.line.employer_cost')).toBe(r.employerCostCents);
        expect(byKey.get('payroll.line.remainder')).toBe(r.remainderCents);
        expect(byKey.get('payroll.line.withholding')).toBe(r.withholdingCents);
        expect(byKey.get('payroll.line.net')).toBe(r.netCents);
        expect(r.grossCents).toBeGreaterThanOrEqual(r.minimumGrossCents);
      }),
      RUNS,
    );
  });

  it('more invoiced never gives less net (monotonicity), and one cent more moves the net by 0 or 1 cent', () => {
    fc.assert(
      fc.property(contractArb, fc.integer({ min: 0, max: 5_000_000 }), (input, extra) => {
        const higher = Math.min(100_000_000, input.amountExclVatCents + extra);
        const a = computeFromInvoice(input);
        const b = computeFromInvoice({ ...input, amountExclVatCents: higher });
        expect(b.netCents).toBeGreaterThanOrEqual(a.netCents);
        const next = computeFromInvoice({ ...input, amountExclVatCents: input.amountExclVatCents + 1 });
        expect(next.netCents - a.netCents).toBeGreaterThanOrEqual(0);
        expect(next.netCents - a.netCents).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('the inverse returns the wished net (within one cent) with the smallest such amount', () => {
    fc.assert(
      fc.property(
        contractArb,
        fc.integer({ min: 0, max: 20_000_000 }),
        fc.integer({ min: 0, max: 4000 }),
        (input, wishedExtra, rate) => {
          const { amountExclVatCents: _a, ...rest } = input;
          const withholdingRateBp = input.contractType === 'student' ? rate : 1111 + rate;
          // Enough net per day to stay above the legal minimum (≤ 10 h a day → gross ≥ 128.26 EUR a day).
          const wishedNetCents = input.days * 15_000 + wishedExtra;
          const found = computeForNet({ ...rest, withholdingRateBp, wishedNetCents });
          expect(Math.abs(found.breakdown.netCents - wishedNetCents)).toBeLessThanOrEqual(1);
          expect(found.breakdown.netCents).toBe(wishedNetCents);
          const forward = computeFromInvoice({
            ...rest,
            withholdingRateBp,
            amountExclVatCents: found.amountExclVatCents,
          });
          expect(forward.netCents).toBe(found.breakdown.netCents);
          // One cent less would not reach the wished net.
          try {
            const below = computeFromInvoice({
              ...rest,
              withholdingRateBp,
              amountExclVatCents: found.amountExclVatCents - 1,
            });
            expect(below.netCents).toBeLessThan(wishedNetCents);
          } catch (e) {
            // One cent less may also break a rule (expenses no longer fit, minimum): fine, it is smaller.
            expect(e).toBeInstanceOf(DomainError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
