import { collectionTransition } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { caseForAction, invoiceForCollection, recordCaseEvent, updateCase } from './queries.ts';
import { notifyWorkerAndAdviser } from './notify-people.ts';

/**
 * The dispute is settled (the client accepted the invoice, or a credit note corrected it): the case is
 * open again, the reminders resume on what remains due, and the worker and adviser are told the outcome.
 */
export async function resolveDispute(
  ctx: AppContext,
  request: FastifyRequest,
  invoiceId: string,
  input: { outcome: string },
): Promise<void> {
  const today = ctx.clock.today();
  await ctx.db.transaction(async (tx) => {
    const invoice = await invoiceForCollection(tx, invoiceId);
    const actor = request.user?.id ?? null;
    const kase = await caseForAction(tx, invoice, actor, today);
    const status = collectionTransition(kase.status, 'resolve');
    await updateCase(tx, kase, { status, nextActionOn: today });
    await recordCaseEvent(tx, kase.id, {
      kind: 'dispute_resolved',
      statusAfter: status,
      occurredOn: today,
      by: actor,
      text: input.outcome,
    });
    await notifyWorkerAndAdviser(ctx, tx, invoice, 'invoice_dispute_resolved', { outcome: input.outcome });
    await audit(tx, request, {
      action: 'receivables.dispute_resolved',
      subjectType: 'invoice',
      subjectId: invoice.id,
      entityId: invoice.entity_id,
      before: { status: kase.status },
      after: { status, outcome: input.outcome },
    });
  });
}
