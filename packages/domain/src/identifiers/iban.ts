/**
 * IBAN and BIC checks, on top of `ibantools` (country formats from the SWIFT IBAN registry, the
 * MOD 97-10 check, and the national account checks ibantools knows, e.g. the Belgian one).
 *
 * Nothing else is derived from a Belgian IBAN (no BIC lookup): a member gives their BIC when a
 * payment needs it, and SEPA payments do not.
 */
import {
  electronicFormatIBAN,
  extractIBAN,
  friendlyFormatIBAN,
  isSEPACountry,
  validateBIC,
  validateIBAN,
  ValidationErrorsIBAN,
} from 'ibantools';
import { DomainError } from '../errors.ts';
import { compact, type ParseFailure } from './normalize.ts';

export type Iban = string & { readonly __brand: 'Iban' };
export type Bic = string & { readonly __brand: 'Bic' };

export type IbanErrorCode = 'iban.format' | 'iban.checksum' | 'iban.not_sepa';
export type BicErrorCode = 'bic.format';

export interface IbanDetails {
  ok: true;
  /** Electronic format, no spaces: `BE68539007547034`. */
  value: Iban;
  /** Groups of four: `BE68 5390 0754 7034`. */
  formatted: string;
  /** ISO 3166 country code of the account: `BE`. */
  country: string;
  /** The national account number (BBAN): `539007547034`. */
  bban: string;
  /** Whether the country is in the SEPA zone. */
  sepa: boolean;
}

export type IbanParseResult = IbanDetails | (ParseFailure & { code: IbanErrorCode });

/** Parses an IBAN written with or without spaces, dots or dashes, in any case. */
export function parseIban(input: string): IbanParseResult {
  const value = electronicFormatIBAN(compact(input)) ?? '';
  const validation = validateIBAN(value);
  if (!validation.valid) {
    const checksum =
      validation.errorCodes.includes(ValidationErrorsIBAN.WrongIBANChecksum) ||
      validation.errorCodes.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
    // A checksum error only means something when the shape is otherwise right.
    const shape = validation.errorCodes.some(
      (code) =>
        code !== ValidationErrorsIBAN.WrongIBANChecksum &&
        code !== ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
    );
    return { ok: false, code: checksum && !shape ? 'iban.checksum' : 'iban.format' };
  }
  const extracted = extractIBAN(value);
  const country = extracted.countryCode ?? value.slice(0, 2);
  return {
    ok: true,
    value: value as Iban,
    formatted: friendlyFormatIBAN(value) ?? value,
    country,
    bban: extracted.bban ?? value.slice(4),
    sepa: isSEPACountry(country),
  };
}

export function isValidIban(input: string): boolean {
  return parseIban(input).ok;
}

/** Returns the IBAN in electronic format or throws a `DomainError` on `field`. */
export function assertIban(input: string, field = 'iban'): Iban {
  const result = parseIban(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.value;
}

/** Whether the input is a valid IBAN of a SEPA country (the only accounts SEPA transfers reach). */
export function isSepaIban(input: string): boolean {
  const result = parseIban(input);
  return result.ok && result.sepa;
}

/** Like `assertIban`, and also refuses accounts outside the SEPA zone (`iban.not_sepa`). */
export function assertSepaIban(input: string, field = 'iban'): Iban {
  const result = parseIban(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  if (!result.sepa) throw DomainError.field(field, 'iban.not_sepa', { country: result.country });
  return result.value;
}

/** `BE68 5390 0754 7034`. Throws a `DomainError` on `field` when the IBAN is not valid. */
export function formatIban(input: string, field = 'iban'): string {
  const result = parseIban(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.formatted;
}

/** The country code of a valid IBAN, or `undefined`. */
export function ibanCountry(input: string): string | undefined {
  const result = parseIban(input);
  return result.ok ? result.country : undefined;
}

export interface BicDetails {
  ok: true;
  /** 8 or 11 characters, upper case: `GEBABEBB`. */
  value: Bic;
  bankCode: string;
  country: string;
  locationCode: string;
  /** The 3-character branch code, absent for an 8-character BIC. */
  branchCode?: string;
}

export type BicParseResult = BicDetails | (ParseFailure & { code: BicErrorCode });

/** Parses a BIC (SWIFT code), 8 or 11 characters, with a known country. */
export function parseBic(input: string): BicParseResult {
  const value = compact(input);
  if (!validateBIC(value).valid) return { ok: false, code: 'bic.format' };
  const details: BicDetails = {
    ok: true,
    value: value as Bic,
    bankCode: value.slice(0, 4),
    country: value.slice(4, 6),
    locationCode: value.slice(6, 8),
  };
  if (value.length === 11) details.branchCode = value.slice(8);
  return details;
}

export function isValidBic(input: string): boolean {
  return parseBic(input).ok;
}

/** Returns the BIC in upper case or throws a `DomainError` on `field`. */
export function assertBic(input: string, field = 'bic'): Bic {
  const result = parseBic(input);
  if (!result.ok) throw DomainError.field(field, result.code);
  return result.value;
}
