import type { Queryable } from '@partage/db';
import {
  addDays,
  DomainError,
  formatDate,
  formatEnterpriseNumber,
  formatIban,
  formatMoney,
  interestRateAt,
  latePaymentRegime,
  compensationCents,
  consumerCostsAllowedFrom,
  isRuleDate,
  nextReminder,
  reminderCharges,
  reminderScheduleOf,
  stepClaimsCosts,
  type Language,
  type LatePaymentRegime,
  type ReminderEmailKind,
  type ReminderSchedule,
} from '@partage/domain';
import type { AppContext } from '../context.ts';
import { queueEmail } from '../mail/outbox.ts';
import type { ClientRow } from '../clients/queries.ts';
import type { EntityRow } from '../membership/queries.ts';
import { amountDue, type InvoiceRow } from '../invoicing/queries.ts';
import { clientAccessLink } from '../client-access/access-link.ts';
import { costsNotice, legalBasis } from './mail-templates.ts';
import {
  endActivePlan,
  loadActivePlans,
  loadCases,
  loadReminders,
  openCaseFor,
  pauseOf,
  planStateOf,
  principalHistory,
  recordCaseEvent,
  sentRemindersOf,
  updateCase,
  type CaseRow,
  type ReminderRow,
} from './queries.ts';

export interface ReminderRunResult {
  date: string;
  /** Overdue invoices looked at. */
  examined: number;
  sent: Record<ReminderEmailKind, number>;
  /** Invoices handed over to client service (a case opened). */
  handedOver: number;
  /** Cases closed because nothing remains due, plans broken or completed, promises lapsed. */
  casesClosed: number;
  plansBroken: number;
  plansCompleted: number;
  promisesLapsed: number;
}

const TEMPLATE: Record<ReminderEmailKind, string> = {
  friendly: 'invoice_reminder_friendly',
  second: 'invoice_reminder_second',
  formal_notice: 'invoice_formal_notice',
};

/** Days the client gets to pay after a formal notice. */
export const FORMAL_NOTICE_PAY_DAYS = 8;
const BATCH = 200;

/**
 * The daily reminder run for `date` (today or a past day an operator catches up): first the cases follow
 * what happened (settled invoices close their case, missed instalments break their plan, lapsed promises
 * reopen the case), then every overdue invoice of every entity gets the step of its entity's schedule that
 * is due (`nextReminder`): an e-mail in the client's language, queued in the outbox with the reminder's
 * record, or the handover that opens a collection case.
 *
 * Invoices are taken in batches of 200, each batch in its own transaction with `FOR UPDATE SKIP LOCKED`:
 * several runners (server processes, an operator) never work on one invoice at the same time, and the
 * `UNIQUE (invoice_id, step)` of the reminders makes a step happen once. An invoice locked by another
 * transaction (a payment being recorded) is left for the next run.
 */
export async function sendReminders(ctx: AppContext, date: string): Promise<ReminderRunResult> {
  if (!isRuleDate(date)) throw DomainError.field('date', 'field.invalid_date');
  if (date > ctx.clock.today()) throw DomainError.field('date', 'receivables.run.date_future');
  const result: ReminderRunResult = {
    date,
    examined: 0,
    sent: { friendly: 0, second: 0, formal_notice: 0 },
    handedOver: 0,
    casesClosed: 0,
    plansBroken: 0,
    plansCompleted: 0,
    promisesLapsed: 0,
  };
  await followCases(ctx, date, result);
  const { rows: entities } = await ctx.db.query<EntityRow>('SELECT * FROM entities ORDER BY id');
  for (const entity of entities) {
    const schedule = reminderScheduleOf(entity.settings);
    const first = schedule.steps[0];
    if (!first) continue;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const taken = await ctx.db.transaction(async (tx) => {
        const { rows } = await tx.query<InvoiceRow>(
          `SELECT * FROM invoices
            WHERE entity_id = $1 AND kind = 'invoice' AND status IN ('issued', 'partially_paid')
              AND due_date <= $2::date - $3::int AND id > $4
            ORDER BY id LIMIT $5 FOR UPDATE SKIP LOCKED`,
          [entity.id, date, first.daysAfterDue, after, BATCH],
        );
        await remindBatch(ctx, tx, entity, schedule, rows, date, result);
        return rows;
      });
      result.examined += taken.length;
      if (taken.length < BATCH) break;
      after = taken[taken.length - 1]!.id;
    }
  }
  return result;
}

