/**
 * TARGET business days: the days on which euro transfers settle between banks, hence the only days a SEPA
 * credit transfer can be executed. Source: ECB, press release of 14 December 2000 "Long-term calendar for
 * TARGET closing days", applicable from 1 January 2002 until further notice, and the ECB's TARGET2 (since
 * March 2023, T2) calendar page: closed on Saturdays and Sundays, New Year's Day, Good Friday and Easter
 * Monday (Catholic/Protestant calendar), 1 May (Labour Day), Christmas Day and 26 December. See
 * `SOURCES.md` of this folder.
 *
 * Dates are ISO calendar dates (`YYYY-MM-DD`), handled in UTC so that no time zone moves them.
 */

/** The first year the long-term calendar applies to. */
export const TARGET_CALENDAR_FROM = 2002;

const DAY_MS = 86_400_000;

function parse(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not an ISO date: ${date}`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date)
    throw new RangeError(`not a calendar date: ${date}`);
  return d;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function addDays(date: string, days: number): string {
  return iso(new Date(parse(date).getTime() + days * DAY_MS));
}

/**
 * Easter Sunday of the Gregorian calendar (Catholic/Protestant), by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher): valid for every year from 1583.
 */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`year out of range: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The TARGET closing days of a year other than weekends, in date order. */
export function targetHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [
    `${year}-01-01`,
    addDays(easter, -2), // Good Friday
    addDays(easter, 1), // Easter Monday
    `${year}-05-01`,
    `${year}-12-25`,
    `${year}-12-26`,
  ];
}

export function isWeekend(date: string): boolean {
  const day = parse(date).getUTCDay();
  return day === 0 || day === 6;
}

/** Whether TARGET is open on that day: not a weekend, not one of its closing days. */
export function isTargetBusinessDay(date: string): boolean {
  if (isWeekend(date)) return false;
  return !targetHolidays(Number(date.slice(0, 4))).includes(date);
}

/** The day itself when TARGET is open, else the next day it is. */
export function nextTargetBusinessDay(date: string): string {
  let day = date;
  while (!isTargetBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The execution date to ask the bank for: the requested date, not before today (a bank does not execute in
 * the past), moved to the next TARGET business day when TARGET is closed that day.
 */
export function executionDate(requested: string, today: string): string {
  parse(requested);
  parse(today);
  return nextTargetBusinessDay(requested < today ? today : requested);
}
