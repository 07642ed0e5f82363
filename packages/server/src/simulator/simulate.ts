import {
  BE_CONTRACT_TYPES,
  DEFAULT_PAYROLL_RULES,
  DomainError,
  MAX_AMOUNT_CENTS,
  computeForNet,
  computeFromInvoice,
  feeFor,
  minimumDailyGross,
  ruleAt,
  translator,
  type BeContractType,
  type Language,
  type PayrollBreakdown,
} from '@partage/domain';

/**
 * The public salary simulator: what a member keeps of an invoice, or what to invoice for a wished net,
 * line by line in the visitor's language. Pure computation over the payroll engine; nothing is stored.
 */

/** Belgian entities that employ through the Contract tool (the engine's rules say which types each may issue). */
export const SIMULATOR_ENTITIES = Object.values(DEFAULT_PAYROLL_RULES.entities)
  .filter((e) => e.country === 'BE' && e.contractTypes.length > 0)
  .map((e) => e.code);

/** The engine says how it rounds in English; the simulator says it in the visitor's language. */
const ROUNDING_CODES: Record<string, string> = {
  'half-up to the cent': 'simulator.rounding.half_up',
  'down to the cent': 'simulator.rounding.down',
  'up to the cent': 'simulator.rounding.up',
};

export interface SimulatorInput {
  entity: string;
  contractType: string;
  mode: 'amount' | 'net';
  amountExclVatCents?: number;
  wishedNetCents?: number;
  days: number;
  hours?: number;
  /** Default: the lowest rate allowed for the contract type. */
  withholdingRateBp?: number;
  expensesCents?: number;
  studentHoursUsedThisYear?: number;
  date: string;
}

export interface SimulatorLine {
  key: string;
  label: string;
  base: number;
  rateBp?: number;
  multiplier?: number;
  amount: number;
  rounding?: string;
  roundingLabel?: string;
  source: string;
}

export interface SimulatorShare {
  key:
    | 'fee'
    | 'employer_contributions'
    | 'employee_contribution'
    | 'withholding'
    | 'net'
    | 'expenses'
    | 'remainder';
  label: string;
  amountCents: number;
}

export type SimulatorResult = Omit<PayrollBreakdown, 'lines'> & {
  mode: 'amount' | 'net';
  wishedNetCents: number | null;
  contractTypeLabel: string;
  lines: SimulatorLine[];
  /** Where every cent invoiced goes, for a chart: the shares sum to `amountExclVatCents`. */
  shares: SimulatorShare[];
};

/** The lowest withholding rate a worker may choose for the contract type, on the date (bp). */
export function minimumWithholding(contractType: BeContractType, date: string): number {
  return ruleAt(DEFAULT_PAYROLL_RULES.be.contractToolWithholding, date, 'withholding').minRateBp[
    contractType
  ];
}

/** Where each cent of the invoice goes. fee + (employer cost − gross) + gross + expenses + remainder = amount. */
export function sharesOf(b: PayrollBreakdown, lang: Language): SimulatorShare[] {
  const contributionKey = b.lines.find((l) => l.key === 'payroll.line.student_solidarity')
    ? 'payroll.line.student_solidarity'
    : 'payroll.line.employee_contribution';
  const share = (key: SimulatorShare['key'], code: string, amountCents: number): SimulatorShare => ({
    key,
    label: translator.t(lang, code),
    amountCents,
  });
  return [
    share('fee', 'payroll.line.fee', b.feeCents),
    share(
      'employer_contributions',
      'simulator.share.employer_contributions',
      b.employerCostCents - b.grossCents,
    ),
    share('employee_contribution', contributionKey, b.employeeContributionCents),
    share('withholding', 'payroll.line.withholding', b.withholdingCents),
    share('net', 'payroll.line.net', b.netCents),
    share('expenses', 'payroll.line.expenses', b.expensesCents),
    share('remainder', 'payroll.line.remainder', b.remainderCents),
  ];
}

