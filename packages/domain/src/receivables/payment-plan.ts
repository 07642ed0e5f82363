import { addDays, dayNumber } from '../contracts/dates.ts';
import { DomainError, type FieldIssue } from '../errors.ts';
import { isRuleDate, type RuleDate } from '../rules/types.ts';

/**
 * Payment plans: the client pays what is due in instalments with due dates (DOMAIN.md §4: clients may ask
 * for payment plans, 001:L1591-1596). Reminders are paused while the plan is respected; an instalment still
 * unpaid `graceDays` after its due date breaks the plan, and the reminders start again.
 */
export interface Instalment {
  dueOn: RuleDate;
  amountCents: number;
}

/** Platform default: at most 12 instalments, the last one at most 24 months away. */
export const MAX_INSTALMENTS = 12;
export const MAX_PLAN_DAYS = 731;

/**
 * Checks a plan proposed on `today` for `amountDueCents`: 1 to 12 instalments, each a positive number of
 * cents due on a real date from today on, due dates strictly increasing and within two years, the
 * instalments summing exactly to the amount due. Every wrong field is named (`instalments.2.dueOn`).
 */
export function validatePaymentPlan(
  instalments: readonly Instalment[],
  amountDueCents: number,
  today: RuleDate,
): Instalment[] {
  const issues: FieldIssue[] = [];
  if (instalments.length === 0 || instalments.length > MAX_INSTALMENTS) {
    throw DomainError.field('instalments', 'receivables.plan.instalment_count', { max: MAX_INSTALMENTS });
  }
  const latest = addDays(today, MAX_PLAN_DAYS);
  instalments.forEach((inst, i) => {
    if (!Number.isSafeInteger(inst.amountCents) || inst.amountCents <= 0) {
      issues.push({ field: `instalments.${i}.amountCents`, code: 'receivables.plan.amount_invalid' });
    }
    if (!isRuleDate(inst.dueOn)) {
      issues.push({ field: `instalments.${i}.dueOn`, code: 'field.invalid_date' });
      return;
    }
    if (inst.dueOn < today) {
      issues.push({ field: `instalments.${i}.dueOn`, code: 'receivables.plan.date_past' });
    } else if (inst.dueOn > latest) {
      issues.push({ field: `instalments.${i}.dueOn`, code: 'receivables.plan.too_long' });
    }
    const previous = instalments[i - 1];
    if (previous && isRuleDate(previous.dueOn) && inst.dueOn <= previous.dueOn) {
      issues.push({ field: `instalments.${i}.dueOn`, code: 'receivables.plan.dates_not_increasing' });
    }
  });
  if (issues.length === 0) {
    const total = instalments.reduce((sum, inst) => sum + inst.amountCents, 0);
    if (total !== amountDueCents) {
      issues.push({
        field: 'instalments',
        code: 'receivables.plan.sum_mismatch',
        params: { total: (total / 100).toFixed(2), due: (amountDueCents / 100).toFixed(2) },
      });
    }
  }
  if (issues.length > 0) throw new DomainError('validation', issues);
  return instalments.map((inst) => ({ dueOn: inst.dueOn, amountCents: inst.amountCents }));
}

export type PaymentPlanStateName = 'respected' | 'late' | 'broken' | 'completed';

export interface PaymentPlanState {
  state: PaymentPlanStateName;
  /** Instalments fully covered by the payments (paid in order, the earliest first). */
  coveredInstalments: number;
  /** What the instalments due so far (due date ≤ date) ask for. */
  expectedCents: number;
  paidCents: number;
  /** The first instalment not fully paid, 1-based, with what is missing on it. */
  pending: { seq: number; dueOn: RuleDate; missingCents: number; daysLate: number } | null;
  /** The day the plan breaks if the pending instalment is still not paid. */
  breaksAfter: RuleDate | null;
}

/**
 * The state of a plan on `date`, from what the client paid since it started (payments cover the
 * instalments in order): `completed` when every instalment is paid; `respected` when the first unpaid one
 * is not due yet; `late` while it is overdue by at most `graceDays`; `broken` after.
 */
export function paymentPlanState(
  instalments: readonly Instalment[],
  paidSinceStartCents: number,
  date: RuleDate,
  graceDays: number,
): PaymentPlanState {
  let cumulative = 0;
  let expected = 0;
  let covered = 0;
  let pending: PaymentPlanState['pending'] = null;
  instalments.forEach((inst, i) => {
    cumulative += inst.amountCents;
    if (inst.dueOn <= date) expected += inst.amountCents;
    if (cumulative <= paidSinceStartCents) covered += 1;
    else if (!pending)
      pending = {
        seq: i + 1,
        dueOn: inst.dueOn,
        missingCents: Math.min(inst.amountCents, cumulative - paidSinceStartCents),
        daysLate: Math.max(0, dayNumber(date) - dayNumber(inst.dueOn)),
      };
  });
  const base = { coveredInstalments: covered, expectedCents: expected, paidCents: paidSinceStartCents };
  const first = pending as PaymentPlanState['pending'];
  if (!first) return { ...base, state: 'completed', pending: null, breaksAfter: null };
  const breaksAfter = addDays(first.dueOn, graceDays);
  const state: PaymentPlanStateName =
    date <= first.dueOn ? 'respected' : date <= breaksAfter ? 'late' : 'broken';
  return { ...base, state, pending: first, breaksAfter };
}
