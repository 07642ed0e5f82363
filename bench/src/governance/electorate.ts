import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@partage/db';

const b64 = (bytes: Buffer) => bytes.toString('base64url');
const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

export interface Voter {
  memberId: string;
  cookie: string;
  csrf: string;
}

/**
 * Gives `count` members of the generated register (members admitted before the cut-off) a user account
 * and an open session, set-based: the load generator then speaks for each of them as their browser would.
 */
export async function openVoterSessions(
  db: Db,
  entityId: string,
  count: number,
  cutoff: string,
): Promise<Voter[]> {
  const { rows } = await db.query<{ member_id: string; person_id: string }>(
    `SELECT m.id AS member_id, m.person_id FROM members m JOIN people p ON p.id = m.person_id
      WHERE m.entity_id = $1 AND m.status = 'member' AND m.admitted_on <= $2 AND p.user_id IS NULL
      ORDER BY m.member_number LIMIT $3`,
    [entityId, cutoff, count],
  );
  const voters: Voter[] = [];
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const tokens = chunk.map(() => b64(randomBytes(32)));
    const csrfs = chunk.map(() => b64(randomBytes(24)));
    const { rows: users } = await db.query<{ id: string; person_id: string }>(
      `WITH made AS (
         INSERT INTO users (entity_id, email, password_hash, display_name, language, roles)
         SELECT $1, 'voter-' || p.id || '@bench.partage.coop', 'bench-no-login',
                COALESCE(p.legal_name, p.first_name || ' ' || p.last_name), p.language, '{member}'
           FROM people p WHERE p.id = ANY($2::uuid[])
         RETURNING id, substring(email from 7 for 36)::uuid AS person_id)
       SELECT id, person_id FROM made`,
      [entityId, chunk.map((r) => r.person_id)],
    );
    const userOf = new Map(users.map((u) => [u.person_id, u.id]));
    await db.query(
      `UPDATE people p SET user_id = u.user_id FROM unnest($1::uuid[], $2::uuid[]) AS u(person_id, user_id)
        WHERE p.id = u.person_id`,
      [chunk.map((r) => r.person_id), chunk.map((r) => userOf.get(r.person_id)!)],
    );
    await db.query(
      `INSERT INTO sessions (id, user_id, csrf_token, second_factor_ok, expires_at, ip)
       SELECT s.id, s.user_id, s.csrf, false, now() + interval '1 day', '127.0.0.1'
         FROM unnest($1::text[], $2::uuid[], $3::text[]) AS s(id, user_id, csrf)`,
      [tokens.map(sha256), chunk.map((r) => userOf.get(r.person_id)!), csrfs],
    );
    chunk.forEach((r, j) =>
      voters.push({ memberId: r.member_id, cookie: `partage_session=${tokens[j]}`, csrf: csrfs[j]! }),
    );
  }
  return voters;
}
