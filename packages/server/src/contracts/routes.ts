import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DomainError,
  JOB_FAMILIES,
  JOBS,
  NON_MEMBER_PRESTATION_LIMIT,
  RISKS,
  VAT_TREATMENTS,
  vatTreatmentRule,
  type Language,
} from '@partage/domain';
import type { Db } from '@partage/db';
import type { AppContext } from '../context.ts';
import { hasRole, requireRole, requireUser } from '../auth/guards.ts';
import { simulatorOptions } from '../simulator/simulate.ts';
import { invoicePdf } from './documents/invoice-pdf.ts';
import { employmentContractPdf } from './documents/contract-pdf.ts';
import { payslipPdf } from './documents/payslip-pdf.ts';
import { contractDocument } from './documents/contract-view.ts';
import type { InvoiceDocument, PayslipDocument } from './documents/types.ts';
import { prepareDeclaration } from './prepare-declaration.ts';
import { confirmDeclaration } from './confirm-declaration.ts';
import { cancelContract } from './cancel-contract.ts';
import { holdContract } from './hold-contract.ts';
import {
  CONTRACT_SUMMARY_SELECT,
  presentContract,
  presentContractSummary,
  presentPreview,
  type ContractSummaryRow,
} from './present.ts';
import { workerOfUser } from './worker.ts';
import { declarationSchema, holdSchema, idParams } from './schemas.ts';
import { invoiceOfContract } from '../invoicing/queries.ts';
import { storedUbl } from '../invoicing/peppol/deliveries.ts';

const STAFF = ['adviser', 'payroll', 'client_service', 'admin'] as const;

/** The contract if the reader is its worker or staff; 404 otherwise (no hint that it exists). */
async function contractForReader(db: Db, request: FastifyRequest, id: string): Promise<ContractSummaryRow> {
  const user = requireUser(request);
  const { rows } = await db.query<ContractSummaryRow>(`${CONTRACT_SUMMARY_SELECT} WHERE c.id = $1`, [id]);
  const row = rows[0];
  if (!row || (row.worker_user_id !== user.id && !hasRole(user, ...STAFF))) throw DomainError.notFound();
  return row;
}

function sendPdf(reply: FastifyReply, name: string, bytes: Uint8Array) {
  return reply
    .type('application/pdf')
    .header('Content-Disposition', `inline; filename="${name}.pdf"`)
    .send(Buffer.from(bytes));
}

