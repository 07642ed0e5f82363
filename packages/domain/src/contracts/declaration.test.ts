import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFromInvoice } from '../payroll/engine.ts';
import { addDays } from './dates.ts';
import { payrollInputFor, validateDeclaration, type DeclarationInput } from './declaration.ts';
import { issueKeys, issuesOf } from './test-helpers.ts';

const today = '2026-03-02';
const context = { today, entity: { id: 'BE-PA', country: 'BE' } };

function input(over: Partial<Record<keyof DeclarationInput, unknown>> = {}): DeclarationInput {
  return {
    jobCode: 'sound_technician',
    description: '  Sonorisation du concert de printemps  ',
    countryOfWork: 'BE',
    risks: ['stage_events', 'noise'],
    days: [
      { date: '2026-03-05', hours: 8 },
      { date: '2026-03-04', hours: 7.5 },
    ],
    contractType: 'employee',
    amountExclVatCents: 60000,
    vatTreatment: 'standard_21',
    withholdingRateBp: 1111,
    expensesCents: 0,
    ...over,
  } as DeclarationInput;
}

const frPosting = {
  hostName: 'Théâtre municipal',
  street: '1 place de la Comédie',
  postalCode: '69001',
  city: 'Lyon',
  startDate: '2026-03-04',
  endDate: '2026-03-05',
};

describe('validateDeclaration: a valid declaration', () => {
  it('is normalized: days sorted, totals, family, Dimona type, no posting at home', () => {
    const d = validateDeclaration(input(), context);
    expect(d).toMatchObject({
      jobCode: 'sound_technician',
      jobFamily: 'image_sound_stage',
      description: 'Sonorisation du concert de printemps',
      countryOfWork: 'BE',
      risks: ['stage_events', 'noise'],
      days: [
        { date: '2026-03-04', centiHours: 750 },
        { date: '2026-03-05', centiHours: 800 },
      ],
      dates: ['2026-03-04', '2026-03-05'],
      firstDay: '2026-03-04',
      lastDay: '2026-03-05',
      dayCount: 2,
      totalCentiHours: 1550,
      centiHoursByYear: { '2026': 1550 },
      contractType: 'employee',
      amountExclVatCents: 60000,
      vatTreatment: 'standard_21',
      withholdingRateBp: 1111,
      expensesCents: 0,
      posted: false,
      posting: null,
      dimonaType: 'OTH',
    });
  });

  it('accepts today as first day (the declaration precedes the work) and lower-case countries', () => {
    const d = validateDeclaration(input({ days: [{ date: today, hours: 3 }], countryOfWork: 'be' }), context);
    expect(d.firstDay).toBe(today);
    expect(d.countryOfWork).toBe('BE');
  });

  it('drops a risk given twice', () => {
    expect(validateDeclaration(input({ risks: ['noise', 'noise'] }), context).risks).toEqual(['noise']);
  });

  it('gives the payroll engine days = day count and hours = total hours, dated on the first day', () => {
    const d = validateDeclaration(input(), context);
    const payroll = payrollInputFor(d, 'BE-PA');
    expect(payroll).toEqual({
      entity: 'BE-PA',
      contractType: 'employee',
      amountExclVatCents: 60000,
      days: 2,
      hours: 15.5,
      withholdingRateBp: 1111,
      expensesCents: 0,
      date: '2026-03-04',
    });
    expect(computeFromInvoice(payroll).hours).toBe(15.5);
  });

  it('leaves pay under the legal minimum for the days declared to the payroll engine', () => {
    const d = validateDeclaration(input({ amountExclVatCents: 20000 }), context);
    const error = issuesOf(() => computeFromInvoice(payrollInputFor(d, 'BE-PA')));
    expect(issueKeys(error)).toEqual(['amountExclVatCents:payroll.gross.below_minimum']);
  });
});

