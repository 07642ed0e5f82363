import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translator } from '@partage/domain';

const here = dirname(fileURLToPath(import.meta.url));

describe('messages of the ledger and the simulator', () => {
  // Message codes have two dots or more (`ledger.entry.not_found`), audit actions one (`ledger.entry_posted`).
  it('every message code the server code raises has a text', () => {
    const used = new Set<string>();
    for (const dir of [here, join(here, '../simulator')])
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))
        for (const m of readFileSync(join(dir, file), 'utf8').matchAll(
          /'((?:ledger|simulator|payroll)\.[a-z_]+\.[a-z_.]*[a-z_]|field\.[a-z_]+)'/g,
        ))
          used.add(m[1]!);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((code) => !translator.has(code))).toEqual([]);
  });
});
