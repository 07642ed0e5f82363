import { addDays, collectionTransition, DomainError } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { amountDue } from '../invoicing/queries.ts';
import {
  endActivePlan,
  caseForAction,
  invoiceForCollection,
  recordCaseEvent,
  updateCase,
} from './queries.ts';
import { notifyWorkerAndAdviser } from './notify-people.ts';

/** Days before client service looks at a dispute again when nobody planned another date. */
export const DISPUTE_FOLLOW_UP_DAYS = 14;

/**
 * The client disputes the invoice: reminders are paused (a running plan ends), the reason is logged, and
 * the worker and their adviser are told by e-mail, since they know the work and the client.
 */
export async function openDispute(
  ctx: AppContext,
  request: FastifyRequest,
  invoiceId: string,
  input: { reason: string; nextActionOn?: string | null },
): Promise<{ informed: number }> {
  const today = ctx.clock.today();
  if (input.nextActionOn && input.nextActionOn < today)
    throw DomainError.field('nextActionOn', 'receivables.next_action.past');
  return ctx.db.transaction(async (tx) => {
    const invoice = await invoiceForCollection(tx, invoiceId);
    if (amountDue(invoice) === 0) throw DomainError.conflict('receivables.invoice.nothing_due');
    const actor = request.user?.id ?? null;
    const kase = await caseForAction(tx, invoice, actor, today);
    const status = collectionTransition(kase.status, 'dispute');
    if (kase.status === 'payment_plan') await endActivePlan(tx, invoice.id, 'cancelled', today);
    await updateCase(tx, kase, {
      status,
      nextActionOn: input.nextActionOn ?? addDays(today, DISPUTE_FOLLOW_UP_DAYS),
    });
    await recordCaseEvent(tx, kase.id, {
      kind: 'dispute',
      statusAfter: status,
      occurredOn: today,
      by: actor,
      text: input.reason,
    });
    const informed = await notifyWorkerAndAdviser(ctx, tx, invoice, 'invoice_disputed', {
      reason: input.reason,
    });
    await audit(tx, request, {
      action: 'receivables.dispute_opened',
      subjectType: 'invoice',
      subjectId: invoice.id,
      entityId: invoice.entity_id,
      before: { status: kase.status },
      after: { status, reason: input.reason, informed },
    });
    return { informed };
  });
}
