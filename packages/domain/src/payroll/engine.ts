import { DomainError } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import { DEFAULT_PAYROLL_RULES } from '../rules/index.ts';
import type { PayrollRuleSet } from '../rules/index.ts';
import { isBeContractType } from '../rules/be/contract-types.ts';
import type { BeContractType, ContractTypeRule } from '../rules/be/contract-types.ts';
import type { StudentSolidarityRule } from '../rules/be/social.ts';
import { isRuleDate } from '../rules/types.ts';
import { ROUNDING_TEXT, applyBp, divideByBp, formatBp, formatCents, formatCentiHours } from './arith.ts';
import { minimumGrossForHours } from './minimum.ts';
import type { LegalMinimum } from './minimum.ts';
import {
  requireAllowedContractType,
  requireBelgian,
  requireClientKind,
  requireEntity,
  resolveFee,
  ruleAt,
} from './resolve.ts';
import type { ResolvedFee } from './resolve.ts';
import type { ClientKind, InvoiceInput, PayrollBreakdown, PayrollLine } from './types.ts';

/**
 * The fee and salary engine of the Contract tool (pure, no I/O).
 *
 *   amount excl. VAT
 *   − mutualised fee            = amount × fee rate, half-up to the cent
 *   − expenses reimbursed       (outside the salary)
 *   = employment budget
 *   gross                       = budget ÷ multiplier, DOWN to the cent (employer cost never exceeds budget)
 *   employer cost (budget emploi) = gross × multiplier, half-up to the cent
 *   remainder                   = budget − employer cost (the cent(s) left by rounding; not salary)
 *   − employee contribution     = gross × 13.07 % (students: 2.71 %), half-up
 *   = taxable pay
 *   − withholding tax           = taxable × rate chosen by the worker, half-up
 *   = net pay
 */

/** Largest amount accepted: 1,000,000.00 EUR excluding VAT. Above that the input is surely a mistake. */
export const MAX_AMOUNT_CENTS = 100_000_000;

const HUNDREDTHS_EPSILON = 1e-9;

/** Hours with at most two decimals -> hundredths of an hour, or undefined. */
export function toCentiHours(hours: unknown): number | undefined {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) return undefined;
  const centi = Math.round(hours * 100);
  if (Math.abs(centi - hours * 100) > HUNDREDTHS_EPSILON * Math.max(1, hours)) return undefined;
  return Number.isSafeInteger(centi) && centi > 0 ? centi : undefined;
}

function toCentiHoursAllowZero(hours: unknown): number | undefined {
  if (hours === 0) return 0;
  return toCentiHours(hours);
}

/** Everything about a contract that does not depend on the amount. */
export interface ContractContext {
  entity: string;
  contractType: BeContractType;
  date: string;
  clientKind: ClientKind;
  days: number;
  centiHours: number;
  withholdingRateBp: number;
  withholdingSource: string;
  expensesCents: number;
  fee: ResolvedFee;
  contract: ContractTypeRule;
  contribution: { key: string; rateBp: number; source: string };
  minimum: LegalMinimum;
}

const AMOUNT_CODES = {
  amount: { notInteger: 'payroll.amount.not_integer', min: 'payroll.amount.min' },
  net: { notInteger: 'payroll.net.not_integer', min: 'payroll.net.min' },
} as const;

/** Shape of a money input: integer cents, positive, and (for the invoice) not absurd. */
export function amountIssues(field: string, value: unknown, kind: 'amount' | 'net'): FieldIssue[] {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    return [{ field, code: AMOUNT_CODES[kind].notInteger }];
  }
  if (value <= 0) return [{ field, code: AMOUNT_CODES[kind].min, params: { min: '0.01' } }];
  if (kind === 'amount' && value > MAX_AMOUNT_CENTS) {
    return [{ field, code: 'payroll.amount.max', params: { max: formatCents(MAX_AMOUNT_CENTS) } }];
  }
  return [];
}

function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new DomainError('validation', issues);
}

/**
 * Validates and resolves everything but the amount. `extraIssues` are shape problems of the amount field
 * of the caller (amount or wished net), reported together with the others.
 */
