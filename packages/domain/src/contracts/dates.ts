/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in whole days, without time zones: a contract day is a
 * calendar date, not an instant. Every function expects dates already checked with `isRuleDate`.
 */
import { isRuleDate } from '../rules/types.ts';

const MS_PER_DAY = 86_400_000;

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Milliseconds of midnight UTC of a date (setUTCFullYear: years 0-99 are not moved to 19xx). */
function utc(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return t.getTime();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return utc(y, m, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  const t = new Date(day * MS_PER_DAY);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

/** The year and month after the month of `date`. */
function nextMonth(date: string): [number, number] {
  const [y, m] = parts(date);
  return m === 12 ? [y + 1, 1] : [y, m + 1];
}

/**
 * Last day of a period of one calendar month starting on `date` ("de quantième à veille de quantième"):
 * 2026-01-15 → 2026-02-14, 2026-01-01 → 2026-01-31. When the same day does not exist in the next month,
 * the period ends on that month's last day: 2026-01-31 → 2026-02-28, 2026-01-30 → 2026-02-28.
 */
export function lastDayOfOneMonthFrom(date: string): string {
  const [, , d] = parts(date);
  const [ny, nm] = nextMonth(date);
  const length = daysInMonth(ny, nm);
  if (d > length) return `${pad(ny, 4)}-${pad(nm, 2)}-${pad(length, 2)}`;
  return addDays(`${pad(ny, 4)}-${pad(nm, 2)}-${pad(d, 2)}`, -1);
}

/** Day `day` of the month after the month of `date`, or that month's last day when it is shorter. */
export function dayOfNextMonth(date: string, day: number): string {
  const [ny, nm] = nextMonth(date);
  return `${pad(ny, 4)}-${pad(nm, 2)}-${pad(Math.min(day, daysInMonth(ny, nm)), 2)}`;
}

export function yearOf(date: string): string {
  return date.slice(0, 4);
}

/** Calendar quarter `YYYY-Qn`. */
export function quarterOf(date: string): string {
  const [y, m] = parts(date);
  return `${pad(y, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
}

export { isRuleDate as isIsoDate };
