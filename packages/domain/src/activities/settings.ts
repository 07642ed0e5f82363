import type { FieldIssue } from '../errors.ts';

/**
 * Settings of the Activity tool, per legal entity. Every value here is a platform default (DOMAIN.md and
 * the seeds give no figure for them, see SOURCES.md in this folder); an administrator changes them per
 * entity and the server passes the result to the rules (`activitySettingsFor(entity, stored)`).
 */
export interface ActivitySettings {
  /**
   * Expense claims, supplier invoices and salary requests whose amount is ABOVE this (cents) are approved
   * by staff after the Activity's administrator. Default 1,000.00 EUR.
   */
  staffApprovalThresholdCents: number;
  /** Months of salary cost a CDI paid from the Activity keeps available (the reserve). Default 3. */
  reserveMonths: number;
  /** How far ahead (months) the CDI trend alert looks for the budget falling under the reserve. Default 6. */
  trendHorizonMonths: number;
  /** An unpaid invoice raises an alert this many days after its due date. Default 30. */
  unpaidInvoiceAlertDays: number;
  /** A submitted expense claim raises an alert after waiting this many days for approval. Default 7. */
  expenseWaitingAlertDays: number;
  /** Largest receipt accepted, in bytes. Default 10 MiB. */
  receiptMaxBytes: number;
  /** Longest repayment of an internal loan or equipment financing, in months. Default 60. */
  financingMaxMonths: number;
}

export const DEFAULT_ACTIVITY_SETTINGS: Readonly<ActivitySettings> = {
  staffApprovalThresholdCents: 100_000,
  reserveMonths: 3,
  trendHorizonMonths: 6,
  unpaidInvoiceAlertDays: 30,
  expenseWaitingAlertDays: 7,
  receiptMaxBytes: 10 * 1024 * 1024,
  financingMaxMonths: 60,
};

/** Bounds an administrator may set (inclusive). */
export const ACTIVITY_SETTING_LIMITS: Readonly<Record<keyof ActivitySettings, { min: number; max: number }>> =
  {
    staffApprovalThresholdCents: { min: 0, max: 100_000_000 },
    reserveMonths: { min: 0, max: 24 },
    trendHorizonMonths: { min: 1, max: 24 },
    unpaidInvoiceAlertDays: { min: 0, max: 365 },
    expenseWaitingAlertDays: { min: 1, max: 365 },
    receiptMaxBytes: { min: 1024, max: 50 * 1024 * 1024 },
    financingMaxMonths: { min: 1, max: 120 },
  };

const KEYS = Object.keys(DEFAULT_ACTIVITY_SETTINGS) as (keyof ActivitySettings)[];

/**
 * Problems of a (partial) settings object: each value an integer within `ACTIVITY_SETTING_LIMITS`.
 * Fields are named `settings.<key>`; unknown keys are reported too.
 */
export function activitySettingsIssues(input: unknown): FieldIssue[] {
  if (typeof input !== 'object' || input === null) return [{ field: 'settings', code: 'field.invalid' }];
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(input)) {
    const field = `settings.${key}`;
    if (!(KEYS as string[]).includes(key)) {
      issues.push({ field, code: 'field.invalid_choice' });
      continue;
    }
    const { min, max } = ACTIVITY_SETTING_LIMITS[key as keyof ActivitySettings];
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      issues.push({ field, code: 'field.invalid' });
    else if (value < min) issues.push({ field, code: 'field.too_small', params: { min } });
    else if (value > max) issues.push({ field, code: 'field.too_big', params: { max } });
  }
  return issues;
}

/**
 * The settings in force for an entity: the defaults, overridden by what the entity stored. The stored
 * values are checked: a wrong stored value is a configuration error, not the user's.
 */
export function activitySettingsFor(
  stored: Partial<ActivitySettings> | null | undefined = undefined,
): ActivitySettings {
  if (!stored) return { ...DEFAULT_ACTIVITY_SETTINGS };
  const issues = activitySettingsIssues(stored);
  if (issues.length > 0) throw new RangeError(`invalid Activity settings: ${JSON.stringify(issues)}`);
  return { ...DEFAULT_ACTIVITY_SETTINGS, ...stored };
}
