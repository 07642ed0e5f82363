/**
 * Belgian national register number (NISS / INSZ, rijksregisternummer / numéro de registre national)
 * and BIS number (for people known to social security but not in the national register).
 *
 * Layout: `YYMMDD SSS CC`.
 * - `YYMMDD` is the birth date. A part that is unknown is written `00`.
 * - BIS numbers add 20 to the month when the sex was unknown when the number was given, 40 when it was
 *   known (so `YY 2M DD` / `YY 4M DD`; a BIS number with an unknown month has month `20` or `40`).
 * - `SSS` is a sequence number among people born the same day: historically odd for men, even for
 *   women. It is exposed as information only and must never drive a decision.
 * - `CC` = 97 − (first 9 digits mod 97). For people born in 2000 or later the check is computed on
 *   `'2' + first 9 digits`; the check digits therefore also tell the century.
 */
import { DomainError } from '../errors.ts';
import { compact, isDigits, modDigits, type ParseFailure } from './normalize.ts';

export type Niss = string & { readonly __brand: 'Niss' };

export type NissErrorCode = 'niss.format' | 'niss.checksum' | 'niss.birth_date' | 'niss.birth_date_mismatch';

export interface NissDetails {
  ok: true;
  /** The 11 digits, without separators. */
  value: Niss;
  /** `YY.MM.DD-SSS.CC`. */
  formatted: string;
  /** `bis` for a BIS number (month + 20 or + 40). */
  kind: 'national' | 'bis';
  /** Whether the number is a BIS number. */
  isBis: boolean;
  /** 1900 or 2000, told apart by the check digits. */
  century: 1900 | 2000;
  /** Century + YY as encoded. When the whole date is unknown (`000000`) this is only the encoded year. */
  birthYear: number;
  /** 1–12, or absent when the month is unknown (`00`). */
  birthMonth?: number;
  /** 1–31, or absent when the day is unknown (`00`). */
  birthDay?: number;
  /** ISO `YYYY-MM-DD`, present only when the whole birth date is known. */
  birthDate?: string;
  /** The 3-digit sequence number (1–999). */
  sequence: number;
  /**
   * Sex as historically encoded by the parity of the sequence (odd: male, even: female). Information
   * only: absent for BIS numbers given while the sex was unknown. Never base a decision on it.
   */
  sex?: 'male' | 'female';
}

export type NissParseResult = NissDetails | (ParseFailure & { code: NissErrorCode });

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Check digits of a NISS whose first 9 digits are `base` (a 9-digit string). */
export function nissCheckDigits(base: string, century: 1900 | 2000): string {
  const digits = century === 2000 ? '2' + base : base;
  return pad(97 - modDigits(digits, 97), 2);
}

