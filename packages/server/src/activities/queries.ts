import type { Queryable } from '@partage/db';
import {
  DomainError,
  activitySettingsFor,
  type ActivitySettings,
  type ActivityStatus,
  type Participant,
  type ParticipantRight,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import { hasRole, requireUser } from '../auth/guards.ts';
import type { SessionUser } from '../http/context.ts';
import { UUID } from '../ledger/accounts.ts';

export interface ActivityRow {
  id: string;
  entity_id: string;
  reference: string;
  name: string;
  description: string;
  job_family: string;
  status: ActivityStatus;
  opened_by: string;
  adviser_id: string | null;
  budget_account_id: string | null;
  refusal_reason: string | null;
  requested_at: Date;
  decided_at: Date | null;
  closed_at: Date | null;
}

const ACTIVITY_COLUMNS = `id, entity_id, reference, name, description, job_family, status, opened_by, adviser_id,
  budget_account_id, refusal_reason, requested_at, decided_at, closed_at`;

/**
 * One Activity. `lock` takes its row until the transaction ends: every decision that commits or moves
 * its budget (a salary request, an approval, a financing) takes it first, so two of them on the same
 * budget are judged one after the other and never overdraw it together.
 */
export async function loadActivity(db: Queryable, id: string, lock = false): Promise<ActivityRow> {
  if (!UUID.test(id)) throw DomainError.notFound('activity.not_found');
  const { rows } = await db.query<ActivityRow>(
    `SELECT ${ACTIVITY_COLUMNS} FROM activities WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound('activity.not_found');
  return rows[0];
}

export interface ParticipantRow {
  person_id: string;
  administrator: boolean;
  rights: ParticipantRight[];
  name: string;
  email: string;
  user_id: string | null;
  member_number: number | null;
  joined_at: Date;
}

/** The current participants (removed ones left out), administrators first. */
export async function loadParticipants(db: Queryable, activityId: string): Promise<ParticipantRow[]> {
  const { rows } = await db.query<ParticipantRow>(
    `SELECT ap.person_id, ap.administrator, ap.rights, p.first_name || ' ' || p.last_name AS name, p.email,
            p.user_id, m.member_number, ap.joined_at
       FROM activity_participants ap
       JOIN people p ON p.id = ap.person_id
       LEFT JOIN members m ON m.person_id = p.id AND m.entity_id = p.entity_id
      WHERE ap.activity_id = $1 AND ap.removed_at IS NULL
      ORDER BY ap.administrator DESC, ap.joined_at, p.last_name`,
    [activityId],
  );
  return rows;
}

export function toParticipant(
  row: Pick<ParticipantRow, 'person_id' | 'administrator' | 'rights'>,
): Participant {
  return { personId: row.person_id, administrator: row.administrator, rights: row.rights };
}

/** The current participants as the domain's rules see them. */
export function participantsOf(actor: { participants: ParticipantRow[] }): Participant[] {
  return actor.participants.map(toParticipant);
}

/** Who is acting on an Activity: a participant (with rights), the adviser who follows it, other staff. */
export interface ActivityActor {
  user: SessionUser;
  activity: ActivityRow;
  /** The user's person record, when they have one. */
  personId: string | null;
  /** Their participation (null: not a participant). */
  participant: Participant | null;
  participants: ParticipantRow[];
  /** Advisers and administrators of the platform: they read every Activity and decide staff steps. */
  staff: boolean;
  /** The adviser assigned to this Activity. */
  followingAdviser: boolean;
}

export const ACTIVITY_STAFF_ROLES = ['adviser', 'admin', 'payroll', 'client_service'] as const;

/**
 * The actor on an Activity, or 404 when the user may not even know it exists (neither participant nor
 * staff). `lock` locks the Activity's row (see `loadActivity`).
 */
export async function activityActor(
  db: Queryable,
  request: FastifyRequest,
  activityId: string,
  lock = false,
): Promise<ActivityActor> {
  const user = requireUser(request);
  const activity = await loadActivity(db, activityId, lock);
  const participants = await loadParticipants(db, activity.id);
  const { rows } = await db.query<{ id: string }>('SELECT id FROM people WHERE user_id = $1', [user.id]);
  const personId = rows[0]?.id ?? null;
  const mine = participants.find((p) => p.person_id === personId);
  const staff = hasRole(user, ...ACTIVITY_STAFF_ROLES);
  const opener = activity.opened_by === personId;
  if (!mine && !staff && !opener) throw DomainError.notFound('activity.not_found');
  return {
    user,
    activity,
    personId,
    participant: mine ? toParticipant(mine) : null,
    participants,
    staff,
    followingAdviser: activity.adviser_id === user.id,
  };
}

/** Staff who decide staff steps (advisers and administrators of the platform). */
export function isDecidingStaff(user: SessionUser): boolean {
  return hasRole(user, 'adviser', 'admin');
}

export function requireDecidingStaff(user: SessionUser): void {
  if (!isDecidingStaff(user)) throw DomainError.forbidden('activity.staff_only');
}

/** The Activity must be active to sell, spend or pay (409 otherwise). */
export function requireActive(activity: ActivityRow): void {
  if (activity.status !== 'active') {
    throw DomainError.conflict('activity.not_active', { status: activity.status });
  }
}

/** The Activity tool's settings in force for an entity (defaults overridden by what it stored). */
export async function settingsOf(db: Queryable, entityId: string): Promise<ActivitySettings> {
  const { rows } = await db.query<{ settings: Partial<ActivitySettings> }>(
    'SELECT settings FROM activity_settings WHERE entity_id = $1',
    [entityId],
  );
  return activitySettingsFor(rows[0]?.settings ?? null);
}

export interface ActivityEventInput {
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  params?: Record<string, string | number | boolean | null>;
  message?: string | null;
  actorId: string | null;
}

/** One line of the Activity's history, inside the caller's transaction. */
export async function recordActivityEvent(
  tx: Queryable,
  activityId: string,
  event: ActivityEventInput,
): Promise<void> {
  await tx.query(
    `INSERT INTO activity_events (activity_id, action, subject_type, subject_id, params, message, actor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      activityId,
      event.action,
      event.subjectType ?? null,
      event.subjectId ?? null,
      JSON.stringify(event.params ?? {}),
      event.message ?? null,
      event.actorId,
    ],
  );
}

/** `ACT-BE-PA-000042`, `DEV-…`, `NDF-…`: unique references from sequences (nobody waits for them). */
export async function activityDocumentReference(tx: Queryable, prefix: string, entityId: string) {
  const { rows } = await tx.query<{ n: number }>(`SELECT nextval('activity_document_seq')::int AS n`);
  return `${prefix}-${entityId}-${String(rows[0]!.n).padStart(6, '0')}`;
}
