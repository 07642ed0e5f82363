/**
 * A partial credit note: part of an invoice's amount excluding VAT is credited, spread over its lines
 * (and so over its VAT groups), never more than what can still be credited.
 *
 * Rounding, all explicit and exact on integer cents:
 * - the amount is spread over the lines in proportion to what each line can still be credited (the
 *   line's amount minus what earlier credit notes took from it), by largest remainder (ties: lower line
 *   number first), so the shares add up to the amount and no line gives more than it has left;
 * - VAT of each group (one VAT treatment) is computed on the cumulative credited base: VAT(credited base
 *   after this note) − VAT already credited on the group. The credit notes of an invoice therefore add up
 *   to exactly the invoice's VAT when the whole invoice ends up credited, and each note's VAT differs from
 *   "its own base × rate" by at most one cent (EN 16931 BR-CO-17 as the CEN validation artefacts apply it,
 *   with a tolerance);
 * - the mutualised fee given back is cumulative too: fee × credited after / total − fee × credited before /
 *   total, each half up: the fee shares of all the credit notes add up to the invoice's fee.
 */
import { mulDiv } from '../payroll/arith.ts';
import { vatAmount, vatTreatmentRule, type VatTreatment, VAT_TREATMENTS } from '../contracts/vat.ts';

export interface CreditableLine {
  lineNo: number;
  treatment: VatTreatment;
  /** The invoice line's amount excluding VAT. */
  amountExclVatCents: number;
  /** What earlier credit notes already credited on this line (excluding VAT). */
  creditedCents: number;
}

export interface PartialCreditInput {
  lines: readonly CreditableLine[];
  /** VAT already credited per treatment by earlier credit notes. */
  creditedVatCents: Partial<Record<VatTreatment, number>>;
  /** The invoice's total excluding VAT and what earlier credit notes credited of it. */
  totalExclVatCents: number;
  creditedExclVatCents: number;
  /** The mutualised fee of the invoice (0 when there is none). */
  feeCents: number;
  /** What the client still owes on the invoice, VAT included (`amountDue`). */
  dueCents: number;
  /** The amount to credit, excluding VAT. */
  amountExclVatCents: number;
  /** The invoice's issue date: the VAT rules of the credited supply. */
  date: string;
}

export interface PartialCreditGroup {
  treatment: VatTreatment;
  rateBp: number;
  baseCents: number;
  vatCents: number;
}

export interface PartialCredit {
  lines: Array<{ lineNo: number; treatment: VatTreatment; amountExclVatCents: number }>;
  groups: PartialCreditGroup[];
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  /** The part of the mutualised fee given back. */
  feeCents: number;
}

export type PartialCreditResult =
  ({ ok: true } & PartialCredit) | { ok: false; reason: 'too_large'; maxExclVatCents: number };

function assertCents(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be non-negative cents`);
}

/** Largest-remainder split of `amount` in proportion to `weights` (sum of weights ≥ amount ≥ 0). */
export function splitByLargestRemainder(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (amount === 0 || total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => {
    const product = BigInt(amount) * BigInt(w);
    return { floor: Number(product / BigInt(total)), rest: product % BigInt(total) };
  });
  let left = amount - exact.reduce((s, e) => s + e.floor, 0);
  const order = exact
    .map((e, i) => ({ i, rest: e.rest }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  const shares = exact.map((e) => e.floor);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/** The credit note for `amount` excluding VAT, computed without checking it against what is due. */
function compute(input: PartialCreditInput, amount: number): PartialCredit {
  const remaining = input.lines.map((l) => l.amountExclVatCents - l.creditedCents);
  const shares = splitByLargestRemainder(amount, remaining);
  const lines = input.lines
    .map((l, i) => ({ lineNo: l.lineNo, treatment: l.treatment, amountExclVatCents: shares[i]! }))
    .filter((l) => l.amountExclVatCents > 0);
  const groups: PartialCreditGroup[] = [];
  for (const treatment of VAT_TREATMENTS) {
    const ofGroup = input.lines.filter((l) => l.treatment === treatment);
    if (ofGroup.length === 0) continue;
    const base = lines.filter((l) => l.treatment === treatment).reduce((s, l) => s + l.amountExclVatCents, 0);
    if (base === 0) continue;
    const before = ofGroup.reduce((s, l) => s + l.creditedCents, 0);
    const vatBefore = input.creditedVatCents[treatment] ?? 0;
    const vat = Math.max(0, vatAmount(before + base, treatment, input.date) - vatBefore);
    groups.push({
      treatment,
      rateBp: vatTreatmentRule(treatment, input.date).rateBp,
      baseCents: base,
      vatCents: vat,
    });
  }
  const totalVat = groups.reduce((s, g) => s + g.vatCents, 0);
  const total = input.totalExclVatCents;
  const after = input.creditedExclVatCents + amount;
  const fee =
    total === 0
      ? 0
      : mulDiv(input.feeCents, after, total, 'half-up') -
        mulDiv(input.feeCents, input.creditedExclVatCents, total, 'half-up');
  return {
    lines,
    groups,
    totalExclVatCents: amount,
    totalVatCents: totalVat,
    totalInclVatCents: amount + totalVat,
    feeCents: fee,
  };
}

/** What can still be credited excluding VAT: bounded by the lines and by what is due, VAT included. */
export function maxCreditableExclVat(input: PartialCreditInput): number {
  const remaining = input.lines.reduce((s, l) => s + Math.max(0, l.amountExclVatCents - l.creditedCents), 0);
  const fits = (amount: number) => compute(input, amount).totalInclVatCents <= input.dueCents;
  // The total VAT included grows with the amount (up to a cent moved between VAT groups by the rounding):
  // a binary search, then a walk of a few cents to the exact largest amount that fits.
  let low = 0;
  let high = remaining;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  while (low < remaining && fits(low + 1)) low += 1;
  while (low > 0 && !fits(low)) low -= 1;
  return low;
}

/**
 * The partial credit note of `input.amountExclVatCents`, or `too_large` with the largest amount (excluding
 * VAT) that may still be credited.
 */
export function allocatePartialCredit(input: PartialCreditInput): PartialCreditResult {
  assertCents('amountExclVatCents', input.amountExclVatCents);
  assertCents('dueCents', input.dueCents);
  assertCents('feeCents', input.feeCents);
  for (const line of input.lines) {
    assertCents('line amount', line.amountExclVatCents);
    assertCents('line credited', line.creditedCents);
    if (line.creditedCents > line.amountExclVatCents) throw new RangeError('line credited beyond its amount');
  }
  const remaining = input.lines.reduce((s, l) => s + l.amountExclVatCents - l.creditedCents, 0);
  if (input.amountExclVatCents === 0) throw new RangeError('a credit note credits at least one cent');
  if (input.amountExclVatCents <= remaining) {
    const credit = compute(input, input.amountExclVatCents);
    if (credit.totalInclVatCents <= input.dueCents) return { ok: true, ...credit };
  }
  return { ok: false, reason: 'too_large', maxExclVatCents: maxCreditableExclVat(input) };
}
