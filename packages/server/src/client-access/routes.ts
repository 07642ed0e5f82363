import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { DomainError, type Language } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { invoicePdf } from '../contracts/documents/invoice-pdf.ts';
import { clientAccessLink, revokeClientAccess } from './access-link.ts';
import { logAccess, openClientAccess } from './access-log.ts';
import { documentOfClient, latestUbl, paymentDetails, readClientPage } from './read-client-page.ts';
import { MESSAGE_MAX, REQUEST_KINDS, sendClientRequest } from './send-client-request.ts';
import { closeClientRequest } from './close-client-request.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const tokenParams = z.object({ token: z.string().max(200) });
const documentParams = tokenParams.extend({ invoiceId: z.string().max(100) });

/** What the client's page answers never lingers in caches, leaves in a Referer header or gets indexed. */
function privately(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex, nofollow');
}

export async function clientAccessRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['client-access'];

  /** The client's document, after the link was checked; logged either way (a guessed id as no document). */
  async function clientDocument(
    request: Parameters<typeof openClientAccess>[1],
    token: string,
    invoiceId: string,
    action: 'pdf' | 'ubl' | 'qr',
  ) {
    const clientId = await openClientAccess(ctx.db, request, token);
    const row = UUID.test(invoiceId) ? await documentOfClient(ctx.db, clientId, invoiceId) : null;
    await logAccess(ctx.db, request, clientId, action, row?.id ?? null);
    if (!row) throw DomainError.notFound();
    return row;
  }

  // --- The client's page (no account: the link is the key) -------------------------------------------

  app.get(
    '/client-access/:token',
    {
      schema: {
        tags,
        summary: "The client's own page: its invoices and credit notes, what it owes and how to pay",
        description:
          'Opened from the link in the invoice e-mails, without an account. An unknown or revoked link answers 404; too many unknown links from one address answer 429.',
        params: tokenParams,
      },
    },
    async (request, reply) => {
      const clientId = await openClientAccess(ctx.db, request, request.params.token);
      await logAccess(ctx.db, request, clientId, 'view', null);
      privately(reply);
      return readClientPage(ctx.db, clientId, ctx.clock.today());
    },
  );

  app.get(
    '/client-access/:token/invoices/:invoiceId/pdf',
    {
      schema: {
        tags,
        summary: 'The invoice or credit note as issued (PDF, in the language it was issued in)',
        params: documentParams,
      },
    },
    async (request, reply) => {
      const row = await clientDocument(request, request.params.token, request.params.invoiceId, 'pdf');
      return privately(reply)
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${row.number}.pdf"`)
        .send(Buffer.from(await invoicePdf(row.document)));
    },
  );

  app.get(
    '/client-access/:token/invoices/:invoiceId/ubl.xml',
    {
      schema: {
        tags,
        summary: 'The invoice or credit note as e-invoice (UBL 2.1, Peppol BIS Billing 3.0)',
        params: documentParams,
      },
    },
    async (request, reply) => {
      const row = await clientDocument(request, request.params.token, request.params.invoiceId, 'ubl');
      const xml = await latestUbl(ctx.db, row.id);
      if (!xml) throw DomainError.notFound();
      return privately(reply)
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${row.number}.xml"`)
        .send(xml);
    },
  );

  app.get(
    '/client-access/:token/invoices/:invoiceId/qr.svg',
    {
      schema: {
        tags,
        summary: 'EPC QR code to pay what remains due on an open invoice (SVG)',
        params: documentParams,
      },
    },
    async (request, reply) => {
      const row = await clientDocument(request, request.params.token, request.params.invoiceId, 'qr');
      const payload = paymentDetails(row)?.epcQrPayload;
      if (!payload) throw DomainError.notFound();
      // EPC069-12 asks for error correction level M.
      const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return privately(reply).type('image/svg+xml').send(svg);
    },
  );

  app.post(
    '/client-access/:token/requests',
    {
      schema: {
        tags,
        summary: 'The client asks to change an invoice, its billing data or the payment deadline',
        params: tokenParams,
        body: z.object({
          kind: z.enum(REQUEST_KINDS),
          invoiceId: z.uuid().nullish(),
          message: z.string().trim().min(1).max(MESSAGE_MAX),
          contactEmail: z.string().trim().min(1).max(254),
        }),
      },
    },
    async (request, reply) => {
      const clientId = await openClientAccess(ctx.db, request, request.params.token);
      const result = await ctx.db.transaction((tx) =>
        sendClientRequest(
          ctx,
          tx,
          request,
          clientId,
          { ...request.body, invoiceId: request.body.invoiceId ?? null },
          request.lang as Language,
        ),
      );
      return privately(reply)
        .code(result.created ? 201 : 200)
        .send({ id: result.id });
    },
  );

  // --- Staff: the link of a client, client requests ---------------------------------------------------

  const clientParams = z.object({ id: z.uuid() });

  async function clientOfInvoice(invoiceId: string) {
    const { rows } = await ctx.db.query<{
      client_id: string;
      name: string;
      email: string;
      language: string;
      entity_id: string;
    }>(
      `SELECT i.client_id, c.name, c.email, c.language, i.entity_id
         FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.id = $1`,
      [invoiceId],
    );
    if (!rows[0]) throw DomainError.notFound();
    return rows[0];
  }

  async function readLink(request: Parameters<typeof audit>[1], clientId: string, entityId: string | null) {
    return ctx.db.transaction(async (tx) => {
      const link = await clientAccessLink(tx, ctx.config, clientId);
      await audit(tx, request, {
        action: 'client_access.link_read',
        subjectType: 'client',
        subjectId: clientId,
        entityId,
      });
      return link;
    });
  }

  app.get(
    '/clients/:id/access-link',
    {
      schema: {
        tags,
        summary: "The link to a client's own page (the one its e-mails carry), for client service",
        params: clientParams,
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'client_service', 'admin');
      const link = await readLink(request, request.params.id, null);
      return privately(reply).send({ clientId: request.params.id, link });
    },
  );

  app.get(
    '/invoices/:id/client-access-link',
    {
      schema: {
        tags,
        summary: "The link to the page of an invoice's client, for client service",
        params: clientParams,
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'client_service', 'admin');
      const client = await clientOfInvoice(request.params.id);
      const link = await readLink(request, client.client_id, client.entity_id);
      return privately(reply).send({
        clientId: client.client_id,
        clientName: client.name,
        clientEmail: client.email,
        clientLanguage: client.language,
        link,
      });
    },
  );

  app.post(
    '/clients/:id/access-link/send',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Send the client the link to its page again, by e-mail in its language',
        params: clientParams,
      },
    },
    async (request) => {
      requireRole(request, guard, 'client_service', 'admin');
      return ctx.db.transaction(async (tx) => {
        const { rows } = await tx.query<{
          email: string;
          language: Language;
          entity_id: string;
          entity: string;
        }>(
          `SELECT c.email, c.language, i.entity_id, e.name AS entity
             FROM clients c JOIN invoices i ON i.client_id = c.id JOIN entities e ON e.id = i.entity_id
            WHERE c.id = $1 ORDER BY i.issue_date DESC, i.created_at DESC LIMIT 1`,
          [request.params.id],
        );
        const client = rows[0];
        if (!client) throw DomainError.conflict('client_access.no_invoice');
        const link = await clientAccessLink(tx, ctx.config, request.params.id);
        await queueEmail(
          tx,
          {
            entityId: client.entity_id,
            to: client.email,
            language: client.language,
            template: 'client_access_link',
            params: { entity: client.entity, link },
          },
          ctx.delivery,
        );
        await audit(tx, request, {
          action: 'client_access.link_sent',
          subjectType: 'client',
          subjectId: request.params.id,
          entityId: client.entity_id,
          after: { to: client.email },
        });
        return { sentTo: client.email };
      });
    },
  );

  app.post(
    '/clients/:id/access-link/revoke',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Revoke the link to a client's page (a new one is made for the next e-mails)",
        params: clientParams,
      },
    },
    async (request, reply) => {
      const user = requireRole(request, guard, 'client_service', 'admin');
      const link = await ctx.db.transaction(async (tx) => {
        const next = await revokeClientAccess(tx, ctx.config, request.params.id, user.id);
        await audit(tx, request, {
          action: 'client_access.revoke',
          subjectType: 'client',
          subjectId: request.params.id,
        });
        return next;
      });
      return privately(reply).send({ clientId: request.params.id, link });
    },
  );

  app.get(
    '/client-requests',
    {
      schema: {
        tags,
        summary: 'What clients asked from their page (change an invoice, billing data, payment deadline)',
        querystring: z.object({
          status: z.enum(['open', 'closed', 'all']).default('open'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'client_service', 'admin');
      const { rows } = await ctx.db.query<{
        id: string;
        entity_id: string;
        client_id: string;
        client_name: string;
        invoice_id: string | null;
        invoice_number: string | null;
        performer: string | null;
        kind: string;
        message: string;
        contact_email: string;
        language: string;
        status: string;
        resolution: string | null;
        closed_by_name: string | null;
        closed_at: Date | null;
        created_at: Date;
      }>(
        `SELECT r.id, r.entity_id, r.client_id, c.name AS client_name, r.invoice_id, i.number AS invoice_number,
                i.document->'performer'->>'name' AS performer, r.kind, r.message, r.contact_email, r.language,
                r.status, r.resolution, u.display_name AS closed_by_name, r.closed_at, r.created_at
           FROM client_requests r
           JOIN clients c ON c.id = r.client_id
           LEFT JOIN invoices i ON i.id = r.invoice_id
           LEFT JOIN users u ON u.id = r.closed_by
          WHERE $1 = 'all' OR r.status = $1
          ORDER BY (r.status = 'open') DESC, r.created_at ${request.query.status === 'closed' ? 'DESC' : 'ASC'}
          LIMIT $2`,
        [request.query.status, request.query.limit],
      );
      return rows.map((r) => ({
        id: r.id,
        entityId: r.entity_id,
        clientId: r.client_id,
        clientName: r.client_name,
        invoiceId: r.invoice_id,
        invoiceNumber: r.invoice_number,
        performer: r.performer,
        kind: r.kind,
        message: r.message,
        contactEmail: r.contact_email,
        language: r.language,
        status: r.status,
        resolution: r.resolution,
        closedBy: r.closed_by_name,
        closedAt: r.closed_at?.toISOString() ?? null,
        createdAt: r.created_at.toISOString(),
      }));
    },
  );

  app.post(
    '/client-requests/:id/close',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Close a client's request with what was done",
        params: clientParams,
        body: z.object({ resolution: z.string().trim().min(1).max(MESSAGE_MAX) }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'client_service', 'admin');
      await ctx.db.transaction((tx) =>
        closeClientRequest(tx, request, request.params.id, request.body.resolution),
      );
      return { id: request.params.id, status: 'closed' };
    },
  );
}
