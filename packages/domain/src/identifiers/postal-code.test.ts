import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPostalCode, isBelgianPostalCode, isValidPostalCode, parsePostalCode } from './postal-code.ts';
import { expectFieldError } from './testing.ts';

describe('parsePostalCode', () => {
  it('checks Belgian postal codes: 4 digits from 1000 to 9999', () => {
    expect(parsePostalCode('BE', '1000')).toEqual({ ok: true, country: 'BE', value: '1000' });
    expect(parsePostalCode('be', ' B-4700 ')).toEqual({ ok: true, country: 'BE', value: '4700' });
    expect(parsePostalCode('BE', 'BE-9999')).toMatchObject({ ok: true, value: '9999' });
    for (const code of ['0999', '999', '10000', '1O00', '', '1000 AB']) {
      expect(parsePostalCode('BE', code), code).toEqual({
        ok: false,
        code: 'postal_code.format',
        params: { country: 'BE' },
      });
    }
    expect(isBelgianPostalCode('6000')).toBe(true);
    expect(isBelgianPostalCode('600')).toBe(false);
  });

  it('knows the neighbours', () => {
    expect(parsePostalCode('NL', '1234ab')).toMatchObject({ ok: true, value: '1234 AB' });
    expect(parsePostalCode('NL', '1234 AB')).toMatchObject({ ok: true, value: '1234 AB' });
    expect(isValidPostalCode('NL', '0123 AB')).toBe(false);
    expect(parsePostalCode('LU', 'L-1234')).toMatchObject({ ok: true, value: '1234' });
    expect(isValidPostalCode('FR', '75001')).toBe(true);
    expect(isValidPostalCode('FR', '7500')).toBe(false);
    expect(isValidPostalCode('DE', '10115')).toBe(true);
    expect(isValidPostalCode('DE', '1011')).toBe(false);
  });

  it('falls back to a permissive check elsewhere', () => {
    expect(parsePostalCode('gb', 'sw1a  1aa')).toEqual({ ok: true, country: 'GB', value: 'SW1A 1AA' });
    expect(isValidPostalCode('US', '12345-6789')).toBe(true);
    expect(isValidPostalCode('CH', '8001')).toBe(true);
    for (const code of ['', '1', '12345678901', '12#45', '-1234']) {
      expect(isValidPostalCode('CH', code), code).toBe(false);
    }
  });

  it('refuses a country that is not a two-letter code', () => {
    expect(parsePostalCode('BEL', '1000')).toEqual({ ok: false, code: 'postal_code.country' });
    expect(parsePostalCode('', '1000')).toEqual({ ok: false, code: 'postal_code.country' });
  });

  it('asserts on the field given', () => {
    expect(assertPostalCode('BE', 'B-1000')).toBe('1000');
    const issue = expectFieldError(() => assertPostalCode('BE', '0999'), 'postalCode', 'postal_code.format');
    expect(issue.params).toEqual({ country: 'BE' });
    expectFieldError(
      () => assertPostalCode('BE', '12', 'address.postalCode'),
      'address.postalCode',
      'postal_code.format',
    );
    expectFieldError(() => assertPostalCode('Belgium', '1000'), 'postalCode', 'postal_code.country');
  });
});

describe('postal code properties', () => {
  it('every number from 1000 to 9999 is a Belgian postal code, and nothing below', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (n) => {
        const code = String(n);
        expect(isBelgianPostalCode(code)).toBe(n >= 1000 && n <= 9999);
        if (n >= 1000 && n <= 9999) expect(assertPostalCode('BE', code)).toBe(code);
      }),
    );
  });
});
