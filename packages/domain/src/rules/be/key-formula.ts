import type { EffectiveRule } from '../types.ts';

/**
 * Key formula ("formule-clé" / "sleutelformule") of the withholding tax on periodic pay, Annex III to the
 * Royal Decree implementing the Income Tax Code 1992 (AR/CIR 92), version for pay allocated from
 * 1 January 2026 (Annex III as set by the AR of 11 December 2025).
 *
 * SIMPLIFIED to one case: resident, isolated single person (or spouse with own income), no dependants,
 * no disability, monthly pay, no group insurance, no overtime, no work bonus ("bonus à l'emploi fiscal"),
 * no low-income reduction. Every step is rounded half-up to the cent (the formula's own rule).
 *   A. annual gross taxable = monthly taxable × 12
 *   B. flat-rate professional expenses = 30 % of A, at most 6,070.00 EUR; net taxable = A − B
 *   C. basic tax by the scale below (cumulative tax at the lower bound + rate on the excess)
 *   D. minus the tax on the tax-free amount for an isolated person (11,170 EUR × 26.75 % = 2,987.98), ≥ 0
 *   E. monthly withholding = D / 12
 * The scale rates include the average municipal surcharge of 7 % (25 % × 1.07 = 26.75 %, 40 % → 42.80 %,
 * 45 % → 48.15 %, 50 % → 53.50 %).
 *
 * Sources: SPF Finances, formule-clé 2026 (ESS-SR/2025-0928), Annex III AR/CIR 92 points 28, 31, 32. The
 * official PDF could not be read from here: the parameters come from two independent public
 * implementations of the 2026 key formula that cite it and agree on every value, and they reproduce the
 * example quoted there from the official formula, "isolated employee, taxable 3,000.00 EUR → 596.93 EUR a
 * month" (test in payroll/cdi.test.ts). Cumulative amounts are consistent with the rates (rules.test.ts).
 * An in-year 2026 amendment of Annex III has been reported but could not be verified: when it is
 * published, close this entry (validTo) and add the new one.
 */
export interface KeyFormulaBracket {
  /** Lower bound of the bracket, annual net taxable income in cents. */
  fromCents: number;
  /** Marginal rate in basis points. */
  rateBp: number;
  /** Tax due on the income up to `fromCents`, in cents (as published, rounded to the cent). */
  cumulativeTaxCents: number;
}

export interface KeyFormulaRule extends EffectiveRule {
  professionalExpensesRateBp: number;
  professionalExpensesMaxCents: number;
  brackets: readonly KeyFormulaBracket[];
  /** Reduction for the tax-free amount of an isolated beneficiary, annual, in cents. */
  taxFreeReductionCents: number;
  /** Months the annual amount is divided by. */
  periodsPerYear: number;
}

export const BE_KEY_FORMULA_RULES: readonly KeyFormulaRule[] = [
  {
    validFrom: '2026-01-01',
    professionalExpensesRateBp: 3000,
    professionalExpensesMaxCents: 607000,
    brackets: [
      { fromCents: 0, rateBp: 2675, cumulativeTaxCents: 0 },
      { fromCents: 1671000, rateBp: 4280, cumulativeTaxCents: 446993 },
      { fromCents: 2950000, rateBp: 4815, cumulativeTaxCents: 994405 },
      { fromCents: 5105000, rateBp: 5350, cumulativeTaxCents: 2032038 },
    ],
    taxFreeReductionCents: 298798,
    periodsPerYear: 12,
    source:
      'Annex III AR/CIR 92, key formula for pay from 1 January 2026 (SPF Finances, ESS-SR/2025-0928, as cited by two agreeing public implementations): expenses 30 % max 6.070 EUR (point 28); scale 26,75 % to 16.710 / 42,80 % to 29.500 / 48,15 % to 51.050 / 53,50 % above (point 31); isolated reduction 2.987,98 EUR (point 32); simplified: isolated, no dependants, no work bonus',
    verified: true,
  },
];
