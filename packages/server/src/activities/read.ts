import type { Queryable } from '@partage/db';
import {
  DomainError,
  activityAlerts,
  budgetView,
  can,
  effectiveRights,
  isJobFamilyCode,
  jobFamilyByCode,
  translator,
  type ActivityAlert,
  type ActivitySettings,
  type BudgetView,
  type Language,
} from '@partage/domain';
import { budgetFigures, monthlyFigures, monthStart } from './budget.ts';
import { quoteStatusOn } from './quotes.ts';
import { isDecidingStaff, settingsOf, type ActivityActor, type ActivityRow } from './queries.ts';

export const DOCUMENT_TYPES = [
  'quotes',
  'invoices',
  'expense-claims',
  'purchases',
  'salary-requests',
  'cdis',
  'financings',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The step a request waits for (`route[approvals]`), null once decided. */
const WAITING_STEP = (table: string, type: string) => `CASE WHEN ${table}.status = 'submitted'
  THEN ${table}.route[1 + (SELECT count(*) FROM activity_approvals ap WHERE ap.subject_type = '${type}'
       AND ap.subject_id = ${table}.id AND ap.decision = 'approve')::int] END AS waiting_step`;

const LISTS: Record<DocumentType, { count: string; select: string }> = {
  quotes: {
    count: 'SELECT count(*)::int AS n FROM activity_quotes WHERE activity_id = $1',
    select: `SELECT q.id, q.number, q.title, q.status, q.quote_date::text AS date, q.valid_until::text AS valid_until,
                    q.total_excl_vat_cents, q.total_incl_vat_cents, k.name AS client_name, q.client_id,
                    COALESCE((SELECT sum(i.total_excl_vat_cents) FROM invoices i
                               WHERE i.quote_id = q.id AND i.kind = 'invoice' AND i.status <> 'credited'), 0)::bigint
                      AS invoiced_excl_vat_cents
               FROM activity_quotes q JOIN clients k ON k.id = q.client_id
              WHERE q.activity_id = $1 ORDER BY q.created_at DESC, q.number DESC LIMIT $2 OFFSET $3`,
  },
  invoices: {
    count: `SELECT count(*)::int AS n FROM invoices WHERE activity_id = $1`,
    select: `SELECT i.id, i.number, i.kind, i.issue_date::text AS issue_date, i.due_date::text AS due_date,
                    i.total_excl_vat_cents, i.total_incl_vat_cents, i.paid_cents, i.credited_cents,
                    i.written_off_cents, i.status, i.schedule_kind, k.name AS client_name, q.number AS quote_number,
                    c.number AS credits_number,
                    COALESCE((SELECT sum(s.credit_cents) FROM activity_sales s WHERE s.document_id = i.id), 0)::bigint
                      AS credit_cents
               FROM invoices i JOIN clients k ON k.id = i.client_id
               LEFT JOIN activity_quotes q ON q.id = i.quote_id
               LEFT JOIN invoices c ON c.id = i.credits_invoice_id
              WHERE i.activity_id = $1 ORDER BY i.issue_date DESC, i.created_at DESC LIMIT $2 OFFSET $3`,
  },
  'expense-claims': {
    count: 'SELECT count(*)::int AS n FROM activity_expense_claims WHERE activity_id = $1',
    select: `SELECT e.id, e.reference, e.person_id, p.first_name || ' ' || p.last_name AS person_name,
                    e.submitted_on::text AS submitted_on, e.claimed_cents, e.recoverable_vat_cents, e.budget_cost_cents,
                    e.status, e.route, e.refusal_reason, e.lines, ${WAITING_STEP('e', 'expense_claim')}
               FROM activity_expense_claims e JOIN people p ON p.id = e.person_id
              WHERE e.activity_id = $1 ORDER BY e.created_at DESC LIMIT $2 OFFSET $3`,
  },
  purchases: {
    count: 'SELECT count(*)::int AS n FROM activity_purchases WHERE activity_id = $1',
    select: `SELECT u.id, u.reference, u.person_id, p.first_name || ' ' || p.last_name AS person_name, u.supplier_name,
                    u.supplier_invoice_number, u.description, u.category, u.investment, u.invoice_date::text AS invoice_date,
                    u.due_date::text AS due_date, u.total_incl_vat_cents, u.recoverable_vat_cents, u.budget_cost_cents,
                    u.status, u.route, u.refusal_reason, u.file_id, ${WAITING_STEP('u', 'purchase')}
               FROM activity_purchases u JOIN people p ON p.id = u.person_id
              WHERE u.activity_id = $1 ORDER BY u.created_at DESC LIMIT $2 OFFSET $3`,
  },
  'salary-requests': {
    count: 'SELECT count(*)::int AS n FROM activity_salary_requests WHERE activity_id = $1',
    select: `SELECT r.id, r.reference, r.person_id, p.first_name || ' ' || p.last_name AS person_name,
                    r.first_day::text AS first_day, r.last_day::text AS last_day, r.gross_cents, r.net_cents,
                    r.employer_cost_cents, r.status, r.route, r.refusal_reason, r.contract_id,
                    c.reference AS contract_reference, c.status AS contract_status, c.pay_date::text AS pay_date,
                    ${WAITING_STEP('r', 'salary_request')}
               FROM activity_salary_requests r JOIN people p ON p.id = r.person_id
               LEFT JOIN contracts c ON c.id = r.contract_id
              WHERE r.activity_id = $1 ORDER BY r.created_at DESC LIMIT $2 OFFSET $3`,
  },
  cdis: {
    count: 'SELECT count(*)::int AS n FROM activity_cdis WHERE activity_id = $1',
    select: `SELECT d.id, d.reference, d.person_id, p.first_name || ' ' || p.last_name AS person_name,
                    to_char(d.start_month, 'YYYY-MM') AS start_month, to_char(d.end_month, 'YYYY-MM') AS end_month,
                    d.monthly_gross_cents, d.monthly_employer_cost_cents, d.monthly_net_cents, d.reserve_months,
                    d.status, (SELECT to_char(max(s.month), 'YYYY-MM') FROM activity_cdi_payslips s
                                WHERE s.cdi_id = d.id) AS last_paid_month
               FROM activity_cdis d JOIN people p ON p.id = d.person_id
              WHERE d.activity_id = $1 ORDER BY d.created_at DESC LIMIT $2 OFFSET $3`,
  },
  financings: {
    count: 'SELECT count(*)::int AS n FROM activity_financings WHERE activity_id = $1',
    select: `SELECT f.id, f.reference, f.kind, f.principal_cents, f.months, f.first_due_date::text AS first_due_date,
                    f.purpose, f.arrangement_fee_cents, f.arrangement_fee_rate_bp, f.status, f.refusal_reason,
                    (SELECT count(*) FROM activity_financing_instalments i WHERE i.financing_id = f.id
                      AND i.paid_on IS NOT NULL)::int AS paid_count,
                    (SELECT COALESCE(sum(i.amount_cents), 0) FROM activity_financing_instalments i
                      WHERE i.financing_id = f.id AND i.paid_on IS NULL)::bigint AS remaining_cents,
                    (SELECT min(i.due_date)::text FROM activity_financing_instalments i
                      WHERE i.financing_id = f.id AND i.paid_on IS NULL) AS next_due_date
               FROM activity_financings f
              WHERE f.activity_id = $1 ORDER BY f.requested_at DESC LIMIT $2 OFFSET $3`,
  },
};

type Row = Record<string, unknown>;

const camel = (key: string) => key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** A row as the API shows it: camelCase keys, money as numbers, labels in the reader's language. */
function presentRow(type: DocumentType, row: Row, lang: Language, today: string): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    out[camel(key)] = /_cents$/.test(key) && value !== null ? Number(value) : value;
  }
  if (type === 'quotes') {
    out.status = quoteStatusOn(
      { status: row.status as never, valid_until: row.valid_until as string },
      today,
    );
    out.statusLabel = translator.t(lang, `activity.quote.status.label.${String(out.status)}`);
  }
  if (type === 'invoices') {
    const due =
      Number(row.total_incl_vat_cents) -
      Number(row.paid_cents) -
      Number(row.credited_cents) -
      Number(row.written_off_cents);
    out.dueCents = row.kind === 'invoice' ? Math.max(0, due) : 0;
  }
  if (type === 'financings')
    out.kindLabel = translator.t(lang, `activity.financing.kind.${String(row.kind)}`);
  if (type === 'purchases' || type === 'expense-claims' || type === 'salary-requests') {
    out.statusLabel = translator.t(lang, `activity.request.status.${String(row.status)}`);
  }
  return out;
}

