import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  ACCOUNT_KINDS,
  ACCOUNT_KIND_RULES,
  NO_FLAGS,
  accountCodeFor,
  naturalBalance,
  ownerProblem,
} from './accounts.ts';
import {
  applyToBalances,
  assertValidEntry,
  centsToDecimal,
  debitCredit,
  entryFingerprint,
  isReversalOf,
  reverse,
  validateEntry,
  wouldViolateFlags,
  type AccountState,
  type EntryDraft,
} from './entry.ts';

const NOT_OVERDRAWN = { debitsMustNotExceedCredits: true, creditsMustNotExceedDebits: false };
const budget: AccountState = {
  id: 'budget',
  entityId: 'BE-PA',
  code: '4892-A1',
  currency: 'EUR',
  flags: NOT_OVERDRAWN,
  balanceCents: -10_000,
  advanceLimitCents: 0,
};
const bank: AccountState = {
  id: 'bank',
  entityId: 'BE-PA',
  code: '550',
  currency: 'EUR',
  flags: NO_FLAGS,
  balanceCents: 10_000,
  advanceLimitCents: 0,
};
const other: AccountState = {
  id: 'other',
  entityId: 'BE-COOP',
  code: '550',
  currency: 'EUR',
  flags: NO_FLAGS,
  balanceCents: 0,
  advanceLimitCents: 0,
};
const sek: AccountState = {
  id: 'sek',
  entityId: 'BE-PA',
  code: '551',
  currency: 'SEK',
  flags: NO_FLAGS,
  balanceCents: 0,
  advanceLimitCents: 0,
};
const accounts = new Map([budget, bank, other, sek].map((a) => [a.id, a]));

function entry(postings: Array<[string, number, string?]>, extra: Partial<EntryDraft> = {}): EntryDraft {
  return {
    entityId: 'BE-PA',
    date: '2026-03-01',
    description: 'Expense paid from the budget',
    idempotencyKey: 'key-0001',
    postings: postings.map(([accountId, amountCents, currency]) => ({
      accountId,
      amountCents,
      currency: currency ?? 'EUR',
    })),
    ...extra,
  };
}

function codes(e: EntryDraft) {
  return validateEntry(e, accounts).map((i) => `${i.field}:${i.code}`);
}

describe('validateEntry', () => {
  it('accepts a balanced entry', () => {
    expect(
      validateEntry(
        entry([
          ['budget', 2500],
          ['bank', -2500],
        ]),
        accounts,
      ),
    ).toEqual([]);
  });

  it('refuses an unbalanced entry and says by how much', () => {
    const issues = validateEntry(
      entry([
        ['budget', 2500],
        ['bank', -2000],
      ]),
      accounts,
    );
    expect(issues).toEqual([
      { field: 'postings', code: 'ledger.entry.unbalanced', params: { currency: 'EUR', difference: '5.00' } },
    ]);
  });

  it('balances each currency on its own', () => {
    expect(
      codes(
        entry([
          ['bank', 100],
          ['sek', -100, 'SEK'],
        ]),
      ),
    ).toEqual(['postings:ledger.entry.unbalanced', 'postings:ledger.entry.unbalanced']);
    expect(
      codes(
        entry([
          ['bank', 100],
          ['budget', -100],
          ['sek', 5, 'SEK'],
          ['sek', -5, 'SEK'],
        ]),
      ),
    ).toEqual([]);
  });

  it('needs two postings, no zero, whole safe cents and a known currency', () => {
    expect(codes(entry([['bank', 0]]))).toEqual([
      'postings:ledger.entry.too_few_postings',
      'postings.0.amountCents:ledger.posting.zero',
    ]);
    expect(
      codes(
        entry([
          ['bank', 1.5],
          ['budget', -1.5],
        ]),
      ),
    ).toEqual([
      'postings.0.amountCents:ledger.posting.not_integer',
      'postings.1.amountCents:ledger.posting.not_integer',
    ]);
    expect(
      codes(
        entry([
          ['bank', 2 ** 53],
          ['budget', -(2 ** 53)],
        ]),
      ),
    ).toContain('postings.0.amountCents:ledger.posting.not_integer');
    expect(
      codes(
        entry([
          ['bank', 100, 'eur'],
          ['budget', -100],
        ]),
      ),
    ).toEqual(['postings.0.currency:ledger.posting.currency_invalid']);
  });

  it('refuses debits whose total would not be exact', () => {
    const half = Math.floor(Number.MAX_SAFE_INTEGER / 2) + 1;
    expect(
      codes(
        entry([
          ['bank', half],
          ['bank', half],
          ['budget', -half],
          ['budget', -half],
        ]),
      ),
    ).toEqual(['postings:ledger.entry.too_large']);
  });

  it('checks accounts: known, same entity, same currency', () => {
    expect(
      codes(
        entry([
          ['nowhere', 100],
          ['bank', -100],
        ]),
      ),
    ).toEqual(['postings.0.accountId:ledger.account.unknown']);
    expect(
      codes(
        entry([
          ['other', 100],
          ['bank', -100],
        ]),
      ),
    ).toEqual(['postings.0.accountId:ledger.account.other_entity']);
    expect(
      codes(
        entry([
          ['sek', 100, 'EUR'],
          ['bank', -100],
        ]),
      ),
    ).toEqual(['postings.0.currency:ledger.posting.currency_mismatch']);
  });

  it('checks the date, the description and the idempotency key', () => {
    expect(
      codes(
        entry(
          [
            ['bank', 1],
            ['budget', -1],
          ],
          { date: '2026-02-30', description: '  ', idempotencyKey: 'short' },
        ),
      ),
    ).toEqual([
      'date:ledger.entry.date_invalid',
      'description:field.required',
      'idempotencyKey:ledger.entry.idempotency_key_invalid',
    ]);
    expect(() => assertValidEntry(entry([['bank', 1]]))).toThrow(DomainError);
  });
});

