import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  nextNumber,
  PG,
  pgErrorCode,
  type Db,
  type Queryable,
  type TestDatabase,
} from '@partage/db';
import { accountFor, openAccount, type LedgerAccount } from './accounts.ts';
import { postEntry } from './post-entry.ts';
import { verifyBalances } from './reports.ts';

/**
 * The database holds the ledger's invariants on its own: these tests write around the application, in
 * raw SQL, and every shortcut is refused. (The same file runs on PGlite and on PostgreSQL.)
 */
let t: TestDatabase;
let db: Db;
let bank: LedgerAccount;
let budget: LedgerAccount;
let foreign: LedgerAccount;
let userId: string;
const FINGERPRINT = 'a'.repeat(64);

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await db.query(
    `INSERT INTO entities (id, name, legal_form, country, address, languages) VALUES ('X', 'X', 'SC', 'BE', 'a', '{fr}'), ('Y', 'Y', 'SC', 'BE', 'a', '{fr}')`,
  );
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (entity_id, email, password_hash, display_name, language, roles) VALUES ('X', 'adviser@x.be', 'x', 'A', 'fr', '{adviser}') RETURNING id`,
  );
  userId = rows[0]!.id;
  await db.transaction(async (tx) => {
    bank = await accountFor(tx, 'X', 'bank');
    budget = await accountFor(tx, 'X', 'activity_budget', { type: 'activity', id: 'db-1' });
    foreign = await accountFor(tx, 'Y', 'bank');
  });
  await db.transaction((tx) =>
    postEntry(tx, {
      entityId: 'X',
      date: '2026-01-05',
      description: 'Funding',
      idempotencyKey: 'funding-1',
      postings: [
        { accountId: bank.id, amountCents: 10_000 },
        { accountId: budget.id, amountCents: -10_000 },
      ],
    }),
  );
});
afterAll(() => t.dispose());

/** Inserts an entry and its postings the way an application bug or a console user would. */
async function rawEntry(
  tx: Queryable,
  postings: Array<[string, number, string?]>,
  options: { number?: number; declared?: number; reverses?: string; date?: string; entity?: string } = {},
): Promise<string> {
  const entity = options.entity ?? 'X';
  const number = options.number ?? (await nextNumber(tx, entity, 'journal_entry'));
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO journal_entries (entity_id, number, entry_date, description, idempotency_key, fingerprint, posting_count, reverses_entry_id)
     VALUES ($1, $2, $3, 'raw', $4, $5, $6, $7) RETURNING id`,
    [
      entity,
      number,
      options.date ?? '2026-02-01',
      `raw-${randomUUID()}`,
      FINGERPRINT,
      options.declared ?? postings.length,
      options.reverses ?? null,
    ],
  );
  const id = rows[0]!.id;
  if (postings.length) {
    const params: unknown[] = [id, entity];
    const values = postings.map(([account, amount, currency], i) => {
      params.push(i + 1, account, amount, currency ?? 'EUR');
      const n = params.length;
      return `($1, $2, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    await tx.query(
      `INSERT INTO postings (entry_id, entity_id, line_no, account_id, amount_cents, currency) VALUES ${values.join(', ')}`,
      params,
    );
  }
  return id;
}

async function fails(promise: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the database should have refused').not.toBeNull();
  return error as { code?: string; constraint?: string };
}

async function state() {
  const { rows } = await db.query<{ entries: number; postings: number; balances: string }>(
    `SELECT (SELECT count(*)::int FROM journal_entries) AS entries, (SELECT count(*)::int FROM postings) AS postings,
            (SELECT string_agg(code || '=' || balance_cents, ',' ORDER BY entity_id, code) FROM ledger_accounts) AS balances`,
  );
  return rows[0]!;
}

describe('the database holds the ledger invariants', () => {
  it('never commits an unbalanced entry, or one without all its postings (checked at commit)', async () => {
    const before = await state();
    const unbalanced = await fails(
      db.transaction((tx) =>
        rawEntry(tx, [
          [bank.id, 100],
          [budget.id, -90],
        ]),
      ),
    );
    expect(unbalanced).toMatchObject({ code: PG.checkViolation, constraint: 'journal_entries_balanced' });
    const empty = await fails(db.transaction((tx) => rawEntry(tx, [], { declared: 2 })));
    expect(empty).toMatchObject({ code: PG.checkViolation, constraint: 'journal_entries_complete' });
    const missing = await fails(
      db.transaction((tx) =>
        rawEntry(
          tx,
          [
            [bank.id, 100],
            [budget.id, -100],
          ],
          { declared: 3 },
        ),
      ),
    );
    expect(missing.constraint).toBe('journal_entries_complete');
    const zero = await fails(
      db.transaction((tx) =>
        rawEntry(tx, [
          [bank.id, 0],
          [budget.id, 0],
        ]),
      ),
    );
    expect(zero.code).toBe(PG.checkViolation);
    expect(await state()).toEqual(before);
    // A balanced raw entry is fine: the rules are the database's, not only the application's.
    await db.transaction((tx) =>
      rawEntry(tx, [
        [bank.id, 100],
        [budget.id, -100],
      ]),
    );
    expect((await verifyBalances(db)).ok).toBe(true);
  });

  it('keeps entries and postings append-only: no update, no delete, no truncate, no posting added later', async () => {
    const { entry } = await db.transaction((tx) =>
      postEntry(tx, {
        entityId: 'X',
        date: '2026-02-02',
        description: 'Expense',
        idempotencyKey: 'append-only-1',
        postings: [
          { accountId: budget.id, amountCents: 500 },
          { accountId: bank.id, amountCents: -500 },
        ],
      }),
    );
    expect(
      pgErrorCode(
        await fails(db.query('UPDATE postings SET amount_cents = 1 WHERE entry_id = $1', [entry.id])),
      ),
    ).toBe(PG.raiseException);
    expect(
      pgErrorCode(
        await fails(db.query(`UPDATE journal_entries SET description = 'edited' WHERE id = $1`, [entry.id])),
      ),
    ).toBe(PG.raiseException);
    expect(pgErrorCode(await fails(db.query('DELETE FROM journal_entries WHERE id = $1', [entry.id])))).toBe(
      PG.raiseException,
    );
    expect(pgErrorCode(await fails(db.query('TRUNCATE postings CASCADE')))).toBe(PG.raiseException);
    const add = (line: number) =>
      db.query(
        `INSERT INTO postings (entry_id, entity_id, line_no, account_id, amount_cents, currency) VALUES ($1, 'X', $2, $3, 7, 'EUR')`,
        [entry.id, line, bank.id],
      );
    expect(await fails(add(3))).toMatchObject({ constraint: 'postings_within_entry' });
    expect(pgErrorCode(await fails(add(2)))).toBe(PG.uniqueViolation);
    expect((await verifyBalances(db)).ok).toBe(true);
  });

  it('moves a cached balance only with postings, and opens accounts at zero', async () => {
    expect(
      pgErrorCode(
        await fails(db.query('UPDATE ledger_accounts SET balance_cents = 0 WHERE id = $1', [budget.id])),
      ),
    ).toBe(PG.raiseException);
    expect(
      pgErrorCode(
        await fails(
          db.query(`UPDATE ledger_accounts SET debits_must_not_exceed_credits = false WHERE id = $1`, [
            budget.id,
          ]),
        ),
      ),
    ).toBe(PG.raiseException);
    expect(pgErrorCode(await fails(db.query('DELETE FROM ledger_accounts WHERE id = $1', [bank.id])))).toBe(
      PG.raiseException,
    );
    const opened = await fails(
      db.query(
        `INSERT INTO ledger_accounts (entity_id, code, kind, currency, balance_cents) VALUES ('X', 'rich', 'suspense', 'EUR', 1000)`,
      ),
    );
    expect(pgErrorCode(opened)).toBe(PG.raiseException);
    await db.query(`UPDATE ledger_accounts SET name = 'Main bank account' WHERE id = $1`, [bank.id]);
  });

  it('refuses an overdraft written around the application, and honours an advance down to its limit', async () => {
    const { rows } = await db.query<{ balance_cents: number }>(
      'SELECT balance_cents FROM ledger_accounts WHERE id = $1',
      [budget.id],
    );
    const available = -rows[0]!.balance_cents;
    const over = await fails(
      db.transaction((tx) =>
        rawEntry(tx, [
          [budget.id, available + 1],
          [bank.id, -(available + 1)],
        ]),
      ),
    );
    expect(over).toMatchObject({ code: PG.checkViolation, constraint: 'ledger_accounts_flags' });

    const advance = await db.query<{ id: string }>(
      `INSERT INTO ledger_advances (entity_id, account_id, limit_cents, reason, granted_by, valid_from, valid_until)
       VALUES ('X', $1, 300, 'test', $2, ledger_today(), ledger_today() + 1) RETURNING id`,
      [budget.id, userId],
    );
    await db.transaction((tx) =>
      rawEntry(tx, [
        [budget.id, available + 300],
        [bank.id, -(available + 300)],
      ]),
    );
    expect(
      (
        await fails(
          db.transaction((tx) =>
            rawEntry(tx, [
              [budget.id, 1],
              [bank.id, -1],
            ]),
          ),
        )
      ).constraint,
    ).toBe('ledger_accounts_flags');
    // Money still comes in while overdrawn.
    await db.transaction((tx) =>
      rawEntry(tx, [
        [bank.id, 100],
        [budget.id, -100],
      ]),
    );

    // Advances: only on accounts that may not be overdrawn; revoked once, never edited or deleted.
    const onBank = await fails(
      db.query(
        `INSERT INTO ledger_advances (entity_id, account_id, limit_cents, reason, granted_by, valid_from, valid_until) VALUES ('X', $1, 1, 'x', $2, ledger_today(), ledger_today())`,
        [bank.id, userId],
      ),
    );
    expect(onBank.constraint).toBe('ledger_advances_flagged_account');
    const id = advance.rows[0]!.id;
    expect(
      pgErrorCode(
        await fails(db.query('UPDATE ledger_advances SET limit_cents = 1000000 WHERE id = $1', [id])),
      ),
    ).toBe(PG.raiseException);
    await db.query('UPDATE ledger_advances SET revoked_at = now(), revoked_by = $2 WHERE id = $1', [
      id,
      userId,
    ]);
    expect(
      pgErrorCode(await fails(db.query('UPDATE ledger_advances SET revoked_at = now() WHERE id = $1', [id]))),
    ).toBe(PG.raiseException);
    expect(pgErrorCode(await fails(db.query('DELETE FROM ledger_advances WHERE id = $1', [id])))).toBe(
      PG.raiseException,
    );
    expect((await verifyBalances(db)).ok).toBe(true);
  });

  it('keeps entry numbers gap-free and postings in the entry’s entity and account currency', async () => {
    const { rows } = await db.query<{ last: number }>(
      `SELECT max(number)::int AS last FROM journal_entries WHERE entity_id = 'X'`,
    );
    const gap = await fails(
      db.transaction((tx) =>
        rawEntry(
          tx,
          [
            [bank.id, 1],
            [budget.id, -1],
          ],
          { number: rows[0]!.last + 2 },
        ),
      ),
    );
    expect(gap.constraint).toBe('journal_entries_gap_free');
    const otherEntity = await fails(
      db.transaction((tx) =>
        rawEntry(tx, [
          [foreign.id, 1],
          [bank.id, -1],
        ]),
      ),
    );
    expect(pgErrorCode(otherEntity)).toBe(PG.foreignKeyViolation);
    const sek = await db.transaction((tx) =>
      openAccount(tx, { entityId: 'X', kind: 'bank', owner: { type: 'bank', id: 'sek' }, currency: 'SEK' }),
    );
    const wrongCurrency = await fails(
      db.transaction((tx) =>
        rawEntry(tx, [
          [sek.id, 1, 'EUR'],
          [bank.id, -1],
        ]),
      ),
    );
    expect(pgErrorCode(wrongCurrency)).toBe(PG.foreignKeyViolation);
    // Two currencies in one entry, each balanced: fine.
    const fx = await db.transaction((tx) =>
      openAccount(tx, { entityId: 'X', kind: 'suspense', code: 'fx-sek', currency: 'SEK' }),
    );
    await db.transaction((tx) =>
      rawEntry(tx, [
        [bank.id, 1000],
        [budget.id, -1000],
        [sek.id, 11_000, 'SEK'],
        [fx.id, -11_000, 'SEK'],
      ]),
    );
    const check = await verifyBalances(db);
    expect(check.ok).toBe(true);
    expect(check.totals.filter((x) => x.entityId === 'X').map((x) => x.currency)).toEqual(['EUR', 'SEK']);
  });

  it('lets a reversal only negate its original, once', async () => {
    const { entry } = await db.transaction((tx) =>
      postEntry(tx, {
        entityId: 'X',
        date: '2026-03-01',
        description: 'To undo',
        idempotencyKey: 'to-undo-1',
        postings: [
          { accountId: bank.id, amountCents: 700 },
          { accountId: budget.id, amountCents: -700 },
        ],
      }),
    );
    const wrong = await fails(
      db.transaction((tx) =>
        rawEntry(
          tx,
          [
            [bank.id, -600],
            [budget.id, 600],
          ],
          { reverses: entry.id, date: '2026-03-02' },
        ),
      ),
    );
    expect(wrong.constraint).toBe('journal_entries_reversal');
    const early = await fails(
      db.transaction((tx) =>
        rawEntry(
          tx,
          [
            [bank.id, -700],
            [budget.id, 700],
          ],
          { reverses: entry.id, date: '2026-02-28' },
        ),
      ),
    );
    expect(early.constraint).toBe('journal_entries_reversal');
    await db.transaction((tx) =>
      rawEntry(
        tx,
        [
          [bank.id, -700],
          [budget.id, 700],
        ],
        { reverses: entry.id, date: '2026-03-02' },
      ),
    );
    const twice = await fails(
      db.transaction((tx) =>
        rawEntry(
          tx,
          [
            [bank.id, -700],
            [budget.id, 700],
          ],
          { reverses: entry.id, date: '2026-03-02' },
        ),
      ),
    );
    expect(twice).toMatchObject({ code: PG.uniqueViolation, constraint: 'journal_entries_reversed_once' });
    expect((await verifyBalances(db)).ok).toBe(true);
  });
});
