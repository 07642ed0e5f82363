import { describe, expect, it } from 'vitest';
import { minimumDailyGross, minimumGrossForHours, minimumHourlyGross } from './minimum.ts';
import { expectIssue } from './test-helpers.ts';

describe('legal minimum pay (RMMMG)', () => {
  it('hourly: 2,111.89 × 3 / 13 / 38 = 12.8252 EUR (published figure for 38 h), rounded up to 12.83', () => {
    const m = minimumHourlyGross('BE-PA', '2025-06-01');
    expect(m.monthlyCents).toBe(211189);
    expect(m.amountCents).toBe(1283);
    expect(m.rounding).toBe('up to the cent');
    expect(m.basis).toContain('× 3 / 13 weeks / 38 h');
  });

  it('daily: 7.6 h = monthly × 3 / 65 = 97.4718 → 97.48', () => {
    expect(minimumDailyGross('BE-FA', '2026-01-05').amountCents).toBe(9748);
  });

  it('effective-dated: 2,029.88 in April 2024, 2,070.48 from May 2024', () => {
    // 202988 × 3 / 494 = 1232.72 → 1233 ; 207048 × 3 / 494 = 1257.37 → 1258
    expect(minimumHourlyGross('BE-PA', '2024-04-30').amountCents).toBe(1233);
    expect(minimumHourlyGross('BE-PA', '2024-05-01').amountCents).toBe(1258);
    expectIssue(() => minimumHourlyGross('BE-PA', '2024-03-31'), 'date', 'payroll.date.no_rule', {
      rule: 'minimum_wage',
    });
  });

  it('for any number of hours, without double rounding', () => {
    // 3 h (the couriers' minimum paid day, 001:L1055-1058): 211189 × 3 × 300 / 49400 = 3847.57 → 3848,
    // not 3 × 12.83 = 38.49.
    expect(minimumGrossForHours('BE-PA', '2025-06-01', 300).amountCents).toBe(3848);
  });

  it('Belgian entities only; valid date and entity', () => {
    expectIssue(
      () => minimumHourlyGross('FR-SMART', '2025-06-01'),
      'entity',
      'payroll.entity.unsupported_country',
    );
    expectIssue(() => minimumHourlyGross('BE-XX', '2025-06-01'), 'entity', 'payroll.entity.unknown');
    expectIssue(() => minimumDailyGross('BE-PA', '2025-13-01'), 'date', 'payroll.date.invalid');
  });
});
