import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@partage/db';
import { DomainError, parseEmail, translator, type Language } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { logAccess } from './access-log.ts';
import { documentOfClient } from './read-client-page.ts';

export const REQUEST_KINDS = ['invoice_change', 'billing_data', 'payment_deadline'] as const;
export type ClientRequestKind = (typeof REQUEST_KINDS)[number];
export const MESSAGE_MAX = 2000;
/** A client sends at most this many requests a day (and one address at most twice as many). */
export const REQUESTS_PER_DAY = 10;

export interface ClientRequestInput {
  kind: ClientRequestKind;
  invoiceId: string | null;
  message: string;
  contactEmail: string;
}

/**
 * A client asks, from its page, to change an invoice, its billing data or the payment deadline. The request
 * goes to client service's queue; when it concerns an invoice, the worker who did the work is told by
 * e-mail in their language. The same request sent twice within a minute (double click) is kept once.
 */
export async function sendClientRequest(
  ctx: AppContext,
  tx: Queryable,
  request: FastifyRequest,
  clientId: string,
  input: ClientRequestInput,
  language: Language,
): Promise<{ id: string; created: boolean }> {
  const email = parseEmail(input.contactEmail);
  if (!email.ok) throw DomainError.field('contactEmail', email.code);
  if (input.kind !== 'billing_data' && !input.invoiceId)
    throw DomainError.field('invoiceId', 'client_request.invoice_required');
  const invoice = input.invoiceId ? await documentOfClient(tx, clientId, input.invoiceId) : null;
  if (input.invoiceId && !invoice) throw DomainError.field('invoiceId', 'client_request.invoice_unknown');

  // Serialises the requests of one client, so the daily limit and the double-click check hold.
  await tx.query('SELECT 1 FROM client_access WHERE client_id = $1 FOR UPDATE', [clientId]);
  const { rows: same } = await tx.query<{ id: string }>(
    `SELECT id FROM client_requests
      WHERE client_id = $1 AND kind = $2 AND invoice_id IS NOT DISTINCT FROM $3 AND message = $4
        AND created_at > now() - interval '1 minute'`,
    [clientId, input.kind, invoice?.id ?? null, input.message],
  );
  if (same[0]) return { id: same[0].id, created: false };
  const { rows: counts } = await tx.query<{ by_client: number; by_ip: number }>(
    `SELECT count(*) FILTER (WHERE client_id = $1)::int AS by_client, count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM client_requests WHERE created_at > now() - interval '1 day' AND (client_id = $1 OR ip = $2)`,
    [clientId, request.ip],
  );
  if (counts[0]!.by_client >= REQUESTS_PER_DAY || counts[0]!.by_ip >= 2 * REQUESTS_PER_DAY)
    throw new DomainError('client_request.too_many', [], { count: REQUESTS_PER_DAY }, 429);

  const entityId = invoice?.entity_id ?? (await latestEntityOf(tx, clientId));
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO client_requests (entity_id, client_id, invoice_id, kind, message, contact_email, language, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [entityId, clientId, invoice?.id ?? null, input.kind, input.message, email.value, language, request.ip],
  );
  const id = rows[0]!.id;
  await logAccess(tx, request, clientId, 'request', invoice?.id ?? null);
  await audit(tx, request, {
    action: 'client_request.create',
    subjectType: 'client_request',
    subjectId: id,
    entityId,
    after: { clientId, kind: input.kind, invoice: invoice?.number ?? null },
  });

  if (invoice?.person_id) {
    const { rows: workers } = await tx.query<{ email: string; language: Language; name: string }>(
      `SELECT email, language, COALESCE(first_name, representative_name, legal_name) AS name
         FROM people WHERE id = $1`,
      [invoice.person_id],
    );
    const worker = workers[0];
    if (worker) {
      await queueEmail(
        tx,
        {
          entityId,
          to: worker.email,
          language: worker.language,
          template: 'client_request_received',
          params: {
            name: worker.name,
            client: invoice.document.client.name,
            number: invoice.number,
            kind: translator.t(worker.language, `client_request.kind.${input.kind}`),
            message: input.message,
            contact: email.value,
          },
        },
        ctx.delivery,
      );
    }
  }
  return { id, created: true };
}

/** The entity that invoiced the client last: a request about billing data goes to it. */
async function latestEntityOf(db: Queryable, clientId: string): Promise<string> {
  const { rows } = await db.query<{ entity_id: string }>(
    'SELECT entity_id FROM invoices WHERE client_id = $1 ORDER BY issue_date DESC, created_at DESC LIMIT 1',
    [clientId],
  );
  if (!rows[0]) throw DomainError.conflict('client_access.no_invoice');
  return rows[0].entity_id;
}
