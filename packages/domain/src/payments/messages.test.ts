import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { paymentMessages } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('payment messages', () => {
  it('exist in the four languages with the same placeholders', () => {
    expect(Object.keys(paymentMessages).length).toBeGreaterThan(10);
    for (const [code, texts] of Object.entries(paymentMessages))
      for (const lang of LANGUAGES) {
        expect(texts[lang].trim(), `${code} ${lang}`).not.toBe('');
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(placeholders(texts.en));
      }
  });

  it('are merged in the domain translator', () => {
    for (const code of Object.keys(paymentMessages)) expect(translator.has(code), code).toBe(true);
    expect(
      translator.t('nl', 'payments.order.iban_invalid', { beneficiary: 'An Peeters', endToEndId: 'X-1' }),
    ).toBe(
      'Het IBAN van An Peeters (opdracht X-1) is niet geldig: verbeter het voor u het bestand exporteert.',
    );
  });
});
