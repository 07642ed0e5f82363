import { createHash } from 'node:crypto';
import { nextInSequence } from '@partage/db';
import {
  DomainError,
  controlSum,
  executionDate,
  groupByExecutionDate,
  messageId,
  paymentInformationId,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { loadEntity } from '../membership/queries.ts';
import { buildPain001 } from './sepa/build-pain001.ts';
import { ORDER_COLUMNS, type PaymentOrderRow } from './queries.ts';

export interface BatchSummary {
  id: string;
  entityId: string;
  messageId: string;
  numberOfTransactions: number;
  controlSumCents: number;
  status: 'exported' | 'partially_confirmed' | 'confirmed';
  sha256: string;
  createdAt: Date;
  blocks: Array<{
    paymentInformationId: string;
    requestedExecutionDate: string;
    numberOfTransactions: number;
    controlSumCents: number;
  }>;
}

/**
 * Exports the payment orders of an entity waiting for the bank (optionally only those asked for one
 * execution date) as one SEPA credit transfer file: one payment information block per execution date, an
 * execution date never before today and always a TARGET business day. In one transaction: the orders are
 * taken with `FOR UPDATE SKIP LOCKED` (two exports at once never put an order in two files), the file is
 * built and stored frozen with its SHA-256, the orders become `exported`. When an IBAN, a BIC or anything
 * else of the file is wrong, the error names every order at fault and nothing is exported.
 */
export async function exportBatch(
  ctx: AppContext,
  request: FastifyRequest,
  input: { entityId: string; executionDate?: string | undefined },
): Promise<BatchSummary> {
  return ctx.db.transaction(async (tx) => {
    const entity = await loadEntity(tx, input.entityId);
    const currency = entity.currency.trim();
    if (currency !== 'EUR')
      throw DomainError.conflict('payments.currency_not_eur', { entity: entity.id, currency });
    const { rows: orders } = await tx.query<PaymentOrderRow>(
      `SELECT ${ORDER_COLUMNS} FROM payment_orders
        WHERE entity_id = $1 AND status = 'pending' AND ($2::date IS NULL OR requested_execution_date = $2::date)
        ORDER BY requested_execution_date, created_at, end_to_end_id
        FOR UPDATE SKIP LOCKED`,
      [entity.id, input.executionDate ?? null],
    );
    if (orders.length === 0) throw DomainError.conflict('payments.nothing_to_export');

    const today = ctx.clock.today();
    const createdAt = new Date();
    const msgId = messageId(entity.id, today, await nextInSequence(tx, 'payment_batch_ref_seq'));
    const groups = groupByExecutionDate(
      orders.map((order) => ({
        order,
        requestedExecutionDate: executionDate(order.requested_execution_date, today),
        amountCents: Number(order.amount_cents),
      })),
    );
    const blocks = groups.map((group, index) => ({
      ...group,
      paymentInformationId: paymentInformationId(msgId, index + 1),
    }));
    const xml = buildPain001({
      messageId: msgId,
      createdAt,
      initiatingParty: {
        name: entity.name,
        country: entity.country,
        enterpriseNumber: entity.enterprise_number,
      },
      debtor: { name: entity.name, country: entity.country, iban: entity.iban ?? '', bic: entity.bic },
      blocks: blocks.map((block) => ({
        paymentInformationId: block.paymentInformationId,
        requestedExecutionDate: block.requestedExecutionDate,
        transfers: block.items.map(({ order }) => ({
          endToEndId: order.end_to_end_id,
          amountCents: Number(order.amount_cents),
          creditorName: order.beneficiary_name,
          iban: ctx.protector.decrypt(order.iban_enc),
          bic: order.bic,
          remittance: order.remittance,
          purpose: order.purpose,
        })),
      })),
    });
    const sha256 = createHash('sha256').update(xml, 'utf8').digest('hex');
    const total = controlSum(blocks.flatMap((b) => b.items));
    const { rows: batches } = await tx.query<{ id: string; created_at: Date }>(
      `INSERT INTO payment_batches (entity_id, message_id, debtor_iban, number_of_transactions, control_sum_cents,
          xml, sha256, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at`,
      [
        entity.id,
        msgId,
        (entity.iban ?? '').replace(/\s/g, ''),
        orders.length,
        total,
        xml,
        sha256,
        request.user?.id ?? null,
      ],
    );
    const batch = batches[0]!;
    for (const block of blocks) {
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO payment_batch_blocks (batch_id, entity_id, payment_information_id, requested_execution_date,
            number_of_transactions, control_sum_cents)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          batch.id,
          entity.id,
          block.paymentInformationId,
          block.requestedExecutionDate,
          block.numberOfTransactions,
          block.controlSumCents,
        ],
      );
      await tx.query(
        `UPDATE payment_orders SET status = 'exported', batch_id = $2, block_id = $3, requested_execution_date = $4,
                exported_at = now()
          WHERE id = ANY($1::uuid[])`,
        [block.items.map(({ order }) => order.id), batch.id, rows[0]!.id, block.requestedExecutionDate],
      );
    }
    const summary: BatchSummary = {
      id: batch.id,
      entityId: entity.id,
      messageId: msgId,
      numberOfTransactions: orders.length,
      controlSumCents: total,
      status: 'exported',
      sha256,
      createdAt: batch.created_at,
      blocks: blocks.map((b) => ({
        paymentInformationId: b.paymentInformationId,
        requestedExecutionDate: b.requestedExecutionDate,
        numberOfTransactions: b.numberOfTransactions,
        controlSumCents: b.controlSumCents,
      })),
    };
    await audit(tx, request, {
      action: 'payment_batch.exported',
      subjectType: 'payment_batch',
      subjectId: batch.id,
      entityId: entity.id,
      after: { ...summary, endToEndIds: orders.map((o) => o.end_to_end_id) },
    });
    return summary;
  });
}
