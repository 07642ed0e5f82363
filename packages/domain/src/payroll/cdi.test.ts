import { describe, expect, it } from 'vitest';
import { keyFormulaWithholding, monthlyCdi } from './cdi.ts';
import { expectIssue } from './test-helpers.ts';

describe('key formula 2026 (isolated, no dependants)', () => {
  it('reproduces the published example: taxable 3,000.00 EUR a month → 596.93 EUR', () => {
    // Example quoted from the official 2026 key formula (see rules/be/key-formula.ts). By hand:
    //   A. 3000.00 × 12 = 36000.00
    //   B. 30 % = 10800.00 > 6070.00 → 6070.00 ; net 29930.00
    //   C. 9944.05 + (29930.00 − 29500.00) × 48.15 % = 9944.05 + 207.045 → 10151.10 (half-up 207.05)
    //   D. 10151.10 − 2987.98 = 7163.12
    //   E. 7163.12 / 12 = 596.9267 → 596.93
    const r = keyFormulaWithholding(300000, '2026-01-01');
    expect(r).toMatchObject({
      annualTaxableCents: 3600000,
      professionalExpensesCents: 607000,
      netTaxableCents: 2993000,
      basicTaxCents: 1015110,
      taxFreeReductionCents: 298798,
      annualTaxCents: 716312,
      monthlyWithholdingCents: 59693,
    });
    expect(r.lines.map((l) => l.key)).toEqual([
      'payroll.line.kf.annual_taxable',
      'payroll.line.kf.professional_expenses',
      'payroll.line.kf.net_taxable',
      'payroll.line.kf.basic_tax',
      'payroll.line.kf.tax_free_reduction',
      'payroll.line.kf.annual_tax',
    ]);
  });

  it('no tax under the tax-free amount; first bracket below 16,710 EUR', () => {
    // 1,000.00 a month: 12000 − 3600 = 8400 × 26.75 % = 2247.00 < 2987.98 → 0
    expect(keyFormulaWithholding(100000, '2026-06-01').monthlyWithholdingCents).toBe(0);
    // 2,000.00 a month: 24000 − 6070 (30 % = 7200 capped) = 17930; 4469.93 + 1220 × 42.80 % (522.16)
    // = 4992.09; − 2987.98 = 2004.11; / 12 = 167.0092 → 167.01
    expect(keyFormulaWithholding(200000, '2026-06-01').monthlyWithholdingCents).toBe(16701);
  });

  it('top bracket: 10,000.00 a month', () => {
    // 120000 − 6070 = 113930; 20320.38 + (113930 − 51050) × 53.5 % = 20320.38 + 33640.80 = 53961.18;
    // − 2987.98 = 50973.20; / 12 = 4247.7667 → 4247.77
    expect(keyFormulaWithholding(1000000, '2026-06-01').monthlyWithholdingCents).toBe(424777);
  });

  it('only from 2026: no key formula is known before', () => {
    expectIssue(() => keyFormulaWithholding(300000, '2025-12-31'), 'date', 'payroll.date.no_rule', {
      rule: 'key_formula',
    });
    expectIssue(
      () => keyFormulaWithholding(-1, '2026-01-01'),
      'monthlyTaxableCents',
      'payroll.monthly_taxable.invalid',
    );
  });
});

describe('monthlyCdi', () => {
  it('3,500.00 EUR gross at BE-PA: employer cost, ONSS, key-formula withholding, net', () => {
    // By hand (cents):
    //   employer cost 350000 × 1.55 = 542500
    //   ONSS 350000 × 13.07 % = 45745 ; taxable 304255
    //   A. 304255 × 12 = 3651060 ; B. min(30 % = 1095318, 607000) = 607000 ; net 3044060
    //   C. 994405 + (3044060 − 2950000) × 48.15 % = 994405 + 45289.89 → 45290 = 1039695
    //   D. 1039695 − 298798 = 740897 ; E. 740897 / 12 = 61741.42 → 61741
    //   net 304255 − 61741 = 242514
    const r = monthlyCdi({ entity: 'BE-PA', monthlyGrossCents: 350000, date: '2026-05-01' });
    expect(r).toMatchObject({
      contractType: 'employee',
      multiplier: 15500,
      employerCostCents: 542500,
      employeeContributionCents: 45745,
      taxableCents: 304255,
      withholdingCents: 61741,
      netCents: 242514,
      minimumMonthlyCents: 211189,
    });
    expect(r.monthlyGrossCents - r.employeeContributionCents - r.withholdingCents).toBe(r.netCents);
    expect(r.lines.find((l) => l.key === 'payroll.line.withholding')?.amount).toBe(61741);
  });

  it('part time: the minimum is prorated (half time → 1,055.95 rounded up)', () => {
    // 211189 × 50 % = 105594.5 → 105595
    const r = monthlyCdi({
      entity: 'BE-PA',
      monthlyGrossCents: 105595,
      workTimeBp: 5000,
      date: '2026-05-01',
    });
    expect(r.minimumMonthlyCents).toBe(105595);
    expectIssue(
      () => monthlyCdi({ entity: 'BE-PA', monthlyGrossCents: 105594, workTimeBp: 5000, date: '2026-05-01' }),
      'monthlyGrossCents',
      'payroll.monthly_gross.below_minimum',
      { minimum: '1055.95' },
    );
  });

  it('errors name the field', () => {
    const d = { entity: 'BE-PA', monthlyGrossCents: 300000, date: '2026-05-01' };
    expectIssue(
      () => monthlyCdi({ ...d, monthlyGrossCents: 0 }),
      'monthlyGrossCents',
      'payroll.monthly_gross.min',
    );
    expectIssue(
      () => monthlyCdi({ ...d, monthlyGrossCents: 1.5 }),
      'monthlyGrossCents',
      'payroll.monthly_gross.not_integer',
    );
    expectIssue(
      () => monthlyCdi({ ...d, monthlyGrossCents: 100_000_001 }),
      'monthlyGrossCents',
      'payroll.monthly_gross.max',
    );
    expectIssue(() => monthlyCdi({ ...d, workTimeBp: 0 }), 'workTimeBp', 'payroll.work_time.invalid');
    expectIssue(
      () => monthlyCdi({ ...d, contractType: 'student' }),
      'contractType',
      'payroll.contract_type.not_allowed',
    );
    expectIssue(
      () => monthlyCdi({ ...d, contractType: 'trainer' }),
      'contractType',
      'payroll.contract_type.not_allowed',
    );
    expectIssue(() => monthlyCdi({ ...d, date: '2026-02-29' }), 'date', 'payroll.date.invalid');
    expect(monthlyCdi({ ...d, entity: 'BE-FA', contractType: 'trainer' }).multiplier).toBe(15500);
  });
});
