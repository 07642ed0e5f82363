import { describe, expect, it } from 'vitest';
import { VAT_COUNTRIES } from '../identifiers/vat.ts';
import {
  EU_COUNTRIES,
  ISO_COUNTRY_CODES,
  isEuCountry,
  isIsoCountryCode,
  vatPrefixForCountry,
} from './countries.ts';

describe('countries', () => {
  it('lists the 249 ISO 3166-1 alpha-2 codes, sorted and unique', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    expect([...ISO_COUNTRY_CODES]).toEqual([...ISO_COUNTRY_CODES].sort());
    expect(isIsoCountryCode('BE')).toBe(true);
    expect(isIsoCountryCode('be')).toBe(false);
    expect(isIsoCountryCode('EL')).toBe(false);
    expect(isIsoCountryCode('XK')).toBe(false);
  });

  it('lists the 27 EU member states, whose VAT prefixes are the VIES ones', () => {
    expect(EU_COUNTRIES).toHaveLength(27);
    for (const c of EU_COUNTRIES) expect(isIsoCountryCode(c)).toBe(true);
    expect(isEuCountry('GB')).toBe(false);
    expect(isEuCountry('CH')).toBe(false);
    expect(isEuCountry('HR')).toBe(true);
    const prefixes = EU_COUNTRIES.map(vatPrefixForCountry).sort();
    expect(prefixes).toEqual(VAT_COUNTRIES.filter((c) => c !== 'XI').sort());
  });
});
