import type { Queryable } from '@partage/db';
import {
  DomainError,
  isCaseClosed,
  paymentPlanState,
  reminderScheduleOf,
  type CollectionEventKind,
  type CollectionStatus,
  type Instalment,
  type PaymentPlanState,
  type PrincipalChange,
  type ReminderEmailKind,
  type ReminderPause,
  type ReminderSchedule,
  type SentReminder,
} from '@partage/domain';
import { amountDue, loadInvoice, type InvoiceRow } from '../invoicing/queries.ts';
import type { EntityRow } from '../membership/queries.ts';

export interface CaseRow {
  id: string;
  entity_id: string;
  invoice_id: string;
  client_id: string;
  status: CollectionStatus;
  opened_by: 'handover' | 'staff';
  assigned_to: string | null;
  opened_on: string;
  next_action_on: string | null;
  promised_on: string | null;
  promise_until: string | null;
  closed_on: string | null;
  updated_at: Date;
}

export interface ReminderRow {
  id: string;
  invoice_id: string;
  entity_id: string;
  step: number;
  kind: ReminderEmailKind;
  sent_on: string;
  amount_due_cents: number;
  interest_cents: number;
  compensation_cents: number;
  email_to: string;
  language: string;
  created_at: Date;
}

export interface PlanRow {
  id: string;
  case_id: string;
  invoice_id: string;
  entity_id: string;
  total_cents: number;
  settled_at_start_cents: number;
  grace_days: number;
  status: 'active' | 'broken' | 'completed' | 'cancelled';
  agreed_on: string;
  ended_on: string | null;
  created_by: string | null;
}

export interface PlanWithInstalments {
  plan: PlanRow;
  instalments: Instalment[];
}

export interface CaseEventRow {
  id: number;
  case_id: string;
  kind: CollectionEventKind;
  text: string;
  promised_on: string | null;
  amount_cents: number | null;
  status_after: CollectionStatus;
  occurred_on: string;
  by_user: string | null;
  by_name: string | null;
  at: Date;
}

/** The invoice to work on: an invoice (not a credit note), locked for the rest of the transaction. */
export async function invoiceForCollection(tx: Queryable, invoiceId: string): Promise<InvoiceRow> {
  const invoice = await loadInvoice(tx, invoiceId, true);
  if (invoice.kind !== 'invoice') throw DomainError.conflict('receivables.invoice.not_an_invoice');
  return invoice;
}

/** The schedule of an invoice's entity. */
export async function scheduleOfEntity(db: Queryable, entityId: string): Promise<ReminderSchedule> {
  const { rows } = await db.query<Pick<EntityRow, 'settings'>>(
    'SELECT settings FROM entities WHERE id = $1',
    [entityId],
  );
  return reminderScheduleOf(rows[0]?.settings ?? {});
}

