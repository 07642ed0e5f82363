/**
 * # The ledger (pure rules, no I/O)
 *
 * Every movement of money in Partage is a balanced journal entry in an append-only, double-entry
 * ledger, in the spirit of TigerBeetle: a small, exact vocabulary and invariants written down first.
 * The database (`packages/db/migrations/0003_ledger.sql`) enforces each invariant again on its own,
 * and `packages/server/src/ledger/` is the only writer.
 *
 * ## Vocabulary
 *
 * - **Account**: a bucket of money of one entity, in one currency. It has an id, a `code` unique in its
 *   entity (`4892-<activity>`, `451`), a `kind` (see `accounts.ts`: activity budget, member contract
 *   account, client receivables, VAT payable, mutualised fee income, salary guarantee fund, social aid
 *   fund, salaries payable, employee and employer social contributions payable, withholding tax
 *   payable, expenses payable, bank, share capital, suspense), an optional owner (the Activity, the
 *   member, the client) and two flags.
 * - **Posting**: one line of an entry: an account and a signed integer number of cents.
 *   **Sign convention: positive = debit, negative = credit.** Reports split it into debit and credit
 *   columns (`debitCredit`).
 * - **Entry** (journal entry): postings that move money together, all or nothing, with an accounting
 *   date, a description, an optional reference, the idempotency key of the request that made it, and,
 *   once recorded, a number.
 * - **Balance**: the sum of an account's postings, debit-positive. A credit-normal account that holds
 *   money (a budget, a payable, income) has a negative balance; `naturalBalance` shows it positive.
 * - **Flags** (TigerBeetle's): `debitsMustNotExceedCredits` — the account may not be overdrawn (Activity
 *   budgets, member contract accounts): balance ≤ 0, or ≤ the limit of an active advance;
 *   `creditsMustNotExceedDebits` — balance ≥ 0.
 * - **Advance**: an authorised overdraft of a `debitsMustNotExceedCredits` account, granted by an
 *   adviser with a reason, a limit and a validity period; revocable, never edited.
 * - **Reversal**: the entry that cancels another, line by line with opposite amounts. Nothing recorded
 *   is ever changed or deleted: a mistake is corrected by a reversal and a new entry.
 *
 * ## Invariants
 *
 * - **I1** Amounts are integer cents, safe integers (|x| ≤ 2⁵³ − 1); a posting is never zero; the sum of
 *   an entry's debits is itself a safe integer, and so is every balance.
 * - **I2** An entry has at least two postings.
 * - **I3** An entry balances in each currency: its postings in that currency sum to zero.
 * - **I4** A posting's currency is its account's currency, and every account of an entry belongs to the
 *   entry's entity.
 * - **I5** Hence the balances of all accounts of an entity sum to zero in each currency.
 * - **I6** Balances are derived from postings: an account's cached balance always equals the sum of its
 *   postings; a balance at a date is the sum of the postings of entries dated on or before it.
 * - **I7** An entry that moves a `debitsMustNotExceedCredits` account in the debit direction may not
 *   leave its balance above its active advance limit (0 without one); an entry that moves a
 *   `creditsMustNotExceedDebits` account in the credit direction may not leave it below 0. Movement in
 *   the other direction is always accepted. Flags are judged on the entry's net effect per account.
 * - **I8** Append-only: recorded entries and postings are never updated or deleted, and an entry never
 *   gets postings after it was recorded.
 * - **I9** A reversal negates its original line by line (same accounts and currencies, opposite amounts),
 *   in the same entity, dated no earlier; an entry is reversed at most once.
 * - **I10** Entries are numbered 1, 2, 3… per entity, without gaps, in the order they are recorded.
 * - **I11** An idempotency key names at most one entry per entity: the same key with the same content
 *   returns that entry and moves money once; with other content it is refused.
 *
 * This module checks I1–I4 and I7 on one entry (`validateEntry`, `wouldViolateFlags`), computes I5/I6
 * (`applyToBalances`) and builds I9 (`reverse`); property tests (`properties.test.ts`) check that any
 * sequence of accepted entries keeps I3, I5 and I7, and that a reversal restores the balances.
 */
export * from './accounts.ts';
export * from './entry.ts';
export { ledgerMessages } from './messages.ts';
