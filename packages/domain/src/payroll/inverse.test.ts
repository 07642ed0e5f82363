import { describe, expect, it } from 'vitest';
import { computeFromInvoice } from './engine.ts';
import { computeForNet } from './inverse.ts';
import { expectIssue } from './test-helpers.ts';
import type { NetInput } from './types.ts';

const base: NetInput = {
  entity: 'BE-PA',
  contractType: 'employee',
  wishedNetCents: 46612,
  days: 1,
  withholdingRateBp: 1111,
  date: '2026-03-15',
};

describe('computeForNet', () => {
  it('finds back the 1,000.00 EUR invoice of the worked example (net 466.12)', () => {
    const r = computeForNet(base);
    expect(r.amountExclVatCents).toBe(100000);
    expect(r.breakdown.netCents).toBe(46612);
    // 999.99 EUR gives one cent less.
    expect(computeFromInvoice({ ...base, amountExclVatCents: 99999 }).netCents).toBe(46611);
  });

  it('wished net of 500.00 EUR for a student (no withholding, 2.71 %)', () => {
    const r = computeForNet({
      ...base,
      contractType: 'student',
      withholdingRateBp: 0,
      wishedNetCents: 50000,
      days: 2,
    });
    expect(r.breakdown.netCents).toBe(50000);
    expect(
      computeFromInvoice({
        ...base,
        contractType: 'student',
        withholdingRateBp: 0,
        days: 2,
        amountExclVatCents: r.amountExclVatCents - 1,
      }).netCents,
    ).toBe(49999);
  });

  it('keeps the expenses outside the salary', () => {
    const r = computeForNet({ ...base, expensesCents: 12345 });
    expect(r.breakdown.netCents).toBe(46612);
    expect(r.breakdown.expensesCents).toBe(12345);
    // Fee is taken on the whole amount, expenses included: the amount grows by more than 123.45.
    expect(r.amountExclVatCents).toBeGreaterThan(100000 + 12345);
  });

  it('unreachable net: more than 1,000,000.00 EUR could pay, or withholding 100 %', () => {
    expectIssue(
      () => computeForNet({ ...base, days: 31, wishedNetCents: 60_000_000 }),
      'wishedNetCents',
      'payroll.net.unreachable',
    );
    expectIssue(
      () => computeForNet({ ...base, withholdingRateBp: 10000, wishedNetCents: 1 }),
      'wishedNetCents',
      'payroll.net.unreachable',
      {
        maximum: '0.00',
      },
    );
  });

  it('a net too small for the days declared is under the legal minimum', () => {
    expectIssue(
      () => computeForNet({ ...base, days: 31, wishedNetCents: 10000 }),
      'wishedNetCents',
      'payroll.gross.below_minimum',
    );
  });

  it('validates the wished net and the other fields', () => {
    expectIssue(() => computeForNet({ ...base, wishedNetCents: 0 }), 'wishedNetCents', 'payroll.net.min');
    expectIssue(
      () => computeForNet({ ...base, wishedNetCents: 12.5 }),
      'wishedNetCents',
      'payroll.net.not_integer',
    );
    expectIssue(() => computeForNet({ ...base, days: 40 }), 'days', 'payroll.days.max');
    expectIssue(
      () => computeForNet({ ...base, withholdingRateBp: 500 }),
      'withholdingRateBp',
      'payroll.withholding.min',
    );
  });
});
