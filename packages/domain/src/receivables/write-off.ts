import { mulDiv } from '../payroll/arith.ts';

/**
 * How a lost debt is booked when the client is insolvent (sources in SOURCES.md):
 *
 *   credit client receivables      what remains due (incl. VAT)
 *   debit  VAT payable             its VAT part, recovered (Belgian VAT Code art. 77 §1 7°)
 *   debit  guarantee advances      what the salary guarantee fund advanced on the invoice and never got
 *                                  back: the reduction of the fund's reserve becomes final
 *   debit  salary guarantee fund   the rest (a credit when the open advances exceed the amount excluding
 *                                  VAT: the fund gets back what it had set aside beyond the loss)
 *
 * The worker's salary and contract account are never touched: the salary was guaranteed.
 */
export interface WriteOffSplit {
  receivablesCents: number;
  vatCents: number;
  advancesCents: number;
  /** Positive: charged to the fund (debit); negative: given back to it (credit). */
  fundCents: number;
}

export function writeOffSplit(input: {
  amountDueCents: number;
  totalInclVatCents: number;
  totalVatCents: number;
  openAdvancesCents: number;
}): WriteOffSplit {
  const due = input.amountDueCents;
  // A partly paid invoice: payments settled VAT and base in proportion; half up to the cent.
  const vat =
    input.totalInclVatCents > 0 ? mulDiv(due, input.totalVatCents, input.totalInclVatCents, 'half-up') : 0;
  const advances = Math.max(0, input.openAdvancesCents);
  return { receivablesCents: due, vatCents: vat, advancesCents: advances, fundCents: due - vat - advances };
}
