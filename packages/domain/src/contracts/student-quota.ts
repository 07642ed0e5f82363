import type { FieldIssue } from '../errors.ts';
import { formatCentiHours } from '../payroll/arith.ts';
import { DEFAULT_PAYROLL_RULES, type PayrollRuleSet } from '../rules/index.ts';
import { effectiveAt, type SourcedRule } from '../rules/types.ts';

/**
 * The annual quota of hours a student may work at the reduced solidarity contribution (650 h from 2025,
 * `rules/be/social.ts`, all employers together, per calendar year). Hours are hundredths of an hour.
 *
 * "Nearly used": at least 80 % of the quota is used once this contract is counted. The threshold is a
 * platform default (an adviser warns the student before the last contracts of the year), not a legal value.
 */
export const STUDENT_QUOTA_NEARLY_USED: SourcedRule & { percent: number } = {
  percent: 80,
  source:
    'Platform default: advisers are warned when a student has used 80 % of the annual quota (art. 17bis AR 28.11.1969, rules/be/social.ts), so the last contracts of the year can be planned',
  verified: false,
};

export interface StudentQuotaInput {
  /** Hours already used this calendar year (all employers), in hundredths of an hour. */
  usedCentiHours: number;
  /** Hours of the new contract in that year, in hundredths of an hour. */
  newCentiHours: number;
  /** The annual quota in hours (650). */
  quotaHours: number;
}

export interface StudentQuotaResult {
  /** True when the new contract fits in the quota. */
  ok: boolean;
  /** Hours still available before this contract, never negative. */
  remainingCentiHours: number;
  /** Hours still available once this contract is counted, never negative. */
  remainingAfterCentiHours: number;
  /** At least 80 % of the quota is used once this contract is counted. */
  nearlyUsed: boolean;
}

export function checkStudentQuota(input: StudentQuotaInput): StudentQuotaResult {
  const { usedCentiHours, newCentiHours, quotaHours } = input;
  for (const [name, value] of Object.entries(input)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`${name} must be a non-negative integer`);
  }
  const quota = quotaHours * 100;
  const after = usedCentiHours + newCentiHours;
  return {
    ok: after <= quota,
    remainingCentiHours: Math.max(0, quota - usedCentiHours),
    remainingAfterCentiHours: Math.max(0, quota - after),
    nearlyUsed: after * 100 >= quota * STUDENT_QUOTA_NEARLY_USED.percent,
  };
}

/** The issue `contract.student.quota_exceeded` for a refused contract in calendar `year` (hours as decimal text). */
export function studentQuotaIssue(
  input: StudentQuotaInput,
  result: StudentQuotaResult,
  year: string,
  field = 'days',
): FieldIssue {
  return {
    field,
    code: 'contract.student.quota_exceeded',
    params: {
      quota: input.quotaHours,
      used: formatCentiHours(input.usedCentiHours),
      requested: formatCentiHours(input.newCentiHours),
      remaining: formatCentiHours(result.remainingCentiHours),
      year,
    },
  };
}

/** The student quota in hours in force on `date` (650 from 2025), or undefined when no rule covers it. */
export function studentQuotaHoursAt(
  date: string,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): number | undefined {
  return effectiveAt(rules.be.studentSolidarity, date)?.quotaHours;
}
