import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ACTIVITY_ENTITIES,
  ACTIVITY_SETTING_LIMITS,
  activitySettingsIssues,
  DomainError,
  EXPENSE_CATEGORIES,
  FINANCING_KINDS,
  JOB_FAMILIES,
  MILEAGE_RATE_RULES,
  PARTICIPANT_RIGHTS,
  SCHEDULE_KINDS,
  foldForSearch,
  mileageRateAt,
  translator,
  type Language,
} from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole, requireUser } from '../auth/guards.ts';
import { invoicePdf } from '../contracts/documents/invoice-pdf.ts';
import type { InvoiceDocument } from '../contracts/documents/types.ts';
import { declarationSchema } from '../contracts/schemas.ts';
import { UUID } from '../ledger/accounts.ts';
import { closeActivity, decideActivity, requestActivity } from './open-activity.ts';
import { changeParticipantRights, inviteParticipant } from './participants.ts';
import {
  answerQuote,
  createQuote,
  loadQuote,
  quoteLink,
  quoteOfToken,
  quoteStatusOn,
  sendQuote,
} from './quotes.ts';
import { creditActivityInvoice, invoiceQuote, issueDirectInvoice } from './invoices.ts';
import { claimExpenses, recordPurchase, uploadFile } from './spending.ts';
import { APPROVAL_SUBJECTS, decideSpending } from './approvals.ts';
import { previewSalary, requestSalary } from './salaries.ts';
import { endCdi, payCdiMonth, setUpCdi } from './cdi.ts';
import { decideFinancing, requestFinancing } from './financing.ts';
import { activityStatement, activityStatements } from './year-end.ts';
import { statementPdf } from './documents/statement-pdf.ts';
import { quotePdf, type QuoteDocument } from './documents/quote-pdf.ts';
import { dashboard, DOCUMENT_TYPES, listDocuments, presentActivity } from './read.ts';
import { ACTIVITY_WITH_NAMES, NOTE_KINDS, portfolio, relationOf, writeNote } from './portfolio.ts';
import { activityActor, ACTIVITY_STAFF_ROLES, settingsOf, type ActivityRow } from './queries.ts';
import { audit } from '../audit/record.ts';
import { hasRole } from '../auth/guards.ts';

const isoDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), { params: { code: 'field.invalid_date' } });
const id = z.uuid();
const activityParams = z.object({ id });
const reason = z.string().trim().min(1).max(1000);
const cents = z.number().int();

const lineSchema = z.object({
  description: z.string().max(500),
  quantity: z.number(),
  unitPriceCents: cents,
  vatTreatment: z.string().max(40),
});

const expenseLineSchema = z.union([
  z.object({
    kind: z.literal('receipt'),
    category: z.string().max(40),
    date: isoDate,
    description: z.string().max(200),
    amountInclVatCents: cents,
    vatCents: cents.default(0),
    vatInvoice: z.boolean().optional(),
    onAssignment: z.boolean().optional(),
    receiptFileId: z.string().max(40).optional(),
  }),
  z.object({
    kind: z.literal('mileage'),
    date: isoDate,
    description: z.string().max(200),
    km: z.number(),
    from: z.string().max(200).optional(),
    to: z.string().max(200).optional(),
  }),
]);

/** A salary request is a declaration of the Contract tool without its client and invoice. */
const salarySchema = declarationSchema
  .omit({ entityId: true, clientId: true, amountExclVatCents: true, vatTreatment: true, expensesCents: true })
  .extend({ grossCents: cents.optional(), wishedNetCents: cents.optional() });

const cdiSchema = z.object({
  personId: id,
  startMonth: z.string().max(7),
  contractType: z.enum(['employee', 'artistic_employee']).optional(),
  workTimeBp: z.number().int().optional(),
  monthlyGrossCents: cents.optional(),
  estimate: z
    .object({
      annualInvoicedExclVatCents: cents,
      plannedAnnualOtherCostsCents: cents.optional(),
    })
    .optional(),
});

