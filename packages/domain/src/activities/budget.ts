/**
 * The Activity's budget, as its participants and its adviser read it.
 *
 * Money in: every invoice credits the budget with its amount excluding VAT minus the mutualised fee
 * (`invoiceBudgetCredit`), when it is issued; the ledger tracks the client's receivable. What the budget
 * may SPEND is what was actually received: the budget's share of the client's payments
 * (`receivedShare`), plus other money in (last year's carry-over, a loan received).
 *
 *   invoiced (excl. VAT)          invoices issued − credit notes
 *   − fee                         mutualised fee on them (credit notes give it back)
 *   = credited                    what the invoices brought to the budget
 *     of which received           the budget's share of what clients paid
 *     of which issued-not-paid    credited − received
 *   available now                 received + other money in − spent
 *   committed                     approved or requested but not paid yet: salaries, expenses, purchases,
 *                                 loan instalments due
 *   free                          available − committed: what a new request may use
 *   projected                     available + issued-not-paid − committed
 *
 * The affordability rule (`canAfford`): a new cost is accepted only if the free budget covers it, or the
 * free budget plus an authorised advance (DESIGN.md "Money and the ledger": never below zero unless an
 * authorised advance says so). The database enforces it again in the transaction.
 *
 * Rounding: the fee is the payroll engine's (`feeFor`: rate of the entity on the invoice date, half up to
 * the cent) so the Contract tool and the Activity tool take the same fee; the credit is the amount minus
 * that fee, so fee + credit = amount exactly. A partial payment gives the budget its share rounded DOWN
 * (the budget never counts as received a cent the client has not paid).
 */
import { DomainError } from '../errors.ts';
import { feeFor } from '../payroll/engine.ts';
import { formatCents, mulDiv } from '../payroll/arith.ts';
import type { ClientKind } from '../payroll/types.ts';
import { DEFAULT_PAYROLL_RULES, type PayrollRuleSet } from '../rules/index.ts';
import { trustedCents } from './input.ts';

export interface InvoiceCreditInput {
  /** Entity issuing the invoice (its fee rule applies), e.g. `BE-PA`. */
  entity: string;
  /** Amount of the invoice excluding VAT; negative for a credit note. */
  amountExclVatCents: number;
  /** Issue date `YYYY-MM-DD`: selects the fee rule in force. */
  date: string;
  /** Who carries the project, where the fee depends on it (FR). Default natural person. */
  clientKind?: ClientKind;
}

export interface InvoiceCredit {
  amountExclVatCents: number;
  feeRateBp: number;
  /** Same sign as the amount. */
  feeCents: number;
  /** amount − fee: what the budget receives (negative for a credit note). */
  creditCents: number;
  rounding: string;
  source: string;
}

/**
 * What an invoice (or credit note) brings to the budget: amount excluding VAT − mutualised fee.
 * A credit note gives back the fee of its amount (computed on the absolute amount, then negated, so an
 * invoice and its full credit note cancel exactly). Invariant: feeCents + creditCents = amountExclVatCents.
 */
export function invoiceBudgetCredit(
  input: InvoiceCreditInput,
  rules: PayrollRuleSet = DEFAULT_PAYROLL_RULES,
): InvoiceCredit {
  const amount = input.amountExclVatCents;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount === 0) {
    throw DomainError.field('amountExclVatCents', 'activity.amount.invalid');
  }
  const sign = amount < 0 ? -1 : 1;
  const fee = feeFor(
    {
      entity: input.entity,
      amountExclVatCents: Math.abs(amount),
      date: input.date,
      ...(input.clientKind ? { clientKind: input.clientKind } : {}),
    },
    rules,
  );
  const feeCents = sign * fee.feeCents;
  return {
    amountExclVatCents: amount,
    feeRateBp: fee.feeRateBp,
    feeCents: feeCents || 0,
    creditCents: amount - feeCents,
    rounding: fee.rounding,
    source: fee.source,
  };
}

/**
 * The budget's share of what the client paid on one invoice: credit × paid ÷ total incl. VAT, rounded
 * down; the whole credit once the invoice is fully paid (overpayments do not count).
 */
export function receivedShare(input: {
  creditCents: number;
  totalInclVatCents: number;
  paidInclVatCents: number;
}): number {
  const credit = trustedCents('creditCents', input.creditCents, 0);
  const total = trustedCents('totalInclVatCents', input.totalInclVatCents, 0);
  const paid = Math.min(trustedCents('paidInclVatCents', input.paidInclVatCents, 0), total);
  if (total === 0 || paid === total) return credit;
  return mulDiv(credit, paid, total, 'down');
}

/** Committed money: requested or approved, not paid yet. */
export interface CommittedFigures {
  salariesCents: number;
  expensesCents: number;
  purchasesCents: number;
  loanInstalmentsCents: number;
}

