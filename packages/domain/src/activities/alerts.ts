/**
 * Alerts for the adviser who follows an Activity (issue 5, "Adviser back office"), as stable codes with
 * parameters (translated in `messages.ts`):
 * - `activity.alert.budget_negative` (critical): the free budget (available − committed) is below zero,
 *   which only an authorised advance allows;
 * - `activity.alert.budget_under_reserve`: an Activity paying a CDI holds less than its reserve
 *   (N months of the CDI's cost, `ActivitySettings.reserveMonths`);
 * - `activity.alert.cdi_trend`: at the income trend of the last 12 months the budget will fall under the
 *   reserve within the horizon (`cdiTrend`);
 * - `activity.alert.unpaid_invoice`: an invoice still unpaid N days after its due date
 *   (`unpaidInvoiceAlertDays`, default 30);
 * - `activity.alert.expense_waiting`: an expense claim waiting for approval for N days or more
 *   (`expenseWaitingAlertDays`, default 7).
 * Money parameters are "1234.56" strings (the interface formats them); the `...Cents` twins are numbers.
 */
import type { MessageParams } from '../errors.ts';
import { dayNumber } from '../contracts/dates.ts';
import { formatCents } from '../payroll/arith.ts';
import type { BudgetView } from './budget.ts';
import { cdiTrend } from './cdi.ts';
import { trustedDate } from './input.ts';
import { DEFAULT_ACTIVITY_SETTINGS, type ActivitySettings } from './settings.ts';

export const ACTIVITY_ALERT_CODES = [
  'activity.alert.budget_negative',
  'activity.alert.budget_under_reserve',
  'activity.alert.cdi_trend',
  'activity.alert.unpaid_invoice',
  'activity.alert.expense_waiting',
] as const;
export type ActivityAlertCode = (typeof ACTIVITY_ALERT_CODES)[number];

export interface ActivityAlert {
  code: ActivityAlertCode;
  severity: 'critical' | 'warning';
  params: MessageParams;
  /** The document the alert is about, if any. */
  subject: { type: 'invoice' | 'expense_claim'; id: string } | null;
}

export interface AlertInput {
  today: string;
  budget: BudgetView;
  /** The CDI paid from the Activity, if any: its monthly employer cost and the budget's monthly income (oldest first). */
  cdi?: { monthlyCostCents: number; monthlyIncomeCents: readonly number[] } | null;
  unpaidInvoices?: readonly { id: string; number: string; dueDate: string; amountDueCents: number }[];
  pendingExpenseClaims?: readonly { id: string; submittedOn: string }[];
  settings?: ActivitySettings;
}

function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Every alert of one Activity today, critical first, then in the order of `ACTIVITY_ALERT_CODES`. */
export function activityAlerts(input: AlertInput): ActivityAlert[] {
  const today = trustedDate('today', input.today);
  const settings = input.settings ?? DEFAULT_ACTIVITY_SETTINGS;
  const { budget } = input;
  const alerts: ActivityAlert[] = [];

  if (budget.freeCents < 0) {
    alerts.push({
      code: 'activity.alert.budget_negative',
      severity: 'critical',
      params: {
        free: formatCents(budget.freeCents),
        freeCents: budget.freeCents,
        advance: formatCents(budget.advanceLimitCents),
        advanceCents: budget.advanceLimitCents,
      },
      subject: null,
    });
  }

  if (input.cdi && input.cdi.monthlyIncomeCents.length > 0) {
    const trend = cdiTrend({
      monthlyIncomeCents: input.cdi.monthlyIncomeCents,
      monthlyCostCents: input.cdi.monthlyCostCents,
      availableCents: budget.freeCents,
      reserveMonths: settings.reserveMonths,
      horizonMonths: settings.trendHorizonMonths,
    });
    if (trend.monthsUntilUnderReserve === 0) {
      alerts.push({
        code: 'activity.alert.budget_under_reserve',
        severity: 'warning',
        params: {
          reserve: formatCents(trend.reserveCents),
          reserveCents: trend.reserveCents,
          free: formatCents(budget.freeCents),
          freeCents: budget.freeCents,
          months: settings.reserveMonths,
        },
        subject: null,
      });
    } else if (trend.alert) {
      alerts.push({
        code: 'activity.alert.cdi_trend',
        severity: 'warning',
        params: {
          months: trend.monthsUntilUnderReserve!,
          flow: formatCents(trend.monthlyFlowCents),
          flowCents: trend.monthlyFlowCents,
        },
        subject: null,
      });
    }
  }

  for (const invoice of input.unpaidInvoices ?? []) {
    const overdue = daysBetween(trustedDate('dueDate', invoice.dueDate), today);
    if (invoice.amountDueCents > 0 && overdue >= settings.unpaidInvoiceAlertDays && overdue > 0) {
      alerts.push({
        code: 'activity.alert.unpaid_invoice',
        severity: 'warning',
        params: {
          number: invoice.number,
          days: overdue,
          due: formatCents(invoice.amountDueCents),
          dueCents: invoice.amountDueCents,
        },
        subject: { type: 'invoice', id: invoice.id },
      });
    }
  }

  for (const claim of input.pendingExpenseClaims ?? []) {
    const waiting = daysBetween(trustedDate('submittedOn', claim.submittedOn), today);
    if (waiting >= settings.expenseWaitingAlertDays) {
      alerts.push({
        code: 'activity.alert.expense_waiting',
        severity: 'warning',
        params: { days: waiting },
        subject: { type: 'expense_claim', id: claim.id },
      });
    }
  }

  const rank = (a: ActivityAlert) =>
    (a.severity === 'critical' ? 0 : 100) + ACTIVITY_ALERT_CODES.indexOf(a.code);
  return alerts
    .map((alert, i) => ({ alert, i }))
    .sort((a, b) => rank(a.alert) - rank(b.alert) || a.i - b.i)
    .map(({ alert }) => alert);
}