describe('validateDeclaration: days', () => {
  it('refuses a first day already past, naming it and today', () => {
    const issues = issuesOf(() =>
      validateDeclaration(input({ days: [{ date: '2026-03-01', hours: 8 }] }), context),
    );
    expect(issues).toEqual([
      { field: 'days', code: 'contract.first_day.past', params: { firstDay: '2026-03-01', today } },
    ]);
  });

  it('allows one calendar month at most (last day ≤ first day + 1 month − 1 day)', () => {
    const at = (first: string, last: string) =>
      validateDeclaration(
        input({
          days: [
            { date: first, hours: 8 },
            { date: last, hours: 8 },
          ],
        }),
        { ...context, today: '2026-01-01' },
      );
    expect(at('2026-01-01', '2026-01-31').dayCount).toBe(2);
    expect(at('2026-01-15', '2026-02-14').dayCount).toBe(2);
    expect(at('2026-01-31', '2026-02-28').dayCount).toBe(2);
    expect(issuesOf(() => at('2026-01-15', '2026-02-15'))).toEqual([
      {
        field: 'days',
        code: 'contract.days.span',
        params: { firstDay: '2026-01-15', maxLastDay: '2026-02-14' },
      },
    ]);
    expect(issuesOf(() => at('2026-01-31', '2026-03-01'))[0]?.params).toEqual({
      firstDay: '2026-01-31',
      maxLastDay: '2026-02-28',
    });
  });

  it('needs 1 to 31 days, each date once', () => {
    expect(issueKeys(issuesOf(() => validateDeclaration(input({ days: [] }), context)))).toEqual([
      'days:payroll.days.min',
    ]);
    expect(issueKeys(issuesOf(() => validateDeclaration(input({ days: undefined }), context)))).toEqual([
      'days:field.required',
    ]);
    const duplicate = issuesOf(() =>
      validateDeclaration(
        input({
          days: [
            { date: '2026-03-04', hours: 8 },
            { date: '2026-03-04', hours: 4 },
          ],
        }),
        context,
      ),
    );
    expect(duplicate).toEqual([
      { field: 'days.1.date', code: 'contract.days.duplicate', params: { date: '2026-03-04' } },
    ]);
    const thirtyTwo = Array.from({ length: 32 }, (_, i) => ({ date: addDays('2026-03-02', i), hours: 4 }));
    expect(issueKeys(issuesOf(() => validateDeclaration(input({ days: thirtyTwo }), context)))).toEqual([
      'days:contract.days.span',
      'days:payroll.days.max',
    ]);
  });

  it('takes 3 to 11 hours a day with at most two decimals', () => {
    const day = (hours: unknown) => input({ days: [{ date: '2026-03-04', hours }] });
    expect(validateDeclaration(day(3), context).totalCentiHours).toBe(300);
    expect(validateDeclaration(day(11), context).totalCentiHours).toBe(1100);
    expect(validateDeclaration(day(7.6), context).totalCentiHours).toBe(760);
    expect(issuesOf(() => validateDeclaration(day(2.99), context))).toEqual([
      { field: 'days.0.hours', code: 'contract.day.hours_min', params: { min: '3' } },
    ]);
    expect(issuesOf(() => validateDeclaration(day(11.01), context))).toEqual([
      { field: 'days.0.hours', code: 'contract.day.hours_max', params: { max: '11' } },
    ]);
    for (const bad of [7.555, -1, 0, Number.NaN, '8', null]) {
      expect(issueKeys(issuesOf(() => validateDeclaration(day(bad), context)))).toEqual([
        'days.0.hours:contract.day.hours_invalid',
      ]);
    }
  });

  it('refuses an impossible date', () => {
    const issues = issuesOf(() =>
      validateDeclaration(input({ days: [{ date: '2026-02-30', hours: 8 }] }), context),
    );
    expect(issueKeys(issues)).toEqual(['days.0.date:field.invalid_date']);
  });

  it('refuses days the worker already works under another contract', () => {
    const issues = issuesOf(() =>
      validateDeclaration(input(), {
        ...context,
        existingContracts: [
          { reference: 'C-2026-000041', dates: ['2026-03-05', '2026-03-06'] },
          { reference: 'C-2026-000007', dates: ['2026-02-27'] },
        ],
      }),
    );
    expect(issues).toEqual([
      {
        field: 'days',
        code: 'contract.days.overlap',
        params: { dates: '2026-03-05', reference: 'C-2026-000041' },
      },
    ]);
  });

  it('property: any set of 1 to 31 distinct days within a month from today is accepted and summed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 31 }),
        fc.array(fc.integer({ min: 300, max: 1100 }), { minLength: 31, maxLength: 31 }),
        (offsets, centi) => {
          const days = offsets.map((o, i) => ({ date: addDays('2026-03-01', o), hours: centi[i]! / 100 }));
          const d = validateDeclaration(input({ days }), { ...context, today: '2026-03-01' });
          expect(d.dayCount).toBe(offsets.length);
          expect(d.dates).toEqual([...d.dates].sort());
          expect(d.totalCentiHours).toBe(offsets.reduce((sum, _, i) => sum + centi[i]!, 0));
          expect(d.firstDay <= d.lastDay).toBe(true);
        },
      ),
    );
  });
});

