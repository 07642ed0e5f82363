/**
 * Belgian structured communication (OGM / VCS: gestructureerde mededeling / communication structurée),
 * e.g. `+++123/4567/89012+++`: a 10-digit base and 2 check digits = base mod 97, with 0 written 97.
 *
 * Also the international ISO 11649 creditor reference (`RF18 5390 0754 7034`), accepted by the EPC QR
 * payload as the other kind of structured reference.
 */
import { DomainError } from '../errors.ts';
import { compact, iso7064Mod97, isDigits, modDigits, type ParseFailure } from './normalize.ts';

export type StructuredCommunication = string & { readonly __brand: 'StructuredCommunication' };

export type StructuredCommunicationErrorCode =
  | 'structured_communication.format'
  | 'structured_communication.checksum'
  | 'structured_communication.base_out_of_range';

export interface StructuredCommunicationDetails {
  ok: true;
  /** The 12 digits: `123456789002`. */
  value: StructuredCommunication;
  /** The first 10 digits. */
  base: string;
  /** `+++123/4567/89002+++`. */
  formatted: string;
}

export type StructuredCommunicationParseResult =
  StructuredCommunicationDetails | (ParseFailure & { code: StructuredCommunicationErrorCode });

export const STRUCTURED_COMMUNICATION_MAX_BASE = 9_999_999_999;

/** Check digits of a 10-digit base: base mod 97, 0 being written 97. */
export function structuredCommunicationCheckDigits(base: string): string {
  const rest = modDigits(base, 97);
  return String(rest === 0 ? 97 : rest).padStart(2, '0');
}

function format(digits: string): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/**
 * Parses `+++123/4567/89002+++`, `***123/4567/89002***` or the 12 digits alone (spaces, slashes,
 * dots and dashes between digits are ignored).
 */
export function parseStructuredCommunication(input: string): StructuredCommunicationParseResult {
  let text = input.trim();
  const fence = /^(\+{3}|\*{3})(.*)\1$/s.exec(text);
  if (fence) text = fence[2]!;
  const digits = compact(text);
  if (digits.length !== 12 || !isDigits(digits))
    return { ok: false, code: 'structured_communication.format' };
  const base = digits.slice(0, 10);
  if (structuredCommunicationCheckDigits(base) !== digits.slice(10)) {
    return { ok: false, code: 'structured_communication.checksum' };
  }
  return { ok: true, value: digits as StructuredCommunication, base, formatted: format(digits) };
}

export function isValidStructuredCommunication(input: string): boolean {
  return parseStructuredCommunication(input).ok;
}

/** Returns the 12 digits or throws a `DomainError` on `field`. */
export function assertStructuredCommunication(
  input: string,
  field = 'structuredCommunication',
): StructuredCommunication {
  const result = parseStructuredCommunication(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.value;
}

/** `+++123/4567/89002+++`. Throws a `DomainError` on `field` when the input is not valid. */
export function formatStructuredCommunication(input: string, field = 'structuredCommunication'): string {
  const result = parseStructuredCommunication(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.formatted;
}

/**
 * Makes the structured communication of a base from 0 to 9 999 999 999 (left-padded to 10 digits),
 * e.g. an invoice's sequence number. Returns the 12 digits; format them with
 * `formatStructuredCommunication`. Throws `structured_communication.base_out_of_range` otherwise.
 */
export function makeStructuredCommunication(
  base: bigint | number,
  field = 'structuredCommunication',
): StructuredCommunication {
  const valid =
    typeof base === 'bigint'
      ? base >= 0n && base <= BigInt(STRUCTURED_COMMUNICATION_MAX_BASE)
      : Number.isSafeInteger(base) && base >= 0 && base <= STRUCTURED_COMMUNICATION_MAX_BASE;
  if (!valid) {
    throw DomainError.field(field, 'structured_communication.base_out_of_range', {
      min: 0,
      max: STRUCTURED_COMMUNICATION_MAX_BASE,
    });
  }
  const digits = String(base).padStart(10, '0');
  return (digits + structuredCommunicationCheckDigits(digits)) as StructuredCommunication;
}

export type CreditorReference = string & { readonly __brand: 'CreditorReference' };

export type CreditorReferenceErrorCode = 'creditor_reference.format' | 'creditor_reference.checksum';

export type CreditorReferenceParseResult =
  | {
      ok: true;
      /** Electronic form: `RF18539007547034`. */
      value: CreditorReference;
      /** Groups of four: `RF18 5390 0754 7034`. */
      formatted: string;
    }
  | (ParseFailure & { code: CreditorReferenceErrorCode });

/**
 * Parses an ISO 11649 creditor reference: `RF`, 2 check digits, then 1 to 21 letters or digits; the
 * reference moved in front of `RF` + check digits must give 1 under ISO 7064 MOD 97-10.
 */
export function parseCreditorReference(input: string): CreditorReferenceParseResult {
  const value = compact(input);
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(value)) return { ok: false, code: 'creditor_reference.format' };
  if (iso7064Mod97(value.slice(4) + value.slice(0, 4)) !== 1) {
    return { ok: false, code: 'creditor_reference.checksum' };
  }
  return { ok: true, value: value as CreditorReference, formatted: value.replace(/(.{4})(?=.)/g, '$1 ') };
}

/** Returns the creditor reference in electronic form or throws a `DomainError` on `field`. */
export function assertCreditorReference(input: string, field = 'creditorReference'): CreditorReference {
  const result = parseCreditorReference(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.value;
}

/** Makes an ISO 11649 creditor reference from 1 to 21 letters or digits. */
export function makeCreditorReference(reference: string, field = 'creditorReference'): CreditorReference {
  const body = compact(reference);
  if (!/^[A-Z0-9]{1,21}$/.test(body)) throw DomainError.field(field, 'creditor_reference.format');
  const check = 98 - iso7064Mod97(body + 'RF00');
  return `RF${String(check).padStart(2, '0')}${body}` as CreditorReference;
}
