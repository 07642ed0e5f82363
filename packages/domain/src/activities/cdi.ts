/**
 * Permanent contract with smoothed income (CDI) paid from an Activity's budget (seeds 001:L771-783,
 * 003:L2016-2029): for a member with regular income, an adviser sets a fixed monthly salary from an
 * estimate of future income; the salary is paid every month from the budget, with a reserve kept available
 * and an alert when the budget's trend will not sustain it.
 *
 * - Salary from an estimate (`cdiFromEstimate`): the yearly invoicing expected (excluding VAT) minus the
 *   mutualised fee (the entity's rule, `feeFor`) minus the other yearly costs planned, divided by 12
 *   (rounded down) is the monthly employer cost the budget can carry; the gross is that ÷ the multiplier
 *   (rounded down), then the payroll engine's CDI computation (`monthlyCdi`) gives employer cost, net and
 *   withholding (key formula), and refuses a gross under the legal minimum for the work time.
 * - Reserve (`cdiReserve`): N months of the CDI's monthly employer cost stay available (N per entity,
 *   `ActivitySettings.reserveMonths`, default 3; a platform default, see SOURCES.md).
 * - Trend (`cdiTrend`): from the budget's income of the last 12 months (what was credited to it each
 *   month) the expected monthly income is the LOWER of the 12-month average and the last-3-month average
 *   (a falling income shows at once; both rounded down). With the monthly cost, the monthly flow gives the
 *   months of runway and the first month the budget would fall under the reserve; the alert is raised when
 *   that month comes within the horizon (`ActivitySettings.trendHorizonMonths`, default 6).
 */
import { DomainError } from '../errors.ts';
import { monthlyCdi, type CdiBreakdown } from '../payroll/cdi.ts';
import { feeFor } from '../payroll/engine.ts';
import { formatCents, mulDiv } from '../payroll/arith.ts';
import { ruleAt } from '../payroll/resolve.ts';
import type { BeContractType } from '../rules/be/contract-types.ts';
import { DEFAULT_PAYROLL_RULES, type PayrollRuleSet } from '../rules/index.ts';
import type { BudgetView } from './budget.ts';
import { cents, throwIfAny, trustedCents, type Issues } from './input.ts';

export interface CdiEstimateInput {
  entity: string;
  /** Start of the CDI: selects the rules in force. */
  date: string;
  /** Invoicing expected over the next 12 months, excluding VAT. */
  estimatedAnnualInvoicedExclVatCents: number;
  /** Other costs planned over 12 months (expenses, purchases, loan instalments). Default 0. */
  plannedAnnualOtherCostsCents?: number;
  /** Default 'employee'. */
  contractType?: BeContractType;
  /** Part of full time, parts per ten thousand (default 10000). */
  workTimeBp?: number;
}

export interface CdiEstimate {
  annualInvoicedCents: number;
  annualFeeCents: number;
  annualOtherCostsCents: number;
  /** (invoiced − fee − other costs) ÷ 12, rounded down: the monthly cost the budget can carry. */
  monthlyBudgetCents: number;
  monthlyGrossCents: number;
  cdi: CdiBreakdown;
}

/** The monthly salary of a CDI that the estimate can carry. */
export function cdiFromEstimate(
  input: CdiEstimateInput,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): CdiEstimate {
  const issues: Issues = [];
  const invoiced = cents(
    issues,
    'estimatedAnnualInvoicedExclVatCents',
    input.estimatedAnnualInvoicedExclVatCents,
  );
  const other = cents(issues, 'plannedAnnualOtherCostsCents', input.plannedAnnualOtherCostsCents ?? 0, 0);
  throwIfAny(issues);
  const fee = feeFor({ entity: input.entity, amountExclVatCents: invoiced!, date: input.date }, rules);
  const monthlyBudget = Math.floor((invoiced! - fee.feeCents - other!) / 12);
  if (monthlyBudget <= 0) {
    throw DomainError.field('estimatedAnnualInvoicedExclVatCents', 'activity.cdi.estimate_too_low');
  }
  const contractType = input.contractType ?? 'employee';
  const contract = rules.be.contractTypes[contractType];
  if (!contract) throw DomainError.field('contractType', 'payroll.contract_type.unknown', { contractType });
  const multiplier = ruleAt(contract, input.date, 'contract_type').multiplier;
  const gross = mulDiv(monthlyBudget, 10_000, multiplier, 'down');
  let cdi: CdiBreakdown;
  try {
    cdi = monthlyCdi(
      {
        entity: input.entity,
        contractType,
        monthlyGrossCents: gross,
        date: input.date,
        ...(input.workTimeBp === undefined ? {} : { workTimeBp: input.workTimeBp }),
      },
      rules,
    );
  } catch (error) {
    const issue = error instanceof DomainError ? error.issues[0] : undefined;
    if (
      issue &&
      (issue.code === 'payroll.monthly_gross.below_minimum' || issue.code === 'payroll.monthly_gross.min')
    ) {
      throw DomainError.field('estimatedAnnualInvoicedExclVatCents', 'activity.cdi.estimate_below_minimum', {
        gross: formatCents(gross),
        minimum: String(issue.params?.minimum ?? '0.01'),
      });
    }
    throw error;
  }
  return {
    annualInvoicedCents: invoiced!,
    annualFeeCents: fee.feeCents,
    annualOtherCostsCents: other!,
    monthlyBudgetCents: monthlyBudget,
    monthlyGrossCents: gross,
    cdi,
  };
}

