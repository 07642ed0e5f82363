/**
 * Public API of the fee and salary engine (pure, no I/O). Rules are data in `../rules/`.
 */
export { computeFromInvoice, feeFor, MAX_AMOUNT_CENTS } from './engine.ts';
export type { FeeResult } from './engine.ts';
export { computeForNet } from './inverse.ts';
export { keyFormulaWithholding, monthlyCdi } from './cdi.ts';
export type { CdiBreakdown, CdiInput, KeyFormulaResult } from './cdi.ts';
export { minimumDailyGross, minimumGrossForHours, minimumHourlyGross } from './minimum.ts';
export type { LegalMinimum } from './minimum.ts';
export { payrollMessages } from './messages.ts';
export { ruleAt } from './resolve.ts';
export type {
  ClientKind,
  InvoiceInput,
  NetInput,
  NetSearchResult,
  PayrollBreakdown,
  PayrollLine,
} from './types.ts';
export { DEFAULT_PAYROLL_RULES, BE_CONTRACT_TYPES, isBeContractType } from '../rules/index.ts';
export type { BeContractType, PayrollEntity, PayrollRuleSet } from '../rules/index.ts';
