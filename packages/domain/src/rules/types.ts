/**
 * Building blocks of the legal and business rules used by the payroll engine.
 *
 * Every rule is DATA, effective-dated and sourced: a payslip or a simulator can print where a rate
 * comes from (`source`) and whether it was checked against a published text (`verified: true`) or is
 * a configurable default chosen by the platform (`verified: false`, the reason is in `source`).
 *
 * Dates are ISO calendar dates `YYYY-MM-DD` (the date of the work / of the contract). `validFrom` and
 * `validTo` are both inclusive; `validTo` absent means "until further notice". Where the legal start
 * date of a value is older than what we could check, `validFrom` is the earliest date at which the cited
 * source attests the value (said in the source text); such an entry is not a claim about the law before.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type RuleDate = string;

export interface SourcedRule {
  /** Where the value comes from: URL, document and article, or seed reference (`003:L1584`). */
  source: string;
  /** True when checked against a published source; false for a configurable platform default. */
  verified: boolean;
}

export interface EffectiveRule extends SourcedRule {
  validFrom: RuleDate;
  validTo?: RuleDate;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is rejected). */
export function isRuleDate(value: unknown): value is RuleDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** The entry in force on `date` (ISO strings compare in calendar order), or undefined. */
export function effectiveAt<T extends EffectiveRule>(entries: readonly T[], date: RuleDate): T | undefined {
  return entries.find((e) => e.validFrom <= date && (e.validTo === undefined || date <= e.validTo));
}

/**
 * Checks that the entries of one rule never overlap (used by tests and by anyone who extends a rule set):
 * returns a list of human-readable problems, empty when the timeline is clean.
 */
export function timelineProblems(name: string, entries: readonly EffectiveRule[]): string[] {
  const problems: string[] = [];
  const sorted = [...entries].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  sorted.forEach((e, i) => {
    if (!isRuleDate(e.validFrom)) problems.push(`${name}: invalid validFrom ${e.validFrom}`);
    if (e.validTo !== undefined && !isRuleDate(e.validTo))
      problems.push(`${name}: invalid validTo ${e.validTo}`);
    if (e.validTo !== undefined && e.validTo < e.validFrom) problems.push(`${name}: ends before it starts`);
    if (e.source.trim() === '') problems.push(`${name}: entry from ${e.validFrom} has no source`);
    const next = sorted[i + 1];
    if (next && (e.validTo === undefined || e.validTo >= next.validFrom)) {
      problems.push(`${name}: entry from ${e.validFrom} overlaps the one from ${next.validFrom}`);
    }
  });
  return problems;
}
