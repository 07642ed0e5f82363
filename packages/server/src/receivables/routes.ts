import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError, type Instalment } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { sendReminders } from './send-reminders.ts';
import { readQueue } from './read-queue.ts';
import { readCase } from './read-case.ts';
import { readFigures } from './read-figures.ts';
import { openCase } from './open-case.ts';
import { logContact } from './log-contact.ts';
import { recordPromise } from './record-promise.ts';
import { setUpPlan } from './set-up-plan.ts';
import { openDispute } from './open-dispute.ts';
import { resolveDispute } from './resolve-dispute.ts';
import { handOverToLegal } from './hand-over-to-legal.ts';
import { writeOff } from './write-off.ts';
import {
  contactSchema,
  disputeSchema,
  figuresQuery,
  invoiceParams,
  legalSchema,
  openSchema,
  planSchema,
  promiseSchema,
  queueQuery,
  resolveSchema,
  runSchema,
  writeOffSchema,
} from './schemas.ts';

/** `YYYY-MM` of a date, moved by `months`. */
function monthOf(date: string, months = 0): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Reminders, the collection queue, its cases and the receivables figures: client service and admins. */
export async function receivablesRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['receivables'];
  const staff = (request: Parameters<typeof requireRole>[0]) =>
    requireRole(request, guard, 'client_service', 'admin');

  app.post(
    '/receivables/reminders/run',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Run the reminders now (the scheduler does it every day): for today, or a past day to catch up',
        body: runSchema,
      },
    },
    async (request) => {
      staff(request);
      const date = request.body.date ?? ctx.clock.today();
      if (date > ctx.clock.today()) throw DomainError.field('date', 'receivables.run.date_future');
      const result = await sendReminders(ctx, date);
      await audit(ctx.db, request, {
        action: 'receivables.reminders_run',
        subjectType: 'job',
        after: result,
      });
      return result;
    },
  );

  app.get(
    '/receivables/queue',
    {
      schema: {
        tags,
        summary: 'Overdue invoices and open cases, oldest first, with the last reminder and the next action',
        querystring: queueQuery,
      },
    },
    async (request) => {
      staff(request);
      return readQueue(ctx.db, request.query, ctx.clock.today());
    },
  );

  app.get(
    '/receivables/figures',
    {
      schema: {
        tags,
        summary: 'Outstanding by age, DSO, reminders sent and recovery rate, per entity and per month',
        querystring: figuresQuery,
      },
    },
    async (request) => {
      staff(request);
      const today = ctx.clock.today();
      const to = request.query.to ?? monthOf(today);
      const from = request.query.from ?? monthOf(`${to}-01`, -11);
      return readFigures(ctx.db, { entityId: request.query.entityId, from, to }, today);
    },
  );

  app.get(
    '/receivables/cases/:invoiceId',
    {
      schema: {
        tags,
        summary: 'One unpaid invoice: reminders, case, contact log, plan, what comes next',
        params: invoiceParams,
      },
    },
    async (request) => {
      staff(request);
      return readCase(ctx.db, request.params.invoiceId, ctx.clock.today());
    },
  );

  /** Every action answers the case as it is afterwards. */
  const after = (invoiceId: string) => readCase(ctx.db, invoiceId, ctx.clock.today());

  app.post(
    '/receivables/cases/:invoiceId/open',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Take an unpaid invoice into the queue',
        params: invoiceParams,
        body: openSchema,
      },
    },
    async (request, reply) => {
      staff(request);
      await openCase(ctx, request, request.params.invoiceId, request.body);
      return reply.code(201).send(await after(request.params.invoiceId));
    },
  );

  app.post(
    '/receivables/cases/:invoiceId/events',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Log a call, an e-mail, a letter or a note (and the next action date)',
        params: invoiceParams,
        body: contactSchema,
      },
    },
    async (request, reply) => {
      staff(request);
      await logContact(ctx, request, request.params.invoiceId, request.body);
      return reply.code(201).send(await after(request.params.invoiceId));
    },
  );

  app.post(
    '/receivables/cases/:invoiceId/promise',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Record a promise to pay: reminders paused until that date and the grace days',
        params: invoiceParams,
        body: promiseSchema,
      },
    },
    async (request) => {
      staff(request);
      await recordPromise(ctx, request, request.params.invoiceId, request.body);
      return after(request.params.invoiceId);
    },
  );

  app.post(
    '/receivables/cases/:invoiceId/plan',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Set up a payment plan: reminders paused while it is respected',
        params: invoiceParams,
        body: planSchema,
      },
    },
    async (request, reply) => {
      staff(request);
      await setUpPlan(ctx, request, request.params.invoiceId, {
        instalments: request.body.instalments as Instalment[],
        text: request.body.text,
      });
      return reply.code(201).send(await after(request.params.invoiceId));
    },
  );

  app.post(
    '/receivables/cases/:invoiceId/dispute',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'The client disputes the invoice: reminders paused, the worker and the adviser informed',
        params: invoiceParams,
        body: disputeSchema,
      },
    },
    async (request) => {
      staff(request);
      const { informed } = await openDispute(ctx, request, request.params.invoiceId, request.body);
      return { ...(await after(request.params.invoiceId)), informed };
    },
  );

  app.post(
    '/receivables/cases/:invoiceId/resolve',
    {
      config: { idempotent: true },
      schema: { tags, summary: 'The dispute is settled', params: invoiceParams, body: resolveSchema },
    },
    async (request) => {
      staff(request);
      await resolveDispute(ctx, request, request.params.invoiceId, request.body);
      return after(request.params.invoiceId);
    },
  );

  app.post(
    '/receivables/cases/:invoiceId/legal',
    {
      config: { idempotent: true },
      schema: { tags, summary: 'Hand over to legal recovery', params: invoiceParams, body: legalSchema },
    },
    async (request) => {
      staff(request);
      await handOverToLegal(ctx, request, request.params.invoiceId, request.body);
      return after(request.params.invoiceId);
    },
  );

  app.post(
    '/receivables/cases/:invoiceId/write-off',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Write off what remains due (client insolvent): VAT recovered, the loss charged to the salary guarantee fund',
        params: invoiceParams,
        body: writeOffSchema,
      },
    },
    async (request) => {
      staff(request);
      const result = await writeOff(ctx, request, request.params.invoiceId, request.body);
      return { ...(await after(request.params.invoiceId)), writeOff: result };
    },
  );
}
