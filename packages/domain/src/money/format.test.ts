import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format.ts';

describe('Belgian money and date formats', () => {
  it('writes 1.234,56 € in French, Dutch and German and €1,234.56 in English', () => {
    expect(formatMoney(123456, 'fr').replace(/\u00a0/g, ' ')).toBe('1.234,56 €');
    expect(formatMoney(123456, 'nl').replace(/\u00a0/g, ' ')).toBe('1.234,56 €');
    expect(formatMoney(123456, 'de').replace(/\u00a0/g, ' ')).toBe('1.234,56 €');
    expect(formatMoney(123456, 'en')).toBe('€1,234.56');
    expect(formatMoney(-5, 'fr').replace(/\u00a0/g, ' ')).toBe('-0,05 €');
  });

  it('formats an ISO date without shifting it across time zones', () => {
    expect(formatDate('2026-01-01', 'fr')).toBe('1 janvier 2026');
    expect(formatDate('2026-12-31', 'nl')).toBe('31 december 2026');
  });
});
