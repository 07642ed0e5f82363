/**
 * EU VAT identification numbers (as checked by VIES): a country prefix, the national format by
 * regular expression, and the check digits where the algorithm is public and stable.
 *
 * Prefixes are the EU member states' ISO codes, except Greece (`EL`, `GR` is accepted and corrected)
 * and `XI` for Northern Ireland (UK numbers under the Windsor Framework). A passing check does not
 * mean the number is registered: only VIES can tell.
 */
import { DomainError } from '../errors.ts';
import {
  compact,
  isDigits,
  iso7064Mod1110CheckDigit,
  iso7064Mod97,
  luhnCheckDigit,
  luhnSum,
  modDigits,
  weightedSum,
  type ParseFailure,
} from './normalize.ts';
import { parseEnterpriseNumber } from './enterprise-number.ts';

export const VAT_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'EL',
  'ES',
  'FI',
  'FR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'XI',
] as const;
export type VatCountry = (typeof VAT_COUNTRIES)[number];

export function isVatCountry(value: string): value is VatCountry {
  return (VAT_COUNTRIES as readonly string[]).includes(value);
}

export type VatNumber = string & { readonly __brand: 'VatNumber' };

export type VatErrorCode = 'vat.country_missing' | 'vat.country_unknown' | 'vat.format' | 'vat.checksum';

export interface VatNumberDetails {
  ok: true;
  country: VatCountry;
  /** The national part, without the prefix: `0403170701`. */
  number: string;
  /** Prefix + national part, as VIES wants it: `BE0403170701`. */
  normalized: VatNumber;
  /** Whether check digits were verified (false for countries whose algorithm is not implemented). */
  checksumVerified: boolean;
}

export type VatParseResult = VatNumberDetails | (ParseFailure & { code: VatErrorCode });

/** National formats (the part after the prefix), as published for VIES. */
const FORMATS: Record<VatCountry, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^[1-9]\d{8}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^[1-9]\d{7}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^[1-9]\d{8}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^[1-9]\d{7}$/,
  SK: /^[1-9]\d{9}$/,
  XI: /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/,
};

/** Outcome of a national check: valid, invalid check digits, or a format the checker refuses. */
type CheckOutcome = 'valid' | 'checksum' | 'format';

const fromBoolean = (valid: boolean): CheckOutcome => (valid ? 'valid' : 'checksum');

/** Mod 11 with weights; `check = 11 − (sum mod 11)`, 11 → 0, 10 → invalid (Finland). */
function mod11Check(digits: string, weights: readonly number[]): CheckOutcome {
  const check = 11 - (weightedSum(digits, weights) % 11);
  if (check === 10) return 'checksum';
  return fromBoolean((check === 11 ? 0 : check) === Number(digits[weights.length]));
}

const FR_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function checkSpain(number: string): CheckOutcome {
  const first = number[0]!;
  const last = number[8]!;
  const middle = number.slice(1, 8);
  if (/^\d$/.test(first)) {
    // DNI: 8 digits and a letter.
    if (!/^[A-Z]$/.test(last)) return 'format';
    return fromBoolean(DNI_LETTERS[Number(number.slice(0, 8)) % 23] === last);
  }
  if ('XYZ'.includes(first)) {
    // NIE: X/Y/Z count as 0/1/2.
    if (!/^[A-Z]$/.test(last)) return 'format';
    const digits = String('XYZ'.indexOf(first)) + middle;
    return fromBoolean(DNI_LETTERS[Number(digits) % 23] === last);
  }
  if ('KLM'.includes(first)) {
    // Special NIF for people without DNI/NIE: the DNI letter over the 7 digits.
    return fromBoolean(DNI_LETTERS[Number(middle) % 23] === last);
  }
  if ('ABCDEFGHJNPQRSUVW'.includes(first)) {
    // CIF (legal entities): a Luhn digit, written either as a digit or as a letter of `JABCDEFGHI`
    // (sources disagree on which entity types use which form, so either is accepted).
    const check = luhnCheckDigit(middle);
    return fromBoolean(last === String(check) || last === 'JABCDEFGHI'[check]);
  }
  return 'format';
}

function checkFrance(number: string): CheckOutcome {
  const key = number.slice(0, 2);
  const siren = number.slice(2);
  // A SIREN passes the Luhn check (Monaco numbers, `000…`, have no SIREN).
  if (!siren.startsWith('000') && luhnSum(siren) % 10 !== 0) return 'checksum';
  if (isDigits(key)) return fromBoolean(Number(key) === (12 + 3 * modDigits(siren, 97)) % 97);
  // New-style keys with letters (I and O are not used).
  const a = FR_ALPHABET.indexOf(key[0]!);
  const b = FR_ALPHABET.indexOf(key[1]!);
  const check = isDigits(key[0]!) ? a * 24 + b - 10 : a * 34 + b - 100;
  return fromBoolean((Number(siren) + 1 + Math.floor(check / 11)) % 11 === check % 11);
}

