import { DomainError } from '../errors.ts';
import { DEFAULT_PAYROLL_RULES } from '../rules/index.ts';
import type { PayrollRuleSet } from '../rules/index.ts';
import { applyBp, formatCents } from './arith.ts';
import { MAX_AMOUNT_CENTS, amountIssues, breakdownFor, computeFigures, prepareContract } from './engine.ts';
import type { NetInput, NetSearchResult } from './types.ts';

/**
 * The inverse of computeFromInvoice: the amount to invoice (excluding VAT) for a wished net pay.
 *
 * Exact search on integer cents, no float algebra: the forward computation is run on candidate amounts
 * and a bracketed binary search finds the SMALLEST amount whose net reaches the wished net.
 * Why it lands exactly on the wished net: with every rate ≤ 100 % and the multiplier ≥ 1, one more cent
 * invoiced raises the fee by 0 or 1 cent, hence the budget by 0 or 1, the gross (rounded down) by 0 or 1,
 * the taxable pay by 0 or 1 and the net by 0 or 1. The net is therefore non-decreasing in the amount and
 * takes every value between its minimum and its maximum: the smallest amount reaching the wished net
 * yields it to the cent. (Tested as a property.)
 *
 * Errors: `payroll.net.unreachable` (field wishedNetCents) when even 1,000,000.00 EUR does not give that
 * net (or the withholding is 100 %); `payroll.gross.below_minimum` when the amount found pays less than
 * the legal minimum for the days declared; plus every validation error of the forward computation.
 */
export function computeForNet(
  input: NetInput,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): NetSearchResult {
  const ctx = prepareContract(input, rules, amountIssues('wishedNetCents', input.wishedNetCents, 'net'));
  const wished = input.wishedNetCents;

  const atMax = computeFigures(ctx, MAX_AMOUNT_CENTS);
  if (!atMax) {
    const max = MAX_AMOUNT_CENTS - applyBp(MAX_AMOUNT_CENTS, ctx.fee.rateBp, 'half-up');
    throw DomainError.field('expensesCents', 'payroll.expenses.max', { max: formatCents(max) });
  }
  if (atMax.net < wished) {
    throw DomainError.field('wishedNetCents', 'payroll.net.unreachable', { maximum: formatCents(atMax.net) });
  }

  const netAt = (amount: number): number => computeFigures(ctx, amount)?.net ?? -1;
  // Invariant: netAt(hi) >= wished; every amount below lo gives less than wished.
  let lo = 1;
  let hi = MAX_AMOUNT_CENTS;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (netAt(mid) >= wished) hi = mid;
    else lo = mid + 1;
  }

  const breakdown = breakdownFor(ctx, lo, 'wishedNetCents');
  if (Math.abs(breakdown.netCents - wished) > 1) {
    throw new Error(`net search missed: wished ${wished}, got ${breakdown.netCents} at ${lo}`);
  }
  return { wishedNetCents: wished, amountExclVatCents: lo, breakdown };
}
