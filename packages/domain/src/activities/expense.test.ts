import { describe, expect, it } from 'vitest';
import { issueKeys, issuesOf } from '../contracts/test-helpers.ts';
import { timelineProblems } from '../rules/types.ts';
import { openerParticipant } from './activity.ts';
import { expenseApprovalRoute, maxIncludedVat, recoverableVat, validateExpenseClaim } from './expense.ts';
import { MILEAGE_RATE_RULES, mileageAmountCents, mileageRateAt } from './mileage.ts';

const context = { today: '2026-03-10', entity: { id: 'BE-PA', vatRegistered: true } };

describe('mileage rates', () => {
  it('form a clean timeline with a source each', () => {
    expect(timelineProblems('mileage', MILEAGE_RATE_RULES)).toEqual([]);
  });

  it('give the federal quarterly allowance of the trip’s date', () => {
    expect(mileageRateAt('2025-07-01')?.rate).toBe(4309);
    expect(mileageRateAt('2025-12-31')?.rate).toBe(4312);
    expect(mileageRateAt('2026-02-15')?.rate).toBe(4326);
    expect(mileageRateAt('2023-12-31')).toBeUndefined();
    // 123.4 km × 0.4326 €/km = 53.38284 → 53.38
    expect(mileageAmountCents(1234, 4326)).toBe(5338);
    // 10 km × 0.4309 = 4.309 → 4.31
    expect(mileageAmountCents(100, 4309)).toBe(431);
  });
});

describe('recoverableVat', () => {
  const base = { vatCents: 2100, date: '2026-03-01', entityDeductsVat: true, vatInvoice: true };

  it('recovers in full, half on car costs, none on meals, lodging and reception', () => {
    expect(recoverableVat({ ...base, category: 'supplies' }).cents).toBe(2100);
    expect(recoverableVat({ ...base, category: 'car', vatCents: 2101 }).cents).toBe(1050);
    expect(recoverableVat({ ...base, category: 'meals' }).cents).toBe(0);
    expect(recoverableVat({ ...base, category: 'accommodation' }).cents).toBe(0);
    expect(recoverableVat({ ...base, category: 'reception', onAssignment: true }).cents).toBe(0);
  });

  it('recovers meals and lodging of staff working away for a client', () => {
    expect(recoverableVat({ ...base, category: 'meals', onAssignment: true }).cents).toBe(2100);
  });

  it('recovers nothing without an invoice to the entity or for an exempt entity', () => {
    expect(recoverableVat({ ...base, category: 'supplies', vatInvoice: false }).cents).toBe(0);
    expect(recoverableVat({ ...base, category: 'supplies', entityDeductsVat: false }).cents).toBe(0);
  });

  it('bounds the VAT included in an amount at 21 %', () => {
    expect(maxIncludedVat(12_100)).toBe(2_100);
    expect(maxIncludedVat(100)).toBe(18);
  });
});

describe('validateExpenseClaim', () => {
  it('computes what is reimbursed, recovered and borne by the budget', () => {
    const claim = validateExpenseClaim(
      {
        lines: [
          {
            kind: 'receipt',
            category: 'supplies',
            date: '2026-03-02',
            description: 'Clay and glazes',
            amountInclVatCents: 12_100,
            vatCents: 2_100,
            vatInvoice: true,
          },
          {
            kind: 'receipt',
            category: 'meals',
            date: '2026-03-03',
            description: 'Lunch with a client',
            amountInclVatCents: 4_840,
            vatCents: 840,
            vatInvoice: true,
          },
          {
            kind: 'mileage',
            date: '2026-03-04',
            description: 'Delivery to the gallery',
            km: 42.5,
            from: 'Liège',
            to: 'Namur',
          },
        ],
      },
      context,
    );
    // 42.5 km × 0.4326 = 18.3855 → 18.39
    expect(claim.lines.map((l) => [l.amountInclVatCents, l.recoverableVatCents, l.budgetCostCents])).toEqual([
      [12_100, 2_100, 10_000],
      [4_840, 0, 4_840],
      [1_839, 0, 1_839],
    ]);
    expect([claim.claimedCents, claim.recoverableVatCents, claim.budgetCostCents]).toEqual([
      18_779, 2_100, 16_679,
    ]);
    expect(claim.receiptLines).toEqual([0, 1]);
    expect(claim.lines[2]).toMatchObject({ deciKm: 425, mileageRate: 4326, from: 'Liège', to: 'Namur' });
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(() =>
      validateExpenseClaim(
        {
          lines: [
            {
              kind: 'receipt',
              category: 'gifts',
              date: '2026-03-11',
              description: '',
              amountInclVatCents: 1000,
              vatCents: 500,
            },
            {
              kind: 'receipt',
              category: 'supplies',
              date: '2026-03-01',
              description: 'Paper',
              amountInclVatCents: 1000,
              vatCents: 100,
              onAssignment: true,
            },
            { kind: 'mileage', date: '2023-05-01', description: 'Trip', km: 12.25 },
            { kind: 'taxi' } as never,
          ],
        },
        context,
      ),
    );
    expect(issueKeys(issues)).toEqual([
      'lines.0.category:activity.expense.category_unknown',
      'lines.0.date:field.date_in_future',
      'lines.0.description:field.required',
      'lines.0.vatCents:activity.expense.vat_too_high',
      'lines.1.onAssignment:activity.expense.on_assignment_category',
      'lines.2.date:activity.expense.mileage_no_rate',
      'lines.2.km:activity.number.decimals',
      'lines.3.kind:field.invalid_choice',
    ]);
    expect(issueKeys(issuesOf(() => validateExpenseClaim({ lines: [] }, context)))).toEqual([
      'lines:activity.expense.lines_required',
    ]);
  });

  it('flags VAT above 21 % of the amount', () => {
    const issues = issuesOf(() =>
      validateExpenseClaim(
        {
          lines: [
            {
              kind: 'receipt',
              category: 'supplies',
              date: '2026-03-01',
              description: 'Paper',
              amountInclVatCents: 1210,
              vatCents: 211,
            },
          ],
        },
        context,
      ),
    );
    expect(issues).toEqual([
      { field: 'lines.0.vatCents', code: 'activity.expense.vat_too_high', params: { max: '2.10' } },
    ]);
  });

  it('routes the claim by the amount reimbursed', () => {
    const spender = { personId: 'p-2', administrator: false, rights: ['spend' as const] };
    const participants = [openerParticipant('p-1'), spender];
    expect(expenseApprovalRoute({ claimedCents: 100_001 }, 'p-2', participants)).toEqual([
      'activity',
      'staff',
    ]);
    expect(expenseApprovalRoute({ claimedCents: 99_999 }, 'p-2', participants)).toEqual(['activity']);
  });
});
