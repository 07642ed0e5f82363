import {
  DEFAULT_PAYROLL_RULES,
  addDays,
  computeFromInvoice,
  vatAmount,
  type BeContractType,
  type PayrollBreakdown,
} from '@partage/domain';
import { seededRandom } from '../lib/random.ts';

/**
 * A kind of prestation of the generated year, with its payroll breakdown computed by the real engine
 * (`computeFromInvoice`, the rules in force that month): the generator draws each contract's template
 * in SQL instead of calling the engine 150,000 times, so every contract carries a true breakdown.
 */
export interface ContractTemplate {
  /** First day of the month the template's rules were taken from, YYYY-MM-DD. */
  month: string;
  /** Index within the month, 0 to `perMonth - 1`. */
  k: number;
  contractType: BeContractType;
  jobCode: string;
  risks: string[];
  description: string;
  dayCount: number;
  /** Hours per day in hundredths (760 = 7.6 h). */
  centiHoursPerDay: number;
  amountExclVatCents: number;
  vatCents: number;
  withholdingRateBp: number;
  breakdown: PayrollBreakdown;
}

/** Jobs of the generated history: [job code, contract type, risks, description]. */
const JOBS: Array<[string, BeContractType, string[], string]> = [
  ['graphic_designer', 'employee', ['office_work'], 'Mise en page et illustrations'],
  ['trainer', 'employee', ['office_work', 'public_contact'], 'Animation d’un atelier'],
  ['lighting_technician', 'employee', ['work_at_height', 'electrical'], 'Régie lumière'],
  ['actor', 'artistic_employee', ['stage_events'], 'Représentations'],
  ['musician', 'artistic_employee', ['stage_events'], 'Concert'],
  ['translator', 'employee', ['office_work'], 'Traduction'],
  ['courier', 'employee', ['road_traffic'], 'Livraisons à vélo'],
  ['photographer', 'artistic_employee', ['public_contact'], 'Reportage photo'],
];

/** Hours a day and amount excluding VAT per day (cents): ordinary days of 4 to 9 h, 180 to 650 EUR. */
const HOURS = [400, 600, 760, 760, 760, 800, 900];
const DAILY_AMOUNTS = [18_000, 25_000, 32_000, 40_000, 45_000, 52_000, 60_000, 65_000];

/** The first day of every month from `from` to `to` (YYYY-MM-DD), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(`${key}-01`);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/**
 * `perMonth` templates for every month from `from` to `to`: 1 to 3 days (half of them 1 day), employee
 * or artistic employee, withholding 11.11 % (the floor of the Contract tool's common cases). A draw the
 * engine refuses (pay under the legal minimum for the hours) is drawn again.
 */
export function buildTemplates(
  from: string,
  to: string,
  perMonth: number,
  seed: number,
  entityId = 'BE-PA',
): ContractTemplate[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const templates: ContractTemplate[] = [];
  for (const month of monthsBetween(from, to)) {
    // The middle of the month: rules changing on the 1st apply to the whole month.
    const date = addDays(month, 14);
    for (let k = 0; k < perMonth; k++) {
      for (let attempt = 0; ; attempt++) {
        const [jobCode, contractType, risks, description] = pick(JOBS);
        const draw = next();
        const dayCount = draw < 0.5 ? 1 : draw < 0.8 ? 2 : 3;
        const centiHoursPerDay = pick(HOURS);
        const amountExclVatCents = pick(DAILY_AMOUNTS) * dayCount;
        const withholdingRateBp = 1111;
        try {
          const breakdown = computeFromInvoice(
            {
              entity: entityId,
              contractType,
              amountExclVatCents,
              days: dayCount,
              hours: (centiHoursPerDay * dayCount) / 100,
              withholdingRateBp,
              expensesCents: 0,
              date,
            },
            DEFAULT_PAYROLL_RULES,
          );
          templates.push({
            month,
            k,
            contractType,
            jobCode,
            risks,
            description,
            dayCount,
            centiHoursPerDay,
            amountExclVatCents,
            vatCents: vatAmount(amountExclVatCents, 'standard_21', date),
            withholdingRateBp,
            breakdown,
          });
          break;
        } catch (error) {
          if (attempt > 50) throw error;
        }
      }
    }
  }
  return templates;
}
