import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole, requireUser } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { workerOfUser } from '../contracts/worker.ts';
import {
  agreementOfToken,
  createAgreement,
  listAgreements,
  loadAgreement,
  presentAgreement,
} from './agreements.ts';
import { BULK_MAX, declareBulk, parseBulkCsv } from './declare-bulk.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const prestationSchema = z.object({
  workerEmail: z.string().trim().min(3).max(254),
  date: isoDate,
  hours: z.number(),
  amountExclVatCents: z.number().int(),
  description: z.string().trim().max(500).optional(),
  withholdingRateBp: z.number().int().optional(),
  expensesCents: z.number().int().optional(),
});

/**
 * Client platforms (the bike-courier case): an agreement per platform, its workers' consent, and the bulk
 * declaration API the platform calls with its bearer token (JSON or CSV). No session, hence no CSRF token:
 * the bearer token is not sent by browsers on their own.
 */
export async function platformRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['platforms'];

  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/platform/prestations',
    {
      config: { csrfExempt: true },
      schema: {
        tags,
        summary: 'Declare prestations in bulk (client platform, bearer token): all or nothing',
        security: [{ bearer: [] }],
        body: z.object({ prestations: z.array(prestationSchema).max(BULK_MAX) }),
      },
    },
    async (request, reply) => {
      const agreement = await agreementOfToken(ctx.db, request);
      const confirmed = await declareBulk(ctx, request, agreement, request.body.prestations);
      return reply.code(201).send({ count: confirmed.length, contracts: confirmed });
    },
  );

  app.post(
    '/platform/prestations.csv',
    {
      config: { csrfExempt: true },
      schema: {
        tags,
        summary:
          'Declare prestations in bulk from a CSV file (worker_email;date;hours;amount_excl_vat[;description;withholding_rate;expenses])',
        security: [{ bearer: [] }],
        consumes: ['text/csv'],
      },
    },
    async (request, reply) => {
      const agreement = await agreementOfToken(ctx.db, request);
      if (typeof request.body !== 'string') throw DomainError.field('file', 'platform.csv.unreadable');
      const confirmed = await declareBulk(ctx, request, agreement, parseBulkCsv(request.body));
      return reply.code(201).send({ count: confirmed.length, contracts: confirmed });
    },
  );

  app.get(
    '/platform/agreement',
    { schema: { tags, summary: "The calling platform's agreement", security: [{ bearer: [] }] } },
    async (request) => presentAgreement(await agreementOfToken(ctx.db, request)),
  );

  // Administrators: agreements.
  app.get(
    '/staff/platforms',
    { schema: { tags, summary: 'Client platform agreements' } },
    async (request) => {
      requireRole(request, guard, 'admin', 'adviser');
      return (await listAgreements(ctx.db)).map(presentAgreement);
    },
  );

  app.post(
    '/staff/platforms',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Record a client platform agreement; answers its API token once',
        body: z.object({
          clientId: z.uuid(),
          entityId: z.string().max(40).default('BE-PA'),
          jobCode: z.string().max(60),
          risks: z.array(z.string().max(60)).min(1).max(20),
          contractType: z.string().max(40).default('employee'),
          vatTreatment: z.string().max(40).default('standard_21'),
          minPaidHoursPerDay: z.number().min(0).max(24).default(3),
          minHourlyGrossCents: z.number().int().optional(),
        }),
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'admin');
      const { agreement, token } = await ctx.db.transaction((tx) =>
        createAgreement(tx, request, request.body, ctx.clock.today()),
      );
      return reply.code(201).send({ agreement: presentAgreement(agreement), token });
    },
  );

  // Workers: which platforms may declare for them.
  app.get(
    '/contracts/platforms',
    { schema: { tags, summary: 'Client platforms, and those I allowed to declare for me' } },
    async (request) => {
      const user = requireUser(request);
      const worker = await workerOfUser(ctx.db, user.id);
      const { rows } = await ctx.db.query<{ agreement_id: string }>(
        'SELECT agreement_id FROM platform_workers WHERE person_id = $1',
        [worker.person_id],
      );
      const allowed = new Set(rows.map((r) => r.agreement_id));
      return (await listAgreements(ctx.db)).map((a) => ({
        id: a.id,
        clientName: a.client_name,
        minPaidHoursPerDay: a.min_paid_centi_hours_per_day / 100,
        minHourlyGrossCents: a.min_hourly_gross_cents,
        allowed: allowed.has(a.id),
      }));
    },
  );

  app.post(
    '/contracts/platforms/:id/:decision',
    {
      schema: {
        tags,
        summary: 'Allow a client platform to declare my prestations, or withdraw it',
        params: z.object({ id: z.uuid(), decision: z.enum(['allow', 'withdraw']) }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      const agreement = await loadAgreement(ctx.db, request.params.id);
      await ctx.db.transaction(async (tx) => {
        const worker = await workerOfUser(tx, user.id);
        if (request.params.decision === 'allow') {
          await tx.query(
            'INSERT INTO platform_workers (agreement_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
            [agreement.id, worker.person_id],
          );
        } else {
          await tx.query('DELETE FROM platform_workers WHERE agreement_id = $1 AND person_id = $2', [
            agreement.id,
            worker.person_id,
          ]);
        }
        await audit(tx, request, {
          action: `platform.worker.${request.params.decision}`,
          subjectType: 'platform_agreement',
          subjectId: agreement.id,
          after: { personId: worker.person_id },
        });
      });
      return { ok: true };
    },
  );
}