/** How many documents of each type an Activity has, in one statement (the dashboard shows them all). */
async function documentCounts(db: Queryable, activityId: string): Promise<Record<DocumentType, number>> {
  const { rows } = await db.query<Record<DocumentType, number>>(
    `SELECT ${DOCUMENT_TYPES.map((type) => `(${LISTS[type].count}) AS "${type}"`).join(', ')}`,
    [activityId],
  );
  return rows[0]!;
}

/** One page of an Activity's documents of a type, newest first, with the total count. */
export async function listDocuments(
  db: Queryable,
  activityId: string,
  type: DocumentType,
  page: { limit: number; offset: number },
  lang: Language,
  today: string,
  knownTotal?: number,
): Promise<{ items: Row[]; total: number }> {
  const list = LISTS[type];
  if (!list) throw DomainError.notFound();
  const [{ rows }, total] = await Promise.all([
    db.query<Row>(list.select, [activityId, page.limit, page.offset]),
    knownTotal ?? db.query<{ n: number }>(list.count, [activityId]).then((r) => r.rows[0]!.n),
  ]);
  return { items: rows.map((r) => presentRow(type, r, lang, today)), total };
}

/** Unpaid invoices raising an alert, at most, per Activity (the oldest): the adviser sees the worst first. */
const UNPAID_ALERTS = 10;

