import type { BeContractType } from '../rules/be/contract-types.ts';

/**
 * Who carries the project, for the countries whose fee depends on it (FR: 8.5 % natural persons,
 * 6.5 % legal persons). The seed (001:L3865-3866) speaks of "porteurs individuels" / "personnes
 * juridiques", i.e. the member carrying the project; the field keeps the name `clientKind` the platform
 * API asked for. Default: 'natural'.
 */
export type ClientKind = 'natural' | 'legal';

/** One Contract-tool declaration: an invoice that generates an employment contract. */
export interface InvoiceInput {
  /** Entity code, e.g. 'BE-PA'. */
  entity: string;
  contractType: BeContractType;
  /** Amount invoiced to the client, excluding VAT, in cents. */
  amountExclVatCents: number;
  /** Days declared on the contract (1 to 31). */
  days: number;
  /** Hours worked, at most two decimals. Default: days × 7.6 h. */
  hours?: number;
  /** Withholding-tax rate chosen by the worker, in basis points (1111 = 11.11 %). */
  withholdingRateBp: number;
  /** Professional expenses reimbursed to the worker outside the salary, in cents. Default 0. */
  expensesCents?: number;
  /** Date of the work (first day of the contract), `YYYY-MM-DD`: selects the rules in force. */
  date: string;
  clientKind?: ClientKind;
  /** Student contracts: hours already worked this calendar year under the student quota (all employers). */
  studentHoursUsedThisYear?: number;
}

/** Same declaration, but starting from the net the worker wishes to receive. */
export interface NetInput extends Omit<InvoiceInput, 'amountExclVatCents'> {
  wishedNetCents: number;
}

/**
 * One printable line of a computation. Labels are translated by `key` (messages.ts). `base` is what the
 * rate or multiplier applies to; `amount` is the result. All money in cents.
 */
export interface PayrollLine {
  key: string;
  base: number;
  /** Rate in basis points (650 = 6.5 %). */
  rateBp?: number;
  /** Multiplier in parts per ten thousand (15500 = 1.55). */
  multiplier?: number;
  amount: number;
  /** How `amount` was rounded, when it was. */
  rounding?: string;
  /** Where the rule comes from, or how the line is derived. */
  source: string;
}

/**
 * Full breakdown of a Contract-tool contract. Invariants (tested):
 *   feeCents + expensesCents + employerCostCents + remainderCents === amountExclVatCents
 *   grossCents − employeeContributionCents − withholdingCents === netCents
 */
export interface PayrollBreakdown {
  entity: string;
  contractType: BeContractType;
  date: string;
  clientKind: ClientKind;
  days: number;
  /** Hours of the contract (declared, or days × 7.6). */
  hours: number;
  amountExclVatCents: number;
  feeRateBp: number;
  feeCents: number;
  expensesCents: number;
  /** amount − fee − expenses: what the employment may cost. */
  employmentBudgetCents: number;
  /** Employer-cost multiplier, parts per ten thousand. */
  multiplier: number;
  grossCents: number;
  /** "Budget emploi" actually used: gross × multiplier. Never more than the employment budget. */
  employerCostCents: number;
  /** employment budget − employer cost: the cent(s) left by rounding the gross down. */
  remainderCents: number;
  employeeContributionRateBp: number;
  employeeContributionCents: number;
  taxableCents: number;
  withholdingRateBp: number;
  withholdingCents: number;
  netCents: number;
  /** Legal minimum gross for the days / hours declared. */
  minimumGrossCents: number;
  lines: PayrollLine[];
}

export interface NetSearchResult {
  wishedNetCents: number;
  /** Smallest amount excluding VAT whose forward computation gives the wished net. */
  amountExclVatCents: number;
  /** The forward computation of that amount (its netCents equals the wished net, within one cent). */
  breakdown: PayrollBreakdown;
}
