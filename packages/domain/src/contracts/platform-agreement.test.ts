import { describe, expect, it } from 'vitest';
import { minimumHourlyGross } from '../payroll/minimum.ts';
import { checkPlatformAgreement, courierAgreementDefaults } from './platform-agreement.ts';

const agreement = { minPaidCentiHoursPerDay: 300, minHourlyGrossCents: 1283 };

describe('checkPlatformAgreement', () => {
  it('accepts 3 paid hours a day at the minimum hourly pay exactly', () => {
    const days = [
      { date: '2026-03-04', centiHours: 300 },
      { date: '2026-03-05', centiHours: 450 },
    ];
    expect(checkPlatformAgreement(agreement, { days, grossCents: 9623, totalCentiHours: 750 })).toEqual([]);
  });

  it('names each day paid under the minimum hours, and a price too low for the hourly minimum', () => {
    const days = [
      { date: '2026-03-04', centiHours: 299 },
      { date: '2026-03-05', centiHours: 400 },
      { date: '2026-03-06', centiHours: 100 },
    ];
    expect(checkPlatformAgreement(agreement, { days, grossCents: 10000, totalCentiHours: 799 })).toEqual([
      {
        field: 'days.0.hours',
        code: 'contract.platform.min_hours',
        params: { date: '2026-03-04', min: '3' },
      },
      {
        field: 'days.2.hours',
        code: 'contract.platform.min_hours',
        params: { date: '2026-03-06', min: '3' },
      },
      {
        field: 'amountExclVatCents',
        code: 'contract.platform.min_hourly_pay',
        params: { hourly: '12.51', min: '12.83' },
      },
    ]);
  });

  it('compares the hourly pay exactly (one cent short is refused)', () => {
    const days = [{ date: '2026-03-04', centiHours: 300 }];
    expect(checkPlatformAgreement(agreement, { days, grossCents: 3849, totalCentiHours: 300 })).toEqual([]);
    expect(checkPlatformAgreement(agreement, { days, grossCents: 3848, totalCentiHours: 300 })).toHaveLength(
      1,
    );
  });
});

describe('courierAgreementDefaults', () => {
  it('is 3 paid hours a day and the legal minimum hourly gross pay', () => {
    const defaults = courierAgreementDefaults('BE-PA', '2026-03-02');
    expect(defaults.minPaidCentiHoursPerDay).toBe(300);
    expect(defaults.minHourlyGrossCents).toBe(minimumHourlyGross('BE-PA', '2026-03-02').amountCents);
    expect(defaults.source).toContain('001:L1048');
  });
});
