import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { DEFAULT_PAYROLL_RULES } from '../rules/index.ts';
import type { PayrollRuleSet } from '../rules/index.ts';
import { computeFromInvoice, feeFor } from './engine.ts';
import { expectIssue } from './test-helpers.ts';
import type { InvoiceInput, PayrollBreakdown } from './types.ts';

const base: InvoiceInput = {
  entity: 'BE-PA',
  contractType: 'employee',
  amountExclVatCents: 100000,
  days: 1,
  withholdingRateBp: 1111,
  date: '2026-03-15',
};

function lineAmount(r: PayrollBreakdown, key: string): number | undefined {
  return r.lines.find((l) => l.key === key)?.amount;
}

describe('computeFromInvoice: worked examples', () => {
  it('1,000.00 EUR at BE-PA, employee, 1 day, 11.11 % withholding', () => {
    // By hand, every amount in cents:
    //   fee          = 100000 × 6.5 %              = 6500        (65.00, exact)
    //   budget       = 100000 − 6500 − 0           = 93500       (935.00)
    //   gross        = 93500 ÷ 1.55 = 60322.58…    → 60322       (603.22, rounded down)
    //   employer cost= 60322 × 1.55 = 93499.1      → 93499       (934.99, half-up)
    //   remainder    = 93500 − 93499               = 1           (0.01)
    //   ONSS         = 60322 × 13.07 % = 7884.0854 → 7884        (78.84)
    //   taxable      = 60322 − 7884                = 52438       (524.38)
    //   withholding  = 52438 × 11.11 % = 5825.8618 → 5826        (58.26)
    //   net          = 52438 − 5826                = 46612       (466.12)
    //   minimum for 7.6 h = 211189 × 3 / 65 = 9747.18… → 9748 (97.48, rounded up)
    // Check: 6500 + 0 + 93499 + 1 = 100000.
    const r = computeFromInvoice(base);
    expect(r).toMatchObject({
      feeRateBp: 650,
      feeCents: 6500,
      expensesCents: 0,
      employmentBudgetCents: 93500,
      multiplier: 15500,
      grossCents: 60322,
      employerCostCents: 93499,
      remainderCents: 1,
      employeeContributionRateBp: 1307,
      employeeContributionCents: 7884,
      taxableCents: 52438,
      withholdingCents: 5826,
      netCents: 46612,
      minimumGrossCents: 9748,
      hours: 7.6,
      clientKind: 'natural',
    });
    expect(r.lines.map((l) => l.key)).toEqual([
      'payroll.line.amount_excl_vat',
      'payroll.line.fee',
      'payroll.line.expenses',
      'payroll.line.employment_budget',
      'payroll.line.gross',
      'payroll.line.employer_cost',
      'payroll.line.remainder',
      'payroll.line.minimum_gross',
      'payroll.line.employee_contribution',
      'payroll.line.taxable',
      'payroll.line.withholding',
      'payroll.line.net',
    ]);
    const gross = r.lines.find((l) => l.key === 'payroll.line.gross');
    expect(gross).toMatchObject({
      base: 93500,
      multiplier: 15500,
      amount: 60322,
      rounding: 'down to the cent',
    });
    expect(gross?.source).toContain('003:L1584-1587');
    expect(r.lines.find((l) => l.key === 'payroll.line.fee')).toMatchObject({
      base: 100000,
      rateBp: 650,
      rounding: 'half-up to the cent',
    });
    for (const line of r.lines) expect(line.source.length).toBeGreaterThan(0);
  });

  it('student at BE-PA: solidarity contribution 2.71 %, multiplier 1.09, no withholding', () => {
    // 300.00 EUR, 2 days (15.2 h), withholding 0 % (allowed for students within the quota):
    //   fee 30000 × 6.5 % = 1950; budget 28050; gross 28050 ÷ 1.09 = 25733.94 → 25733
    //   employer cost 25733 × 1.09 = 28048.97 → 28049; remainder 1
    //   solidarity 25733 × 2.71 % = 697.36 → 697; taxable 25036; withholding 0; net 25036
    //   minimum 15.2 h: 211189 × 3 × 1520 / 49400 = 19494.37 → 19495
    const r = computeFromInvoice({
      ...base,
      contractType: 'student',
      amountExclVatCents: 30000,
      days: 2,
      withholdingRateBp: 0,
      date: '2026-07-01',
      studentHoursUsedThisYear: 100,
    });
    expect(r).toMatchObject({
      feeCents: 1950,
      grossCents: 25733,
      employerCostCents: 28049,
      remainderCents: 1,
      employeeContributionRateBp: 271,
      employeeContributionCents: 697,
      taxableCents: 25036,
      withholdingCents: 0,
      netCents: 25036,
      minimumGrossCents: 19495,
    });
    expect(lineAmount(r, 'payroll.line.student_solidarity')).toBe(697);
    expect(lineAmount(r, 'payroll.line.employee_contribution')).toBeUndefined();
  });

  it('interim at BE-PI with expenses kept outside the salary', () => {
    // 500.00 EUR, 1 day, 15 %, expenses 20.00:
    //   fee 3250; budget 50000 − 3250 − 2000 = 44750; gross 44750 ÷ 1.58 = 28322.78 → 28322
    //   employer cost 28322 × 1.58 = 44748.76 → 44749; remainder 1
    //   ONSS 28322 × 13.07 % = 3701.69 → 3702; taxable 24620; withholding 24620 × 15 % = 3693; net 20927
    //   3250 + 2000 + 44749 + 1 = 50000
    const r = computeFromInvoice({
      ...base,
      entity: 'BE-PI',
      contractType: 'interim',
      amountExclVatCents: 50000,
      withholdingRateBp: 1500,
      expensesCents: 2000,
      date: '2026-07-01',
    });
    expect(r).toMatchObject({
      feeCents: 3250,
      expensesCents: 2000,
      employmentBudgetCents: 44750,
      multiplier: 15800,
      grossCents: 28322,
      employerCostCents: 44749,
      remainderCents: 1,
      employeeContributionCents: 3702,
      taxableCents: 24620,
      withholdingCents: 3693,
      netCents: 20927,
    });
  });

  it('trainer at BE-FA with declared hours: the minimum follows the hours', () => {
    // 800.00 EUR, 2 days, 10 h: fee 5200; budget 74800; gross 74800 ÷ 1.55 = 48258.06 → 48258;
    // employer cost 48258 × 1.55 = 74799.9 → 74800; remainder 0; ONSS 6307.32 → 6307; taxable 41951;
    // withholding 41951 × 11.11 % = 4660.76 → 4661; net 37290; minimum 10 h: 633567000 / 49400 → 12826
    const r = computeFromInvoice({
      ...base,
      entity: 'BE-FA',
      contractType: 'trainer',
      amountExclVatCents: 80000,
      days: 2,
      hours: 10,
      date: '2026-07-01',
    });
    expect(r).toMatchObject({
      hours: 10,
      grossCents: 48258,
      employerCostCents: 74800,
      remainderCents: 0,
      employeeContributionCents: 6307,
      withholdingCents: 4661,
      netCents: 37290,
      minimumGrossCents: 12826,
    });
  });

  it('artistic employee at BE-PA: multiplier 1.57', () => {
    // 2,500.00 EUR, 5 days, 22 %: fee 16250; budget 233750; gross 233750 ÷ 1.57 = 148885.35 → 148885;
    // employer cost 233749.45 → 233749; remainder 1; ONSS 19459.27 → 19459; taxable 129426;
    // withholding 28473.72 → 28474; net 100952
    const r = computeFromInvoice({
      ...base,
      contractType: 'artistic_employee',
      amountExclVatCents: 250000,
      days: 5,
      withholdingRateBp: 2200,
      date: '2025-03-01',
    });
    expect(r).toMatchObject({
      multiplier: 15700,
      grossCents: 148885,
      employerCostCents: 233749,
      remainderCents: 1,
      employeeContributionCents: 19459,
      withholdingCents: 28474,
      netCents: 100952,
    });
  });

  it('reproduces a published Belgian gross-to-net example (ONSS 13.07 % of gross)', () => {
    // Published example: superdroit.be, "Le salaire brut et le salaire net : différence et calcul"
    // (http://www.superdroit.be/2015/12/16/le-salaire-brut-et-le-salaire-net-difference-et-calcul/):
    // gross 22.925,94 EUR × 13,07 % = 2.996,42 EUR of social contributions. (The page then writes
    // 19.929,51 for the difference; the exact difference is 19.929,52, which is what we check.)
    // We invoice the amount whose gross is exactly 22,925.94: budget = 2292594 × 1.55 = 3553520.7, so a
    // budget of 3553521 cents; amount 3800557 → fee 247036.2 → 247036, budget 3553521.
    const r = computeFromInvoice({ ...base, amountExclVatCents: 3800557, days: 31, date: '2025-03-01' });
    expect(r.grossCents).toBe(2292594);
    expect(r.employeeContributionCents).toBe(299642);
    expect(r.taxableCents).toBe(1992952);
  });

  it('uses the rules in force on the date of the work (minimum wage before/after 1 February 2025)', () => {
    const jan = computeFromInvoice({ ...base, date: '2025-01-31' });
    const feb = computeFromInvoice({ ...base, date: '2025-02-01' });
    // 207048 × 3 / 65 = 9556.06 → 9557; 211189 × 3 / 65 = 9747.18 → 9748
    expect(jan.minimumGrossCents).toBe(9557);
    expect(feb.minimumGrossCents).toBe(9748);
  });

  it('accepts a custom rule set (another withholding floor)', () => {
    const floor = DEFAULT_PAYROLL_RULES.be.contractToolWithholding[0]!;
    const rules: PayrollRuleSet = {
      ...DEFAULT_PAYROLL_RULES,
      be: {
        ...DEFAULT_PAYROLL_RULES.be,
        contractToolWithholding: [{ ...floor, minRateBp: { ...floor.minRateBp, employee: 2000 } }],
      },
    };
    expectIssue(() => computeFromInvoice(base, rules), 'withholdingRateBp', 'payroll.withholding.min', {
      min: '20.00',
    });
    expect(computeFromInvoice({ ...base, withholdingRateBp: 2000 }, rules).withholdingRateBp).toBe(2000);
  });
});

