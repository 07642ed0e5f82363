import {
  addDays,
  collectionTransition,
  DomainError,
  validatePaymentPlan,
  type Instalment,
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
 * A payment plan agreed with the client: instalments that sum to what remains due, with increasing due
 * dates. Reminders are paused while it is respected; the daily run breaks it (and logs it) when an
 * instalment is still unpaid after the entity's grace days, and the reminders start again.
 */
export async function setUpPlan(
  ctx: AppContext,
  request: FastifyRequest,
  invoiceId: string,
  input: { instalments: Instalment[]; text?: string },
): Promise<{ planId: string }> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const invoice = await invoiceForCollection(tx, invoiceId);
    const due = amountDue(invoice);
    if (due === 0) throw DomainError.conflict('receivables.invoice.nothing_due');
    const actor = request.user?.id ?? null;
    const kase = await caseForAction(tx, invoice, actor, today);
    const status = collectionTransition(kase.status, 'plan');
    const instalments = validatePaymentPlan(input.instalments, due, today);
    const schedule = await scheduleOfEntity(tx, invoice.entity_id);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO payment_plans (case_id, invoice_id, entity_id, total_cents, settled_at_start_cents, grace_days,
         agreed_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        kase.id,
        invoice.id,
        invoice.entity_id,
        due,
        invoice.paid_cents + invoice.credited_cents,
        schedule.planGraceDays,
        today,
        actor,
      ],
    );
    const planId = rows[0]!.id;
    await tx.query(
      `INSERT INTO payment_plan_instalments (plan_id, seq, due_on, amount_cents)
       SELECT $1, n, d, a FROM unnest($2::int[], $3::date[], $4::bigint[]) AS t(n, d, a)`,
      [
        planId,
        instalments.map((_i, n) => n + 1),
        instalments.map((i) => i.dueOn),
        instalments.map((i) => i.amountCents),
      ],
    );
    await updateCase(tx, kase, { status, nextActionOn: addDays(instalments[0]!.dueOn, 1) });
    await recordCaseEvent(tx, kase.id, {
      kind: 'plan',
      statusAfter: status,
      occurredOn: today,
      by: actor,
      text: input.text ?? '',
      promisedOn: instalments[instalments.length - 1]!.dueOn,
      amountCents: due,
    });
    await audit(tx, request, {
      action: 'receivables.plan_agreed',
      subjectType: 'invoice',
      subjectId: invoice.id,
      entityId: invoice.entity_id,
      before: { status: kase.status },
      after: { status, planId, instalments },
    });
    return { planId };
  });
}
