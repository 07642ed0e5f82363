import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { recordInvoicePayment } from './record-payment.ts';
import { presentInvoice, type InvoiceRow } from './queries.ts';

export async function invoicingRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['invoicing'];

  app.get(
    '/invoices',
    {
      schema: {
        tags,
        summary:
          'Invoices for client service: open ones first, or find by number or structured communication',
        querystring: z.object({
          status: z.enum(['open', 'paid', 'credited', 'all']).default('open'),
          q: z.string().trim().max(60).default(''),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'client_service', 'payroll', 'admin');
      const { status, q, limit } = request.query;
      const digits = q.replace(/\D/g, '');
      const { rows } = await ctx.db.query<InvoiceRow>(
        `SELECT * FROM invoices
          WHERE kind = 'invoice'
            AND ($1 = 'all' OR ($1 = 'open' AND status IN ('issued', 'partially_paid')) OR status = $1)
            AND ($2 = '' OR number ILIKE '%' || $2 || '%' OR document->'client'->>'name' ILIKE '%' || $2 || '%'
                 OR ($3 <> '' AND structured_reference LIKE '%' || $3 || '%'))
          ORDER BY due_date NULLS LAST, number LIMIT $4`,
        [status, q, digits, limit],
      );
      return rows.map(presentInvoice);
    },
  );

  app.post(
    '/invoices/:id/payments',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Record a client's payment (settles the receivable, reimburses the guarantee fund)",
        params: z.object({ id: z.uuid() }),
        body: z.object({
          amountCents: z.number().int().min(1),
          paidOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          bankReference: z.string().trim().min(3).max(100),
        }),
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'client_service', 'admin');
      if (request.body.paidOn > ctx.clock.today()) throw DomainError.field('paidOn', 'field.date_in_future');
      const result = await ctx.db.transaction(async (tx) => {
        const recorded = await recordInvoicePayment(
          tx,
          { invoiceId: request.params.id, ...request.body },
          request.user!.id,
        );
        await audit(tx, request, {
          action: 'invoice.payment',
          subjectType: 'invoice',
          subjectId: request.params.id,
          entityId: recorded.invoice.entity_id,
          after: { ...request.body, reimbursedCents: recorded.reimbursedCents },
        });
        return recorded;
      });
      return reply.code(201).send({
        paymentId: result.paymentId,
        invoice: presentInvoice(result.invoice),
        reimbursedCents: result.reimbursedCents,
      });
    },
  );
}