export function prepareContract(
  input: Omit<InvoiceInput, 'amountExclVatCents'>,
  rules: PayrollRuleSet,
  extraIssues: FieldIssue[] = [],
): ContractContext {
  // 1. Shape of every field, all problems at once.
  const issues: FieldIssue[] = [];
  const entityDef = typeof input.entity === 'string' ? rules.entities[input.entity] : undefined;
  if (!entityDef)
    issues.push({
      field: 'entity',
      code: 'payroll.entity.unknown',
      params: { entity: String(input.entity) },
    });
  if (!isBeContractType(input.contractType)) {
    issues.push({
      field: 'contractType',
      code: 'payroll.contract_type.unknown',
      params: { contractType: String(input.contractType) },
    });
  }
  issues.push(...extraIssues);
  if (!Number.isSafeInteger(input.days)) issues.push({ field: 'days', code: 'payroll.days.not_integer' });
  const declaredCentiHours = input.hours === undefined ? undefined : toCentiHours(input.hours);
  if (input.hours !== undefined && declaredCentiHours === undefined) {
    issues.push({ field: 'hours', code: 'payroll.hours.invalid' });
  }
  if (!Number.isSafeInteger(input.withholdingRateBp)) {
    issues.push({ field: 'withholdingRateBp', code: 'payroll.withholding.not_integer' });
  }
  const expensesCents = input.expensesCents ?? 0;
  if (!Number.isSafeInteger(expensesCents)) {
    issues.push({ field: 'expensesCents', code: 'payroll.expenses.not_integer' });
  } else if (expensesCents < 0) {
    issues.push({ field: 'expensesCents', code: 'payroll.expenses.min', params: { min: '0.00' } });
  }
  if (!isRuleDate(input.date)) issues.push({ field: 'date', code: 'payroll.date.invalid' });
  if (input.clientKind !== undefined && input.clientKind !== 'natural' && input.clientKind !== 'legal') {
    issues.push({
      field: 'clientKind',
      code: 'payroll.client_kind.unknown',
      params: { clientKind: String(input.clientKind) },
    });
  }
  const usedCentiHours =
    input.studentHoursUsedThisYear === undefined
      ? undefined
      : toCentiHoursAllowZero(input.studentHoursUsedThisYear);
  if (input.studentHoursUsedThisYear !== undefined && usedCentiHours === undefined) {
    issues.push({ field: 'studentHoursUsedThisYear', code: 'payroll.student.hours_used.invalid' });
  }
  throwIfAny(issues);

  // 2. Rules in force (one precise error each).
  const entity = requireEntity(rules, input.entity);
  requireBelgian(entity);
  const contractType = requireAllowedContractType(entity, input.contractType);
  const date = input.date;
  const clientKind = requireClientKind(input.clientKind);
  const fee = resolveFee(rules, entity, date, clientKind);
  const contract = ruleAt(rules.be.contractTypes[contractType], date, 'contract_type');
  const time = ruleAt(rules.be.workTime, date, 'work_time');
  const floor = ruleAt(rules.be.contractToolWithholding, date, 'withholding');
  let contribution: ContractContext['contribution'];
  let student: StudentSolidarityRule | undefined;
  if (contract.employeeContribution === 'student_solidarity') {
    student = ruleAt(rules.be.studentSolidarity, date, 'student_solidarity');
    contribution = {
      key: 'payroll.line.student_solidarity',
      rateBp: student.employeeRateBp,
      source: student.source,
    };
  } else {
    const onss = ruleAt(rules.be.employeeOnss, date, 'employee_onss');
    contribution = { key: 'payroll.line.employee_contribution', rateBp: onss.rateBp, source: onss.source };
  }
  ruleAt(rules.be.minimumWage, date, 'minimum_wage');

  // 3. Checks against the rules, all problems at once.
  const days = input.days;
  if (days < time.minDays)
    issues.push({ field: 'days', code: 'payroll.days.min', params: { min: time.minDays } });
  if (days > time.maxDays)
    issues.push({ field: 'days', code: 'payroll.days.max', params: { max: time.maxDays } });
  const centiHours = declaredCentiHours ?? days * time.centiHoursPerDay;
  if (declaredCentiHours !== undefined && days >= time.minDays && declaredCentiHours > days * 2400) {
    issues.push({ field: 'hours', code: 'payroll.hours.max', params: { max: days * 24 } });
  }
  const minRate = floor.minRateBp[contractType];
  if (input.withholdingRateBp < minRate) {
    issues.push({
      field: 'withholdingRateBp',
      code: 'payroll.withholding.min',
      params: { min: formatBp(minRate) },
    });
  }
  if (input.withholdingRateBp > floor.maxRateBp) {
    issues.push({
      field: 'withholdingRateBp',
      code: 'payroll.withholding.max',
      params: { max: formatBp(floor.maxRateBp) },
    });
  }
  if (student && usedCentiHours !== undefined) {
    const quota = student.quotaHours * 100;
    if (usedCentiHours + centiHours > quota) {
      issues.push({
        field: 'studentHoursUsedThisYear',
        code: 'payroll.student.quota_exceeded',
        params: {
          quota: student.quotaHours,
          remaining: formatCentiHours(Math.max(0, quota - usedCentiHours)),
          hours: formatCentiHours(centiHours),
        },
      });
    }
  }
  throwIfAny(issues);

  const minimum = minimumGrossForHours(entity.code, date, centiHours, rules);
  const withholdingSource =
    `Rate chosen by the worker in the Contract tool (seeds 001:L1195-1198); allowed ${formatBp(minRate)} % to ` +
    `${formatBp(floor.maxRateBp)} %: ${floor.source}` +
    (student?.withholdingExempt
      ? `; student pay within the quota owes no withholding: ${student.source}`
      : '');
  return {
    entity: entity.code,
    contractType,
    date,
    clientKind,
    days,
    centiHours,
    withholdingRateBp: input.withholdingRateBp,
    withholdingSource,
    expensesCents,
    fee,
    contract,
    contribution,
    minimum,
  };
}

