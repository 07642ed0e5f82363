import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertBelgianVatNumber,
  assertEnterpriseNumber,
  formatBelgianVatNumber,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  makeEnterpriseNumber,
  parseBelgianVatNumber,
  parseEnterpriseNumber,
} from './enterprise-number.ts';
import { expectFieldError, oneDigitChanges } from './testing.ts';

describe('parseEnterpriseNumber', () => {
  it('accepts known enterprise numbers in their usual spellings', () => {
    expect(parseEnterpriseNumber('0403.170.701')).toEqual({
      ok: true,
      value: '0403170701',
      formatted: '0403.170.701',
      vatNumber: 'BE0403170701',
    });
    for (const input of [
      '0403170701',
      '0403 170 701',
      '403.170.701',
      '403170701',
      'BE 0403.170.701',
      'be0403170701',
    ]) {
      expect(parseEnterpriseNumber(input)).toMatchObject({ ok: true, value: '0403170701' });
    }
    expect(isValidEnterpriseNumber('0202.239.951')).toBe(true);
  });

  it('accepts numbers starting with 1 (the new series)', () => {
    const number = makeEnterpriseNumber('10000000');
    expect(parseEnterpriseNumber(number)).toMatchObject({
      ok: true,
      formatted: '1000.000.0' + number.slice(8),
    });
  });

  it('refuses wrong shapes and check digits', () => {
    expect(parseEnterpriseNumber('0403.170.702')).toEqual({ ok: false, code: 'enterprise_number.checksum' });
    expect(parseEnterpriseNumber('2403.170.701')).toEqual({ ok: false, code: 'enterprise_number.format' });
    expect(parseEnterpriseNumber('04031707')).toEqual({ ok: false, code: 'enterprise_number.format' });
    expect(parseEnterpriseNumber('04031707011')).toEqual({ ok: false, code: 'enterprise_number.format' });
    expect(parseEnterpriseNumber('0403I70701')).toEqual({ ok: false, code: 'enterprise_number.format' });
    expect(parseEnterpriseNumber('')).toEqual({ ok: false, code: 'enterprise_number.format' });
  });

  it('asserts and formats', () => {
    expect(assertEnterpriseNumber('403170701')).toBe('0403170701');
    expect(formatEnterpriseNumber('0403170701')).toBe('0403.170.701');
    expectFieldError(
      () => assertEnterpriseNumber('0403170702'),
      'enterpriseNumber',
      'enterprise_number.checksum',
    );
    expectFieldError(
      () => formatEnterpriseNumber('x', 'company.number'),
      'company.number',
      'enterprise_number.format',
    );
    expectFieldError(() => makeEnterpriseNumber('2000000'), 'enterpriseNumber', 'enterprise_number.format');
  });
});

describe('Belgian VAT numbers', () => {
  it('are BE + the enterprise number', () => {
    expect(parseBelgianVatNumber('BE 0403.170.701')).toEqual({
      ok: true,
      value: 'BE0403170701',
      formatted: 'BE 0403.170.701',
      enterpriseNumber: '0403170701',
    });
    expect(assertBelgianVatNumber('0403170701')).toBe('BE0403170701');
    expect(formatBelgianVatNumber('be403170701')).toBe('BE 0403.170.701');
  });

  it('report vat codes', () => {
    expect(parseBelgianVatNumber('BE0403170702')).toEqual({
      ok: false,
      code: 'vat.checksum',
      params: { country: 'BE' },
    });
    const issue = expectFieldError(() => assertBelgianVatNumber('BE12'), 'vatNumber', 'vat.format');
    expect(issue.params).toEqual({ country: 'BE' });
  });
});

const first8 = fc.stringMatching(/^[01]\d{7}$/);

describe('enterprise number properties', () => {
  it('formatting then parsing round-trips, with and without BE and the leading 0', () => {
    fc.assert(
      fc.property(first8, (digits) => {
        const number = makeEnterpriseNumber(digits);
        const parsed = parseEnterpriseNumber(number);
        expect(parsed).toMatchObject({ ok: true, value: number });
        if (!parsed.ok) return;
        expect(parseEnterpriseNumber(parsed.formatted)).toEqual(parsed);
        expect(parseEnterpriseNumber(parsed.vatNumber)).toEqual(parsed);
        if (number.startsWith('0')) expect(parseEnterpriseNumber(number.slice(1))).toEqual(parsed);
      }),
    );
  });

  it('changing any one digit makes the number invalid', () => {
    fc.assert(
      fc.property(first8, (digits) => {
        for (const changed of oneDigitChanges(makeEnterpriseNumber(digits))) {
          expect(isValidEnterpriseNumber(changed)).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  });
});
