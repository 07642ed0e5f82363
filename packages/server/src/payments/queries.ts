import type { Queryable } from '@partage/db';

/** A payment order as stored (`payment_orders`); the IBAN stays sealed until a file is built. */
export interface PaymentOrderRow {
  id: string;
  entity_id: string;
  kind: 'salary' | 'expenses' | 'share_refund' | 'supplier';
  source_type: 'payslip' | 'share_refund' | 'supplier_invoice' | 'expense_claim' | 'cdi_payslip';
  source_id: string;
  person_id: string | null;
  beneficiary_name: string;
  iban_enc: string;
  iban_last4: string;
  bic: string | null;
  amount_cents: number;
  currency: string;
  remittance: string;
  end_to_end_id: string;
  purpose: string | null;
  requested_execution_date: string;
  settle_account_id: string;
  status: 'pending' | 'exported' | 'paid' | 'returned';
  batch_id: string | null;
  block_id: string | null;
  journal_entry_id: string | null;
  bank_transaction_id: string | null;
  booked_on: string | null;
  return_entry_id: string | null;
  return_bank_transaction_id: string | null;
  created_by: string | null;
  created_at: Date;
  exported_at: Date | null;
  paid_at: Date | null;
  returned_at: Date | null;
}

export interface PaymentBlockRow {
  id: string;
  batch_id: string;
  entity_id: string;
  payment_information_id: string;
  requested_execution_date: string;
  number_of_transactions: number;
  control_sum_cents: number;
  status: 'exported' | 'partially_confirmed' | 'confirmed';
  journal_entry_id: string | null;
}

export interface SettlementRow {
  order_id: string;
  line_no: number;
  account_id: string;
  amount_cents: number;
}

export const ORDER_COLUMNS = `id, entity_id, kind, source_type, source_id, person_id, beneficiary_name, iban_enc, iban_last4,
  bic, amount_cents::bigint AS amount_cents, trim(currency) AS currency, remittance, end_to_end_id, purpose,
  requested_execution_date::text AS requested_execution_date, settle_account_id, status, batch_id, block_id,
  journal_entry_id, bank_transaction_id, booked_on::text AS booked_on, return_entry_id, return_bank_transaction_id, created_by, created_at,
  exported_at, paid_at, returned_at`;

/** The parts of each order per payable account, in line order. */
export async function settlementsOf(
  db: Queryable,
  orderIds: string[],
): Promise<Map<string, SettlementRow[]>> {
  const result = new Map<string, SettlementRow[]>();
  if (orderIds.length === 0) return result;
  const { rows } = await db.query<SettlementRow>(
    `SELECT order_id, line_no, account_id, amount_cents::bigint AS amount_cents FROM payment_order_settlements
      WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, line_no`,
    [orderIds],
  );
  for (const row of rows) {
    const list = result.get(row.order_id) ?? [];
    list.push({ ...row, amount_cents: Number(row.amount_cents) });
    result.set(row.order_id, list);
  }
  return result;
}

/**
 * Brings a file's blocks and the file itself up to date with their orders: a block (a file) is confirmed
 * when the bank confirmed every one of its orders, partially confirmed when some.
 */
export async function refreshBatchStatus(tx: Queryable, batchId: string): Promise<void> {
  await tx.query(
    `UPDATE payment_batch_blocks b SET status = s.status
       FROM (SELECT block_id,
                    CASE WHEN bool_and(status IN ('paid', 'returned')) THEN 'confirmed'
                         WHEN bool_or(status IN ('paid', 'returned')) THEN 'partially_confirmed'
                         ELSE 'exported' END AS status
               FROM payment_orders WHERE batch_id = $1 GROUP BY block_id) s
      WHERE b.id = s.block_id AND b.status <> s.status`,
    [batchId],
  );
  await tx.query(
    `UPDATE payment_batches p SET status = s.status
       FROM (SELECT CASE WHEN bool_and(status = 'confirmed') THEN 'confirmed'
                         WHEN bool_or(status <> 'exported') THEN 'partially_confirmed'
                         ELSE 'exported' END AS status
               FROM payment_batch_blocks WHERE batch_id = $1) s
      WHERE p.id = $1 AND p.status <> s.status`,
    [batchId],
  );
}
