import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYROLL_RULES } from './index.ts';
import type { EffectiveRule } from './types.ts';
import { effectiveAt, isRuleDate, timelineProblems } from './types.ts';
import { BE_CONTRACT_TYPES } from './be/contract-types.ts';

const rules = DEFAULT_PAYROLL_RULES;

function allTimelines(): Array<[string, readonly EffectiveRule[]]> {
  const be = rules.be;
  return [
    ...Object.entries(rules.countryFees).map(([c, t]): [string, readonly EffectiveRule[]] => [
      `fee ${c}`,
      t ?? [],
    ]),
    ...BE_CONTRACT_TYPES.map((t): [string, readonly EffectiveRule[]] => [
      `contract ${t}`,
      be.contractTypes[t],
    ]),
    ['employee ONSS', be.employeeOnss],
    ['student solidarity', be.studentSolidarity],
    ['minimum wage', be.minimumWage],
    ['work time', be.workTime],
    ['contract-tool withholding', be.contractToolWithholding],
    ['key formula', be.keyFormula],
  ];
}

describe('rule data', () => {
  it('every timeline is well formed: valid dates, no overlap, a source on every entry', () => {
    const problems = allTimelines().flatMap(([name, t]) => timelineProblems(name, t));
    expect(problems).toEqual([]);
  });

  it('timelineProblems does detect an overlap and a missing source', () => {
    const bad = [
      { validFrom: '2025-01-01', source: 'x', verified: true },
      { validFrom: '2025-06-01', source: ' ', verified: true },
    ];
    expect(timelineProblems('t', bad)).toHaveLength(2);
  });

  it('isRuleDate accepts real calendar dates only; effectiveAt is inclusive at both ends', () => {
    expect(isRuleDate('2024-02-29')).toBe(true);
    expect(isRuleDate('2025-02-29')).toBe(false);
    expect(isRuleDate('2025-2-1')).toBe(false);
    const t = rules.be.minimumWage;
    expect(effectiveAt(t, '2024-04-30')?.monthlyCents).toBe(202988);
    expect(effectiveAt(t, '2024-05-01')?.monthlyCents).toBe(207048);
    expect(effectiveAt(t, '2025-01-31')?.monthlyCents).toBe(207048);
    expect(effectiveAt(t, '2030-01-01')?.monthlyCents).toBe(211189);
  });

  it('fees: BE 6.5 %, FR 8.5 % / 6.5 %, ES 7.5 %, IT 8.5 %, DE 7 %, AT 7.5 %, NL 6.5 %, SE 6.5-10 %', () => {
    const at = (c: keyof typeof rules.countryFees) => effectiveAt(rules.countryFees[c] ?? [], '2026-01-01');
    expect(at('BE')?.rateBp).toBe(650);
    expect(at('FR')).toMatchObject({ rateBp: 850, legalPersonRateBp: 650 });
    expect(at('ES')?.rateBp).toBe(750);
    expect(at('IT')?.rateBp).toBe(850);
    expect(at('DE')?.rateBp).toBe(700);
    expect(at('AT')?.rateBp).toBe(750);
    expect(at('NL')?.rateBp).toBe(650);
    expect(at('SE')).toMatchObject({ rateBp: 650, rangeBp: { min: 650, max: 1000 }, verified: false });
  });

  it('multipliers: 1.55 employee, 1.57 artistic, 1.09 student (003:L1584-1587); interim and trainer are defaults', () => {
    const m = (t: (typeof BE_CONTRACT_TYPES)[number]) => effectiveAt(rules.be.contractTypes[t], '2026-01-01');
    expect(m('employee')).toMatchObject({ multiplier: 15500, verified: true });
    expect(m('artistic_employee')).toMatchObject({ multiplier: 15700, verified: true });
    expect(m('student')).toMatchObject({
      multiplier: 10900,
      verified: true,
      employeeContribution: 'student_solidarity',
    });
    expect(m('interim')?.verified).toBe(false);
    expect(m('trainer')?.verified).toBe(false);
  });

  it('student quota: 475 h to 2022, 600 h in 2023-2024, 650 h from 2025', () => {
    const q = (d: string) => effectiveAt(rules.be.studentSolidarity, d)?.quotaHours;
    expect([q('2022-12-31'), q('2023-01-01'), q('2024-12-31'), q('2025-01-01')]).toEqual([
      475, 600, 600, 650,
    ]);
  });

  it('key formula: published cumulative amounts agree with the rates (half-up)', () => {
    for (const kf of rules.be.keyFormula) {
      kf.brackets.forEach((b, i) => {
        if (i === 0) return expect(b.cumulativeTaxCents).toBe(0);
        const prev = kf.brackets[i - 1]!;
        const width = b.fromCents - prev.fromCents;
        const exact = prev.cumulativeTaxCents + (width * prev.rateBp) / 10000;
        expect(Math.abs(b.cumulativeTaxCents - exact)).toBeLessThanOrEqual(0.5);
      });
      // 11,170 EUR tax-free amount × 26.75 % = 2,987.975 → 2,987.98
      expect(kf.taxFreeReductionCents).toBe(Math.round((1117000 * 2675) / 10000));
    }
  });

  it('entities: trainer only at BE-FA, interim only at BE-PI; SmartCoop and SmartFr issue no BE contract', () => {
    const who = (t: string) =>
      Object.values(rules.entities)
        .filter((e) => (e.contractTypes as readonly string[]).includes(t))
        .map((e) => e.code);
    expect(who('trainer')).toEqual(['BE-FA']);
    expect(who('interim')).toEqual(['BE-PI']);
    expect(who('employee')).toEqual(['BE-PA']);
    expect(rules.entities['BE-COOP']?.contractTypes).toEqual([]);
    expect(rules.entities['FR-SMART']?.contractTypes).toEqual([]);
    expect(rules.entities['BE-FA']?.vatExempt).toBe(true);
  });
});
