import type { Queryable } from '@partage/db';
import { verifyBalances } from '@partage/server';

export interface NumberingCheck {
  /** Per year: invoices, lowest and highest sequence, numbers used twice. */
  years: Array<{ year: number; invoices: number; first: number; last: number; duplicates: number }>;
  /** Years whose numbers are not exactly 1..n. */
  gaps: number;
  duplicates: number;
}

/** Invoice numbers of an entity: 1..n per year, no gap and no duplicate. */
export async function checkInvoiceNumbers(db: Queryable, entityId: string): Promise<NumberingCheck> {
  const { rows } = await db.query<{
    year: number;
    invoices: number;
    first: number;
    last: number;
    distinct_numbers: number;
  }>(
    `SELECT year, count(*)::int AS invoices, min(sequence)::int AS first, max(sequence)::int AS last,
            count(DISTINCT sequence)::int AS distinct_numbers
       FROM invoices WHERE entity_id = $1 AND kind = 'invoice' GROUP BY year ORDER BY year`,
    [entityId],
  );
  const years = rows.map((r) => ({
    year: r.year,
    invoices: r.invoices,
    first: r.first,
    last: r.last,
    duplicates: r.invoices - r.distinct_numbers,
  }));
  return {
    years,
    gaps: years.filter((y) => y.first !== 1 || y.last !== y.invoices - y.duplicates).length,
    duplicates: years.reduce((sum, y) => sum + y.duplicates, 0),
  };
}

export interface LedgerCheck {
  entries: number;
  /** Entry numbers not exactly 1..n. */
  numberGaps: boolean;
  /** From the server's `verifyBalances`: cached balances that differ from the postings, unbalanced entries... */
  problems: Record<string, number>;
  seconds: number;
}

/** The ledger of an entity: gap-free entry numbers and the server's own balance check. */
export async function checkLedger(db: Queryable, entityId: string): Promise<LedgerCheck> {
  const started = performance.now();
  const { rows } = await db.query<{ n: number; last: number }>(
    `SELECT count(*)::int AS n, COALESCE(max(number), 0)::int AS last FROM journal_entries WHERE entity_id = $1`,
    [entityId],
  );
  const check = await verifyBalances(db, entityId);
  const problems: Record<string, number> = {};
  for (const [name, value] of Object.entries(check)) {
    if (!Array.isArray(value)) continue;
    // `totals` lists every entity and currency; only a non-zero sum is a problem (I5).
    problems[name] =
      name === 'totals'
        ? (value as Array<{ totalCents: number }>).filter((t) => Number(t.totalCents) !== 0).length
        : value.length;
  }
  return {
    entries: rows[0]!.n,
    numberGaps: rows[0]!.n !== rows[0]!.last,
    problems,
    seconds: Math.round(performance.now() - started) / 1000,
  };
}