export async function loadCase(db: Queryable, invoiceId: string, lock = false): Promise<CaseRow | null> {
  const { rows } = await db.query<CaseRow>(
    `SELECT * FROM collection_cases WHERE invoice_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [invoiceId],
  );
  return rows[0] ?? null;
}

export async function loadCases(db: Queryable, invoiceIds: string[]): Promise<Map<string, CaseRow>> {
  if (invoiceIds.length === 0) return new Map();
  const { rows } = await db.query<CaseRow>(
    'SELECT * FROM collection_cases WHERE invoice_id = ANY($1::uuid[])',
    [invoiceIds],
  );
  return new Map(rows.map((r) => [r.invoice_id, r]));
}

/** Reminders already sent, per invoice, in step order. */
export async function loadReminders(
  db: Queryable,
  invoiceIds: string[],
): Promise<Map<string, ReminderRow[]>> {
  const map = new Map<string, ReminderRow[]>();
  if (invoiceIds.length === 0) return map;
  const { rows } = await db.query<ReminderRow>(
    'SELECT * FROM invoice_reminders WHERE invoice_id = ANY($1::uuid[]) ORDER BY invoice_id, step',
    [invoiceIds],
  );
  for (const row of rows) map.set(row.invoice_id, [...(map.get(row.invoice_id) ?? []), row]);
  return map;
}

export function sentRemindersOf(rows: readonly ReminderRow[] = []): SentReminder[] {
  return rows.map((r) => ({ step: r.step, kind: r.kind, sentOn: r.sent_on }));
}

/** Active payment plans with their instalments, per invoice. */
export async function loadActivePlans(
  db: Queryable,
  invoiceIds: string[],
): Promise<Map<string, PlanWithInstalments>> {
  const map = new Map<string, PlanWithInstalments>();
  if (invoiceIds.length === 0) return map;
  const { rows: plans } = await db.query<PlanRow>(
    `SELECT * FROM payment_plans WHERE invoice_id = ANY($1::uuid[]) AND status = 'active'`,
    [invoiceIds],
  );
  if (plans.length === 0) return map;
  const { rows: instalments } = await db.query<{ plan_id: string; due_on: string; amount_cents: number }>(
    `SELECT plan_id, due_on, amount_cents FROM payment_plan_instalments WHERE plan_id = ANY($1::uuid[])
      ORDER BY plan_id, seq`,
    [plans.map((p) => p.id)],
  );
  for (const plan of plans)
    map.set(plan.invoice_id, {
      plan,
      instalments: instalments
        .filter((i) => i.plan_id === plan.id)
        .map((i) => ({ dueOn: i.due_on, amountCents: i.amount_cents })),
    });
  return map;
}

/** What the invoice received (paid or credited) since the plan was agreed. */
export function settledSinceStart(invoice: InvoiceRow, plan: PlanRow): number {
  return Math.max(0, invoice.paid_cents + invoice.credited_cents - plan.settled_at_start_cents);
}

export function planStateOf(invoice: InvoiceRow, entry: PlanWithInstalments, date: string): PaymentPlanState {
  return paymentPlanState(
    entry.instalments,
    settledSinceStart(invoice, entry.plan),
    date,
    entry.plan.grace_days,
  );
}

/** What holds the reminders of an invoice back, from its case and its plan. */
export function pauseOf(
  invoice: InvoiceRow,
  kase: CaseRow | null | undefined,
  plan: PlanWithInstalments | null | undefined,
  date: string,
): ReminderPause {
  if (!kase) return { caseStatus: null };
  return {
    caseStatus: kase.status,
    promisedUntil: kase.promise_until,
    planState: plan ? planStateOf(invoice, plan, date).state : null,
  };
}

/**
 * What the client owed on the invoice from its issue on: the total, less each payment and credit note on
 * its date (for the interest of a formal notice).
 */
export async function principalHistory(db: Queryable, invoice: InvoiceRow): Promise<PrincipalChange[]> {
  const { rows } = await db.query<{ on: string; amount: number }>(
    `SELECT paid_on AS on, amount_cents AS amount FROM invoice_payments WHERE invoice_id = $1
     UNION ALL
     SELECT issue_date AS on, total_incl_vat_cents AS amount FROM invoices
      WHERE credits_invoice_id = $1 AND kind = 'credit_note'
     ORDER BY 1`,
    [invoice.id],
  );
  const changes: PrincipalChange[] = [
    { from: invoice.issue_date, amountCents: invoice.total_incl_vat_cents },
  ];
  let due = invoice.total_incl_vat_cents;
  for (const row of rows) {
    due = Math.max(0, due - Number(row.amount));
    const last = changes[changes.length - 1]!;
    if (last.from === row.on) last.amountCents = due;
    else changes.push({ from: row.on, amountCents: due });
  }
  return changes;
}

/** Appends a line to the case's contact log. */
export async function recordCaseEvent(
  tx: Queryable,
  caseId: string,
  event: {
    kind: CollectionEventKind;
    statusAfter: CollectionStatus;
    occurredOn: string;
    by: string | null;
    text?: string;
    promisedOn?: string | null;
    amountCents?: number | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO collection_events (case_id, kind, text, promised_on, amount_cents, status_after, occurred_on, by_user)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      caseId,
      event.kind,
      event.text ?? '',
      event.promisedOn ?? null,
      event.amountCents ?? null,
      event.statusAfter,
      event.occurredOn,
      event.by,
    ],
  );
}

/**
 * Opens the invoice's collection case (status `open`), or answers the one it has. `opened` tells whether
 * this call created it.
 */
export async function openCaseFor(
  tx: Queryable,
  invoice: InvoiceRow,
  input: { by: 'handover' | 'staff'; actorId: string | null; date: string; text?: string },
): Promise<{ kase: CaseRow; opened: boolean }> {
  const { rows } = await tx.query<CaseRow>(
    `INSERT INTO collection_cases (entity_id, invoice_id, client_id, opened_by, assigned_to, opened_on, next_action_on)
     VALUES ($1, $2, $3, $4, $5, $6, $6)
     ON CONFLICT (invoice_id) DO NOTHING RETURNING *`,
    [invoice.entity_id, invoice.id, invoice.client_id, input.by, input.actorId, input.date],
  );
  if (!rows[0]) return { kase: (await loadCase(tx, invoice.id, true))!, opened: false };
  await recordCaseEvent(tx, rows[0].id, {
    kind: 'opened',
    statusAfter: 'open',
    occurredOn: input.date,
    by: input.actorId,
    text: input.text ?? '',
  });
  return { kase: rows[0], opened: true };
}

/**
 * The case staff act on: the invoice's case, opened now by the actor when it has none (an invoice may be
 * worked before the handover step). The first staff member to act on an unassigned case takes it.
 */
export async function caseForAction(
  tx: Queryable,
  invoice: InvoiceRow,
  actorId: string | null,
  date: string,
): Promise<CaseRow> {
  const existing = await loadCase(tx, invoice.id, true);
  if (existing) {
    if (!existing.assigned_to && actorId && !isCaseClosed(existing.status)) {
      await tx.query('UPDATE collection_cases SET assigned_to = $2 WHERE id = $1', [existing.id, actorId]);
      return { ...existing, assigned_to: actorId };
    }
    return existing;
  }
  if (amountDue(invoice) === 0) throw DomainError.conflict('receivables.invoice.nothing_due');
  return (await openCaseFor(tx, invoice, { by: 'staff', actorId, date })).kase;
}

/** Moves a case to a status (and its dates); the promise columns are kept only while a promise runs. */
export async function updateCase(
  tx: Queryable,
  kase: CaseRow,
  change: {
    status: CollectionStatus;
    nextActionOn: string | null;
    promise?: { on: string; until: string };
    closedOn?: string | null;
  },
): Promise<void> {
  const promising = change.status === 'promise';
  await tx.query(
    `UPDATE collection_cases SET status = $2, next_action_on = $3, promised_on = $4, promise_until = $5,
        closed_on = $6, updated_at = now()
      WHERE id = $1`,
    [
      kase.id,
      change.status,
      change.nextActionOn,
      promising ? (change.promise?.on ?? kase.promised_on) : null,
      promising ? (change.promise?.until ?? kase.promise_until) : null,
      change.closedOn ?? null,
    ],
  );
}

/** Ends the invoice's active plan (completed, broken or cancelled). */
export async function endActivePlan(
  tx: Queryable,
  invoiceId: string,
  status: 'broken' | 'completed' | 'cancelled',
  date: string,
): Promise<void> {
  await tx.query(
    `UPDATE payment_plans SET status = $2, ended_on = $3 WHERE invoice_id = $1 AND status = 'active'`,
    [invoiceId, status, date],
  );
}

export async function loadEvents(db: Queryable, caseId: string): Promise<CaseEventRow[]> {
  const { rows } = await db.query<CaseEventRow>(
    `SELECT e.*, u.display_name AS by_name FROM collection_events e LEFT JOIN users u ON u.id = e.by_user
      WHERE e.case_id = $1 ORDER BY e.id`,
    [caseId],
  );
  return rows;
}
