import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, PAYMENT_ORDER_STATUSES } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { exportBatch } from './export-batch.ts';
import { correctBeneficiaryAccount } from './correct-beneficiary-account.ts';
import { reissuePaymentOrder } from './return-payment.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const entityId = z.string().min(1).max(40);

/** An order as staff see it: the account by its last four characters only. */
const ORDER_VIEW = `
  SELECT o.id, o.entity_id AS "entityId", o.kind, o.source_type AS "sourceType", o.source_id AS "sourceId",
         o.beneficiary_name AS "beneficiaryName", o.iban_last4 AS "ibanLast4", o.bic,
         o.amount_cents AS "amountCents", o.remittance, o.end_to_end_id AS "endToEndId",
         o.requested_execution_date::text AS "requestedExecutionDate", o.status, o.batch_id AS "batchId",
         b.message_id AS "messageId", o.journal_entry_id AS "journalEntryId", o.booked_on::text AS "bookedOn",
         o.created_at AS "createdAt", o.exported_at AS "exportedAt", o.paid_at AS "paidAt"
    FROM payment_orders o LEFT JOIN payment_batches b ON b.id = o.batch_id`;

export async function paymentRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['payments'];

  app.get(
    '/payments/orders',
    {
      schema: {
        tags,
        summary: 'Payment orders (salaries, expenses, share refunds), newest first',
        querystring: z.object({
          entityId: entityId.optional(),
          status: z.enum(PAYMENT_ORDER_STATUSES).optional(),
          batchId: z.uuid().optional(),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'payroll', 'admin');
      const q = request.query;
      const { rows } = await ctx.db.query(
        `${ORDER_VIEW}
          WHERE ($1::text IS NULL OR o.entity_id = $1) AND ($2::text IS NULL OR o.status = $2)
            AND ($3::uuid IS NULL OR o.batch_id = $3)
          ORDER BY o.requested_execution_date DESC, o.created_at DESC LIMIT 1000`,
        [q.entityId ?? null, q.status ?? null, q.batchId ?? null],
      );
      return rows;
    },
  );

  app.get(
    '/payments/pending',
    {
      schema: {
        tags,
        summary: 'Orders waiting for export, per entity and requested execution date, with totals',
      },
    },
    async (request) => {
      requireRole(request, guard, 'payroll', 'admin');
      const { rows } = await ctx.db.query(
        `SELECT o.entity_id AS "entityId", e.name AS "entityName",
                o.requested_execution_date::text AS "requestedExecutionDate",
                count(*)::int AS "count", sum(o.amount_cents)::bigint AS "totalCents"
           FROM payment_orders o JOIN entities e ON e.id = o.entity_id
          WHERE o.status = 'pending'
          GROUP BY o.entity_id, e.name, o.requested_execution_date
          ORDER BY o.entity_id, o.requested_execution_date`,
      );
      return rows;
    },
  );

  app.patch(
    '/payments/orders/:id',
    {
      schema: {
        tags,
        summary: "Correct the beneficiary's account of an order waiting for export",
        params: z.object({ id: z.uuid() }),
        body: z.object({
          iban: z.string().trim().min(1).max(50),
          bic: z.string().trim().max(11).nullish(),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'payroll', 'admin');
      return correctBeneficiaryAccount(ctx, request, request.params.id, request.body);
    },
  );

  app.post(
    '/payments/orders/:id/reissue',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Order again a transfer the bank returned (to a corrected account, or the current one)',
        params: z.object({ id: z.uuid() }),
        body: z.object({
          iban: z.string().trim().max(50).nullish(),
          bic: z.string().trim().max(11).nullish(),
        }),
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'payroll', 'admin');
      return reply.code(201).send(await reissuePaymentOrder(ctx, request, request.params.id, request.body));
    },
  );

  app.post(
    '/payments/batches',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Export the waiting orders of an entity as a SEPA credit transfer file (pain.001.001.09)',
        body: z.object({ entityId, executionDate: isoDate.optional() }),
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'payroll', 'admin');
      return reply.code(201).send(await exportBatch(ctx, request, request.body));
    },
  );

  app.get(
    '/payments/batches',
    {
      schema: {
        tags,
        summary: 'SEPA files exported, newest first, with their blocks and confirmation status',
        querystring: z.object({ entityId: entityId.optional() }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'payroll', 'admin');
      const { rows } = await ctx.db.query(
        `SELECT b.id, b.entity_id AS "entityId", b.message_id AS "messageId",
                b.number_of_transactions AS "numberOfTransactions", b.control_sum_cents AS "controlSumCents",
                b.status, b.sha256, b.created_at AS "createdAt", u.display_name AS "createdBy",
                (SELECT count(*)::int FROM payment_orders o WHERE o.batch_id = b.id AND o.status = 'paid') AS "paidCount",
                COALESCE((SELECT json_agg(json_build_object(
                    'paymentInformationId', k.payment_information_id,
                    'requestedExecutionDate', k.requested_execution_date::text,
                    'numberOfTransactions', k.number_of_transactions,
                    'controlSumCents', k.control_sum_cents,
                    'status', k.status) ORDER BY k.requested_execution_date)
                  FROM payment_batch_blocks k WHERE k.batch_id = b.id), '[]'::json) AS blocks
           FROM payment_batches b LEFT JOIN users u ON u.id = b.created_by
          WHERE ($1::text IS NULL OR b.entity_id = $1)
          ORDER BY b.created_at DESC LIMIT 200`,
        [request.query.entityId ?? null],
      );
      return rows;
    },
  );

  app.get(
    '/payments/batches/:id/pain001.xml',
    {
      schema: {
        tags,
        summary: 'The SEPA file as exported (frozen), to upload to the bank',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'payroll', 'admin');
      const { rows } = await ctx.db.query<{ entity_id: string; message_id: string; xml: string }>(
        'SELECT entity_id, message_id, xml FROM payment_batches WHERE id = $1',
        [request.params.id],
      );
      const batch = rows[0];
      if (!batch) throw DomainError.notFound('payments.batch.not_found');
      // The file holds beneficiaries' IBANs: every download is traced.
      await audit(ctx.db, request, {
        action: 'payment_batch.downloaded',
        subjectType: 'payment_batch',
        subjectId: request.params.id,
        entityId: batch.entity_id,
      });
      return reply
        .type('application/xml; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${batch.message_id}.xml"`)
        .send(batch.xml);
    },
  );
}
