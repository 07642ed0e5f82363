/**
 * Purchases: a supplier's invoice to the entity, uploaded by a participant with the `spend` right and paid
 * from the Activity's budget by SEPA transfer to the supplier, once approved (same route as expense
 * claims, `approval.ts`). An investment (equipment kept for several years) is a purchase flagged as such,
 * so the yearly statement shows it apart.
 *
 * VAT: the document is an invoice made out to the entity, so its VAT is recovered by the rules of
 * `recoverableVat` (entity with a right to deduct; car costs 50 %; lodging, food, drink and reception
 * costs none). The budget bears the total including VAT minus the VAT recovered.
 *
 * The supplier's IBAN is checked with the domain's IBAN rules (ibantools: country format and MOD 97-10)
 * and must be in the SEPA zone (the only transfers the entity's bank file can make).
 */
import { parseIban } from '../identifiers/iban.ts';
import { formatCents, mulDiv } from '../payroll/arith.ts';
import { approvalRoute, type ApprovalStep } from './approval.ts';
import type { Participant } from './activity.ts';
import { isExpenseCategory, recoverableVat, type ExpenseCategory } from './expense.ts';
import { cents, date, push, text, throwIfAny, trustedDate, type Issues } from './input.ts';
import { DEFAULT_ACTIVITY_SETTINGS, type ActivitySettings } from './settings.ts';

export const SUPPLIER_NAME_MAX_LENGTH = 200;
export const SUPPLIER_INVOICE_NUMBER_MAX_LENGTH = 60;
export const PURCHASE_DESCRIPTION_MAX_LENGTH = 500;

export interface PurchaseInput {
  supplierName: string;
  supplierIban: string;
  /** The supplier's own invoice number (kept for the payment's communication and for duplicates). */
  supplierInvoiceNumber: string;
  description: string;
  category: string;
  /** Equipment kept for several years (shown as an investment). Default false. */
  investment?: boolean;
  invoiceDate: string;
  dueDate: string;
  amountExclVatCents: number;
  vatCents: number;
}

export interface PurchaseContext {
  today: string;
  entity: { id: string; vatRegistered: boolean };
}

export interface ValidPurchase {
  supplierName: string;
  /** Electronic format, no spaces. */
  supplierIban: string;
  supplierInvoiceNumber: string;
  description: string;
  category: ExpenseCategory;
  investment: boolean;
  invoiceDate: string;
  dueDate: string;
  amountExclVatCents: number;
  vatCents: number;
  totalInclVatCents: number;
  recoverableVatCents: number;
  /** total incl. VAT − VAT recovered. */
  budgetCostCents: number;
  vatSource: string;
}

/** Highest plausible VAT on an amount excluding VAT: the 21 % standard rate, rounded up. */
export function maxVatOnBase(amountExclVatCents: number): number {
  return mulDiv(amountExclVatCents, 2100, 10_000, 'up');
}

/** Checks a supplier invoice; every problem at once (422). */
export function validatePurchase(input: PurchaseInput, context: PurchaseContext): ValidPurchase {
  const today = trustedDate('today', context.today);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<string, unknown>>;
  const issues: Issues = [];
  const supplierName = text(issues, 'supplierName', raw.supplierName, 1, SUPPLIER_NAME_MAX_LENGTH);
  let supplierIban: string | undefined;
  if (typeof raw.supplierIban !== 'string' || raw.supplierIban.trim() === '') {
    push(issues, 'supplierIban', 'field.required');
  } else {
    const parsed = parseIban(raw.supplierIban);
    if (!parsed.ok) push(issues, 'supplierIban', parsed.code);
    else if (!parsed.sepa) push(issues, 'supplierIban', 'iban.not_sepa', { country: parsed.country });
    else supplierIban = parsed.value;
  }
  const number = text(
    issues,
    'supplierInvoiceNumber',
    raw.supplierInvoiceNumber,
    1,
    SUPPLIER_INVOICE_NUMBER_MAX_LENGTH,
  );
  const description = text(issues, 'description', raw.description, 1, PURCHASE_DESCRIPTION_MAX_LENGTH);
  let category: ExpenseCategory | undefined;
  if (!isExpenseCategory(raw.category)) push(issues, 'category', 'activity.expense.category_unknown');
  else category = raw.category;
  if (raw.investment !== undefined && typeof raw.investment !== 'boolean')
    push(issues, 'investment', 'field.invalid');
  const invoiceDate = date(issues, 'invoiceDate', raw.invoiceDate);
  if (invoiceDate !== undefined && invoiceDate > today) push(issues, 'invoiceDate', 'field.date_in_future');
  const dueDate = date(issues, 'dueDate', raw.dueDate);
  if (invoiceDate !== undefined && dueDate !== undefined && dueDate < invoiceDate) {
    push(issues, 'dueDate', 'activity.purchase.due_before_invoice');
  }
  const amount = cents(issues, 'amountExclVatCents', raw.amountExclVatCents);
  const vat = cents(issues, 'vatCents', raw.vatCents ?? 0, 0);
  if (amount !== undefined && vat !== undefined && vat > maxVatOnBase(amount)) {
    push(issues, 'vatCents', 'activity.expense.vat_too_high', { max: formatCents(maxVatOnBase(amount)) });
  }
  throwIfAny(issues);
  const recovered = recoverableVat({
    category: category!,
    vatCents: vat!,
    date: invoiceDate!,
    entityDeductsVat: context.entity.vatRegistered,
    vatInvoice: true,
  });
  const total = amount! + vat!;
  return {
    supplierName: supplierName!,
    supplierIban: supplierIban!,
    supplierInvoiceNumber: number!,
    description: description!,
    category: category!,
    investment: raw.investment === true,
    invoiceDate: invoiceDate!,
    dueDate: dueDate!,
    amountExclVatCents: amount!,
    vatCents: vat!,
    totalInclVatCents: total,
    recoverableVatCents: recovered.cents,
    budgetCostCents: total - recovered.cents,
    vatSource: recovered.source,
  };
}

/** Approval steps of a purchase (on its total including VAT, what leaves the bank). */
export function purchaseApprovalRoute(
  purchase: Pick<ValidPurchase, 'totalInclVatCents'>,
  submitterId: string,
  participants: readonly Participant[],
  settings: Pick<ActivitySettings, 'staffApprovalThresholdCents'> = DEFAULT_ACTIVITY_SETTINGS,
): ApprovalStep[] {
  return approvalRoute({ amountCents: purchase.totalInclVatCents, submitterId, participants, settings });
}
