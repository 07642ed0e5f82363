import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { ACTIVITY_ACTIONS, ACTIVITY_STATUSES, PARTICIPANT_RIGHTS } from './activity.ts';
import { ACTIVITY_ALERT_CODES } from './alerts.ts';
import { EXPENSE_CATEGORIES } from './expense.ts';
import { FINANCING_KINDS } from './financing.ts';
import { activityMessages } from './messages.ts';
import { QUOTE_STATUSES, SCHEDULE_KINDS } from './quote.ts';
import { MOVEMENT_KINDS } from './year-end.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Every quoted code matching `pattern` in the rule files of this folder. */
function codesInSource(pattern: RegExp): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(here)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'messages.ts') continue;
    for (const m of readFileSync(join(here, file), 'utf8').matchAll(pattern)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('activity messages', () => {
  it('has a message for every activity code the rules raise', () => {
    const used = codesInSource(/'(activity\.[a-z_]+(?:\.[a-z_]+)*)'/g);
    expect(used.length).toBeGreaterThan(55);
    expect(used.filter((code) => !(code in activityMessages))).toEqual([]);
    for (const code of ACTIVITY_ALERT_CODES) expect(activityMessages[code], code).toBeDefined();
  });

  it('reuses only codes other catalogues translate', () => {
    const reused = codesInSource(/'((?:field|payroll|contract|iban|gate)\.[a-z_]+(?:\.[a-z_]+)*)'/g).filter(
      (code) => !code.startsWith('payroll.line.'),
    );
    expect(reused).toContain('field.too_big');
    expect(reused.filter((code) => !translator.has(code))).toEqual([]);
    for (const code of ['gate.members_only', 'iban.checksum', 'iban.format', 'contract.days.overlap']) {
      expect(translator.has(code), code).toBe(true);
    }
  });

  it('is registered with the translator', () => {
    expect(translator.t('nl', 'activity.quote.already_accepted')).toBe('Deze offerte is al aanvaard.');
    expect(translator.t('fr', 'activity.budget.insufficient', { missing: '120.00', free: '30.00' })).toBe(
      'Le budget de l’Activité ne couvre pas cette dépense : il manque 120.00 € (disponible : 30.00 €).',
    );
  });

  it('has every text in the four languages with the same placeholders', () => {
    for (const [code, texts] of Object.entries(activityMessages)) {
      expect(Object.keys(texts).sort(), code).toEqual([...LANGUAGES].sort());
      for (const lang of LANGUAGES) {
        expect(texts[lang].trim(), `${code} ${lang}`).not.toBe('');
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(placeholders(texts.en));
      }
    }
  });

  it('labels statuses, rights, categories and kinds without hiding an error code', () => {
    const labels = [
      ...ACTIVITY_STATUSES.map((s) => `activity.status.label.${s}`),
      ...ACTIVITY_ACTIONS.map((a) => `activity.action.label.${a}`),
      ...PARTICIPANT_RIGHTS.map((r) => `activity.right.label.${r}`),
      ...EXPENSE_CATEGORIES.map((c) => `activity.expense_category.${c}`),
      ...QUOTE_STATUSES.map((s) => `activity.quote.status.label.${s}`),
      ...SCHEDULE_KINDS.map((k) => `activity.schedule.kind.${k}`),
      ...FINANCING_KINDS.map((k) => `activity.financing.kind.${k}`),
      ...MOVEMENT_KINDS.map((k) => `activity.movement.${k}`),
    ];
    for (const key of labels) expect(activityMessages[key], key).toBeDefined();
    const errorCodes = codesInSource(/'(activity\.[a-z_]+(?:\.[a-z_]+)*)'/g);
    expect(labels.filter((key) => errorCodes.includes(key))).toEqual([]);
    // No other catalogue defines an activity code.
    const others = Object.keys(translator.catalogue).filter((k) => k.startsWith('activity.'));
    expect(others.sort()).toEqual(Object.keys(activityMessages).sort());
  });
});

describe('amounts in activity messages', () => {
  it('are written in the reader’s convention when the rule gives their cents', () => {
    const params = { missing: '1234.56', missingCents: 123_456, free: '30.00', freeCents: 3_000 };
    expect(translator.t('fr', 'activity.budget.insufficient', params)).toBe(
      'Le budget de l’Activité ne couvre pas cette dépense : il manque 1.234,56 € (disponible : 30,00 €).',
    );
    expect(translator.t('en', 'activity.budget.insufficient', params)).toContain('€1,234.56 is missing');
  });
});
