/**
 * Belgian enterprise number (ondernemingsnummer / numéro d'entreprise, KBO / BCE) and the Belgian VAT
 * number (`BE` + enterprise number).
 *
 * Ten digits starting with 0 or 1; the last two are check digits: 97 − (first 8 digits mod 97).
 * Old 9-digit numbers (before 2005) are accepted and prefixed with 0. Establishment unit numbers
 * (starting with 2–9) are not enterprise numbers and are refused.
 */
import { DomainError } from '../errors.ts';
import { compact, isDigits, modDigits, type ParseFailure } from './normalize.ts';

export type EnterpriseNumber = string & { readonly __brand: 'EnterpriseNumber' };
export type BelgianVatNumber = string & { readonly __brand: 'BelgianVatNumber' };

export type EnterpriseNumberErrorCode = 'enterprise_number.format' | 'enterprise_number.checksum';

export interface EnterpriseNumberDetails {
  ok: true;
  /** The 10 digits, e.g. `0403170701`. */
  value: EnterpriseNumber;
  /** `0403.170.701`. */
  formatted: string;
  /** The matching VAT number, `BE0403170701` (whether the enterprise is VAT-registered is not known here). */
  vatNumber: BelgianVatNumber;
}

export type EnterpriseNumberParseResult =
  EnterpriseNumberDetails | (ParseFailure & { code: EnterpriseNumberErrorCode });

/** The two check digits for the first 8 digits of an enterprise number. */
export function enterpriseNumberCheckDigits(first8: string): string {
  return String(97 - modDigits(first8, 97)).padStart(2, '0');
}

/** Formats 10 digits as `0123.456.789` (no validation). */
function format(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/**
 * Parses an enterprise number typed as `0403.170.701`, `0403 170 701`, `403170701` or even as the VAT
 * form `BE 0403.170.701`.
 */
export function parseEnterpriseNumber(input: string): EnterpriseNumberParseResult {
  let value = compact(input);
  if (value.startsWith('BE')) value = value.slice(2);
  if (value.length === 9 && isDigits(value)) value = '0' + value;
  if (value.length !== 10 || !isDigits(value) || (value[0] !== '0' && value[0] !== '1')) {
    return { ok: false, code: 'enterprise_number.format' };
  }
  if (enterpriseNumberCheckDigits(value.slice(0, 8)) !== value.slice(8)) {
    return { ok: false, code: 'enterprise_number.checksum' };
  }
  return {
    ok: true,
    value: value as EnterpriseNumber,
    formatted: format(value),
    vatNumber: ('BE' + value) as BelgianVatNumber,
  };
}

export function isValidEnterpriseNumber(input: string): boolean {
  return parseEnterpriseNumber(input).ok;
}

/** Returns the 10-digit enterprise number or throws a `DomainError` on `field`. */
export function assertEnterpriseNumber(input: string, field = 'enterpriseNumber'): EnterpriseNumber {
  const result = parseEnterpriseNumber(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.value;
}

/** `0123.456.789`. Throws a `DomainError` on `field` when the number is not valid. */
export function formatEnterpriseNumber(input: string, field = 'enterpriseNumber'): string {
  const result = parseEnterpriseNumber(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.formatted;
}

/** Builds a valid enterprise number from its first 8 digits (fixtures, demo data). */
export function makeEnterpriseNumber(first8: string): EnterpriseNumber {
  if (!/^[01]\d{7}$/.test(first8)) throw DomainError.field('enterpriseNumber', 'enterprise_number.format');
  return (first8 + enterpriseNumberCheckDigits(first8)) as EnterpriseNumber;
}

export type BelgianVatErrorCode = 'vat.format' | 'vat.checksum';

export type BelgianVatParseResult =
  | {
      ok: true;
      /** `BE0403170701`. */
      value: BelgianVatNumber;
      /** `BE 0403.170.701`. */
      formatted: string;
      enterpriseNumber: EnterpriseNumber;
    }
  | (ParseFailure & { code: BelgianVatErrorCode; params: { country: 'BE' } });

/** Parses a Belgian VAT number, with or without the `BE` prefix. */
export function parseBelgianVatNumber(input: string): BelgianVatParseResult {
  const result = parseEnterpriseNumber(input);
  if (!result.ok) {
    const code = result.code === 'enterprise_number.checksum' ? 'vat.checksum' : 'vat.format';
    return { ok: false, code, params: { country: 'BE' } };
  }
  return {
    ok: true,
    value: result.vatNumber,
    formatted: `BE ${result.formatted}`,
    enterpriseNumber: result.value,
  };
}

/** Returns `BE` + 10 digits or throws a `DomainError` (`vat.format` / `vat.checksum`) on `field`. */
export function assertBelgianVatNumber(input: string, field = 'vatNumber'): BelgianVatNumber {
  const result = parseBelgianVatNumber(input);
  if (!result.ok) throw DomainError.field(field, result.code, result.params);
  return result.value;
}

/** `BE 0123.456.789`. Throws a `DomainError` on `field` when the number is not valid. */
export function formatBelgianVatNumber(input: string, field = 'vatNumber'): string {
  const result = parseBelgianVatNumber(input);
  if (!result.ok) throw DomainError.field(field, result.code, result.params);
  return result.formatted;
}