export function simulate(input: SimulatorInput, lang: Language): SimulatorResult {
  if (!SIMULATOR_ENTITIES.includes(input.entity))
    throw DomainError.field('entity', 'payroll.entity.unknown', { entity: input.entity });
  const field = input.mode === 'amount' ? 'amountExclVatCents' : 'wishedNetCents';
  const given = input.mode === 'amount' ? input.amountExclVatCents : input.wishedNetCents;
  if (given === undefined) throw DomainError.field(field, 'field.required');
  const withholdingRateBp =
    input.withholdingRateBp ??
    ((BE_CONTRACT_TYPES as readonly string[]).includes(input.contractType)
      ? minimumWithholding(input.contractType as BeContractType, input.date)
      : 0);
  const common = {
    entity: input.entity,
    contractType: input.contractType as BeContractType,
    days: input.days,
    ...(input.hours === undefined ? {} : { hours: input.hours }),
    withholdingRateBp,
    expensesCents: input.expensesCents ?? 0,
    date: input.date,
    ...(input.studentHoursUsedThisYear === undefined
      ? {}
      : { studentHoursUsedThisYear: input.studentHoursUsedThisYear }),
  };
  const breakdown =
    input.mode === 'amount'
      ? computeFromInvoice({ ...common, amountExclVatCents: given })
      : computeForNet({ ...common, wishedNetCents: given }).breakdown;
  return {
    ...presentBreakdown(breakdown, lang),
    mode: input.mode,
    wishedNetCents: input.mode === 'net' ? given : null,
  };
}

/** A payroll breakdown as people read it: every line labelled in their language, and where each cent goes. */
export function presentBreakdown(breakdown: PayrollBreakdown, lang: Language) {
  const { lines, ...figures } = breakdown;
  return {
    ...figures,
    contractTypeLabel: translator.t(lang, `payroll.contract_type.label.${breakdown.contractType}`),
    lines: lines.map((line): SimulatorLine => {
      const roundingCode = line.rounding ? ROUNDING_CODES[line.rounding] : undefined;
      return {
        ...line,
        label: translator.t(lang, line.key),
        ...(line.rounding
          ? { roundingLabel: roundingCode ? translator.t(lang, roundingCode) : line.rounding }
          : {}),
      };
    }),
    shares: sharesOf(breakdown, lang),
  };
}

/** What the simulator's form needs: entities, their contract types in the visitor's language, floors, defaults. */
export function simulatorOptions(date: string, lang: Language) {
  const rules = DEFAULT_PAYROLL_RULES;
  const time = ruleAt(rules.be.workTime, date, 'work_time');
  const withholding = ruleAt(rules.be.contractToolWithholding, date, 'withholding');
  const entities = SIMULATOR_ENTITIES.map((code) => {
    const entity = rules.entities[code]!;
    return {
      id: entity.code,
      name: entity.name,
      vatExempt: entity.vatExempt,
      feeRateBp: feeFor({ entity: entity.code, amountExclVatCents: 10_000, date }).feeRateBp,
      minimumDailyGrossCents: minimumDailyGross(entity.code, date).amountCents,
      contractTypes: entity.contractTypes.map((type) => {
        const rule = ruleAt(rules.be.contractTypes[type], date, 'contract_type');
        return {
          id: type,
          label: translator.t(lang, `payroll.contract_type.label.${type}`),
          multiplier: rule.multiplier,
          employeeContributionRateBp:
            rule.employeeContribution === 'onss'
              ? ruleAt(rules.be.employeeOnss, date, 'employee_onss').rateBp
              : ruleAt(rules.be.studentSolidarity, date, 'student_solidarity').employeeRateBp,
          minWithholdingRateBp: withholding.minRateBp[type],
        };
      }),
    };
  });
  return {
    date,
    entities,
    modes: (['amount', 'net'] as const).map((id) => ({
      id,
      label: translator.t(lang, `simulator.mode.${id}`),
    })),
    withholding: { maxRateBp: withholding.maxRateBp, source: withholding.source },
    limits: {
      maxAmountCents: MAX_AMOUNT_CENTS,
      minDays: time.minDays,
      maxDays: time.maxDays,
      standardHoursPerDay: time.centiHoursPerDay / 100,
    },
    defaults: {
      entity: 'BE-PA',
      contractType: 'employee',
      mode: 'amount',
      amountExclVatCents: 50_000,
      days: 1,
      withholdingRateBp: withholding.minRateBp.employee,
      expensesCents: 0,
      date,
    },
  };
}
