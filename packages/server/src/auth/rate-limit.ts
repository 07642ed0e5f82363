import type { Queryable } from '@partage/db';

/**
 * Login throttling kept in the database, so it holds across server processes: at most 5 failures per
 * e-mail and 30 per IP address in a sliding 15-minute window.
 */
export const WINDOW_MINUTES = 15;
const MAX_PER_EMAIL = 5;
const MAX_PER_IP = 30;

export async function isThrottled(db: Queryable, email: string, ip: string): Promise<boolean> {
  const { rows } = await db.query<{ by_email: number; by_ip: number }>(
    `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM login_attempts
      WHERE NOT success AND at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
    [email, ip, WINDOW_MINUTES],
  );
  const row = rows[0]!;
  return row.by_email >= MAX_PER_EMAIL || row.by_ip >= MAX_PER_IP;
}

export async function recordAttempt(
  db: Queryable,
  email: string,
  ip: string,
  success: boolean,
): Promise<void> {
  await db.query('INSERT INTO login_attempts (email, ip, success) VALUES ($1, $2, $3)', [email, ip, success]);
}
