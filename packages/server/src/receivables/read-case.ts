import type { Queryable } from '@partage/db';
import {
  actionsFor,
  daysOverdue,
  DomainError,
  interestRateAt,
  latePaymentRegime,
  nextReminder,
  reminderCharges,
  stepClaimsCosts,
  type CollectionAction,
} from '@partage/domain';
import { amountDue, presentInvoice, type InvoiceRow } from '../invoicing/queries.ts';
import type { ClientRow } from '../clients/queries.ts';
import {
  loadActivePlans,
  loadCase,
  loadEvents,
  loadReminders,
  pauseOf,
  planStateOf,
  principalHistory,
  scheduleOfEntity,
  sentRemindersOf,
} from './queries.ts';
import { nextActionOf } from './read-queue.ts';

/**
 * Everything client service needs on one unpaid invoice: the invoice and its client, the worker, the
 * reminders sent, the case and its contact log, the payment plan and its state, what the schedule will do
 * next, what a formal notice would claim today, and the actions open at this stage.
 */
export async function readCase(db: Queryable, invoiceId: string, today: string) {
  const { rows } = await db.query<
    InvoiceRow & { worker_name: string | null; worker_email: string | null; entity_name: string }
  >(
    `SELECT i.*, p.first_name || ' ' || p.last_name AS worker_name, COALESCE(u.email, p.email) AS worker_email,
            e.name AS entity_name
       FROM invoices i JOIN entities e ON e.id = i.entity_id
       LEFT JOIN people p ON p.id = i.person_id LEFT JOIN users u ON u.id = p.user_id
      WHERE i.id = $1 AND i.kind = 'invoice'`,
    [invoiceId],
  );
  const invoice = rows[0];
  if (!invoice) throw DomainError.notFound();
  const { rows: clients } = await db.query<ClientRow>('SELECT * FROM clients WHERE id = $1', [
    invoice.client_id,
  ]);
  const client = clients[0]!;
  const [kase, reminders, plans, schedule, principal] = await Promise.all([
    loadCase(db, invoice.id),
    loadReminders(db, [invoice.id]),
    loadActivePlans(db, [invoice.id]),
    scheduleOfEntity(db, invoice.entity_id),
    principalHistory(db, invoice),
  ]);
  const sent = reminders.get(invoice.id) ?? [];
  const plan = plans.get(invoice.id) ?? null;
  const events = kase ? await loadEvents(db, kase.id) : [];
  const { rows: pastPlans } = kase
    ? await db.query<{
        id: string;
        status: string;
        agreed_on: string;
        ended_on: string | null;
        total_cents: number;
      }>(
        `SELECT id, status, agreed_on, ended_on, total_cents FROM payment_plans WHERE invoice_id = $1
          AND status <> 'active' ORDER BY created_at`,
        [invoice.id],
      )
    : { rows: [] };
  const regime = latePaymentRegime(client.kind);
  const due = amountDue(invoice);
  const decision = nextReminder(
    { dueDate: invoice.due_date!, amountDueCents: due, status: invoice.status, regime },
    sentRemindersOf(sent),
    today,
    schedule,
    pauseOf(invoice, kase, plan, today),
  );
  const free = sent.filter((r) => !stepClaimsCosts(r.kind)).map((r) => r.sent_on);
  const charges =
    due > 0 && invoice.due_date! < today
      ? reminderCharges({
          regime,
          dueDate: invoice.due_date!,
          date: today,
          principal,
          amountDueCents: due,
          firstFreeReminderOn: free.length > 0 ? free.reduce((a, b) => (a < b ? a : b)) : null,
        })
      : null;
  const open = ['issued', 'partially_paid'].includes(invoice.status) && due > 0;
  const actions: CollectionAction[] = kase
    ? actionsFor(kase.status).filter((a) => open || a === 'contact')
    : open
      ? ['contact', 'promise', 'plan', 'dispute', 'legal', 'write_off']
      : [];
  return {
    invoice: {
      ...presentInvoice(invoice),
      language: invoice.language,
      entityName: invoice.entity_name,
      contractId: invoice.contract_id,
      daysOverdue: Math.max(0, daysOverdue(invoice.due_date!, today)),
    },
    client: {
      id: client.id,
      name: client.name,
      kind: client.kind,
      email: client.email,
      language: client.language,
      regime,
    },
    worker: invoice.worker_name ? { name: invoice.worker_name, email: invoice.worker_email } : null,
    reminders: sent.map((r) => ({
      step: r.step,
      kind: r.kind,
      sentOn: r.sent_on,
      amountDueCents: r.amount_due_cents,
      interestCents: r.interest_cents,
      compensationCents: r.compensation_cents,
      emailTo: r.email_to,
      language: r.language,
    })),
    schedule: schedule.steps,
    nextReminder: decision,
    nextAction: nextActionOf(kase, decision, today),
    charges: charges
      ? {
          interestCents: charges.interestCents,
          compensationCents: charges.compensationCents,
          interestFrom: charges.interestFrom,
          rateBp: charges.periods.at(-1)?.rateBp ?? interestRateAt(regime, today).rateBp,
          periods: charges.periods,
        }
      : null,
    case: kase
      ? {
          id: kase.id,
          status: kase.status,
          openedBy: kase.opened_by,
          openedOn: kase.opened_on,
          nextActionOn: kase.next_action_on,
          promisedOn: kase.promised_on,
          promiseUntil: kase.promise_until,
          closedOn: kase.closed_on,
        }
      : null,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      text: e.text,
      promisedOn: e.promised_on,
      amountCents: e.amount_cents,
      statusAfter: e.status_after,
      occurredOn: e.occurred_on,
      by: e.by_name,
      at: e.at,
    })),
    plan: plan
      ? {
          id: plan.plan.id,
          agreedOn: plan.plan.agreed_on,
          totalCents: plan.plan.total_cents,
          graceDays: plan.plan.grace_days,
          instalments: plan.instalments,
          ...planStateOf(invoice, plan, today),
        }
      : null,
    pastPlans: pastPlans.map((p) => ({
      id: p.id,
      status: p.status,
      agreedOn: p.agreed_on,
      endedOn: p.ended_on,
      totalCents: p.total_cents,
    })),
    actions,
  };
}
