import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeOffSplit } from './write-off.ts';

describe('write-off split', () => {
  it('recovers the VAT, makes the open advance final and charges the rest to the fund', () => {
    // 1,000.00 + 210.00 VAT unpaid; the fund advanced 935.00 of salary cost.
    expect(
      writeOffSplit({
        amountDueCents: 121_000,
        totalInclVatCents: 121_000,
        totalVatCents: 21_000,
        openAdvancesCents: 93_500,
      }),
    ).toEqual({ receivablesCents: 121_000, vatCents: 21_000, advancesCents: 93_500, fundCents: 6_500 });
  });

  it('takes the VAT part of what remains due on a partly paid invoice', () => {
    // 500.00 paid on 1,210.00: 710.00 due, of which 123.22 VAT (710 × 210 / 1210 = 123.223).
    expect(
      writeOffSplit({
        amountDueCents: 71_000,
        totalInclVatCents: 121_000,
        totalVatCents: 21_000,
        openAdvancesCents: 43_500,
      }),
    ).toEqual({ receivablesCents: 71_000, vatCents: 12_322, advancesCents: 43_500, fundCents: 15_178 });
  });

  it('always balances: receivables = VAT + advances + fund', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2_100 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (base, vatBp, advance, share) => {
          const vat = Math.round((base * vatBp) / 10_000);
          const total = base + vat;
          const due = Math.max(1, Math.floor(total * share));
          const split = writeOffSplit({
            amountDueCents: due,
            totalInclVatCents: total,
            totalVatCents: vat,
            openAdvancesCents: advance,
          });
          expect(split.vatCents + split.advancesCents + split.fundCents).toBe(split.receivablesCents);
          expect(split.vatCents).toBeLessThanOrEqual(vat);
          expect(split.vatCents).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
