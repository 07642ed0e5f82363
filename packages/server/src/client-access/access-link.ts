import { createHmac, hkdfSync } from 'node:crypto';
import type { Queryable } from '@partage/db';
import { DomainError } from '@partage/domain';
import { sha256 } from '../security/crypto.ts';

/**
 * The link a client opens from the invoice e-mails to see its own page, without an account.
 *
 * token = base64url(HMAC-SHA-256(K, "client-access:<client id>:<version>")), 256 bits, where K is derived
 * from the server secret (HKDF, its own label). The database keeps only the version and the SHA-256 of the
 * token (to find the client from a link): the database alone gives no link. The same link is written in
 * every e-mail of the client until staff revoke it, which moves the version on: the old link stops working
 * at once, the next e-mail carries the new one.
 */
export interface AccessLinkConfig {
  publicUrl: string;
  /** The server secret (`Config.secret`); the whole `ctx.config` can be passed. */
  secret: string;
}

const keys = new Map<string, Buffer>();

function keyOf(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), 'partage', 'client-access-link', 32));
    keys.set(secret, key);
  }
  return key;
}

export function accessToken(secret: string, clientId: string, version: number): string {
  return createHmac('sha256', keyOf(secret))
    .update(`client-access:${clientId}:${version}`)
    .digest('base64url');
}

/** A token as we issue them: 43 base64url characters (32 bytes). Anything else is not looked up. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function tokenHash(token: string): string {
  return sha256(token);
}

/** The client's current version, creating its access on first use (version 1). */
async function currentVersion(db: Queryable, secret: string, clientId: string): Promise<number> {
  const read = async () =>
    (
      await db.query<{ version: number }>('SELECT version FROM client_access WHERE client_id = $1', [
        clientId,
      ])
    ).rows[0]?.version;
  const known = await read();
  if (known !== undefined) return known;
  const { rows: client } = await db.query('SELECT 1 FROM clients WHERE id = $1', [clientId]);
  if (!client[0]) throw DomainError.notFound();
  await db.query(
    `INSERT INTO client_access (client_id, version, token_hash) VALUES ($1, 1, $2)
     ON CONFLICT (client_id) DO NOTHING`,
    [clientId, tokenHash(accessToken(secret, clientId, 1))],
  );
  return (await read())!;
}

/** `<publicUrl>/c/<token>`: the same for every e-mail of this client until its access is revoked. */
export async function clientAccessLink(
  db: Queryable,
  config: AccessLinkConfig,
  clientId: string,
): Promise<string> {
  const version = await currentVersion(db, config.secret, clientId);
  return `${config.publicUrl}/c/${accessToken(config.secret, clientId, version)}`;
}

/**
 * Revokes the client's current link (inside the caller's transaction): it answers 404 from now on; the
 * link answered is the new one, which the next e-mails carry.
 */
export async function revokeClientAccess(
  tx: Queryable,
  config: AccessLinkConfig,
  clientId: string,
  revokedBy: string | null,
): Promise<string> {
  await currentVersion(tx, config.secret, clientId);
  const { rows } = await tx.query<{ version: number }>(
    'SELECT version FROM client_access WHERE client_id = $1 FOR UPDATE',
    [clientId],
  );
  const version = rows[0]!.version + 1;
  const token = accessToken(config.secret, clientId, version);
  await tx.query(
    `UPDATE client_access SET version = $2, token_hash = $3, revoked_at = now(), revoked_by = $4
      WHERE client_id = $1`,
    [clientId, version, tokenHash(token), revokedBy],
  );
  return `${config.publicUrl}/c/${token}`;
}

/** The client a token opens, or null (unknown, malformed or revoked). */
export async function clientOfToken(db: Queryable, token: string): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const { rows } = await db.query<{ client_id: string }>(
    'SELECT client_id FROM client_access WHERE token_hash = $1',
    [tokenHash(token)],
  );
  return rows[0]?.client_id ?? null;
}
