import { nextNumber, type Queryable } from '@partage/db';
import {
  DomainError,
  allocatePartialCredit,
  isVatTreatment,
  maxCreditableExclVat,
  splitByLargestRemainder,
  type PartialCreditInput,
  type VatTreatment,
} from '@partage/domain';
import { accountFor, loadEntry, postEntry, type PostingInput } from '../ledger/index.ts';
import type { InvoiceDocument, InvoiceLineView } from '../contracts/documents/types.ts';
import { documentNumber } from './issue-invoice.ts';
import { insertCreditNote } from './issue-credit-note.ts';
import { vatGroupView } from './vat-summary.ts';
import { amountDue, loadInvoice, type InvoiceRow } from './queries.ts';
import { recordActivitySale } from '../activities/sales.ts';
import { recordDelivery } from './peppol/record-delivery.ts';
import { ublAmount } from './ubl/build-ubl.ts';

/** Accounts an invoice's entry credits that a credit note gives back through their own line. */
const OWN_LINES = new Set(['client_receivables', 'vat_payable', 'fee_income']);

interface InvoiceLineRow {
  line_no: number;
  description: string;
  quantity_centi: number;
  unit: InvoiceLineView['unit'];
  amount_excl_vat_cents: number;
  vat_treatment: string;
  vat_rate_bp: number;
}

/** Everything a partial credit of an invoice depends on, read once (the invoice row locked by the caller). */
export interface PartialCreditContext {
  invoice: InvoiceRow;
  lines: InvoiceLineRow[];
  /** Why the invoice cannot be credited partially, or null. */
  blocked: 'invoice.not_an_invoice' | 'invoice.credited' | 'invoice.credit_note.contract_not_paid' | null;
  allocation: Omit<PartialCreditInput, 'amountExclVatCents'>;
  /** The accounts that received the invoice's amount besides VAT and the fee (an Activity budget...). */
  otherCredits: Array<{ accountId: string; amountCents: number }>;
  creditNoteCount: number;
}

/** Reads what a partial credit of `invoice` needs: its lines, earlier credit notes, fee and contract state. */
export async function partialCreditContext(
  db: Queryable,
  invoice: InvoiceRow,
): Promise<PartialCreditContext> {
  const [{ rows: lines }, { rows: notes }, { rows: creditedLines }, entry, contract] = await Promise.all([
    db.query<InvoiceLineRow>(
      `SELECT line_no, description, quantity_centi, unit, amount_excl_vat_cents, vat_treatment, vat_rate_bp
         FROM invoice_lines WHERE invoice_id = $1 ORDER BY line_no`,
      [invoice.id],
    ),
    db.query<{ total_excl_vat_cents: number; document: InvoiceDocument }>(
      'SELECT total_excl_vat_cents, document FROM invoices WHERE credits_invoice_id = $1',
      [invoice.id],
    ),
    db.query<{ line_no: number; credited: number }>(
      `SELECT l.line_no, sum(l.amount_excl_vat_cents)::bigint AS credited
         FROM invoice_lines l JOIN invoices c ON c.id = l.invoice_id
        WHERE c.credits_invoice_id = $1 GROUP BY l.line_no`,
      [invoice.id],
    ),
    loadEntry(db, invoice.journal_entry_id),
    invoice.contract_id
      ? db.query<{ status: string }>('SELECT status FROM contracts WHERE id = $1', [invoice.contract_id])
      : Promise.resolve(null),
  ]);
  const creditedVatCents: Partial<Record<VatTreatment, number>> = {};
  for (const note of notes) {
    for (const group of note.document.vat) {
      const t = group.treatment as VatTreatment;
      creditedVatCents[t] = (creditedVatCents[t] ?? 0) + Number(group.vatCents);
    }
  }
  const creditedByLine = new Map(creditedLines.map((r) => [r.line_no, Number(r.credited)]));
  const feeCents = -entry.postings
    .filter((p) => p.accountKind === 'fee_income')
    .reduce((s, p) => s + Number(p.amountCents), 0);
  const otherCredits = entry.postings
    .filter((p) => !OWN_LINES.has(p.accountKind) && Number(p.amountCents) < 0)
    .map((p) => ({ accountId: p.accountId, amountCents: -Number(p.amountCents) }));

  let blocked: PartialCreditContext['blocked'] = null;
  if (invoice.kind !== 'invoice') blocked = 'invoice.not_an_invoice';
  else if (invoice.status === 'credited') blocked = 'invoice.credited';
  // Before the salary is paid, a contract invoice is corrected by cancelling or correcting the contract.
  else if (contract && contract.rows[0]?.status !== 'paid') blocked = 'invoice.credit_note.contract_not_paid';

  return {
    invoice,
    lines,
    blocked,
    allocation: {
      lines: lines.map((l) => {
        if (!isVatTreatment(l.vat_treatment)) throw new Error(`unknown VAT treatment ${l.vat_treatment}`);
        return {
          lineNo: l.line_no,
          treatment: l.vat_treatment,
          amountExclVatCents: Number(l.amount_excl_vat_cents),
          creditedCents: creditedByLine.get(l.line_no) ?? 0,
        };
      }),
      creditedVatCents,
      totalExclVatCents: Number(invoice.total_excl_vat_cents),
      creditedExclVatCents: notes.reduce((s, n) => s + Number(n.total_excl_vat_cents), 0),
      feeCents: Math.max(0, feeCents),
      dueCents: amountDue(invoice),
      date: invoice.issue_date,
    },
    otherCredits,
    creditNoteCount: notes.length,
  };
}

