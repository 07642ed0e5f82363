import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FLAGS } from './accounts.ts';
import {
  applyToBalances,
  reverse,
  totalsByCurrency,
  validateEntry,
  wouldViolateFlags,
  type AccountState,
  type EntryDraft,
  type Posting,
} from './entry.ts';

const NOT_OVERDRAWN = { debitsMustNotExceedCredits: true, creditsMustNotExceedDebits: false };
const NOT_NEGATIVE = { debitsMustNotExceedCredits: false, creditsMustNotExceedDebits: true };

/** A small chart of accounts in two currencies, with every kind of flag and an advance. */
const ACCOUNTS: AccountState[] = [
  {
    id: 'budget',
    entityId: 'E',
    code: 'B1',
    currency: 'EUR',
    flags: NOT_OVERDRAWN,
    balanceCents: 0,
    advanceLimitCents: 0,
  },
  {
    id: 'budget-adv',
    entityId: 'E',
    code: 'B2',
    currency: 'EUR',
    flags: NOT_OVERDRAWN,
    balanceCents: 0,
    advanceLimitCents: 50_000,
  },
  {
    id: 'bank',
    entityId: 'E',
    code: '550',
    currency: 'EUR',
    flags: NO_FLAGS,
    balanceCents: 0,
    advanceLimitCents: 0,
  },
  {
    id: 'income',
    entityId: 'E',
    code: '7000',
    currency: 'EUR',
    flags: NO_FLAGS,
    balanceCents: 0,
    advanceLimitCents: 0,
  },
  {
    id: 'asset',
    entityId: 'E',
    code: '400',
    currency: 'EUR',
    flags: NOT_NEGATIVE,
    balanceCents: 0,
    advanceLimitCents: 0,
  },
  {
    id: 'sek-bank',
    entityId: 'E',
    code: '551',
    currency: 'SEK',
    flags: NO_FLAGS,
    balanceCents: 0,
    advanceLimitCents: 0,
  },
  {
    id: 'sek-budget',
    entityId: 'E',
    code: 'B3',
    currency: 'SEK',
    flags: NOT_OVERDRAWN,
    balanceCents: 0,
    advanceLimitCents: 0,
  },
];
const BY_ID = new Map(ACCOUNTS.map((a) => [a.id, a]));
const CURRENCIES = [...new Set(ACCOUNTS.map((a) => a.currency))];

// Small amounts too, so that balances often land right on a limit (0, or an advance of 500.00).
const amountArb = fc
  .oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: -60_000, max: 60_000 }))
  .filter((n) => n !== 0);
const postingArb = fc
  .record({ account: fc.constantFrom(...ACCOUNTS.map((a) => a.id)), amount: amountArb })
  .map(({ account, amount }): Posting => ({
    accountId: account,
    amountCents: amount,
    currency: BY_ID.get(account)!.currency,
  }));

let keys = 0;
function draft(postings: Posting[]): EntryDraft {
  keys += 1;
  return {
    entityId: 'E',
    date: '2026-03-01',
    description: 'test',
    idempotencyKey: `key-${String(keys).padStart(6, '0')}`,
    postings,
  };
}

/** A balanced entry: random postings, then one counter-posting per currency that does not sum to zero. */
const balancedEntryArb = fc
  .tuple(
    fc.array(postingArb, { minLength: 1, maxLength: 6 }),
    fc.array(fc.nat(), { minLength: CURRENCIES.length, maxLength: CURRENCIES.length }),
  )
  .map(([postings, picks]) => {
    const all = [...postings];
    CURRENCIES.forEach((currency, i) => {
      const sum = postings.filter((p) => p.currency === currency).reduce((s, p) => s + p.amountCents, 0);
      if (sum === 0) return;
      const candidates = ACCOUNTS.filter((a) => a.currency === currency);
      const counter = candidates[picks[i]! % candidates.length]!;
      all.push({ accountId: counter.id, amountCents: -sum, currency });
    });
    if (all.length < 2) all.push({ ...all[0]!, amountCents: -all[0]!.amountCents }, { ...all[0]! });
    return draft(all);
  });

/** Anything: balanced or not, zero or fractional or huge amounts, one posting or none. */
const anyEntryArb = fc
  .tuple(
    fc.array(
      fc.record({
        accountId: fc.constantFrom(...ACCOUNTS.map((a) => a.id)),
        amountCents: fc.oneof(
          amountArb,
          fc.constant(0),
          fc.double({ noNaN: true, min: -1000, max: 1000 }),
          fc.constant(2 ** 60),
        ),
        currency: fc.constantFrom('EUR', 'SEK', 'eur'),
      }),
      { maxLength: 6 },
    ),
    fc.boolean(),
  )
  .map(([generated, balance]) => {
    const postings: Posting[] = [...generated];
    if (balance && postings.length > 0) {
      for (const [currency, total] of totalsByCurrency(generated))
        if (Number.isSafeInteger(total) && total !== 0)
          postings.push({ accountId: 'bank', amountCents: -total, currency });
    }
    return draft(postings);
  });

function sumByCurrency(balances: ReadonlyMap<string, number>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [id, balance] of balances) {
    const currency = BY_ID.get(id)!.currency;
    sums.set(currency, (sums.get(currency) ?? 0) + balance);
  }
  return sums;
}