export async function contractRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['contracts'];

  app.get(
    '/contracts/options',
    {
      schema: {
        tags,
        summary: 'What the declaration form offers: entities, contract types, jobs, risks, VAT',
      },
    },
    async (request) => {
      const lang = request.lang as Language;
      const date = ctx.clock.today();
      return {
        today: date,
        ...simulatorOptions(date, lang),
        jobFamilies: JOB_FAMILIES.map((f) => ({
          code: f.code,
          label: f.label[lang],
          jobs: JOBS.filter((j) => j.family === f.code).map((j) => ({
            code: j.code,
            label: j.label[lang],
            artistic: j.artistic,
            typicalRisks: j.typicalRisks,
          })),
        })),
        risks: RISKS.map((r) => ({ code: r.code, label: r.label[lang] })),
        vatTreatments: VAT_TREATMENTS.map((code) => {
          const rule = vatTreatmentRule(code, date);
          return { code, label: rule.label[lang], rateBp: rule.rateBp, mention: rule.mention[lang] };
        }),
      };
    },
  );

  app.post(
    '/contracts/preview',
    {
      schema: {
        tags,
        summary:
          'Check a declaration and show what the client pays and the worker receives (nothing is saved)',
        body: declarationSchema,
      },
    },
    async (request) => {
      const user = requireUser(request);
      const worker = await workerOfUser(ctx.db, user.id);
      const prepared = await prepareDeclaration(ctx.db, worker, request.body, ctx.clock.today());
      return presentPreview(prepared, request.lang as Language);
    },
  );

  app.post(
    '/contracts',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Confirm a declaration: one invoice to the client and one employment contract',
        body: declarationSchema,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const worker = await workerOfUser(ctx.db, user.id);
      const confirmed = await confirmDeclaration(
        ctx,
        request,
        worker.person_id,
        request.body,
        ctx.clock.today(),
      );
      return reply.code(201).send(confirmed);
    },
  );

  app.get(
    '/contracts',
    {
      schema: {
        tags,
        summary: "The reader's own contracts, newest first",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { rows } = await ctx.db.query<ContractSummaryRow>(
        `${CONTRACT_SUMMARY_SELECT} WHERE p.user_id = $1 ORDER BY c.first_day DESC, c.created_at DESC LIMIT $2`,
        [user.id, request.query.limit],
      );
      const worker = await workerOfUser(ctx.db, user.id).catch(() => null);
      return {
        contracts: rows.map((r) => presentContractSummary(r, request.lang as Language)),
        worker: worker && {
          isMember: worker.member_status === 'member',
          prestationsWithoutShares: worker.prestations_without_shares,
          freePrestationsLimit: NON_MEMBER_PRESTATION_LIMIT,
          remainingFreePrestations:
            worker.member_status === 'member'
              ? null
              : Math.max(0, NON_MEMBER_PRESTATION_LIMIT - worker.prestations_without_shares),
        },
      };
    },
  );

  app.get(
    '/contracts/:id',
    { schema: { tags, summary: 'One contract', params: idParams } },
    async (request) => {
      const row = await contractForReader(ctx.db, request, request.params.id);
      return presentContract(ctx.db, row, request.lang as Language, ctx.clock.today());
    },
  );

  app.get(
    '/contracts/:id/documents/:kind',
    {
      schema: {
        tags,
        summary:
          'A document of the contract as PDF: the employment contract and the payslip (worker language), the invoice and the credit note (client language); `invoice-ubl`: the electronic invoice (Peppol BIS UBL)',
        params: idParams.extend({
          kind: z.enum(['contract', 'invoice', 'credit-note', 'payslip', 'invoice-ubl']),
        }),
      },
    },
    async (request, reply) => {
      const row = await contractForReader(ctx.db, request, request.params.id);
      const kind = request.params.kind;
      if (kind === 'contract') {
        return sendPdf(
          reply,
          row.reference,
          await employmentContractPdf(await contractDocument(ctx.db, row)),
        );
      }
      if (kind === 'payslip') {
        const { rows } = await ctx.db.query<{ number: string; document: PayslipDocument }>(
          'SELECT number, document FROM payslips WHERE contract_id = $1',
          [row.id],
        );
        if (!rows[0]) throw DomainError.notFound();
        return sendPdf(reply, rows[0].number, await payslipPdf(rows[0].document));
      }
      if (kind === 'invoice-ubl') {
        const invoice = await invoiceOfContract(ctx.db, row.id);
        return reply
          .type('application/xml; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${invoice.number}.xml"`)
          .send(await storedUbl(ctx.db, invoice.id));
      }
      const { rows } = await ctx.db.query<{ number: string; document: InvoiceDocument }>(
        'SELECT number, document FROM invoices WHERE contract_id = $1 AND kind = $2 ORDER BY sequence DESC LIMIT 1',
        [row.id, kind === 'invoice' ? 'invoice' : 'credit_note'],
      );
      if (!rows[0]) throw DomainError.notFound();
      return sendPdf(reply, rows[0].number, await invoicePdf(rows[0].document));
    },
  );

  app.post(
    '/contracts/:id/cancel',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Cancel before the first day (worker), or correct after it with a reason (staff)',
        params: idParams,
        body: z.object({ reason: z.string().trim().min(3).max(1000).optional() }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      const row = await contractForReader(ctx.db, request, request.params.id);
      const actor = row.worker_user_id === user.id ? 'worker' : 'staff';
      if (actor === 'staff') requireRole(request, guard, 'adviser', 'payroll', 'admin');
      return cancelContract(ctx, request, row.id, {
        actor,
        reason: request.body.reason ?? null,
        today: ctx.clock.today(),
      });
    },
  );

  app.post(
    '/contracts/:id/hold',
    {
      schema: {
        tags,
        summary: 'Put a declaration on hold with a message to the worker (adviser)',
        params: idParams,
        body: holdSchema,
      },
    },
    async (request) => {
      requireRole(request, guard, 'adviser', 'admin');
      await holdContract(
        ctx,
        request,
        request.params.id,
        { message: request.body.message },
        ctx.clock.today(),
      );
      return { ok: true };
    },
  );

  app.post(
    '/contracts/:id/release',
    { schema: { tags, summary: 'Release a declaration put on hold (adviser)', params: idParams } },
    async (request) => {
      requireRole(request, guard, 'adviser', 'admin');
      await holdContract(ctx, request, request.params.id, null, ctx.clock.today());
      return { ok: true };
    },
  );

  // Staff: every declaration of the members an adviser follows (or all), with warnings first.
  app.get(
    '/staff/declarations',
    {
      schema: {
        tags,
        summary: 'Declarations for advisers: followed members or all, filter by status and warnings',
        querystring: z.object({
          scope: z.enum(['followed', 'all']).default('followed'),
          status: z.enum(['declared', 'on_hold', 'paid', 'cancelled']).optional(),
          warningsOnly: z.coerce.boolean().default(false),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (request) => {
      const user = requireRole(request, guard, 'adviser', 'payroll', 'admin');
      const q = request.query;
      const { rows } = await ctx.db.query<ContractSummaryRow>(
        `${CONTRACT_SUMMARY_SELECT}
          WHERE ($1 = 'all' OR EXISTS (SELECT 1 FROM adviser_assignments a WHERE a.person_id = c.person_id AND a.adviser_id = $2))
            AND ($3::text IS NULL OR c.status = $3)
            AND (NOT $4 OR jsonb_array_length(c.warnings) > 0)
          ORDER BY c.created_at DESC LIMIT $5`,
        [q.scope, user.id, q.status ?? null, q.warningsOnly, q.limit],
      );
      return rows.map((r) => presentContractSummary(r, request.lang as Language));
    },
  );

  // Staff queue of A1 posting forms.
  app.get(
    '/staff/postings',
    {
      schema: {
        tags,
        summary: 'Posting forms (A1 certificate requests) to handle',
        querystring: z.object({
          status: z.enum(['requested', 'submitted', 'issued', 'cancelled']).default('requested'),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'adviser', 'payroll', 'admin');
      const { rows } = await ctx.db.query(
        `SELECT f.id, f.contract_id AS "contractId", c.reference, f.country, f.host_name AS "hostName",
                f.street, f.postal_code AS "postalCode", f.city, f.start_date::text AS "startDate",
                f.end_date::text AS "endDate", f.status, f.a1_reference AS "a1Reference",
                p.first_name || ' ' || p.last_name AS "workerName", f.created_at AS "createdAt"
           FROM posting_forms f JOIN contracts c ON c.id = f.contract_id JOIN people p ON p.id = c.person_id
          WHERE f.status = $1 ORDER BY f.start_date LIMIT 500`,
        [request.query.status],
      );
      return rows;
    },
  );

  app.post(
    '/staff/postings/:id',
    {
      schema: {
        tags,
        summary: 'Record that a posting form was submitted, or the A1 certificate issued',
        params: idParams,
        body: z.object({
          status: z.enum(['submitted', 'issued']),
          a1Reference: z.string().trim().min(3).max(60).optional(),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'adviser', 'payroll', 'admin');
      const { status, a1Reference } = request.body;
      if (status === 'issued' && !a1Reference) throw DomainError.field('a1Reference', 'field.required');
      return ctx.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ contract_id: string; status: string; entity_id: string }>(
          `UPDATE posting_forms SET status = $2, a1_reference = COALESCE($3, a1_reference), handled_by = $4,
                  handled_at = now()
            WHERE id = $1 AND status IN ('requested', 'submitted') RETURNING contract_id, status, entity_id`,
          [request.params.id, status, a1Reference ?? null, request.user!.id],
        );
        if (!rows[0]) throw DomainError.conflict('posting.not_open');
        const { rows: c } = await tx.query<{ status: string }>('SELECT status FROM contracts WHERE id = $1', [
          rows[0].contract_id,
        ]);
        await tx.query(
          `INSERT INTO contract_events (contract_id, action, status_after, message, actor_id) VALUES ($1, $2, $3, $4, $5)`,
          [rows[0].contract_id, `posting_${status}`, c[0]!.status, a1Reference ?? null, request.user!.id],
        );
        return { ok: true };
      });
    },
  );
}
