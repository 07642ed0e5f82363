import { DomainError } from '../errors.ts';
import type { BeContractType } from '../rules/be/contract-types.ts';
import type { SourcedRule } from '../rules/types.ts';
import { luhnCheckDigit } from '../identifiers/normalize.ts';
import { isIsoDate, quarterOf, yearOf } from './dates.ts';

/**
 * The employment declaration ("Dimona", déclaration immédiate de l'emploi / onmiddellijke aangifte) made to
 * the ONSS/RSZ for every contract, at the latest when the work starts (Royal Decree of 5 November 2002
 * instituting the immediate declaration of employment). It names the employer, the worker, the dates and a
 * "worker type":
 * - OTH (ordinary worker) for employees, artistic employees and trainers: artists under art. 1bis of the
 *   law of 27 June 1969 have no worker type of their own, they are ordinary workers of the employer that
 *   pays them;
 * - STU for a student contract (Title VII of the law of 3 July 1978): the declaration also carries the
 *   planned hours, per calendar quarter (one declaration per quarter the contract touches), which the ONSS
 *   counts against the student's annual quota;
 * - interim: the interim agency (Palais de l'Intérim) declares an ordinary worker (OTH) and identifies the
 *   user undertaking (the client, by its enterprise number), which the ONSS needs to follow successive
 *   daily contracts.
 * Sources: socialsecurity.be administrative instructions, "Dimona – type de travailleur" (OTH, STU...) and
 * "entreprise utilisatrice de l'intérimaire"; student hours: socialsecurity.be Student@work.
 */
export const DIMONA_WORKER_TYPES = ['OTH', 'STU'] as const;
export type DimonaWorkerType = (typeof DIMONA_WORKER_TYPES)[number];

export const DIMONA_TYPE_RULE: SourcedRule = {
  source:
    'socialsecurity.be administrative instructions (Dimona: worker type OTH ordinary worker, STU student with planned hours per quarter; interim: user undertaking identified); Royal Decree of 5 November 2002 (declaration at the latest when work starts)',
  verified: true,
};

const TYPES: Readonly<Record<BeContractType, DimonaWorkerType>> = {
  employee: 'OTH',
  artistic_employee: 'OTH',
  trainer: 'OTH',
  interim: 'OTH',
  student: 'STU',
};

export function declarationTypeFor(contractType: BeContractType): DimonaWorkerType {
  const type = TYPES[contractType];
  if (!type)
    throw DomainError.field('contractType', 'payroll.contract_type.unknown', {
      contractType: String(contractType),
    });
  return type;
}

export interface DimonaPeriod {
  startDate: string;
  endDate: string;
  /** Students only: planned hours in this period, hundredths of an hour. */
  plannedCentiHours: number | null;
}

export interface EmploymentDeclarationRecord {
  workerType: DimonaWorkerType;
  /** One period per calendar quarter for students, one period otherwise. */
  periods: DimonaPeriod[];
  /** Interim only: the enterprise number of the user undertaking (the client). */
  userEnterpriseNumber: string | null;
}

/**
 * The declaration of a validated contract. Days are sorted, distinct dates with their hours.
 * Interim contracts need the client's enterprise number (`contract.dimona.user_required` otherwise).
 */
export function employmentDeclarationFor(input: {
  contractType: BeContractType;
  days: readonly { date: string; centiHours: number }[];
  userEnterpriseNumber?: string | null;
}): EmploymentDeclarationRecord {
  const workerType = declarationTypeFor(input.contractType);
  const days = [...input.days].sort((a, b) => (a.date < b.date ? -1 : 1));
  if (days.length === 0) throw DomainError.field('days', 'payroll.days.min', { min: 1 });
  let periods: DimonaPeriod[];
  if (workerType === 'STU') {
    const byQuarter = new Map<string, DimonaPeriod>();
    for (const day of days) {
      const q = quarterOf(day.date);
      const period = byQuarter.get(q);
      if (period) {
        period.endDate = day.date;
        period.plannedCentiHours = (period.plannedCentiHours ?? 0) + day.centiHours;
      } else {
        byQuarter.set(q, { startDate: day.date, endDate: day.date, plannedCentiHours: day.centiHours });
      }
    }
    periods = [...byQuarter.values()];
  } else {
    periods = [{ startDate: days[0]!.date, endDate: days[days.length - 1]!.date, plannedCentiHours: null }];
  }
  const user = input.userEnterpriseNumber ?? null;
  if (input.contractType === 'interim' && !user) {
    throw DomainError.field('client', 'contract.dimona.user_required');
  }
  return { workerType, periods, userEnterpriseNumber: input.contractType === 'interim' ? user : null };
}

/**
 * A reference for the employment declaration, made by the platform: in demo mode there is no access to the
 * ONSS, which would give the real Dimona number. 12 digits: the last two digits of the year of `date`,
 * the 9-digit `sequence` (per year) and a Luhn check digit, e.g. (1, 2026-03-02) → `260000000018`.
 */
export function makeDeclarationReference(sequence: number, date: string): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > 999_999_999) {
    throw new RangeError(`sequence must be 1 to 999999999, got ${sequence}`);
  }
  if (!isIsoDate(date)) throw new RangeError(`invalid date ${date}`);
  const body = yearOf(date).slice(2) + String(sequence).padStart(9, '0');
  return body + String(luhnCheckDigit(body));
}

/** True for a 12-digit reference whose check digit is right. */
export function isDeclarationReference(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    /^\d{12}$/.test(value) &&
    luhnCheckDigit(value.slice(0, 11)) === Number(value[11])
  );
}
