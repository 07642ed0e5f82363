import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { domainErrorOf, issueKeys, issuesOf } from '../contracts/test-helpers.ts';
import type { VatTreatment } from '../contracts/vat.ts';
import {
  QUOTE_ACTIONS,
  QUOTE_STATUSES,
  nextScheduledInvoice,
  planSchedule,
  quoteTransition,
  remainingToInvoice,
  validateQuote,
  type NextInvoice,
  type ScheduledInvoice,
  type TreatmentAmount,
} from './quote.ts';

const today = '2026-03-02';
const line = {
  description: 'Design of a logo',
  quantity: 1,
  unitPriceCents: 80_000,
  vatTreatment: 'standard_21',
};

describe('validateQuote', () => {
  it('computes line bases (quantity × price, half up) and the VAT breakdown per treatment', () => {
    const quote = validateQuote(
      {
        lines: [
          line,
          {
            description: 'Workshop days',
            quantity: 1.5,
            unitPriceCents: 33_333,
            vatTreatment: 'standard_21',
          },
          { description: 'Printed book', quantity: 3, unitPriceCents: 1_999, vatTreatment: 'reduced_6' },
        ],
        validUntil: '2026-04-01',
      },
      { today },
    );
    // 1.5 × 333.33 = 499.995 → 500.00
    expect(quote.lines.map((l) => l.baseCents)).toEqual([80_000, 50_000, 5_997]);
    expect(quote.totals.groups).toEqual([
      { treatment: 'standard_21', category: 'S', rateBp: 2100, baseCents: 130_000, vatCents: 27_300 },
      { treatment: 'reduced_6', category: 'S', rateBp: 600, baseCents: 5_997, vatCents: 360 },
    ]);
    expect(quote.totals.totalInclVatCents).toBe(135_997 + 27_660);
  });

  it('reports every problem at once, lines by index', () => {
    const issues = issuesOf(() =>
      validateQuote(
        {
          lines: [
            { description: '', quantity: 1.234, unitPriceCents: -1, vatTreatment: 'standard_99' },
            { ...line, quantity: 0 },
          ],
          validUntil: '2026-03-01',
        },
        { today },
      ),
    );
    expect(issueKeys(issues)).toEqual([
      'lines.0.description:field.required',
      'lines.0.quantity:activity.number.decimals',
      'lines.0.unitPriceCents:field.too_small',
      'lines.0.vatTreatment:contract.vat.unknown',
      'lines.1.quantity:field.invalid',
      'validUntil:activity.quote.valid_until_past',
    ]);
    expect(
      issueKeys(issuesOf(() => validateQuote({ lines: [], validUntil: '2027-06-01' }, { today }))),
    ).toEqual(['lines:activity.quote.lines_required', 'validUntil:activity.quote.valid_until_too_far']);
    expect(
      domainErrorOf(() =>
        validateQuote({ lines: [{ ...line, unitPriceCents: 0 }], validUntil: today }, { today }),
      ).issues[0]?.code,
    ).toBe('activity.quote.total_zero');
  });

  it('checks each line’s VAT treatment for the client when the parties are known', () => {
    const parties = {
      entity: { id: 'BE-PA', country: 'BE', vatRegistered: true },
      client: { kind: 'company' as const, country: 'FR', vatNumber: 'FR40303265045' },
    };
    const issues = issuesOf(() => validateQuote({ lines: [line], validUntil: today }, { today, parties }));
    expect(issueKeys(issues)).toEqual(['lines.0.vatTreatment:contract.vat.reverse_charge_required']);
    expect(
      validateQuote(
        { lines: [{ ...line, vatTreatment: 'reverse_charge_eu' }], validUntil: today },
        { today, parties },
      ).totals.totalVatCents,
    ).toBe(0);
  });
});

