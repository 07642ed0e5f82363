import type { Queryable } from '@partage/db';
import { DomainError, assertBic, assertSepaIban } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { createPaymentOrder } from './create-payment-order.ts';
import { ORDER_COLUMNS, refreshBatchStatus, settlementsOf, type PaymentOrderRow } from './queries.ts';
import { postTransfer } from './transfer-entry.ts';
import { NOT_MATCHED } from './confirm-payment.ts';

export interface ReturnOrderInput {
  entityId: string;
  /** The EndToEndId of the original transfer, which the bank repeats on the return. */
  endToEndId: string;
  /** The amount credited back, in cents (sign ignored). */
  amountCents: number;
  bookingDate: string;
  bankTransactionId: string;
  actorId: string | null;
}

/**
 * The bank statement shows a transfer coming back (closed account, wrong name...): Dr bank / Cr the payables
 * the transfer had cleared, which are owed again; the order becomes `returned` (and a share refund it paid is
 * payable again). Payroll orders the payment again with `reissuePaymentOrder`. Inside the caller's
 * transaction (the statement import). Not matched: unknown EndToEndId, an order not paid, another amount.
 * The same bank line again returns the entry already posted.
 */
export async function returnPaymentOrder(
  tx: Queryable,
  input: ReturnOrderInput,
): Promise<{ matched: boolean; journalEntryId: string | null }> {
  const { rows } = await tx.query<PaymentOrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM payment_orders WHERE entity_id = $1 AND end_to_end_id = $2 FOR UPDATE`,
    [input.entityId, input.endToEndId],
  );
  const order = rows[0];
  if (!order) return NOT_MATCHED;
  if (order.status === 'returned')
    return order.return_bank_transaction_id === input.bankTransactionId
      ? { matched: true, journalEntryId: order.return_entry_id }
      : NOT_MATCHED;
  if (order.status !== 'paid' || Number(order.amount_cents) !== Math.abs(input.amountCents))
    return NOT_MATCHED;
  const settlements = await settlementsOf(tx, [order.id]);
  const entryId = await postTransfer(tx, {
    entityId: order.entity_id,
    date: input.bookingDate,
    description: `SEPA transfer ${order.end_to_end_id} returned by the bank`,
    reference: order.end_to_end_id,
    idempotencyKey: `payment-return:${order.id}`,
    source: 'payment.return',
    direction: 'back',
    actorId: input.actorId,
    settlements: settlements.get(order.id) ?? [],
  });
  await tx.query(
    `UPDATE payment_orders SET status = 'returned', return_entry_id = $2, return_bank_transaction_id = $3,
            returned_at = now()
      WHERE id = $1`,
    [order.id, entryId, input.bankTransactionId],
  );
  if (order.source_type === 'share_refund')
    await tx.query(
      `UPDATE share_refunds SET status = 'payable', paid_on = NULL WHERE id = $1 AND status = 'paid'`,
      [order.source_id],
    );
  await refreshBatchStatus(tx, order.batch_id!);
  return { matched: true, journalEntryId: entryId };
}

/**
 * Orders again a payment the bank returned: a new order for the same source, amount, remittance and
 * payables, to the account payroll gives (checked), or else the beneficiary's account as it is now.
 */
export async function reissuePaymentOrder(
  ctx: AppContext,
  request: FastifyRequest,
  orderId: string,
  input: { iban?: string | null | undefined; bic?: string | null | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<PaymentOrderRow>(
      `SELECT ${ORDER_COLUMNS} FROM payment_orders WHERE id = $1 FOR UPDATE`,
      [orderId],
    );
    const old = rows[0];
    if (!old) throw DomainError.notFound('payments.order.not_found');
    if (old.status !== 'returned') throw DomainError.conflict('payments.order.not_returned');
    const iban = input.iban?.trim();
    if (!iban && !old.person_id) throw DomainError.field('iban', 'field.required');
    if (iban) {
      assertSepaIban(iban, 'iban');
      if (input.bic) assertBic(input.bic, 'bic');
    }
    const settlements = (await settlementsOf(tx, [old.id])).get(old.id) ?? [];
    const order = await createPaymentOrder(tx, ctx.protector, {
      entityId: old.entity_id,
      kind: old.kind,
      sourceType: old.source_type,
      sourceId: old.source_id,
      beneficiary: iban
        ? { name: old.beneficiary_name, iban, bic: input.bic ?? null, personId: old.person_id }
        : { personId: old.person_id! },
      amountCents: Number(old.amount_cents),
      remittance: old.remittance,
      requestedExecutionDate: ctx.clock.today(),
      purpose: old.purpose,
      settlements: settlements.map((s) => ({ accountId: s.account_id, amountCents: Number(s.amount_cents) })),
      createdBy: request.user?.id ?? null,
    });
    await audit(tx, request, {
      action: 'payment_order.reissued',
      subjectType: 'payment_order',
      subjectId: order.id,
      entityId: old.entity_id,
      before: { orderId: old.id, endToEndId: old.end_to_end_id, ibanLast4: old.iban_last4 },
      after: { orderId: order.id, endToEndId: order.end_to_end_id, ibanLast4: order.iban_last4 },
    });
    return { id: order.id, endToEndId: order.end_to_end_id, status: order.status };
  });
}
