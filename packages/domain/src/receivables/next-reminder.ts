import { addDays, dayNumber } from '../contracts/dates.ts';
import type { RuleDate } from '../rules/types.ts';
import type { CollectionStatus } from './collection.ts';
import { consumerCostsAllowedFrom, type LatePaymentRegime } from './late-payment.ts';
import type { PaymentPlanStateName } from './payment-plan.ts';
import {
  stepClaimsCosts,
  type ReminderEmailKind,
  type ReminderKind,
  type ReminderSchedule,
} from './schedule.ts';

export interface ReminderInvoice {
  dueDate: RuleDate;
  amountDueCents: number;
  /** Only `issued` and `partially_paid` invoices are chased. */
  status: string;
  regime: LatePaymentRegime;
}

export interface SentReminder {
  step: number;
  kind: ReminderEmailKind;
  sentOn: RuleDate;
}

/** What client service decided that holds the reminders back. */
export interface ReminderPause {
  /** The invoice's collection case, or null when it has none. */
  caseStatus: CollectionStatus | null;
  /** With a promise to pay: the last day of the pause (promised date + grace). */
  promisedUntil?: RuleDate | null;
  /** With a payment plan: its state today. */
  planState?: PaymentPlanStateName | null;
}

export const NO_PAUSE: ReminderPause = { caseStatus: null };

export type NoReminderReason =
  | 'settled'
  | 'not_overdue'
  | 'case_closed'
  | 'legal'
  | 'disputed'
  | 'plan'
  | 'promise'
  | 'sent_today'
  | 'consumer_delay'
  | 'waiting'
  | 'done';

export type ReminderDecision =
  | {
      due: true;
      /** Position of the step in the schedule, from 1. */
      step: number;
      kind: ReminderKind;
      daysOverdue: number;
      /** Earlier steps that came due but are not sent (catch-up sends only the latest). */
      skipped: number[];
    }
  | {
      due: false;
      reason: NoReminderReason;
      /** When something may happen next (the next step, the end of a pause), if known. */
      nextOn: RuleDate | null;
      /** The step expected then, when it is one of the schedule. */
      nextKind: ReminderKind | null;
    };

/**
 * Which step of the schedule, if any, is due today for an invoice.
 *
 * - Nothing for a settled invoice (nothing left to pay, or not open), before the due date has passed, for
 *   a case written off, closed, with legal recovery or disputed, while a payment plan is respected (or late
 *   within its grace days), and while a promise to pay runs (promised date + grace).
 * - Never two steps the same day.
 * - Catch-up: when several steps came due since the last one (the run did not happen, a pause ended), only
 *   the latest is taken; the others are skipped, never sent late.
 * - The handover step is done as soon as the invoice has a collection case.
 * - A consumer pays no cost before a free reminder and 14 days after it (CEL art. XIX.2): a formal notice
 *   waits for that, and when no free reminder was sent, the latest free step due is sent instead.
 */
export function nextReminder(
  invoice: ReminderInvoice,
  remindersSent: readonly SentReminder[],
  today: RuleDate,
  schedule: ReminderSchedule,
  pause: ReminderPause = NO_PAUSE,
): ReminderDecision {
  const none = (
    reason: NoReminderReason,
    nextOn: RuleDate | null = null,
    nextKind: ReminderKind | null = null,
  ): ReminderDecision => ({ due: false, reason, nextOn, nextKind });
  if (invoice.amountDueCents <= 0 || !['issued', 'partially_paid'].includes(invoice.status))
    return none('settled');
  const firstStepOn = schedule.steps[0] ? addDays(invoice.dueDate, schedule.steps[0].daysAfterDue) : null;
  if (today <= invoice.dueDate) return none('not_overdue', firstStepOn, schedule.steps[0]?.kind ?? null);
  const status = pause.caseStatus;
  if (status === 'written_off' || status === 'closed') return none('case_closed');
  if (status === 'legal') return none('legal');
  if (status === 'disputed') return none('disputed');
  if (status === 'payment_plan' && pause.planState !== 'broken' && pause.planState !== 'completed')
    return none('plan');
  if (status === 'promise' && pause.promisedUntil && today <= pause.promisedUntil)
    return none('promise', addDays(pause.promisedUntil, 1));
  if (remindersSent.some((r) => r.sentOn === today)) return none('sent_today', addDays(today, 1));

  const daysOverdue = dayNumber(today) - dayNumber(invoice.dueDate);
  const lastSent = remindersSent.reduce((max, r) => Math.max(max, r.step), 0);
  const handedOver = status !== null;
  const open = schedule.steps
    .map((s, i) => ({ ...s, step: i + 1 }))
    .filter((s) => s.step > lastSent && !(s.kind === 'handover' && handedOver));
  const dueNow = open.filter((s) => s.daysAfterDue <= daysOverdue);
  const later = open.find((s) => s.daysAfterDue > daysOverdue);
  const laterOn = later ? addDays(invoice.dueDate, later.daysAfterDue) : null;
  if (dueNow.length === 0) return later ? none('waiting', laterOn, later.kind) : none('done');

  let pick = dueNow[dueNow.length - 1]!;
  if (invoice.regime === 'consumer' && stepClaimsCosts(pick.kind)) {
    const free = remindersSent.filter((r) => !stepClaimsCosts(r.kind));
    const allowedFrom = free
      .map((r) => consumerCostsAllowedFrom(r.sentOn))
      .reduce<RuleDate | null>((min, d) => (min === null || d < min ? d : min), null);
    if (allowedFrom !== null && today < allowedFrom) return none('consumer_delay', allowedFrom);
    if (allowedFrom === null) {
      const freeDue = dueNow.filter((s) => !stepClaimsCosts(s.kind));
      if (freeDue.length === 0) return none('consumer_delay', null);
      pick = freeDue[freeDue.length - 1]!;
    }
  }
  return {
    due: true,
    step: pick.step,
    kind: pick.kind,
    daysOverdue,
    skipped: dueNow.filter((s) => s.step < pick.step && s.kind !== 'handover').map((s) => s.step),
  };
}
