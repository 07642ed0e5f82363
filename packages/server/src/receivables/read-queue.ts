import type { Queryable } from '@partage/db';
import {
  ageBucket,
  daysOverdue,
  latePaymentRegime,
  nextReminder,
  reminderScheduleOf,
  type AgeBucket,
  type CollectionStatus,
  type EntitySettings,
  type ReminderDecision,
  type ReminderKind,
} from '@partage/domain';
import { amountDue, type InvoiceRow } from '../invoicing/queries.ts';
import { loadActivePlans, loadReminders, pauseOf, sentRemindersOf, type CaseRow } from './queries.ts';

export interface QueueFilter {
  entityId?: string;
  /** A case status, `none` (no case yet) or `all`. */
  status: CollectionStatus | 'none' | 'all';
  /** Age bucket of the days past the due date, or `all`. */
  age: Exclude<AgeBucket, 'not_due'> | 'all';
  q: string;
  limit: number;
  offset: number;
}

const AGE_RANGES: Record<QueueFilter['age'], [number, number]> = {
  all: [1, 1_000_000],
  d1_30: [1, 30],
  d31_60: [31, 60],
  d61_90: [61, 90],
  over_90: [91, 1_000_000],
};

type QueueRow = InvoiceRow & {
  client_name: string;
  client_kind: 'company' | 'person' | 'public_body';
  client_email: string;
  worker_name: string | null;
  case_json: CaseRow | null;
  assigned_name: string | null;
  settings: EntitySettings;
  total: number;
};

/** What happens next on an invoice: the date client service planned, or the next step of the schedule. */
export function nextActionOf(
  kase: CaseRow | null | undefined,
  decision: ReminderDecision,
  today: string,
): { on: string; kind: ReminderKind | 'follow_up' } | null {
  if (kase?.next_action_on) return { on: kase.next_action_on, kind: 'follow_up' };
  if (decision.due) return { on: today, kind: decision.kind };
  if (decision.nextOn) return { on: decision.nextOn, kind: decision.nextKind ?? 'follow_up' };
  return null;
}

/**
 * Client service's queue: the invoices past their due date with something still to pay, and the invoices
 * with a live case, oldest due date first; with the last reminder sent, the case's status, and the next
 * action (the case's date, or the next step of the schedule).
 */
export async function readQueue(db: Queryable, filter: QueueFilter, today: string) {
  const [minDays, maxDays] = AGE_RANGES[filter.age];
  const digits = filter.q.replace(/\D/g, '');
  const { rows } = await db.query<QueueRow>(
    `SELECT i.*, k.name AS client_name, k.kind AS client_kind, k.email AS client_email,
            p.first_name || ' ' || p.last_name AS worker_name, to_jsonb(c) AS case_json,
            u.display_name AS assigned_name, e.settings, count(*) OVER ()::int AS total
       FROM invoices i
       JOIN clients k ON k.id = i.client_id
       JOIN entities e ON e.id = i.entity_id
       LEFT JOIN people p ON p.id = i.person_id
       LEFT JOIN collection_cases c ON c.invoice_id = i.id
       LEFT JOIN users u ON u.id = c.assigned_to
      WHERE i.kind = 'invoice'
        AND ((i.status IN ('issued', 'partially_paid') AND i.due_date < $1)
             OR (c.id IS NOT NULL AND c.status NOT IN ('written_off', 'closed')))
        AND ($2 = '' OR i.entity_id = $2)
        AND ($3 = 'all' OR ($3 = 'none' AND c.id IS NULL) OR c.status = $3)
        AND ($1::date - i.due_date) BETWEEN $4 AND $5
        AND ($6 = '' OR i.number ILIKE '%' || $6 || '%' OR k.name ILIKE '%' || $6 || '%'
             OR ($7 <> '' AND i.structured_reference LIKE '%' || $7 || '%'))
      ORDER BY i.due_date, i.number
      LIMIT $8 OFFSET $9`,
    [
      today,
      filter.entityId ?? '',
      filter.status,
      filter.age === 'all' ? -1_000_000 : minDays,
      maxDays,
      filter.q,
      digits,
      filter.limit,
      filter.offset,
    ],
  );
  const ids = rows.map((r) => r.id);
  const [reminders, plans] = await Promise.all([loadReminders(db, ids), loadActivePlans(db, ids)]);
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((row) => {
      const kase = row.case_json;
      const sent = reminders.get(row.id) ?? [];
      const last = sent[sent.length - 1] ?? null;
      const decision = nextReminder(
        {
          dueDate: row.due_date!,
          amountDueCents: amountDue(row),
          status: row.status,
          regime: latePaymentRegime(row.client_kind),
        },
        sentRemindersOf(sent),
        today,
        reminderScheduleOf(row.settings),
        pauseOf(row, kase, plans.get(row.id), today),
      );
      return {
        invoiceId: row.id,
        entityId: row.entity_id,
        number: row.number,
        clientName: row.client_name,
        clientKind: row.client_kind,
        workerName: row.worker_name,
        issueDate: row.issue_date,
        dueDate: row.due_date,
        daysOverdue: Math.max(0, daysOverdue(row.due_date!, today)),
        ageBucket: ageBucket(row.due_date, today),
        totalInclVatCents: row.total_incl_vat_cents,
        dueCents: amountDue(row),
        invoiceStatus: row.status,
        lastReminder: last ? { step: last.step, kind: last.kind, sentOn: last.sent_on } : null,
        remindersSent: sent.length,
        case: kase
          ? {
              status: kase.status,
              openedOn: kase.opened_on,
              openedBy: kase.opened_by,
              assignedTo: row.assigned_name,
              promisedOn: kase.promised_on,
            }
          : null,
        nextAction: nextActionOf(kase, decision, today),
        reminderPause: decision.due ? null : decision.reason,
      };
    }),
  };
}
