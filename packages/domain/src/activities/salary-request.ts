/**
 * Salary requests: a participant with the `request_salary` right asks to be paid from the Activity's budget
 * for days of work (issue 5, journey 4). On approval the server makes the employment contract and its
 * employment declaration exactly as the Contract tool does, and the payslip follows on the pay date.
 *
 * The request is a Contract-tool declaration without a client invoice: job, description, country of work,
 * risks, days and hours, contract type, withholding rate, posting form when abroad. It is checked by the
 * Contract tool's own rule (`validateDeclaration`): 1 to 31 days within one month, 3 to 11 hours a day,
 * days not before today (the employment declaration is made at the latest when work starts), no day already
 * under another contract, the student quota, the contract types of the entity, the withholding bounds.
 *
 * The money side is the Activity's: the participant gives either a gross salary or the net they wish, and
 * the payroll engine computes the rest. Its cost to the budget is the "budget emploi": gross × the contract
 * type's multiplier (seeds 003:L1584-1587). No fee is taken here: the mutualised fee was taken when the
 * invoices credited the budget (`invoiceBudgetCredit`), so the engine runs with a zero fee on an amount
 * equal to the employment budget:
 * - from a gross g: the employment budget B = ⌈g × multiplier⌉; the engine's gross ⌊B ÷ multiplier⌋ is
 *   then exactly g, and its employer cost g × multiplier (half up) ≤ B;
 * - from a wished net: the engine's exact inverse search (`computeForNet`).
 * The legal minimum for the hours declared applies (`payroll.gross.below_minimum`). When the budget view is
 * given, the request is refused if the budget cannot cover the cost (409 `activity.budget.insufficient`,
 * with the missing amount).
 */
import { DomainError, type FieldIssue } from '../errors.ts';
import {
  payrollInputFor,
  validateDeclaration,
  type DeclarationContext,
  type PostingInput,
  type ValidDeclaration,
} from '../contracts/declaration.ts';
import { computeFromInvoice } from '../payroll/engine.ts';
import { computeForNet } from '../payroll/inverse.ts';
import { mulDiv } from '../payroll/arith.ts';
import { ruleAt } from '../payroll/resolve.ts';
import type { PayrollBreakdown, PayrollLine } from '../payroll/types.ts';
import { DEFAULT_PAYROLL_RULES, type FeeRule, type PayrollRuleSet } from '../rules/index.ts';
import { requireAffordable, type BudgetView } from './budget.ts';
import type { Participant } from './activity.ts';
import { approvalRoute, type ApprovalStep } from './approval.ts';
import { cents, push, type Issues } from './input.ts';
import { DEFAULT_ACTIVITY_SETTINGS, type ActivitySettings } from './settings.ts';

export interface SalaryRequestInput {
  jobCode: string;
  description: string;
  countryOfWork: string;
  risks: string[];
  days: { date: string; hours: number }[];
  contractType: string;
  withholdingRateBp: number;
  posting?: PostingInput | null;
  /** Either the gross salary… */
  grossCents?: number;
  /** …or the net the participant wishes to receive (exactly one of the two). */
  wishedNetCents?: number;
}

export interface SalaryRequestContext {
  today: string;
  /** The Activity's entity (it employs the participant). */
  entity: { id: string; country: string };
  /** The participant's other live contracts (their days cannot be requested again). */
  existingContracts?: DeclarationContext['existingContracts'];
  studentUsedCentiHoursByYear?: DeclarationContext['studentUsedCentiHoursByYear'];
  /** When given, the cost must fit in it. */
  budget?: BudgetView;
  rules?: PayrollRuleSet;
}

/** The declaration part of the request (the money fields of a Contract-tool declaration left out). */
export type SalaryRequestWork = Omit<
  ValidDeclaration,
  'amountExclVatCents' | 'vatTreatment' | 'expensesCents'
>;

export interface ValidSalaryRequest {
  work: SalaryRequestWork;
  mode: 'gross' | 'net';
  grossCents: number;
  netCents: number;
  /** What the budget pays: gross × multiplier ("budget emploi"). */
  employerCostCents: number;
  multiplier: number;
  /** The engine's computation (its amount is the employment budget; its fee is zero). */
  breakdown: PayrollBreakdown;
  /** The printable lines from the gross down to the net. */
  lines: PayrollLine[];
}

/** The Activity's fee rule for the payroll engine: none, it was taken when the budget was credited. */
export const ACTIVITY_SALARY_FEE_RULE: FeeRule = {
  validFrom: '1900-01-01',
  rateBp: 0,
  source:
    'Activity tool: no fee on a salary paid from the budget, the mutualised fee was taken on each invoice credited to it (DOMAIN.md §3)',
  verified: true,
};

/** The rule set with the entity's fee replaced by a zero fee (entities the rules do not know are left). */
export function activityPayrollRules(rules: PayrollRuleSet, entityId: string): PayrollRuleSet {
  const entity = rules.entities[entityId];
  if (!entity) return rules;
  const { feeRateBp: _ignored, ...rest } = entity;
  return {
    ...rules,
    entities: { ...rules.entities, [entityId]: { ...rest, feeRules: [ACTIVITY_SALARY_FEE_RULE] } },
  };
}

