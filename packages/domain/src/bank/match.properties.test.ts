import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeStructuredCommunication } from '../identifiers/structured-communication.ts';
import { OpenItemBook, type IncomingPayment, type OpenItem } from './match.ts';

const NAMES = ['Compagnie du Vent ASBL', 'Stad Gent', 'Vélo Express SRL', 'Camille Dubois', 'Jan Peeters'];

const itemArb = fc.record({
  base: fc.integer({ min: 1, max: 40 }),
  dueCents: fc.integer({ min: 0, max: 500_000 }),
  name: fc.constantFrom(...NAMES),
  share: fc.boolean(),
});

const items = fc.uniqueArray(itemArb, { selector: (i) => i.base, maxLength: 25 }).map((list) =>
  list.map((i): OpenItem => ({
    type: i.share ? 'share_request' : 'invoice',
    id: `item-${i.base}`,
    number: i.share ? null : `BE-PA-2026-${String(i.base).padStart(6, '0')}`,
    reference: makeStructuredCommunication(2_000_000_000 + i.base),
    dueCents: i.dueCents,
    name: i.name,
    entityId: 'BE-PA',
  })),
);

const payment = fc.record({
  amountCents: fc.integer({ min: 1, max: 800_000 }),
  references: fc.array(
    fc.integer({ min: 1, max: 45 }).map((n) => makeStructuredCommunication(2_000_000_000 + n)),
    {
      maxLength: 4,
    },
  ),
  counterpartyName: fc.option(fc.constantFrom(...NAMES), { nil: null }),
  remittanceText: fc.string({ maxLength: 40 }),
});

describe('matching properties', () => {
  it('never allocates more than the payment, nor more than an item owes; allocations + excess = amount', () => {
    fc.assert(
      fc.property(items, fc.array(payment, { minLength: 1, maxLength: 6 }), (open, payments) => {
        const book = new OpenItemBook(open);
        const owed = new Map(open.map((i) => [i.id, i.dueCents]));
        for (const p of payments as IncomingPayment[]) {
          const result = book.match(p);
          const allocated = result.allocations.reduce((s, a) => s + a.amountCents, 0);
          expect(allocated + result.excessCents).toBe(p.amountCents);
          expect(allocated).toBeLessThanOrEqual(p.amountCents);
          expect(result.excessCents).toBeGreaterThanOrEqual(0);
          expect(new Set(result.allocations.map((a) => a.id)).size).toBe(result.allocations.length);
          for (const a of result.allocations) {
            expect(a.amountCents).toBeGreaterThan(0);
            expect(a.amountCents).toBeLessThanOrEqual(owed.get(a.id)!);
            book.settle(a.type, a.id, a.amountCents);
            owed.set(a.id, owed.get(a.id)! - a.amountCents);
          }
          if (result.allocations.length === 0) expect(result.rule).toBeNull();
          else expect(result.suggestions).toEqual([]);
          for (const s of result.suggestions) {
            expect(s.score).toBeGreaterThan(0);
            expect(s.score).toBeLessThanOrEqual(100);
            expect(owed.get(s.id)).toBeGreaterThan(0);
          }
        }
        for (const value of owed.values()) expect(value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a payment with the reference of an open item always pays it, up to the smaller of the two amounts', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 800_000 }), (open, amount) => {
        const target = open.find((i) => i.dueCents > 0);
        fc.pre(target !== undefined);
        const result = new OpenItemBook(open).match({
          amountCents: amount,
          references: [target!.reference!],
          counterpartyName: null,
          remittanceText: '',
        });
        expect(result.allocations).toEqual([
          { type: target!.type, id: target!.id, amountCents: Math.min(amount, target!.dueCents) },
        ]);
        expect(result.excessCents).toBe(Math.max(0, amount - target!.dueCents));
      }),
    );
  });
});
