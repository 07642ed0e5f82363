import type { Queryable } from '@partage/db';
import { budgetView, type BudgetFigures, type BudgetMovement, type BudgetView } from '@partage/domain';

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
export async function budgetFigures(
  db: Queryable,
  activityIds: string[],
  today: string,
): Promise<Map<string, BudgetFigures>> {
  const figures = new Map<string, BudgetFigures>();
  if (activityIds.length === 0) return figures;
  for (const id of activityIds) {
    figures.set(id, {
      invoicedExclVatCents: 0,
      feeCents: 0,
      receivedCents: 0,
      otherInCents: 0,
      spentCents: 0,
      committed: { salariesCents: 0, expensesCents: 0, purchasesCents: 0, loanInstalmentsCents: 0 },
      advanceLimitCents: 0,
    });
  }
  const ids = [activityIds];
  const [sales, received, ledger, committed] = await Promise.all([
    db.query<{ activity_id: string; invoiced: number; fee: number }>(
      `SELECT activity_id, sum(amount_excl_vat_cents)::bigint AS invoiced, sum(fee_cents)::bigint AS fee
         FROM activity_sales WHERE activity_id = ANY($1::uuid[]) GROUP BY activity_id`,
      ids,
    ),
    db.query<{ activity_id: string; received: number }>(
      `WITH s AS (
         SELECT activity_id, invoice_id, sum(credit_cents) AS credit FROM activity_sales
          WHERE activity_id = ANY($1::uuid[]) GROUP BY activity_id, invoice_id)
       SELECT s.activity_id, sum(CASE
           WHEN s.credit <= 0 THEN 0
           WHEN i.paid_cents >= i.total_incl_vat_cents - i.credited_cents - i.written_off_cents THEN s.credit
           ELSE s.credit * i.paid_cents / (i.total_incl_vat_cents - i.credited_cents - i.written_off_cents)
         END)::bigint AS received
         FROM s JOIN invoices i ON i.id = s.invoice_id GROUP BY s.activity_id`,
      ids,
    ),
    db.query<{ activity_id: string; other_in: number; spent: number; advance: number }>(
      `SELECT a.id AS activity_id,
              COALESCE(sum(-p.amount_cents) FILTER (WHERE p.amount_cents < 0), 0)::bigint AS other_in,
              COALESCE(sum(p.amount_cents) FILTER (WHERE p.amount_cents > 0), 0)::bigint AS spent,
              COALESCE((SELECT max(v.limit_cents) FROM ledger_advances v
                         WHERE v.account_id = a.budget_account_id AND v.revoked_at IS NULL
                           AND ledger_today() BETWEEN v.valid_from AND v.valid_until), 0)::bigint AS advance
         FROM activities a
         LEFT JOIN postings p ON p.account_id = a.budget_account_id
          AND NOT EXISTS (SELECT 1 FROM activity_sales s WHERE s.journal_entry_id = p.entry_id)
        WHERE a.id = ANY($1::uuid[]) GROUP BY a.id`,
      ids,
    ),
    db.query<{ activity_id: string; kind: string; amount: number }>(
      `SELECT activity_id, 'salaries' AS kind, sum(employer_cost_cents)::bigint AS amount
         FROM activity_salary_requests WHERE activity_id = ANY($1::uuid[]) AND status = 'submitted' GROUP BY activity_id
       UNION ALL
       SELECT activity_id, 'expenses', sum(budget_cost_cents)::bigint
         FROM activity_expense_claims WHERE activity_id = ANY($1::uuid[]) AND status = 'submitted' GROUP BY activity_id
       UNION ALL
       SELECT activity_id, 'purchases', sum(budget_cost_cents)::bigint
         FROM activity_purchases WHERE activity_id = ANY($1::uuid[]) AND status = 'submitted' GROUP BY activity_id
       UNION ALL
       SELECT f.activity_id, 'loanInstalments', sum(i.amount_cents)::bigint
         FROM activity_financing_instalments i JOIN activity_financings f ON f.id = i.financing_id
        WHERE f.activity_id = ANY($1::uuid[]) AND f.status = 'granted' AND i.paid_on IS NULL AND i.due_date <= $2
        GROUP BY f.activity_id`,
      [activityIds, today],
    ),
  ]);
  for (const row of sales.rows) {
    const f = figures.get(row.activity_id)!;
    f.invoicedExclVatCents = Number(row.invoiced);
    f.feeCents = Number(row.fee);
  }
  for (const row of received.rows) figures.get(row.activity_id)!.receivedCents = Number(row.received);
  for (const row of ledger.rows) {
    const f = figures.get(row.activity_id)!;
    f.otherInCents = Number(row.other_in);
    f.spentCents = Number(row.spent);
    f.advanceLimitCents = Number(row.advance);
  }
  for (const row of committed.rows) {
    const f = figures.get(row.activity_id)!;
    const key = `${row.kind}Cents` as keyof BudgetFigures['committed'];
    f.committed[key] = Number(row.amount);
  }
  return figures;
}