/** The figures of one computation, before lines. */
export interface PayrollFigures {
  amount: number;
  fee: number;
  expenses: number;
  budget: number;
  gross: number;
  employerCost: number;
  remainder: number;
  contribution: number;
  taxable: number;
  withholding: number;
  net: number;
}

/** The forward computation. Undefined when the expenses do not fit in amount − fee. */
export function computeFigures(ctx: ContractContext, amount: number): PayrollFigures | undefined {
  const fee = applyBp(amount, ctx.fee.rateBp, 'half-up');
  const budget = amount - fee - ctx.expensesCents;
  if (budget < 0) return undefined;
  const gross = divideByBp(budget, ctx.contract.multiplier, 'down');
  const employerCost = applyBp(gross, ctx.contract.multiplier, 'half-up');
  const remainder = budget - employerCost;
  const contribution = applyBp(gross, ctx.contribution.rateBp, 'half-up');
  const taxable = gross - contribution;
  const withholding = applyBp(taxable, ctx.withholdingRateBp, 'half-up');
  const net = taxable - withholding;
  return {
    amount,
    fee,
    expenses: ctx.expensesCents,
    budget,
    gross,
    employerCost,
    remainder,
    contribution,
    taxable,
    withholding,
    net,
  };
}

function linesOf(ctx: ContractContext, f: PayrollFigures): PayrollLine[] {
  const m = ctx.contract.multiplier;
  return [
    {
      key: 'payroll.line.amount_excl_vat',
      base: f.amount,
      amount: f.amount,
      source: 'Invoice to the client, excluding VAT (input)',
    },
    {
      key: 'payroll.line.fee',
      base: f.amount,
      rateBp: ctx.fee.rateBp,
      amount: f.fee,
      rounding: ROUNDING_TEXT['half-up'],
      source: ctx.fee.source,
    },
    {
      key: 'payroll.line.expenses',
      base: f.expenses,
      amount: f.expenses,
      source: 'Professional expenses reimbursed outside the salary (input)',
    },
    {
      key: 'payroll.line.employment_budget',
      base: f.amount,
      amount: f.budget,
      source: 'Amount excluding VAT − fee − expenses',
    },
    {
      key: 'payroll.line.gross',
      base: f.budget,
      multiplier: m,
      amount: f.gross,
      rounding: ROUNDING_TEXT.down,
      source: `Employment budget ÷ multiplier ${formatMultiplier(m)}: ${ctx.contract.source}`,
    },
    {
      key: 'payroll.line.employer_cost',
      base: f.gross,
      multiplier: m,
      amount: f.employerCost,
      rounding: ROUNDING_TEXT['half-up'],
      source: `Gross × multiplier ${formatMultiplier(m)} ("budget emploi"): ${ctx.contract.source}`,
    },
    {
      key: 'payroll.line.remainder',
      base: f.budget,
      amount: f.remainder,
      source:
        'Employment budget − employer cost: cent(s) left because the gross is rounded down; not paid as salary',
    },
    {
      key: 'payroll.line.minimum_gross',
      base: ctx.minimum.monthlyCents,
      amount: ctx.minimum.amountCents,
      rounding: ctx.minimum.rounding,
      source: `${ctx.minimum.basis}: ${ctx.minimum.source}`,
    },
    {
      key: ctx.contribution.key,
      base: f.gross,
      rateBp: ctx.contribution.rateBp,
      amount: f.contribution,
      rounding: ROUNDING_TEXT['half-up'],
      source: ctx.contribution.source,
    },
    {
      key: 'payroll.line.taxable',
      base: f.gross,
      amount: f.taxable,
      source: 'Gross − employee contribution',
    },
    {
      key: 'payroll.line.withholding',
      base: f.taxable,
      rateBp: ctx.withholdingRateBp,
      amount: f.withholding,
      rounding: ROUNDING_TEXT['half-up'],
      source: ctx.withholdingSource,
    },
    { key: 'payroll.line.net', base: f.taxable, amount: f.net, source: 'Taxable pay − withholding tax' },
  ];
}