async function remindBatch(
  ctx: AppContext,
  tx: Queryable,
  entity: EntityRow,
  schedule: ReminderSchedule,
  invoices: InvoiceRow[],
  date: string,
  result: ReminderRunResult,
): Promise<void> {
  if (invoices.length === 0) return;
  const ids = invoices.map((i) => i.id);
  const [reminders, cases, plans] = await Promise.all([
    loadReminders(tx, ids),
    loadCases(tx, ids),
    loadActivePlans(tx, ids),
  ]);
  const { rows: clients } = await tx.query<ClientRow>('SELECT * FROM clients WHERE id = ANY($1::uuid[])', [
    [...new Set(invoices.map((i) => i.client_id))],
  ]);
  const clientById = new Map(clients.map((c) => [c.id, c]));
  for (const invoice of invoices) {
    const client = clientById.get(invoice.client_id)!;
    const sent = reminders.get(invoice.id) ?? [];
    const decision = nextReminder(
      {
        dueDate: invoice.due_date!,
        amountDueCents: amountDue(invoice),
        status: invoice.status,
        regime: latePaymentRegime(client.kind),
      },
      sentRemindersOf(sent),
      date,
      schedule,
      pauseOf(invoice, cases.get(invoice.id), plans.get(invoice.id), date),
    );
    if (!decision.due) continue;
    if (decision.kind === 'handover') {
      const { opened } = await openCaseFor(tx, invoice, { by: 'handover', actorId: null, date });
      if (opened) result.handedOver += 1;
      continue;
    }
    const done = await sendReminder(ctx, tx, {
      entity,
      invoice,
      client,
      step: decision.step,
      kind: decision.kind,
      daysOverdue: decision.daysOverdue,
      sent,
      date,
    });
    if (done) result.sent[decision.kind] += 1;
  }
}

