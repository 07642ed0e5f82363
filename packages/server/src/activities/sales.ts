import type { Queryable } from '@partage/db';

export interface ActivitySaleLine {
  activityId: string;
  /** The invoice the line is about (for a credit note or a write-off: the invoice credited). */
  invoiceId: string;
  /** The document that made the line: the invoice itself, or the credit note. */
  documentId: string;
  kind: 'invoice' | 'credit_note' | 'write_off';
  date: string;
  /** Signed: negative for a credit note or a write-off. */
  amountExclVatCents: number;
  feeCents: number;
  creditCents: number;
  journalEntryId: string;
}

/**
 * Records what an invoice, a credit note or a write-off did to an Activity's budget, inside the
 * transaction that posted it (the budget account moved by `creditCents` in `journalEntryId`).
 */
export async function recordActivitySale(tx: Queryable, line: ActivitySaleLine): Promise<void> {
  await tx.query(
    `INSERT INTO activity_sales (activity_id, invoice_id, document_id, kind, sale_date, amount_excl_vat_cents,
       fee_cents, credit_cents, journal_entry_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      line.activityId,
      line.invoiceId,
      line.documentId,
      line.kind,
      line.date,
      line.amountExclVatCents,
      line.feeCents,
      line.creditCents,
      line.journalEntryId,
    ],
  );
}

/** What an invoice still holds for its Activity's budget: its credit, net of credit notes and write-offs. */
export async function activitySaleOf(
  tx: Queryable,
  invoiceId: string,
): Promise<{ amountExclVatCents: number; feeCents: number; creditCents: number }> {
  const { rows } = await tx.query<{ amount: number; fee: number; credit: number }>(
    `SELECT COALESCE(sum(amount_excl_vat_cents), 0)::bigint AS amount, COALESCE(sum(fee_cents), 0)::bigint AS fee,
            COALESCE(sum(credit_cents), 0)::bigint AS credit
       FROM activity_sales WHERE invoice_id = $1`,
    [invoiceId],
  );
  return {
    amountExclVatCents: Number(rows[0]!.amount),
    feeCents: Number(rows[0]!.fee),
    creditCents: Number(rows[0]!.credit),
  };
}
