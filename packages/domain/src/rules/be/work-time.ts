import type { EffectiveRule } from '../types.ts';

/**
 * Working time used to turn days into hours and to bound a contract.
 * - Full time is 38 hours a week over 5 days: a standard day is 7.6 hours (38 / 5). The RMMMG is defined
 *   for 38 h a week (CCT n° 43; https://www.fairworkbelgium.be/en/faq/what-salary-am-i-entitled-to/).
 * - A Contract-tool contract is a fixed-term contract of 1 day to 1 month (seeds 001:L772-773); the
 *   engine accepts 1 to 31 declared days.
 * Hours are held as integer hundredths of an hour (760 = 7.6 h) so that every computation stays exact.
 */
export interface WorkTimeRule extends EffectiveRule {
  hoursPerWeek: number;
  daysPerWeek: number;
  /** Standard hours per day, in hundredths of an hour. */
  centiHoursPerDay: number;
  minDays: number;
  maxDays: number;
}

export const BE_WORK_TIME_RULES: readonly WorkTimeRule[] = [
  {
    validFrom: '2015-01-01',
    hoursPerWeek: 38,
    daysPerWeek: 5,
    centiHoursPerDay: 760,
    minDays: 1,
    maxDays: 31,
    source:
      '38 h a week (RMMMG basis, CCT n° 43; https://www.fairworkbelgium.be/en/faq/what-salary-am-i-entitled-to/) / 5 days = 7.6 h a day; contract of 1 day to 1 month: seeds 001:L772-773',
    verified: true,
  },
];