/** The alerts of one Activity for its adviser (the domain's `activityAlerts`), translated. */
export async function alertsOf(
  db: Queryable,
  activityIds: string[],
  budgets: Map<string, BudgetView>,
  today: string,
  settingsByEntity: (entityId: string) => Promise<ActivitySettings>,
  entityOf: Map<string, string>,
): Promise<Map<string, ActivityAlert[]>> {
  const alerts = new Map<string, ActivityAlert[]>();
  if (activityIds.length === 0) return alerts;
  const since = monthStart(today, -11);
  const [{ rows: unpaid }, { rows: claims }, { rows: cdis }, { rows: income }] = await Promise.all([
    db.query<{ activity_id: string; id: string; number: string; due_date: string; due: number }>(
      // The oldest unpaid invoices first, at most UNPAID_ALERTS of them per Activity.
      `SELECT activity_id, id, number, due_date, due FROM (
         SELECT activity_id, id, number, due_date::text AS due_date,
                (total_incl_vat_cents - paid_cents - credited_cents - written_off_cents)::bigint AS due,
                row_number() OVER (PARTITION BY activity_id ORDER BY due_date, number) AS rank
           FROM invoices WHERE activity_id = ANY($1::uuid[]) AND kind = 'invoice'
            AND status IN ('issued', 'partially_paid') AND due_date < $2) u
        WHERE rank <= ${UNPAID_ALERTS}`,
      [activityIds, today],
    ),
    db.query<{ activity_id: string; id: string; submitted_on: string }>(
      `SELECT activity_id, id, submitted_on::text AS submitted_on FROM activity_expense_claims
        WHERE activity_id = ANY($1::uuid[]) AND status = 'submitted'`,
      [activityIds],
    ),
    db.query<{ activity_id: string; cost: number }>(
      `SELECT activity_id, sum(monthly_employer_cost_cents)::bigint AS cost FROM activity_cdis
        WHERE activity_id = ANY($1::uuid[]) AND status = 'active' GROUP BY activity_id`,
      [activityIds],
    ),
    db.query<{ activity_id: string; month: string; amount: number }>(
      `SELECT activity_id, to_char(sale_date, 'YYYY-MM') AS month, sum(credit_cents)::bigint AS amount
         FROM activity_sales WHERE activity_id = ANY($1::uuid[]) AND sale_date >= $2 GROUP BY 1, 2`,
      [activityIds, since],
    ),
  ]);
  for (const id of activityIds) {
    const budget = budgets.get(id)!;
    const cdi = cdis.find((c) => c.activity_id === id);
    const months = Array.from({ length: 12 }, (_, i) => monthStart(today, i - 11).slice(0, 7));
    const byMonth = new Map(
      income.filter((r) => r.activity_id === id).map((r) => [r.month, Number(r.amount)]),
    );
    alerts.set(
      id,
      activityAlerts({
        today,
        budget,
        cdi: cdi
          ? { monthlyCostCents: Number(cdi.cost), monthlyIncomeCents: months.map((m) => byMonth.get(m) ?? 0) }
          : null,
        unpaidInvoices: unpaid
          .filter((u) => u.activity_id === id)
          .map((u) => ({ id: u.id, number: u.number, dueDate: u.due_date, amountDueCents: Number(u.due) })),
        pendingExpenseClaims: claims
          .filter((c) => c.activity_id === id)
          .map((c) => ({ id: c.id, submittedOn: c.submitted_on })),
        settings: await settingsByEntity(entityOf.get(id)!),
      }),
    );
  }
  return alerts;
}