describe('quoteTransition', () => {
  const ctx = { today, validUntil: '2026-03-31' };

  it('sends, then the client accepts once only', () => {
    expect(quoteTransition('draft', 'send', { ...ctx, actor: 'participant' })).toBe('sent');
    expect(quoteTransition('sent', 'accept', { ...ctx, actor: 'client' })).toBe('accepted');
    const twice = domainErrorOf(() => quoteTransition('accepted', 'accept', { ...ctx, actor: 'client' }));
    expect([twice.status, twice.code]).toEqual([409, 'activity.quote.already_accepted']);
  });

  it('refuses an acceptance after the validity date, and expires only then', () => {
    const late = { today: '2026-04-01', validUntil: '2026-03-31' };
    const error = domainErrorOf(() => quoteTransition('sent', 'accept', { ...late, actor: 'client' }));
    expect([error.status, error.code, error.params]).toEqual([
      409,
      'activity.quote.expired',
      { validUntil: '2026-03-31' },
    ]);
    expect(
      quoteTransition('sent', 'accept', { today: '2026-03-31', validUntil: '2026-03-31', actor: 'staff' }),
    ).toBe('accepted');
    expect(quoteTransition('sent', 'expire', { ...late, actor: 'system' })).toBe('expired');
    expect(domainErrorOf(() => quoteTransition('sent', 'expire', { ...ctx, actor: 'system' })).code).toBe(
      'activity.quote.still_valid',
    );
  });

  it('keeps each actor to their actions', () => {
    expect(domainErrorOf(() => quoteTransition('draft', 'send', { ...ctx, actor: 'client' })).status).toBe(
      403,
    );
    expect(
      domainErrorOf(() => quoteTransition('sent', 'accept', { ...ctx, actor: 'participant' })).status,
    ).toBe(403);
    for (const status of QUOTE_STATUSES) {
      for (const action of QUOTE_ACTIONS) {
        for (const actor of ['participant', 'client', 'staff', 'system'] as const) {
          try {
            expect(QUOTE_STATUSES).toContain(quoteTransition(status, action, { ...ctx, actor }));
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
          }
        }
      }
    }
  });
});