describe('feeFor', () => {
  it('FR: 8.5 % for natural persons, 6.5 % for legal persons (001:L3865-3866)', () => {
    const d = { entity: 'FR-SMART', amountExclVatCents: 100000, date: '2026-01-10' };
    expect(feeFor(d)).toMatchObject({ feeRateBp: 850, feeCents: 8500 });
    expect(feeFor({ ...d, clientKind: 'legal' })).toMatchObject({ feeRateBp: 650, feeCents: 6500 });
  });

  it('BE: 6.5 % whatever the kind; half-up rounding', () => {
    // 1,234.57 × 6.5 % = 80.24705 → 80.25
    expect(feeFor({ entity: 'BE-COOP', amountExclVatCents: 123457, date: '2026-01-10' }).feeCents).toBe(8025);
    expect(
      feeFor({ entity: 'BE-PA', amountExclVatCents: 123457, date: '2026-01-10', clientKind: 'legal' })
        .feeRateBp,
    ).toBe(650);
  });

  it('an added entity inherits its country fee (SE default 6.5 %, or its own rate in the range)', () => {
    const se = {
      code: 'SE-AB',
      name: 'SmartSe AB',
      country: 'SE',
      contractTypes: [],
      vatExempt: false,
      source: 't',
    } as const;
    const rules: PayrollRuleSet = {
      ...DEFAULT_PAYROLL_RULES,
      entities: { ...DEFAULT_PAYROLL_RULES.entities, 'SE-AB': se },
    };
    expect(feeFor({ entity: 'SE-AB', amountExclVatCents: 100000, date: '2026-01-10' }, rules).feeRateBp).toBe(
      650,
    );
    const own: PayrollRuleSet = {
      ...rules,
      entities: { ...rules.entities, 'SE-AB': { ...se, feeRateBp: 900 } },
    };
    expect(feeFor({ entity: 'SE-AB', amountExclVatCents: 100000, date: '2026-01-10' }, own).feeCents).toBe(
      9000,
    );
    const outside: PayrollRuleSet = {
      ...rules,
      entities: { ...rules.entities, 'SE-AB': { ...se, feeRateBp: 1200 } },
    };
    expect(() =>
      feeFor({ entity: 'SE-AB', amountExclVatCents: 100000, date: '2026-01-10' }, outside),
    ).toThrow(/outside the published range/);
  });
});

