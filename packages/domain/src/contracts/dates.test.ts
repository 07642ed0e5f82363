import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRuleDate } from '../rules/types.ts';
import {
  addDays,
  dayNumber,
  dayOfNextMonth,
  fromDayNumber,
  lastDayOfOneMonthFrom,
  quarterOf,
} from './dates.ts';

describe('calendar dates', () => {
  it('end a one-month period the day before the same day of the next month', () => {
    expect(lastDayOfOneMonthFrom('2026-01-01')).toBe('2026-01-31');
    expect(lastDayOfOneMonthFrom('2026-01-15')).toBe('2026-02-14');
    expect(lastDayOfOneMonthFrom('2026-01-31')).toBe('2026-02-28');
    expect(lastDayOfOneMonthFrom('2026-01-29')).toBe('2026-02-28');
    expect(lastDayOfOneMonthFrom('2028-01-30')).toBe('2028-02-29');
    expect(lastDayOfOneMonthFrom('2026-12-20')).toBe('2027-01-19');
  });

  it('find a day of the next month and the quarter', () => {
    expect(dayOfNextMonth('2026-01-31', 10)).toBe('2026-02-10');
    expect(dayOfNextMonth('2026-01-31', 30)).toBe('2026-02-28');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
  });

  it('property: day numbers round-trip, and a month period lasts 28 to 31 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400_000, max: 400_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(isRuleDate(date)).toBe(true);
        expect(dayNumber(date)).toBe(n);
        expect(addDays(date, 1) > date).toBe(true);
        const length = dayNumber(lastDayOfOneMonthFrom(date)) - n + 1;
        expect(length).toBeGreaterThanOrEqual(28);
        expect(length).toBeLessThanOrEqual(31);
      }),
    );
  });
});