describe('flags', () => {
  it('refuses a debit that would overdraw a budget, with what is available and needed', () => {
    const [v] = wouldViolateFlags(
      accounts,
      entry([
        ['budget', 12_000],
        ['bank', -12_000],
      ]),
    );
    expect(v).toMatchObject({
      accountId: 'budget',
      code: 'ledger.account.insufficient_funds',
      availableCents: 10_000,
      neededCents: 12_000,
      balanceAfterCents: 2000,
    });
    expect(
      wouldViolateFlags(
        accounts,
        entry([
          ['budget', 10_000],
          ['bank', -10_000],
        ]),
      ),
    ).toEqual([]);
  });

  it('lets an advance take the budget below zero, down to its limit and no further', () => {
    const withAdvance = new Map(accounts).set('budget', { ...budget, advanceLimitCents: 5000 });
    expect(
      wouldViolateFlags(
        withAdvance,
        entry([
          ['budget', 15_000],
          ['bank', -15_000],
        ]),
      ),
    ).toEqual([]);
    expect(
      wouldViolateFlags(
        withAdvance,
        entry([
          ['budget', 15_001],
          ['bank', -15_001],
        ]),
      )[0],
    ).toMatchObject({ availableCents: 15_000, limitCents: 5000 });
  });

  it('judges the net effect per account, and always lets money come in', () => {
    expect(
      wouldViolateFlags(
        accounts,
        entry([
          ['budget', 20_000],
          ['budget', -15_000],
          ['bank', -5000],
        ]),
      ),
    ).toEqual([]);
    const overdrawn = new Map(accounts).set('budget', { ...budget, balanceCents: 3000 });
    expect(
      wouldViolateFlags(
        overdrawn,
        entry([
          ['bank', 1000],
          ['budget', -1000],
        ]),
      ),
    ).toEqual([]);
    expect(
      wouldViolateFlags(
        overdrawn,
        entry([
          ['budget', 1],
          ['bank', -1],
        ]),
      ),
    ).toHaveLength(1);
  });

  it('keeps a credits-must-not-exceed-debits account at zero or above', () => {
    const asset: AccountState = {
      ...bank,
      id: 'asset',
      flags: { debitsMustNotExceedCredits: false, creditsMustNotExceedDebits: true },
      balanceCents: 500,
    };
    const map = new Map(accounts).set('asset', asset);
    expect(
      wouldViolateFlags(
        map,
        entry([
          ['asset', -500],
          ['budget', 500],
        ]),
      ),
    ).toEqual([]);
    expect(
      wouldViolateFlags(
        map,
        entry([
          ['asset', -501],
          ['budget', 501],
        ]),
      )[0],
    ).toMatchObject({ code: 'ledger.account.credits_exceed_debits', availableCents: 500 });
  });
});