describe('validateDeclaration: job, description, risks, country', () => {
  it('names the problem of each field', () => {
    expect(
      issuesOf(() =>
        validateDeclaration(
          input({ jobCode: 'astronaut', description: 'ab', risks: ['noise', 'lions'] }),
          context,
        ),
      ),
    ).toEqual([
      { field: 'jobCode', code: 'contract.job.unknown', params: { job: 'astronaut' } },
      { field: 'description', code: 'field.too_short', params: { min: 3 } },
      { field: 'risks.1', code: 'contract.risk.unknown', params: { risk: 'lions' } },
    ]);
    expect(issueKeys(issuesOf(() => validateDeclaration(input({ description: '   ' }), context)))).toEqual([
      'description:field.required',
    ]);
    expect(
      issuesOf(() => validateDeclaration(input({ description: 'x'.repeat(501) }), context))[0]?.params,
    ).toEqual({ max: 500 });
    expect(validateDeclaration(input({ description: 'x'.repeat(500) }), context).description).toHaveLength(
      500,
    );
  });

  it('needs at least one risk', () => {
    for (const risks of [[], undefined, 'noise']) {
      expect(issueKeys(issuesOf(() => validateDeclaration(input({ risks }), context)))).toEqual([
        'risks:contract.risks.required',
      ]);
    }
  });

  it('needs an ISO country code', () => {
    expect(issuesOf(() => validateDeclaration(input({ countryOfWork: 'XX' }), context))).toEqual([
      { field: 'countryOfWork', code: 'contract.country.invalid', params: { country: 'XX' } },
    ]);
  });
});