export interface ReserveInput {
  /** What the reserve is compared with: the budget's free amount (available − committed). */
  availableCents: number;
  /** The CDI's monthly employer cost. */
  monthlyCostCents: number;
  reserveMonths: number;
}

export interface ReserveCheck {
  reserveCents: number;
  availableCents: number;
  underReserve: boolean;
  /** reserve − available when under, else 0. */
  shortfallCents: number;
  /** Whole months of cost the available amount covers. */
  monthsCovered: number;
}

export function cdiReserve(input: ReserveInput): ReserveCheck {
  const available = trustedCents('availableCents', input.availableCents);
  const cost = trustedCents('monthlyCostCents', input.monthlyCostCents, 0);
  const months = trustedCents('reserveMonths', input.reserveMonths, 0);
  const reserve = cost * months;
  return {
    reserveCents: reserve,
    availableCents: available,
    underReserve: available < reserve,
    shortfallCents: Math.max(0, reserve - available),
    monthsCovered: cost === 0 ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(available / cost)),
  };
}

/**
 * To set up a CDI, the budget's free amount must already hold the reserve (409
 * `activity.cdi.reserve_missing`, with the missing amount).
 */
export function requireCdiReserve(budget: BudgetView, monthlyCostCents: number, reserveMonths: number): void {
  const check = cdiReserve({ availableCents: budget.freeCents, monthlyCostCents, reserveMonths });
  if (check.underReserve) {
    throw DomainError.conflict('activity.cdi.reserve_missing', {
      missing: formatCents(check.shortfallCents),
      missingCents: check.shortfallCents,
      months: reserveMonths,
    });
  }
}

export interface TrendInput {
  /** What was credited to the budget each month, oldest first; the last 12 months are used (at least 1). */
  monthlyIncomeCents: readonly number[];
  /** Monthly cost to sustain: the CDI's employer cost, plus other regular costs if any. */
  monthlyCostCents: number;
  /** The budget's free amount now. */
  availableCents: number;
  reserveMonths: number;
  horizonMonths: number;
}

export interface CdiTrend {
  average12Cents: number;
  average3Cents: number;
  /** The lower of the two averages. */
  expectedIncomeCents: number;
  /** expected income − cost (negative: the budget shrinks). */
  monthlyFlowCents: number;
  reserveCents: number;
  /** Whole months before the budget is exhausted; null when it does not shrink. */
  runwayMonths: number | null;
  /** The first month (1 = next month) the budget would be under the reserve; 0 when already under; null never. */
  monthsUntilUnderReserve: number | null;
  /** The budget falls (or is) under the reserve within the horizon. */
  alert: boolean;
}

function averageDown(values: readonly number[]): number {
  return Math.floor(values.reduce((s, v) => s + v, 0) / values.length);
}

export function cdiTrend(input: TrendInput): CdiTrend {
  const incomes = input.monthlyIncomeCents.slice(-12);
  if (incomes.length === 0) throw new RangeError('the trend needs at least one month of income');
  incomes.forEach((v, i) => trustedCents(`monthlyIncomeCents.${i}`, v));
  const cost = trustedCents('monthlyCostCents', input.monthlyCostCents, 0);
  const available = trustedCents('availableCents', input.availableCents);
  const reserveMonths = trustedCents('reserveMonths', input.reserveMonths, 0);
  const horizon = trustedCents('horizonMonths', input.horizonMonths, 0);
  const average12 = averageDown(incomes);
  const average3 = averageDown(incomes.slice(-3));
  const expected = Math.min(average12, average3);
  const flow = expected - cost;
  const reserve = cost * reserveMonths;
  let runway: number | null = null;
  if (flow < 0) runway = available <= 0 ? 0 : Math.floor(available / -flow);
  let until: number | null;
  if (available < reserve) until = 0;
  else if (flow >= 0) until = null;
  else until = Math.floor((available - reserve) / -flow) + 1;
  return {
    average12Cents: average12,
    average3Cents: average3,
    expectedIncomeCents: expected,
    monthlyFlowCents: flow,
    reserveCents: reserve,
    runwayMonths: runway,
    monthsUntilUnderReserve: until,
    alert: until !== null && until <= horizon,
  };
}
