import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vatSummary, type VatTreatment } from '../contracts/vat.ts';
import {
  allocatePartialCredit,
  maxCreditableExclVat,
  splitByLargestRemainder,
  type CreditableLine,
  type PartialCreditInput,
} from './partial-credit.ts';

const DATE = '2026-06-01';

function invoice(lines: Array<[VatTreatment, number]>, feeBp = 650) {
  const summary = vatSummary(
    lines.map(([treatment, baseCents]) => ({ treatment, baseCents })),
    DATE,
  );
  return {
    lines: lines.map(([treatment, amount], i) => ({
      lineNo: i + 1,
      treatment,
      amountExclVatCents: amount,
      creditedCents: 0,
    })) as CreditableLine[],
    totalExclVatCents: summary.totalBaseCents,
    totalInclVatCents: summary.totalInclVatCents,
    vatByTreatment: Object.fromEntries(summary.groups.map((g) => [g.treatment, g.vatCents])),
    feeCents: Math.round((summary.totalBaseCents * feeBp) / 10000),
  };
}

/** Credits an invoice note after note, carrying what each note took, like the server does. */
function creditInSteps(inv: ReturnType<typeof invoice>, amounts: number[]) {
  const lines = inv.lines.map((l) => ({ ...l }));
  const creditedVat: Partial<Record<VatTreatment, number>> = {};
  let creditedExcl = 0;
  let creditedIncl = 0;
  let fee = 0;
  const notes = [];
  for (const amount of amounts) {
    const input: PartialCreditInput = {
      lines,
      creditedVatCents: creditedVat,
      totalExclVatCents: inv.totalExclVatCents,
      creditedExclVatCents: creditedExcl,
      feeCents: inv.feeCents,
      dueCents: inv.totalInclVatCents - creditedIncl,
      amountExclVatCents: amount,
      date: DATE,
    };
    const result = allocatePartialCredit(input);
    if (!result.ok) return { notes, refused: result, lines, creditedVat, creditedExcl, creditedIncl, fee };
    for (const l of result.lines)
      lines.find((x) => x.lineNo === l.lineNo)!.creditedCents += l.amountExclVatCents;
    for (const g of result.groups) creditedVat[g.treatment] = (creditedVat[g.treatment] ?? 0) + g.vatCents;
    creditedExcl += result.totalExclVatCents;
    creditedIncl += result.totalInclVatCents;
    fee += result.feeCents;
    notes.push(result);
  }
  return { notes, refused: null, lines, creditedVat, creditedExcl, creditedIncl, fee };
}

