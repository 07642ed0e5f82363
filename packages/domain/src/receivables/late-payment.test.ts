import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../contracts/dates.ts';
import { timelineProblems } from '../rules/types.ts';
import {
  BE_COMMERCIAL_INTEREST_RULES,
  BE_LEGAL_INTEREST_RULES,
  compensationCents,
  consumerCompensationCents,
  interestRateAt,
  lateInterest,
  latePaymentRegime,
  reminderCharges,
} from './late-payment.ts';

describe('late-payment interest rates', () => {
  it('has clean, sourced timelines from 2023 on, open-ended with the last known rate', () => {
    expect(timelineProblems('commercial', BE_COMMERCIAL_INTEREST_RULES)).toEqual([]);
    expect(timelineProblems('legal', BE_LEGAL_INTEREST_RULES)).toEqual([]);
    expect(BE_COMMERCIAL_INTEREST_RULES.at(-1)!.validTo).toBeUndefined();
    expect(BE_COMMERCIAL_INTEREST_RULES.at(-1)!.verified).toBe(false);
    expect(BE_LEGAL_INTEREST_RULES.at(-1)!.verified).toBe(false);
  });

  it('reads the published rate of each half-year and the legal rate of each year', () => {
    expect(interestRateAt('commercial', '2024-03-01').rateBp).toBe(1250);
    expect(interestRateAt('commercial', '2024-12-31').rateBp).toBe(1250);
    expect(interestRateAt('commercial', '2025-06-30').rateBp).toBe(1150);
    expect(interestRateAt('commercial', '2025-07-01').rateBp).toBe(1050);
    expect(interestRateAt('commercial', '2026-05-01').rateBp).toBe(1050);
    expect(interestRateAt('consumer', '2024-12-31').rateBp).toBe(575);
    expect(interestRateAt('consumer', '2025-01-01').rateBp).toBe(450);
    expect(() => interestRateAt('commercial', '2019-01-01')).toThrow(RangeError);
  });

  it('a company or a public body is a commercial debtor, a person a consumer', () => {
    expect(latePaymentRegime('company')).toBe('commercial');
    expect(latePaymentRegime('public_body')).toBe('commercial');
    expect(latePaymentRegime('person')).toBe('consumer');
  });
});

describe('interest per day', () => {
  it('changes rate on the first day of the half-year (1,210.00 € over 30 June / 1 July 2025)', () => {
    // 10 days at 11.5 % + 10 days at 10.5 %: 1,210 × (0.115 + 0.105) × 10 / 365 = 7.2931 → 7.29
    const result = lateInterest(
      'commercial',
      [{ from: '2025-06-01', amountCents: 121_000 }],
      '2025-06-21',
      '2025-07-10',
    );
    expect(result.interestCents).toBe(729);
    expect(result.periods).toEqual([
      { from: '2025-06-21', to: '2025-06-30', days: 10, principalCents: 121_000, rateBp: 1150 },
      { from: '2025-07-01', to: '2025-07-10', days: 10, principalCents: 121_000, rateBp: 1050 },
    ]);
  });

  it('changes the legal rate on 1 January for a consumer (500.00 € over 2024/2025)', () => {
    // 500 × (0.0575 + 0.045) × 10 / 365 = 1.4041 → 1.40
    const result = lateInterest(
      'consumer',
      [{ from: '2024-12-01', amountCents: 50_000 }],
      '2024-12-22',
      '2025-01-10',
    );
    expect(result.interestCents).toBe(140);
    expect(result.periods.map((p) => p.rateBp)).toEqual([575, 450]);
  });

  it('follows the principal down after a payment, and counts nothing before the first amount', () => {
    const result = lateInterest(
      'commercial',
      [
        { from: '2026-02-01', amountCents: 100_000 },
        { from: '2026-02-11', amountCents: 40_000 },
        { from: '2026-02-16', amountCents: 0 },
      ],
      '2026-01-25',
      '2026-02-28',
    );
    // 10 days on 1,000.00 and 5 days on 400.00 at 10.5 %: (100000×10 + 40000×5) × 1050 / 3 650 000 = 345.2 → 345
    expect(result.interestCents).toBe(345);
    expect(result.periods.map((p) => [p.from, p.to, p.principalCents])).toEqual([
      ['2026-02-01', '2026-02-10', 100_000],
      ['2026-02-11', '2026-02-15', 40_000],
    ]);
  });

  it('is never negative, grows with the days and rounds once (within a cent of the exact value)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 400 }),
        (amount, offset, days) => {
          const from = addDays('2023-01-01', offset);
          const to = addDays(from, days);
          const a = lateInterest('commercial', [{ from: '2023-01-01', amountCents: amount }], from, to);
          const b = lateInterest(
            'commercial',
            [{ from: '2023-01-01', amountCents: amount }],
            from,
            addDays(to, 1),
          );
          expect(a.interestCents).toBeGreaterThanOrEqual(0);
          expect(b.interestCents).toBeGreaterThanOrEqual(a.interestCents);
          const exact = a.periods.reduce((s, p) => s + (p.principalCents * p.rateBp * p.days) / 3_650_000, 0);
          expect(Math.abs(a.interestCents - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
          expect(a.periods.reduce((s, p) => s + p.days, 0)).toBe(days + 1);
        },
      ),
    );
  });
});

