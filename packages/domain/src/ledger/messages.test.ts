import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { ACCOUNT_KINDS } from './accounts.ts';
import { ledgerMessages } from './messages.ts';

const here = dirname(fileURLToPath(import.meta.url));

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('ledger messages', () => {
  it('every ledger code used by the rules has a message, reachable through the translator', () => {
    const used = new Set<string>();
    for (const file of readdirSync(here).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'messages.ts',
    ))
      for (const m of readFileSync(join(here, file), 'utf8').matchAll(/'(ledger\.[a-z_.]+)'/g))
        used.add(m[1]!);
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((code) => !translator.has(code))).toEqual([]);
  });

  it('names every account kind', () => {
    for (const kind of ACCOUNT_KINDS) expect(ledgerMessages[`ledger.kind.${kind}`], kind).toBeDefined();
  });

  it('has every message in the four languages with the same placeholders', () => {
    for (const [code, texts] of Object.entries(ledgerMessages)) {
      expect(code).toMatch(/^(ledger|simulator)\.[a-z_.]+$/);
      for (const lang of LANGUAGES) {
        expect(texts[lang]?.trim(), `${code} ${lang}`).toBeTruthy();
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(placeholders(texts.en));
      }
    }
  });
});
