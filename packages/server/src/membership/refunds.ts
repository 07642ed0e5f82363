import type { FastifyRequest } from 'fastify';
import { DomainError, formatMoney, refundAmount, shareRefundRemittance } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { accountFor } from '../ledger/index.ts';
import { createPaymentOrder } from '../payments/create-payment-order.ts';
import { loadMember, loadRegisterEntity, today } from './queries.ts';

/**
 * The general assembly approved a financial year's accounts: the refunds of shares resigned during
 * that year become payable, at nominal value reduced by the ratio set (book value below nominal),
 * never above nominal.
 */
export async function approveAccounts(
  ctx: AppContext,
  request: FastifyRequest,
  input: { entityId: string; financialYear: number; approvedOn: string; refundRatioBp: number },
) {
  await loadRegisterEntity(ctx.db, input.entityId);
  if (input.approvedOn > today()) throw DomainError.field('approvedOn', 'field.date_in_future');
  if (Number(input.approvedOn.slice(0, 4)) <= input.financialYear)
    throw DomainError.field('approvedOn', 'field.invalid_date');
  return ctx.db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      `INSERT INTO accounts_approvals (entity_id, financial_year, approved_on, refund_ratio_bp, recorded_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [input.entityId, input.financialYear, input.approvedOn, input.refundRatioBp, request.user!.id],
    );
    if (rowCount === 0) throw DomainError.conflict('accounts.already_approved');
    const { rows: refunds } = await tx.query<{
      id: string;
      member_id: string;
      nominal_cents: number;
      financial_year: number;
    }>(
      `SELECT id, member_id, nominal_cents, financial_year FROM share_refunds
        WHERE entity_id = $1 AND financial_year <= $2 AND status = 'awaiting_accounts' FOR UPDATE`,
      [input.entityId, input.financialYear],
    );
    const capital = await accountFor(tx, input.entityId, 'share_capital');
    for (const refund of refunds) {
      const amount = refundAmount(refund.nominal_cents, input.refundRatioBp);
      await tx.query(`UPDATE share_refunds SET status = 'payable', amount_cents = $2 WHERE id = $1`, [
        refund.id,
        amount,
      ]);
      const member = await loadMember(tx, refund.member_id);
      // The refund is paid by SEPA transfer: it clears the share capital when the bank confirms it.
      if (amount > 0)
        await createPaymentOrder(tx, ctx.protector, {
          entityId: input.entityId,
          kind: 'share_refund',
          sourceType: 'share_refund',
          sourceId: refund.id,
          beneficiary: { personId: member.person_id },
          amountCents: amount,
          remittance: shareRefundRemittance(member.language, refund.financial_year, member.member_number),
          requestedExecutionDate: input.approvedOn,
          settlements: [{ accountId: capital.id, amountCents: amount }],
          createdBy: request.user!.id,
        });
      await queueEmail(
        tx,
        {
          entityId: input.entityId,
          to: member.email,
          language: member.language,
          template: 'refund_payable',
          params: {
            name: member.display_name,
            year: input.financialYear,
            amount: formatMoney(amount, member.language),
          },
        },
        ctx.delivery,
      );
    }
    await audit(tx, request, {
      action: 'accounts.approved',
      subjectType: 'financial_year',
      subjectId: `${input.entityId}/${input.financialYear}`,
      entityId: input.entityId,
      after: { ...input, refundsMadePayable: refunds.length },
    });
    return { refundsMadePayable: refunds.length };
  });
}

/**
 * Client service records that a payable refund was paid outside the platform. A refund whose SEPA transfer
 * is ordered is marked paid by the bank statement that confirms it, never by hand.
 */
export async function markRefundPaid(
  ctx: AppContext,
  request: FastifyRequest,
  refundId: string,
  paidOn: string,
) {
  if (paidOn > today()) throw DomainError.field('paidOn', 'field.date_in_future');
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ status: string; entity_id: string }>(
      'SELECT status, entity_id FROM share_refunds WHERE id = $1 FOR UPDATE',
      [refundId],
    );
    const refund = rows[0];
    if (!refund) throw DomainError.notFound();
    if (refund.status !== 'payable') throw DomainError.conflict('refund.not_payable');
    const { rows: orders } = await tx.query(
      `SELECT 1 FROM payment_orders WHERE source_type = 'share_refund' AND source_id = $1 AND status <> 'returned'`,
      [refundId],
    );
    if (orders.length > 0) throw DomainError.conflict('refund.transfer_ordered');
    await tx.query(`UPDATE share_refunds SET status = 'paid', paid_on = $2 WHERE id = $1`, [
      refundId,
      paidOn,
    ]);
    await audit(tx, request, {
      action: 'refund.paid',
      subjectType: 'share_refund',
      subjectId: refundId,
      entityId: refund.entity_id,
      before: { status: 'payable' },
      after: { status: 'paid', paidOn },
    });
    return { ok: true };
  });
}
