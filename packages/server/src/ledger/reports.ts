import type { Queryable } from '@partage/db';
import { DomainError, centsToDecimal, debitCredit, naturalBalance, type AccountKind } from '@partage/domain';
import { loadAccount, type LedgerAccount } from './accounts.ts';
import { loadEntries, type EntryView } from './post-entry.ts';

/**
 * What the ledger tells: balances at a date, account statements, the trial balance, the journal for the
 * accountants, and the check that cached balances equal the postings. Everything is derived from the
 * postings (the cache is never read here, except by `verifyBalances` to compare it).
 */

function checkPeriod(from: string, to: string): void {
  if (from > to) throw DomainError.field('from', 'ledger.period.invalid');
}

export interface BalanceAt {
  account: LedgerAccount;
  /** Inclusive: every entry dated on or before it. */
  at: string;
  debitsCents: number;
  creditsCents: number;
  /** Debit-positive. */
  balanceCents: number;
  naturalBalanceCents: number;
}

/** The balance of an account at the end of a day, from its postings. */
export async function balanceAt(db: Queryable, accountId: string, at: string): Promise<BalanceAt> {
  const account = await loadAccount(db, accountId);
  const { rows } = await db.query<{ debits: number; credits: number; balance: number }>(
    `SELECT COALESCE(sum(p.amount_cents) FILTER (WHERE p.amount_cents > 0), 0)::bigint AS debits,
            COALESCE(-sum(p.amount_cents) FILTER (WHERE p.amount_cents < 0), 0)::bigint AS credits,
            COALESCE(sum(p.amount_cents), 0)::bigint AS balance
       FROM postings p JOIN journal_entries e ON e.id = p.entry_id
      WHERE p.account_id = $1 AND e.entry_date <= $2`,
    [accountId, at],
  );
  const r = rows[0]!;
  return {
    account,
    at,
    debitsCents: r.debits,
    creditsCents: r.credits,
    balanceCents: r.balance,
    naturalBalanceCents: naturalBalance(account.kind, r.balance),
  };
}

export interface StatementLine {
  entryId: string;
  number: number;
  date: string;
  description: string;
  reference: string | null;
  lineNo: number;
  amountCents: number;
  debitCents: number;
  creditCents: number;
  /** Debit-positive balance after this line. */
  balanceCents: number;
}

export interface Statement {
  account: LedgerAccount;
  from: string;
  to: string;
  openingBalanceCents: number;
  debitsCents: number;
  creditsCents: number;
  closingBalanceCents: number;
  lines: StatementLine[];
  /** More lines than `limit` in the period: the totals and closing balance still count them all. */
  truncated: boolean;
}

/** Postings of an account between two dates (inclusive), in journal order, with the running balance. */
export async function statement(
  db: Queryable,
  accountId: string,
  from: string,
  to: string,
  limit = 5000,
): Promise<Statement> {
  checkPeriod(from, to);
  const account = await loadAccount(db, accountId);
  const opening = (await balanceAt(db, accountId, previousDay(from))).balanceCents;
  const { rows: totals } = await db.query<{ debits: number; credits: number; n: number }>(
    `SELECT COALESCE(sum(p.amount_cents) FILTER (WHERE p.amount_cents > 0), 0)::bigint AS debits,
            COALESCE(-sum(p.amount_cents) FILTER (WHERE p.amount_cents < 0), 0)::bigint AS credits, count(*)::int AS n
       FROM postings p JOIN journal_entries e ON e.id = p.entry_id
      WHERE p.account_id = $1 AND e.entry_date BETWEEN $2 AND $3`,
    [accountId, from, to],
  );
  const { rows } = await db.query<{
    id: string;
    number: number;
    entry_date: string;
    description: string;
    reference: string | null;
    line_no: number;
    amount_cents: number;
    running: number;
  }>(
    `SELECT e.id, e.number, e.entry_date, e.description, e.reference, p.line_no, p.amount_cents,
            (sum(p.amount_cents) OVER (ORDER BY e.entry_date, e.number, p.line_no ROWS UNBOUNDED PRECEDING))::bigint AS running
       FROM postings p JOIN journal_entries e ON e.id = p.entry_id
      WHERE p.account_id = $1 AND e.entry_date BETWEEN $2 AND $3
      ORDER BY e.entry_date, e.number, p.line_no LIMIT $4`,
    [accountId, from, to, limit],
  );
  const t = totals[0]!;
  return {
    account,
    from,
    to,
    openingBalanceCents: opening,
    debitsCents: t.debits,
    creditsCents: t.credits,
    closingBalanceCents: opening + t.debits - t.credits,
    truncated: t.n > rows.length,
    lines: rows.map((r) => ({
      entryId: r.id,
      number: r.number,
      date: r.entry_date,
      description: r.description,
      reference: r.reference,
      lineNo: r.line_no,
      amountCents: r.amount_cents,
      ...debitCredit(r.amount_cents),
      balanceCents: opening + r.running,
    })),
  };
}

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface TrialBalanceLine {
  accountId: string;
  code: string;
  kind: AccountKind;
  currency: string;
  debitsCents: number;
  creditsCents: number;
  balanceCents: number;
}