describe('validateDeclaration: working abroad (A1 posting form)', () => {
  it('requires the posting form when the country of work is not the entity’s', () => {
    expect(issuesOf(() => validateDeclaration(input({ countryOfWork: 'FR' }), context))).toEqual([
      { field: 'posting', code: 'contract.posting.required', params: { country: 'FR' } },
    ]);
  });

  it('keeps a complete posting form, with the postal code checked for the country of work', () => {
    const d = validateDeclaration(
      input({ countryOfWork: 'FR', posting: { ...frPosting, hostName: ' Théâtre municipal ' } }),
      context,
    );
    expect(d.posted).toBe(true);
    expect(d.posting).toEqual({ ...frPosting, country: 'FR' });
  });

  it('refuses a posting form at home, and a bad one abroad, field by field', () => {
    expect(issueKeys(issuesOf(() => validateDeclaration(input({ posting: frPosting }), context)))).toEqual([
      'posting:contract.posting.not_needed',
    ]);
    const issues = issuesOf(() =>
      validateDeclaration(
        input({
          countryOfWork: 'FR',
          posting: { ...frPosting, hostName: '', postalCode: '1000', startDate: '2026-03-03' },
        }),
        context,
      ),
    );
    expect(issueKeys(issues)).toEqual([
      'posting.hostName:field.required',
      'posting.postalCode:postal_code.format',
      'posting.startDate:contract.posting.dates_outside',
    ]);
    expect(issues.find((i) => i.code === 'contract.posting.dates_outside')?.params).toEqual({
      firstDay: '2026-03-04',
      lastDay: '2026-03-05',
    });
    const reversed = { ...frPosting, startDate: '2026-03-05', endDate: '2026-03-04' };
    expect(
      issueKeys(
        issuesOf(() => validateDeclaration(input({ countryOfWork: 'FR', posting: reversed }), context)),
      ),
    ).toEqual(['posting.endDate:contract.posting.dates_order']);
  });
});

describe('validateDeclaration: contract type, money, withholding, VAT', () => {
  it('checks the contract type against the entity and the job', () => {
    expect(issuesOf(() => validateDeclaration(input({ contractType: 'interim' }), context))).toEqual([
      {
        field: 'contractType',
        code: 'payroll.contract_type.not_allowed',
        params: { entity: 'BE-PA', contractType: 'interim' },
      },
    ]);
    expect(issueKeys(issuesOf(() => validateDeclaration(input({ contractType: 'boss' }), context)))).toEqual([
      'contractType:payroll.contract_type.unknown',
    ]);
    expect(
      issuesOf(() => validateDeclaration(input({ contractType: 'artistic_employee' }), context)),
    ).toEqual([
      {
        field: 'contractType',
        code: 'contract.contract_type.not_artistic',
        params: { job: 'sound_technician' },
      },
    ]);
    const musician = validateDeclaration(
      input({ jobCode: 'musician', contractType: 'artistic_employee' }),
      context,
    );
    expect(musician.contractType).toBe('artistic_employee');
    const trainer = validateDeclaration(
      input({ jobCode: 'trainer', contractType: 'trainer', vatTreatment: 'exempt_trainer' }),
      {
        ...context,
        entity: { id: 'BE-FA', country: 'BE' },
      },
    );
    expect(trainer.dimonaType).toBe('OTH');
  });

  it('refuses a zero price with its own code, and malformed money', () => {
    expect(issuesOf(() => validateDeclaration(input({ amountExclVatCents: 0 }), context))).toEqual([
      { field: 'amountExclVatCents', code: 'contract.amount.zero' },
    ]);
    expect(
      issueKeys(issuesOf(() => validateDeclaration(input({ amountExclVatCents: -5 }), context))),
    ).toEqual(['amountExclVatCents:payroll.amount.min']);
    expect(
      issueKeys(
        issuesOf(() => validateDeclaration(input({ amountExclVatCents: 10.5, expensesCents: -1 }), context)),
      ),
    ).toEqual(['amountExclVatCents:payroll.amount.not_integer', 'expensesCents:payroll.expenses.min']);
    expect(validateDeclaration(input({ expensesCents: undefined }), context).expensesCents).toBe(0);
  });

  it('checks the withholding rate against the floor of the contract type', () => {
    expect(issuesOf(() => validateDeclaration(input({ withholdingRateBp: 1000 }), context))).toEqual([
      { field: 'withholdingRateBp', code: 'payroll.withholding.min', params: { min: '11.11' } },
    ]);
    expect(
      issueKeys(issuesOf(() => validateDeclaration(input({ withholdingRateBp: 10001 }), context))),
    ).toEqual(['withholdingRateBp:payroll.withholding.max']);
    expect(
      issueKeys(issuesOf(() => validateDeclaration(input({ withholdingRateBp: 11.5 }), context))),
    ).toEqual(['withholdingRateBp:payroll.withholding.not_integer']);
    const student = validateDeclaration(input({ contractType: 'student', withholdingRateBp: 0 }), context);
    expect(student.dimonaType).toBe('STU');
  });

  it('checks the VAT treatment, and its fit with the client when the context gives it', () => {
    expect(issuesOf(() => validateDeclaration(input({ vatTreatment: 'vat_20' }), context))).toEqual([
      { field: 'vatTreatment', code: 'contract.vat.unknown', params: { treatment: 'vat_20' } },
    ]);
    const withClient = {
      ...context,
      entity: { ...context.entity, vatRegistered: true },
      client: { kind: 'company' as const, country: 'DE', vatNumber: 'DE123456788' },
    };
    expect(issuesOf(() => validateDeclaration(input(), withClient))).toEqual([
      { field: 'vatTreatment', code: 'contract.vat.reverse_charge_required', params: { country: 'DE' } },
    ]);
    expect(validateDeclaration(input({ vatTreatment: 'reverse_charge_eu' }), withClient).vatTreatment).toBe(
      'reverse_charge_eu',
    );
  });
});