export function presentAlert(alert: ActivityAlert, lang: Language) {
  return { ...alert, message: translator.t(lang, alert.code, alert.params) };
}

/** The activity itself, as lists and its page show it. */
export function presentActivity(
  row: ActivityRow & { entity_name?: string; opener_name?: string; adviser_name?: string | null },
  lang: Language,
) {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    description: row.description,
    jobFamily: row.job_family,
    jobFamilyLabel: isJobFamilyCode(row.job_family)
      ? jobFamilyByCode(row.job_family).label[lang]
      : row.job_family,
    entityId: row.entity_id,
    entityName: row.entity_name ?? row.entity_id,
    status: row.status,
    statusLabel: translator.t(lang, `activity.status.label.${row.status}`),
    openedBy: row.opener_name ?? null,
    adviserName: row.adviser_name ?? null,
    requestedAt: row.requested_at,
    decidedAt: row.decided_at,
    refusalReason: row.refusal_reason,
  };
}

/**
 * The requests of an Activity waiting for a step this reader may decide: the Activity's step for another
 * manager than the one who asked, the staff step for advisers and administrators of the platform.
 */
export async function waitingFor(db: Queryable, actor: ActivityActor) {
  const manager = actor.participant ? effectiveRights(actor.participant).includes('manage') : false;
  const staff = isDecidingStaff(actor.user);
  if (!manager && !staff) return [];
  const part = (table: string, type: string, amount: string) => `
    SELECT '${type}' AS "subjectType", x.id, x.reference, x.person_id AS "personId",
           p.first_name || ' ' || p.last_name AS "personName", x.${amount}::bigint AS "amountCents",
           x.submitted_on::text AS "submittedOn",
           x.route[1 + (SELECT count(*) FROM activity_approvals ap WHERE ap.subject_type = '${type}'
                          AND ap.subject_id = x.id AND ap.decision = 'approve')::int] AS step
      FROM ${table} x JOIN people p ON p.id = x.person_id
     WHERE x.activity_id = $1 AND x.status = 'submitted'`;
  const { rows } = await db.query<{ personId: string; step: string; amountCents: number }>(
    `SELECT * FROM (${part('activity_expense_claims', 'expense_claim', 'claimed_cents')}
       UNION ALL ${part('activity_purchases', 'purchase', 'total_incl_vat_cents')}
       UNION ALL ${part('activity_salary_requests', 'salary_request', 'employer_cost_cents')}) w
      ORDER BY "submittedOn", reference`,
    [actor.activity.id],
  );
  return rows
    .filter((r) => r.personId !== actor.personId && (r.step === 'staff' ? staff : manager))
    .map((r) => ({ ...r, amountCents: Number(r.amountCents) }));
}

