import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_CATALOGUE } from '../entities/catalogue.ts';
import { DomainError } from '../errors.ts';
import { checkResignation, checkTransfer, paymentState, priceSubscription, refundAmount } from './shares.ts';

const settings = ENTITY_CATALOGUE.find((e) => e.id === 'BE-COOP')!.settings;

function fieldOf(fn: () => unknown): { field: string; code: string } | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.issues[0] ?? { field: '', code: error.code };
    throw error;
  }
  return undefined;
}

describe('share subscriptions', () => {
  it('prices shares at nominal value', () => {
    expect(
      priceSubscription({ settings, personKind: 'natural', category: 'A', quantity: 3, holdings: {} }),
    ).toEqual({
      unitValueCents: 3000,
      amountCents: 9000,
    });
  });

  it('refuses a first subscription below the category minimum', () => {
    expect(
      fieldOf(() =>
        priceSubscription({ settings, personKind: 'legal', category: 'C', quantity: 2, holdings: {} }),
      ),
    ).toEqual({
      field: 'quantity',
      code: 'shares.quantity.below_minimum',
      params: { min: 5 },
    });
  });

  it('accepts an additional subscription below the minimum once the minimum is held', () => {
    expect(
      priceSubscription({ settings, personKind: 'legal', category: 'C', quantity: 1, holdings: { C: 5 } })
        .amountCents,
    ).toBe(3000);
  });

  it('refuses a category the person may not hold, and mixing categories', () => {
    expect(
      fieldOf(() =>
        priceSubscription({ settings, personKind: 'legal', category: 'A', quantity: 1, holdings: {} }),
      )?.code,
    ).toBe('shares.category.not_eligible');
    expect(
      fieldOf(() =>
        priceSubscription({
          settings,
          personKind: 'natural',
          category: 'B',
          quantity: 1,
          holdings: { A: 1 },
        }),
      )?.code,
    ).toBe('shares.category.mixing_not_allowed');
    const mixing = { ...settings, allowMixedCategories: true };
    expect(
      priceSubscription({
        settings: mixing,
        personKind: 'natural',
        category: 'B',
        quantity: 1,
        holdings: { A: 1 },
      }).amountCents,
    ).toBe(3000);
  });

  it('refuses zero, negative, fractional or absurd quantities', () => {
    for (const quantity of [0, -1, 1.5, 1e9, Number.NaN])
      expect(
        fieldOf(() =>
          priceSubscription({ settings, personKind: 'natural', category: 'A', quantity, holdings: {} }),
        )?.code,
      ).toBe('shares.quantity.invalid');
  });
});

describe('resignations and transfers', () => {
  it('refuses to resign more shares than held', () => {
    expect(
      fieldOf(() => checkResignation({ settings, category: 'A', quantity: 3, holdings: { A: 2 } })),
    ).toEqual({
      field: 'quantity',
      code: 'shares.quantity.more_than_held',
      params: { held: 2 },
    });
  });

  it('knows when the member leaves', () => {
    expect(checkResignation({ settings, category: 'A', quantity: 2, holdings: { A: 2 } })).toEqual({
      nominalCents: 6000,
      leaves: true,
    });
    expect(checkResignation({ settings, category: 'A', quantity: 1, holdings: { A: 2 } }).leaves).toBe(false);
  });

  it('refuses a transfer to oneself or when the statutes forbid it', () => {
    const base = {
      settings,
      category: 'A',
      quantity: 1,
      fromHoldings: { A: 2 },
      toHoldings: {},
      toPersonKind: 'natural' as const,
    };
    expect(fieldOf(() => checkTransfer({ ...base, sameMember: true }))?.code).toBe('shares.transfer.to_self');
    expect(
      fieldOf(() =>
        checkTransfer({ ...base, settings: { ...settings, transfersAllowed: false }, sameMember: false }),
      )?.code,
    ).toBe('shares.transfer.not_allowed');
    expect(checkTransfer({ ...base, sameMember: false })).toEqual({ nominalCents: 3000 });
  });

  it('never refunds more than nominal value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: -20_000, max: 50_000 }),
        (nominal, ratio) => {
          const refund = refundAmount(nominal, ratio);
          expect(refund).toBeLessThanOrEqual(nominal);
          expect(refund).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(refund)).toBe(true);
        },
      ),
    );
    expect(refundAmount(9000, 10_000)).toBe(9000);
    expect(refundAmount(9000, 9_000)).toBe(8100);
  });

  it('classifies payments', () => {
    expect(paymentState(3000, 0)).toBe('unpaid');
    expect(paymentState(3000, 1000)).toBe('partial');
    expect(paymentState(3000, 3000)).toBe('paid');
    expect(paymentState(3000, 4000)).toBe('overpaid');
  });
});
