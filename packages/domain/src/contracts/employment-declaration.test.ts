import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BE_CONTRACT_TYPES } from '../rules/be/contract-types.ts';
import {
  declarationTypeFor,
  employmentDeclarationFor,
  isDeclarationReference,
  makeDeclarationReference,
} from './employment-declaration.ts';
import { issuesOf } from './test-helpers.ts';

describe('declarationTypeFor', () => {
  it('declares students as STU and every other contract as an ordinary worker (OTH)', () => {
    expect(Object.fromEntries(BE_CONTRACT_TYPES.map((t) => [t, declarationTypeFor(t)]))).toEqual({
      employee: 'OTH',
      artistic_employee: 'OTH',
      student: 'STU',
      interim: 'OTH',
      trainer: 'OTH',
    });
    expect(issuesOf(() => declarationTypeFor('boss' as never))[0]?.code).toBe(
      'payroll.contract_type.unknown',
    );
  });
});

describe('employmentDeclarationFor', () => {
  const days = [
    { date: '2026-04-02', centiHours: 400 },
    { date: '2026-03-30', centiHours: 800 },
    { date: '2026-03-31', centiHours: 760 },
  ];

  it('gives one period for an ordinary contract', () => {
    expect(employmentDeclarationFor({ contractType: 'employee', days })).toEqual({
      workerType: 'OTH',
      periods: [{ startDate: '2026-03-30', endDate: '2026-04-02', plannedCentiHours: null }],
      userEnterpriseNumber: null,
    });
  });

  it('splits a student contract per calendar quarter with its planned hours', () => {
    expect(employmentDeclarationFor({ contractType: 'student', days }).periods).toEqual([
      { startDate: '2026-03-30', endDate: '2026-03-31', plannedCentiHours: 1560 },
      { startDate: '2026-04-02', endDate: '2026-04-02', plannedCentiHours: 400 },
    ]);
  });

  it('identifies the user undertaking of an interim contract', () => {
    expect(
      employmentDeclarationFor({ contractType: 'interim', days, userEnterpriseNumber: '0403170701' })
        .userEnterpriseNumber,
    ).toBe('0403170701');
    expect(issuesOf(() => employmentDeclarationFor({ contractType: 'interim', days }))[0]?.code).toBe(
      'contract.dimona.user_required',
    );
    expect(issuesOf(() => employmentDeclarationFor({ contractType: 'employee', days: [] }))[0]?.code).toBe(
      'payroll.days.min',
    );
  });
});

describe('makeDeclarationReference', () => {
  it('is 12 digits: year, sequence, Luhn check digit', () => {
    expect(makeDeclarationReference(1, '2026-03-02')).toBe('260000000018');
    expect(isDeclarationReference('260000000018')).toBe(true);
    expect(isDeclarationReference('260000000019')).toBe(false);
    expect(isDeclarationReference('26000000001')).toBe(false);
    expect(() => makeDeclarationReference(0, '2026-03-02')).toThrow(RangeError);
    expect(() => makeDeclarationReference(1_000_000_000, '2026-03-02')).toThrow(RangeError);
    expect(() => makeDeclarationReference(1, '2026-13-01')).toThrow(RangeError);
  });

  it('property: references are valid, distinct per sequence and catch a one-digit error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999_999 }),
        fc.integer({ min: 1, max: 999_999_999 }),
        fc.integer({ min: 0, max: 11 }),
        (a, b, position) => {
          const ref = makeDeclarationReference(a, '2026-06-30');
          expect(ref).toMatch(/^26\d{10}$/);
          expect(isDeclarationReference(ref)).toBe(true);
          if (a !== b) expect(makeDeclarationReference(b, '2026-06-30')).not.toBe(ref);
          const digit = (Number(ref[position]) + 1) % 10;
          expect(isDeclarationReference(ref.slice(0, position) + digit + ref.slice(position + 1))).toBe(
            false,
          );
        },
      ),
    );
  });
});