export interface TrialBalance {
  entityId: string;
  at: string;
  accounts: TrialBalanceLine[];
  /** Per currency: debits = credits and the balances sum to zero (I3, I5). */
  totals: Array<{ currency: string; debitsCents: number; creditsCents: number; balanceCents: number }>;
}

/** Every account of the entity with its debits, credits and balance at a date, and the totals. */
export async function trialBalance(db: Queryable, entityId: string, at: string): Promise<TrialBalance> {
  const { rows } = await db.query<{
    id: string;
    code: string;
    kind: AccountKind;
    currency: string;
    debits: number;
    credits: number;
    balance: number;
  }>(
    `SELECT a.id, a.code, a.kind, a.currency,
            COALESCE(sum(m.amount_cents) FILTER (WHERE m.amount_cents > 0), 0)::bigint AS debits,
            COALESCE(-sum(m.amount_cents) FILTER (WHERE m.amount_cents < 0), 0)::bigint AS credits,
            COALESCE(sum(m.amount_cents), 0)::bigint AS balance
       FROM ledger_accounts a
       LEFT JOIN (SELECT p.account_id, p.amount_cents FROM postings p JOIN journal_entries e ON e.id = p.entry_id
                   WHERE e.entity_id = $1 AND e.entry_date <= $2) m ON m.account_id = a.id
      WHERE a.entity_id = $1
      GROUP BY a.id, a.code, a.kind, a.currency
      ORDER BY a.currency, a.code`,
    [entityId, at],
  );
  const totals = new Map<
    string,
    { currency: string; debitsCents: number; creditsCents: number; balanceCents: number }
  >();
  for (const r of rows) {
    const t = totals.get(r.currency) ?? {
      currency: r.currency,
      debitsCents: 0,
      creditsCents: 0,
      balanceCents: 0,
    };
    t.debitsCents += r.debits;
    t.creditsCents += r.credits;
    t.balanceCents += r.balance;
    totals.set(r.currency, t);
  }
  return {
    entityId,
    at,
    accounts: rows.map((r) => ({
      accountId: r.id,
      code: r.code,
      kind: r.kind,
      currency: r.currency,
      debitsCents: r.debits,
      creditsCents: r.credits,
      balanceCents: r.balance,
    })),
    totals: [...totals.values()],
  };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas. Amounts never
  // start with '-' here (debit and credit are separate, positive columns).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  // The separator is ';': a decimal comma needs no quotes.
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const JOURNAL_CSV_HEADER = [
  'entry_number',
  'date',
  'entity',
  'account_code',
  'account_kind',
  'debit',
  'credit',
  'currency',
  'reference',
  'description',
];

/**
 * The journal for the accountants: one line per posting, in entry-number order, `;`-separated with a
 * byte-order mark (what Excel in Belgium opens directly). Amounts are positive decimals in the debit or
 * credit column, with a decimal comma by default (`decimal: 'point'` for tools that want one).
 */
export async function journalCsv(
  db: Queryable,
  entityId: string,
  options: { from?: string; to?: string; decimal?: 'comma' | 'point' } = {},
): Promise<{ csv: string; lines: number }> {
  if (options.from && options.to) checkPeriod(options.from, options.to);
  const separator = options.decimal === 'point' ? '.' : ',';
  const { rows } = await db.query<{
    number: number;
    entry_date: string;
    entity_id: string;
    code: string;
    kind: string;
    amount_cents: number;
    currency: string;
    reference: string | null;
    description: string;
  }>(
    `SELECT e.number, e.entry_date, e.entity_id, a.code, a.kind, p.amount_cents, p.currency, e.reference, e.description
       FROM journal_entries e JOIN postings p ON p.entry_id = e.id JOIN ledger_accounts a ON a.id = p.account_id
      WHERE e.entity_id = $1 AND ($2::date IS NULL OR e.entry_date >= $2) AND ($3::date IS NULL OR e.entry_date <= $3)
      ORDER BY e.number, p.line_no`,
    [entityId, options.from ?? null, options.to ?? null],
  );
  const money = (cents: number) => (cents === 0 ? '' : centsToDecimal(cents, separator));
  const lines = rows.map((r) => {
    const { debitCents, creditCents } = debitCredit(r.amount_cents);
    return [
      r.number,
      r.entry_date,
      r.entity_id,
      r.code,
      r.kind,
      money(debitCents),
      money(creditCents),
      r.currency,
      r.reference,
      r.description,
    ]
      .map(csvCell)
      .join(';');
  });
  return {
    csv: '\uFEFF' + [JOURNAL_CSV_HEADER.join(';'), ...lines].join('\r\n') + '\r\n',
    lines: rows.length,
  };
}

export interface BalanceCheck {
  ok: boolean;
  accounts: number;
  entries: number;
  /** Cached balance ≠ sum of postings (I6). */
  mismatches: Array<{
    accountId: string;
    entityId: string;
    code: string;
    cachedCents: number;
    postedCents: number;
  }>;
  /** Entries whose postings do not sum to zero in a currency (I3). */
  unbalancedEntries: Array<{
    entryId: string;
    entityId: string;
    number: number;
    currency: string;
    totalCents: number;
  }>;
  /** Entries whose postings are not exactly their declared lines (I2, I8). */
  incompleteEntries: Array<{
    entryId: string;
    entityId: string;
    number: number;
    declared: number;
    found: number;
  }>;
  /** Per entity and currency, the sum of all balances: zero (I5). */
  totals: Array<{ entityId: string; currency: string; totalCents: number }>;
  /** Entity whose entry numbers are not exactly 1..n (I10). */
  numberGaps: Array<{ entityId: string; entries: number; lastNumber: number }>;
}

/**
 * Compares the cached balances with the postings and re-checks the ledger's invariants over the data
 * (one entity, or all). Read-only; meant for tests, for operators, and for a periodic job.
 */
export async function verifyBalances(db: Queryable, entityId?: string): Promise<BalanceCheck> {
  const entity = entityId ?? null;
  const { rows: mismatches } = await db.query<{
    id: string;
    entity_id: string;
    code: string;
    cached: number;
    posted: number;
  }>(
    `SELECT a.id, a.entity_id, a.code, a.balance_cents AS cached, COALESCE(s.posted, 0)::bigint AS posted
       FROM ledger_accounts a
       LEFT JOIN (SELECT account_id, sum(amount_cents) AS posted FROM postings GROUP BY account_id) s ON s.account_id = a.id
      WHERE ($1::text IS NULL OR a.entity_id = $1) AND a.balance_cents <> COALESCE(s.posted, 0)
      ORDER BY a.entity_id, a.code`,
    [entity],
  );
  const { rows: unbalanced } = await db.query<{
    id: string;
    entity_id: string;
    number: number;
    currency: string;
    total: number;
  }>(
    `SELECT e.id, e.entity_id, e.number, p.currency, sum(p.amount_cents)::bigint AS total
       FROM journal_entries e JOIN postings p ON p.entry_id = e.id
      WHERE ($1::text IS NULL OR e.entity_id = $1)
      GROUP BY e.id, e.entity_id, e.number, p.currency HAVING sum(p.amount_cents) <> 0
      ORDER BY e.entity_id, e.number`,
    [entity],
  );
  const { rows: incomplete } = await db.query<{
    id: string;
    entity_id: string;
    number: number;
    declared: number;
    found: number;
  }>(
    `SELECT e.id, e.entity_id, e.number, e.posting_count AS declared, count(p.line_no)::int AS found
       FROM journal_entries e LEFT JOIN postings p ON p.entry_id = e.id
      WHERE ($1::text IS NULL OR e.entity_id = $1)
      GROUP BY e.id, e.entity_id, e.number, e.posting_count
     HAVING count(p.line_no) <> e.posting_count OR COALESCE(max(p.line_no), 0) <> e.posting_count
      ORDER BY e.entity_id, e.number`,
    [entity],
  );
  const { rows: totals } = await db.query<{ entity_id: string; currency: string; total: number }>(
    `SELECT entity_id, currency, sum(balance_cents)::bigint AS total FROM ledger_accounts
      WHERE ($1::text IS NULL OR entity_id = $1) GROUP BY entity_id, currency ORDER BY entity_id, currency`,
    [entity],
  );
  const { rows: numbering } = await db.query<{ entity_id: string; entries: number; last: number }>(
    `SELECT entity_id, count(*)::int AS entries, max(number)::bigint AS last FROM journal_entries
      WHERE ($1::text IS NULL OR entity_id = $1) GROUP BY entity_id ORDER BY entity_id`,
    [entity],
  );
  const { rows: counts } = await db.query<{ accounts: number; entries: number }>(
    `SELECT (SELECT count(*)::int FROM ledger_accounts WHERE $1::text IS NULL OR entity_id = $1) AS accounts,
            (SELECT count(*)::int FROM journal_entries WHERE $1::text IS NULL OR entity_id = $1) AS entries`,
    [entity],
  );
  const gaps = numbering.filter((n) => n.entries !== n.last);
  const result: BalanceCheck = {
    ok: false,
    accounts: counts[0]!.accounts,
    entries: counts[0]!.entries,
    mismatches: mismatches.map((m) => ({
      accountId: m.id,
      entityId: m.entity_id,
      code: m.code,
      cachedCents: m.cached,
      postedCents: m.posted,
    })),
    unbalancedEntries: unbalanced.map((u) => ({
      entryId: u.id,
      entityId: u.entity_id,
      number: u.number,
      currency: u.currency,
      totalCents: u.total,
    })),
    incompleteEntries: incomplete.map((i) => ({
      entryId: i.id,
      entityId: i.entity_id,
      number: i.number,
      declared: i.declared,
      found: i.found,
    })),
    totals: totals.map((t) => ({ entityId: t.entity_id, currency: t.currency, totalCents: t.total })),
    numberGaps: gaps.map((g) => ({ entityId: g.entity_id, entries: g.entries, lastNumber: g.last })),
  };
  result.ok =
    result.mismatches.length === 0 &&
    result.unbalancedEntries.length === 0 &&
    result.incompleteEntries.length === 0 &&
    result.numberGaps.length === 0 &&
    result.totals.every((t) => t.totalCents === 0);
  return result;
}

/** A page of journal entries (newest first) with their postings, optionally those touching one account. */
export async function listEntries(
  db: Queryable,
  q: { entityId: string; from?: string; to?: string; accountId?: string; limit: number; offset: number },
): Promise<{ total: number; items: EntryView[] }> {
  if (q.from && q.to) checkPeriod(q.from, q.to);
  const where = `e.entity_id = $1 AND ($2::date IS NULL OR e.entry_date >= $2) AND ($3::date IS NULL OR e.entry_date <= $3)
    AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM postings x WHERE x.entry_id = e.id AND x.account_id = $4))`;
  const params = [q.entityId, q.from ?? null, q.to ?? null, q.accountId ?? null];
  const { rows: count } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM journal_entries e WHERE ${where}`,
    params,
  );
  const { rows: page } = await db.query<{ id: string }>(
    `SELECT e.id FROM journal_entries e WHERE ${where} ORDER BY e.number DESC LIMIT $5 OFFSET $6`,
    [...params, q.limit, q.offset],
  );
  return {
    total: count[0]!.n,
    items: await loadEntries(
      db,
      page.map((r) => r.id),
    ),
  };
}