/** The largest amount excluding VAT that may still be credited (0 when the invoice may not be credited). */
export function creditableExclVat(context: PartialCreditContext): number {
  return context.blocked ? 0 : maxCreditableExclVat({ ...context.allocation, amountExclVatCents: 1 });
}

export interface IssuedPartialCreditNote {
  id: string;
  number: string;
  document: InvoiceDocument;
  /** The credited invoice after the note (credited amount, status). */
  invoice: InvoiceRow;
  /** What the salary guarantee fund absorbed (the worker's share of the credited amount, already paid out). */
  guaranteeFundCents: number;
  feeCents: number;
}

/**
 * Credits part of an invoice, inside the caller's transaction: an amount excluding VAT, spread over the
 * invoice's lines and VAT groups (`allocatePartialCredit`), at most what can still be credited. The credit
 * note gets its own gap-free number, a frozen document naming the invoice and the reason, its electronic
 * invoice, and the ledger entry
 *   debit VAT payable (the VAT credited) + debit fee income (the fee's share, rounded cumulatively)
 *   + debit the rest: for a contract invoice, to the salary guarantee fund, since the worker's salary was
 *     already paid and is never taken back; for another invoice, to the accounts its amount went to
 *   / credit the client's receivable (VAT included).
 * When the fund had advanced the salary and the client now owes less than the open advance, the part of
 * the advance the client will never pay is settled in the same entry (debit guarantee advances, the fund's
 * charge reduced by as much): in the end the fund has lost exactly the worker's share, no more.
 * A contract invoice whose salary is not paid yet is corrected by cancelling the contract instead.
 */
