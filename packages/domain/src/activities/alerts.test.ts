import { describe, expect, it } from 'vitest';
import { activityAlerts } from './alerts.ts';
import { budgetView } from './budget.ts';
import { activitySettingsFor, activitySettingsIssues } from './settings.ts';

const none = { salariesCents: 0, expensesCents: 0, purchasesCents: 0, loanInstalmentsCents: 0 };
const budgetOf = (free: number, advance = 0) =>
  budgetView({
    invoicedExclVatCents: 0,
    feeCents: 0,
    receivedCents: 0,
    otherInCents: free,
    spentCents: 0,
    committed: none,
    advanceLimitCents: advance,
  });

describe('activityAlerts', () => {
  const today = '2026-03-10';

  it('raises nothing for a healthy Activity', () => {
    expect(
      activityAlerts({
        today,
        budget: budgetOf(2_000_000),
        cdi: { monthlyCostCents: 400_000, monthlyIncomeCents: Array.from({ length: 12 }, () => 450_000) },
        unpaidInvoices: [
          { id: 'i1', number: 'BE-PA-2026-000001', dueDate: '2026-03-01', amountDueCents: 10_000 },
        ],
        pendingExpenseClaims: [{ id: 'e1', submittedOn: '2026-03-04' }],
      }),
    ).toEqual([]);
  });

  it('raises ageing invoices and waiting claims at the entity’s thresholds', () => {
    const alerts = activityAlerts({
      today,
      budget: budgetOf(100_000),
      unpaidInvoices: [
        { id: 'i1', number: 'BE-PA-2026-000001', dueDate: '2026-02-08', amountDueCents: 12_100 },
        { id: 'i2', number: 'BE-PA-2026-000002', dueDate: '2026-02-09', amountDueCents: 5_000 },
        { id: 'i3', number: 'BE-PA-2025-000042', dueDate: '2025-12-01', amountDueCents: 0 },
      ],
      pendingExpenseClaims: [
        { id: 'e1', submittedOn: '2026-03-03' },
        { id: 'e2', submittedOn: '2026-03-04' },
      ],
    });
    expect(alerts).toEqual([
      {
        code: 'activity.alert.unpaid_invoice',
        severity: 'warning',
        params: { number: 'BE-PA-2026-000001', days: 30, due: '121.00', dueCents: 12_100 },
        subject: { type: 'invoice', id: 'i1' },
      },
      {
        code: 'activity.alert.expense_waiting',
        severity: 'warning',
        params: { days: 7 },
        subject: { type: 'expense_claim', id: 'e1' },
      },
    ]);
    const settings = activitySettingsFor({ unpaidInvoiceAlertDays: 10, expenseWaitingAlertDays: 3 });
    expect(
      activityAlerts({
        today,
        budget: budgetOf(100_000),
        unpaidInvoices: [{ id: 'i2', number: 'N', dueDate: '2026-02-28', amountDueCents: 1 }],
        pendingExpenseClaims: [{ id: 'e2', submittedOn: '2026-03-07' }],
        settings,
      }).map((a) => a.code),
    ).toEqual(['activity.alert.unpaid_invoice', 'activity.alert.expense_waiting']);
  });

  it('puts a negative budget first and warns about the CDI reserve or trend', () => {
    const under = activityAlerts({
      today,
      budget: budgetOf(-5_000, 10_000),
      cdi: { monthlyCostCents: 300_000, monthlyIncomeCents: [300_000] },
      pendingExpenseClaims: [{ id: 'e1', submittedOn: '2026-01-01' }],
    });
    expect(under.map((a) => [a.code, a.severity])).toEqual([
      ['activity.alert.budget_negative', 'critical'],
      ['activity.alert.budget_under_reserve', 'warning'],
      ['activity.alert.expense_waiting', 'warning'],
    ]);
    expect(under[1]?.params).toEqual({
      reserve: '9000.00',
      reserveCents: 900_000,
      free: '-50.00',
      freeCents: -5_000,
      months: 3,
    });
    const trend = activityAlerts({
      today,
      budget: budgetOf(1_200_000),
      cdi: { monthlyCostCents: 300_000, monthlyIncomeCents: [300_000, 300_000, 100_000, 100_000, 100_000] },
    });
    expect(trend).toEqual([
      {
        code: 'activity.alert.cdi_trend',
        severity: 'warning',
        params: { months: 2, flow: '-2000.00', flowCents: -200_000 },
        subject: null,
      },
    ]);
  });
});

describe('activity settings', () => {
  it('overrides the defaults with checked values', () => {
    expect(activitySettingsFor().staffApprovalThresholdCents).toBe(100_000);
    expect(activitySettingsFor({ reserveMonths: 6 }).reserveMonths).toBe(6);
    expect(activitySettingsIssues({ reserveMonths: -1, colour: 'red', receiptMaxBytes: 1.5 })).toEqual([
      { field: 'settings.reserveMonths', code: 'field.too_small', params: { min: 0 } },
      { field: 'settings.colour', code: 'field.invalid_choice' },
      { field: 'settings.receiptMaxBytes', code: 'field.invalid' },
    ]);
    expect(() => activitySettingsFor({ trendHorizonMonths: 0 })).toThrow(RangeError);
  });
});
