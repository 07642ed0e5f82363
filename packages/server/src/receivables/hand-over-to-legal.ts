import { collectionTransition, DomainError } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { amountDue } from '../invoicing/queries.ts';
import {
  caseForAction,
  endActivePlan,
  invoiceForCollection,
  recordCaseEvent,
  updateCase,
} from './queries.ts';

/**
 * Legal recovery as the last resort (a lawyer or a bailiff): the reminders stop, a running plan ends, the
 * file reference is logged. A settlement reached during the procedure may still become a payment plan.
 */
export async function handOverToLegal(
  ctx: AppContext,
  request: FastifyRequest,
  invoiceId: string,
  input: { text: string; nextActionOn?: string | null },
): Promise<void> {
  const today = ctx.clock.today();
  if (input.nextActionOn && input.nextActionOn < today)
    throw DomainError.field('nextActionOn', 'receivables.next_action.past');
  await ctx.db.transaction(async (tx) => {
    const invoice = await invoiceForCollection(tx, invoiceId);
    if (amountDue(invoice) === 0) throw DomainError.conflict('receivables.invoice.nothing_due');
    const actor = request.user?.id ?? null;
    const kase = await caseForAction(tx, invoice, actor, today);
    const status = collectionTransition(kase.status, 'legal');
    if (kase.status === 'payment_plan') await endActivePlan(tx, invoice.id, 'cancelled', today);
    await updateCase(tx, kase, { status, nextActionOn: input.nextActionOn ?? null });
    await recordCaseEvent(tx, kase.id, {
      kind: 'legal',
      statusAfter: status,
      occurredOn: today,
      by: actor,
      text: input.text,
      amountCents: amountDue(invoice),
    });
    await audit(tx, request, {
      action: 'receivables.legal_recovery',
      subjectType: 'invoice',
      subjectId: invoice.id,
      entityId: invoice.entity_id,
      before: { status: kase.status },
      after: { status, text: input.text },
    });
  });
}
