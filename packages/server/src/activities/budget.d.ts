import type { Queryable } from '@partage/db';
import { type BudgetFigures, type BudgetMovement, type BudgetView } from '@partage/domain';
/**
 * An Activity's budget read from the ledger and the documents (the rules are the domain's `budgetView`):
 *
 * - sales: `activity_sales`, one signed line per invoice, credit note and write-off (amount excluding VAT,
 *   fee, credit); the budget account was credited with the credit in the same journal entry;
 * - received: per invoice, its credit × paid ÷ what the client still had to pay (total − credited −
 *   written off), rounded down; all of it once paid (the domain's `receivedShare`);
 * - other money in and money spent: every other posting on the budget account (salaries, expenses,
 *   purchases, loans, repayments...), by its sign;
 * - committed: requests still waiting for approval, and loan instalments due but not taken yet;
 * - the authorised advance in force on the budget account.
 *
 * One query per kind of figure, for any number of Activities at once (the adviser's portfolio).
 */
export declare function budgetFigures(
  db: Queryable,
  activityIds: string[],
  today: string,
): Promise<Map<string, BudgetFigures>>;
/** The budget view of one Activity. */
export declare function loadBudget(db: Queryable, activityId: string, today: string): Promise<BudgetView>;
export interface MonthFigures {
  /** `YYYY-MM`. */
  month: string;
  /** What the month's invoices brought to the budget (credit notes and write-offs deducted). */
  incomeCents: number;
  /** What left the budget that month (salaries, expenses, purchases, repayments, fees). */
  spendingCents: number;
}
/** Income and spending per month over the last `months` months up to `today` (oldest first). */
export declare function monthlyFigures(
  db: Queryable,
  activityId: string,
  today: string,
  months?: number,
): Promise<MonthFigures[]>;
/** The first day of the month `offset` months from `date`'s month. */
export declare function monthStart(date: string, offset?: number): string;
/** Journal entry sources of the Activity tool, and the statement heading each one goes under. */
export declare const MOVEMENT_OF_SOURCE: Record<string, BudgetMovement['kind']>;
/**
 * Every movement of the budget, dated, for the yearly statements: each sale line as its sale and its fee,
 * and each other posting on the budget account under the heading of its source (a reversal under its
 * original's: a cancelled salary lowers the salaries), `adjustment` otherwise.
 * Signed: positive = money in.
 */
export declare function budgetMovements(db: Queryable, activityId: string): Promise<BudgetMovement[]>;
