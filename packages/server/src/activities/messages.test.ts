import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, translator } from '@partage/domain';
import { ACTIVITY_TEMPLATES } from './mail-templates.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Every quoted `activity.…` code and every history action recorded by the server's use cases. */
function sources(): string {
  return readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(join(here, f), 'utf8'))
    .join('\n');
}

describe('the Activity tool speaks every language it raises', () => {
  const text = sources();

  it('translates every activity code the server raises', () => {
    // Audit actions (`action: 'activity.…'`) and journal entry sources (`source: 'activity.…'`) are not messages.
    const codes = [...text.matchAll(/(action: |auditAction: |source: )?'(activity\.[a-z_]+(?:\.[a-z_]+)+)'/g)]
      .filter((m) => m[1] === undefined)
      .map((m) => m[2]!);
    expect(codes.length).toBeGreaterThan(15);
    expect([...new Set(codes)].filter((code) => !translator.has(code))).toEqual([]);
  });

  it('has a sentence for every line the history records', () => {
    const actions = [...text.matchAll(/[aA]ction: '([a-z_]+)'/g)].map((m) => m[1]!);
    const composed = ['expense_claim', 'purchase', 'salary_request'].flatMap((s) =>
      ['step_approved', 'approved', 'refused'].map((o) => `${s}_${o}`),
    );
    expect(actions.length).toBeGreaterThan(15);
    for (const action of [...new Set(actions), ...composed]) {
      expect(translator.has(`activity.event.${action}`), action).toBe(true);
    }
  });

  it('writes every e-mail in the four languages with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [name, template] of Object.entries(ACTIVITY_TEMPLATES)) {
      for (const lang of LANGUAGES) {
        expect(template.body[lang], `${name} ${lang}`).toBeTruthy();
        expect(placeholders(template.body[lang]), `${name} ${lang}`).toEqual(placeholders(template.body.en));
        expect(placeholders(template.subject[lang]), `${name} ${lang}`).toEqual(
          placeholders(template.subject.en),
        );
      }
    }
  });
});
