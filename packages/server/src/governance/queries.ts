import type { Queryable } from '@partage/db';
import {
  BE_COOP_STATUTES,
  DomainError,
  type GovernanceStatutes,
  type Language,
  type PersonKind,
  type RegisterMember,
  type ResolutionKind,
  type Translated,
} from '@partage/domain';

export interface AssemblyRow {
  id: string;
  entity_id: string;
  title: Translated;
  held_at: Date;
  place: string;
  stream_url: string | null;
  cutoff_date: string;
  second_convocation: boolean;
  status: 'draft' | 'convened' | 'closed';
  convened_at: Date | null;
  convened_count: number | null;
}

export interface VoteRow {
  id: string;
  assembly_id: string;
  entity_id: string;
  kind: 'resolutions' | 'election';
  title: Translated;
  opens_at: Date;
  closes_at: Date;
  allow_change: boolean;
  max_choices: number | null;
  call_opens_at: Date | null;
  call_closes_at: Date | null;
  seal_key_enc: string | null;
  closed_at: Date | null;
  results: unknown;
}

export interface ResolutionRow {
  id: string;
  position: number;
  kind: ResolutionKind;
  title: Translated;
  body: Translated;
}

export interface CandidateRow {
  id: string;
  vote_id: string;
  member_id: string;
  display_name: string;
  category: 'A' | 'B' | 'C';
  seat_group: string;
  person_kind: PersonKind;
  gender: 'female' | 'male' | 'x' | null;
  profile: string;
  motivation: string;
  skills: string;
  vision: string;
  language: Language;
  lot: number | null;
}

/** The statutes of an entity: today the Belgian cooperative's defaults for every entity. */
export function statutesOf(_entityId: string): GovernanceStatutes {
  return BE_COOP_STATUTES;
}

/** Dates come back as `Date` from node-postgres and as `Date` from PGlite; dates (no time) as strings. */
export function isoDate(value: string | Date | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export async function loadAssembly(db: Queryable, id: string, lock = false): Promise<AssemblyRow> {
  const { rows } = await db.query<AssemblyRow>(
    `SELECT id, entity_id, title, held_at, place, stream_url, cutoff_date::text AS cutoff_date, second_convocation,
            status, convened_at, convened_count
       FROM gov_assemblies WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

export async function loadVote(
  db: Queryable,
  id: string,
  lock: '' | 'FOR SHARE' | 'FOR UPDATE' = '',
): Promise<VoteRow> {
  const { rows } = await db.query<VoteRow>(`SELECT * FROM gov_votes WHERE id = $1 ${lock}`, [id]);
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

export async function loadResolutions(db: Queryable, voteId: string): Promise<ResolutionRow[]> {
  const { rows } = await db.query<ResolutionRow>(
    'SELECT id, position, kind, title, body FROM gov_resolutions WHERE vote_id = $1 ORDER BY position',
    [voteId],
  );
  return rows;
}

export async function loadCandidates(db: Queryable, voteId: string): Promise<CandidateRow[]> {
  const { rows } = await db.query<CandidateRow>(
    'SELECT * FROM gov_candidates WHERE vote_id = $1 ORDER BY display_name, id',
    [voteId],
  );
  return rows;
}

const REGISTER_MEMBER_SELECT = `
  SELECT m.id AS "memberId", m.status, p.kind AS "personKind", m.admitted_on::text AS "admittedOn",
         p.representative_name AS "representativeName",
         COALESCE((SELECT jsonb_object_agg(s.category, s.quantity) FROM (
             SELECT r.category, sum(r.quantity)::int AS quantity FROM register_operations r
              WHERE r.member_id = m.id AND r.effective_on <= $1::date GROUP BY r.category HAVING sum(r.quantity) > 0
           ) s), '{}'::jsonb) AS "sharesAtCutoff"
    FROM members m JOIN people p ON p.id = m.person_id`;

/** A member as the register knew them on the cut-off date, for the eligibility rule. */
export async function registerMember(
  db: Queryable,
  memberId: string,
  cutoff: string,
): Promise<RegisterMember> {
  const { rows } = await db.query<RegisterMember>(`${REGISTER_MEMBER_SELECT} WHERE m.id = $2`, [
    cutoff,
    memberId,
  ]);
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

/** The member a user is in an entity, as the register knew them on the cut-off date, in one query. */
export async function registerMemberOfUser(
  db: Queryable,
  userId: string,
  entityId: string,
  cutoff: string,
): Promise<RegisterMember | null> {
  const { rows } = await db.query<RegisterMember>(
    `${REGISTER_MEMBER_SELECT} WHERE p.user_id = $2 AND m.entity_id = $3`,
    [cutoff, userId, entityId],
  );
  return rows[0] ?? null;
}

export interface VoteWithAssembly extends VoteRow {
  cutoff_date: string;
  assembly_status: AssemblyRow['status'];
}

export async function loadVoteWithAssembly(db: Queryable, id: string): Promise<VoteWithAssembly> {
  const { rows } = await db.query<VoteWithAssembly>(
    `SELECT v.*, a.cutoff_date::text AS cutoff_date, a.status AS assembly_status
       FROM gov_votes v JOIN gov_assemblies a ON a.id = v.assembly_id WHERE v.id = $1`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

/**
 * Ballots being cast hold a shared lock on the vote, the close an exclusive one: a ballot either
 * commits before the close reads the ballot box, or sees the vote closed. (An advisory lock: cheaper
 * than a row lock shared by hundreds of concurrent transactions.)
 */
export async function lockVote(tx: Queryable, voteId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  await tx.query(
    mode === 'shared'
      ? 'SELECT pg_advisory_xact_lock_shared(7020006, hashtext($1))'
      : 'SELECT pg_advisory_xact_lock(7020006, hashtext($1))',
    [voteId],
  );
}

/** Every member of the entity's register who may be in the electorate (members today). */
export async function registerMembers(
  db: Queryable,
  entityId: string,
  cutoff: string,
): Promise<RegisterMember[]> {
  const { rows } = await db.query<RegisterMember>(
    `${REGISTER_MEMBER_SELECT} WHERE m.entity_id = $2 AND m.status = 'member'`,
    [cutoff, entityId],
  );
  return rows;
}

export interface MyMember {
  id: string;
  member_number: number | null;
  status: string;
  display_name: string;
  kind: PersonKind;
  gender: 'female' | 'male' | 'x' | null;
  email: string;
  language: Language;
}

export async function memberOfUserIn(
  db: Queryable,
  userId: string,
  entityId: string,
): Promise<MyMember | null> {
  const { rows } = await db.query<MyMember>(
    `SELECT m.id, m.member_number, m.status, p.kind, p.gender, p.email, p.language,
            COALESCE(p.legal_name, p.first_name || ' ' || p.last_name) AS display_name
       FROM members m JOIN people p ON p.id = m.person_id WHERE p.user_id = $1 AND m.entity_id = $2`,
    [userId, entityId],
  );
  return rows[0] ?? null;
}

export async function memberByNumberIn(
  db: Queryable,
  entityId: string,
  number: number,
): Promise<MyMember | null> {
  const { rows } = await db.query<MyMember>(
    `SELECT m.id, m.member_number, m.status, p.kind, p.gender, p.email, p.language,
            COALESCE(p.legal_name, p.first_name || ' ' || p.last_name) AS display_name
       FROM members m JOIN people p ON p.id = m.person_id WHERE m.entity_id = $1 AND m.member_number = $2`,
    [entityId, number],
  );
  return rows[0] ?? null;
}

/** The time the server considers "now" (one place, so that tests read naturally). */
export function nowIso(): string {
  return new Date().toISOString();
}
