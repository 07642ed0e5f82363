/**
 * Expense claims (notes de frais): a participant with the `spend` right paid something for the Activity
 * and is reimbursed from its budget, once the claim is approved (`approval.ts`).
 *
 * A claim has lines of two kinds:
 * - `receipt`: a category, a date, the amount paid including VAT and the VAT on the receipt; a photo or PDF
 *   of the receipt is attached (`receipt.ts`);
 * - `mileage`: kilometres driven with one's own vehicle, reimbursed at the federal per-km allowance in
 *   force on the day of the trip (`mileage.ts`); no VAT.
 *
 * VAT recovered (Belgian VAT Code, CTVA/WBTW, art. 45), kept simple:
 * - the entity recovers VAT only if it is VAT-registered with a right to deduct (art. 45 §1): Formateurs
 *   Associés, whose training is exempt (art. 44), recovers none;
 * - only on an invoice made out to the entity (Royal Decree n° 3 of 10 December 1969, art. 3 §1 1°): a till
 *   receipt without the entity's name gives no deduction (`vatInvoice: false`);
 * - passenger car costs (fuel, parking, maintenance, rental): at most 50 % (art. 45 §2, 50 % cap in force
 *   since 1 January 2011); the platform takes that cap as the deductible share;
 * - lodging, food and drink (hotel, restaurant, catering): none (art. 45 §3 3°), except for staff carrying
 *   out a supply or a service away from the company (art. 45 §3 3° a): the participant working at a client's
 *   or on tour says so on the line (`onAssignment`);
 * - reception costs (receiving clients or guests): none (art. 45 §3 4°);
 * - everything else: in full.
 * The recoverable VAT is rounded DOWN to the cent. The member is reimbursed what they paid (including
 * VAT); the budget bears that amount minus the VAT the entity recovers.
 */
import type { EffectiveRule } from '../rules/types.ts';
import { effectiveAt } from '../rules/types.ts';
import { mulDiv, formatCents } from '../payroll/arith.ts';
import { DomainError } from '../errors.ts';
import { approvalRoute, type ApprovalStep } from './approval.ts';
import type { Participant } from './activity.ts';
import {
  cents,
  date,
  optionalText,
  push,
  scaled,
  text,
  throwIfAny,
  trustedDate,
  type Issues,
} from './input.ts';
import { MILEAGE_RATE_RULES, mileageAmountCents, mileageRateAt, type MileageRateRule } from './mileage.ts';
import { DEFAULT_ACTIVITY_SETTINGS, type ActivitySettings } from './settings.ts';

