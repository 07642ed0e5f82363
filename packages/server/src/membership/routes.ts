import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { DomainError, LANGUAGES, membershipGate, type GatedAction } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole, requireUser } from '../auth/guards.ts';
import { SESSION_COOKIE, SESSION_DAYS } from '../auth/sessions.ts';
import {
  accountsApprovalSchema,
  decisionSchema,
  idParams,
  memberRequestSchema,
  paymentSchema,
  signUpSchema,
} from './schemas.ts';
import { signUp } from './sign-up.ts';
import { requestShareOperation, paymentInstructions } from './subscribe-shares.ts';
import { recordSharePayment } from './record-payment.ts';
import { decideRequest } from './decide-request.ts';
import { approveAccounts, markRefundPaid } from './refunds.ts';
import {
  exportPersonalData,
  memberForReader,
  membershipView,
  presentRequest,
  requestForReader,
} from './my-membership.ts';
import { certificatePdf } from './certificate-pdf.ts';
import { loadEntity, memberOfUser, type RequestRow } from './queries.ts';

export async function membershipRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['membership'];

  app.get(
    '/membership/legal-texts',
    {
      schema: {
        tags,
        summary: 'Texts in force a newcomer consents to',
        querystring: z.object({
          entityId: z.string().default('BE-COOP'),
          lang: z.enum(LANGUAGES).optional(),
        }),
      },
    },
    async (request) => {
      const { rows } = await ctx.db.query(
        `SELECT DISTINCT ON (kind) kind, version, title, body, effective_from AS "effectiveFrom" FROM legal_texts
          WHERE entity_id = $1 AND language = $2 AND effective_from <= current_date ORDER BY kind, version DESC`,
        [request.query.entityId, request.lang],
      );
      return rows;
    },
  );

  app.post(
    '/membership/sign-up',
    {
      schema: { tags, summary: 'A newcomer signs up and subscribes shares', body: signUpSchema },
      config: { idempotent: true },
    },
    async (request, reply) => {
      const result = await signUp(ctx, request, request.body);
      reply.setCookie(SESSION_COOKIE, result.session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.publicUrl.startsWith('https://'),
        maxAge: SESSION_DAYS * 86_400,
      });
      return reply.status(201).send({
        memberId: result.memberId,
        requestId: result.requestId,
        csrfToken: result.session.session.csrfToken,
      });
    },
  );

  app.get(
    '/membership/me',
    { schema: { tags, summary: "The member's own memberships" } },
    async (request) => {
      const user = requireUser(request);
      const { rows } = await ctx.db.query<{ id: string }>(
        'SELECT m.id FROM members m JOIN people p ON p.id = m.person_id WHERE p.user_id = $1 ORDER BY m.created_at',
        [user.id],
      );
      const memberships = [];
      for (const row of rows)
        memberships.push(await membershipView(ctx, await memberForReader(ctx.db, user, row.id)));
      return { memberships };
    },
  );

  app.get(
    '/membership/me/export',
    { schema: { tags, summary: 'Download all my personal data (JSON)' } },
    async (request, reply) => {
      const user = requireUser(request);
      const data = await exportPersonalData(ctx, user);
      return reply
        .header('content-disposition', 'attachment; filename="partage-my-data.json"')
        .type('application/json')
        .send(JSON.stringify(data, null, 2));
    },
  );

  app.get(
    '/membership/gate',
    {
      schema: {
        tags,
        summary: 'May the user do this gated action (members-only rule)?',
        querystring: z.object({
          entityId: z.string().default('BE-COOP'),
          action: z.enum(['open_activity', 'issue_activity_invoice', 'declare_prestation']),
        }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      const member = await memberOfUser(ctx.db, user.id, request.query.entityId);
      return membershipGate(
        {
          isMember: member?.status === 'member',
          prestationsWithoutShares: member?.prestations_without_shares ?? 0,
        },
        request.query.action as GatedAction,
      );
    },
  );

  app.get('/membership/members/:id', { schema: { tags, params: idParams } }, async (request) => {
    const member = await memberForReader(ctx.db, requireUser(request), request.params.id);
    return membershipView(ctx, member);
  });

  app.get(
    '/membership/members/:id/certificate.pdf',
    {
      schema: {
        tags,
        summary: 'Share certificate (PDF, in the member language)',
        params: idParams,
        querystring: z.object({ lang: z.enum(LANGUAGES).optional() }),
      },
    },
    async (request, reply) => {
      const member = await memberForReader(ctx.db, requireUser(request), request.params.id);
      if (member.status !== 'member' && member.status !== 'resigned')
        throw DomainError.conflict('member.not_member');
      const pdf = await certificatePdf(ctx.db, member.id, request.query.lang);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="certificate-${member.entity_id}-${member.member_number}.pdf"`,
        )
        .send(Buffer.from(pdf));
    },
  );

  app.get(
    '/membership/requests/:id/payment-qr.svg',
    { schema: { tags, summary: 'EPC QR code of the payment instructions', params: idParams } },
    async (request, reply) => {
      const req = await requestForReader(ctx.db, requireUser(request), request.params.id);
      const instructions = paymentInstructions(await loadEntity(ctx.db, req.entity_id), req);
      if (!instructions) throw DomainError.conflict('request.not_payable');
      // EPC069-12 asks for error correction level M.
      const svg = await QRCode.toString(instructions.epcPayload, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      return reply.type('image/svg+xml').send(svg);
    },
  );

  app.post(
    '/membership/requests',
    {
      schema: {
        tags,
        summary: 'A member asks for more shares, a resignation or a transfer',
        body: memberRequestSchema,
      },
      config: { idempotent: true },
    },
    async (request, reply) => {
      const created = await requestShareOperation(ctx, request, requireUser(request), request.body);
      return reply.status(201).send(presentRequest(created));
    },
  );

  // ---- Staff: the queue of requests, payments, decisions, refunds ----

  const queueQuery = z.object({
    entityId: z.string().default('BE-COOP'),
    status: z.enum(['pending', 'approved', 'refused', 'completed', 'cancelled', 'open']).default('open'),
    kind: z.enum(['subscription', 'additional', 'resignation', 'transfer']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  });
  app.get(
    '/membership/requests',
    { schema: { tags, summary: 'Queue of share requests (staff)', querystring: queueQuery } },
    async (request) => {
      requireRole(request, guard, 'client_service', 'board', 'admin', 'adviser');
      const q = request.query;
      const statuses = q.status === 'open' ? ['pending', 'approved'] : [q.status];
      const { rows } = await ctx.db.query<
        RequestRow & {
          display_name: string;
          member_number: number | null;
          email: string;
          decision_outcome: string | null;
          decided_on: string | null;
          reason: string | null;
        }
      >(
        `SELECT r.*, COALESCE(p.legal_name, p.first_name || ' ' || p.last_name) AS display_name, m.member_number, p.email,
              d.outcome AS decision_outcome, d.decided_on, d.reason
         FROM share_requests r JOIN members m ON m.id = r.member_id JOIN people p ON p.id = m.person_id
         LEFT JOIN decisions d ON d.request_id = r.id
        WHERE r.entity_id = $1 AND r.status = ANY($2) AND ($3::text IS NULL OR r.kind = $3)
        ORDER BY r.created_at LIMIT $4 OFFSET $5`,
        [q.entityId, statuses, q.kind ?? null, q.limit, q.offset],
      );
      return rows.map((r) => ({
        ...presentRequest(r),
        displayName: r.display_name,
        memberNumber: r.member_number,
        email: r.email,
        structuredReference: r.structured_reference,
        decision: r.decision_outcome
          ? { outcome: r.decision_outcome, decidedOn: r.decided_on, reason: r.reason }
          : null,
      }));
    },
  );

  app.post(
    '/membership/requests/:id/payments',
    {
      schema: {
        tags,
        summary: 'Record a payment received for a subscription (client service)',
        params: idParams,
        body: paymentSchema,
      },
      config: { idempotent: true },
    },
    async (request) => {
      requireRole(request, guard, 'client_service', 'admin');
      return presentRequest(await recordSharePayment(ctx, request, request.params.id, request.body));
    },
  );

  app.post(
    '/membership/requests/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or refuse a request (board, or an administrator for it)',
        params: idParams,
        body: decisionSchema,
      },
      config: { idempotent: true },
    },
    async (request) => {
      requireRole(request, guard, 'board', 'admin');
      return presentRequest(await decideRequest(ctx, request, request.params.id, request.body));
    },
  );

  app.post(
    '/membership/accounts-approvals',
    {
      schema: {
        tags,
        summary: "Record the approval of a financial year's accounts: refunds become payable",
        body: accountsApprovalSchema,
      },
      config: { idempotent: true },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      return approveAccounts(ctx, request, request.body);
    },
  );

  app.get(
    '/membership/refunds',
    {
      schema: {
        tags,
        summary: 'Refunds of resigned shares (staff)',
        querystring: z.object({
          entityId: z.string().default('BE-COOP'),
          status: z.enum(['awaiting_accounts', 'payable', 'paid']).optional(),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'client_service', 'admin', 'board');
      const { rows } = await ctx.db.query(
        `SELECT f.id, f.financial_year AS "financialYear", f.nominal_cents AS "nominalCents", f.amount_cents AS "amountCents",
                f.status, f.paid_on AS "paidOn", m.member_number AS "memberNumber",
                COALESCE(p.legal_name, p.first_name || ' ' || p.last_name) AS "displayName"
           FROM share_refunds f JOIN members m ON m.id = f.member_id JOIN people p ON p.id = m.person_id
          WHERE f.entity_id = $1 AND ($2::text IS NULL OR f.status = $2) ORDER BY f.financial_year, m.member_number`,
        [request.query.entityId, request.query.status ?? null],
      );
      return rows;
    },
  );

  app.post(
    '/membership/refunds/:id/paid',
    {
      schema: { tags, params: idParams, body: z.object({ paidOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }) },
      config: { idempotent: true },
    },
    async (request) => {
      requireRole(request, guard, 'client_service', 'admin');
      return markRefundPaid(ctx, request, request.params.id, request.body.paidOn);
    },
  );
}
