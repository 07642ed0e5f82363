import { readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { bankMessages } from './messages.ts';

const here = dirname(fileURLToPath(import.meta.url));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('bank messages', () => {
  it('has a text for every code the bank rules raise', () => {
    const used = new Set<string>();
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))
      for (const m of readFileSync(`${here}/${file}`, 'utf8').matchAll(/'(bank\.[a-z_]+\.[a-z_]+)'/g))
        used.add(m[1]!);
    expect(used.size).toBeGreaterThanOrEqual(7);
    expect([...used].filter((code) => !(code in bankMessages))).toEqual([]);
  });

  it('is registered with the translator', () => {
    expect(translator.t('nl', 'bank.camt.no_statement', { file: 'a.xml' })).toBe(
      '"a.xml" bevat geen enkel rekeninguittreksel.',
    );
  });

  it('has every text in the four languages with the same placeholders', () => {
    for (const [code, texts] of Object.entries(bankMessages)) {
      expect(Object.keys(texts).sort(), code).toEqual([...LANGUAGES].sort());
      for (const lang of LANGUAGES) {
        expect(texts[lang].trim(), `${code} ${lang}`).not.toBe('');
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(placeholders(texts.en));
      }
    }
  });
});
