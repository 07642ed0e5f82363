import { DomainError, type FieldIssue } from '../errors.ts';
import { isRuleDate } from '../rules/types.ts';
import type { AccountFlags } from './accounts.ts';

/** Largest amount (and balance) the ledger holds: the largest integer a JavaScript number keeps exactly. */
export const MAX_CENTS = Number.MAX_SAFE_INTEGER;
export const MAX_POSTINGS = 1000;
export const DESCRIPTION_MAX = 500;
export const REFERENCE_MAX = 200;
export const IDEMPOTENCY_KEY_MIN = 8;
export const IDEMPOTENCY_KEY_MAX = 200;
export const CURRENCY = /^[A-Z]{3}$/;

/**
 * One line of an entry. `amountCents` is signed: POSITIVE = DEBIT, NEGATIVE = CREDIT. Never zero.
 * `currency` is the account's currency (ISO 4217).
 */
export interface Posting {
  accountId: string;
  amountCents: number;
  currency: string;
}

/** A journal entry before it is recorded (it gets its id and number from the database). */
export interface EntryDraft {
  entityId: string;
  /** Accounting date, `YYYY-MM-DD`: the date balances and statements are computed on. */
  date: string;
  description: string;
  reference?: string | null;
  /** Names the entry within its entity: the same key twice is the same entry, recorded once. */
  idempotencyKey: string;
  /** Set on a reversal: the entry it cancels. */
  reversesEntryId?: string | null;
  postings: readonly Posting[];
}

/** What validation needs to know about an account. */
export interface AccountInfo {
  id: string;
  entityId: string;
  code: string;
  currency: string;
  flags: AccountFlags;
}

/** An account at the moment an entry is checked: its balance and the limit of its active advance. */
export interface AccountState extends AccountInfo {
  /** Sum of its postings, debit-positive. */
  balanceCents: number;
  /** How far a `debitsMustNotExceedCredits` account may go into debit (an authorised advance); 0 without one. */
  advanceLimitCents: number;
}

export interface FlagViolation {
  accountId: string;
  code: 'ledger.account.insufficient_funds' | 'ledger.account.credits_exceed_debits';
  balanceBeforeCents: number;
  balanceAfterCents: number;
  /** Most the entry could have moved in that direction without breaking the flag. */
  availableCents: number;
  /** What the entry moves in that direction (net, over all its postings on the account). */
  neededCents: number;
  limitCents: number;
}

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isLedgerDate(value: unknown): value is string {
  return isRuleDate(value);
}

function safe(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n);
}