/** What the dashboard of an Activity shows its participants, its adviser and staff. */
export async function dashboard(db: Queryable, actor: ActivityActor, lang: Language, today: string) {
  const { activity } = actor;
  const settings = await settingsOf(db, activity.entity_id);
  const [{ rows: names }, figures, months] = await Promise.all([
    db.query<{
      entity_name: string;
      opener_name: string;
      adviser_name: string | null;
      carried: number | null;
    }>(
      `SELECT e.name AS entity_name, p.first_name || ' ' || p.last_name AS opener_name, u.display_name AS adviser_name,
              (SELECT y.carried_over_cents FROM activity_year_ends y WHERE y.activity_id = a.id AND y.year = $2) AS carried
         FROM activities a JOIN entities e ON e.id = a.entity_id JOIN people p ON p.id = a.opened_by
         LEFT JOIN users u ON u.id = a.adviser_id WHERE a.id = $1`,
      [activity.id, Number(today.slice(0, 4)) - 1],
    ),
    budgetFigures(db, [activity.id], today),
    activity.budget_account_id ? monthlyFigures(db, activity.id, today) : Promise.resolve([]),
  ]);
  const carried = names[0]!.carried;
  const budget = budgetView(figures.get(activity.id)!);
  const waiting = await waitingFor(db, actor);
  const alerts = await alertsOf(
    db,
    [activity.id],
    new Map([[activity.id, budget]]),
    today,
    async () => settings,
    new Map([[activity.id, activity.entity_id]]),
  );
  const counts = await documentCounts(db, activity.id);
  const lists = Object.fromEntries(
    await Promise.all(
      DOCUMENT_TYPES.map(async (type) => [
        camel(type.replace(/-/g, '_')),
        // Only the lists that have documents are read.
        counts[type] === 0
          ? { items: [], total: 0 }
          : await listDocuments(db, activity.id, type, { limit: 10, offset: 0 }, lang, today, counts[type]),
      ]),
    ),
  );
  const me = actor.participant;
  const operations = {
    sell: can(me, 'create_quote'),
    spend: can(me, 'claim_expense'),
    requestSalary: can(me, 'request_salary'),
    manage: can(me, 'invite_participant'),
    decideStaffSteps: isDecidingStaff(actor.user),
  };
  return {
    activity: presentActivity({ ...activity, ...names[0]! }, lang),
    me: {
      personId: actor.personId,
      participant: !!me,
      administrator: me?.administrator ?? false,
      rights: me ? effectiveRights(me) : [],
      staff: actor.staff,
      followingAdviser: actor.followingAdviser,
      can: operations,
    },
    participants: actor.participants.map((p) => ({
      personId: p.person_id,
      name: p.name,
      email: p.email,
      memberNumber: p.member_number,
      administrator: p.administrator,
      rights: p.administrator ? ['sell', 'spend', 'request_salary', 'manage'] : p.rights,
    })),
    budget: {
      ...budget,
      carriedOverCents: carried === null ? null : Number(carried),
      year: Number(today.slice(0, 4)),
    },
    settings: {
      staffApprovalThresholdCents: settings.staffApprovalThresholdCents,
      reserveMonths: settings.reserveMonths,
      receiptMaxBytes: settings.receiptMaxBytes,
      financingMaxMonths: settings.financingMaxMonths,
    },
    months,
    alerts: (alerts.get(activity.id) ?? []).map((a) => presentAlert(a, lang)),
    waiting,
    lists,
  };
}
