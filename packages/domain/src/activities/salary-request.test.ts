import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainErrorOf, issueKeys, issuesOf } from '../contracts/test-helpers.ts';
import { budgetView } from './budget.ts';
import { openerParticipant } from './activity.ts';
import { salaryApprovalRoute, validateSalaryRequest, type SalaryRequestInput } from './salary-request.ts';

const context = { today: '2026-03-10', entity: { id: 'BE-PA', country: 'BE' } };
const work: SalaryRequestInput = {
  jobCode: 'sound_technician',
  description: 'Sound for the Activity’s concert',
  countryOfWork: 'BE',
  risks: ['stage_events', 'noise'],
  days: [
    { date: '2026-03-12', hours: 7.6 },
    { date: '2026-03-13', hours: 7.6 },
  ],
  contractType: 'employee',
  withholdingRateBp: 1111,
};

describe('validateSalaryRequest', () => {
  it('costs a gross salary at gross × 1.55, without a fee', () => {
    const r = validateSalaryRequest({ ...work, grossCents: 40_000 }, context);
    expect([r.mode, r.grossCents, r.employerCostCents, r.multiplier]).toEqual([
      'gross',
      40_000,
      62_000,
      15_500,
    ]);
    expect(r.breakdown.feeCents).toBe(0);
    expect(r.netCents).toBe(
      r.grossCents - r.breakdown.employeeContributionCents - r.breakdown.withholdingCents,
    );
    expect(r.lines.map((l) => l.key)).not.toContain('payroll.line.fee');
    expect(r.lines[0]?.key).toBe('payroll.line.gross');
    expect(r.work).toMatchObject({
      dayCount: 2,
      firstDay: '2026-03-12',
      dimonaType: 'OTH',
      jobFamily: 'image_sound_stage',
    });
    expect(r.work).not.toHaveProperty('amountExclVatCents');
  });

  it('keeps a gross whose cost is not a whole cent exactly (employment budget rounded up)', () => {
    // 333.33 × 1.55 = 516.6615 → employer cost 516.66
    const r = validateSalaryRequest({ ...work, grossCents: 33_333 }, context);
    expect([r.grossCents, r.employerCostCents]).toEqual([33_333, 51_666]);
  });

  it('finds the gross for a wished net', () => {
    const r = validateSalaryRequest({ ...work, wishedNetCents: 25_000 }, context);
    expect(r.mode).toBe('net');
    expect(r.netCents).toBe(25_000);
    expect(r.employerCostCents).toBe(Math.round((r.grossCents * 15_500) / 10_000));
  });

  it('is refused when the budget cannot cover it, with the missing amount', () => {
    const budget = budgetView({
      invoicedExclVatCents: 60_000,
      feeCents: 3_900,
      receivedCents: 56_100,
      otherInCents: 0,
      spentCents: 6_100,
      committed: { salariesCents: 0, expensesCents: 0, purchasesCents: 0, loanInstalmentsCents: 0 },
    });
    const error = domainErrorOf(() =>
      validateSalaryRequest({ ...work, grossCents: 40_000 }, { ...context, budget }),
    );
    expect([error.status, error.code, error.params.missing]).toEqual([
      409,
      'activity.budget.insufficient',
      '120.00',
    ]);
    expect(
      validateSalaryRequest({ ...work, grossCents: 32_258 }, { ...context, budget }).employerCostCents,
    ).toBe(50_000);
  });

  it('checks the days by the Contract tool’s rules and the amount choice, all at once', () => {
    const issues = issuesOf(() =>
      validateSalaryRequest(
        {
          ...work,
          days: [
            { date: '2026-03-09', hours: 2 },
            { date: '2026-03-09', hours: 7.6 },
          ],
          grossCents: 40_000,
          wishedNetCents: 25_000,
        },
        { ...context, existingContracts: [{ reference: 'C-2026-000123', dates: ['2026-03-12'] }] },
      ),
    );
    expect(issueKeys(issues)).toEqual([
      'days.0.hours:contract.day.hours_min',
      'days.1.date:contract.days.duplicate',
      'days:contract.first_day.past',
      'grossCents:activity.salary.amount_choice',
    ]);
    const overlap = issuesOf(() =>
      validateSalaryRequest(
        { ...work, grossCents: 40_000 },
        { ...context, existingContracts: [{ reference: 'C-2026-000123', dates: ['2026-03-12'] }] },
      ),
    );
    expect(issueKeys(overlap)).toEqual(['days:contract.days.overlap']);
  });

  it('refuses a salary under the legal minimum on the field given', () => {
    const error = domainErrorOf(() => validateSalaryRequest({ ...work, grossCents: 5_000 }, context));
    expect(error.issues[0]).toMatchObject({ field: 'grossCents', code: 'payroll.gross.below_minimum' });
    expect(
      domainErrorOf(() => validateSalaryRequest({ ...work, wishedNetCents: 100 }, context)).issues[0]?.field,
    ).toBe('wishedNetCents');
  });

  it('routes the request on its cost to the budget', () => {
    const r = validateSalaryRequest({ ...work, grossCents: 70_000 }, context);
    const participants = [
      openerParticipant('p-1'),
      { personId: 'p-2', administrator: false, rights: ['request_salary' as const] },
    ];
    // 700.00 × 1.55 = 1,085.00 > 1,000.00: staff approve after the administrator.
    expect(salaryApprovalRoute(r, 'p-2', participants)).toEqual(['activity', 'staff']);
    expect(salaryApprovalRoute(r, 'p-1', participants)).toEqual(['staff']);
  });

  it('property: the gross asked is the gross paid, at a cost of gross × multiplier half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40_000, max: 5_000_000 }), (gross) => {
        const r = validateSalaryRequest({ ...work, grossCents: gross }, context);
        expect(r.grossCents).toBe(gross);
        expect(r.employerCostCents).toBe(Number((BigInt(gross) * 15_500n + 5_000n) / 10_000n));
      }),
      { numRuns: 60 },
    );
  });
});