describe('partial credit notes', () => {
  it('credits part of a 21 % invoice with its VAT and its share of the fee', () => {
    const inv = invoice([['standard_21', 100_000]]);
    const { notes } = creditInSteps(inv, [25_000]);
    expect(notes[0]).toMatchObject({
      totalExclVatCents: 25_000,
      totalVatCents: 5_250,
      totalInclVatCents: 30_250,
      feeCents: 1_625,
      lines: [{ lineNo: 1, treatment: 'standard_21', amountExclVatCents: 25_000 }],
      groups: [{ treatment: 'standard_21', rateBp: 2100, baseCents: 25_000, vatCents: 5_250 }],
    });
  });

  it('spreads the amount over the VAT groups in proportion to what each can still be credited', () => {
    const inv = invoice([
      ['standard_21', 30_000],
      ['reduced_6', 10_000],
    ]);
    const { notes } = creditInSteps(inv, [10_001]);
    const note = notes[0]!;
    expect(note.lines.map((l) => l.amountExclVatCents)).toEqual([7_501, 2_500]);
    expect(note.groups).toEqual([
      { treatment: 'standard_21', rateBp: 2100, baseCents: 7_501, vatCents: 1_575 },
      { treatment: 'reduced_6', rateBp: 600, baseCents: 2_500, vatCents: 150 },
    ]);
  });

  it('refuses more than what can still be credited and tells the maximum', () => {
    const inv = invoice([['standard_21', 100_000]]);
    const result = allocatePartialCredit({
      lines: inv.lines,
      creditedVatCents: {},
      totalExclVatCents: 100_000,
      creditedExclVatCents: 0,
      feeCents: inv.feeCents,
      // 50,000.00 incl. VAT were already paid: 71,000.00 remain due.
      dueCents: 71_000,
      amountExclVatCents: 60_000,
      date: DATE,
    });
    expect(result).toEqual({ ok: false, reason: 'too_large', maxExclVatCents: 58_678 });
    // 586.78 excl. + 123.22 VAT (21 % of 586.78 = 123.2238) = 710.00: exactly what is due.
    const max = allocatePartialCredit({
      lines: inv.lines,
      creditedVatCents: {},
      totalExclVatCents: 100_000,
      creditedExclVatCents: 0,
      feeCents: inv.feeCents,
      dueCents: 71_000,
      amountExclVatCents: 58_678,
      date: DATE,
    });
    expect(max.ok && max.totalInclVatCents).toBe(71_000);
  });

  it('splits by largest remainder, exactly, ties to the first line', () => {
    expect(splitByLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitByLargestRemainder(0, [5, 5])).toEqual([0, 0]);
    expect(splitByLargestRemainder(7, [0, 10])).toEqual([0, 7]);
  });

  it('property: credit notes never exceed the invoice, and crediting it all gives back exactly its VAT and fee', () => {
    const treatments: VatTreatment[] = [
      'standard_21',
      'reduced_12',
      'reduced_6',
      'zero',
      'reverse_charge_eu',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...treatments), fc.integer({ min: 1, max: 5_000_000 })), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 1, maxLength: 6 }),
        (lines, amounts) => {
          const inv = invoice(lines);
          const run = creditInSteps(inv, amounts);
          // Never more than the invoice, line by line and in total.
          for (const l of run.lines) expect(l.creditedCents).toBeLessThanOrEqual(l.amountExclVatCents);
          expect(run.creditedIncl).toBeLessThanOrEqual(inv.totalInclVatCents);
          for (const note of run.notes) {
            expect(note.lines.reduce((s, l) => s + l.amountExclVatCents, 0)).toBe(note.totalExclVatCents);
            expect(note.groups.reduce((s, g) => s + g.baseCents, 0)).toBe(note.totalExclVatCents);
            expect(note.feeCents).toBeGreaterThanOrEqual(0);
            expect(note.feeCents).toBeLessThanOrEqual(note.totalExclVatCents);
            // Each note's VAT is within a cent of its own base × rate.
            for (const g of note.groups) {
              const own = Math.round((g.baseCents * g.rateBp) / 10000);
              expect(Math.abs(g.vatCents - own)).toBeLessThanOrEqual(1);
            }
          }
          // A refusal names a maximum that is accepted.
          if (run.refused) {
            const remaining = inv.totalExclVatCents - run.creditedExcl;
            expect(run.refused.maxExclVatCents).toBeLessThanOrEqual(remaining);
          }
          // Credit what is left: the notes add up to the invoice exactly.
          const rest = inv.totalExclVatCents - run.creditedExcl;
          // (The notes issued are replayed without the refused one, which may have asked for more than was left.)
          const last = creditInSteps(inv, [
            ...run.notes.map((n) => n.totalExclVatCents),
            ...(rest > 0 ? [rest] : []),
          ]);
          expect(last.refused).toBeNull();
          expect(last.creditedExcl).toBe(inv.totalExclVatCents);
          expect(last.creditedIncl).toBe(inv.totalInclVatCents);
          expect(last.fee).toBe(inv.feeCents);
          for (const [t, vat] of Object.entries(inv.vatByTreatment)) {
            expect(last.creditedVat[t as VatTreatment] ?? 0).toBe(vat);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: the maximum fits what is due and one cent more does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        (a, b, paidPercent) => {
          const inv = invoice([
            ['standard_21', a],
            ['reduced_6', b],
          ]);
          const due = inv.totalInclVatCents - Math.floor((inv.totalInclVatCents * paidPercent) / 100);
          const input: PartialCreditInput = {
            lines: inv.lines,
            creditedVatCents: {},
            totalExclVatCents: inv.totalExclVatCents,
            creditedExclVatCents: 0,
            feeCents: inv.feeCents,
            dueCents: due,
            amountExclVatCents: 1,
            date: DATE,
          };
          const max = maxCreditableExclVat(input);
          if (max > 0) expect(allocatePartialCredit({ ...input, amountExclVatCents: max }).ok).toBe(true);
          if (max < inv.totalExclVatCents) {
            expect(allocatePartialCredit({ ...input, amountExclVatCents: max + 1 }).ok).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
