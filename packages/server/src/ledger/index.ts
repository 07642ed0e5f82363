/**
 * The ledger, for the features that move money (Contract tool, Activity tool, invoicing, payroll).
 * Each call works inside the caller's transaction:
 *
 *   await ctx.db.transaction(async (tx) => {
 *     const budget = await accountFor(tx, 'BE-PA', 'activity_budget', { type: 'activity', id: activityId });
 *     const bank = await accountFor(tx, 'BE-PA', 'bank');
 *     await postEntry(tx, { entityId: 'BE-PA', date, description, idempotencyKey: `expense:${expenseId}`,
 *       source: 'expense', postings: [{ accountId: budget.id, amountCents: 2500 }, { accountId: bank.id, amountCents: -2500 }] });
 *   });
 *
 * Amounts are signed integer cents: positive = debit, negative = credit. Invariants: domain `ledger/index.ts`.
 */
export {
  accountFor,
  findAccountByCode,
  loadAccount,
  openAccount,
  type LedgerAccount,
  type OpenAccountInput,
} from './accounts.ts';
export {
  postEntry,
  loadEntry,
  loadEntries,
  type EntryView,
  type PostEntryInput,
  type PostResult,
  type PostingInput,
  type PostingView,
} from './post-entry.ts';
export { reverseEntry, type ReverseEntryInput } from './reverse-entry.ts';
export {
  grantAdvance,
  listAdvances,
  revokeAdvance,
  type AdvanceView,
  type GrantAdvanceInput,
} from './advances.ts';
export {
  balanceAt,
  journalCsv,
  listEntries,
  statement,
  trialBalance,
  verifyBalances,
  type BalanceCheck,
} from './reports.ts';
