import { describe, expect, it } from 'vitest';
import { makeCreditorReference } from '../identifiers/structured-communication.ts';
import { matchPayment, OpenItemBook, type IncomingPayment, type OpenItem } from './match.ts';

const invoice = (n: number, over: Partial<OpenItem> = {}): OpenItem => ({
  type: 'invoice',
  id: `inv-${n}`,
  number: `BE-PA-2026-${String(n).padStart(6, '0')}`,
  reference: null,
  dueCents: 10_000,
  name: 'Compagnie du Vent ASBL',
  entityId: 'BE-PA',
  dueDate: `2026-03-${String(n).padStart(2, '0')}`,
  ...over,
});

const ITEMS: OpenItem[] = [
  invoice(1, { reference: '200000012394', dueCents: 108_900 }),
  invoice(2, { reference: '200000012495', dueCents: 30_000, name: 'Stad Gent – Cultuurdienst' }),
  invoice(3, { reference: '200000012596', dueCents: 20_000, name: 'Stad Gent – Cultuurdienst' }),
  invoice(4, { reference: '200000012697', dueCents: 42_350, name: 'Vélo Express SRL' }),
  invoice(5, { reference: '200000020074', dueCents: 152_460, name: 'Compagnie du Vent ASBL' }),
  {
    type: 'share_request',
    id: 'share-1',
    number: null,
    reference: '100000004276',
    dueCents: 3000,
    name: 'Tom De Vos',
    entityId: 'BE-COOP',
  },
];

const pay = (over: Partial<IncomingPayment>): IncomingPayment => ({
  amountCents: 10_000,
  references: [],
  counterpartyName: null,
  remittanceText: '',
  ...over,
});

describe('matching by structured communication', () => {
  it('settles the invoice the communication points to', () => {
    expect(matchPayment(pay({ amountCents: 108_900, references: ['200000012394'] }), ITEMS)).toEqual({
      rule: 'reference',
      allocations: [{ type: 'invoice', id: 'inv-1', amountCents: 108_900 }],
      excessCents: 0,
      suggestions: [],
    });
  });

  it('pays several invoices with one transfer, in the order written', () => {
    const result = matchPayment(
      pay({ amountCents: 50_000, references: ['200000012495', '200000012596'] }),
      ITEMS,
    );
    expect(result.allocations).toEqual([
      { type: 'invoice', id: 'inv-2', amountCents: 30_000 },
      { type: 'invoice', id: 'inv-3', amountCents: 20_000 },
    ]);
    expect(result.excessCents).toBe(0);
  });

  it('pays part of an invoice when less arrives, first items first', () => {
    const result = matchPayment(
      pay({ amountCents: 40_000, references: ['200000012495', '200000012596'] }),
      ITEMS,
    );
    expect(result.allocations).toEqual([
      { type: 'invoice', id: 'inv-2', amountCents: 30_000 },
      { type: 'invoice', id: 'inv-3', amountCents: 10_000 },
    ]);
  });

  it('settles the invoice and keeps an overpayment as excess', () => {
    const result = matchPayment(pay({ amountCents: 110_000, references: ['200000012394'] }), ITEMS);
    expect(result).toMatchObject({
      rule: 'reference',
      allocations: [{ id: 'inv-1', amountCents: 108_900 }],
      excessCents: 1100,
    });
  });

  it('reads a creditor reference built on the communication or on the invoice number', () => {
    const onCommunication = makeCreditorReference('200000012697');
    expect(
      matchPayment(pay({ amountCents: 42_350, references: [onCommunication] }), ITEMS).allocations,
    ).toEqual([{ type: 'invoice', id: 'inv-4', amountCents: 42_350 }]);
    const onNumber = makeCreditorReference('BEPA2026000005');
    expect(matchPayment(pay({ amountCents: 1000, references: [onNumber] }), ITEMS).allocations[0]!.id).toBe(
      'inv-5',
    );
  });

  it('matches share subscriptions by their communication', () => {
    expect(matchPayment(pay({ amountCents: 3000, references: ['100000004276'] }), ITEMS).allocations).toEqual(
      [{ type: 'share_request', id: 'share-1', amountCents: 3000 }],
    );
  });

  it('does not match a communication of nothing open, and does not fall back to the amount then', () => {
    const result = matchPayment(
      pay({ amountCents: 108_900, references: ['999999999996'], counterpartyName: 'Compagnie du Vent' }),
      ITEMS,
    );
    expect(result.rule).toBeNull();
    expect(result.allocations).toEqual([]);
    expect(result.excessCents).toBe(108_900);
    expect(result.suggestions[0]).toMatchObject({ id: 'inv-1', reasons: ['same_amount', 'similar_name'] });
  });
});