describe('computeFromInvoice: errors name the field', () => {
  it('amount: not integer, zero, absurd', () => {
    expectIssue(
      () => computeFromInvoice({ ...base, amountExclVatCents: 100.5 }),
      'amountExclVatCents',
      'payroll.amount.not_integer',
    );
    expectIssue(
      () => computeFromInvoice({ ...base, amountExclVatCents: 0 }),
      'amountExclVatCents',
      'payroll.amount.min',
    );
    expectIssue(
      () => computeFromInvoice({ ...base, amountExclVatCents: -5 }),
      'amountExclVatCents',
      'payroll.amount.min',
    );
    expectIssue(
      () => computeFromInvoice({ ...base, amountExclVatCents: 100_000_001 }),
      'amountExclVatCents',
      'payroll.amount.max',
      { max: '1000000.00' },
    );
    expect(
      computeFromInvoice({ ...base, amountExclVatCents: 100_000_000, days: 31 }).amountExclVatCents,
    ).toBe(100_000_000);
  });

  it('days: below 1, above 31, not whole', () => {
    expectIssue(() => computeFromInvoice({ ...base, days: 0 }), 'days', 'payroll.days.min', { min: 1 });
    expectIssue(() => computeFromInvoice({ ...base, days: 32 }), 'days', 'payroll.days.max', { max: 31 });
    expectIssue(() => computeFromInvoice({ ...base, days: 1.5 }), 'days', 'payroll.days.not_integer');
  });

  it('hours: more than two decimals, zero, more than 24 a day', () => {
    expectIssue(() => computeFromInvoice({ ...base, hours: 7.555 }), 'hours', 'payroll.hours.invalid');
    expectIssue(() => computeFromInvoice({ ...base, hours: 0 }), 'hours', 'payroll.hours.invalid');
    expectIssue(() => computeFromInvoice({ ...base, hours: 24.01 }), 'hours', 'payroll.hours.max', {
      max: 24,
    });
  });

  it('withholding: under the minimum, over 100 %, not whole basis points', () => {
    expectIssue(
      () => computeFromInvoice({ ...base, withholdingRateBp: 1110 }),
      'withholdingRateBp',
      'payroll.withholding.min',
      {
        min: '11.11',
      },
    );
    expectIssue(
      () => computeFromInvoice({ ...base, withholdingRateBp: 10001 }),
      'withholdingRateBp',
      'payroll.withholding.max',
      {
        max: '100.00',
      },
    );
    expectIssue(
      () => computeFromInvoice({ ...base, withholdingRateBp: 11.11 }),
      'withholdingRateBp',
      'payroll.withholding.not_integer',
    );
    expect(computeFromInvoice({ ...base, withholdingRateBp: 10000 }).netCents).toBe(0);
  });

  it('contract type not allowed for the entity, unknown type, unknown entity, unsupported country', () => {
    expectIssue(
      () => computeFromInvoice({ ...base, contractType: 'trainer' }),
      'contractType',
      'payroll.contract_type.not_allowed',
      {
        entity: 'BE-PA',
        contractType: 'trainer',
      },
    );
    expectIssue(
      () => computeFromInvoice({ ...base, contractType: 'interim' }),
      'contractType',
      'payroll.contract_type.not_allowed',
    );
    expectIssue(
      () => computeFromInvoice({ ...base, entity: 'BE-PI', contractType: 'employee' }),
      'contractType',
      'payroll.contract_type.not_allowed',
    );
    expectIssue(
      () => computeFromInvoice({ ...base, entity: 'BE-COOP' }),
      'contractType',
      'payroll.contract_type.not_allowed',
    );
    expectIssue(
      () => computeFromInvoice({ ...base, contractType: 'freelance' as never }),
      'contractType',
      'payroll.contract_type.unknown',
    );
    expectIssue(() => computeFromInvoice({ ...base, entity: 'XX' }), 'entity', 'payroll.entity.unknown', {
      entity: 'XX',
    });
    expectIssue(
      () => computeFromInvoice({ ...base, entity: 'FR-SMART' }),
      'entity',
      'payroll.entity.unsupported_country',
      {
        country: 'FR',
      },
    );
  });

  it('expenses: not whole, negative, more than the amount less the fee', () => {
    expectIssue(
      () => computeFromInvoice({ ...base, expensesCents: 1.5 }),
      'expensesCents',
      'payroll.expenses.not_integer',
    );
    expectIssue(
      () => computeFromInvoice({ ...base, expensesCents: -1 }),
      'expensesCents',
      'payroll.expenses.min',
    );
    expectIssue(
      () => computeFromInvoice({ ...base, expensesCents: 93501 }),
      'expensesCents',
      'payroll.expenses.max',
      {
        max: '935.00',
      },
    );
  });

  it('date: invalid, or no rule in force', () => {
    expectIssue(() => computeFromInvoice({ ...base, date: '2026-02-30' }), 'date', 'payroll.date.invalid');
    expectIssue(() => computeFromInvoice({ ...base, date: '15/03/2026' }), 'date', 'payroll.date.invalid');
    expectIssue(() => computeFromInvoice({ ...base, date: '2019-06-01' }), 'date', 'payroll.date.no_rule', {
      rule: 'contract_type',
    });
    expectIssue(() => computeFromInvoice({ ...base, date: '2024-01-15' }), 'date', 'payroll.date.no_rule', {
      rule: 'minimum_wage',
    });
  });

  it('client kind must be natural or legal', () => {
    expectIssue(
      () => computeFromInvoice({ ...base, clientKind: 'company' as never }),
      'clientKind',
      'payroll.client_kind.unknown',
    );
  });

  it('gross under the legal minimum for the days declared', () => {
    // 100.00 EUR for 31 days: gross 60.32, minimum 31 × 7.6 h = 235.6 h → 211189 × 3 × 23560 / 49400 → 302163
    expectIssue(
      () => computeFromInvoice({ ...base, amountExclVatCents: 10000, days: 31 }),
      'amountExclVatCents',
      'payroll.gross.below_minimum',
      { minimum: '3021.63', minimumCents: 302163, gross: '60.32', days: 31, hours: '235.6' },
    );
  });

  it('student hours over the remaining quota (650 h from 2025)', () => {
    const student = {
      ...base,
      contractType: 'student' as const,
      withholdingRateBp: 0,
      date: '2026-07-01',
      days: 2,
    };
    expectIssue(
      () => computeFromInvoice({ ...student, studentHoursUsedThisYear: 640 }),
      'studentHoursUsedThisYear',
      'payroll.student.quota_exceeded',
      { quota: 650, remaining: '10', hours: '15.2' },
    );
    expect(
      computeFromInvoice({ ...student, studentHoursUsedThisYear: 634.8 }).employeeContributionRateBp,
    ).toBe(271);
    // 2024: quota 600 h.
    expectIssue(
      () => computeFromInvoice({ ...student, date: '2024-07-01', studentHoursUsedThisYear: 590 }),
      'studentHoursUsedThisYear',
      'payroll.student.quota_exceeded',
      { quota: 600 },
    );
    expectIssue(
      () => computeFromInvoice({ ...student, studentHoursUsedThisYear: -1 }),
      'studentHoursUsedThisYear',
      'payroll.student.hours_used.invalid',
    );
  });

  it('reports every shape problem at once', () => {
    let caught: unknown;
    try {
      computeFromInvoice({ ...base, amountExclVatCents: 0, days: 1.5, date: 'x', withholdingRateBp: 0.5 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const fields = (caught as DomainError).issues.map((i) => i.field).sort();
    expect(fields).toEqual(['amountExclVatCents', 'date', 'days', 'withholdingRateBp']);
    expect((caught as DomainError).status).toBe(422);
  });
});
