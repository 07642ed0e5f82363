import type { MessageParams } from '../errors.ts';
import { formatCentiHours, formatCents } from '../payroll/arith.ts';
import type { BeContractType } from '../rules/be/contract-types.ts';
import type { SourcedRule } from '../rules/types.ts';
import { checkStudentQuota, type StudentQuotaInput } from './student-quota.ts';

/**
 * Warnings shown to the adviser who checks a declaration (seeds 001:L1251-1255: advisers check
 * declarations and salary calculations). A warning never blocks the declaration: it asks for a look.
 */
export interface ContractWarning {
  code:
    | 'contract.warning.unusual_amount'
    | 'contract.warning.posting_form_missing'
    | 'contract.warning.student_quota_nearly_used';
  params: MessageParams;
}

/**
 * "Unusual amount" (platform defaults, not legal values):
 * - with a history, the amount per day is over 3 times the median amount per day of the worker's recent
 *   contracts;
 * - without history, the amount per day is over 1,500.00 EUR. For scale: in 2017 the short contracts paid
 *   71,650,159.21 EUR gross for 677,840 days (seeds 001:L748), 105.70 EUR gross a day, i.e. about 175 EUR
 *   invoiced a day once the 1.55 multiplier and the 6.5 % fee are added: the ceiling is about 8.5 times that.
 */
export const UNUSUAL_AMOUNT_RULE: SourcedRule & { medianFactor: number; dailyCeilingCents: number } = {
  medianFactor: 3,
  dailyCeilingCents: 150_000,
  source:
    'Platform default: 3 × the median daily amount of the worker, or 1,500.00 EUR a day without history (about 8.5 × the 2017 average invoiced per day, derived from seeds 001:L748)',
  verified: false,
};

export interface WarningInput {
  amountExclVatCents: number;
  dayCount: number;
  /** Amount per day (excl. VAT, cents) of the worker's recent contracts; empty when there is none. */
  recentDailyAmountsCents: readonly number[];
  posted: boolean;
  /** The A1 posting form request has every field it needs. */
  postingFormComplete: boolean;
  contractType: BeContractType;
  studentQuota?: StudentQuotaInput;
}

/** The median of positive integers as a fraction `numerator / 2` (exact, no rounding). */
function doubledMedian(values: readonly number[]): number | undefined {
  const sorted = values.filter((v) => Number.isSafeInteger(v) && v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? 2 * sorted[mid]! : sorted[mid - 1]! + sorted[mid]!;
}

export function declarationWarnings(input: WarningInput): ContractWarning[] {
  const warnings: ContractWarning[] = [];
  const { amountExclVatCents: amount, dayCount } = input;
  if (dayCount > 0 && amount > 0) {
    const daily = Math.round(amount / dayCount);
    const median2 = doubledMedian(input.recentDailyAmountsCents);
    if (median2 !== undefined) {
      // amount / days > factor × median2 / 2, in integers.
      if (2 * amount > UNUSUAL_AMOUNT_RULE.medianFactor * median2 * dayCount) {
        warnings.push({
          code: 'contract.warning.unusual_amount',
          params: {
            daily: formatCents(daily),
            reference: formatCents(Math.round((UNUSUAL_AMOUNT_RULE.medianFactor * median2) / 2)),
          },
        });
      }
    } else if (amount > UNUSUAL_AMOUNT_RULE.dailyCeilingCents * dayCount) {
      warnings.push({
        code: 'contract.warning.unusual_amount',
        params: { daily: formatCents(daily), reference: formatCents(UNUSUAL_AMOUNT_RULE.dailyCeilingCents) },
      });
    }
  }
  if (input.posted && !input.postingFormComplete) {
    warnings.push({ code: 'contract.warning.posting_form_missing', params: {} });
  }
  if (input.contractType === 'student' && input.studentQuota) {
    const result = checkStudentQuota(input.studentQuota);
    if (result.ok && result.nearlyUsed) {
      warnings.push({
        code: 'contract.warning.student_quota_nearly_used',
        params: {
          remaining: formatCentiHours(result.remainingAfterCentiHours),
          quota: input.studentQuota.quotaHours,
        },
      });
    }
  }
  return warnings;
}