function checkNetherlands(number: string): CheckOutcome {
  if (Number(number.slice(10)) === 0) return 'format';
  const rsin = number.slice(0, 9);
  // Legal entities (RSIN) and older numbers: the "11-proof" (weights 9…2, last digit −1).
  const elevenProof = (weightedSum(rsin, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(rsin[8])) % 11 === 0;
  // Sole traders since 2020 (btw-identificatienummer): ISO 7064 MOD 97-10 over `NL` + number.
  return fromBoolean(elevenProof || iso7064Mod97('NL' + number) === 1);
}

/** National check-digit algorithms. Countries absent here are checked by format only. */
const CHECKS: Partial<Record<VatCountry, (number: string) => CheckOutcome>> = {
  // Austria: Luhn-style over the 7 digits after `U`, offset by 4.
  AT: (n) => fromBoolean((6 - (luhnSum(n.slice(1, 8)) % 10) + 10) % 10 === Number(n[8])),
  BE: (n) => {
    const result = parseEnterpriseNumber(n);
    return result.ok ? 'valid' : result.code === 'enterprise_number.checksum' ? 'checksum' : 'format';
  },
  DE: (n) => fromBoolean(iso7064Mod1110CheckDigit(n.slice(0, 8)) === Number(n[8])),
  DK: (n) => fromBoolean(weightedSum(n, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0),
  EL: (n) => fromBoolean((weightedSum(n, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === Number(n[8])),
  ES: checkSpain,
  FI: (n) => mod11Check(n, [7, 9, 10, 5, 8, 4, 2]),
  FR: checkFrance,
  HR: (n) => fromBoolean(iso7064Mod1110CheckDigit(n.slice(0, 10)) === Number(n[10])),
  IT: (n) => fromBoolean(luhnSum(n) % 10 === 0),
  LU: (n) => fromBoolean(modDigits(n.slice(0, 6), 89) === Number(n.slice(6))),
  NL: checkNetherlands,
  PL: (n) => fromBoolean(weightedSum(n, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(n[9])),
  PT: (n) => {
    const check = 11 - (weightedSum(n, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    return fromBoolean((check >= 10 ? 0 : check) === Number(n[8]));
  },
  SE: (n) => fromBoolean(luhnSum(n.slice(0, 10)) % 10 === 0),
  // Slovenia: like Finland, except that 10 is written 0 and 11 is impossible.
  SI: (n) => {
    const check = 11 - (weightedSum(n, [8, 7, 6, 5, 4, 3, 2]) % 11);
    if (check === 11) return 'checksum';
    return fromBoolean(check % 10 === Number(n[7]));
  },
};

/** Whether the check digits of `country` are verified (the others are checked by format only). */
export function vatChecksumImplemented(country: VatCountry): boolean {
  return CHECKS[country] !== undefined;
}

/**
 * Parses a VAT number with its country prefix (`BE 0403.170.701`, `FR40303265045`, `el 094259216`).
 * Returns the country, the national part and the normalised number.
 */
export function parseVatNumber(input: string): VatParseResult {
  const value = compact(input);
  if (!/^[A-Z]{2}/.test(value)) return { ok: false, code: 'vat.country_missing' };
  let country: string = value.slice(0, 2);
  if (country === 'GR') country = 'EL';
  if (!isVatCountry(country)) return { ok: false, code: 'vat.country_unknown', params: { country } };
  let number = value.slice(2);
  // Belgian numbers from before 2005 had 9 digits.
  if (country === 'BE' && /^\d{9}$/.test(number)) number = '0' + number;
  if (!FORMATS[country].test(number)) return { ok: false, code: 'vat.format', params: { country } };
  const check = CHECKS[country];
  const outcome = check ? check(number) : 'valid';
  if (outcome !== 'valid') return { ok: false, code: `vat.${outcome}`, params: { country } };
  return {
    ok: true,
    country,
    number,
    normalized: (country + number) as VatNumber,
    checksumVerified: check !== undefined,
  };
}

export function isValidVatNumber(input: string): boolean {
  return parseVatNumber(input).ok;
}

/** Returns the normalised VAT number (`BE0403170701`) or throws a `DomainError` on `field`. */
export function assertVatNumber(input: string, field = 'vatNumber'): VatNumber {
  const result = parseVatNumber(input);
  if (!result.ok) throw DomainError.field(field, result.code, result.params);
  return result.normalized;
}