/** The budget view of one Activity. */
export async function loadBudget(db: Queryable, activityId: string, today: string): Promise<BudgetView> {
  const figures = await budgetFigures(db, [activityId], today);
  return budgetView(figures.get(activityId)!);
}

export interface MonthFigures {
  /** `YYYY-MM`. */
  month: string;
  /** What the month's invoices brought to the budget (credit notes and write-offs deducted). */
  incomeCents: number;
  /** What left the budget that month (salaries, expenses, purchases, repayments, fees). */
  spendingCents: number;
}

/** Income and spending per month over the last `months` months up to `today` (oldest first). */
export async function monthlyFigures(
  db: Queryable,
  activityId: string,
  today: string,
  months = 12,
): Promise<MonthFigures[]> {
  const start = monthStart(today, -(months - 1));
  const { rows } = await db.query<{ month: string; income: number; spending: number }>(
    `WITH income AS (
       SELECT to_char(sale_date, 'YYYY-MM') AS month, sum(credit_cents)::bigint AS amount FROM activity_sales
        WHERE activity_id = $1 AND sale_date >= $2 GROUP BY 1),
     spending AS (
       SELECT to_char(e.entry_date, 'YYYY-MM') AS month, sum(p.amount_cents)::bigint AS amount
         FROM activities a JOIN postings p ON p.account_id = a.budget_account_id
         JOIN journal_entries e ON e.id = p.entry_id
        WHERE a.id = $1 AND p.amount_cents > 0 AND e.entry_date >= $2
          AND NOT EXISTS (SELECT 1 FROM activity_sales s WHERE s.journal_entry_id = p.entry_id)
        GROUP BY 1)
     SELECT COALESCE(i.month, s.month) AS month, COALESCE(i.amount, 0)::bigint AS income,
            COALESCE(s.amount, 0)::bigint AS spending
       FROM income i FULL JOIN spending s ON s.month = i.month`,
    [activityId, start],
  );
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return Array.from({ length: months }, (_, i) => {
    const month = monthStart(today, i - (months - 1)).slice(0, 7);
    const row = byMonth.get(month);
    return { month, incomeCents: Number(row?.income ?? 0), spendingCents: Number(row?.spending ?? 0) };
  });
}

/** The first day of the month `offset` months from `date`'s month. */
export function monthStart(date: string, offset = 0): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + offset;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Journal entry sources of the Activity tool, and the statement heading each one goes under. */
export const MOVEMENT_OF_SOURCE: Record<string, BudgetMovement['kind']> = {
  'activity.salary': 'salary',
  'activity.cdi': 'salary',
  'activity.expense': 'expense',
  'activity.purchase': 'purchase',
  'activity.investment': 'investment',
  'activity.loan': 'loan_received',
  'activity.loan_fee': 'financing_fee',
  'activity.repayment': 'loan_repayment',
};

/**
 * Every movement of the budget, dated, for the yearly statements: each sale line as its sale and its fee,
 * and each other posting on the budget account under the heading of its source (a reversal under its
 * original's: a cancelled salary lowers the salaries), `adjustment` otherwise.
 * Signed: positive = money in.
 */
export async function budgetMovements(db: Queryable, activityId: string): Promise<BudgetMovement[]> {
  const [sales, postings] = await Promise.all([
    db.query<{ date: string; amount: number; fee: number }>(
      `SELECT sale_date::text AS date, amount_excl_vat_cents AS amount, fee_cents AS fee FROM activity_sales
        WHERE activity_id = $1 ORDER BY sale_date`,
      [activityId],
    ),
    db.query<{ date: string; source: string; amount: number }>(
      `SELECT e.entry_date::text AS date, COALESCE(o.source, e.source) AS source, p.amount_cents AS amount
         FROM activities a JOIN postings p ON p.account_id = a.budget_account_id
         JOIN journal_entries e ON e.id = p.entry_id
         LEFT JOIN journal_entries o ON o.id = e.reverses_entry_id
        WHERE a.id = $1 AND NOT EXISTS (SELECT 1 FROM activity_sales s WHERE s.journal_entry_id = p.entry_id)
        ORDER BY e.entry_date, e.number`,
      [activityId],
    ),
  ]);
  const movements: BudgetMovement[] = [];
  for (const s of sales.rows) {
    if (Number(s.amount) !== 0) movements.push({ date: s.date, kind: 'sale', amountCents: Number(s.amount) });
    if (Number(s.fee) !== 0) movements.push({ date: s.date, kind: 'fee', amountCents: -Number(s.fee) });
  }
  for (const p of postings.rows) {
    // Postings are debit-positive; the budget is credit-normal: money in is a credit.
    movements.push({
      date: p.date,
      kind: MOVEMENT_OF_SOURCE[p.source] ?? 'adjustment',
      amountCents: -Number(p.amount),
    });
  }
  return movements;
}
