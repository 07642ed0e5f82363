import type { Queryable } from '@partage/db';

export interface BudgetHistoryCheck {
  /** Budget accounts of the entity's Activities. */
  accounts: number;
  /** Budget accounts whose balance, replayed entry by entry in number order, ever went below zero. */
  overdrawnAtSomePoint: number;
  /** The lowest natural (credit) balance any budget had after any entry, in cents. */
  lowestBalanceCents: number;
  seconds: number;
}

/**
 * The budgets never went below zero: every Activity budget account's postings summed in entry-number
 * order (the order they were written in), the natural balance (credit-positive) after each entry.
 */
export async function checkBudgetHistory(db: Queryable, entityId: string): Promise<BudgetHistoryCheck> {
  const started = performance.now();
  const { rows } = await db.query<{ accounts: number; overdrawn: number; lowest: number }>(
    `SELECT count(DISTINCT account_id)::int AS accounts,
            count(DISTINCT account_id) FILTER (WHERE natural_balance < 0)::int AS overdrawn,
            COALESCE(min(natural_balance), 0)::bigint AS lowest
       FROM (
         SELECT p.account_id,
                -sum(p.amount_cents) OVER (PARTITION BY p.account_id ORDER BY e.number, p.line_no) AS natural_balance
           FROM ledger_accounts a JOIN postings p ON p.account_id = a.id JOIN journal_entries e ON e.id = p.entry_id
          WHERE a.entity_id = $1 AND a.kind = 'activity_budget'
       ) r`,
    [entityId],
  );
  return {
    accounts: rows[0]!.accounts,
    overdrawnAtSomePoint: rows[0]!.overdrawn,
    lowestBalanceCents: Number(rows[0]!.lowest),
    seconds: Math.round(performance.now() - started) / 1000,
  };
}

/** The budget part of the dashboard's answer (`GET /api/v1/activities/:id`). */
export interface DashboardBudget {
  availableCents: number;
  issuedNotPaidCents: number;
  receivedCents: number;
  creditedCents: number;
  spentCents: number;
  otherInCents: number;
  committedCents: number;
  freeCents: number;
}

export interface Dashboard {
  activity: { id: string; reference: string };
  budget: DashboardBudget;
  lists: Record<string, { total: number; items: unknown[] }>;
  alerts: Array<{ code: string }>;
  months: Array<{ month: string; incomeCents: number; spendingCents: number }>;
  participants: unknown[];
}

export interface BudgetIdentity {
  activityId: string;
  /** `availableCents + issuedNotPaidCents` of the dashboard. */
  dashboardCents: number;
  /** The natural balance of the budget account (−`balance_cents`, which `verifyBalances` checks). */
  ledgerCents: number;
  ok: boolean;
}

/** The dashboard's budget against the ledger: available + issued-not-paid = the budget account's balance. */
export async function checkBudgetIdentity(db: Queryable, dashboard: Dashboard): Promise<BudgetIdentity> {
  const { rows } = await db.query<{ balance: number }>(
    `SELECT -l.balance_cents AS balance FROM activities a JOIN ledger_accounts l ON l.id = a.budget_account_id
      WHERE a.id = $1`,
    [dashboard.activity.id],
  );
  const dashboardCents = dashboard.budget.availableCents + dashboard.budget.issuedNotPaidCents;
  const ledgerCents = Number(rows[0]!.balance);
  return {
    activityId: dashboard.activity.id,
    dashboardCents,
    ledgerCents,
    ok: dashboardCents === ledgerCents,
  };
}
