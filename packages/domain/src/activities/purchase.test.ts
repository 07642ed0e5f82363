import { describe, expect, it } from 'vitest';
import { issueKeys, issuesOf } from '../contracts/test-helpers.ts';
import { openerParticipant } from './activity.ts';
import { purchaseApprovalRoute, validatePurchase } from './purchase.ts';

const context = { today: '2026-03-10', entity: { id: 'BE-PA', vatRegistered: true } };
const input = {
  supplierName: 'Keramiek Supplies BV',
  supplierIban: 'be68 5390 0754 7034',
  supplierInvoiceNumber: 'F-2026-0042',
  description: 'Kiln',
  category: 'equipment',
  investment: true,
  invoiceDate: '2026-03-05',
  dueDate: '2026-04-04',
  amountExclVatCents: 250_000,
  vatCents: 52_500,
};

describe('validatePurchase', () => {
  it('accepts a supplier invoice, normalises the IBAN and recovers its VAT', () => {
    expect(validatePurchase(input, context)).toMatchObject({
      supplierIban: 'BE68539007547034',
      investment: true,
      totalInclVatCents: 302_500,
      recoverableVatCents: 52_500,
      budgetCostCents: 250_000,
    });
  });

  it('recovers half the VAT of car costs and none for an exempt entity', () => {
    expect(validatePurchase({ ...input, category: 'car' }, context).recoverableVatCents).toBe(26_250);
    expect(
      validatePurchase(input, { ...context, entity: { id: 'BE-FA', vatRegistered: false } }).budgetCostCents,
    ).toBe(302_500);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(() =>
      validatePurchase(
        {
          ...input,
          supplierName: ' ',
          supplierIban: 'BE68539007547035',
          category: 'fun',
          invoiceDate: '2026-03-11',
          dueDate: '2026-03-01',
          vatCents: 60_000,
        },
        context,
      ),
    );
    expect(issueKeys(issues)).toEqual([
      'category:activity.expense.category_unknown',
      'dueDate:activity.purchase.due_before_invoice',
      'invoiceDate:field.date_in_future',
      'supplierIban:iban.checksum',
      'supplierName:field.required',
      'vatCents:activity.expense.vat_too_high',
    ]);
  });

  it('refuses an account outside the SEPA zone', () => {
    // Brazilian IBAN from the IBAN registry example.
    const issues = issuesOf(() =>
      validatePurchase({ ...input, supplierIban: 'BR1800360305000010009795493C1' }, context),
    );
    expect(issues).toEqual([{ field: 'supplierIban', code: 'iban.not_sepa', params: { country: 'BR' } }]);
  });

  it('routes on the total including VAT', () => {
    const participants = [
      openerParticipant('p-1'),
      { personId: 'p-2', administrator: false, rights: ['spend' as const] },
    ];
    expect(purchaseApprovalRoute({ totalInclVatCents: 302_500 }, 'p-2', participants)).toEqual([
      'activity',
      'staff',
    ]);
  });
});
