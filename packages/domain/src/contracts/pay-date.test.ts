import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_CATALOGUE } from '../entities/catalogue.ts';
import { DomainError } from '../errors.ts';
import { addDays } from './dates.ts';
import { DEFAULT_PAY_RULES, payDateFor, payRuleForEntity, type PayRule } from './pay-date.ts';

describe('payDateFor', () => {
  it('pays N days after the last day of work', () => {
    expect(payDateFor('2026-03-05', { kind: 'days_after_end', days: 7 })).toBe('2026-03-12');
    expect(payDateFor('2026-12-28', { kind: 'days_after_end', days: 7 })).toBe('2027-01-04');
    expect(payDateFor('2028-02-25', { kind: 'days_after_end', days: 7 })).toBe('2028-03-03');
  });

  it('pays on a day of the following month, or its last day when shorter', () => {
    expect(payDateFor('2026-03-31', { kind: 'day_of_next_month', day: 10 })).toBe('2026-04-10');
    expect(payDateFor('2026-03-01', { kind: 'day_of_next_month', day: 10 })).toBe('2026-04-10');
    expect(payDateFor('2026-12-15', { kind: 'day_of_next_month', day: 10 })).toBe('2027-01-10');
    expect(payDateFor('2026-03-15', { kind: 'day_of_next_month', day: 31 })).toBe('2026-04-30');
  });

  it('refuses a bad date or rule', () => {
    expect(() => payDateFor('2026-02-30', { kind: 'days_after_end', days: 7 })).toThrow(DomainError);
    expect(() => payDateFor('2026-03-05', { kind: 'days_after_end', days: 0 })).toThrow(DomainError);
    expect(() => payDateFor('2026-03-05', { kind: 'day_of_next_month', day: 32 })).toThrow(DomainError);
    expect(() => payDateFor('2026-03-05', { kind: 'weekly' } as unknown as PayRule)).toThrow(DomainError);
  });

  it('property: the pay date is always after the last day of work, and within ~2 months', () => {
    const rule: fc.Arbitrary<PayRule> = fc.oneof(
      fc.integer({ min: 1, max: 60 }).map((days) => ({ kind: 'days_after_end' as const, days })),
      fc.integer({ min: 1, max: 31 }).map((day) => ({ kind: 'day_of_next_month' as const, day })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), rule, (offset, r) => {
        const lastDay = addDays('2024-01-01', offset);
        const pay = payDateFor(lastDay, r);
        expect(pay > lastDay).toBe(true);
        expect(pay <= addDays(lastDay, 62)).toBe(true);
      }),
    );
  });
});

describe('payRuleForEntity', () => {
  it('reads the Belgian delay of 7 days from the entity settings', () => {
    const pa = ENTITY_CATALOGUE.find((e) => e.id === 'BE-PA')!;
    expect(payRuleForEntity(pa.settings)).toEqual({ kind: 'days_after_end', days: 7 });
    expect(DEFAULT_PAY_RULES.BE).toMatchObject({ kind: 'days_after_end', days: 7 });
  });

  it('uses the day of the next month when the entity sets one (ES, IT, AT: the 10th)', () => {
    expect(payRuleForEntity({ salaryPaymentDelayDays: 7, salaryPaymentDayOfNextMonth: 10 })).toEqual({
      kind: 'day_of_next_month',
      day: 10,
    });
    expect(DEFAULT_PAY_RULES.ES).toMatchObject({ kind: 'day_of_next_month', day: 10 });
    expect(DEFAULT_PAY_RULES.IT).toMatchObject({ kind: 'day_of_next_month', day: 10 });
    expect(DEFAULT_PAY_RULES.FR).toMatchObject({ kind: 'days_after_end', days: 7 });
  });

  it('refuses settings out of bounds', () => {
    expect(() => payRuleForEntity({ salaryPaymentDelayDays: 61 })).toThrow(DomainError);
    expect(() => payRuleForEntity({ salaryPaymentDelayDays: 7, salaryPaymentDayOfNextMonth: 0 })).toThrow(
      DomainError,
    );
  });
});
