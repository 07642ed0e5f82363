import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  executionDate,
  isTargetBusinessDay,
  nextTargetBusinessDay,
  targetHolidays,
} from './target-calendar.ts';

describe('TARGET business days', () => {
  it('knows Easter Sunday', () => {
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('lists the six closing days of a year', () => {
    expect(targetHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('is closed on weekends and closing days, open otherwise', () => {
    expect(isTargetBusinessDay('2026-03-13')).toBe(true); // Friday
    expect(isTargetBusinessDay('2026-03-14')).toBe(false); // Saturday
    expect(isTargetBusinessDay('2026-03-15')).toBe(false); // Sunday
    expect(isTargetBusinessDay('2026-04-03')).toBe(false); // Good Friday
    expect(isTargetBusinessDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isTargetBusinessDay('2026-05-01')).toBe(false);
    expect(isTargetBusinessDay('2026-07-21')).toBe(true); // Belgian national day: TARGET is open
    expect(isTargetBusinessDay('2026-12-24')).toBe(true);
    expect(isTargetBusinessDay('2026-12-31')).toBe(true);
  });

  it('moves a date to the next business day', () => {
    expect(nextTargetBusinessDay('2026-03-13')).toBe('2026-03-13');
    expect(nextTargetBusinessDay('2026-03-14')).toBe('2026-03-16');
    // Easter 2024: closed from Good Friday 29 March to Easter Monday 1 April.
    expect(nextTargetBusinessDay('2024-03-29')).toBe('2024-04-02');
    // Christmas 2026 on a Friday, 26 December on a Saturday.
    expect(nextTargetBusinessDay('2026-12-25')).toBe('2026-12-28');
    // New Year 2027 on a Friday.
    expect(nextTargetBusinessDay('2026-12-31')).toBe('2026-12-31');
    expect(nextTargetBusinessDay('2027-01-01')).toBe('2027-01-04');
  });

  it('never asks the bank for a day before today', () => {
    expect(executionDate('2026-03-02', '2026-03-13')).toBe('2026-03-13');
    expect(executionDate('2026-03-02', '2026-03-14')).toBe('2026-03-16');
    expect(executionDate('2026-04-03', '2026-03-13')).toBe('2026-04-07');
    expect(() => executionDate('2026-02-30', '2026-03-13')).toThrow(RangeError);
  });

  it('property: the next business day is open, not earlier, and nothing open is skipped', () => {
    const day = fc
      .date({
        min: new Date('2002-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (date) => {
        const next = nextTargetBusinessDay(date);
        expect(isTargetBusinessDay(next)).toBe(true);
        expect(next >= date).toBe(true);
        // At most 4 closed days in a row (Good Friday to Easter Monday).
        const gap = (Date.parse(next) - Date.parse(date)) / 86_400_000;
        expect(gap).toBeLessThanOrEqual(4);
        for (let d = 0; d < gap; d++) {
          const between = new Date(Date.parse(date) + d * 86_400_000).toISOString().slice(0, 10);
          expect(isTargetBusinessDay(between)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