function formatMultiplier(parts: number): string {
  return (parts / 10000).toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}

/** Builds the full result; checks the amount-dependent rules (expenses fit, legal minimum). */
export function breakdownFor(ctx: ContractContext, amount: number, amountField: string): PayrollBreakdown {
  const f = computeFigures(ctx, amount);
  if (!f) {
    const max = amount - applyBp(amount, ctx.fee.rateBp, 'half-up');
    throw DomainError.field('expensesCents', 'payroll.expenses.max', { max: formatCents(max) });
  }
  if (f.gross < ctx.minimum.amountCents) {
    throw DomainError.field(amountField, 'payroll.gross.below_minimum', {
      gross: formatCents(f.gross),
      minimum: formatCents(ctx.minimum.amountCents),
      minimumCents: ctx.minimum.amountCents,
      days: ctx.days,
      hours: formatCentiHours(ctx.centiHours),
    });
  }
  return {
    entity: ctx.entity,
    contractType: ctx.contractType,
    date: ctx.date,
    clientKind: ctx.clientKind,
    days: ctx.days,
    hours: ctx.centiHours / 100,
    amountExclVatCents: f.amount,
    feeRateBp: ctx.fee.rateBp,
    feeCents: f.fee,
    expensesCents: f.expenses,
    employmentBudgetCents: f.budget,
    multiplier: ctx.contract.multiplier,
    grossCents: f.gross,
    employerCostCents: f.employerCost,
    remainderCents: f.remainder,
    employeeContributionRateBp: ctx.contribution.rateBp,
    employeeContributionCents: f.contribution,
    taxableCents: f.taxable,
    withholdingRateBp: ctx.withholdingRateBp,
    withholdingCents: f.withholding,
    netCents: f.net,
    minimumGrossCents: ctx.minimum.amountCents,
    lines: linesOf(ctx, f),
  };
}

/**
 * From the amount invoiced excluding VAT to the net pay, with every line. Throws a DomainError
 * ('validation', with field issues) when an input or a rule is not met.
 */
export function computeFromInvoice(
  input: InvoiceInput,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): PayrollBreakdown {
  const ctx = prepareContract(
    input,
    rules,
    amountIssues('amountExclVatCents', input.amountExclVatCents, 'amount'),
  );
  return breakdownFor(ctx, input.amountExclVatCents, 'amountExclVatCents');
}

export interface FeeResult {
  feeRateBp: number;
  feeCents: number;
  rounding: string;
  source: string;
}

/** The mutualised fee alone, for any entity (including those whose payroll is not modelled, e.g. FR). */
export function feeFor(
  input: { entity: string; amountExclVatCents: number; date: string; clientKind?: ClientKind },
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): FeeResult {
  const issues = amountIssues('amountExclVatCents', input.amountExclVatCents, 'amount');
  if (!isRuleDate(input.date)) issues.push({ field: 'date', code: 'payroll.date.invalid' });
  throwIfAny(issues);
  const entity = requireEntity(rules, input.entity);
  const fee = resolveFee(rules, entity, input.date, requireClientKind(input.clientKind));
  return {
    feeRateBp: fee.rateBp,
    feeCents: applyBp(input.amountExclVatCents, fee.rateBp, 'half-up'),
    rounding: ROUNDING_TEXT['half-up'],
    source: fee.source,
  };
}
