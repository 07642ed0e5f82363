/**
 * Mileage allowance: a participant who drives their own car (or motorbike) for the Activity is reimbursed
 * per kilometre at the allowance the Belgian federal public service pays its own staff for service trips.
 * The tax and social security authorities accept that amount as an expense proper to the employer (no tax,
 * no contribution) when it is not exceeded and the yearly distance is not abnormally high (24,000 km).
 *
 * Which figure: since 1 October 2022 the federal allowance is indexed every quarter (Royal Decree of
 * 13 July 2017 on the allowances of federal staff, as amended in 2022; one BOSA circular per quarter);
 * sectors still bound to the Royal Decree of 18 January 1965 may keep a yearly figure (1 July – 30 June:
 * 0.4415 €/km in 2024-2025, 0.4449 €/km in 2025-2026 per Securex and Propay; one press source gives
 * 0.4451). The platform applies the QUARTERLY figure, the one the federal staff receive.
 *
 * Rates are in hundredths of a cent per km (4309 = 0.4309 €/km); distances in tenths of a km; the amount
 * of a trip is distance × rate, half up to the cent. No VAT applies to an allowance.
 */
import type { EffectiveRule } from '../rules/types.ts';
import { effectiveAt } from '../rules/types.ts';
import { mulDiv } from '../payroll/arith.ts';

export interface MileageRateRule extends EffectiveRule {
  /** Hundredths of a cent per km: 4309 = 0.4309 €/km. */
  rate: number;
}

const BOSA =
  'BOSA (FPS Policy and Support), "Vergoeding voor reiskosten", quarterly circulars, https://bosa.belgium.be/nl/themas/werken-bij-de-overheid/verloning-en-voordelen/toelagen-en-vergoedingen/vergoeding-voor-0; Royal Decree of 13 July 2017 as amended (quarterly indexation since 1 October 2022)';

export const MILEAGE_RATE_RULES: readonly MileageRateRule[] = [
  {
    validFrom: '2024-01-01',
    validTo: '2024-03-31',
    rate: 4269,
    source: `${BOSA}: circular n° 733`,
    verified: true,
  },
  {
    validFrom: '2024-04-01',
    validTo: '2024-06-30',
    rate: 4265,
    source: `${BOSA}: circular n° 737`,
    verified: true,
  },
  {
    validFrom: '2024-07-01',
    validTo: '2024-09-30',
    rate: 4297,
    source: `${BOSA}; Propay "Adjustment mileage allowance as from 1 July 2024"; Securex Lex4You 1 July 2024`,
    verified: true,
  },
  {
    validFrom: '2024-10-01',
    validTo: '2024-12-31',
    rate: 4293,
    source: `${BOSA}; Propay "Adjustment mileage allowance as from 1 October 2024"`,
    verified: true,
  },
  {
    validFrom: '2025-01-01',
    validTo: '2025-03-31',
    rate: 4290,
    source: `${BOSA}; droitsquotidiens.be "Frais de déplacement 2025" (0,4290 until 31 March 2025); Trends "Augmentation des indemnités de déplacement" (Q2 2025 article)`,
    verified: true,
  },
  {
    validFrom: '2025-04-01',
    validTo: '2025-06-30',
    rate: 4320,
    source: `${BOSA}; droitsquotidiens.be "Frais de déplacement 2025"; mobilexpense.com compliance centre`,
    verified: true,
  },
  {
    validFrom: '2025-07-01',
    validTo: '2025-09-30',
    rate: 4309,
    source: `${BOSA}; Securex Lex4You "New mileage allowance ... from 1 October 2025" (previous amount); Trends "L'indemnité kilométrique trimestrielle est en baisse"`,
    verified: true,
  },
  {
    validFrom: '2025-10-01',
    validTo: '2025-12-31',
    rate: 4312,
    source: `${BOSA}: circular n° 757 (Securex Lex4You, 1 October 2025); Propay "Mileage allowance and CREG rates as from Q1 2026" (previous amount)`,
    verified: true,
  },
  {
    validFrom: '2026-01-01',
    validTo: '2026-03-31',
    rate: 4326,
    source: `${BOSA}; Propay "Mileage allowance and CREG rates as from Q1 2026" (8 January 2026); mbrella.eu "Mileage allowances in Belgium in 2026"`,
    verified: true,
  },
  {
    validFrom: '2026-04-01',
    rate: 4326,
    source:
      'Configurable default, TO UPDATE each quarter: the figure of the last circular found (Q1 2026) stays in force until the next quarterly amount is entered here (close this entry and add the new one)',
    verified: false,
  },
];

/** The rule in force on `date`, or undefined. */
export function mileageRateAt(
  date: string,
  rules: readonly MileageRateRule[] = MILEAGE_RATE_RULES,
): MileageRateRule | undefined {
  return effectiveAt(rules, date);
}

/** Allowance for a distance in tenths of a km at a rate in hundredths of a cent per km, half up. */
export function mileageAmountCents(deciKm: number, rate: number): number {
  return mulDiv(deciKm, rate, 1000, 'half-up');
}

/** Tax-free flat-rate allowance: yearly distance above which proof of the real cost is asked. */
export const MILEAGE_YEARLY_KM_WITHOUT_PROOF = 24_000;
