import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertBic,
  assertIban,
  assertSepaIban,
  formatIban,
  ibanCountry,
  isSepaIban,
  isValidBic,
  isValidIban,
  parseBic,
  parseIban,
} from './iban.ts';
import { iso7064Mod97, modDigits } from './normalize.ts';
import { expectFieldError, oneDigitChanges } from './testing.ts';

describe('parseIban', () => {
  it('accepts valid IBANs written in any usual way', () => {
    expect(parseIban('BE68 5390 0754 7034')).toEqual({
      ok: true,
      value: 'BE68539007547034',
      formatted: 'BE68 5390 0754 7034',
      country: 'BE',
      bban: '539007547034',
      sepa: true,
    });
    for (const input of ['be68539007547034', 'BE68-5390-0754-7034', ' BE68.5390.0754.7034 ']) {
      expect(parseIban(input)).toMatchObject({ ok: true, value: 'BE68539007547034' });
    }
    for (const input of [
      'NL91ABNA0417164300',
      'DE89370400440532013000',
      'FR1420041010050500013M02606',
      'LU280019400644750000',
    ]) {
      expect(isValidIban(input), input).toBe(true);
    }
  });

  it('tells check-digit errors from format errors', () => {
    expect(parseIban('BE68539007547035')).toEqual({ ok: false, code: 'iban.checksum' });
    expect(parseIban('BE69539007547034')).toEqual({ ok: false, code: 'iban.checksum' });
    expect(parseIban('BE6853900754703')).toEqual({ ok: false, code: 'iban.format' });
    expect(parseIban('XX68539007547034')).toEqual({ ok: false, code: 'iban.format' });
    expect(parseIban('539007547034')).toEqual({ ok: false, code: 'iban.format' });
    expect(parseIban('')).toEqual({ ok: false, code: 'iban.format' });
  });

  it('knows the SEPA zone', () => {
    expect(isSepaIban('BE68539007547034')).toBe(true);
    expect(isSepaIban('GB29 NWBK 6016 1331 9268 19')).toBe(true);
    expect(isSepaIban('BR1800360305000010009795493C1')).toBe(false);
    expect(isSepaIban('BE68539007547035')).toBe(false);
  });

  it('asserts, formats and gives the country', () => {
    expect(assertIban('be68 5390 0754 7034')).toBe('BE68539007547034');
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
    expect(ibanCountry('NL91ABNA0417164300')).toBe('NL');
    expect(ibanCountry('NL91ABNA0417164301')).toBeUndefined();
    expectFieldError(() => assertIban('BE68539007547035'), 'iban', 'iban.checksum');
    expectFieldError(() => formatIban('nope', 'bank.iban'), 'bank.iban', 'iban.format');
    expect(assertSepaIban('BE68539007547034')).toBe('BE68539007547034');
    const issue = expectFieldError(
      () => assertSepaIban('BR1800360305000010009795493C1', 'payout'),
      'payout',
      'iban.not_sepa',
    );
    expect(issue.params).toEqual({ country: 'BR' });
  });
});

describe('parseBic', () => {
  it('accepts 8 and 11 character BICs', () => {
    expect(parseBic('gebabebb')).toEqual({
      ok: true,
      value: 'GEBABEBB',
      bankCode: 'GEBA',
      country: 'BE',
      locationCode: 'BB',
    });
    expect(parseBic('NEDS ZA JJ XXX')).toMatchObject({ ok: true, value: 'NEDSZAJJXXX', branchCode: 'XXX' });
    expect(isValidBic('GKCCBEBB')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const input of ['ABN4NL2A', 'GEBABEB', 'GEBABEBBX', 'GEBAXXBB', '']) {
      expect(parseBic(input), input).toEqual({ ok: false, code: 'bic.format' });
    }
    expect(assertBic('kredbebb')).toBe('KREDBEBB');
    expectFieldError(() => assertBic('nope'), 'bic', 'bic.format');
    expectFieldError(() => assertBic('nope', 'bank.bic'), 'bank.bic', 'bic.format');
  });
});

/** Belgian IBANs built from scratch: 10-digit account + mod 97 (0 → 97), then the IBAN check digits. */
const belgianIban = fc.stringMatching(/^\d{10}$/).map((account) => {
  const rest = modDigits(account, 97);
  const bban = account + String(rest === 0 ? 97 : rest).padStart(2, '0');
  const check = 98 - iso7064Mod97(bban + 'BE00');
  return `BE${String(check).padStart(2, '0')}${bban}`;
});

describe('IBAN properties', () => {
  it('generated Belgian IBANs are valid and round-trip through formatting', () => {
    fc.assert(
      fc.property(belgianIban, (iban) => {
        const parsed = parseIban(iban);
        expect(parsed).toMatchObject({ ok: true, value: iban, country: 'BE', sepa: true });
        if (!parsed.ok) return;
        expect(parseIban(parsed.formatted)).toEqual(parsed);
        expect(parseIban(parsed.formatted.toLowerCase())).toEqual(parsed);
      }),
    );
  });

  it('changing one digit makes them invalid', () => {
    fc.assert(
      fc.property(belgianIban, (iban) => {
        for (const changed of oneDigitChanges(iban)) expect(isValidIban(changed), changed).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
