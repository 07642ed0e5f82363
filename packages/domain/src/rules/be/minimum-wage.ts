import type { EffectiveRule } from '../types.ts';

/**
 * Guaranteed average minimum monthly income (revenu minimum mensuel moyen garanti, RMMMG / GGMMI),
 * full time 38 h a week, worker of 18 or more (CCT n° 43 of the National Labour Council, as amended).
 * It moves by +2 % each time the pivot index is crossed, plus the steps agreed in the AIP 2021-2022.
 *
 * The hourly and daily minimum derived from it (payroll/minimum.ts): a month is 13 weeks / 3, so
 *   hourly = monthly × 3 / 13 / 38, daily (7.6 h) = monthly × 3 / 65, rounded UP to the cent.
 * Check: 2,111.89 × 3 / 494 = 12.8252 EUR/h, the figure published for 38 h a week from 1 February 2025.
 *
 * NOT VERIFIED / TO UPDATE: the AIP 2021-2022 schedules a further +35.70 EUR gross step on 1 April 2026
 * (and the amount moves again at each pivot-index crossing). No official amount could be found while
 * writing this table, so the 1 February 2025 amount stays in force "until further notice"; this
 * understates the minimum after the step. The payroll team must add the new entry (and close this one).
 * Students under 21 and workers under 18 may legally earn a percentage of it (CCT n° 50); the engine
 * applies the full adult amount to everyone, a conservative floor.
 */
export interface MinimumWageRule extends EffectiveRule {
  /** Monthly amount for a full-time worker, in cents. */
  monthlyCents: number;
  /** Full-time weekly hours the monthly amount is for. */
  hoursPerWeek: number;
}

export const BE_MINIMUM_WAGE_RULES: readonly MinimumWageRule[] = [
  {
    validFrom: '2024-04-01',
    validTo: '2024-04-30',
    monthlyCents: 202988,
    hoursPerWeek: 38,
    source:
      'CCT n° 43/17 of 26 March 2024 (+35,70 EUR): 2.029,88 EUR from 1 April 2024, https://www.attentia.be/fr/actualit%C3%A9s/augmentation-du-salaire-minimum-garanti-a-partir-du-1er-avril-2024/',
    verified: true,
  },
  {
    validFrom: '2024-05-01',
    validTo: '2025-01-31',
    monthlyCents: 207048,
    hoursPerWeek: 38,
    source:
      'Indexation +2 % from 1 May 2024: 2.070,48 EUR for 38 h a week, https://www.fairworkbelgium.be/en/faq/what-salary-am-i-entitled-to/',
    verified: true,
  },
  {
    validFrom: '2025-02-01',
    monthlyCents: 211189,
    hoursPerWeek: 38,
    source:
      'Indexation +2 % from 1 February 2025: 2.111,89 EUR (12,8252 EUR/h at 38 h), https://www.salairesminimums.be/document.html?date=01%2F02%2F2025&jcId=cf2e07ee4e76fa89014e7734edb3052c , https://www.securex.be/en/lex4you/employer/news/what-are-the-key-points-of-the-budget-agreement ; step of 1 April 2026 not yet entered (see SOURCES.md)',
    verified: true,
  },
];