/** 123456 → "1234.56"; −5 → "-0.05". For message parameters and exports. */
export function centsToDecimal(cents: number, separator: '.' | ',' = '.'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${separator}${String(abs % 100).padStart(2, '0')}`;
}

/** A signed amount split into the two columns accountants read. */
export function debitCredit(amountCents: number): { debitCents: number; creditCents: number } {
  return amountCents >= 0
    ? { debitCents: amountCents, creditCents: 0 }
    : { debitCents: 0, creditCents: -amountCents };
}

/** Net movement of each account over the postings (debit-positive), in the order accounts first appear. */
export function netByAccount(postings: readonly Posting[]): Map<string, number> {
  const net = new Map<string, number>();
  for (const p of postings) net.set(p.accountId, (net.get(p.accountId) ?? 0) + p.amountCents);
  return net;
}

/** Sum of the postings per currency: all zero for a balanced entry. */
export function totalsByCurrency(postings: readonly Posting[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const p of postings) totals.set(p.currency, (totals.get(p.currency) ?? 0) + p.amountCents);
  return totals;
}

/**
 * Every rule an entry must meet on its own (I1–I4 of `index.ts`), all problems at once; empty when
 * valid. With `accounts`, also checks that each account exists, belongs to the entry's entity and
 * holds the posting's currency.
 */
export function validateEntry(entry: EntryDraft, accounts?: ReadonlyMap<string, AccountInfo>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof entry.entityId !== 'string' || entry.entityId.trim() === '')
    issues.push({ field: 'entityId', code: 'field.required' });
  if (!isLedgerDate(entry.date)) issues.push({ field: 'date', code: 'ledger.entry.date_invalid' });
  const description = typeof entry.description === 'string' ? entry.description.trim() : '';
  if (description === '') issues.push({ field: 'description', code: 'field.required' });
  else if (description.length > DESCRIPTION_MAX)
    issues.push({ field: 'description', code: 'field.too_long', params: { max: DESCRIPTION_MAX } });
  if (entry.reference !== undefined && entry.reference !== null) {
    if (typeof entry.reference !== 'string') issues.push({ field: 'reference', code: 'field.invalid' });
    else if (entry.reference.length > REFERENCE_MAX)
      issues.push({ field: 'reference', code: 'field.too_long', params: { max: REFERENCE_MAX } });
  }
  const key = entry.idempotencyKey;
  if (typeof key !== 'string' || key.trim().length < IDEMPOTENCY_KEY_MIN || key.length > IDEMPOTENCY_KEY_MAX)
    issues.push({
      field: 'idempotencyKey',
      code: 'ledger.entry.idempotency_key_invalid',
      params: { min: IDEMPOTENCY_KEY_MIN, max: IDEMPOTENCY_KEY_MAX },
    });

  const postings = Array.isArray(entry.postings) ? entry.postings : [];
  if (postings.length < 2) issues.push({ field: 'postings', code: 'ledger.entry.too_few_postings' });
  if (postings.length > MAX_POSTINGS)
    issues.push({ field: 'postings', code: 'ledger.entry.too_many_postings', params: { max: MAX_POSTINGS } });

  let amountsOk = true;
  let absoluteTotal = 0;
  postings.forEach((p, i) => {
    const at = `postings.${i}`;
    if (typeof p.accountId !== 'string' || p.accountId === '')
      issues.push({ field: `${at}.accountId`, code: 'field.required' });
    if (!safe(p.amountCents)) {
      amountsOk = false;
      issues.push({ field: `${at}.amountCents`, code: 'ledger.posting.not_integer' });
    } else if (p.amountCents === 0) {
      issues.push({ field: `${at}.amountCents`, code: 'ledger.posting.zero' });
    } else {
      absoluteTotal += Math.abs(p.amountCents);
    }
    if (typeof p.currency !== 'string' || !CURRENCY.test(p.currency)) {
      amountsOk = false;
      issues.push({ field: `${at}.currency`, code: 'ledger.posting.currency_invalid' });
    }
    if (accounts && typeof p.accountId === 'string' && p.accountId !== '') {
      const account = accounts.get(p.accountId);
      if (!account) issues.push({ field: `${at}.accountId`, code: 'ledger.account.unknown' });
      else if (account.entityId !== entry.entityId)
        issues.push({
          field: `${at}.accountId`,
          code: 'ledger.account.other_entity',
          params: { account: account.code, entity: entry.entityId },
        });
      else if (typeof p.currency === 'string' && CURRENCY.test(p.currency) && account.currency !== p.currency)
        issues.push({
          field: `${at}.currency`,
          code: 'ledger.posting.currency_mismatch',
          params: { account: account.code, currency: account.currency },
        });
    }
  });
  // The sum of the debits (= of the credits) must itself be exact, so every total built from it is.
  if (amountsOk && !Number.isSafeInteger(absoluteTotal)) {
    amountsOk = false;
    issues.push({ field: 'postings', code: 'ledger.entry.too_large' });
  }
  if (amountsOk) {
    for (const [currency, total] of totalsByCurrency(postings)) {
      if (total !== 0)
        issues.push({
          field: 'postings',
          code: 'ledger.entry.unbalanced',
          params: { currency, difference: centsToDecimal(total) },
        });
    }
  }
  return issues;
}

/** `validateEntry`, throwing a 422 DomainError with every issue. */
export function assertValidEntry(entry: EntryDraft, accounts?: ReadonlyMap<string, AccountInfo>): void {
  const issues = validateEntry(entry, accounts);
  if (issues.length > 0) throw new DomainError('validation', issues);
}

/**
 * The balances after the entry (debit-positive), as a new map; accounts not in `balances` start at 0.
 * Throws a RangeError if a balance would leave the safe-integer range (the database refuses it too).
 */
export function applyToBalances(
  balances: ReadonlyMap<string, number>,
  entry: Pick<EntryDraft, 'postings'>,
): Map<string, number> {
  const next = new Map(balances);
  for (const [accountId, net] of netByAccount(entry.postings)) {
    const after = (next.get(accountId) ?? 0) + net;
    if (!Number.isSafeInteger(after)) throw new RangeError(`balance of ${accountId} would not be exact`);
    next.set(accountId, after);
  }
  return next;
}

/**
 * Flags the entry would break (I7), given the accounts' current balances and advances. A flag only
 * stops movement in its own direction: a `debitsMustNotExceedCredits` account that receives a net
 * credit is always accepted, even while it is overdrawn (money can always come in).
 */
export function wouldViolateFlags(
  accounts: ReadonlyMap<string, AccountState>,
  entry: Pick<EntryDraft, 'postings'>,
): FlagViolation[] {
  const violations: FlagViolation[] = [];
  for (const [accountId, net] of netByAccount(entry.postings)) {
    const account = accounts.get(accountId);
    if (!account) throw new Error(`account ${accountId} is not known`);
    const before = account.balanceCents;
    const after = before + net;
    if (account.flags.debitsMustNotExceedCredits && net > 0) {
      const limit = Math.max(0, account.advanceLimitCents);
      if (after > limit)
        violations.push({
          accountId,
          code: 'ledger.account.insufficient_funds',
          balanceBeforeCents: before,
          balanceAfterCents: after,
          availableCents: Math.max(0, limit - before),
          neededCents: net,
          limitCents: limit,
        });
    }
    if (account.flags.creditsMustNotExceedDebits && net < 0 && after < 0)
      violations.push({
        accountId,
        code: 'ledger.account.credits_exceed_debits',
        balanceBeforeCents: before,
        balanceAfterCents: after,
        availableCents: Math.max(0, before),
        neededCents: -net,
        limitCents: 0,
      });
  }
  return violations;
}

/** The entry that cancels `entry`: the same accounts, line by line, with opposite amounts (I9). */
export function reverse(
  entry: { id: string; entityId: string; postings: readonly Posting[] },
  options: { date: string; description: string; idempotencyKey: string; reference?: string | null },
): EntryDraft {
  return {
    entityId: entry.entityId,
    date: options.date,
    description: options.description,
    reference: options.reference ?? null,
    idempotencyKey: options.idempotencyKey,
    reversesEntryId: entry.id,
    postings: entry.postings.map((p) => ({
      accountId: p.accountId,
      amountCents: -p.amountCents,
      currency: p.currency,
    })),
  };
}

/** True when `reversal` negates `original` line by line. */
export function isReversalOf(reversal: readonly Posting[], original: readonly Posting[]): boolean {
  return (
    reversal.length === original.length &&
    reversal.every((p, i) => {
      const o = original[i]!;
      return p.accountId === o.accountId && p.currency === o.currency && p.amountCents === -o.amountCents;
    })
  );
}

/**
 * What makes two requests "the same entry" for idempotency: everything but the key itself and who
 * sent it. Descriptions are compared trimmed; posting order matters (it is the line order).
 */
export function entryFingerprint(entry: EntryDraft): string {
  return JSON.stringify([
    entry.entityId,
    entry.date,
    entry.description.trim(),
    entry.reference ?? null,
    entry.reversesEntryId ?? null,
    entry.postings.map((p) => [p.accountId, p.amountCents, p.currency]),
  ]);
}
