import type { FieldIssue } from '../errors.ts';
import { formatCentiHours, formatCents } from '../payroll/arith.ts';
import { minimumHourlyGross } from '../payroll/minimum.ts';
import { DEFAULT_PAYROLL_RULES, type PayrollRuleSet } from '../rules/index.ts';
import type { SourcedRule } from '../rules/types.ts';

/**
 * A commercial agreement between the cooperative and a client platform that declares prestations in bulk
 * for many workers (the 2016 bike-courier case, seeds 001:L1048-1075: the agreement signed with the
 * delivery platforms in May 2016 guaranteed "une rémunération de trois heures minimum par jour presté" and
 * "un paiement à l'heure respectant les minima légaux"). Every declaration sent under the agreement is
 * checked against it, on top of the ordinary rules.
 */
export interface PlatformAgreement {
  /** Hours paid at least for each day worked, in hundredths of an hour (300 = 3 h). */
  minPaidCentiHoursPerDay: number;
  /** Gross pay per hour at least, in cents. */
  minHourlyGrossCents: number;
}

export interface PlatformDeclaration {
  days: readonly { date: string; centiHours: number }[];
  /** Gross salary of the contract (from the payroll engine), in cents. */
  grossCents: number;
  totalCentiHours: number;
}

/**
 * The problems of a declaration under the agreement: a day paid under the minimum hours
 * (`contract.platform.min_hours`, field `days.<i>.hours`), a gross hourly pay under the minimum
 * (`contract.platform.min_hourly_pay`, field `amountExclVatCents`: the price must rise).
 * The hourly check is exact: gross × 100 ≥ minimum hourly × centi-hours.
 */
export function checkPlatformAgreement(
  agreement: PlatformAgreement,
  declaration: PlatformDeclaration,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  declaration.days.forEach((day, i) => {
    if (day.centiHours < agreement.minPaidCentiHoursPerDay) {
      issues.push({
        field: `days.${i}.hours`,
        code: 'contract.platform.min_hours',
        params: { date: day.date, min: formatCentiHours(agreement.minPaidCentiHoursPerDay) },
      });
    }
  });
  if (
    declaration.totalCentiHours > 0 &&
    declaration.grossCents * 100 < agreement.minHourlyGrossCents * declaration.totalCentiHours
  ) {
    const hourly = Math.floor((declaration.grossCents * 100) / declaration.totalCentiHours);
    issues.push({
      field: 'amountExclVatCents',
      code: 'contract.platform.min_hourly_pay',
      params: { hourly: formatCents(hourly), min: formatCents(agreement.minHourlyGrossCents) },
    });
  }
  return issues;
}

/** Paid hours a day guaranteed to couriers: 3 h (seeds 001:L1052-1058). */
export const COURIER_MIN_PAID_CENTI_HOURS_PER_DAY: SourcedRule & { centiHours: number } = {
  centiHours: 300,
  source:
    'Agreement with the delivery platforms, May 2016: "une rémunération de trois heures minimum par jour presté" (seeds 001:L1048-1058); also the legal minimum duration of a work period in Belgium (3 h, see declaration.ts)',
  verified: true,
};

/**
 * The courier agreement's defaults for an entity on a date: 3 paid hours a day and the legal minimum
 * hourly gross pay (`minimumHourlyGross`, derived from the guaranteed minimum monthly income).
 */
export function courierAgreementDefaults(
  entity: string,
  date: string,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): PlatformAgreement & { source: string } {
  const minimum = minimumHourlyGross(entity, date, rules);
  return {
    minPaidCentiHoursPerDay: COURIER_MIN_PAID_CENTI_HOURS_PER_DAY.centiHours,
    minHourlyGrossCents: minimum.amountCents,
    source: `${COURIER_MIN_PAID_CENTI_HOURS_PER_DAY.source}; hourly minimum: ${minimum.basis}, ${minimum.source}`,
  };
}