/** Parses a NISS / BIS number typed in any usual way (`85.07.30-033.28`, `85073003328`, …). */
export function parseNiss(input: string): NissParseResult {
  const value = compact(input);
  if (value.length !== 11 || !isDigits(value)) return { ok: false, code: 'niss.format' };

  const base = value.slice(0, 9);
  const check = value.slice(9);
  let century: 1900 | 2000;
  if (check === nissCheckDigits(base, 1900)) century = 1900;
  else if (check === nissCheckDigits(base, 2000)) century = 2000;
  else return { ok: false, code: 'niss.checksum' };

  const yy = Number(value.slice(0, 2));
  const encodedMonth = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const sequence = Number(value.slice(6, 9));

  let month: number;
  let kind: NissDetails['kind'] = 'national';
  let sexKnown = true;
  if (encodedMonth <= 12) month = encodedMonth;
  else if (encodedMonth >= 20 && encodedMonth <= 32) {
    month = encodedMonth - 20;
    kind = 'bis';
    sexKnown = false;
  } else if (encodedMonth >= 40 && encodedMonth <= 52) {
    month = encodedMonth - 40;
    kind = 'bis';
  } else return { ok: false, code: 'niss.birth_date' };

  const birthYear = century + yy;
  if (day > 31) return { ok: false, code: 'niss.birth_date' };
  // A fully given date must exist in the calendar (no 30 February).
  if (month !== 0 && day !== 0 && !isCalendarDate(birthYear, month, day)) {
    return { ok: false, code: 'niss.birth_date' };
  }

  const details: NissDetails = {
    ok: true,
    value: value as Niss,
    formatted: `${value.slice(0, 2)}.${value.slice(2, 4)}.${value.slice(4, 6)}-${value.slice(6, 9)}.${check}`,
    kind,
    isBis: kind === 'bis',
    century,
    birthYear,
    sequence,
  };
  if (month !== 0) details.birthMonth = month;
  if (day !== 0) details.birthDay = day;
  if (month !== 0 && day !== 0) details.birthDate = `${pad(birthYear, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (sexKnown) details.sex = sequence % 2 === 1 ? 'male' : 'female';
  return details;
}

export function isValidNiss(input: string): boolean {
  return parseNiss(input).ok;
}

/** Returns the normalised NISS (11 digits) or throws a `DomainError` on `field`. */
export function assertNiss(input: string, field = 'niss'): Niss {
  const result = parseNiss(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.value;
}

/** `YY.MM.DD-SSS.CC`. Throws a `DomainError` on `field` when the number is not valid. */
export function formatNiss(input: string, field = 'niss'): string {
  const result = parseNiss(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.formatted;
}

function parseIsoDate(isoDate: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * Whether a NISS is consistent with a birth date given as ISO `YYYY-MM-DD` (e.g. at sign-up). Only
 * the parts the number encodes are compared: a number with an unknown day (`00`) matches any day of
 * the month, and a number with a fully unknown date (`000000`) matches any date. False when the number
 * or the date is not valid.
 */
export function nissMatchesBirthDate(niss: string, isoDate: string): boolean {
  const parsed = parseNiss(niss);
  const date = parseIsoDate(isoDate);
  if (!parsed.ok || !date) return false;
  const nothingKnown =
    parsed.birthYear % 100 === 0 && parsed.birthMonth === undefined && parsed.birthDay === undefined;
  if (nothingKnown) return true;
  if (parsed.birthYear !== date.year) return false;
  if (parsed.birthMonth !== undefined && parsed.birthMonth !== date.month) return false;
  if (parsed.birthDay !== undefined && parsed.birthDay !== date.day) return false;
  return true;
}

/**
 * Asserts that `niss` is valid and consistent with the birth date; returns the normalised NISS.
 * Throws `niss.*` format errors, or `niss.birth_date_mismatch`, on `field`.
 */
export function assertNissMatchesBirthDate(niss: string, isoDate: string, field = 'niss'): Niss {
  const value = assertNiss(niss, field);
  if (!nissMatchesBirthDate(value, isoDate)) throw DomainError.field(field, 'niss.birth_date_mismatch');
  return value;
}

/**
 * Builds a valid NISS from its parts (tests, fixtures, demo data). `month` and `day` may be 0 for an
 * unknown part; `bis` adds 20 (sex unknown) or 40 (sex known) to the month.
 */
export function makeNiss(parts: {
  year: number;
  month: number;
  day: number;
  sequence: number;
  bis?: 'sex_unknown' | 'sex_known';
}): Niss {
  const { year, month, day, sequence, bis } = parts;
  const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  if (
    !inRange(year, 1900, 2099) ||
    !inRange(month, 0, 12) ||
    !inRange(day, 0, 31) ||
    !inRange(sequence, 1, 999)
  ) {
    throw DomainError.field('niss', 'niss.format');
  }
  const century = year >= 2000 ? 2000 : 1900;
  const offset = bis === 'sex_unknown' ? 20 : bis === 'sex_known' ? 40 : 0;
  const base = pad(year % 100, 2) + pad(month + offset, 2) + pad(day, 2) + pad(sequence, 3);
  const value = base + nissCheckDigits(base, century);
  const parsed = parseNiss(value);
  if (!parsed.ok) throw DomainError.field('niss', parsed.code);
  return parsed.value;
}
