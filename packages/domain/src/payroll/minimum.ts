import { DEFAULT_PAYROLL_RULES } from '../rules/index.ts';
import type { PayrollRuleSet } from '../rules/index.ts';
import { ROUNDING_TEXT, formatCents, formatCentiHours, mulDiv } from './arith.ts';
import { requireBelgian, requireDate, requireEntity, ruleAt } from './resolve.ts';

/**
 * Legal minimum pay derived from the Belgian guaranteed average minimum monthly income (RMMMG).
 *
 * Conversion (stated on every result): a quarter is 3 months = 13 weeks, so
 *   hourly minimum  = monthly × 3 / 13 / hoursPerWeek            (38 h: monthly × 3 / 494)
 *   minimum for H hours = monthly × 3 × H / (13 × hoursPerWeek)
 *   daily minimum   = minimum for one standard day of 7.6 h      (= monthly × 3 / 65)
 * computed exactly on integers and rounded UP to the cent: a legal floor is never understated.
 */
export interface LegalMinimum {
  /** The minimum, in cents. */
  amountCents: number;
  /** Monthly RMMMG it derives from, in cents. */
  monthlyCents: number;
  hoursPerWeek: number;
  /** Hours the minimum is for, in hundredths of an hour. */
  centiHours: number;
  /** The conversion, in words, for a payslip or a simulator. */
  basis: string;
  rounding: string;
  source: string;
}

function minimumFor(
  rules: PayrollRuleSet,
  entityCode: string,
  date: string,
  centiHours: number,
): LegalMinimum {
  const entity = requireEntity(rules, entityCode);
  requireBelgian(entity);
  const day = requireDate(date);
  const wage = ruleAt(rules.be.minimumWage, day, 'minimum_wage');
  const amountCents = mulDiv(wage.monthlyCents, 3 * centiHours, 13 * wage.hoursPerWeek * 100, 'up');
  return {
    amountCents,
    monthlyCents: wage.monthlyCents,
    hoursPerWeek: wage.hoursPerWeek,
    centiHours,
    basis: `${formatCents(wage.monthlyCents)} EUR a month × 3 / 13 weeks / ${wage.hoursPerWeek} h × ${formatCentiHours(centiHours)} h`,
    rounding: ROUNDING_TEXT.up,
    source: wage.source,
  };
}

/** Minimum gross for one hour of work, in cents (2,111.89 EUR a month → 1,283 cents). */
export function minimumHourlyGross(
  entity: string,
  date: string,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): LegalMinimum {
  return minimumFor(rules, entity, date, 100);
}

/** Minimum gross for one standard day (7.6 h), in cents (2,111.89 EUR a month → 9,748 cents). */
export function minimumDailyGross(
  entity: string,
  date: string,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): LegalMinimum {
  const day = requireDate(date);
  const time = ruleAt(rules.be.workTime, day, 'work_time');
  return minimumFor(rules, entity, day, time.centiHoursPerDay);
}

/** Minimum gross for a number of hours given in hundredths of an hour (760 = 7.6 h). */
export function minimumGrossForHours(
  entity: string,
  date: string,
  centiHours: number,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): LegalMinimum {
  return minimumFor(rules, entity, date, centiHours);
}
