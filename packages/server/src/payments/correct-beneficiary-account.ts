import { DomainError, assertBic, assertSepaIban } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import type { PaymentOrderRow } from './queries.ts';

/**
 * Payroll corrects the account of an order still waiting for export (the file refused it: wrong IBAN, an
 * account outside SEPA, a wrong BIC). The new IBAN is checked and sealed; the audit keeps its last four
 * characters only. An exported order's account never changes.
 */
export async function correctBeneficiaryAccount(
  ctx: AppContext,
  request: FastifyRequest,
  orderId: string,
  input: { iban: string; bic?: string | null | undefined },
) {
  const iban = assertSepaIban(input.iban, 'iban');
  const bic = input.bic ? assertBic(input.bic, 'bic') : null;
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<
      Pick<PaymentOrderRow, 'id' | 'entity_id' | 'status' | 'iban_last4' | 'bic'>
    >('SELECT id, entity_id, status, iban_last4, bic FROM payment_orders WHERE id = $1 FOR UPDATE', [
      orderId,
    ]);
    const order = rows[0];
    if (!order) throw DomainError.notFound('payments.order.not_found');
    if (order.status !== 'pending') throw DomainError.conflict('payments.order.not_pending');
    const last4 = iban.slice(-4);
    await tx.query('UPDATE payment_orders SET iban_enc = $2, iban_last4 = $3, bic = $4 WHERE id = $1', [
      order.id,
      ctx.protector.encrypt(iban),
      last4,
      bic,
    ]);
    await audit(tx, request, {
      action: 'payment_order.account_corrected',
      subjectType: 'payment_order',
      subjectId: order.id,
      entityId: order.entity_id,
      before: { ibanLast4: order.iban_last4, bic: order.bic },
      after: { ibanLast4: last4, bic },
    });
    return { id: order.id, ibanLast4: last4, bic };
  });
}
