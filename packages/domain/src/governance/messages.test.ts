import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { governanceMessages } from './messages.ts';

const here = dirname(fileURLToPath(import.meta.url));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('governance messages', () => {
  it('every governance code used by the rules has a message, reachable through the translator', () => {
    const used = new Set<string>();
    for (const file of readdirSync(here).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'messages.ts',
    ))
      for (const m of readFileSync(join(here, file), 'utf8').matchAll(/'(governance\.[a-z_.]+)'/g))
        used.add(m[1]!);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((code) => !translator.has(code))).toEqual([]);
  });

  it('has every message in the four languages with the same placeholders', () => {
    for (const [code, texts] of Object.entries(governanceMessages)) {
      expect(code).toMatch(/^governance\.[a-z_.]+$/);
      for (const lang of LANGUAGES) {
        expect(texts[lang]?.trim(), `${code} ${lang}`).toBeTruthy();
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(placeholders(texts.en));
      }
    }
  });
});