describe('matching by amount and name', () => {
  it('settles the one open invoice with the exact amount whose client is the payer', () => {
    const result = matchPayment(pay({ amountCents: 152_460, counterpartyName: 'COMPAGNIE DU VENT' }), ITEMS);
    expect(result).toMatchObject({
      rule: 'amount_and_name',
      allocations: [{ type: 'invoice', id: 'inv-5', amountCents: 152_460 }],
      excessCents: 0,
    });
  });

  it('does not decide between two invoices of the same amount and client', () => {
    const items = [...ITEMS, invoice(9, { dueCents: 152_460 })];
    const result = matchPayment(pay({ amountCents: 152_460, counterpartyName: 'Compagnie du Vent' }), items);
    expect(result.rule).toBeNull();
    // Both first (same amount, same client), then the client's other open invoice (same client only).
    expect(result.suggestions.map((s) => [s.id, s.score])).toEqual([
      ['inv-5', 80],
      ['inv-9', 80],
      ['inv-1', 40],
    ]);
  });

  it('does not match the amount alone, nor a share subscription without its communication', () => {
    expect(
      matchPayment(pay({ amountCents: 152_460, counterpartyName: 'Someone Else' }), ITEMS).rule,
    ).toBeNull();
    expect(matchPayment(pay({ amountCents: 3000, counterpartyName: 'Tom De Vos' }), ITEMS).rule).toBeNull();
  });
});

describe('suggestions for what is not matched', () => {
  it('ranks the invoice whose number is in the text and whose client paid', () => {
    const result = matchPayment(
      pay({ amountCents: 40_000, counterpartyName: 'STAD GENT', remittanceText: 'factuur 2026-000003' }),
      ITEMS,
    );
    expect(result.rule).toBeNull();
    expect(result.suggestions[0]).toMatchObject({ id: 'inv-3', reasons: ['similar_name', 'number_in_text'] });
    expect(result.suggestions[0]!.score).toBeGreaterThan(result.suggestions[1]!.score);
    expect(result.suggestions[1]).toMatchObject({ id: 'inv-2', reasons: ['similar_name'] });
  });

  it('finds a communication typed with wrong check digits, one wrong digit, or two digits swapped', () => {
    for (const typed of ['+++200/0000/12698+++', '200/0000/13697', '200000016297']) {
      const result = matchPayment(pay({ amountCents: 5000, remittanceText: `merci ${typed}` }), ITEMS);
      expect(result.suggestions, typed).toEqual([
        { type: 'invoice', id: 'inv-4', score: 45, reasons: ['reference_fragment'], dueCents: 42_350 },
      ]);
    }
  });

  it('does not suggest references that only share their leading digits', () => {
    expect(
      matchPayment(pay({ amountCents: 5000, remittanceText: '200000099999' }), ITEMS).suggestions,
    ).toEqual([]);
  });

  it('scores at most 100 and gives at most five suggestions', () => {
    const items = Array.from({ length: 12 }, (_, i) => invoice(i + 20, { dueCents: 7777 }));
    const result = matchPayment(
      pay({ amountCents: 7777, counterpartyName: 'Compagnie du Vent', remittanceText: 'BE-PA-2026-000020' }),
      items,
    );
    expect(result.suggestions).toHaveLength(5);
    expect(result.suggestions[0]).toMatchObject({ id: 'inv-20', score: 100 });
    expect(result.suggestions.every((s) => s.score <= 100)).toBe(true);
    // Same score: the oldest due date first.
    expect(result.suggestions.slice(1).map((s) => s.id)).toEqual(['inv-21', 'inv-22', 'inv-23', 'inv-24']);
  });
});

describe('a book of open items over many payments', () => {
  it('lowers what an item owes as payments are allocated', () => {
    const book = new OpenItemBook(ITEMS);
    const first = book.match(pay({ amountCents: 100_000, references: ['200000012394'] }));
    for (const a of first.allocations) book.settle(a.type, a.id, a.amountCents);
    expect(book.get('invoice', 'inv-1')!.dueCents).toBe(8900);
    const second = book.match(pay({ amountCents: 10_000, references: ['200000012394'] }));
    expect(second).toMatchObject({ allocations: [{ id: 'inv-1', amountCents: 8900 }], excessCents: 1100 });
    for (const a of second.allocations) book.settle(a.type, a.id, a.amountCents);
    // Paid: the same communication again matches nothing; the amount index forgot it too.
    expect(book.match(pay({ amountCents: 5000, references: ['200000012394'] })).rule).toBeNull();
    expect(book.get('invoice', 'inv-1')!.dueCents).toBe(0);
  });

  it('leaves the items given to it unchanged', () => {
    const items = ITEMS.map((i) => ({ ...i }));
    const book = new OpenItemBook(items);
    book.settle('invoice', 'inv-1', 1000);
    expect(items[0]!.dueCents).toBe(108_900);
  });
});