/** Runs a sequence the way the server does: validate, check flags, apply; returns what was accepted. */
function run(entries: EntryDraft[]) {
  let balances = new Map<string, number>();
  const accepted: EntryDraft[] = [];
  const refused: Array<{ entry: EntryDraft; before: Map<string, number> }> = [];
  for (const entry of entries) {
    if (validateEntry(entry, BY_ID).length > 0) continue;
    const state = new Map(ACCOUNTS.map((a) => [a.id, { ...a, balanceCents: balances.get(a.id) ?? 0 }]));
    if (wouldViolateFlags(state, entry).length > 0) {
      refused.push({ entry, before: balances });
      continue;
    }
    balances = applyToBalances(balances, entry);
    accepted.push(entry);
  }
  return { balances, accepted, refused };
}

function withinFlags(account: AccountState, balance: number): boolean {
  if (account.flags.debitsMustNotExceedCredits && balance > account.advanceLimitCents) return false;
  if (account.flags.creditsMustNotExceedDebits && balance < 0) return false;
  return true;
}

const RUNS = { numRuns: 400 };

describe('ledger properties', () => {
  it('every entry that validates balances per currency, has two postings or more, and no zero or inexact amount', () => {
    fc.assert(
      fc.property(anyEntryArb, (entry) => {
        if (validateEntry(entry, BY_ID).length > 0) return;
        expect(entry.postings.length).toBeGreaterThanOrEqual(2);
        for (const p of entry.postings) {
          expect(Number.isSafeInteger(p.amountCents) && p.amountCents !== 0).toBe(true);
          expect(p.currency).toBe(BY_ID.get(p.accountId)!.currency);
        }
        for (const total of totalsByCurrency(entry.postings).values()) expect(total).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('every balanced entry on known accounts validates (the rules refuse nothing valid)', () => {
    fc.assert(
      fc.property(balancedEntryArb, (entry) => {
        expect(validateEntry(entry, BY_ID)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the balances of all accounts sum to zero in each currency after any sequence of valid entries', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(balancedEntryArb, anyEntryArb), { maxLength: 40 }), (entries) => {
        const { balances, accepted } = run(entries);
        for (const total of sumByCurrency(balances).values()) expect(total).toBe(0);
        // Balances are exactly the sum of the accepted postings (I6).
        for (const a of ACCOUNTS) {
          const posted = accepted
            .flatMap((e) => e.postings)
            .filter((p) => p.accountId === a.id)
            .reduce((s, p) => s + p.amountCents, 0);
          expect(balances.get(a.id) ?? 0).toBe(posted);
        }
      }),
      RUNS,
    );
  });

  it('reversing an entry restores every balance', () => {
    fc.assert(
      fc.property(fc.array(balancedEntryArb, { maxLength: 10 }), balancedEntryArb, (history, entry) => {
        const before = run(history).balances;
        const after = applyToBalances(before, entry);
        const reversal = reverse(
          { id: 'x', entityId: 'E', postings: entry.postings },
          { date: '2026-03-02', description: 'undo', idempotencyKey: 'undo-key-1' },
        );
        expect(validateEntry(reversal, BY_ID)).toEqual([]);
        const restored = applyToBalances(after, reversal);
        for (const a of ACCOUNTS) expect(restored.get(a.id) ?? 0).toBe(before.get(a.id) ?? 0);
      }),
      RUNS,
    );
  });

  it('accepted entries never break a flag, and a refused entry really would have', () => {
    fc.assert(
      fc.property(fc.array(balancedEntryArb, { minLength: 1, maxLength: 40 }), (entries) => {
        let balances = new Map<string, number>();
        for (const entry of entries) {
          const state = new Map(ACCOUNTS.map((a) => [a.id, { ...a, balanceCents: balances.get(a.id) ?? 0 }]));
          const violations = wouldViolateFlags(state, entry);
          const next = applyToBalances(balances, entry);
          if (violations.length === 0) {
            balances = next;
            for (const a of ACCOUNTS) expect(withinFlags(a, balances.get(a.id) ?? 0), a.code).toBe(true);
          } else {
            for (const v of violations)
              expect(withinFlags(BY_ID.get(v.accountId)!, next.get(v.accountId)!)).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it('a budget accepts a debit of exactly what it has plus its advance, and refuses one cent more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5_000_000, max: 5_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (balance, advance) => {
          const budget = { ...BY_ID.get('budget')!, balanceCents: balance, advanceLimitCents: advance };
          const state = new Map([...BY_ID, ['budget', budget]]);
          const room = advance - balance;
          const debit = (cents: number) =>
            draft([
              { accountId: 'budget', amountCents: cents, currency: 'EUR' },
              { accountId: 'bank', amountCents: -cents, currency: 'EUR' },
            ]);
          if (room > 0) expect(wouldViolateFlags(state, debit(room))).toEqual([]);
          const refused = wouldViolateFlags(state, debit(Math.max(room, 0) + 1));
          expect(refused).toHaveLength(1);
          expect(refused[0]).toMatchObject({ availableCents: Math.max(room, 0), limitCents: advance });
        },
      ),
      RUNS,
    );
  });

  it('a flagged account that is within its limit accepts any entry that leaves it within its limit', () => {
    fc.assert(
      fc.property(balancedEntryArb, (entry) => {
        const next = applyToBalances(new Map(), entry);
        const state = new Map(ACCOUNTS.map((a) => [a.id, { ...a }]));
        const allWithin = ACCOUNTS.every((a) => withinFlags(a, next.get(a.id) ?? 0));
        if (allWithin) expect(wouldViolateFlags(state, entry)).toEqual([]);
      }),
      RUNS,
    );
  });
});
