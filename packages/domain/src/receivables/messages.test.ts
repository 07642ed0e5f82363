import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { receivablesMessages } from './messages.ts';

const here = dirname(fileURLToPath(import.meta.url));

function codesIn(dir: string): string[] {
  const codes = new Set<string>();
  const files = readdirSync(dir);
  for (const file of files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'messages.ts'))
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(
      /'(receivables\.[a-z_]+\.[a-z_.]*[a-z_]|field\.[a-z_]+)'/g,
    ))
      codes.add(m[1]!);
  return [...codes].sort();
}

// Message codes have two dots or more (`receivables.plan.date_past`), audit actions one (`receivables.written_off`).
describe('receivables messages', () => {
  it('translates every code the domain rules raise', () => {
    const used = codesIn(here);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((code) => !translator.has(code))).toEqual([]);
    for (const action of ['contact', 'promise', 'plan', 'dispute', 'resolve', 'legal', 'write_off'])
      expect(translator.has(`receivables.case.cannot_${action}`), action).toBe(true);
  });

  it('has every text in the four languages with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, texts] of Object.entries(receivablesMessages)) {
      expect(Object.keys(texts).sort(), code).toEqual([...LANGUAGES].sort());
      for (const lang of LANGUAGES) {
        expect(texts[lang].trim(), `${code} ${lang}`).not.toBe('');
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(placeholders(texts.en));
      }
    }
  });
});
