import { DomainError } from '../errors.ts';
import type { EntitySettings } from '../entities/settings.ts';
import type { SourcedRule } from '../rules/types.ts';
import { addDays, dayOfNextMonth, isIsoDate } from './dates.ts';

/**
 * When the salary of a contract is paid. The cooperative guarantees it on that date whether or not the
 * client has paid. Two kinds of rule exist in the group (seeds 001:L3846-3855, 003:L4762-4769):
 * - N days after the end of the work: 7 days in France, Sweden, Germany, and in Belgium (entity setting
 *   `salaryPaymentDelayDays`, 7 by default);
 * - a fixed day of the month after the work: the 10th in Spain, Italy and Austria.
 * (The Netherlands pay at "the end of the month", 003:L4766: not modelled, no Dutch entity in the platform.)
 */
export type PayRule = { kind: 'days_after_end'; days: number } | { kind: 'day_of_next_month'; day: number };

/** Bounds an administrator may set: a delay of 1 to 60 days, or a day of the next month from 1 to 31. */
export const PAY_RULE_LIMITS = { minDays: 1, maxDays: 60, minDay: 1, maxDay: 31 } as const;

export const DEFAULT_PAY_RULES: Readonly<Record<string, PayRule & SourcedRule>> = {
  BE: {
    kind: 'days_after_end',
    days: 7,
    source:
      'Platform default for Belgium, entity setting salaryPaymentDelayDays (entities/catalogue.ts), aligned on the 7 days of FR/SE/DE: seeds 001:L3846-3855, 003:L4762-4769',
    verified: false,
  },
  FR: {
    kind: 'days_after_end',
    days: 7,
    source: 'Seeds 001:L3846-3855 ("7 jours fin de prestation")',
    verified: true,
  },
  SE: { kind: 'days_after_end', days: 7, source: 'Seeds 001:L3846-3855, 003:L4762-4769', verified: true },
  DE: {
    kind: 'days_after_end',
    days: 7,
    source: 'Seeds 003:L4762-4769 ("7 jours fin de prestation")',
    verified: true,
  },
  ES: {
    kind: 'day_of_next_month',
    day: 10,
    source: 'Seeds 001:L3846-3855, 003:L4762-4769 ("10 du mois suivant la prestation")',
    verified: true,
  },
  IT: { kind: 'day_of_next_month', day: 10, source: 'Seeds 001:L3846-3855, 003:L4762-4769', verified: true },
  AT: { kind: 'day_of_next_month', day: 10, source: 'Seeds 003:L4762-4769', verified: true },
};

function checkRule(rule: PayRule): void {
  const { minDays, maxDays, minDay, maxDay } = PAY_RULE_LIMITS;
  if (rule.kind === 'day_of_next_month') {
    if (!Number.isSafeInteger(rule.day) || rule.day < minDay || rule.day > maxDay) {
      throw DomainError.field('salaryPaymentDayOfNextMonth', 'contract.pay_rule.day_invalid', {
        min: minDay,
        max: maxDay,
      });
    }
    return;
  }
  if (
    rule.kind !== 'days_after_end' ||
    !Number.isSafeInteger(rule.days) ||
    rule.days < minDays ||
    rule.days > maxDays
  ) {
    throw DomainError.field('salaryPaymentDelayDays', 'contract.pay_rule.days_invalid', {
      min: minDays,
      max: maxDays,
    });
  }
}

/**
 * The pay date of a contract whose last day of work is `lastDay`. Always after `lastDay`.
 * `day_of_next_month` with a day the month does not have (31 in April) pays on that month's last day.
 */
export function payDateFor(lastDay: string, rule: PayRule): string {
  if (!isIsoDate(lastDay)) throw DomainError.field('lastDay', 'field.invalid_date');
  checkRule(rule);
  return rule.kind === 'days_after_end' ? addDays(lastDay, rule.days) : dayOfNextMonth(lastDay, rule.day);
}

/**
 * The pay rule of an entity from its settings: the 10th (or another day) of the next month when
 * `salaryPaymentDayOfNextMonth` is set, else `salaryPaymentDelayDays` days after the end of the work.
 */
export function payRuleForEntity(
  settings: Pick<EntitySettings, 'salaryPaymentDelayDays'> & { salaryPaymentDayOfNextMonth?: number | null },
): PayRule {
  const rule: PayRule =
    settings.salaryPaymentDayOfNextMonth !== undefined && settings.salaryPaymentDayOfNextMonth !== null
      ? { kind: 'day_of_next_month', day: settings.salaryPaymentDayOfNextMonth }
      : { kind: 'days_after_end', days: settings.salaryPaymentDelayDays };
  checkRule(rule);
  return rule;
}
