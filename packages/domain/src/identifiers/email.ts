/**
 * A pragmatic e-mail address check, after RFC 5321: `local@domain`, at most 254 characters in all and
 * 64 before the `@`; the local part is a dot-atom (no quoted strings, no comments); the domain has at
 * least two labels (no bare host names, no IP literals). Internationalised domain names are accepted
 * in Unicode. The domain is lower-cased; the local part is kept as typed (it may be case-sensitive).
 * Whether the address exists is only known by writing to it.
 */
import { DomainError } from '../errors.ts';
import { utf8Length, type ParseFailure } from './normalize.ts';

export type Email = string & { readonly __brand: 'Email' };

export type EmailErrorCode = 'email.format' | 'email.too_long' | 'email.local_part_too_long';

export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_MAX_LOCAL_PART = 64;

export type EmailParseResult =
  { ok: true; value: Email; localPart: string; domain: string } | (ParseFailure & { code: EmailErrorCode });

const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const LOCAL_PART = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*$`);
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;

function isDomain(domain: string): boolean {
  if (utf8Length(domain) > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => LABEL.test(label) && utf8Length(label) <= 63)) return false;
  const tld = labels[labels.length - 1]!;
  return tld.length >= 2 && !/^\d+$/.test(tld);
}

export function parseEmail(input: string): EmailParseResult {
  const trimmed = input.trim().normalize('NFC');
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return { ok: false, code: 'email.format' };
  const localPart = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  const value = `${localPart}@${domain}`;
  if (utf8Length(value) > EMAIL_MAX_LENGTH) {
    return { ok: false, code: 'email.too_long', params: { max: EMAIL_MAX_LENGTH } };
  }
  if (utf8Length(localPart) > EMAIL_MAX_LOCAL_PART) {
    return { ok: false, code: 'email.local_part_too_long', params: { max: EMAIL_MAX_LOCAL_PART } };
  }
  if (!LOCAL_PART.test(localPart) || !isDomain(domain)) return { ok: false, code: 'email.format' };
  return { ok: true, value: value as Email, localPart, domain };
}

export function isValidEmail(input: string): boolean {
  return parseEmail(input).ok;
}

/** Returns the address with its domain lower-cased, or throws a `DomainError` on `field`. */
export function assertEmail(input: string, field = 'email'): Email {
  const result = parseEmail(input);
  if (!result.ok) throw DomainError.field(field, result.code, result.params);
  return result.value;
}
