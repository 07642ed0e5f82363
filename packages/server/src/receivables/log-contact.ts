import { collectionTransition, DomainError, type ContactKind } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { caseForAction, invoiceForCollection, recordCaseEvent, updateCase } from './queries.ts';

/**
 * Logs a contact with the client (a call, an e-mail, a letter) or a note on the case, with the date of the
 * next action when staff plan one. Opens the case when the invoice has none yet.
 */
export async function logContact(
  ctx: AppContext,
  request: FastifyRequest,
  invoiceId: string,
  input: { kind: ContactKind; text: string; nextActionOn?: string | null },
): Promise<void> {
  const today = ctx.clock.today();
  if (input.nextActionOn && input.nextActionOn < today)
    throw DomainError.field('nextActionOn', 'receivables.next_action.past');
  await ctx.db.transaction(async (tx) => {
    const invoice = await invoiceForCollection(tx, invoiceId);
    const actor = request.user?.id ?? null;
    const kase = await caseForAction(tx, invoice, actor, today);
    const status = collectionTransition(kase.status, 'contact');
    if (input.nextActionOn !== undefined)
      await updateCase(tx, kase, {
        status,
        nextActionOn: input.nextActionOn,
        closedOn: kase.closed_on,
      });
    await recordCaseEvent(tx, kase.id, {
      kind: input.kind,
      statusAfter: status,
      occurredOn: today,
      by: actor,
      text: input.text,
    });
    await audit(tx, request, {
      action: 'receivables.contact_logged',
      subjectType: 'invoice',
      subjectId: invoice.id,
      entityId: invoice.entity_id,
      after: { kind: input.kind, nextActionOn: input.nextActionOn ?? null },
    });
  });
}