const BUDGET_LINES = new Set([
  'payroll.line.amount_excl_vat',
  'payroll.line.fee',
  'payroll.line.expenses',
  'payroll.line.employment_budget',
  'payroll.line.remainder',
]);

/** Runs `fn`; a validation error's issues on `from` are renamed `to`. */
function renamingField<T>(fn: () => T, from: string, to: string): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof DomainError && error.issues.length > 0) {
      throw new DomainError(
        error.code,
        error.issues.map((i) => (i.field === from ? { ...i, field: to } : i)),
        error.params,
        error.status,
      );
    }
    throw error;
  }
}

/**
 * Checks a salary request and computes its cost. Every input problem at once (422, the declaration's codes
 * and `activity.salary.amount_choice`), then the legal minimum (422), then the budget (409).
 */
export function validateSalaryRequest(
  input: SalaryRequestInput,
  context: SalaryRequestContext,
): ValidSalaryRequest {
  const rules = context.rules ?? DEFAULT_PAYROLL_RULES;
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<string, unknown>>;
  const issues: Issues = [];
  const hasGross = raw.grossCents !== undefined && raw.grossCents !== null;
  const hasNet = raw.wishedNetCents !== undefined && raw.wishedNetCents !== null;
  let gross: number | undefined;
  let net: number | undefined;
  if (hasGross === hasNet) push(issues, 'grossCents', 'activity.salary.amount_choice');
  else if (hasGross) gross = cents(issues, 'grossCents', raw.grossCents);
  else net = cents(issues, 'wishedNetCents', raw.wishedNetCents);

  let declaration: ValidDeclaration | undefined;
  try {
    declaration = validateDeclaration(
      {
        jobCode: raw.jobCode as string,
        description: raw.description as string,
        countryOfWork: raw.countryOfWork as string,
        risks: raw.risks as string[],
        days: raw.days as SalaryRequestInput['days'],
        contractType: raw.contractType as string,
        withholdingRateBp: raw.withholdingRateBp as number,
        posting: (raw.posting ?? null) as PostingInput | null,
        // Money of a Contract-tool declaration: not used here (the salary is the Activity's).
        amountExclVatCents: 1,
        vatTreatment: 'zero',
        expensesCents: 0,
      },
      {
        today: context.today,
        entity: context.entity,
        ...(context.existingContracts ? { existingContracts: context.existingContracts } : {}),
        ...(context.studentUsedCentiHoursByYear
          ? { studentUsedCentiHoursByYear: context.studentUsedCentiHoursByYear }
          : {}),
        rules,
      },
    );
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'validation') throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0) throw new DomainError('validation', issues as FieldIssue[]);

  const d = declaration!;
  const activityRules = activityPayrollRules(rules, context.entity.id);
  const base = payrollInputFor(d, context.entity.id);
  let breakdown: PayrollBreakdown;
  if (gross !== undefined) {
    const multiplier = ruleAt(rules.be.contractTypes[d.contractType], d.firstDay, 'contract_type').multiplier;
    const employmentBudget = mulDiv(gross, multiplier, 10_000, 'up');
    breakdown = renamingField(
      () =>
        computeFromInvoice(
          { ...base, amountExclVatCents: employmentBudget, expensesCents: 0 },
          activityRules,
        ),
      'amountExclVatCents',
      'grossCents',
    );
    if (breakdown.grossCents !== gross) {
      throw new Error(`salary request: gross ${gross} became ${breakdown.grossCents}`);
    }
  } else {
    const { amountExclVatCents: _amount, ...withoutAmount } = base;
    breakdown = computeForNet(
      { ...withoutAmount, expensesCents: 0, wishedNetCents: net! },
      activityRules,
    ).breakdown;
  }
  if (context.budget) requireAffordable(context.budget, breakdown.employerCostCents);
  const { amountExclVatCents: _a, vatTreatment: _v, expensesCents: _e, ...work } = d;
  return {
    work,
    mode: gross !== undefined ? 'gross' : 'net',
    grossCents: breakdown.grossCents,
    netCents: breakdown.netCents,
    employerCostCents: breakdown.employerCostCents,
    multiplier: breakdown.multiplier,
    breakdown,
    lines: breakdown.lines.filter((l) => !BUDGET_LINES.has(l.key)),
  };
}

/** Approval steps of a salary request, on its cost to the budget (see `approval.ts`). */
export function salaryApprovalRoute(
  request: Pick<ValidSalaryRequest, 'employerCostCents'>,
  submitterId: string,
  participants: readonly Participant[],
  settings: Pick<ActivitySettings, 'staffApprovalThresholdCents'> = DEFAULT_ACTIVITY_SETTINGS,
): ApprovalStep[] {
  return approvalRoute({ amountCents: request.employerCostCents, submitterId, participants, settings });
}