export const EXPENSE_CATEGORIES = [
  'travel',
  'car',
  'accommodation',
  'meals',
  'reception',
  'supplies',
  'equipment',
  'services',
  'telecom',
  'training',
  'other',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export function isExpenseCategory(value: unknown): value is ExpenseCategory {
  return typeof value === 'string' && (EXPENSE_CATEGORIES as readonly string[]).includes(value);
}

export interface VatDeductionRule extends EffectiveRule {
  /** Share of the VAT the entity may recover, basis points (10000 = all, 5000 = half, 0 = none). */
  recoverableBp: number;
  /** Share when the cost is for staff working away on a supply or service (art. 45 §3 3° a). */
  onAssignmentBp?: number;
}

const SINCE =
  'validFrom: the 50 % car cap of art. 45 §2 (law of 29 December 2010); the exclusions of art. 45 §3 are older';

function rule(recoverableBp: number, source: string, onAssignmentBp?: number): readonly VatDeductionRule[] {
  return [
    {
      validFrom: '2011-01-01',
      recoverableBp,
      ...(onAssignmentBp === undefined ? {} : { onAssignmentBp }),
      source: `${source}; ${SINCE}`,
      verified: true,
    },
  ];
}

const FULL = 'Belgian VAT Code art. 45 §1 (VAT on costs of taxable operations is deductible)';

export const VAT_DEDUCTION_RULES: Readonly<Record<ExpenseCategory, readonly VatDeductionRule[]>> = {
  travel: rule(10_000, `${FULL}; public transport, taxi, air and rail tickets`),
  car: rule(5_000, 'Belgian VAT Code art. 45 §2: costs of passenger cars deductible at most 50 %'),
  accommodation: rule(
    0,
    'Belgian VAT Code art. 45 §3 3°: lodging, food and drink excluded, except a) for staff carrying out a supply or service away from the company',
    10_000,
  ),
  meals: rule(
    0,
    'Belgian VAT Code art. 45 §3 3°: lodging, food and drink excluded, except a) for staff carrying out a supply or service away from the company',
    10_000,
  ),
  reception: rule(0, 'Belgian VAT Code art. 45 §3 4°: reception costs excluded'),
  supplies: rule(10_000, FULL),
  equipment: rule(10_000, FULL),
  services: rule(10_000, FULL),
  telecom: rule(10_000, FULL),
  training: rule(10_000, FULL),
  other: rule(10_000, FULL),
};

export interface RecoverableVatInput {
  category: ExpenseCategory;
  vatCents: number;
  /** Date of the cost: selects the rule. */
  date: string;
  /** The entity is VAT-registered with a right to deduct. */
  entityDeductsVat: boolean;
  /** The document is an invoice made out to the entity. */
  vatInvoice: boolean;
  onAssignment?: boolean;
}

/** VAT the entity recovers on a cost (rounded down), with the rule applied. */
export function recoverableVat(input: RecoverableVatInput): {
  cents: number;
  recoverableBp: number;
  source: string;
} {
  const found = effectiveAt(VAT_DEDUCTION_RULES[input.category], input.date);
  if (!found) return { cents: 0, recoverableBp: 0, source: 'No deduction rule on this date' };
  if (!input.entityDeductsVat) {
    return {
      cents: 0,
      recoverableBp: 0,
      source: 'Entity without a right to deduct VAT (art. 45 §1, art. 44)',
    };
  }
  if (!input.vatInvoice) {
    return {
      cents: 0,
      recoverableBp: 0,
      source: 'No invoice made out to the entity (Royal Decree n° 3 of 10 December 1969, art. 3 §1 1°)',
    };
  }
  const bp =
    input.onAssignment && found.onAssignmentBp !== undefined ? found.onAssignmentBp : found.recoverableBp;
  return {
    cents: mulDiv(Math.max(0, input.vatCents), bp, 10_000, 'down'),
    recoverableBp: bp,
    source: found.source,
  };
}

/** Highest VAT included in an amount: at the 21 % standard rate, rounded up (a plausibility check). */
export function maxIncludedVat(amountInclVatCents: number): number {
  return mulDiv(amountInclVatCents, 2100, 12_100, 'up');
}

// --- Claim -------------------------------------------------------------------------------------------

export const EXPENSE_MAX_LINES = 50;
export const EXPENSE_DESCRIPTION_MAX_LENGTH = 200;
/** Longest trip on one line, in tenths of a km (2,000 km). */
export const MILEAGE_MAX_DECI_KM_PER_LINE = 20_000;

export interface ReceiptLineInput {
  kind: 'receipt';
  category: string;
  date: string;
  description: string;
  amountInclVatCents: number;
  /** VAT shown on the receipt (0 when none). */
  vatCents: number;
  /** The receipt is an invoice made out to the entity (name and VAT number). Default false. */
  vatInvoice?: boolean;
  /** Lodging or meals while working away for a client (art. 45 §3 3° a). Default false. */
  onAssignment?: boolean;
}

export interface MileageLineInput {
  kind: 'mileage';
  date: string;
  description: string;
  /** Kilometres driven, at most one decimal. */
  km: number;
  from?: string;
  to?: string;
}

export type ExpenseLineInput = ReceiptLineInput | MileageLineInput;

export interface ExpenseClaimInput {
  lines: ExpenseLineInput[];
}

export interface ExpenseClaimContext {
  today: string;
  /** The entity of the Activity: whether it deducts VAT. */
  entity: { id: string; vatRegistered: boolean };
  mileageRules?: readonly MileageRateRule[];
}

export interface ExpenseLine {
  kind: 'receipt' | 'mileage';
  /** `mileage` lines have no category. */
  category: ExpenseCategory | null;
  date: string;
  description: string;
  /** What the participant is reimbursed. */
  amountInclVatCents: number;
  vatCents: number;
  recoverableVatCents: number;
  /** amount − recoverable VAT: what the budget bears. */
  budgetCostCents: number;
  vatInvoice: boolean;
  onAssignment: boolean;
  /** Mileage: tenths of a km, the rate (hundredths of a cent per km) and its source. */
  deciKm: number | null;
  mileageRate: number | null;
  from: string | null;
  to: string | null;
  source: string;
}

export interface ValidExpenseClaim {
  lines: ExpenseLine[];
  /** Reimbursed to the participant. */
  claimedCents: number;
  recoverableVatCents: number;
  budgetCostCents: number;
  /** Indexes of the lines that need a receipt attached. */
  receiptLines: number[];
}

function receiptLine(
  issues: Issues,
  f: string,
  line: Partial<Record<string, unknown>>,
  context: ExpenseClaimContext,
): ExpenseLine | undefined {
  const before = issues.length;
  let category: ExpenseCategory | undefined;
  if (!isExpenseCategory(line.category)) push(issues, `${f}.category`, 'activity.expense.category_unknown');
  else category = line.category;
  const when = date(issues, `${f}.date`, line.date);
  if (when !== undefined && when > context.today) push(issues, `${f}.date`, 'field.date_in_future');
  const description = text(issues, `${f}.description`, line.description, 1, EXPENSE_DESCRIPTION_MAX_LENGTH);
  const amount = cents(issues, `${f}.amountInclVatCents`, line.amountInclVatCents);
  const vat = cents(issues, `${f}.vatCents`, line.vatCents ?? 0, 0);
  if (amount !== undefined && vat !== undefined && vat > maxIncludedVat(amount)) {
    push(issues, `${f}.vatCents`, 'activity.expense.vat_too_high', {
      max: formatCents(maxIncludedVat(amount)),
    });
  }
  for (const flag of ['vatInvoice', 'onAssignment'] as const) {
    if (line[flag] !== undefined && typeof line[flag] !== 'boolean')
      push(issues, `${f}.${flag}`, 'field.invalid');
  }
  const onAssignment = line.onAssignment === true;
  if (onAssignment && category !== 'meals' && category !== 'accommodation') {
    push(issues, `${f}.onAssignment`, 'activity.expense.on_assignment_category');
  }
  if (issues.length > before) return undefined;
  const vatInvoice = line.vatInvoice === true;
  const recovered = recoverableVat({
    category: category!,
    vatCents: vat!,
    date: when!,
    entityDeductsVat: context.entity.vatRegistered,
    vatInvoice,
    onAssignment,
  });
  return {
    kind: 'receipt',
    category: category!,
    date: when!,
    description: description!,
    amountInclVatCents: amount!,
    vatCents: vat!,
    recoverableVatCents: recovered.cents,
    budgetCostCents: amount! - recovered.cents,
    vatInvoice,
    onAssignment,
    deciKm: null,
    mileageRate: null,
    from: null,
    to: null,
    source: recovered.source,
  };
}

function mileageLine(
  issues: Issues,
  f: string,
  line: Partial<Record<string, unknown>>,
  context: ExpenseClaimContext,
): ExpenseLine | undefined {
  const before = issues.length;
  const when = date(issues, `${f}.date`, line.date);
  if (when !== undefined && when > context.today) push(issues, `${f}.date`, 'field.date_in_future');
  const description = text(issues, `${f}.description`, line.description, 1, EXPENSE_DESCRIPTION_MAX_LENGTH);
  const deciKm = scaled(issues, `${f}.km`, line.km, 1, MILEAGE_MAX_DECI_KM_PER_LINE);
  const from = optionalText(issues, `${f}.from`, line.from, EXPENSE_DESCRIPTION_MAX_LENGTH);
  const to = optionalText(issues, `${f}.to`, line.to, EXPENSE_DESCRIPTION_MAX_LENGTH);
  const rate =
    when === undefined ? undefined : mileageRateAt(when, context.mileageRules ?? MILEAGE_RATE_RULES);
  if (when !== undefined && !rate)
    push(issues, `${f}.date`, 'activity.expense.mileage_no_rate', { date: when });
  if (issues.length > before) return undefined;
  const amount = mileageAmountCents(deciKm!, rate!.rate);
  return {
    kind: 'mileage',
    category: null,
    date: when!,
    description: description!,
    amountInclVatCents: amount,
    vatCents: 0,
    recoverableVatCents: 0,
    budgetCostCents: amount,
    vatInvoice: false,
    onAssignment: false,
    deciKm: deciKm!,
    mileageRate: rate!.rate,
    from,
    to,
    source: rate!.source,
  };
}

/**
 * Checks an expense claim and computes what is reimbursed, the VAT recovered and what the budget bears.
 * Every problem at once (422), lines named `lines.<i>.<field>`. Receipts are checked on upload
 * (`checkReceipt`); `receiptLines` says which lines need one.
 */
export function validateExpenseClaim(
  input: ExpenseClaimInput,
  context: ExpenseClaimContext,
): ValidExpenseClaim {
  trustedDate('today', context.today);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<string, unknown>>;
  const issues: Issues = [];
  const lines: ExpenseLine[] = [];
  if (!Array.isArray(raw.lines) || raw.lines.length === 0) {
    push(issues, 'lines', 'activity.expense.lines_required');
  } else if (raw.lines.length > EXPENSE_MAX_LINES) {
    push(issues, 'lines', 'field.too_big', { max: EXPENSE_MAX_LINES });
  } else {
    raw.lines.forEach((value: unknown, i) => {
      const line = (typeof value === 'object' && value !== null ? value : {}) as Partial<
        Record<string, unknown>
      >;
      const f = `lines.${i}`;
      let result: ExpenseLine | undefined;
      if (line.kind === 'receipt') result = receiptLine(issues, f, line, context);
      else if (line.kind === 'mileage') result = mileageLine(issues, f, line, context);
      else push(issues, `${f}.kind`, 'field.invalid_choice');
      if (result) lines.push(result);
    });
  }
  throwIfAny(issues);
  const sum = (pick: (l: ExpenseLine) => number) => lines.reduce((s, l) => s + pick(l), 0);
  const claimed = sum((l) => l.amountInclVatCents);
  if (!Number.isSafeInteger(claimed) || claimed > 100_000_000) {
    throw DomainError.field('lines', 'activity.expense.total_too_big');
  }
  return {
    lines,
    claimedCents: claimed,
    recoverableVatCents: sum((l) => l.recoverableVatCents),
    budgetCostCents: sum((l) => l.budgetCostCents),
    receiptLines: lines.flatMap((l, i) => (l.kind === 'receipt' ? [i] : [])),
  };
}

/**
 * Approval steps of a claim: the Activity's administrator (another manager than the claimant), then staff
 * when the amount reimbursed is above the entity's threshold (see `approval.ts`).
 */
export function expenseApprovalRoute(
  claim: Pick<ValidExpenseClaim, 'claimedCents'>,
  submitterId: string,
  participants: readonly Participant[],
  settings: Pick<ActivitySettings, 'staffApprovalThresholdCents'> = DEFAULT_ACTIVITY_SETTINGS,
): ApprovalStep[] {
  return approvalRoute({ amountCents: claim.claimedCents, submitterId, participants, settings });
}
