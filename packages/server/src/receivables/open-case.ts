import { DomainError } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { amountDue } from '../invoicing/queries.ts';
import { invoiceForCollection, openCaseFor } from './queries.ts';

/**
 * Client service takes an unpaid invoice into its queue before the schedule hands it over (the client
 * called, a worker warned them): a case opened by staff, assigned to whoever opened it, with an optional
 * note. An invoice has one case; nothing due, nothing to open.
 */
export async function openCase(
  ctx: AppContext,
  request: FastifyRequest,
  invoiceId: string,
  input: { note?: string },
): Promise<void> {
  const today = ctx.clock.today();
  await ctx.db.transaction(async (tx) => {
    const invoice = await invoiceForCollection(tx, invoiceId);
    if (amountDue(invoice) === 0) throw DomainError.conflict('receivables.invoice.nothing_due');
    const { kase, opened } = await openCaseFor(tx, invoice, {
      by: 'staff',
      actorId: request.user?.id ?? null,
      date: today,
      text: input.note ?? '',
    });
    if (!opened) throw DomainError.conflict('receivables.case.exists');
    await audit(tx, request, {
      action: 'receivables.case_opened',
      subjectType: 'invoice',
      subjectId: invoice.id,
      entityId: invoice.entity_id,
      after: { caseId: kase.id, note: input.note ?? '' },
    });
  });
}
