import {
  addDays,
  checkPromiseDate,
  collectionTransition,
  DomainError,
  promisePauseUntil,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { amountDue } from '../invoicing/queries.ts';
import {
  caseForAction,
  invoiceForCollection,
  recordCaseEvent,
  scheduleOfEntity,
  updateCase,
} from './queries.ts';

/**
 * The client promises to pay by a date: reminders are paused until that date plus the entity's grace days;
 * client service checks the day after. When nothing came by then, the daily run reopens the case.
 */
export async function recordPromise(
  ctx: AppContext,
  request: FastifyRequest,
  invoiceId: string,
  input: { promisedOn: string; text?: string },
): Promise<void> {
  const today = ctx.clock.today();
  checkPromiseDate(input.promisedOn, today);
  await ctx.db.transaction(async (tx) => {
    const invoice = await invoiceForCollection(tx, invoiceId);
    if (amountDue(invoice) === 0) throw DomainError.conflict('receivables.invoice.nothing_due');
    const actor = request.user?.id ?? null;
    const kase = await caseForAction(tx, invoice, actor, today);
    const status = collectionTransition(kase.status, 'promise');
    const schedule = await scheduleOfEntity(tx, invoice.entity_id);
    const until = promisePauseUntil(input.promisedOn, schedule.promiseGraceDays);
    await updateCase(tx, kase, {
      status,
      nextActionOn: addDays(until, 1),
      promise: { on: input.promisedOn, until },
    });
    await recordCaseEvent(tx, kase.id, {
      kind: 'promise',
      statusAfter: status,
      occurredOn: today,
      by: actor,
      text: input.text ?? '',
      promisedOn: input.promisedOn,
      amountCents: amountDue(invoice),
    });
    await audit(tx, request, {
      action: 'receivables.promise_recorded',
      subjectType: 'invoice',
      subjectId: invoice.id,
      entityId: invoice.entity_id,
      before: { status: kase.status },
      after: { status, promisedOn: input.promisedOn, pausedUntil: until },
    });
  });
}
