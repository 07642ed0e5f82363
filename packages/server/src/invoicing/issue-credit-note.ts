import { nextNumber, type Queryable } from '@partage/db';
import { DomainError } from '@partage/domain';
import { reverseEntry } from '../ledger/index.ts';
import type { InvoiceDocument } from '../contracts/documents/types.ts';
import { documentNumber } from './issue-invoice.ts';
import { loadInvoice, type InvoiceRow } from './queries.ts';
import { recordDelivery } from './peppol/record-delivery.ts';
import { activitySaleOf, recordActivitySale } from '../activities/sales.ts';

export interface IssuedCreditNote {
  id: string;
  number: string;
}

/**
 * Cancels an invoice by a credit note for its whole amount, inside the caller's transaction: its own
 * gap-free number, a frozen document that names the credited invoice and the reason, and the reversal of
 * the invoice's ledger entry. An invoice is credited at most once; a paid invoice is not credited here
 * (its payment must be refunded first).
 */
export async function issueCreditNote(
  tx: Queryable,
  input: { invoiceId: string; date: string; reason: string; createdBy: string | null },
): Promise<IssuedCreditNote> {
  const invoice = await loadInvoice(tx, input.invoiceId, true);
  if (invoice.kind !== 'invoice') throw DomainError.conflict('invoice.not_an_invoice');
  if (invoice.status === 'credited') throw DomainError.conflict('invoice.already_credited');
  if (invoice.credited_cents > 0 || invoice.written_off_cents > 0)
    throw DomainError.conflict('invoice.already_credited');
  if (invoice.paid_cents > 0) throw DomainError.conflict('invoice.credit_paid');

  const year = Number(input.date.slice(0, 4));
  const sequence = await nextNumber(tx, invoice.entity_id, 'credit_note', String(year));
  const number = documentNumber(invoice.entity_id, 'credit_note', year, sequence);
  const original = invoice.document;
  const document: InvoiceDocument = {
    ...original,
    kind: 'credit_note',
    number,
    issueDate: input.date,
    dueDate: null,
    epcQrPayload: null,
    credits: { number: invoice.number, issueDate: invoice.issue_date },
    reason: input.reason,
  };
  const { entry } = await reverseEntry(tx, {
    entryId: invoice.journal_entry_id,
    date: input.date,
    description: `Credit note ${number} for invoice ${invoice.number}`,
    idempotencyKey: `credit-note:${invoice.id}`,
    createdBy: input.createdBy,
  });
  const id = await insertCreditNote(tx, invoice, {
    number,
    year,
    sequence,
    date: input.date,
    totals: invoice,
    document,
    journalEntryId: entry.id,
    createdBy: input.createdBy,
  });
  await tx.query(
    `UPDATE invoices SET status = 'credited', credited_cents = total_incl_vat_cents WHERE id = $1`,
    [invoice.id],
  );
  await tx.query(
    `INSERT INTO invoice_lines (invoice_id, line_no, description, quantity_centi, unit, unit_price_cents,
       amount_excl_vat_cents, vat_treatment, vat_rate_bp, vat_cents)
     SELECT $1, line_no, description, quantity_centi, unit, unit_price_cents, amount_excl_vat_cents, vat_treatment,
            vat_rate_bp, vat_cents FROM invoice_lines WHERE invoice_id = $2`,
    [id, invoice.id],
  );
  if (invoice.activity_id) {
    // The reversal took back from the Activity's budget exactly what the invoice credited to it.
    const sale = await activitySaleOf(tx, invoice.id);
    await recordActivitySale(tx, {
      activityId: invoice.activity_id,
      invoiceId: invoice.id,
      documentId: id,
      kind: 'credit_note',
      date: input.date,
      amountExclVatCents: -sale.amountExclVatCents,
      feeCents: -sale.feeCents,
      creditCents: -sale.creditCents,
      journalEntryId: entry.id,
    });
  }
  await recordDelivery(tx, { invoiceId: id, document, clientId: invoice.client_id });
  return { id, number };
}

/**
 * The row of a credit note of `invoice` (full or partial): same client, worker, contract and language, its
 * own gap-free number, its totals and frozen document. Answers its id.
 */
export async function insertCreditNote(
  tx: Queryable,
  invoice: InvoiceRow,
  note: {
    number: string;
    year: number;
    sequence: number;
    date: string;
    totals: Pick<InvoiceRow, 'total_excl_vat_cents' | 'total_vat_cents' | 'total_incl_vat_cents'>;
    document: InvoiceDocument;
    journalEntryId: string;
    createdBy: string | null;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO invoices (entity_id, kind, number, year, sequence, credits_invoice_id, contract_id, client_id,
       person_id, language, issue_date, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents, document,
       journal_entry_id, status, created_by, activity_id)
     VALUES ($1, 'credit_note', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'issued', $16, $17)
     RETURNING id`,
    [
      invoice.entity_id,
      note.number,
      note.year,
      note.sequence,
      invoice.id,
      invoice.contract_id,
      invoice.client_id,
      invoice.person_id,
      invoice.language,
      note.date,
      note.totals.total_excl_vat_cents,
      note.totals.total_vat_cents,
      note.totals.total_incl_vat_cents,
      JSON.stringify(note.document),
      note.journalEntryId,
      note.createdBy,
      invoice.activity_id,
    ],
  );
  return rows[0]!.id;
}