describe('balances, reversal, fingerprint', () => {
  it('applies an entry and its reversal back to the start', () => {
    const e = entry([
      ['budget', 2500],
      ['bank', -2000],
      ['bank', -500],
    ]);
    const start = new Map([
      ['budget', -10_000],
      ['bank', 10_000],
    ]);
    const after = applyToBalances(start, e);
    expect(after).toEqual(
      new Map([
        ['budget', -7500],
        ['bank', 7500],
      ]),
    );
    const r = reverse(
      { id: 'e1', entityId: 'BE-PA', postings: e.postings },
      { date: '2026-03-05', description: 'undo', idempotencyKey: 'undo-0001' },
    );
    expect(r.reversesEntryId).toBe('e1');
    expect(r.postings.map((p) => p.amountCents)).toEqual([-2500, 2000, 500]);
    expect(isReversalOf(r.postings, e.postings)).toBe(true);
    expect(isReversalOf(e.postings, e.postings)).toBe(false);
    expect(applyToBalances(after, r)).toEqual(start);
  });

  it('the fingerprint ignores the key but not the content', () => {
    const a = entry([
      ['budget', 100],
      ['bank', -100],
    ]);
    expect(entryFingerprint({ ...a, idempotencyKey: 'other-key-1' })).toBe(entryFingerprint(a));
    expect(entryFingerprint({ ...a, description: ` ${a.description} ` })).toBe(entryFingerprint(a));
    expect(
      entryFingerprint(
        entry([
          ['budget', 101],
          ['bank', -101],
        ]),
      ),
    ).not.toBe(entryFingerprint(a));
  });

  it('splits and formats amounts', () => {
    expect(debitCredit(250)).toEqual({ debitCents: 250, creditCents: 0 });
    expect(debitCredit(-250)).toEqual({ debitCents: 0, creditCents: 250 });
    expect(centsToDecimal(123456)).toBe('1234.56');
    expect(centsToDecimal(-5, ',')).toBe('-0,05');
  });
});

describe('account kinds', () => {
  it('gives each kind a side, a code root and its default flags', () => {
    expect(ACCOUNT_KINDS).toHaveLength(18);
    expect(ACCOUNT_KIND_RULES.internal_loans.flags.creditsMustNotExceedDebits).toBe(true);
    expect(ACCOUNT_KIND_RULES.activity_budget.flags.debitsMustNotExceedCredits).toBe(true);
    expect(accountCodeFor('activity_budget', { type: 'activity', id: 'A-12' })).toBe('4892-A-12');
    expect(accountCodeFor('vat_payable')).toBe('451');
    const roots = Object.values(ACCOUNT_KIND_RULES).map((r) => r.codeRoot);
    expect(new Set(roots).size).toBe(roots.length);
  });

  it('checks owners against the kind', () => {
    expect(ownerProblem('activity_budget')).toBe('ledger.account.owner_required');
    expect(ownerProblem('activity_budget', { type: 'member', id: 'x' })).toBe('ledger.account.owner_type');
    expect(ownerProblem('vat_payable', { type: 'client', id: 'x' })).toBe('ledger.account.owner_not_allowed');
    expect(ownerProblem('activity_budget', { type: 'activity', id: 'a b' })).toBe(
      'ledger.account.owner_invalid',
    );
    expect(ownerProblem('client_receivables')).toBeNull();
  });

  it('shows credit-normal balances positive', () => {
    expect(naturalBalance('activity_budget', -10_000)).toBe(10_000);
    expect(naturalBalance('bank', 10_000)).toBe(10_000);
    expect(Object.is(naturalBalance('activity_budget', 0), 0)).toBe(true);
  });
});
