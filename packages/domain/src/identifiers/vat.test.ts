import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEnterpriseNumber } from './enterprise-number.ts';
import { iso7064Mod1110CheckDigit, luhnCheckDigit, modDigits } from './normalize.ts';
import {
  assertVatNumber,
  isValidVatNumber,
  parseVatNumber,
  VAT_COUNTRIES,
  vatChecksumImplemented,
} from './vat.ts';
import { expectFieldError, oneDigitChanges } from './testing.ts';

/** Published valid numbers, one or more per country with a check-digit algorithm. */
const VALID = [
  'BE0403019261',
  'ATU13585627',
  'DE136695976',
  'DK13585628',
  'EL094259216',
  'ESB64717838',
  'ESJ99216582',
  'ES54362315K',
  'ESX5253868R',
  'ESM1234567L',
  'FI20774740',
  'FR23334175221',
  'FR40303265045',
  'FRK7399859412',
  'FR4Z123456782',
  'HR33392005961',
  'IT00743110157',
  'LU15027442',
  'NL004495445B01',
  'NL000099998B57',
  'PL8567346215',
  'PT501964843',
  'SE123456789701',
  'SI50223054',
];

/** The same numbers with a wrong check digit. */
const WRONG_CHECK = [
  'BE0403019262',
  'ATU13585626',
  'DE136695977',
  'DK13585629',
  'EL094259217',
  'ESB64717839',
  'ES54362315L',
  'ESX5253868S',
  'FI20774741',
  'FR84323140391',
  'HR33392005962',
  'IT00743110158',
  'LU15027443',
  'NL123456789B90',
  'PL8567346216',
  'PT501964842',
  'SE123456789801',
  'SI50223055',
];

describe('parseVatNumber', () => {
  it('accepts valid numbers and splits country and number', () => {
    for (const input of VALID) {
      const result = parseVatNumber(input);
      expect(result, input).toMatchObject({ ok: true, normalized: input, checksumVerified: true });
    }
    expect(parseVatNumber('BE 0403.019.261')).toEqual({
      ok: true,
      country: 'BE',
      number: '0403019261',
      normalized: 'BE0403019261',
      checksumVerified: true,
    });
  });

  it('normalises spaces, dots, dashes, case, old Belgian numbers and GR for Greece', () => {
    expect(parseVatNumber(' fr 40-303.265.045 ')).toMatchObject({ ok: true, normalized: 'FR40303265045' });
    expect(parseVatNumber('BE403019261')).toMatchObject({ ok: true, number: '0403019261' });
    expect(parseVatNumber('GR094259216')).toMatchObject({
      ok: true,
      country: 'EL',
      normalized: 'EL094259216',
    });
    expect(parseVatNumber('nl 0044.95.445.B.01')).toMatchObject({ ok: true, normalized: 'NL004495445B01' });
  });

  it('checks the format only where no algorithm is implemented', () => {
    expect(parseVatNumber('CY10259033P')).toMatchObject({ ok: true, checksumVerified: false });
    expect(parseVatNumber('IE6433435F')).toMatchObject({ ok: true, checksumVerified: false });
    expect(parseVatNumber('XI123456782')).toMatchObject({ ok: true, country: 'XI', checksumVerified: false });
    expect(parseVatNumber('XIGD001')).toMatchObject({ ok: true });
    expect(vatChecksumImplemented('BE')).toBe(true);
    expect(vatChecksumImplemented('CY')).toBe(false);
  });

  it('refuses wrong check digits', () => {
    for (const input of WRONG_CHECK) {
      expect(parseVatNumber(input), input).toMatchObject({ ok: false, code: 'vat.checksum' });
    }
  });

  it('refuses a missing or unknown country and a wrong national format', () => {
    expect(parseVatNumber('0403019261')).toEqual({ ok: false, code: 'vat.country_missing' });
    expect(parseVatNumber('')).toEqual({ ok: false, code: 'vat.country_missing' });
    expect(parseVatNumber('US123456789')).toEqual({
      ok: false,
      code: 'vat.country_unknown',
      params: { country: 'US' },
    });
    expect(parseVatNumber('GB123456789')).toMatchObject({ ok: false, code: 'vat.country_unknown' });
    for (const input of [
      'BE12345',
      'BE2403019261',
      'NL004495445',
      'NL004495445B00',
      'DE036695976',
      'ATU1358562',
      'ESB6471783',
      'FRIO334175221',
      'SE123456789702',
    ]) {
      expect(parseVatNumber(input), input).toMatchObject({ ok: false, code: 'vat.format' });
    }
    expect(parseVatNumber('ES12345678')).toMatchObject({ ok: false, code: 'vat.format' });
    expect(parseVatNumber('ES123456789')).toMatchObject({ ok: false, code: 'vat.format' });
  });

  it('has a national format for every prefix', () => {
    expect(VAT_COUNTRIES).toHaveLength(28);
    expect(VAT_COUNTRIES).toContain('EL');
    expect(VAT_COUNTRIES).not.toContain('GR');
  });

  it('asserts with the field and the country as parameter', () => {
    expect(assertVatNumber('be 0403.019.261')).toBe('BE0403019261');
    const issue = expectFieldError(
      () => assertVatNumber('FR84323140391', 'client.vat'),
      'client.vat',
      'vat.checksum',
    );
    expect(issue.params).toEqual({ country: 'FR' });
    expectFieldError(() => assertVatNumber('0403019261'), 'vatNumber', 'vat.country_missing');
  });
});

/** Generators of valid numbers, built by computing their check digits. */
const generators: Record<string, fc.Arbitrary<string>> = {
  BE: fc.stringMatching(/^[01]\d{7}$/).map((d) => 'BE' + makeEnterpriseNumber(d)),
  DE: fc.stringMatching(/^[1-9]\d{7}$/).map((d) => `DE${d}${iso7064Mod1110CheckDigit(d)}`),
  HR: fc.stringMatching(/^\d{10}$/).map((d) => `HR${d}${iso7064Mod1110CheckDigit(d)}`),
  IT: fc.stringMatching(/^\d{10}$/).map((d) => `IT${d}${luhnCheckDigit(d)}`),
  LU: fc.stringMatching(/^\d{6}$/).map((d) => `LU${d}${String(modDigits(d, 89)).padStart(2, '0')}`),
  FR: fc.stringMatching(/^[1-9]\d{7}$/).map((d) => {
    const siren = d + luhnCheckDigit(d);
    return `FR${String((12 + 3 * modDigits(siren, 97)) % 97).padStart(2, '0')}${siren}`;
  }),
  ES: fc.integer({ min: 0, max: 99_999_999 }).map((n) => {
    const digits = String(n).padStart(8, '0');
    return `ES${digits}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
  }),
};

describe('VAT number properties', () => {
  for (const [country, generator] of Object.entries(generators)) {
    it(`${country}: generated numbers are valid, survive formatting, and one changed digit breaks them`, () => {
      fc.assert(
        fc.property(generator, (vat) => {
          const parsed = parseVatNumber(vat);
          expect(parsed).toMatchObject({ ok: true, normalized: vat, checksumVerified: true });
          const spaced = `${vat.slice(0, 2).toLowerCase()} ${vat.slice(2, 5)}.${vat.slice(5)}`;
          expect(parseVatNumber(spaced)).toEqual(parsed);
          // Only the national part: changing the prefix changes the country.
          for (const changed of oneDigitChanges(vat)) expect(isValidVatNumber(changed), changed).toBe(false);
        }),
        { numRuns: 50 },
      );
    });
  }
});
