/**
 * Postal codes. Belgium is checked exactly (4 digits, 1000 to 9999, an old `B-` prefix is dropped);
 * the neighbours members most often live or work in have their national format; every other country
 * gets a permissive fallback (2 to 10 letters, digits, spaces or dashes).
 */
import { DomainError } from '../errors.ts';
import type { ParseFailure } from './normalize.ts';

export type PostalCode = string & { readonly __brand: 'PostalCode' };

export type PostalCodeErrorCode = 'postal_code.format' | 'postal_code.country';

export type PostalCodeParseResult =
  { ok: true; country: string; value: PostalCode } | (ParseFailure & { code: PostalCodeErrorCode });

interface CountryRule {
  /** Prefixes people still write before the code (`B-1000`, `L-1234`). */
  prefix?: RegExp;
  pattern: RegExp;
  /** Canonical spelling of a matching code. */
  canonical?: (code: string) => string;
}

const RULES: Record<string, CountryRule> = {
  BE: { prefix: /^(?:BE?)-?/, pattern: /^[1-9]\d{3}$/ },
  LU: { prefix: /^L-?/, pattern: /^\d{4}$/ },
  NL: {
    pattern: /^[1-9]\d{3} ?[A-Z]{2}$/,
    canonical: (code) => `${code.slice(0, 4)} ${code.slice(-2)}`,
  },
  FR: { pattern: /^\d{5}$/ },
  DE: { pattern: /^\d{5}$/ },
};

const FALLBACK = /^[A-Z0-9](?:[A-Z0-9 -]{0,8}[A-Z0-9])$/;

export function parsePostalCode(country: string, code: string): PostalCodeParseResult {
  const countryCode = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(countryCode)) return { ok: false, code: 'postal_code.country' };
  let value = code.trim().toUpperCase().replace(/\s+/g, ' ');
  const rule = RULES[countryCode];
  if (rule) {
    if (rule.prefix) value = value.replace(rule.prefix, '');
    if (!rule.pattern.test(value)) {
      return { ok: false, code: 'postal_code.format', params: { country: countryCode } };
    }
    if (rule.canonical) value = rule.canonical(value);
  } else if (!FALLBACK.test(value)) {
    return { ok: false, code: 'postal_code.format', params: { country: countryCode } };
  }
  return { ok: true, country: countryCode, value: value as PostalCode };
}

export function isValidPostalCode(country: string, code: string): boolean {
  return parsePostalCode(country, code).ok;
}

/** Returns the postal code in canonical form, or throws a `DomainError` on `field`. */
export function assertPostalCode(country: string, code: string, field = 'postalCode'): PostalCode {
  const result = parsePostalCode(country, code);
  if (!result.ok) throw DomainError.field(field, result.code, result.params);
  return result.value;
}

/** Belgian postal code: 4 digits from 1000 to 9999. */
export function isBelgianPostalCode(code: string): boolean {
  return parsePostalCode('BE', code).ok;
}
