import { dayNumber } from '../contracts/dates.ts';
import { mulDiv } from '../payroll/arith.ts';
import type { RuleDate } from '../rules/types.ts';

/**
 * Receivables figures for the board (DOMAIN.md §4 and §7, "receivables KPIs"): outstanding amounts by age,
 * days sales outstanding, reminders sent, recovery rate.
 */
export const AGE_BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'over_90'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** Days past the due date on `date` (0 or less: not due yet). */
export function daysOverdue(dueDate: RuleDate, date: RuleDate): number {
  return dayNumber(date) - dayNumber(dueDate);
}

/** Age bucket of an amount on `date`: not due, 1–30, 31–60, 61–90, more than 90 days past the due date. */
export function ageBucket(dueDate: RuleDate | null, date: RuleDate): AgeBucket {
  return dueDate ? ageBucketOfDays(daysOverdue(dueDate, date)) : 'not_due';
}

/** Age bucket of a number of days past the due date (0 or less: not due). */
export function ageBucketOfDays(days: number): AgeBucket {
  if (days <= 0) return 'not_due';
  if (days <= 30) return 'd1_30';
  if (days <= 60) return 'd31_60';
  if (days <= 90) return 'd61_90';
  return 'over_90';
}

export type AgeBuckets = Record<AgeBucket, number>;

export function emptyBuckets(): AgeBuckets {
  return { not_due: 0, d1_30: 0, d31_60: 0, d61_90: 0, over_90: 0 };
}

/** Sums amounts into their age buckets on `date`. */
export function bucketize(
  items: ReadonlyArray<{ dueDate: RuleDate | null; amountCents: number }>,
  date: RuleDate,
) {
  const buckets = emptyBuckets();
  for (const item of items) buckets[ageBucket(item.dueDate, date)] += item.amountCents;
  return buckets;
}

/** Length of the sales window of the DSO. */
export const DSO_WINDOW_DAYS = 90;

/**
 * Days sales outstanding, simple method: receivables at the end of the period ÷ sales including VAT of the
 * last 90 days (invoices less credit notes issued in the window) × 90, with one decimal, half up. Null
 * when there were no sales in the window. (The count-back method is not used: with one or two invoices a
 * month per worker, the simple ratio is steadier and easier to explain to the board.)
 */
export function daysSalesOutstanding(
  receivablesCents: number,
  salesInclVatCents: number,
  windowDays = DSO_WINDOW_DAYS,
): number | null {
  if (salesInclVatCents <= 0) return null;
  return mulDiv(Math.max(0, receivablesCents), windowDays * 10, salesInclVatCents, 'half-up') / 10;
}

/** Days after the first reminder within which a payment counts as recovered by the reminders. */
export const RECOVERY_WINDOW_DAYS = 30;

/**
 * Recovery rate: the share of the amount stated in first reminders that was paid within the window after
 * the reminder, in percent with one decimal (half up); null when nothing was reminded.
 */
export function recoveryRate(remindedCents: number, recoveredCents: number): number | null {
  if (remindedCents <= 0) return null;
  return mulDiv(Math.min(recoveredCents, remindedCents), 1000, remindedCents, 'half-up') / 10;
}
