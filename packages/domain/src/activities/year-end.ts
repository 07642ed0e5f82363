/**
 * Year end of an Activity: the unspent budget is carried over to the next year (seeds 003:L5441, the
 * "produit acquis" not yet consumed), and a yearly statement sums what came in and went out.
 *
 * The statement is computed from the year's movements of the budget, each with its kind and its signed
 * effect on the budget (positive = money in). The opening of a year is the closing of the year before
 * (its carry-over in); the closing is carried over entirely to the next year (its carry-over out), negative
 * only within an authorised advance. Invariant (tested): opening + in − out = closing, and each year's
 * opening equals the previous year's closing.
 *
 * Years are calendar years: the group's entities close their financial year on 31 December
 * (`EntitySettings.financialYearEndMonth` = 12).
 */
import { isRuleDate } from '../rules/types.ts';

export const MOVEMENT_KINDS = [
  'sale',
  'fee',
  'salary',
  'expense',
  'purchase',
  'investment',
  'loan_received',
  'loan_repayment',
  'financing_fee',
  'adjustment',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/**
 * One movement of the budget.
 * - sale: an invoice's amount excluding VAT (a credit note: negative);
 * - fee: the mutualised fee on it (negative; positive when a credit note gives it back);
 * - salary (employer cost), expense, purchase, investment, loan_repayment, financing_fee: negative
 *   (positive for a reversal);
 * - loan_received: positive; adjustment: transfers and corrections, either sign.
 */
export interface BudgetMovement {
  date: string;
  kind: MovementKind;
  /** Signed effect on the budget, in cents (positive = in). */
  amountCents: number;
}

export interface ActivityStatement {
  year: number;
  /** Carry-over in: last year's closing. */
  openingCents: number;
  /** Invoiced excluding VAT, net of credit notes. */
  salesCents: number;
  /** Mutualised fee (positive = taken). */
  feeCents: number;
  /** Salaries (employer cost), expenses, purchases, investments, loan repayments, financing fees: positive = spent. */
  salariesCents: number;
  expensesCents: number;
  purchasesCents: number;
  investmentsCents: number;
  loanRepaymentsCents: number;
  financingFeesCents: number;
  loansReceivedCents: number;
  /** Signed. */
  adjustmentsCents: number;
  /** Σ of the positive movements. */
  inCents: number;
  /** Σ of the negative movements, as a positive number. */
  outCents: number;
  /** Carry-over out: opening + in − out, carried to next year. */
  closingCents: number;
  movementCount: number;
}

function checkMovement(m: BudgetMovement, i: number): void {
  if (!isRuleDate(m.date)) throw new RangeError(`movement ${i}: invalid date ${m.date}`);
  if (!(MOVEMENT_KINDS as readonly string[]).includes(m.kind))
    throw new RangeError(`movement ${i}: kind ${m.kind}`);
  if (!Number.isSafeInteger(m.amountCents))
    throw new RangeError(`movement ${i}: amount must be integer cents`);
}

/** The statement of `year` from the movements (others are ignored) and the year's opening. */
export function activityStatement(
  movements: readonly BudgetMovement[],
  year: number,
  openingCents: number,
): ActivityStatement {
  if (!Number.isSafeInteger(year) || year < 1 || year > 9999) throw new RangeError(`invalid year ${year}`);
  if (!Number.isSafeInteger(openingCents)) throw new RangeError('openingCents must be integer cents');
  const sums: Record<MovementKind, number> = Object.fromEntries(MOVEMENT_KINDS.map((k) => [k, 0])) as Record<
    MovementKind,
    number
  >;
  let inCents = 0;
  let outCents = 0;
  let count = 0;
  const prefix = String(year).padStart(4, '0');
  movements.forEach((m, i) => {
    checkMovement(m, i);
    if (m.date.slice(0, 4) !== prefix) return;
    sums[m.kind] += m.amountCents;
    if (m.amountCents > 0) inCents += m.amountCents;
    else outCents -= m.amountCents;
    count += 1;
  });
  const spent = (k: MovementKind) => -sums[k] || 0;
  return {
    year,
    openingCents,
    salesCents: sums.sale,
    feeCents: spent('fee'),
    salariesCents: spent('salary'),
    expensesCents: spent('expense'),
    purchasesCents: spent('purchase'),
    investmentsCents: spent('investment'),
    loanRepaymentsCents: spent('loan_repayment'),
    financingFeesCents: spent('financing_fee'),
    loansReceivedCents: sums.loan_received,
    adjustmentsCents: sums.adjustment,
    inCents,
    outCents,
    closingCents: openingCents + inCents - outCents,
    movementCount: count,
  };
}

/**
 * Statements of consecutive years, `fromYear` to `toYear`: each year opens with the previous closing
 * (carry-over); the first opens with `openingCents` (0 for a new Activity).
 */
export function statementsByYear(
  movements: readonly BudgetMovement[],
  fromYear: number,
  toYear: number,
  openingCents = 0,
): ActivityStatement[] {
  if (!Number.isSafeInteger(fromYear) || !Number.isSafeInteger(toYear) || toYear < fromYear) {
    throw new RangeError('invalid range of years');
  }
  const statements: ActivityStatement[] = [];
  let opening = openingCents;
  for (let year = fromYear; year <= toYear; year += 1) {
    const statement = activityStatement(movements, year, opening);
    statements.push(statement);
    opening = statement.closingCents;
  }
  return statements;
}

export interface CarryOver {
  fromYear: number;
  toYear: number;
  /** The unspent budget carried to the next year (negative only within an advance). */
  amountCents: number;
}

/** The carry-over a statement gives the next year. */
export function carryOver(statement: ActivityStatement): CarryOver {
  return { fromYear: statement.year, toYear: statement.year + 1, amountCents: statement.closingCents };
}