describe('fixed compensation', () => {
  it('is 40 € for a commercial debtor whatever the amount', () => {
    expect(compensationCents('commercial', 1)).toBe(4000);
    expect(compensationCents('commercial', 10_000_000)).toBe(4000);
    expect(compensationCents('commercial', 0)).toBe(0);
  });

  it('follows the consumer tiers: 20 €, then 30 € + 10 %, then 65 € + 5 % up to 2,000 €', () => {
    expect(consumerCompensationCents(10_000)).toBe(2_000);
    expect(consumerCompensationCents(15_000)).toBe(2_000);
    expect(consumerCompensationCents(15_001)).toBe(3_000);
    expect(consumerCompensationCents(30_000)).toBe(4_500);
    expect(consumerCompensationCents(50_000)).toBe(6_500);
    expect(consumerCompensationCents(50_001)).toBe(6_500);
    expect(consumerCompensationCents(100_000)).toBe(9_000);
    expect(consumerCompensationCents(3_920_000)).toBe(200_000);
    expect(consumerCompensationCents(10_000_000)).toBe(200_000);
  });

  it('never decreases with the amount and never exceeds 2,000 €', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 0, max: 100_000 }), (a, d) => {
        const low = consumerCompensationCents(a);
        expect(consumerCompensationCents(a + d)).toBeGreaterThanOrEqual(low);
        expect(low).toBeLessThanOrEqual(200_000);
        expect(low).toBeGreaterThanOrEqual(2_000);
      }),
    );
  });
});

describe('what a formal notice claims', () => {
  const principal = [{ from: '2026-03-01', amountCents: 121_000 }];

  it('for a company: interest from the day after the due date and 40 €', () => {
    const charges = reminderCharges({
      regime: 'commercial',
      dueDate: '2026-03-01',
      date: '2026-04-05',
      principal,
      amountDueCents: 121_000,
      firstFreeReminderOn: null,
    });
    // 35 days × 1,210.00 × 10.5 % / 365 = 12.18
    expect(charges.interestFrom).toBe('2026-03-02');
    expect(charges.interestCents).toBe(1218);
    expect(charges.compensationCents).toBe(4000);
  });

  it('for a consumer: nothing without a free reminder 14 full days before, then the legal rate from then', () => {
    const base = {
      regime: 'consumer' as const,
      dueDate: '2026-03-01',
      principal,
      amountDueCents: 121_000,
    };
    expect(reminderCharges({ ...base, date: '2026-04-05', firstFreeReminderOn: null })).toMatchObject({
      interestCents: 0,
      compensationCents: 0,
    });
    expect(reminderCharges({ ...base, date: '2026-03-22', firstFreeReminderOn: '2026-03-08' })).toMatchObject(
      { interestCents: 0, compensationCents: 0, costsAllowedFrom: '2026-03-23' },
    );
    const charged = reminderCharges({ ...base, date: '2026-04-05', firstFreeReminderOn: '2026-03-08' });
    expect(charged.interestFrom).toBe('2026-03-23');
    // 14 days × 1,210.00 × 4.5 % / 365 = 2.0885 → 2.09 ; compensation 65 + 5 % × 710 = 100.50
    expect(charged.interestCents).toBe(209);
    expect(charged.compensationCents).toBe(10_050);
  });
});
