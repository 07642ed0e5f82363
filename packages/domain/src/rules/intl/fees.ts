import type { FeeRule } from '../fees.ts';

/**
 * Fees of the other countries of the SMart network (no payroll rules are modelled for them yet: add a
 * country folder like `rules/be/` when an entity there starts using the platform).
 *
 * Sources (all "Prélèvement SMart (sur montants HTVA)"):
 * - 2017 report, seeds 001:L3797 and L3868, columns France, Suède, Espagne, Italie: SE 6,5 %, ES 7,5 %, IT 8,5 %;
 *   001:L3883-3922, columns Pays-Bas, Autriche, Allemagne, Hongrie: NL 6,5 %, AT 7,5 %, DE 7 %, HU 8,5 %.
 * - 2020 report, seeds 003:L4714-4779, columns Deutschland, España, Italia, Nederland, Österreich, Sverige:
 *   7,0 %, 7,5 %, 8,5 %, 6,5 %, 7,5 %, "6,5 % à 10 %".
 * validFrom 2017-01-01 is the earliest year attested by these reports.
 *
 * Sweden: from the 2020 report the fee is a RANGE (6.5 % to 10 %). The default applied here is 6.5 %, the
 * lower bound and the single rate published in 2017: a configurable default (verified: false); an entity
 * may set its own rate within the range (PayrollEntity.feeRateBp).
 */
const R2017_A = 'Seeds 001:L3797, L3868 (2017 report: France, Suède, Espagne, Italie)';
const R2017_B = 'Seeds 001:L3883-3922 (2017 report: Pays-Bas, Autriche, Allemagne, Hongrie)';
const R2020 = 'seeds 003:L4714-4779 (2020 report: DE, ES, IT, NL, AT, SE)';

export const INTL_FEE_RULES = {
  ES: [
    { validFrom: '2017-01-01', rateBp: 750, source: `${R2017_A}: ES 7,5 %; ${R2020}: 7,5 %`, verified: true },
  ],
  IT: [
    { validFrom: '2017-01-01', rateBp: 850, source: `${R2017_A}: IT 8,5 %; ${R2020}: 8,5 %`, verified: true },
  ],
  DE: [
    { validFrom: '2017-01-01', rateBp: 700, source: `${R2017_B}: DE 7 %; ${R2020}: 7,0 %`, verified: true },
  ],
  AT: [
    { validFrom: '2017-01-01', rateBp: 750, source: `${R2017_B}: AT 7,5 %; ${R2020}: 7,5 %`, verified: true },
  ],
  NL: [
    { validFrom: '2017-01-01', rateBp: 650, source: `${R2017_B}: NL 6,5 %; ${R2020}: 6,5 %`, verified: true },
  ],
  HU: [
    {
      validFrom: '2017-01-01',
      rateBp: 850,
      source: `${R2017_B}: HU 8,5 % (not listed in the 2020 report; kept until further notice)`,
      verified: true,
    },
  ],
  SE: [
    {
      validFrom: '2017-01-01',
      validTo: '2019-12-31',
      rateBp: 650,
      source: `${R2017_A}: SE 6,5 %`,
      verified: true,
    },
    {
      validFrom: '2020-01-01',
      rateBp: 650,
      rangeBp: { min: 650, max: 1000 },
      source: `${R2020}: SE "6,5 % à 10 %"; default 6,5 % (lower bound) is a configurable platform default`,
      verified: false,
    },
  ],
} as const satisfies Record<string, readonly FeeRule[]>;
