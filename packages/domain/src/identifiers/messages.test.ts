import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { identifierMessages } from './messages.ts';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe('identifierMessages', () => {
  const entries = Object.entries(identifierMessages);

  it('has a non-empty text in every language for every code', () => {
    expect(entries.length).toBeGreaterThan(30);
    for (const [code, texts] of entries) {
      expect(Object.keys(texts).sort(), code).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) expect(texts[language].trim(), `${code} ${language}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const [code, texts] of entries) {
      const expected = placeholders(texts.en);
      for (const language of LANGUAGES)
        expect(placeholders(texts[language]), `${code} ${language}`).toEqual(expected);
    }
  });

  it('names codes after their check', () => {
    for (const code of Object.keys(identifierMessages)) {
      expect(code).toMatch(
        /^(niss|enterprise_number|vat|iban|bic|structured_communication|creditor_reference|epc_qr|email|postal_code)\.[a-z_]+$/,
      );
    }
  });
});
