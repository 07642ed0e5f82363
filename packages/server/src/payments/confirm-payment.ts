import type { Queryable } from '@partage/db';
import { postTransfer } from './transfer-entry.ts';
import {
  ORDER_COLUMNS,
  refreshBatchStatus,
  settlementsOf,
  type PaymentBlockRow,
  type PaymentOrderRow,
} from './queries.ts';

/** A debit line of a bank statement that may be one of our transfers. */
export interface ConfirmOrderInput {
  entityId: string;
  /** The EndToEndId the bank reports (`TxDtls/Refs/EndToEndId`). */
  endToEndId: string;
  /** The amount debited, in cents (the sign is ignored: a debit may come signed). */
  amountCents: number;
  /** The booking date of the statement entry: the date of the ledger entry. */
  bookingDate: string;
  /** The bank statement line: the same line confirming again is a no-op, another line is not ours. */
  bankTransactionId: string;
  actorId: string | null;
}

export interface ConfirmBatchInput {
  entityId: string;
  /** The PmtInfId the bank reports for a block booked as one debit (`NtryDtls/Btch/PmtInfId`). */
  paymentInformationId: string;
  amountCents: number;
  bookingDate: string;
  bankTransactionId: string;
  actorId: string | null;
}

export interface ConfirmResult {
  matched: boolean;
  journalEntryId: string | null;
}

export const NOT_MATCHED: ConfirmResult = { matched: false, journalEntryId: null };

/**
 * The bank statement shows that one transfer left: posts Dr the payable(s) the order clears / Cr bank,
 * marks the order paid (and what it paid, e.g. a share refund), and brings its file's status up to date.
 * Inside the caller's transaction (the statement import).
 *
 * Not matched (nothing changes): unknown EndToEndId in that entity, an order not exported yet, an amount
 * that differs from the order's. Confirming again with the same bank line returns the entry already
 * posted; the same EndToEndId on another bank line (a second debit) is not matched, so that staff see it.
 */
export async function confirmPaymentOrder(tx: Queryable, input: ConfirmOrderInput): Promise<ConfirmResult> {
  const { rows } = await tx.query<PaymentOrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM payment_orders WHERE entity_id = $1 AND end_to_end_id = $2 FOR UPDATE`,
    [input.entityId, input.endToEndId],
  );
  const order = rows[0];
  if (!order) return NOT_MATCHED;
  if (order.status === 'paid' || order.status === 'returned')
    return order.bank_transaction_id === input.bankTransactionId
      ? { matched: true, journalEntryId: order.journal_entry_id }
      : NOT_MATCHED;
  if (order.status !== 'exported' || Number(order.amount_cents) !== Math.abs(input.amountCents))
    return NOT_MATCHED;
  const settlements = await settlementsOf(tx, [order.id]);
  const entryId = await postTransfer(tx, {
    entityId: order.entity_id,
    date: input.bookingDate,
    description: `SEPA transfer ${order.end_to_end_id} confirmed by the bank`,
    reference: order.end_to_end_id,
    idempotencyKey: `payment-order:${order.id}`,
    source: 'payment.transfer',
    direction: 'out',
    actorId: input.actorId,
    settlements: settlements.get(order.id) ?? [],
  });
  await markPaid(tx, [order], entryId, input);
  await refreshBatchStatus(tx, order.batch_id!);
  return { matched: true, journalEntryId: entryId };
}

/**
 * The bank booked a whole payment information block (one execution date of a file, `BtchBookg` true) as one
 * debit: when the amount equals the block's control sum and every order of the block is waiting for the
 * bank, posts one entry clearing all their payables against the bank and marks them paid. Any other amount,
 * or a block some of whose orders were already confirmed one by one, is not matched.
 */
export async function confirmPaymentBatch(tx: Queryable, input: ConfirmBatchInput): Promise<ConfirmResult> {
  const { rows: blocks } = await tx.query<PaymentBlockRow>(
    `SELECT id, batch_id, entity_id, payment_information_id, requested_execution_date::text AS requested_execution_date,
            number_of_transactions, control_sum_cents::bigint AS control_sum_cents, status, journal_entry_id
       FROM payment_batch_blocks WHERE entity_id = $1 AND payment_information_id = $2 FOR UPDATE`,
    [input.entityId, input.paymentInformationId],
  );
  const block = blocks[0];
  if (!block) return NOT_MATCHED;
  const { rows: orders } = await tx.query<PaymentOrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM payment_orders WHERE block_id = $1 ORDER BY id FOR UPDATE`,
    [block.id],
  );
  if (block.journal_entry_id)
    return orders.every((o) => o.bank_transaction_id === input.bankTransactionId)
      ? { matched: true, journalEntryId: block.journal_entry_id }
      : NOT_MATCHED;
  if (Number(block.control_sum_cents) !== Math.abs(input.amountCents)) return NOT_MATCHED;
  if (orders.length === 0 || orders.some((o) => o.status !== 'exported')) return NOT_MATCHED;
  const settlements = await settlementsOf(
    tx,
    orders.map((o) => o.id),
  );
  const entryId = await postTransfer(tx, {
    entityId: block.entity_id,
    date: input.bookingDate,
    description: `SEPA transfers ${block.payment_information_id} (${orders.length}) confirmed by the bank`,
    reference: block.payment_information_id,
    idempotencyKey: `payment-block:${block.id}`,
    source: 'payment.transfer',
    direction: 'out',
    actorId: input.actorId,
    settlements: orders.flatMap((o) => settlements.get(o.id) ?? []),
  });
  await markPaid(tx, orders, entryId, input);
  await tx.query('UPDATE payment_batch_blocks SET journal_entry_id = $2 WHERE id = $1', [block.id, entryId]);
  await refreshBatchStatus(tx, block.batch_id);
  return { matched: true, journalEntryId: entryId };
}

async function markPaid(
  tx: Queryable,
  orders: PaymentOrderRow[],
  entryId: string,
  input: { bookingDate: string; bankTransactionId: string },
): Promise<void> {
  await tx.query(
    `UPDATE payment_orders SET status = 'paid', journal_entry_id = $2, bank_transaction_id = $3, booked_on = $4,
            paid_at = now()
      WHERE id = ANY($1::uuid[])`,
    [orders.map((o) => o.id), entryId, input.bankTransactionId, input.bookingDate],
  );
  // What the transfers paid: a share refund is paid on the day the bank booked it.
  const refunds = orders.filter((o) => o.source_type === 'share_refund').map((o) => o.source_id);
  if (refunds.length > 0)
    await tx.query(
      `UPDATE share_refunds SET status = 'paid', paid_on = $2 WHERE id = ANY($1::uuid[]) AND status = 'payable'`,
      [refunds, input.bookingDate],
    );
}
