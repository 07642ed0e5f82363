import { DomainError, type FieldIssue } from '../errors.ts';

/**
 * The reminder schedule of an entity: what happens to an unpaid invoice, counted in days after its due
 * date. Three e-mail reminders and the handover to client service:
 *
 * - `friendly`: a free reminder (for a consumer, the free first reminder of CEL art. XIX.2);
 * - `second`: a second reminder, still without costs;
 * - `formal_notice`: the formal notice (mise en demeure), which claims the late-payment interest and the
 *   fixed compensation the law allows (`late-payment.ts`);
 * - `handover`: no e-mail; the invoice enters the client-service queue (a collection case is opened).
 *
 * An administrator may change the days and the steps (entity settings); `validateReminderSchedule` says
 * what a valid schedule is.
 */
export const REMINDER_KINDS = ['friendly', 'second', 'formal_notice', 'handover'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
/** The steps that send an e-mail (the others act inside the platform). */
export type ReminderEmailKind = Exclude<ReminderKind, 'handover'>;

export function isReminderKind(value: unknown): value is ReminderKind {
  return typeof value === 'string' && (REMINDER_KINDS as readonly string[]).includes(value);
}

/** Does this step claim interest and compensation? Only the formal notice does. */
export function stepClaimsCosts(kind: ReminderKind): boolean {
  return kind === 'formal_notice';
}

export interface ReminderStep {
  kind: ReminderKind;
  /** Days after the due date (1 = the day after the due date). */
  daysAfterDue: number;
}

export interface ReminderSchedule {
  /** In the order they happen; the step number of a reminder is its position here, from 1. */
  steps: ReminderStep[];
  /** Days after a promised payment date before reminders start again when nothing came. */
  promiseGraceDays: number;
  /** Days after an instalment's due date before a payment plan counts as broken. */
  planGraceDays: number;
}

/**
 * Platform default (client service practice, DOMAIN.md §4: automatic reminders, then direct contact,
 * payment plan, legal action): friendly reminder 7 days after the due date, second at 21 days, formal
 * notice with interest and compensation at 35 days, handover to client service at 45 days. For a
 * consumer, the free friendly reminder comes at least 14 days before any cost (CEL art. XIX.2): 35 − 7 = 28.
 */
export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  steps: [
    { kind: 'friendly', daysAfterDue: 7 },
    { kind: 'second', daysAfterDue: 21 },
    { kind: 'formal_notice', daysAfterDue: 35 },
    { kind: 'handover', daysAfterDue: 45 },
  ],
  promiseGraceDays: 3,
  planGraceDays: 7,
};

export const MAX_REMINDER_STEPS = 8;
export const MAX_REMINDER_DAYS = 365;
export const MAX_GRACE_DAYS = 60;

/**
 * Problems of a schedule, empty when it is valid: 1 to 8 steps of a known kind, days after the due date
 * from 1 to 365 and strictly increasing (never two steps on the same day), the first step free of costs
 * (a consumer's first reminder is free, CEL art. XIX.2), at most one handover and only as the last step,
 * grace days from 0 to 60. Fields are named as in the settings (`reminders.steps.2.daysAfterDue`).
 */
export function reminderScheduleProblems(schedule: ReminderSchedule, prefix = 'reminders'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const steps = Array.isArray(schedule?.steps) ? schedule.steps : [];
  if (steps.length === 0 || steps.length > MAX_REMINDER_STEPS) {
    issues.push({
      field: `${prefix}.steps`,
      code: 'receivables.schedule.step_count',
      params: { max: MAX_REMINDER_STEPS },
    });
  }
  steps.forEach((step, i) => {
    const field = `${prefix}.steps.${i}`;
    if (!isReminderKind(step?.kind)) {
      issues.push({ field: `${field}.kind`, code: 'receivables.schedule.kind_unknown' });
    }
    const days = step?.daysAfterDue;
    if (!Number.isInteger(days) || days < 1 || days > MAX_REMINDER_DAYS) {
      issues.push({
        field: `${field}.daysAfterDue`,
        code: 'receivables.schedule.days_invalid',
        params: { max: MAX_REMINDER_DAYS },
      });
    } else if (i > 0 && Number.isInteger(steps[i - 1]?.daysAfterDue) && days <= steps[i - 1]!.daysAfterDue) {
      issues.push({ field: `${field}.daysAfterDue`, code: 'receivables.schedule.days_not_increasing' });
    }
    if (step?.kind === 'handover' && i !== steps.length - 1) {
      issues.push({ field: `${field}.kind`, code: 'receivables.schedule.handover_last' });
    }
  });
  if (steps[0] && stepClaimsCosts(steps[0].kind)) {
    issues.push({ field: `${prefix}.steps.0.kind`, code: 'receivables.schedule.first_free' });
  }
  for (const key of ['promiseGraceDays', 'planGraceDays'] as const) {
    const value = schedule?.[key];
    if (!Number.isInteger(value) || value < 0 || value > MAX_GRACE_DAYS) {
      issues.push({
        field: `${prefix}.${key}`,
        code: 'receivables.schedule.grace_invalid',
        params: { max: MAX_GRACE_DAYS },
      });
    }
  }
  return issues;
}

/** Throws a validation error naming every wrong field of the schedule. */
export function validateReminderSchedule(schedule: ReminderSchedule, prefix = 'reminders'): ReminderSchedule {
  const issues = reminderScheduleProblems(schedule, prefix);
  if (issues.length > 0) throw new DomainError('validation', issues);
  return schedule;
}

/**
 * The schedule an entity's settings give. Settings saved before reminders existed have none: the
 * platform default applies to them.
 */
export function reminderScheduleOf(settings: { reminders?: ReminderSchedule | null }): ReminderSchedule {
  return settings.reminders ?? DEFAULT_REMINDER_SCHEDULE;
}
