import { DomainError } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import { DEFAULT_PAYROLL_RULES } from '../rules/index.ts';
import type { PayrollRuleSet } from '../rules/index.ts';
import type { BeContractType } from '../rules/be/contract-types.ts';
import { isRuleDate } from '../rules/types.ts';
import { ROUNDING_TEXT, applyBp, formatBp, formatCents, mulDiv } from './arith.ts';
import { MAX_AMOUNT_CENTS } from './engine.ts';
import { requireAllowedContractType, requireBelgian, requireDate, requireEntity, ruleAt } from './resolve.ts';
import type { PayrollLine } from './types.ts';

/**
 * Permanent contract with smoothed income (CDI, seeds 001:L771-783, 003:L2016-2029): the member is hired
 * for a fixed monthly salary set from an estimate of future income. Its withholding tax follows the legal
 * scale (key formula, rules/be/key-formula.ts), not a rate chosen by the worker.
 */

export interface KeyFormulaResult {
  monthlyTaxableCents: number;
  /** A. monthly taxable × 12. */
  annualTaxableCents: number;
  /** B. flat-rate professional expenses. */
  professionalExpensesCents: number;
  /** A − B. */
  netTaxableCents: number;
  /** C. tax by the scale. */
  basicTaxCents: number;
  /** D. reduction for the tax-free amount (isolated person). */
  taxFreeReductionCents: number;
  /** C − D, not below zero. */
  annualTaxCents: number;
  /** E. annual tax ÷ 12. */
  monthlyWithholdingCents: number;
  lines: PayrollLine[];
  source: string;
}

/**
 * Monthly withholding tax on a monthly taxable pay by the key formula (isolated, no dependants). Every
 * step is rounded half-up to the cent, as the formula prescribes.
 */
export function keyFormulaWithholding(
  monthlyTaxableCents: number,
  date: string,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): KeyFormulaResult {
  if (!Number.isSafeInteger(monthlyTaxableCents) || monthlyTaxableCents < 0) {
    throw DomainError.field('monthlyTaxableCents', 'payroll.monthly_taxable.invalid');
  }
  const kf = ruleAt(rules.be.keyFormula, requireDate(date), 'key_formula');
  const annual = monthlyTaxableCents * kf.periodsPerYear;
  const expenses = Math.min(
    applyBp(annual, kf.professionalExpensesRateBp, 'half-up'),
    kf.professionalExpensesMaxCents,
  );
  const net = annual - expenses;
  let bracket = kf.brackets[0];
  for (const b of kf.brackets) if (b.fromCents <= net) bracket = b;
  if (!bracket) throw new Error('key formula without brackets');
  const basicTax = bracket.cumulativeTaxCents + applyBp(net - bracket.fromCents, bracket.rateBp, 'half-up');
  const annualTax = Math.max(0, basicTax - kf.taxFreeReductionCents);
  const monthly = mulDiv(annualTax, 1, kf.periodsPerYear, 'half-up');
  const half = ROUNDING_TEXT['half-up'];
  const src = kf.source;
  return {
    monthlyTaxableCents,
    annualTaxableCents: annual,
    professionalExpensesCents: expenses,
    netTaxableCents: net,
    basicTaxCents: basicTax,
    taxFreeReductionCents: kf.taxFreeReductionCents,
    annualTaxCents: annualTax,
    monthlyWithholdingCents: monthly,
    source: src,
    lines: [
      {
        key: 'payroll.line.kf.annual_taxable',
        base: monthlyTaxableCents,
        amount: annual,
        source: `× ${kf.periodsPerYear}: ${src}`,
      },
      {
        key: 'payroll.line.kf.professional_expenses',
        base: annual,
        rateBp: kf.professionalExpensesRateBp,
        amount: expenses,
        rounding: half,
        source: `at most ${formatCents(kf.professionalExpensesMaxCents)} EUR: ${src}`,
      },
      { key: 'payroll.line.kf.net_taxable', base: annual, amount: net, source: src },
      {
        key: 'payroll.line.kf.basic_tax',
        base: net,
        rateBp: bracket.rateBp,
        amount: basicTax,
        rounding: half,
        source: `${formatCents(bracket.cumulativeTaxCents)} EUR + ${formatBp(bracket.rateBp)} % above ${formatCents(bracket.fromCents)} EUR: ${src}`,
      },
      {
        key: 'payroll.line.kf.tax_free_reduction',
        base: basicTax,
        amount: kf.taxFreeReductionCents,
        source: src,
      },
      { key: 'payroll.line.kf.annual_tax', base: basicTax, amount: annualTax, source: src },
    ],
  };
}

export interface CdiInput {
  entity: string;
  /** Default 'employee'. A student contract cannot be a CDI. */
  contractType?: BeContractType;
  monthlyGrossCents: number;
  date: string;
  /** Part of a full-time job, parts per ten thousand (10000 = full time, 5000 = half time). */
  workTimeBp?: number;
}