describe('validateDeclaration: student quota', () => {
  const student = (days: { date: string; hours: number }[]) =>
    input({ contractType: 'student', withholdingRateBp: 0, days });

  it('refuses hours over the annual quota, with what is left', () => {
    const issues = issuesOf(() =>
      validateDeclaration(student([{ date: '2026-03-04', hours: 8 }]), {
        ...context,
        studentUsedCentiHoursByYear: { '2026': 64500 },
      }),
    );
    expect(issues).toEqual([
      {
        field: 'days',
        code: 'contract.student.quota_exceeded',
        params: { quota: 650, used: '645', requested: '8', remaining: '5', year: '2026' },
      },
    ]);
    const fits = validateDeclaration(student([{ date: '2026-03-04', hours: 5 }]), {
      ...context,
      studentUsedCentiHoursByYear: { '2026': 64500 },
    });
    expect(fits.totalCentiHours).toBe(500);
  });

  it('counts each calendar year apart for a contract over New Year', () => {
    const days = [
      { date: '2026-12-31', hours: 8 },
      { date: '2027-01-04', hours: 8 },
    ];
    const ctx = { ...context, today: '2026-12-28' };
    const refused = issuesOf(() =>
      validateDeclaration(student(days), { ...ctx, studentUsedCentiHoursByYear: { '2027': 64500 } }),
    );
    expect(refused.map((i) => i.params?.year)).toEqual(['2027']);
    const accepted = validateDeclaration(student(days), {
      ...ctx,
      studentUsedCentiHoursByYear: { '2026': 64200 },
    });
    expect(accepted.centiHoursByYear).toEqual({ '2026': 800, '2027': 800 });
  });
});

describe('validateDeclaration: all problems at once', () => {
  it('reports every wrong field in one error, and survives garbage', () => {
    const issues = issuesOf(() =>
      validateDeclaration(
        input({
          jobCode: 42,
          amountExclVatCents: 0,
          days: [{ date: '2026-02-27', hours: 2 }],
          vatTreatment: undefined,
        }),
        context,
      ),
    );
    expect(issueKeys(issues)).toEqual([
      'amountExclVatCents:contract.amount.zero',
      'days.0.hours:contract.day.hours_min',
      'days:contract.first_day.past',
      'jobCode:contract.job.unknown',
      'vatTreatment:contract.vat.unknown',
    ]);
    const garbage = issuesOf(() => validateDeclaration(null as unknown as DeclarationInput, context));
    expect(garbage.length).toBeGreaterThan(5);
  });

  it('rejects an invalid "today" as a programming error', () => {
    expect(() => validateDeclaration(input(), { ...context, today: '02/03/2026' })).toThrow(RangeError);
  });
});
