import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { hasRole, requireRole, requireUser } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { recordInvoicePayment } from './record-payment.ts';
import { loadInvoice, presentInvoice, type InvoiceRow } from './queries.ts';
import {
  creditableExclVat,
  issuePartialCreditNote,
  partialCreditContext,
} from './issue-partial-credit-note.ts';
import { listDeliveries, storedUbl } from './peppol/deliveries.ts';
import { invoicePdf } from '../contracts/documents/invoice-pdf.ts';

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

  const STAFF = ['client_service', 'payroll', 'adviser', 'admin'] as const;
  const idParams = z.object({ id: z.uuid() });

  /** The invoice if the reader is staff or the worker it names; 404 otherwise (no hint that it exists). */
  async function invoiceForReader(request: FastifyRequest, id: string): Promise<InvoiceRow> {
    const user = requireUser(request);
    const row = await loadInvoice(ctx.db, id);
    if (hasRole(user, ...STAFF)) return row;
    const { rows } = await ctx.db.query('SELECT 1 FROM people WHERE id = $1 AND user_id = $2', [
      row.person_id,
      user.id,
    ]);
    if (!row.person_id || !rows[0]) throw DomainError.notFound();
    return row;
  }

  app.get(
    '/invoices/:id',
    {
      schema: {
        tags,
        summary: 'One invoice or credit note: document, lines, payments, credit notes, electronic deliveries',
        params: idParams,
      },
    },
    async (request) => {
      requireRole(request, guard, ...STAFF);
      const row = await loadInvoice(ctx.db, request.params.id);
      const [lines, payments, creditNotes, contract] = await Promise.all([
        ctx.db.query(
          `SELECT line_no AS "lineNo", description, quantity_centi AS "quantityCenti", unit,
                  unit_price_cents AS "unitPriceCents", amount_excl_vat_cents AS "amountExclVatCents",
                  vat_treatment AS "vatTreatment", vat_rate_bp AS "vatRateBp", vat_cents AS "vatCents"
             FROM invoice_lines WHERE invoice_id = $1 ORDER BY line_no`,
          [row.id],
        ),
        ctx.db.query(
          `SELECT id, amount_cents AS "amountCents", paid_on::text AS "paidOn", bank_reference AS "bankReference",
                  created_at AS "createdAt" FROM invoice_payments WHERE invoice_id = $1 ORDER BY paid_on, created_at`,
          [row.id],
        ),
        ctx.db.query<InvoiceRow>(
          'SELECT * FROM invoices WHERE credits_invoice_id = $1 ORDER BY year, sequence',
          [row.id],
        ),
        row.contract_id
          ? ctx.db.query('SELECT id, reference, status FROM contracts WHERE id = $1', [row.contract_id])
          : Promise.resolve(null),
      ]);
      const credit = row.kind === 'invoice' ? await partialCreditContext(ctx.db, row) : null;
      return {
        invoice: { ...presentInvoice(row), language: row.language, creditsInvoiceId: row.credits_invoice_id },
        document: row.document,
        lines: lines.rows,
        payments: payments.rows,
        creditNotes: creditNotes.rows.map((n) => ({ ...presentInvoice(n), reason: n.document.reason })),
        deliveries: await listDeliveries(ctx.db, [row.id, ...creditNotes.rows.map((n) => n.id)]),
        contract: contract?.rows[0] ?? null,
        credit: credit && { maxExclVatCents: creditableExclVat(credit), blocked: credit.blocked },
      };
    },
  );

  app.get(
    '/invoices/:id/ubl.xml',
    {
      schema: {
        tags,
        summary:
          'The electronic invoice (Peppol BIS Billing 3.0 UBL) as issued; staff and the worker it names',
        params: idParams,
      },
    },
    async (request, reply) => {
      const row = await invoiceForReader(request, request.params.id);
      return reply
        .type('application/xml; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${row.number}.xml"`)
        .send(await storedUbl(ctx.db, row.id));
    },
  );

  app.get(
    '/invoices/:id/pdf',
    {
      schema: {
        tags,
        summary: 'The invoice or credit note as PDF, in the client language',
        params: idParams,
      },
    },
    async (request, reply) => {
      const row = await invoiceForReader(request, request.params.id);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `inline; filename="${row.number}.pdf"`)
        .send(Buffer.from(await invoicePdf(row.document)));
    },
  );

  app.post(
    '/invoices/:id/credit-notes',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Credit part of an invoice (amount excluding VAT, spread over its VAT rates); the guarantee fund absorbs the worker share',
        params: idParams,
        body: z.object({
          amountExclVatCents: z.number().int().min(1).max(100_000_000_00),
          reason: z.string().trim().min(3).max(500),
        }),
      },
    },
    async (request, reply) => {
      const user = requireRole(request, guard, 'client_service', 'admin');
      const result = await ctx.db.transaction(async (tx) => {
        const issued = await issuePartialCreditNote(tx, {
          invoiceId: request.params.id,
          amountExclVatCents: request.body.amountExclVatCents,
          reason: request.body.reason,
          date: ctx.clock.today(),
          createdBy: user.id,
        });
        await audit(tx, request, {
          action: 'invoice.credit_note',
          subjectType: 'invoice',
          subjectId: request.params.id,
          entityId: issued.invoice.entity_id,
          after: {
            creditNote: issued.number,
            amountExclVatCents: issued.document.totalExclVatCents,
            totalInclVatCents: issued.document.totalInclVatCents,
            guaranteeFundCents: issued.guaranteeFundCents,
            reason: request.body.reason,
            invoiceStatus: issued.invoice.status,
          },
        });
        return issued;
      });
      return reply.code(201).send({
        creditNote: {
          id: result.id,
          number: result.number,
          issueDate: result.document.issueDate,
          totalExclVatCents: result.document.totalExclVatCents,
          totalVatCents: result.document.totalVatCents,
          totalInclVatCents: result.document.totalInclVatCents,
          guaranteeFundCents: result.guaranteeFundCents,
        },
        invoice: presentInvoice(result.invoice),
      });
    },
  );
}