export interface CdiBreakdown {
  entity: string;
  contractType: BeContractType;
  date: string;
  workTimeBp: number;
  monthlyGrossCents: number;
  multiplier: number;
  /** Monthly "budget emploi": gross × multiplier. */
  employerCostCents: number;
  employeeContributionRateBp: number;
  employeeContributionCents: number;
  taxableCents: number;
  withholdingCents: number;
  netCents: number;
  minimumMonthlyCents: number;
  keyFormula: KeyFormulaResult;
  lines: PayrollLine[];
}

/**
 * From a monthly gross of a CDI to its employer cost and net. Invariant:
 * gross − employee contribution − withholding === net. The work bonus and the special social security
 * contribution are left out (see rules/be/social.ts).
 */
export function monthlyCdi(input: CdiInput, rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES): CdiBreakdown {
  const issues: FieldIssue[] = [];
  const gross = input.monthlyGrossCents;
  if (typeof gross !== 'number' || !Number.isSafeInteger(gross)) {
    issues.push({ field: 'monthlyGrossCents', code: 'payroll.monthly_gross.not_integer' });
  } else if (gross <= 0) {
    issues.push({ field: 'monthlyGrossCents', code: 'payroll.monthly_gross.min', params: { min: '0.01' } });
  } else if (gross > MAX_AMOUNT_CENTS) {
    issues.push({
      field: 'monthlyGrossCents',
      code: 'payroll.monthly_gross.max',
      params: { max: formatCents(MAX_AMOUNT_CENTS) },
    });
  }
  const workTimeBp = input.workTimeBp ?? 10000;
  if (!Number.isSafeInteger(workTimeBp) || workTimeBp < 1 || workTimeBp > 10000) {
    issues.push({
      field: 'workTimeBp',
      code: 'payroll.work_time.invalid',
      params: { min: '0.01', max: '100.00' },
    });
  }
  if (!isRuleDate(input.date)) issues.push({ field: 'date', code: 'payroll.date.invalid' });
  if (issues.length > 0) throw new DomainError('validation', issues);

  const entity = requireEntity(rules, input.entity);
  requireBelgian(entity);
  const contractType = requireAllowedContractType(entity, input.contractType ?? 'employee');
  if (contractType === 'student') {
    throw DomainError.field('contractType', 'payroll.contract_type.not_allowed', {
      entity: entity.code,
      contractType,
    });
  }
  const date = input.date;
  const contract = ruleAt(rules.be.contractTypes[contractType], date, 'contract_type');
  const onss = ruleAt(rules.be.employeeOnss, date, 'employee_onss');
  const wage = ruleAt(rules.be.minimumWage, date, 'minimum_wage');
  const minimum = applyBp(wage.monthlyCents, workTimeBp, 'up');
  if (gross < minimum) {
    throw DomainError.field('monthlyGrossCents', 'payroll.monthly_gross.below_minimum', {
      minimum: formatCents(minimum),
      minimumCents: minimum,
    });
  }

  const employerCost = applyBp(gross, contract.multiplier, 'half-up');
  const contribution = applyBp(gross, onss.rateBp, 'half-up');
  const taxable = gross - contribution;
  const kf = keyFormulaWithholding(taxable, date, rules);
  const withholding = kf.monthlyWithholdingCents;
  const net = taxable - withholding;
  const half = ROUNDING_TEXT['half-up'];
  return {
    entity: entity.code,
    contractType,
    date,
    workTimeBp,
    monthlyGrossCents: gross,
    multiplier: contract.multiplier,
    employerCostCents: employerCost,
    employeeContributionRateBp: onss.rateBp,
    employeeContributionCents: contribution,
    taxableCents: taxable,
    withholdingCents: withholding,
    netCents: net,
    minimumMonthlyCents: minimum,
    keyFormula: kf,
    lines: [
      { key: 'payroll.line.gross', base: gross, amount: gross, source: 'Monthly gross of the CDI (input)' },
      {
        key: 'payroll.line.employer_cost',
        base: gross,
        multiplier: contract.multiplier,
        amount: employerCost,
        rounding: half,
        source: contract.source,
      },
      {
        key: 'payroll.line.minimum_gross',
        base: wage.monthlyCents,
        amount: minimum,
        rounding: ROUNDING_TEXT.up,
        source: `RMMMG × work time ${formatBp(workTimeBp)} %: ${wage.source}`,
      },
      {
        key: 'payroll.line.employee_contribution',
        base: gross,
        rateBp: onss.rateBp,
        amount: contribution,
        rounding: half,
        source: onss.source,
      },
      { key: 'payroll.line.taxable', base: gross, amount: taxable, source: 'Gross − employee contribution' },
      ...kf.lines,
      {
        key: 'payroll.line.withholding',
        base: taxable,
        amount: withholding,
        rounding: half,
        source: `Annual tax ÷ 12 (key formula, step E): ${kf.source}`,
      },
      { key: 'payroll.line.net', base: taxable, amount: net, source: 'Taxable pay − withholding tax' },
    ],
  };
}
