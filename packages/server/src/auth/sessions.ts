import type { Db, Queryable } from '@partage/db';
import { isLanguage } from '@partage/domain';
import { randomToken, sha256 } from '../security/crypto.ts';
import type { Role, Session, SessionUser } from '../http/context.ts';

export const SESSION_COOKIE = 'partage_session';
export const SESSION_DAYS = 14;

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  language: string;
  roles: Role[];
  entity_id: string;
  totp_enabled_at: Date | null;
}

export function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    language: isLanguage(row.language) ? row.language : 'en',
    roles: row.roles,
    entityId: row.entity_id,
    totpEnabled: row.totp_enabled_at !== null,
  };
}

export async function createSession(
  db: Queryable,
  userId: string,
  secondFactorOk: boolean,
  meta: { ip: string; userAgent?: string },
): Promise<{ token: string; session: Session }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const id = sha256(token);
  await db.query(
    `INSERT INTO sessions (id, user_id, csrf_token, second_factor_ok, expires_at, ip, user_agent)
     VALUES ($1, $2, $3, $4, now() + make_interval(days => $5), $6, $7)`,
    [id, userId, csrfToken, secondFactorOk, SESSION_DAYS, meta.ip, meta.userAgent?.slice(0, 300) ?? null],
  );
  return { token, session: { id, csrfToken, secondFactorOk } };
}

export async function loadSession(
  db: Db,
  token: string,
): Promise<{ session: Session; user: SessionUser } | null> {
  const { rows } = await db.query<
    UserRow & { session_id: string; csrf_token: string; second_factor_ok: boolean }
  >(
    `SELECT s.id AS session_id, s.csrf_token, s.second_factor_ok,
            u.id, u.email, u.display_name, u.language, u.roles, u.entity_id, u.totp_enabled_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [sha256(token)],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    session: { id: row.session_id, csrfToken: row.csrf_token, secondFactorOk: row.second_factor_ok },
    user: toSessionUser(row),
  };
}

export async function destroySession(db: Queryable, sessionId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
}

export async function destroyUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}
