import type { Queryable } from '@partage/db';
import { DomainError, type Language } from '@partage/domain';
import type { InvoiceDocument } from '../contracts/documents/types.ts';

export type InvoiceStatus = 'issued' | 'partially_paid' | 'paid' | 'credited' | 'written_off';

/** What the client still owes on an invoice: total - paid - credited - written off. */
export function amountDue(
  row: Pick<InvoiceRow, 'total_incl_vat_cents' | 'paid_cents' | 'credited_cents' | 'written_off_cents'>,
): number {
  return Math.max(0, row.total_incl_vat_cents - row.paid_cents - row.credited_cents - row.written_off_cents);
}

export interface InvoiceRow {
  id: string;
  entity_id: string;
  kind: 'invoice' | 'credit_note';
  number: string;
  year: number;
  sequence: number;
  credits_invoice_id: string | null;
  contract_id: string | null;
  /** The Activity the invoice credits (its budget), with its quote and place in the quote's schedule. */
  activity_id: string | null;
  quote_id: string | null;
  schedule_kind: 'deposit' | 'intermediate' | 'final' | null;
  client_id: string;
  person_id: string | null;
  language: Language;
  issue_date: string;
  due_date: string | null;
  total_excl_vat_cents: number;
  total_vat_cents: number;
  total_incl_vat_cents: number;
  structured_reference: string | null;
  document: InvoiceDocument;
  journal_entry_id: string;
  paid_cents: number;
  /** Credited by credit notes (full or partial). */
  credited_cents: number;
  /** Written off (the client will never pay; charged to the salary guarantee fund). */
  written_off_cents: number;
  status: InvoiceStatus;
  created_at: Date;
}

export async function loadInvoice(db: Queryable, id: string, lock = false): Promise<InvoiceRow> {
  const { rows } = await db.query<InvoiceRow>(
    `SELECT * FROM invoices WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

/** The invoice (not the credit note) of a contract. */
export async function invoiceOfContract(
  db: Queryable,
  contractId: string,
  lock = false,
): Promise<InvoiceRow> {
  const { rows } = await db.query<InvoiceRow>(
    `SELECT * FROM invoices WHERE contract_id = $1 AND kind = 'invoice' ${lock ? 'FOR UPDATE' : ''}`,
    [contractId],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

/** What a reader may see of an invoice in lists. */
export function presentInvoice(row: InvoiceRow) {
  return {
    id: row.id,
    entityId: row.entity_id,
    kind: row.kind,
    contractId: row.contract_id,
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    totalExclVatCents: row.total_excl_vat_cents,
    totalVatCents: row.total_vat_cents,
    totalInclVatCents: row.total_incl_vat_cents,
    paidCents: row.paid_cents,
    creditedCents: row.credited_cents,
    writtenOffCents: row.written_off_cents,
    dueCents: row.kind === 'invoice' ? amountDue(row) : 0,
    status: row.status,
    structuredCommunication: row.document.structuredCommunication,
    clientName: row.document.client.name,
  };
}