describe('invoice schedule', () => {
  const quote: TreatmentAmount[] = [
    { treatment: 'standard_21', baseCents: 100_000 },
    { treatment: 'reduced_6', baseCents: 50_000 },
  ];

  it('makes a 30 % deposit, an intermediate amount and a final invoice of the rest', () => {
    const deposit = nextScheduledInvoice(quote, [], { kind: 'deposit', percentBp: 3000 });
    expect(deposit).toEqual({
      kind: 'deposit',
      amountExclVatCents: 45_000,
      lines: [
        { treatment: 'standard_21', baseCents: 30_000 },
        { treatment: 'reduced_6', baseCents: 15_000 },
      ],
      remainingAfterCents: 105_000,
    });
    const done: ScheduledInvoice[] = [deposit];
    const middle = nextScheduledInvoice(quote, done, { kind: 'intermediate', amountCents: 10_001 });
    expect(middle.lines.reduce((s, l) => s + l.baseCents, 0)).toBe(10_001);
    done.push(middle);
    const final = nextScheduledInvoice(quote, done, { kind: 'final' });
    done.push(final);
    expect(final.amountExclVatCents).toBe(150_000 - 45_000 - 10_001);
    expect(remainingToInvoice(quote, done)).toEqual({
      totalCents: 0,
      lines: [
        { treatment: 'standard_21', baseCents: 0 },
        { treatment: 'reduced_6', baseCents: 0 },
      ],
    });
  });

  it('refuses more than remains, a late deposit and anything after the final invoice', () => {
    const deposit = nextScheduledInvoice(quote, [], { kind: 'deposit', percentBp: 9000 });
    const over = domainErrorOf(() =>
      nextScheduledInvoice(quote, [deposit], { kind: 'intermediate', percentBp: 2000 }),
    );
    expect([over.status, over.code, over.params]).toEqual([
      409,
      'activity.schedule.exceeds',
      { remaining: '150.00', remainingCents: 15_000 },
    ]);
    expect(
      domainErrorOf(() => nextScheduledInvoice(quote, [deposit], { kind: 'deposit', percentBp: 100 })).code,
    ).toBe('activity.schedule.deposit_first');
    const final = nextScheduledInvoice(quote, [deposit], { kind: 'final' });
    expect(
      domainErrorOf(() =>
        nextScheduledInvoice(quote, [deposit, final], { kind: 'intermediate', amountCents: 1 }),
      ).code,
    ).toBe('activity.schedule.final_done');
    expect(
      domainErrorOf(() =>
        nextScheduledInvoice(quote, [], { kind: 'intermediate', percentBp: 10, amountCents: 5 }),
      ).issues[0]?.code,
    ).toBe('activity.schedule.share_required');
    expect(
      domainErrorOf(() => nextScheduledInvoice(quote, [], { kind: 'final', percentBp: 10 })).issues[0]?.code,
    ).toBe('activity.schedule.final_is_rest');
  });

  it('plans a whole schedule and reports what remains', () => {
    expect(
      planSchedule(150_000, [
        { kind: 'deposit', percentBp: 3000 },
        { kind: 'intermediate', amountCents: 50_000 },
      ]),
    ).toEqual({
      invoices: [
        { kind: 'deposit', amountExclVatCents: 45_000 },
        { kind: 'intermediate', amountExclVatCents: 50_000 },
      ],
      remainingCents: 55_000,
    });
    expect(
      planSchedule(150_000, [{ kind: 'deposit', percentBp: 5000 }, { kind: 'final' }]).remainingCents,
    ).toBe(0);
    expect(
      issueKeys(
        issuesOf(() =>
          planSchedule(150_000, [
            { kind: 'intermediate', percentBp: 8000 },
            { kind: 'deposit', percentBp: 1000 },
            { kind: 'intermediate', percentBp: 3000 },
            { kind: 'final' },
            { kind: 'intermediate', amountCents: 1 },
          ]),
        ),
      ),
    ).toEqual([
      'schedule.1.kind:activity.schedule.deposit_first',
      'schedule.2:activity.schedule.exceeds',
      'schedule.4.kind:activity.schedule.final_done',
    ]);
  });

  const treatments: VatTreatment[] = ['standard_21', 'reduced_12', 'reduced_6', 'zero'];
  const quoteArb = fc
    .uniqueArray(fc.constantFrom(...treatments), { minLength: 1, maxLength: 4 })
    .chain((ts) =>
      fc.tuple(
        ...ts.map((t) => fc.integer({ min: 1, max: 5_000_000 }).map((b) => ({ treatment: t, baseCents: b }))),
      ),
    );
  const requestArb = fc.oneof(
    fc.record({ kind: fc.constant('intermediate' as const), percentBp: fc.integer({ min: 1, max: 10_000 }) }),
    fc.record({
      kind: fc.constant('intermediate' as const),
      amountCents: fc.integer({ min: 1, max: 6_000_000 }),
    }),
  );

  it('property: invoices never exceed the quote, per treatment or in total, and the final invoice completes it', () => {
    fc.assert(
      fc.property(
        quoteArb,
        fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
        fc.array(requestArb, { maxLength: 8 }),
        (q, depositBp, requests) => {
          const total = q.reduce((s, g) => s + g.baseCents, 0);
          const done: NextInvoice[] = [];
          const all = [
            ...(depositBp ? [{ kind: 'deposit' as const, percentBp: depositBp }] : []),
            ...requests,
          ];
          for (const request of all) {
            try {
              const next = nextScheduledInvoice(q, done, request);
              expect(next.lines.reduce((s, l) => s + l.baseCents, 0)).toBe(next.amountExclVatCents);
              expect(next.lines.every((l) => l.baseCents > 0)).toBe(true);
              done.push(next);
            } catch (error) {
              expect((error as DomainError).code).toMatch(/^activity\.schedule\./);
            }
            const left = remainingToInvoice(q, done);
            expect(left.lines.every((l) => l.baseCents >= 0)).toBe(true);
            expect(left.totalCents).toBe(total - done.reduce((s, i) => s + i.amountExclVatCents, 0));
          }
          const left = remainingToInvoice(q, done).totalCents;
          if (left > 0) done.push(nextScheduledInvoice(q, done, { kind: 'final' }));
          expect(remainingToInvoice(q, done).totalCents).toBe(0);
          const invoiced = new Map<string, number>();
          for (const inv of done)
            for (const l of inv.lines)
              invoiced.set(l.treatment, (invoiced.get(l.treatment) ?? 0) + l.baseCents);
          for (const g of q) expect(invoiced.get(g.treatment)).toBe(g.baseCents);
        },
      ),
    );
  });

  it('property: a planned schedule never sums above the quote', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.array(requestArb, { maxLength: 6 }),
        (total, items) => {
          try {
            const plan = planSchedule(total, items);
            const sum = plan.invoices.reduce((s, i) => s + i.amountExclVatCents, 0);
            expect(sum + plan.remainingCents).toBe(total);
            expect(plan.remainingCents).toBeGreaterThanOrEqual(0);
          } catch (error) {
            expect((error as DomainError).code).toBe('validation');
          }
        },
      ),
    );
  });
});
