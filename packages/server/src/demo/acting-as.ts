import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@partage/db';
import type { Role, SessionUser } from '../http/context.ts';

/** A request made by `user` from the server itself: the demo seed calls the use cases as real requests. */
export function systemRequest(user: SessionUser): FastifyRequest {
  return {
    ip: '127.0.0.1',
    headers: {},
    user,
    lang: user.language,
    session: null,
  } as unknown as FastifyRequest;
}

/** The same, for the account with this id or e-mail, read from the database. */
export async function actingAs(
  db: Queryable,
  account: { id: string } | { email: string },
): Promise<FastifyRequest> {
  const [column, value] = 'id' in account ? ['id', account.id] : ['email', account.email];
  const { rows } = await db.query<{
    id: string;
    email: string;
    display_name: string;
    language: SessionUser['language'];
    roles: Role[];
    entity_id: string;
  }>(`SELECT id, email, display_name, language, roles, entity_id FROM users WHERE ${column} = $1`, [value]);
  const row = rows[0];
  if (!row) throw new Error(`no account ${value}`);
  return systemRequest({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    language: row.language,
    roles: row.roles,
    entityId: row.entity_id,
    totpEnabled: false,
  });
}
