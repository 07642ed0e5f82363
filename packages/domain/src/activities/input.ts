/**
 * Checks of untrusted input shared by the Activity rules. Each pushes a field issue and returns the clean
 * value, or undefined; the rule collects every issue and throws them together (DomainError 'validation').
 * Codes are the generic `field.*` ones of the common catalogue.
 */
import { DomainError, type FieldIssue, type MessageParams } from '../errors.ts';
import { MAX_AMOUNT_CENTS } from '../payroll/engine.ts';
import { formatCents } from '../payroll/arith.ts';
import { isRuleDate } from '../rules/types.ts';

export type Issues = FieldIssue[];

export function push(issues: Issues, field: string, code: string, params?: MessageParams): void {
  issues.push({ field, code, ...(params ? { params } : {}) });
}

export function throwIfAny(issues: Issues): void {
  if (issues.length > 0) throw new DomainError('validation', issues);
}

/** Trimmed text of `min` to `max` characters (code points). */
export function text(
  issues: Issues,
  field: string,
  value: unknown,
  min: number,
  max: number,
): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  const length = [...trimmed].length;
  if (trimmed === '') push(issues, field, 'field.required');
  else if (length < min) push(issues, field, 'field.too_short', { min });
  else if (length > max) push(issues, field, 'field.too_long', { max });
  else return trimmed;
  return undefined;
}

/** Optional text: absent, null or blank gives null. */
export function optionalText(issues: Issues, field: string, value: unknown, max: number): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return null;
  return text(issues, field, value, 1, max) ?? null;
}

/** A real calendar date `YYYY-MM-DD`. */
export function date(issues: Issues, field: string, value: unknown): string | undefined {
  if (isRuleDate(value)) return value;
  push(issues, field, 'field.invalid_date');
  return undefined;
}

/**
 * Integer cents from `min` (default 1: a positive amount) to the engine's maximum (1,000,000.00 EUR).
 */
export function cents(issues: Issues, field: string, value: unknown, min = 1): number | undefined {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) push(issues, field, 'field.invalid');
  else if (value < min) push(issues, field, 'field.too_small', { min: formatCents(min) });
  else if (value > MAX_AMOUNT_CENTS)
    push(issues, field, 'field.too_big', { max: formatCents(MAX_AMOUNT_CENTS) });
  else return value;
  return undefined;
}

/** An integer between `min` and `max`. */
export function integer(
  issues: Issues,
  field: string,
  value: unknown,
  min: number,
  max: number,
): number | undefined {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) push(issues, field, 'field.invalid');
  else if (value < min) push(issues, field, 'field.too_small', { min });
  else if (value > max) push(issues, field, 'field.too_big', { max });
  else return value;
  return undefined;
}

/**
 * A positive decimal number with at most `decimals` decimals, as an integer of 10^-decimals units
 * (1.25 with 2 decimals → 125), at most `max` units. Float noise of the JSON number is tolerated.
 */
export function scaled(
  issues: Issues,
  field: string,
  value: unknown,
  decimals: number,
  max: number,
): number | undefined {
  const factor = 10 ** decimals;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    push(issues, field, 'field.invalid');
    return undefined;
  }
  const units = Math.round(value * factor);
  if (Math.abs(units - value * factor) > 1e-6 * Math.max(1, value) || units <= 0) {
    push(issues, field, 'activity.number.decimals', { decimals });
    return undefined;
  }
  if (units > max) {
    push(issues, field, 'field.too_big', { max: max / factor });
    return undefined;
  }
  return units;
}

/** Asserts that a trusted value (set by the server) is a date; a programming error otherwise. */
export function trustedDate(name: string, value: string): string {
  if (!isRuleDate(value)) throw new RangeError(`${name} must be YYYY-MM-DD, got ${value}`);
  return value;
}

/** Asserts that a trusted amount is integer cents. */
export function trustedCents(name: string, value: number, min = Number.MIN_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || value < min)
    throw new RangeError(`${name} must be integer cents ≥ ${min}`);
  return value;
}
