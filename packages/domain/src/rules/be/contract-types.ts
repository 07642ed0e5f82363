import type { EffectiveRule } from '../types.ts';

/** Belgian employment contract types the platform issues through the Contract and Activity tools. */
export const BE_CONTRACT_TYPES = ['employee', 'artistic_employee', 'student', 'interim', 'trainer'] as const;
export type BeContractType = (typeof BE_CONTRACT_TYPES)[number];

export function isBeContractType(value: unknown): value is BeContractType {
  return typeof value === 'string' && (BE_CONTRACT_TYPES as readonly string[]).includes(value);
}

export interface ContractTypeRule extends EffectiveRule {
  /**
   * Employer-cost multiplier: "budget emploi" = gross salary × multiplier. Integer parts per ten
   * thousand (15500 = 1.55). It covers employer social contributions, holiday pay, insurance, etc.
   */
  multiplier: number;
  /** Which employee social contribution applies: ONSS 13.07 %, or the student solidarity contribution. */
  employeeContribution: 'onss' | 'student_solidarity';
}

const LEXICON_2020 =
  'Seeds 003:L1584-1587 (2020 annual report, lexicon: "Budget emploi : salaire brut multiplié par le coefficient multiplicateur (hors Intérim, 1,09 pour les contrats « étudiant », 1,57 sur les contrats de travail d\'employés pour prestations artistiques, et 1,55 pour les contrats d\'employés)")';

/**
 * Multipliers per contract type. validFrom 2020-01-01 = year of the report that publishes them; they are
 * assumed unchanged since (the report is the latest source we have): update here when SMart publishes new ones.
 *
 * Interim (Palais de l'Intérim) and trainer (Formateurs Associés) multipliers are NOT published:
 * - interim: 1.58 = employee 1.55 + 0.03 for the employer contribution to the Fonds social pour intérimaires
 *   and interim sector premiums, which SMart lists as an extra item of the salary budget of interim contracts
 *   (http://blog.smartbe.be/spip.php?article7113). Configurable default, to be confirmed by the payroll team.
 * - trainer: trainers are ordinary employees of Formateurs Associés (seeds 001:L729-731), so the employee
 *   multiplier 1.55 applies until a specific one is published. Configurable default.
 */
export const BE_CONTRACT_TYPE_RULES: Readonly<Record<BeContractType, readonly ContractTypeRule[]>> = {
  employee: [
    {
      validFrom: '2020-01-01',
      multiplier: 15500,
      employeeContribution: 'onss',
      source: LEXICON_2020,
      verified: true,
    },
  ],
  artistic_employee: [
    {
      validFrom: '2020-01-01',
      multiplier: 15700,
      employeeContribution: 'onss',
      source: LEXICON_2020,
      verified: true,
    },
  ],
  student: [
    {
      validFrom: '2020-01-01',
      multiplier: 10900,
      employeeContribution: 'student_solidarity',
      source: LEXICON_2020,
      verified: true,
    },
  ],
  interim: [
    {
      validFrom: '2020-01-01',
      multiplier: 15800,
      employeeContribution: 'onss',
      source:
        'Configurable default: not published (003:L1584 excludes interim). 1.55 (employee, 003:L1587) + 0.03 for the Fonds social pour intérimaires contribution listed by SMart (blog.smartbe.be/spip.php?article7113)',
      verified: false,
    },
  ],
  trainer: [
    {
      validFrom: '2020-01-01',
      multiplier: 15500,
      employeeContribution: 'onss',
      source:
        'Configurable default: not published. Trainers are employees of Formateurs Associés (seeds 001:L729-731): employee multiplier 1.55 (003:L1587)',
      verified: false,
    },
  ],
};
