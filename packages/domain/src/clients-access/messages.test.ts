import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { clientAccessMessages } from './messages.ts';

const here = dirname(fileURLToPath(import.meta.url));
const server = join(here, '../../../server/src/client-access');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('client page messages', () => {
  it('has every error code the client page raises, reachable through the translator', () => {
    const used = new Set<string>();
    for (const file of readdirSync(server).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))
      for (const m of readFileSync(join(server, file), 'utf8').matchAll(
        /DomainError(?:\.\w+)?\(\s*(?:'[^']*',\s*)?'(client_(?:access|request)\.[a-z_.]+)'/g,
      ))
        used.add(m[1]!);
    expect(used.size).toBeGreaterThanOrEqual(5);
    expect([...used].filter((code) => !translator.has(code))).toEqual([]);
    for (const kind of ['invoice_change', 'billing_data', 'payment_deadline'])
      expect(translator.has(`client_request.kind.${kind}`)).toBe(true);
  });

  it('has every message in the four languages with the same placeholders', () => {
    for (const [code, texts] of Object.entries(clientAccessMessages)) {
      expect(code).toMatch(/^client_(access|request)\.[a-z_.]+$/);
      for (const lang of LANGUAGES) {
        expect(texts[lang]?.trim(), `${code} ${lang}`).toBeTruthy();
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(placeholders(texts.en));
      }
    }
  });
});
