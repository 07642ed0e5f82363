/**
 * Small helpers shared by the identifier checks. Everything here is pure and runs unchanged in the
 * browser and on the server.
 */

/** A failed parse: a stable message code (see `messages.ts`) and, when the message needs them, params. */
export interface ParseFailure {
  ok: false;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * Separators people type or paste inside identifiers: white space (including no-break spaces), dots,
 * slashes and every kind of dash.
 */
const SEPARATORS = /[\s.\-/\u2010-\u2015\u2212]/g;

/** Strips spaces, dots, dashes and slashes, and upper-cases: `' be 0403.170.701 '` → `'BE0403170701'`. */
export function compact(input: string): string {
  return input.replace(SEPARATORS, '').toUpperCase();
}

export function isDigits(value: string): boolean {
  return /^\d+$/.test(value);
}

/** The remainder of a (possibly very long) decimal digit string divided by `divisor`. */
export function modDigits(digits: string, divisor: number): number {
  let rest = 0;
  for (const char of digits) rest = (rest * 10 + (char.charCodeAt(0) - 48)) % divisor;
  return rest;
}

/** Number of Unicode code points, the unit of the length limits in payment standards. */
export function codePointLength(value: string): number {
  return [...value].length;
}

/** Length in bytes once encoded as UTF-8. */
export function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

/**
 * ISO 7064 MOD 97-10 with letters counted as 10 (A) to 35 (Z), as in IBANs and ISO 11649 creditor
 * references: the remainder of the whole string read as digits.
 */
export function iso7064Mod97(value: string): number {
  let digits = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    digits += code >= 65 && code <= 90 ? String(code - 55) : char;
  }
  return modDigits(digits, 97);
}

/** ISO 7064 MOD 11,10 (German VAT numbers, Croatian OIB): the check digit for `digits`. */
export function iso7064Mod1110CheckDigit(digits: string): number {
  let product = 10;
  for (const char of digits) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** The Luhn sum of `digits` (the rightmost digit is not doubled); valid numbers have `% 10 === 0`. */
export function luhnSum(digits: string): number {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let digit = Number(digits[i]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum;
}

/** The Luhn check digit to append to `digits`. */
export function luhnCheckDigit(digits: string): number {
  return (10 - (luhnSum(digits + '0') % 10)) % 10;
}

/** Weighted digit sum: `Σ digit[i] × weights[i]`. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum;
}
