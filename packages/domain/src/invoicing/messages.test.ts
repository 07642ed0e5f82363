import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { invoicingMessages } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('invoicing messages', () => {
  it('has every text in the four languages with the same placeholders', () => {
    for (const [code, texts] of Object.entries(invoicingMessages)) {
      expect(Object.keys(texts).sort(), code).toEqual([...LANGUAGES].sort());
      for (const lang of LANGUAGES) {
        expect(texts[lang].trim(), `${code} ${lang}`).not.toBe('');
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(placeholders(texts.en));
      }
    }
  });

  it('is registered with the translator', () => {
    expect(translator.t('nl', 'invoice.credit_note.too_large', { max: '12.50' })).toContain('12.50');
    expect(translator.t('de', 'invoice.ubl.invalid', { rules: 'BR-CO-15' })).toContain('BR-CO-15');
  });
});
