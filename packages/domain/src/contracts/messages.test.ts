import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/messages.ts';
import { CONTRACT_ACTIONS, CONTRACT_STATUSES } from './status.ts';
import { JOBS } from './job-families.ts';
import { RISK_CODES } from './risks.ts';
import { VAT_TREATMENTS } from './vat.ts';
import { contractMessages } from './messages.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Every quoted message code of the given namespaces in the rule files of this folder. */
function codesInSource(pattern: RegExp): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(here)) {
    if (
      !file.endsWith('.ts') ||
      file.endsWith('.test.ts') ||
      file === 'messages.ts' ||
      file === 'test-helpers.ts'
    )
      continue;
    for (const m of readFileSync(join(here, file), 'utf8').matchAll(pattern)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('contract messages', () => {
  it('has a message for every contract and client code the rules raise', () => {
    const used = codesInSource(/'((?:contract|client)\.[a-z_]+(?:\.[a-z_]+)+)'/g);
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((code) => !(code in contractMessages))).toEqual([]);
  });

  it('reuses only codes that other catalogues translate', () => {
    const reused = codesInSource(/'((?:payroll|field)\.[a-z_]+(?:\.[a-z_]+)*)'/g);
    expect(reused).toContain('payroll.contract_type.not_allowed');
    expect(reused.filter((code) => !translator.has(code))).toEqual([]);
    // Identifier codes passed through from the identifier checks.
    for (const code of [
      'enterprise_number.format',
      'enterprise_number.checksum',
      'postal_code.format',
      'email.format',
    ]) {
      expect(translator.has(code), code).toBe(true);
    }
  });

  it('is registered with the translator', () => {
    expect(translator.t('nl', 'contract.amount.zero')).toBe(contractMessages['contract.amount.zero']!.nl);
    expect(translator.t('de', 'contract.job.courier')).toBe('Fahrradkurier·in');
  });

  it('has every text in the four languages with the same placeholders', () => {
    for (const [code, texts] of Object.entries(contractMessages)) {
      expect(Object.keys(texts).sort(), code).toEqual([...LANGUAGES].sort());
      const reference = placeholders(texts.en);
      for (const lang of LANGUAGES) {
        expect(texts[lang].trim(), `${code} ${lang}`).not.toBe('');
        expect(placeholders(texts[lang]), `${code} ${lang}`).toEqual(reference);
      }
    }
  });

  it('labels every job, risk, VAT treatment, status and action without hiding an error code', () => {
    const labels = [
      ...JOBS.map((j) => `contract.job.${j.code}`),
      ...RISK_CODES.map((r) => `contract.risk.${r}`),
      ...VAT_TREATMENTS.flatMap((t) => [`contract.vat_treatment.${t}`, `contract.vat_mention.${t}`]),
      ...CONTRACT_STATUSES.map((s) => `contract.status.label.${s}`),
      ...CONTRACT_ACTIONS.map((a) => `contract.action.label.${a}`),
    ];
    for (const key of labels) expect(contractMessages[key], key).toBeDefined();
    const errorCodes = codesInSource(/'((?:contract|client)\.[a-z_]+(?:\.[a-z_]+)+)'/g);
    expect(labels.filter((key) => errorCodes.includes(key))).toEqual([]);
  });
});
