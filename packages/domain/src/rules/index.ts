import { BE_CONTRACT_TOOL_WITHHOLDING_RULES } from './be/withholding.ts';
import { BE_CONTRACT_TYPE_RULES } from './be/contract-types.ts';
import { BE_EMPLOYEE_ONSS_RULES, BE_STUDENT_SOLIDARITY_RULES } from './be/social.ts';
import { BE_FEE_RULES } from './be/fee.ts';
import { BE_KEY_FORMULA_RULES } from './be/key-formula.ts';
import { BE_MINIMUM_WAGE_RULES } from './be/minimum-wage.ts';
import { BE_WORK_TIME_RULES } from './be/work-time.ts';
import type { BeContractType, ContractTypeRule } from './be/contract-types.ts';
import type { ContributionRateRule, StudentSolidarityRule } from './be/social.ts';
import type { ContractToolWithholdingRule } from './be/withholding.ts';
import type { KeyFormulaRule } from './be/key-formula.ts';
import type { MinimumWageRule } from './be/minimum-wage.ts';
import type { WorkTimeRule } from './be/work-time.ts';
import { PAYROLL_ENTITIES } from './entities.ts';
import type { PayrollEntity } from './entities.ts';
import type { FeeCountry, FeeRule } from './fees.ts';
import { FR_FEE_RULES } from './fr/fee.ts';
import { INTL_FEE_RULES } from './intl/fees.ts';

export * from './be/index.ts';
export { FR_FEE_RULES } from './fr/fee.ts';
export { INTL_FEE_RULES } from './intl/fees.ts';
export { PAYROLL_ENTITIES } from './entities.ts';
export type { PayrollEntity } from './entities.ts';
export type { FeeCountry, FeeRule } from './fees.ts';
export { effectiveAt, isRuleDate, timelineProblems } from './types.ts';
export type { EffectiveRule, RuleDate, SourcedRule } from './types.ts';

/** Belgian payroll rules, each an effective-dated timeline. */
export interface BePayrollRules {
  contractTypes: Readonly<Record<BeContractType, readonly ContractTypeRule[]>>;
  employeeOnss: readonly ContributionRateRule[];
  studentSolidarity: readonly StudentSolidarityRule[];
  minimumWage: readonly MinimumWageRule[];
  workTime: readonly WorkTimeRule[];
  contractToolWithholding: readonly ContractToolWithholdingRule[];
  keyFormula: readonly KeyFormulaRule[];
}

/**
 * Everything the payroll engine reads. The engine takes it as an optional last argument, so an
 * administrator's settings (another withholding floor, a new entity, a corrected minimum wage) are a new
 * rule set, never a change of code: `{ ...DEFAULT_PAYROLL_RULES, entities: { ...DEFAULT_PAYROLL_RULES.entities, X } }`.
 */
export interface PayrollRuleSet {
  entities: Readonly<Record<string, PayrollEntity>>;
  countryFees: Readonly<Partial<Record<FeeCountry, readonly FeeRule[]>>>;
  be: BePayrollRules;
}

export const DEFAULT_PAYROLL_RULES: PayrollRuleSet = {
  entities: PAYROLL_ENTITIES,
  countryFees: { BE: BE_FEE_RULES, FR: FR_FEE_RULES, ...INTL_FEE_RULES },
  be: {
    contractTypes: BE_CONTRACT_TYPE_RULES,
    employeeOnss: BE_EMPLOYEE_ONSS_RULES,
    studentSolidarity: BE_STUDENT_SOLIDARITY_RULES,
    minimumWage: BE_MINIMUM_WAGE_RULES,
    workTime: BE_WORK_TIME_RULES,
    contractToolWithholding: BE_CONTRACT_TOOL_WITHHOLDING_RULES,
    keyFormula: BE_KEY_FORMULA_RULES,
  },
};