function sendPdf(reply: FastifyReply, name: string, bytes: Uint8Array) {
  return reply
    .type('application/pdf')
    .header('Content-Disposition', `inline; filename="${name}.pdf"`)
    .send(Buffer.from(bytes));
}

export async function activityRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['activities'];
  const today = () => ctx.clock.today();

  app.get(
    '/activities/options',
    {
      schema: { tags, summary: 'What the Activity forms offer: entities, job families, rights, categories' },
    },
    async (request) => {
      const lang = request.lang as Language;
      // Productions Associées first: it hosts most Activities (seeds 003:L6067-6140, > 90 % of the activity).
      const { rows } = await ctx.db.query<{ id: string; name: string; vatRegistered: boolean }>(
        `SELECT id, name, vat_number IS NOT NULL AS "vatRegistered" FROM entities WHERE id = ANY($1::text[])
          ORDER BY id <> 'BE-PA', id`,
        [ACTIVITY_ENTITIES],
      );
      const rate = mileageRateAt(today(), MILEAGE_RATE_RULES);
      return {
        today: today(),
        entities: rows,
        defaultEntity: rows[0]?.id ?? null,
        jobFamilies: JOB_FAMILIES.map((f) => ({ code: f.code, label: f.label[lang] })),
        rights: PARTICIPANT_RIGHTS.map((r) => ({
          code: r,
          label: translator.t(lang, `activity.right.label.${r}`),
        })),
        expenseCategories: EXPENSE_CATEGORIES.map((c) => ({
          code: c,
          label: translator.t(lang, `activity.expense_category.${c}`),
        })),
        scheduleKinds: SCHEDULE_KINDS.map((k) => ({
          code: k,
          label: translator.t(lang, `activity.schedule.kind.${k}`),
        })),
        financingKinds: FINANCING_KINDS.map((k) => ({
          code: k,
          label: translator.t(lang, `activity.financing.kind.${k}`),
        })),
        mileageRate: rate ? { rate: rate.rate, source: rate.source } : null,
      };
    },
  );

  app.post(
    '/activities',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Ask to open an Activity (members only); an adviser decides',
        body: z.object({
          name: z.string().max(200),
          description: z.string().max(4000),
          jobFamily: z.string().max(60),
          entity: z.string().max(20),
        }),
      },
    },
    async (request, reply) => reply.code(201).send(await requestActivity(ctx, request, request.body)),
  );

  app.get(
    '/activities',
    {
      schema: {
        tags,
        summary: 'My Activities; staff: every Activity, searchable',
        querystring: z.object({
          scope: z.enum(['mine', 'all']).default('mine'),
          q: z.string().trim().max(100).default(''),
          status: z.enum(['requested', 'approved', 'refused', 'active', 'closed']).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      const all = request.query.scope === 'all';
      if (all && !hasRole(user, ...ACTIVITY_STAFF_ROLES)) throw DomainError.forbidden();
      const { rows } = await ctx.db.query<
        ActivityRow & {
          entity_name: string;
          opener_name: string;
          adviser_name: string | null;
        }
      >(
        `${ACTIVITY_WITH_NAMES}
          WHERE ($1 OR EXISTS (SELECT 1 FROM activity_participants ap JOIN people me ON me.id = ap.person_id
                               WHERE ap.activity_id = a.id AND ap.removed_at IS NULL AND me.user_id = $2)
                    OR p.user_id = $2)
            AND ($3 = '' OR a.search_text LIKE '%' || $3 || '%')
            AND ($4::text IS NULL OR a.status = $4)
          ORDER BY a.requested_at DESC LIMIT $5`,
        [all, user.id, foldForSearch(request.query.q), request.query.status ?? null, request.query.limit],
      );
      return rows.map((r) => presentActivity(r, request.lang as Language));
    },
  );

  app.get(
    '/activities/:id',
    { schema: { tags, summary: 'The dashboard of an Activity', params: activityParams } },
    async (request) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      return dashboard(ctx.db, actor, request.lang as Language, today());
    },
  );

  app.get(
    '/activities/:id/documents/:type',
    {
      schema: {
        tags,
        summary: 'One page of the documents of an Activity, newest first',
        params: activityParams.extend({ type: z.enum(DOCUMENT_TYPES) }),
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
    },
    async (request) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      return listDocuments(
        ctx.db,
        actor.activity.id,
        request.params.type,
        request.query,
        request.lang as Language,
        today(),
      );
    },
  );

  app.get(
    '/activities/:id/history',
    {
      schema: {
        tags,
        summary:
          'The history of an Activity: every decision, document and change, newest first; `before` = the last id seen',
        params: activityParams,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.coerce.number().int().optional(),
        }),
      },
    },
    async (request) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      const lang = request.lang as Language;
      const { rows } = await ctx.db.query<{
        id: number;
        action: string;
        subject_type: string | null;
        subject_id: string | null;
        params: Record<string, string | number>;
        message: string | null;
        at: Date;
        actor_name: string | null;
      }>(
        `SELECT e.id, e.action, e.subject_type, e.subject_id, e.params, e.message, e.at, u.display_name AS actor_name
           FROM activity_events e LEFT JOIN users u ON u.id = e.actor_id
          WHERE e.activity_id = $1 AND ($2::bigint IS NULL OR e.id < $2)
          ORDER BY e.id DESC LIMIT $3`,
        [actor.activity.id, request.query.before ?? null, request.query.limit],
      );
      const notes =
        actor.staff && hasRole(actor.user, 'adviser', 'admin') && request.query.before === undefined
          ? (
              await ctx.db.query(
                `SELECT n.id, n.kind, n.met_on::text AS "metOn", n.body, u.display_name AS "authorName"
                   FROM adviser_notes n JOIN users u ON u.id = n.author_id
                  WHERE n.activity_id = $1 ORDER BY n.met_on DESC`,
                [actor.activity.id],
              )
            ).rows
          : [];
      return {
        events: rows.map((r) => ({
          id: Number(r.id),
          action: r.action,
          label: translator.t(lang, `activity.event.${r.action}`, {
            ...r.params,
            ...Object.fromEntries(
              Object.entries(r.params)
                .filter(([k]) => k.endsWith('Cents'))
                .map(([k, v]) => [k.replace(/Cents$/, ''), (Number(v) / 100).toFixed(2)]),
            ),
          }),
          subjectType: r.subject_type,
          subjectId: r.subject_id,
          params: r.params,
          message: r.message,
          at: r.at,
          actorName: r.actor_name,
        })),
        notes,
      };
    },
  );

  app.post(
    '/activities/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve (and open its budget) or refuse an opening request (adviser)',
        params: activityParams,
        body: z.object({ decision: z.enum(['approve', 'refuse']), reason: z.string().max(1000).optional() }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'adviser', 'admin');
      const row = await decideActivity(ctx, request, request.params.id, request.body);
      return presentActivity(row, request.lang as Language);
    },
  );

  app.post(
    '/activities/:id/close',
    { schema: { tags, summary: 'Close an Activity whose budget is at zero', params: activityParams } },
    async (request) =>
      presentActivity(await closeActivity(ctx, request, request.params.id), request.lang as Language),
  );

  app.post(
    '/activities/:id/participants',
    {
      schema: {
        tags,
        summary: 'Invite a member as a participant with rights (manage right)',
        params: activityParams,
        body: z.object({
          email: z.string().max(200),
          rights: z.array(z.string().max(40)).max(10),
          administrator: z.boolean().optional(),
        }),
      },
    },
    async (request, reply) => {
      await inviteParticipant(ctx, request, request.params.id, request.body);
      return reply.code(204).send();
    },
  );

  app.post(
    '/activities/:id/participants/:personId',
    {
      schema: {
        tags,
        summary: "Change a participant's rights, or remove them",
        params: activityParams.extend({ personId: id }),
        body: z.object({
          rights: z.array(z.string().max(40)).max(10).optional(),
          administrator: z.boolean().optional(),
          remove: z.boolean().optional(),
        }),
      },
    },
    async (request, reply) => {
      await changeParticipantRights(ctx, request, request.params.id, request.params.personId, request.body);
      return reply.code(204).send();
    },
  );

  // --- Selling ---------------------------------------------------------------------------------------

  app.post(
    '/activities/:id/quotes',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Write a quote for a client (sell right); `send` sends it with its link at once',
        params: activityParams,
        body: z.object({
          clientId: id,
          title: z.string().max(300),
          validUntil: isoDate,
          lines: z.array(lineSchema).max(200),
          send: z.boolean().optional(),
        }),
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createQuote(ctx, request, request.params.id, request.body)),
  );

  app.get(
    '/activities/:id/quotes/:quoteId',
    {
      schema: {
        tags,
        summary: 'One quote with its lines and its link',
        params: activityParams.extend({ quoteId: id }),
      },
    },
    async (request) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      const quote = await loadQuote(ctx.db, request.params.quoteId);
      if (quote.activity_id !== actor.activity.id) throw DomainError.notFound();
      const { rows: invoices } = await ctx.db.query<{
        id: string;
        number: string;
        scheduleKind: string;
        issueDate: string;
        status: string;
        totalExclVatCents: number;
        totalInclVatCents: number;
      }>(
        `SELECT id, number, schedule_kind AS "scheduleKind", issue_date::text AS "issueDate", status,
                total_excl_vat_cents::bigint AS "totalExclVatCents", total_incl_vat_cents::bigint AS "totalInclVatCents"
           FROM invoices WHERE quote_id = $1 AND kind = 'invoice' ORDER BY created_at`,
        [quote.id],
      );
      const made = invoices.map((i) => ({
        ...i,
        totalExclVatCents: Number(i.totalExclVatCents),
        totalInclVatCents: Number(i.totalInclVatCents),
      }));
      return {
        ...presentQuote(quote, today()),
        link: quote.status !== 'draft' ? quoteLink(ctx, quote.id) : null,
        invoices: made,
        invoicedExclVatCents: made
          .filter((i) => i.status !== 'credited')
          .reduce((sum, i) => sum + i.totalExclVatCents, 0),
      };
    },
  );

  app.get(
    '/activities/:id/quotes/:quoteId/pdf',
    { schema: { tags, summary: 'The quote as PDF', params: activityParams.extend({ quoteId: id }) } },
    async (request, reply) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      const quote = await loadQuote(ctx.db, request.params.quoteId);
      if (quote.activity_id !== actor.activity.id) throw DomainError.notFound();
      return sendPdf(reply, quote.number, await quotePdf(await quoteDocument(quote)));
    },
  );

  app.post(
    '/activities/:id/quotes/:quoteId/send',
    {
      schema: {
        tags,
        summary: 'Send a draft quote to the client',
        params: activityParams.extend({ quoteId: id }),
      },
    },
    async (request) => sendQuote(ctx, request, request.params.id, request.params.quoteId),
  );

  app.post(
    '/activities/:id/quotes/:quoteId/answer',
    {
      schema: {
        tags,
        summary: "Record the client's answer to a quote (staff)",
        params: activityParams.extend({ quoteId: id }),
        body: z.object({ answer: z.enum(['accept', 'refuse']), note: z.string().max(1000).optional() }),
      },
    },
    async (request) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      const quote = await loadQuote(ctx.db, request.params.quoteId);
      if (quote.activity_id !== actor.activity.id) throw DomainError.notFound();
      return presentQuote(await answerQuote(ctx, request, { id: quote.id }, request.body), today());
    },
  );

  app.post(
    '/activities/:id/quotes/:quoteId/invoices',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Issue the next invoice of an accepted quote: deposit, intermediate or final',
        params: activityParams.extend({ quoteId: id }),
        body: z.object({
          kind: z.enum(SCHEDULE_KINDS),
          percentBp: z.number().int().optional(),
          amountCents: z.number().int().optional(),
        }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await invoiceQuote(ctx, request, request.params.id, request.params.quoteId, request.body)),
  );

  app.post(
    '/activities/:id/invoices',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Issue an invoice without a quote (sell right)',
        params: activityParams,
        body: z.object({
          clientId: id,
          lines: z.array(lineSchema).max(200),
          deliveryFrom: isoDate.optional(),
        }),
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      return reply.code(201).send(
        await issueDirectInvoice(ctx, request, request.params.id, {
          ...request.body,
          key: typeof key === 'string' ? key : crypto.randomUUID(),
        }),
      );
    },
  );

  app.get(
    '/activities/:id/invoices/:invoiceId/pdf',
    {
      schema: {
        tags,
        summary: 'An invoice or credit note of the Activity as PDF',
        params: activityParams.extend({ invoiceId: id }),
      },
    },
    async (request, reply) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      const { rows } = await ctx.db.query<{ number: string; document: InvoiceDocument }>(
        'SELECT number, document FROM invoices WHERE id = $1 AND activity_id = $2',
        [request.params.invoiceId, actor.activity.id],
      );
      if (!rows[0]) throw DomainError.notFound();
      return sendPdf(reply, rows[0].number, await invoicePdf(rows[0].document));
    },
  );

  app.post(
    '/activities/:id/invoices/:invoiceId/credit-notes',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Credit an invoice of the Activity: whole (unpaid) or part of what is due',
        params: activityParams.extend({ invoiceId: id }),
        body: z.object({
          amountExclVatCents: z.number().int().min(1).optional(),
          reason: z.string().trim().min(3).max(500),
        }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await creditActivityInvoice(
            ctx,
            request,
            request.params.id,
            request.params.invoiceId,
            request.body,
          ),
        ),
  );

  // --- Spending --------------------------------------------------------------------------------------

  await app.register(async (files) => {
    // A receipt arrives as the file itself; whatever its declared type, the rules judge it (clear error).
    files.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: 60 * 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );
    files.post(
      '/activities/:id/files',
      {
        bodyLimit: 60 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Upload a receipt or a supplier invoice (JPEG, PNG, WebP or PDF; the file is the body)',
          params: activityParams,
        },
      },
      async (request, reply) => {
        const { id: activityId } = request.params as { id: string };
        if (!UUID.test(activityId)) throw DomainError.notFound();
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const name = request.headers['x-file-name'];
        const stored = await uploadFile(ctx, request, activityId, {
          bytes: body,
          declaredType: String(request.headers['content-type'] ?? ''),
          name: typeof name === 'string' ? decodeURIComponent(name) : null,
        });
        return reply.code(201).send(stored);
      },
    );
  });

  app.get(
    '/activities/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'A receipt or supplier invoice',
        params: activityParams.extend({ fileId: id }),
      },
    },
    async (request, reply) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      const { rows } = await ctx.db.query<{
        content_type: string;
        file_name: string | null;
        bytes: Uint8Array;
      }>('SELECT content_type, file_name, bytes FROM activity_files WHERE id = $1 AND activity_id = $2', [
        request.params.fileId,
        actor.activity.id,
      ]);
      if (!rows[0]) throw DomainError.notFound();
      return reply
        .type(rows[0].content_type)
        .header(
          'Content-Disposition',
          `inline; filename="${encodeURIComponent(rows[0].file_name ?? 'receipt')}"`,
        )
        .send(Buffer.from(rows[0].bytes));
    },
  );

  app.post(
    '/activities/:id/expense-claims',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Claim expenses paid for the Activity (receipts and mileage); waits for approval',
        params: activityParams,
        body: z.object({ lines: z.array(expenseLineSchema).max(100) }),
      },
    },
    async (request, reply) =>
      reply.code(201).send(await claimExpenses(ctx, request, request.params.id, request.body)),
  );

  app.post(
    '/activities/:id/purchases',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Record a supplier's invoice to pay from the budget; waits for approval",
        params: activityParams,
        body: z.object({
          supplierName: z.string().max(300),
          supplierIban: z.string().max(60),
          supplierInvoiceNumber: z.string().max(100),
          description: z.string().max(1000),
          category: z.string().max(40),
          investment: z.boolean().optional(),
          invoiceDate: isoDate,
          dueDate: isoDate,
          amountExclVatCents: cents,
          vatCents: cents.default(0),
          fileId: z.string().max(40),
        }),
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordPurchase(ctx, request, request.params.id, request.body)),
  );

  app.post(
    '/activities/:id/approvals',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Approve or refuse the waiting step of an expense claim, a purchase or a salary request',
        params: activityParams,
        body: z.object({
          subjectType: z.enum(APPROVAL_SUBJECTS),
          subjectId: z.string().max(40),
          decision: z.enum(['approve', 'refuse']),
          reason: z.string().max(1000).optional(),
        }),
      },
    },
    async (request) => decideSpending(ctx, request, request.params.id, request.body),
  );

  // --- Salaries, CDI -----------------------------------------------------------------------------------

  app.post(
    '/activities/:id/salary-requests/preview',
    {
      schema: {
        tags,
        summary: 'What a salary request would cost the budget and pay (nothing saved)',
        params: activityParams,
        body: salarySchema,
      },
    },
    async (request) => previewSalary(ctx, request, request.params.id, request.body),
  );

  app.post(
    '/activities/:id/salary-requests',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Ask for a salary from the budget for days of work; refused if the budget cannot cover it',
        params: activityParams,
        body: salarySchema,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await requestSalary(ctx, request, request.params.id, request.body)),
  );

  app.post(
    '/activities/:id/cdis/preview',
    {
      schema: {
        tags,
        summary: 'The monthly salary and reserve of a CDI (nothing saved)',
        params: activityParams,
        body: cdiSchema,
      },
    },
    async (request) => setUpCdi(ctx, request, request.params.id, request.body, true),
  );

  app.post(
    '/activities/:id/cdis',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Set up a permanent contract with smoothed income paid from the budget (adviser)',
        params: activityParams,
        body: cdiSchema,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await setUpCdi(ctx, request, request.params.id, request.body)),
  );

  app.post(
    '/activities/:id/cdis/:cdiId/end',
    {
      schema: {
        tags,
        summary: 'End a CDI from a month on (adviser)',
        params: activityParams.extend({ cdiId: id }),
        body: z.object({ endMonth: z.string().max(7) }),
      },
    },
    async (request, reply) => {
      await endCdi(ctx, request, request.params.id, request.params.cdiId, request.body);
      return reply.code(204).send();
    },
  );

  app.post(
    '/activities/cdi-runs',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Pay a month of every CDI of an entity from the Activities' budgets (payroll)",
        body: z.object({ entityId: z.string().max(20), month: z.string().max(7) }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'payroll', 'admin');
      return payCdiMonth(ctx, request, request.body);
    },
  );

  // --- Financing, statements -----------------------------------------------------------------------

  app.post(
    '/activities/:id/financings',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Ask for an internal 0 % loan or an equipment financing (manage right); staff decide',
        params: activityParams,
        body: z.object({
          kind: z.string().max(20),
          principalCents: cents,
          months: z.number().int(),
          firstDueDate: isoDate,
          purpose: z.string().max(2000),
        }),
      },
    },
    async (request, reply) =>
      reply.code(201).send(await requestFinancing(ctx, request, request.params.id, request.body)),
  );

  app.post(
    '/activities/:id/financings/:financingId/decision',
    {
      schema: {
        tags,
        summary: 'Grant (principal to the budget, fee taken) or refuse a financing request (staff)',
        params: activityParams.extend({ financingId: id }),
        body: z.object({ decision: z.enum(['grant', 'refuse']), reason: z.string().max(1000).optional() }),
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'adviser', 'admin');
      await decideFinancing(ctx, request, request.params.id, request.params.financingId, request.body);
      return reply.code(204).send();
    },
  );

  app.get(
    '/activities/:id/statements',
    {
      schema: {
        tags,
        summary: 'The yearly statements of the Activity, first year to this year',
        params: activityParams,
      },
    },
    async (request) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      return activityStatements(ctx.db, actor.activity.id, Number(today().slice(0, 4)));
    },
  );

  app.get(
    '/activities/:id/statements/:year/pdf',
    {
      schema: {
        tags,
        summary: "The Activity's statement of a year as PDF (reader's language)",
        params: activityParams.extend({ year: z.coerce.number().int() }),
      },
    },
    async (request, reply) => {
      const actor = await activityActor(ctx.db, request, request.params.id);
      const statement = await activityStatement(ctx.db, actor.activity.id, request.params.year, today());
      const { rows } = await ctx.db.query<{ name: string }>('SELECT name FROM entities WHERE id = $1', [
        actor.activity.entity_id,
      ]);
      const bytes = await statementPdf({
        language: request.lang as Language,
        activity: { reference: actor.activity.reference, name: actor.activity.name },
        entityName: rows[0]!.name,
        statement,
        final: statement.year < Number(today().slice(0, 4)),
        printedOn: today(),
      });
      return sendPdf(reply, `${actor.activity.reference}-${statement.year}`, bytes);
    },
  );

  app.get(
    '/activities/settings/:entityId',
    {
      schema: {
        tags,
        summary: "The Activity tool's settings of an entity (thresholds, reserve, limits) and their bounds",
        params: z.object({ entityId: z.string().max(20) }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin', 'adviser');
      if (!ACTIVITY_ENTITIES.includes(request.params.entityId)) throw DomainError.notFound();
      return { settings: await settingsOf(ctx.db, request.params.entityId), limits: ACTIVITY_SETTING_LIMITS };
    },
  );

  app.put(
    '/activities/settings/:entityId',
    {
      schema: {
        tags,
        summary: "Change the Activity tool's settings of an entity (administrators)",
        params: z.object({ entityId: z.string().max(20) }),
        body: z.record(z.string(), z.unknown()),
      },
    },
    async (request) => {
      const user = requireRole(request, guard, 'admin');
      const { entityId } = request.params;
      if (!ACTIVITY_ENTITIES.includes(entityId)) throw DomainError.notFound();
      const issues = activitySettingsIssues(request.body);
      if (issues.length > 0) throw new DomainError('validation', issues);
      return ctx.db.transaction(async (tx) => {
        const before = await settingsOf(tx, entityId);
        await tx.query(
          `INSERT INTO activity_settings (entity_id, settings, updated_by) VALUES ($1, $2, $3)
           ON CONFLICT (entity_id) DO UPDATE SET settings = activity_settings.settings || EXCLUDED.settings,
             updated_by = EXCLUDED.updated_by, updated_at = now()`,
          [entityId, JSON.stringify(request.body), user.id],
        );
        const after = await settingsOf(tx, entityId);
        await audit(tx, request, {
          action: 'activity.settings.change',
          subjectType: 'entity',
          subjectId: entityId,
          entityId,
          before,
          after,
        });
        return { settings: after, limits: ACTIVITY_SETTING_LIMITS };
      });
    },
  );

  // --- Advisers ------------------------------------------------------------------------------------

  app.get(
    '/advisers/portfolio',
    {
      schema: {
        tags,
        summary:
          'The adviser back office: followed Activities with alerts, requests waiting, members followed',
        querystring: z.object({ scope: z.enum(['mine', 'all']).default('mine') }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'adviser', 'admin');
      return portfolio(ctx, request, request.query.scope);
    },
  );

  app.post(
    '/people/:personId/notes',
    {
      schema: {
        tags,
        summary: 'Write a note of a meeting, call or e-mail with a member (adviser)',
        params: z.object({ personId: id }),
        body: z.object({
          kind: z.enum(NOTE_KINDS),
          metOn: isoDate,
          body: z.string().trim().min(1).max(5000),
          activityId: id.optional(),
        }),
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'adviser', 'admin');
      return reply.code(201).send(await writeNote(ctx, request, request.params.personId, request.body));
    },
  );

  app.get(
    '/people/:personId/relation',
    {
      schema: {
        tags,
        summary: "A member's relation with the cooperative: notes and Activities",
        params: z.object({ personId: id }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'adviser', 'admin');
      return relationOf(ctx, request, request.params.personId);
    },
  );

  // --- The client's answer to a quote, without an account -------------------------------------------

  app.get(
    '/public/quotes/:token',
    {
      schema: {
        tags,
        summary: "A quote as its client reads it (the link of the quote's e-mail)",
        params: z.object({ token: z.string().max(100) }),
      },
    },
    async (request) => {
      const quote = await quoteOfToken(ctx.db, request.params.token);
      const doc = await quoteDocument(quote);
      return { ...presentQuote(quote, today()), document: doc };
    },
  );

  app.get(
    '/public/quotes/:token/pdf',
    {
      schema: {
        tags,
        summary: 'The quote as PDF, for its client',
        params: z.object({ token: z.string().max(100) }),
      },
    },
    async (request, reply) => {
      const quote = await quoteOfToken(ctx.db, request.params.token);
      return sendPdf(reply, quote.number, await quotePdf(await quoteDocument(quote)));
    },
  );

  app.post(
    '/public/quotes/:token/answer',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'The client accepts or refuses the quote (no account)',
        params: z.object({ token: z.string().max(100) }),
        body: z.object({ answer: z.enum(['accept', 'refuse']), note: reason.optional() }),
      },
    },
    async (request) =>
      presentQuote(await answerQuote(ctx, request, { token: request.params.token }, request.body), today()),
  );

  /** The quote as documents show it: seller, client, lines, VAT groups, in the client's language. */
  async function quoteDocument(quote: Awaited<ReturnType<typeof loadQuote>>): Promise<QuoteDocument> {
    const { rows } = await ctx.db.query<{
      entity: Record<string, string | null>;
      client: Record<string, string | null>;
      activity_name: string;
      activity_reference: string;
    }>(
      `SELECT row_to_json(e) AS entity, row_to_json(k) AS client, a.name AS activity_name,
              a.reference AS activity_reference
         FROM activity_quotes q JOIN entities e ON e.id = q.entity_id JOIN clients k ON k.id = q.client_id
         JOIN activities a ON a.id = q.activity_id WHERE q.id = $1`,
      [quote.id],
    );
    const r = rows[0]!;
    return {
      language: quote.language,
      number: quote.number,
      title: quote.title,
      date: quote.quote_date,
      validUntil: quote.valid_until,
      activity: { name: r.activity_name, reference: r.activity_reference },
      seller: {
        name: String(r.entity.name),
        address: String(r.entity.address),
        enterpriseNumber: r.entity.enterprise_number ?? null,
        vatNumber: r.entity.vat_number ?? null,
      },
      client: {
        name: String(r.client.name),
        street: String(r.client.street),
        postalCode: String(r.client.postal_code),
        city: String(r.client.city),
        country: String(r.client.country),
        vatNumber: r.client.vat_number ?? null,
      },
      lines: quote.lines,
      totals: quote.totals,
    };
  }
}

function presentQuote(quote: Awaited<ReturnType<typeof loadQuote>>, today: string) {
  return {
    id: quote.id,
    number: quote.number,
    title: quote.title,
    status: quoteStatusOn(quote, today),
    date: quote.quote_date,
    validUntil: quote.valid_until,
    language: quote.language,
    lines: quote.lines,
    totals: quote.totals,
    totalExclVatCents: Number(quote.total_excl_vat_cents),
    totalVatCents: Number(quote.total_vat_cents),
    totalInclVatCents: Number(quote.total_incl_vat_cents),
    answeredAt: quote.answered_at,
    answeredBy: quote.answered_by,
    answerNote: quote.answer_note,
  };
}