/** `10,50 %` (English: `10.50 %`). */
export function formatRate(rateBp: number, language: Language): string {
  const separator = language === 'en' ? '.' : ',';
  return `${Math.floor(rateBp / 100)}${separator}${String(rateBp % 100).padStart(2, '0')} %`;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/**
 * Records one reminder and queues its e-mail, inside the batch's transaction. Answers false when the step
 * was already recorded (another runner got there first): nothing is sent twice.
 */
async function sendReminder(
  ctx: AppContext,
  tx: Queryable,
  input: {
    entity: EntityRow;
    invoice: InvoiceRow;
    client: ClientRow;
    step: number;
    kind: ReminderEmailKind;
    daysOverdue: number;
    sent: ReminderRow[];
    date: string;
  },
): Promise<boolean> {
  const { entity, invoice, client, date } = input;
  const language = client.language;
  const regime: LatePaymentRegime = latePaymentRegime(client.kind);
  const due = amountDue(invoice);
  const money = (cents: number) => formatMoney(cents, language, entity.currency);
  const day = (iso: string) => formatDate(iso, language);
  let interest = 0;
  let compensation = 0;
  const params: Record<string, string | number> = {
    number: invoice.number,
    client: client.name,
    issueDate: day(invoice.issue_date),
    dueDate: day(invoice.due_date!),
    days: input.daysOverdue,
    amount: money(due),
    reference: invoice.document.structuredCommunication ?? invoice.number,
    iban: entity.iban ? safe(() => formatIban(entity.iban!), entity.iban) : '',
    bic: entity.bic ?? '',
    entity: entity.name,
    enterpriseNumber: entity.enterprise_number
      ? safe(() => formatEnterpriseNumber(entity.enterprise_number!), entity.enterprise_number)
      : '',
    link: await clientAccessLink(tx, ctx.config, client.id),
    date: day(date),
  };
  if (stepClaimsCosts(input.kind)) {
    const free = input.sent.filter((r) => !stepClaimsCosts(r.kind)).map((r) => r.sent_on);
    const charges = reminderCharges({
      regime,
      dueDate: invoice.due_date!,
      date,
      principal: await principalHistory(tx, invoice),
      amountDueCents: due,
      firstFreeReminderOn: free.length > 0 ? free.reduce((a, b) => (a < b ? a : b)) : null,
    });
    interest = charges.interestCents;
    compensation = charges.compensationCents;
    const rateBp = charges.periods.at(-1)?.rateBp ?? interestRateAt(regime, date).rateBp;
    Object.assign(params, {
      interest: money(interest),
      compensation: money(compensation),
      total: money(due + interest + compensation),
      rate: formatRate(rateBp, language),
      interestFrom: charges.interestFrom ? day(charges.interestFrom) : day(date),
      payBy: day(addDays(date, FORMAL_NOTICE_PAY_DAYS)),
      basis: legalBasis(regime, language),
    });
  } else {
    params.costs = costsNotice(regime, language, {
      rate: formatRate(interestRateAt(regime, date).rateBp, language),
      compensation: money(compensationCents(regime, due)),
      deadline: day(addDays(consumerCostsAllowedFrom(date), -1)),
    });
  }
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO invoice_reminders (invoice_id, entity_id, step, kind, sent_on, amount_due_cents, interest_cents,
       compensation_cents, email_to, language)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (invoice_id, step) DO NOTHING RETURNING id`,
    [
      invoice.id,
      entity.id,
      input.step,
      input.kind,
      date,
      due,
      interest,
      compensation,
      client.email,
      language,
    ],
  );
  if (!rows[0]) return false;
  await queueEmail(
    tx,
    { entityId: entity.id, to: client.email, language, template: TEMPLATE[input.kind], params },
    ctx.delivery,
  );
  return true;
}

/**
 * The cases follow the invoices: a case whose invoice is settled is closed (its plan completed); a plan
 * whose instalment is unpaid after its grace days is broken and the case goes back to `open` (reminders
 * start again), a plan on track gets its next check the day after the next instalment; a promise whose
 * date and grace have passed is lapsed, the case back to `open`.
 */
async function followCases(ctx: AppContext, date: string, result: ReminderRunResult): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { rows: cases } = await tx.query<CaseRow>(
      `SELECT * FROM collection_cases WHERE status NOT IN ('written_off', 'closed')
        ORDER BY id FOR UPDATE SKIP LOCKED`,
    );
    if (cases.length === 0) return;
    const ids = cases.map((c) => c.invoice_id);
    const { rows: invoices } = await tx.query<InvoiceRow>(
      'SELECT * FROM invoices WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const invoiceById = new Map(invoices.map((i) => [i.id, i]));
    const plans = await loadActivePlans(tx, ids);
    for (const kase of cases) {
      const invoice = invoiceById.get(kase.invoice_id)!;
      const plan = plans.get(invoice.id);
      if (amountDue(invoice) === 0) {
        if (plan) await endActivePlan(tx, invoice.id, 'completed', date);
        await updateCase(tx, kase, { status: 'closed', nextActionOn: null, closedOn: date });
        await recordCaseEvent(tx, kase.id, {
          kind: 'paid',
          statusAfter: 'closed',
          occurredOn: date,
          by: null,
          amountCents: invoice.paid_cents,
        });
        result.casesClosed += 1;
        continue;
      }
      if (kase.status === 'payment_plan' && plan) {
        const state = planStateOf(invoice, plan, date);
        if (state.state === 'broken' || state.state === 'completed') {
          const broken = state.state === 'broken';
          await endActivePlan(tx, invoice.id, broken ? 'broken' : 'completed', date);
          await updateCase(tx, kase, { status: 'open', nextActionOn: date });
          await recordCaseEvent(tx, kase.id, {
            kind: broken ? 'plan_broken' : 'plan_completed',
            statusAfter: 'open',
            occurredOn: date,
            by: null,
            promisedOn: state.pending?.dueOn ?? null,
            amountCents: state.pending?.missingCents ?? null,
          });
          if (broken) result.plansBroken += 1;
          else result.plansCompleted += 1;
        } else if (state.pending) {
          // Client service looks again the day after the next instalment is due.
          const check = addDays(state.pending.dueOn, 1);
          if (kase.next_action_on !== check)
            await tx.query(
              'UPDATE collection_cases SET next_action_on = $2, updated_at = now() WHERE id = $1',
              [kase.id, check],
            );
        }
        continue;
      }
      if (kase.status === 'promise' && kase.promise_until && date > kase.promise_until) {
        await updateCase(tx, kase, { status: 'open', nextActionOn: date });
        await recordCaseEvent(tx, kase.id, {
          kind: 'promise_lapsed',
          statusAfter: 'open',
          occurredOn: date,
          by: null,
          promisedOn: kase.promised_on,
        });
        result.promisesLapsed += 1;
      }
    }
  });
}
