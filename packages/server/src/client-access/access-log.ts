import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@partage/db';
import { DomainError } from '@partage/domain';
import { clientOfToken } from './access-link.ts';

/**
 * Every opening of a client's page and every download is logged (`client_access_log`: client, action,
 * invoice, IP, browser), never with the token. Throttling follows the login's: a sliding 15-minute window
 * kept in the database, so it holds across server processes.
 *  - at most 20 links that open nothing per IP address (guessing tokens is pointless: 256 bits);
 *  - at most 300 accesses per client (a page, its QR codes and downloads are a handful each).
 */
export const WINDOW_MINUTES = 15;
export const MAX_UNKNOWN_PER_IP = 20;
export const MAX_ACCESSES_PER_CLIENT = 300;

export type AccessAction = 'view' | 'pdf' | 'ubl' | 'qr' | 'request';

function rateLimited(): DomainError {
  return new DomainError('client_access.rate_limited', [], { minutes: WINDOW_MINUTES }, 429);
}

/** A URL with any client-page token replaced, for logs. */
export function withoutAccessToken(url: string): string {
  return url.replace(/\/(c|client-access)\/[^/?#]+/g, '/$1/[token]');
}

/**
 * The client a link opens, or a 404 with no hint (unknown, malformed and revoked links answer the same);
 * 429 once the IP address or the client has used up its window. The caller logs the access (`logAccess`)
 * once it knows what was read.
 */
export async function openClientAccess(
  db: Queryable,
  request: FastifyRequest,
  token: string,
): Promise<string> {
  const { rows: unknown } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM client_access_log
      WHERE action = 'unknown_link' AND ip = $1 AND at > now() - make_interval(mins => $2)`,
    [request.ip, WINDOW_MINUTES],
  );
  if (unknown[0]!.n >= MAX_UNKNOWN_PER_IP) throw rateLimited();
  const clientId = await clientOfToken(db, token);
  if (!clientId) {
    await db.query(
      `INSERT INTO client_access_log (client_id, action, ip, user_agent) VALUES (NULL, 'unknown_link', $1, $2)`,
      [request.ip, userAgent(request)],
    );
    throw DomainError.notFound();
  }
  const { rows: recent } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM client_access_log
      WHERE client_id = $1 AND at > now() - make_interval(mins => $2)`,
    [clientId, WINDOW_MINUTES],
  );
  if (recent[0]!.n >= MAX_ACCESSES_PER_CLIENT) throw rateLimited();
  return clientId;
}

function userAgent(request: FastifyRequest): string | null {
  const agent = request.headers['user-agent'];
  return typeof agent === 'string' ? agent.slice(0, 300) : null;
}

export async function logAccess(
  db: Queryable,
  request: FastifyRequest,
  clientId: string,
  action: AccessAction,
  invoiceId: string | null,
): Promise<void> {
  await db.query(
    `INSERT INTO client_access_log (client_id, action, invoice_id, ip, user_agent) VALUES ($1, $2, $3, $4, $5)`,
    [clientId, action, invoiceId, request.ip, userAgent(request)],
  );
}
