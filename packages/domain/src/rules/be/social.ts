import type { EffectiveRule } from '../types.ts';

/**
 * Employee social security contribution (cotisation personnelle ONSS / RSZ-werknemersbijdrage) of an
 * employee ("employé"): 13.07 % of the gross salary, no ceiling. (Manual workers pay it on 108 % of the
 * gross; SMart contracts are employee contracts, so that case is not modelled.)
 *
 * Simplifications, on purpose:
 * - The "bonus à l'emploi" / werkbonus (reduction of this contribution for low wages, and its fiscal
 *   counterpart on the withholding tax) is IGNORED: it depends on the monthly reference wage across all
 *   the worker's contracts of the month and is settled by the payroll run, not per contract. Ignoring it
 *   can only understate the net (the worker gets it back on the payslip).
 * - The special social security contribution (cotisation spéciale de sécurité sociale, CSSS) is ignored
 *   for the same reason (quarterly/annual regularisation on household income).
 *
 * validFrom 2015-01-01: earliest date attested by the sources below (the rate is older).
 */
export interface ContributionRateRule extends EffectiveRule {
  rateBp: number;
}

export const BE_EMPLOYEE_ONSS_RULES: readonly ContributionRateRule[] = [
  {
    validFrom: '2015-01-01',
    rateBp: 1307,
    source:
      'ONSS/NSSO employee contribution 13,07 % of gross: https://www.acerta.be/fr/insights/themes-et-dossiers/payroll-et-administration/de-salaire-brut-a-salaire-net ; https://centenvoorstudenten.be/english/student-employment/social-security-contributions-rsz/ ; CSC "Calcul du salaire" 1er janvier 2015',
    verified: true,
  },
];

/**
 * Student contract (contrat d'occupation d'étudiant, Title VII of the law of 3 July 1978): within the
 * annual quota of hours, no ordinary social security contributions but a solidarity contribution of
 * 2.71 % (student) and 5.42 % (employer; it is inside the 1.09 multiplier, not shown separately).
 * No withholding tax is due on that pay either (withholdingExempt).
 * Quota (art. 17bis AR 28 November 1969): 475 h until 2022, 600 h in 2023-2024, 650 h from 2025
 * (law of 10 April 2025, retroactive to 1 January 2025, structural).
 */
export interface StudentSolidarityRule extends EffectiveRule {
  employeeRateBp: number;
  employerRateBp: number;
  /** Hours per calendar year at the solidarity rate (all employers together). */
  quotaHours: number;
  /** True when pay within the quota bears no withholding tax. */
  withholdingExempt: boolean;
}

const SOLIDARITY =
  'Solidarity 2,71 % student / 5,42 % employer: https://www.socialsecurity.be/site_nl/employer/applics/studentatwork/index.htm';
const NO_WITHHOLDING =
  'no withholding within the quota: https://www.treasury.fgov.be/nl/ondernemingen/personeel_en_loon/bedrijfsvoorheffing/studenten';

export const BE_STUDENT_SOLIDARITY_RULES: readonly StudentSolidarityRule[] = [
  {
    validFrom: '2017-01-01',
    validTo: '2022-12-31',
    employeeRateBp: 271,
    employerRateBp: 542,
    quotaHours: 475,
    withholdingExempt: true,
    source: `${SOLIDARITY} (quota 475 h); ${NO_WITHHOLDING}; history: https://www.bbtklimburg.be/2025/04/studentenarbeid-plafond-opgetrokken.html`,
    verified: true,
  },
  {
    validFrom: '2023-01-01',
    validTo: '2024-12-31',
    employeeRateBp: 271,
    employerRateBp: 542,
    quotaHours: 600,
    withholdingExempt: true,
    source: `${SOLIDARITY}; temporary quota 600 h in 2023-2024: https://www.socialsecurity.be/site_de/employer/applics/studentatwork/index.htm , https://www.bbtklimburg.be/2025/04/studentenarbeid-plafond-opgetrokken.html`,
    verified: true,
  },
  {
    validFrom: '2025-01-01',
    employeeRateBp: 271,
    employerRateBp: 542,
    quotaHours: 650,
    withholdingExempt: true,
    source: `${SOLIDARITY}; quota 650 h from 1 January 2025: law of 10 April 2025 amending art. 17bis AR 28.11.1969 (https://www.bbtklimburg.be/2025/04/studentenarbeid-plafond-opgetrokken.html , https://www.commitlaw.be/blog/studentenarbeid-hervormd-de-nieuwe-urenlimiet-uitgelegd); ${NO_WITHHOLDING}`,
    verified: true,
  },
];