export async function issuePartialCreditNote(
  tx: Queryable,
  input: {
    invoiceId: string;
    amountExclVatCents: number;
    date: string;
    reason: string;
    createdBy: string | null;
  },
): Promise<IssuedPartialCreditNote> {
  const invoice = await loadInvoice(tx, input.invoiceId, true);
  const context = await partialCreditContext(tx, invoice);
  if (context.blocked) throw DomainError.conflict(context.blocked);
  const credit = allocatePartialCredit({
    ...context.allocation,
    amountExclVatCents: input.amountExclVatCents,
  });
  if (!credit.ok) {
    throw DomainError.field('amountExclVatCents', 'invoice.credit_note.too_large', {
      max: ublAmount(credit.maxExclVatCents),
    });
  }

  // The ledger entry.
  const entity = invoice.entity_id;
  const rest = credit.totalExclVatCents - credit.feeCents;
  const postings: PostingInput[] = [];
  const receivables = await accountFor(tx, entity, 'client_receivables', {
    type: 'client',
    id: invoice.client_id,
  });
  postings.push({ accountId: receivables.id, amountCents: -credit.totalInclVatCents });
  if (credit.totalVatCents > 0) {
    postings.push({
      accountId: (await accountFor(tx, entity, 'vat_payable')).id,
      amountCents: credit.totalVatCents,
    });
  }
  if (credit.feeCents > 0) {
    postings.push({
      accountId: (await accountFor(tx, entity, 'fee_income')).id,
      amountCents: credit.feeCents,
    });
  }
  let guaranteeFundCents = 0;
  const settledAdvances: Array<{ id: string; amount: number }> = [];
  if (invoice.contract_id) {
    const { rows: advances } = await tx.query<{ id: string; open: number }>(
      `SELECT id, (amount_cents - reimbursed_cents - written_off_cents)::bigint AS open FROM guarantee_advances
        WHERE invoice_id = $1 AND reimbursed_cents + written_off_cents < amount_cents ORDER BY created_at, id FOR UPDATE`,
      [invoice.id],
    );
    const open = advances.reduce((s, a) => s + Number(a.open), 0);
    const dueBefore = context.allocation.dueCents;
    const dueAfter = dueBefore - credit.totalInclVatCents;
    const unrecoverable = Math.max(0, open - dueAfter) - Math.max(0, open - dueBefore);
    let left = unrecoverable;
    for (const advance of advances) {
      const amount = Math.min(left, Number(advance.open));
      if (amount > 0) settledAdvances.push({ id: advance.id, amount });
      left -= amount;
    }
    guaranteeFundCents = rest;
    const fundPosting = rest - unrecoverable;
    if (fundPosting !== 0) {
      const fund = await accountFor(tx, entity, 'salary_guarantee_fund');
      postings.push({ accountId: fund.id, amountCents: fundPosting });
    }
    if (unrecoverable > 0) {
      const advancesAccount = await accountFor(tx, entity, 'guarantee_advances');
      postings.push({ accountId: advancesAccount.id, amountCents: unrecoverable });
    }
  } else if (rest > 0) {
    if (context.otherCredits.length === 0)
      throw new Error(`invoice ${invoice.number} credited no other account`);
    const shares = splitByLargestRemainder(
      rest,
      context.otherCredits.map((c) => c.amountCents),
    );
    context.otherCredits.forEach((c, i) => {
      if (shares[i]! > 0) postings.push({ accountId: c.accountId, amountCents: shares[i]! });
    });
  }

  const year = Number(input.date.slice(0, 4));
  const sequence = await nextNumber(tx, entity, 'credit_note', String(year));
  const number = documentNumber(entity, 'credit_note', year, sequence);
  const { entry } = await postEntry(tx, {
    entityId: entity,
    date: input.date,
    description: `Credit note ${number} (partial) for invoice ${invoice.number}`,
    reference: number,
    idempotencyKey: `partial-credit-note:${invoice.id}:${context.creditNoteCount + 1}`,
    source: 'invoice.credit_note',
    createdBy: input.createdBy,
    postings,
  });
  for (const advance of settledAdvances) {
    await tx.query('UPDATE guarantee_advances SET reimbursed_cents = reimbursed_cents + $2 WHERE id = $1', [
      advance.id,
      advance.amount,
    ]);
  }

  // The credit note: one line per invoice line credited (same line number), VAT per group.
  const language = invoice.language;
  const ruleDate = invoice.issue_date;
  const byLine = new Map(context.lines.map((l) => [l.line_no, l]));
  const lineVat = new Map<number, number>();
  for (const group of credit.groups) {
    const ofGroup = credit.lines.filter((l) => l.treatment === group.treatment);
    const split = splitByLargestRemainder(
      group.vatCents,
      ofGroup.map((l) => l.amountExclVatCents),
    );
    ofGroup.forEach((l, i) => lineVat.set(l.lineNo, split[i]!));
  }
  const original = invoice.document;
  const lines: InvoiceLineView[] = credit.lines.map((l) => ({
    description: byLine.get(l.lineNo)!.description,
    quantityCenti: 100,
    unit: 'unit',
    unitPriceCents: l.amountExclVatCents,
    amountExclVatCents: l.amountExclVatCents,
    vatRateBp: byLine.get(l.lineNo)!.vat_rate_bp,
  }));
  const document: InvoiceDocument = {
    ...original,
    kind: 'credit_note',
    number,
    issueDate: input.date,
    dueDate: null,
    lines,
    vat: credit.groups.map((g) => vatGroupView(g, language, ruleDate)),
    totalExclVatCents: credit.totalExclVatCents,
    totalVatCents: credit.totalVatCents,
    totalInclVatCents: credit.totalInclVatCents,
    epcQrPayload: null,
    credits: { number: invoice.number, issueDate: invoice.issue_date },
    reason: input.reason,
  };
  const id = await insertCreditNote(tx, invoice, {
    number,
    year,
    sequence,
    date: input.date,
    totals: {
      total_excl_vat_cents: credit.totalExclVatCents,
      total_vat_cents: credit.totalVatCents,
      total_incl_vat_cents: credit.totalInclVatCents,
    },
    document,
    journalEntryId: entry.id,
    createdBy: input.createdBy,
  });
  await tx.query(
    `INSERT INTO invoice_lines (invoice_id, line_no, description, quantity_centi, unit, unit_price_cents,
       amount_excl_vat_cents, vat_treatment, vat_rate_bp, vat_cents)
     SELECT $1, n, d, 100, 'unit', a, a, t, r, v
       FROM unnest($2::int[], $3::text[], $4::bigint[], $5::text[], $6::int[], $7::bigint[]) AS l(n, d, a, t, r, v)`,
    [
      id,
      credit.lines.map((l) => l.lineNo),
      credit.lines.map((l) => byLine.get(l.lineNo)!.description),
      credit.lines.map((l) => l.amountExclVatCents),
      credit.lines.map((l) => l.treatment),
      credit.lines.map((l) => byLine.get(l.lineNo)!.vat_rate_bp),
      credit.lines.map((l) => lineVat.get(l.lineNo) ?? 0),
    ],
  );

  const credited = Number(invoice.credited_cents) + credit.totalInclVatCents;
  const status = amountDue({ ...invoice, credited_cents: credited }) === 0 ? 'credited' : invoice.status;
  await tx.query('UPDATE invoices SET credited_cents = $2, status = $3 WHERE id = $1', [
    invoice.id,
    credited,
    status,
  ]);

  if (invoice.activity_id) {
    await recordActivitySale(tx, {
      activityId: invoice.activity_id,
      invoiceId: invoice.id,
      documentId: id,
      kind: 'credit_note',
      date: input.date,
      amountExclVatCents: -credit.totalExclVatCents,
      feeCents: -credit.feeCents,
      creditCents: -rest,
      journalEntryId: entry.id,
    });
  }
  await recordDelivery(tx, { invoiceId: id, document, clientId: invoice.client_id });
  return {
    id,
    number,
    document,
    invoice: { ...invoice, credited_cents: credited, status },
    guaranteeFundCents,
    feeCents: credit.feeCents,
  };
}
