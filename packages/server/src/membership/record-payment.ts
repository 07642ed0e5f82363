import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@partage/db';
import { DomainError, formatDate, formatMoney } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { loadMember, loadRequest, today, type RequestRow } from './queries.ts';
import { settleRequest } from './issue-shares.ts';

export interface PaymentInput {
  amountCents: number;
  paidOn: string;
  bankReference?: string;
  source?: 'manual' | 'bank';
}

/**
 * Records a payment received for a share subscription (by client service, or by the bank-statement
 * import with its `bankReference` making the import idempotent). A partial payment leaves the request
 * pending; the payment that completes an approved request issues the shares.
 */
export async function recordSharePayment(
  ctx: AppContext,
  request: FastifyRequest,
  requestId: string,
  input: PaymentInput,
) {
  if (input.paidOn > today()) throw DomainError.field('paidOn', 'field.date_in_future');
  return ctx.db.transaction((tx) => recordSharePaymentIn(ctx, tx, request, requestId, input));
}

/** The same, inside the caller's transaction (the bank-statement import records many in one). */
export async function recordSharePaymentIn(
  ctx: AppContext,
  tx: Queryable,
  request: FastifyRequest,
  requestId: string,
  input: PaymentInput,
): Promise<RequestRow> {
  const req = await loadRequest(tx, requestId, true);
  if (req.kind !== 'subscription' && req.kind !== 'additional')
    throw DomainError.conflict('request.not_payable');
  if (req.status !== 'pending' && req.status !== 'approved') throw DomainError.conflict('request.not_open');
  const due = req.amount_cents - req.paid_cents;
  const member = await loadMember(tx, req.member_id);
  if (input.amountCents > due)
    throw DomainError.field('amountCents', 'payment.more_than_due', {
      due: formatMoney(due, request.lang),
    });
  await tx.query(
    `INSERT INTO share_payments (entity_id, request_id, amount_cents, paid_on, source, bank_reference, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      req.entity_id,
      req.id,
      input.amountCents,
      input.paidOn,
      input.source ?? 'manual',
      input.bankReference ?? null,
      request.user?.id ?? null,
    ],
  );
  const { rows } = await tx.query<RequestRow>(
    'UPDATE share_requests SET paid_cents = paid_cents + $2 WHERE id = $1 RETURNING *',
    [req.id, input.amountCents],
  );
  const updated = rows[0]!;
  await audit(tx, request, {
    action: 'shares.payment_recorded',
    subjectType: 'share_request',
    subjectId: req.id,
    entityId: req.entity_id,
    before: { paidCents: req.paid_cents },
    after: { paidCents: updated.paid_cents, payment: input },
  });
  await queueEmail(
    tx,
    {
      entityId: req.entity_id,
      to: member.email,
      language: member.language,
      template: 'payment_recorded',
      params: {
        name: member.display_name,
        amount: formatMoney(input.amountCents, member.language),
        date: formatDate(input.paidOn, member.language),
        due: formatMoney(updated.amount_cents - updated.paid_cents, member.language),
      },
    },
    ctx.delivery,
  );
  return settleRequest(ctx, tx, request, updated, null);
}
