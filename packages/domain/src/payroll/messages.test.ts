import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { BE_CONTRACT_TYPES } from '../rules/be/contract-types.ts';
import { payrollMessages } from './messages.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Every 'payroll.xxx' string literal in the engine's source files (tests excluded). */
function codesUsedInSource(): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(here)) {
    if (
      !file.endsWith('.ts') ||
      file.endsWith('.test.ts') ||
      file === 'messages.ts' ||
      file === 'test-helpers.ts'
    )
      continue;
    const text = readFileSync(join(here, file), 'utf8');
    for (const m of text.matchAll(/'(payroll\.[a-z_.]+)'/g)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('payroll messages', () => {
  it('every code raised or line key used by the engine has a message', () => {
    const used = codesUsedInSource();
    expect(used.length).toBeGreaterThan(40);
    const missing = used.filter((c) => !(c in payrollMessages));
    expect(missing).toEqual([]);
  });

  it('has a label for every contract type', () => {
    for (const t of BE_CONTRACT_TYPES)
      expect(payrollMessages[`payroll.contract_type.label.${t}`]).toBeDefined();
  });

  it('each message exists in the four languages with the same placeholders', () => {
    for (const [code, texts] of Object.entries(payrollMessages)) {
      const reference = placeholders(texts.en);
      for (const lang of LANGUAGES) {
        expect(texts[lang].trim(), `${code} ${lang}`).not.toBe('');
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(reference);
      }
    }
  });
});
