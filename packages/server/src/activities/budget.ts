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
 * One statement for any number of Activities at once (the adviser's portfolio). Every sale line mirrors
 * the posting its entry made on the budget account (the invoice credits it with the line's credit, a
 * credit note or a write-off debits it), so the other money in and the money spent are the account's
 * credits and debits less the sales' own: the account's postings are summed from its index alone.
 */
export async function budgetFigures(
  db: Queryable,
  activityIds: string[],
  today: string,
): Promise<Map<string, BudgetFigures>> {
  const figures = new Map<string, BudgetFigures>();
  if (activityIds.length === 0) return figures;
  const { rows } = await db.query<{
    activity_id: string;
    invoiced: number;
    fee: number;
    received: number;
    other_in: number;
    spent: number;
    advance: number;
    salaries: number;
    expenses: number;
    purchases: number;
    instalments: number;
  }>(BUDGET_FIGURES_SQL, [activityIds, today]);
  for (const row of rows) {
    figures.set(row.activity_id, {
      invoicedExclVatCents: Number(row.invoiced),
      feeCents: Number(row.fee),
      receivedCents: Number(row.received),
      otherInCents: Number(row.other_in),
      spentCents: Number(row.spent),
      committed: {
        salariesCents: Number(row.salaries),
        expensesCents: Number(row.expenses),
        purchasesCents: Number(row.purchases),
        loanInstalmentsCents: Number(row.instalments),
      },
      advanceLimitCents: Number(row.advance),
    });
  }
  return figures;
}

const BUDGET_FIGURES_SQL = `
  WITH ids AS (SELECT unnest($1::uuid[]) AS id),
  per_invoice AS (
    SELECT activity_id, invoice_id, sum(amount_excl_vat_cents) AS amount, sum(fee_cents) AS fee,
           sum(credit_cents) AS credit,
           sum(credit_cents) FILTER (WHERE credit_cents > 0) AS credited_in,
           sum(-credit_cents) FILTER (WHERE credit_cents < 0) AS taken_back
      FROM activity_sales WHERE activity_id = ANY($1::uuid[]) GROUP BY activity_id, invoice_id),
  open_invoices AS (
    SELECT id, paid_cents, total_incl_vat_cents - credited_cents - written_off_cents AS owed FROM invoices
     WHERE activity_id = ANY($1::uuid[]) AND kind = 'invoice' AND status IN ('issued', 'partially_paid')),
  sales AS (
    SELECT s.activity_id, sum(s.amount) AS invoiced, sum(s.fee) AS fee,
           COALESCE(sum(s.credited_in), 0) AS credited_in, COALESCE(sum(s.taken_back), 0) AS taken_back,
           sum(CASE WHEN s.credit <= 0 THEN 0
                    WHEN o.id IS NULL OR o.paid_cents >= o.owed THEN s.credit
                    ELSE s.credit * o.paid_cents / o.owed END) AS received
      FROM per_invoice s LEFT JOIN open_invoices o ON o.id = s.invoice_id GROUP BY s.activity_id),
  ledger AS (
    SELECT a.id AS activity_id, COALESCE(sum(-p.amount_cents) FILTER (WHERE p.amount_cents < 0), 0) AS credits,
           COALESCE(sum(p.amount_cents) FILTER (WHERE p.amount_cents > 0), 0) AS debits,
           COALESCE((SELECT max(v.limit_cents) FROM ledger_advances v
                      WHERE v.account_id = a.budget_account_id AND v.revoked_at IS NULL
                        AND ledger_today() BETWEEN v.valid_from AND v.valid_until), 0) AS advance
      FROM activities a LEFT JOIN postings p ON p.account_id = a.budget_account_id
     WHERE a.id = ANY($1::uuid[]) GROUP BY a.id),
  committed AS (
    SELECT activity_id, sum(employer_cost_cents) AS salaries, 0 AS expenses, 0 AS purchases, 0 AS instalments
      FROM activity_salary_requests WHERE activity_id = ANY($1::uuid[]) AND status = 'submitted' GROUP BY activity_id
    UNION ALL
    SELECT activity_id, 0, sum(budget_cost_cents), 0, 0
      FROM activity_expense_claims WHERE activity_id = ANY($1::uuid[]) AND status = 'submitted' GROUP BY activity_id
    UNION ALL
    SELECT activity_id, 0, 0, sum(budget_cost_cents), 0
      FROM activity_purchases WHERE activity_id = ANY($1::uuid[]) AND status = 'submitted' GROUP BY activity_id
    UNION ALL
    SELECT f.activity_id, 0, 0, 0, sum(i.amount_cents)
      FROM activity_financing_instalments i JOIN activity_financings f ON f.id = i.financing_id
     WHERE f.activity_id = ANY($1::uuid[]) AND f.status = 'granted' AND i.paid_on IS NULL AND i.due_date <= $2
     GROUP BY f.activity_id),
  committed_by_activity AS (
    SELECT activity_id, sum(salaries) AS salaries, sum(expenses) AS expenses, sum(purchases) AS purchases,
           sum(instalments) AS instalments FROM committed GROUP BY activity_id)
  SELECT ids.id AS activity_id,
         COALESCE(s.invoiced, 0)::bigint AS invoiced, COALESCE(s.fee, 0)::bigint AS fee,
         COALESCE(s.received, 0)::bigint AS received,
         (COALESCE(l.credits, 0) - COALESCE(s.credited_in, 0))::bigint AS other_in,
         (COALESCE(l.debits, 0) - COALESCE(s.taken_back, 0))::bigint AS spent,
         COALESCE(l.advance, 0)::bigint AS advance,
         COALESCE(c.salaries, 0)::bigint AS salaries, COALESCE(c.expenses, 0)::bigint AS expenses,
         COALESCE(c.purchases, 0)::bigint AS purchases, COALESCE(c.instalments, 0)::bigint AS instalments
    FROM ids LEFT JOIN sales s ON s.activity_id = ids.id LEFT JOIN ledger l ON l.activity_id = ids.id
    LEFT JOIN committed_by_activity c ON c.activity_id = ids.id`;

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
    `WITH sales AS (
       SELECT to_char(sale_date, 'YYYY-MM') AS month, sum(credit_cents) AS income,
              COALESCE(sum(-credit_cents) FILTER (WHERE credit_cents < 0), 0) AS taken_back
         FROM activity_sales WHERE activity_id = $1 AND sale_date >= $2 GROUP BY 1),
     debits AS (
       SELECT to_char(e.entry_date, 'YYYY-MM') AS month, sum(p.amount_cents) AS amount
         FROM activities a JOIN postings p ON p.account_id = a.budget_account_id
         JOIN journal_entries e ON e.id = p.entry_id
        WHERE a.id = $1 AND p.amount_cents > 0 AND e.entry_date >= $2 GROUP BY 1)
     -- What the sales took back (credit notes, write-offs) is income lost, not spending.
     SELECT COALESCE(s.month, d.month) AS month, COALESCE(s.income, 0)::bigint AS income,
            (COALESCE(d.amount, 0) - COALESCE(s.taken_back, 0))::bigint AS spending
       FROM sales s FULL JOIN debits d ON d.month = s.month`,
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
