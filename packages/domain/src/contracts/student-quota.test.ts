import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStudentQuota, studentQuotaHoursAt, studentQuotaIssue } from './student-quota.ts';

describe('checkStudentQuota', () => {
  it('accepts up to the quota exactly and says what remains', () => {
    expect(checkStudentQuota({ usedCentiHours: 60000, newCentiHours: 5000, quotaHours: 650 })).toEqual({
      ok: true,
      remainingCentiHours: 5000,
      remainingAfterCentiHours: 0,
      nearlyUsed: true,
    });
    expect(checkStudentQuota({ usedCentiHours: 60000, newCentiHours: 5001, quotaHours: 650 })).toMatchObject({
      ok: false,
      remainingCentiHours: 5000,
      remainingAfterCentiHours: 0,
    });
    expect(
      checkStudentQuota({ usedCentiHours: 70000, newCentiHours: 100, quotaHours: 650 }).remainingCentiHours,
    ).toBe(0);
  });

  it('flags the quota as nearly used from 80 % (520 h of 650 h)', () => {
    expect(
      checkStudentQuota({ usedCentiHours: 50000, newCentiHours: 1999, quotaHours: 650 }).nearlyUsed,
    ).toBe(false);
    expect(
      checkStudentQuota({ usedCentiHours: 50000, newCentiHours: 2000, quotaHours: 650 }).nearlyUsed,
    ).toBe(true);
  });

  it('refuses negative or fractional hours', () => {
    expect(() => checkStudentQuota({ usedCentiHours: -1, newCentiHours: 100, quotaHours: 650 })).toThrow(
      RangeError,
    );
    expect(() => checkStudentQuota({ usedCentiHours: 0, newCentiHours: 1.5, quotaHours: 650 })).toThrow(
      RangeError,
    );
  });

  it('property: ok iff used + new fits, and remaining after = quota − used − new when ok', () => {
    fc.assert(
      fc.property(fc.nat(80000), fc.nat(10000), fc.constantFrom(475, 600, 650), (used, added, quota) => {
        const r = checkStudentQuota({ usedCentiHours: used, newCentiHours: added, quotaHours: quota });
        expect(r.ok).toBe(used + added <= quota * 100);
        if (r.ok) expect(r.remainingAfterCentiHours).toBe(quota * 100 - used - added);
        expect(r.remainingAfterCentiHours).toBeLessThanOrEqual(r.remainingCentiHours);
      }),
    );
  });

  it('builds the refusal issue and reads the quota in force', () => {
    const input = { usedCentiHours: 64550, newCentiHours: 760, quotaHours: 650 };
    expect(studentQuotaIssue(input, checkStudentQuota(input), '2026')).toEqual({
      field: 'days',
      code: 'contract.student.quota_exceeded',
      params: { quota: 650, used: '645.5', requested: '7.6', remaining: '4.5', year: '2026' },
    });
    expect(studentQuotaHoursAt('2026-03-02')).toBe(650);
    expect(studentQuotaHoursAt('2024-06-01')).toBe(600);
    expect(studentQuotaHoursAt('2016-06-01')).toBeUndefined();
  });
});
