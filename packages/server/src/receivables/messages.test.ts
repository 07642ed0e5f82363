import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translator } from '@partage/domain';
import { TEMPLATES } from '../mail/templates.ts';
import { RECEIVABLES_TEMPLATES } from './mail-templates.ts';

const here = dirname(fileURLToPath(import.meta.url));

describe('messages of the receivables use cases', () => {
  // Message codes have two dots or more (`receivables.plan.date_past`), audit actions one.
  it('every message code the use cases raise has a text', () => {
    const used = new Set<string>();
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))
      for (const m of readFileSync(join(here, file), 'utf8').matchAll(
        /'(receivables\.[a-z_]+\.[a-z_.]*[a-z_]|field\.[a-z_]+)'/g,
      ))
        used.add(m[1]!);
    expect(used.size).toBeGreaterThan(8);
    expect([...used].filter((code) => !translator.has(code))).toEqual([]);
  });

  it('has every e-mail in the four languages with the same placeholders, merged with the platform’s', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [name, template] of Object.entries(RECEIVABLES_TEMPLATES)) {
      expect(TEMPLATES[name], name).toBe(template);
      for (const part of ['subject', 'body'] as const)
        for (const lang of ['fr', 'nl', 'de'] as const)
          expect(placeholders(template[part][lang]), `${name} ${part} ${lang}`).toEqual(
            placeholders(template[part].en),
          );
    }
  });
});
