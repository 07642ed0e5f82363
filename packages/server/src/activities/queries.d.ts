import type { Queryable } from '@partage/db';
import {
  type ActivitySettings,
  type ActivityStatus,
  type Participant,
  type ParticipantRight,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../http/context.ts';
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
/**
 * One Activity. `lock` takes its row until the transaction ends: every decision that commits or moves
 * its budget (a salary request, an approval, a financing) takes it first, so two of them on the same
 * budget are judged one after the other and never overdraw it together.
 */
export declare function loadActivity(db: Queryable, id: string, lock?: boolean): Promise<ActivityRow>;
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
export declare function loadParticipants(db: Queryable, activityId: string): Promise<ParticipantRow[]>;
export declare function toParticipant(
  row: Pick<ParticipantRow, 'person_id' | 'administrator' | 'rights'>,
): Participant;
/** The current participants as the domain's rules see them. */
export declare function participantsOf(actor: { participants: ParticipantRow[] }): Participant[];
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
export declare const ACTIVITY_STAFF_ROLES: readonly ['adviser', 'admin', 'payroll', 'client_service'];
/**
 * The actor on an Activity, or 404 when the user may not even know it exists (neither participant nor
 * staff). `lock` locks the Activity's row (see `loadActivity`).
 */
export declare function activityActor(
  db: Queryable,
  request: FastifyRequest,
  activityId: string,
  lock?: boolean,
): Promise<ActivityActor>;
/** Staff who decide staff steps (advisers and administrators of the platform). */
export declare function isDecidingStaff(user: SessionUser): boolean;
export declare function requireDecidingStaff(user: SessionUser): void;
/** The Activity must be active to sell, spend or pay (409 otherwise). */
export declare function requireActive(activity: ActivityRow): void;
/** The Activity tool's settings in force for an entity (defaults overridden by what it stored). */
export declare function settingsOf(db: Queryable, entityId: string): Promise<ActivitySettings>;
export interface ActivityEventInput {
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  params?: Record<string, string | number | boolean | null>;
  message?: string | null;
  actorId: string | null;
}
/** One line of the Activity's history, inside the caller's transaction. */
export declare function recordActivityEvent(
  tx: Queryable,
  activityId: string,
  event: ActivityEventInput,
): Promise<void>;
/** `ACT-BE-PA-000042`, `DEV-…`, `NDF-…`: unique references from sequences (nobody waits for them). */
export declare function activityDocumentReference(
  tx: Queryable,
  prefix: string,
  entityId: string,
): Promise<string>;