/** Ledger-like figures of one Activity (the server sums them from the ledger and the documents). */
export interface BudgetFigures {
  /** Invoices issued minus credit notes, excluding VAT. */
  invoicedExclVatCents: number;
  /** Mutualised fee on them. */
  feeCents: number;
  /** The budget's share of what clients paid: Σ `receivedShare` over the invoices. */
  receivedCents: number;
  /** Other money in: carry-over from last year, loans received, transfers in. */
  otherInCents: number;
  /** Money out already: salaries, expenses, purchases, investments, loan instalments, fees paid. */
  spentCents: number;
  committed: CommittedFigures;
  /** Authorised advance in force: how far below zero the budget may go (0 without one). */
  advanceLimitCents?: number;
}

export interface BudgetView {
  invoicedExclVatCents: number;
  feeCents: number;
  creditedCents: number;
  receivedCents: number;
  issuedNotPaidCents: number;
  otherInCents: number;
  spentCents: number;
  availableCents: number;
  committed: CommittedFigures;
  committedCents: number;
  /** available − committed: what a new request may use (before any advance). */
  freeCents: number;
  /** available + issued-not-paid − committed. */
  projectedCents: number;
  advanceLimitCents: number;
}

/** The budget view. Figures are trusted (the server computes them); a non-integer is a programming error. */
export function budgetView(figures: BudgetFigures): BudgetView {
  const invoiced = trustedCents('invoicedExclVatCents', figures.invoicedExclVatCents);
  const fee = trustedCents('feeCents', figures.feeCents);
  const received = trustedCents('receivedCents', figures.receivedCents);
  const otherIn = trustedCents('otherInCents', figures.otherInCents);
  const spent = trustedCents('spentCents', figures.spentCents);
  const c = figures.committed;
  const committed: CommittedFigures = {
    salariesCents: trustedCents('committed.salariesCents', c.salariesCents, 0),
    expensesCents: trustedCents('committed.expensesCents', c.expensesCents, 0),
    purchasesCents: trustedCents('committed.purchasesCents', c.purchasesCents, 0),
    loanInstalmentsCents: trustedCents('committed.loanInstalmentsCents', c.loanInstalmentsCents, 0),
  };
  const advance = trustedCents('advanceLimitCents', figures.advanceLimitCents ?? 0, 0);
  const credited = invoiced - fee;
  const issuedNotPaid = Math.max(0, credited - received);
  const available = received + otherIn - spent;
  const committedCents =
    committed.salariesCents +
    committed.expensesCents +
    committed.purchasesCents +
    committed.loanInstalmentsCents;
  return {
    invoicedExclVatCents: invoiced,
    feeCents: fee,
    creditedCents: credited,
    receivedCents: received,
    issuedNotPaidCents: issuedNotPaid,
    otherInCents: otherIn,
    spentCents: spent,
    availableCents: available,
    committed,
    committedCents,
    freeCents: available - committedCents,
    projectedCents: available + issuedNotPaid - committedCents,
    advanceLimitCents: advance,
  };
}

export type Affordability =
  | {
      ok: true;
      /** Free budget left after this cost (negative only within an advance). */ remainingCents: number;
    }
  | { ok: false; /** What is missing to cover it. */ missingCents: number };

/**
 * Whether the budget can take a NEW cost (one not yet counted in `committed`): the free budget plus the
 * authorised advance must cover it. Never lets available − committed go below −advance (below zero
 * without an advance).
 */
export function canAfford(budget: BudgetView, costCents: number): Affordability {
  const cost = trustedCents('costCents', costCents, 0);
  const room = budget.freeCents + budget.advanceLimitCents;
  if (cost <= room) return { ok: true, remainingCents: budget.freeCents - cost };
  return { ok: false, missingCents: cost - room };
}

/**
 * Like `canAfford`, but throws 409 `activity.budget.insufficient` with the missing amount (params
 * `missing` "1234.56", `missingCents`, `free`).
 */
export function requireAffordable(budget: BudgetView, costCents: number): void {
  const result = canAfford(budget, costCents);
  if (!result.ok) {
    throw DomainError.conflict('activity.budget.insufficient', {
      missing: formatCents(result.missingCents),
      missingCents: result.missingCents,
      free: formatCents(Math.max(0, budget.freeCents + budget.advanceLimitCents)),
    });
  }
}

/** The view after committing an accepted cost (what the next request sees). */
export function commit(budget: BudgetView, kind: keyof CommittedFigures, costCents: number): BudgetView {
  const cost = trustedCents('costCents', costCents, 0);
  const committed = { ...budget.committed, [kind]: budget.committed[kind] + cost };
  return {
    ...budget,
    committed,
    committedCents: budget.committedCents + cost,
    freeCents: budget.freeCents - cost,
    projectedCents: budget.projectedCents - cost,
  };
}
