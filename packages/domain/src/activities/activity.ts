/**
 * The Activity: a project budget that works like a small business inside the shared enterprise (seeds
 * 001:L1200-1212, 003:L2137-2141). A member asks to open it, an adviser approves, the opener administers
 * it and invites other members as participants with rights.
 *
 * Life cycle (one state machine, like the contract's `transition`):
 *
 *   requested ──approve──▶ approved ──activate──▶ active ──close──▶ closed
 *   requested ──refuse───▶ refused
 *
 * - requested: a member (sociétaire only: `membershipGate`) asked to open it: name, description, job
 *   family, entity.
 * - approve / refuse: an adviser (or other staff) decides; a refusal carries its reason.
 * - activate: the Activity's budget account is opened and it may sell and spend. The server does it in the
 *   approval's transaction once the account exists (staff may also do it later, e.g. after a missing
 *   document arrived).
 * - close: the administrator or staff end it, only when its budget is at zero (carried over, spent or
 *   transferred) and nothing is pending (quotes sent, claims, salary requests, loan instalments).
 * - refused and closed are final.
 */
import { DomainError } from '../errors.ts';
import { isJobFamilyCode, type JobFamilyCode } from '../contracts/job-families.ts';
import { membershipGate, type GateSubject } from '../membership/gate.ts';
import { formatCents } from '../payroll/arith.ts';
import { PAYROLL_ENTITIES } from '../rules/entities.ts';
import { push, text, throwIfAny, type Issues } from './input.ts';

export const ACTIVITY_STATUSES = ['requested', 'approved', 'refused', 'active', 'closed'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_ACTIONS = ['approve', 'refuse', 'activate', 'close'] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** Who acts: the Activity's administrator (a member), an adviser, or other staff (back office). */
export type ActivityActor = 'administrator' | 'adviser' | 'staff';

export interface ActivityTransitionContext {
  actor: ActivityActor;
  /** Why: required to refuse, kept in the Activity's history. */
  reason?: string;
  /** To close: the budget's balance in cents (natural sign: positive = money held). */
  balanceCents?: number;
  /** To close: items still pending (quotes sent, claims, salary requests, open loans). */
  pendingCount?: number;
}

interface ActionRule {
  from: ActivityStatus;
  to: ActivityStatus;
  actors: readonly ActivityActor[];
}

const ACTIONS: Readonly<Record<ActivityAction, ActionRule>> = {
  approve: { from: 'requested', to: 'approved', actors: ['adviser', 'staff'] },
  refuse: { from: 'requested', to: 'refused', actors: ['adviser', 'staff'] },
  activate: { from: 'approved', to: 'active', actors: ['adviser', 'staff'] },
  close: { from: 'active', to: 'closed', actors: ['administrator', 'adviser', 'staff'] },
};

export const ACTIVITY_REASON_MAX_LENGTH = 1000;

export function isActivityStatus(value: unknown): value is ActivityStatus {
  return typeof value === 'string' && (ACTIVITY_STATUSES as readonly string[]).includes(value);
}

export function isActivityAction(value: unknown): value is ActivityAction {
  return typeof value === 'string' && (ACTIVITY_ACTIONS as readonly string[]).includes(value);
}

/**
 * The status after `action`, or a DomainError: 403 when the actor may not do it, 409 when the status (or
 * the budget, to close) forbids it, 422 (field `reason`) when a refusal has no reason.
 */
export function activityTransition(
  status: ActivityStatus,
  action: ActivityAction,
  context: ActivityTransitionContext,
): ActivityStatus {
  const rule = isActivityAction(action) ? ACTIONS[action] : undefined;
  if (!rule || !isActivityStatus(status)) {
    throw DomainError.conflict('activity.status.transition', {
      from: String(status),
      action: String(action),
    });
  }
  if (!rule.actors.includes(context.actor)) {
    throw DomainError.forbidden('activity.status.actor_forbidden', { action, actor: String(context.actor) });
  }
  if (status === 'refused' || status === 'closed') {
    throw DomainError.conflict('activity.status.final', { status, action });
  }
  if (status !== rule.from)
    throw DomainError.conflict('activity.status.transition', { from: status, action });
  if (action === 'refuse') {
    const reason = typeof context.reason === 'string' ? context.reason.trim() : '';
    if (reason === '') throw DomainError.field('reason', 'activity.status.reason_required');
    if (reason.length > ACTIVITY_REASON_MAX_LENGTH) {
      throw DomainError.field('reason', 'field.too_long', { max: ACTIVITY_REASON_MAX_LENGTH });
    }
  }
  if (action === 'close') {
    const balance = context.balanceCents;
    const pending = context.pendingCount;
    if (!Number.isSafeInteger(balance) || !Number.isSafeInteger(pending)) {
      throw new RangeError('closing an Activity needs its balanceCents and pendingCount');
    }
    if (balance !== 0) {
      throw DomainError.conflict('activity.close.budget_not_empty', {
        balance: formatCents(balance!),
        balanceCents: balance!,
      });
    }
    if (pending! > 0) throw DomainError.conflict('activity.close.pending_items', { count: pending! });
  }
  return rule.to;
}

/** The actions an actor could try now (buttons of the interface). */
export function availableActivityActions(
  status: ActivityStatus,
  context: ActivityTransitionContext,
): ActivityAction[] {
  return ACTIVITY_ACTIONS.filter((action) => {
    try {
      activityTransition(status, action, { balanceCents: 0, pendingCount: 0, ...context, reason: 'x' });
      return true;
    } catch {
      return false;
    }
  });
}

// --- Opening request ---------------------------------------------------------------------------------

export const ACTIVITY_NAME_MIN_LENGTH = 3;
export const ACTIVITY_NAME_MAX_LENGTH = 120;
export const ACTIVITY_DESCRIPTION_MAX_LENGTH = 2000;

/**
 * Entities that host Activities by default: the Belgian employing entities (they employ the participants
 * the budget pays). SmartCoop (the cooperative itself) and SmartFr (payroll not modelled) do not.
 */
export const ACTIVITY_ENTITIES: readonly string[] = Object.values(PAYROLL_ENTITIES)
  .filter((e) => e.country === 'BE' && e.contractTypes.length > 0)
  .map((e) => e.code);

export interface ActivityRequestInput {
  name: string;
  description: string;
  jobFamily: string;
  entity: string;
}

export interface ActivityRequestContext {
  /** The person asking: a member (sociétaire) with issued shares, or not. */
  applicant: GateSubject;
  /** Entities that may host it (default `ACTIVITY_ENTITIES`). */
  entities?: readonly string[];
}

export interface ValidActivityRequest {
  name: string;
  description: string;
  jobFamily: JobFamilyCode;
  entity: string;
}

/** Throws the membership gate's refusal (403) when the subject may not do `action`. */
function requireGate(subject: GateSubject, action: 'open_activity' | 'issue_activity_invoice'): void {
  const decision = membershipGate(subject, action);
  if (!decision.allowed) throw DomainError.forbidden(decision.code, { limit: decision.limit });
}

/**
 * Checks a request to open an Activity. Only a member may ask (403 `gate.members_only`, before anything
 * else); then every field problem at once (422).
 */
export function validateActivityRequest(
  input: ActivityRequestInput,
  context: ActivityRequestContext,
): ValidActivityRequest {
  requireGate(context.applicant, 'open_activity');
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<string, unknown>>;
  const issues: Issues = [];
  const name = text(issues, 'name', raw.name, ACTIVITY_NAME_MIN_LENGTH, ACTIVITY_NAME_MAX_LENGTH);
  const description = text(issues, 'description', raw.description, 1, ACTIVITY_DESCRIPTION_MAX_LENGTH);
  if (!isJobFamilyCode(raw.jobFamily)) push(issues, 'jobFamily', 'activity.job_family.unknown');
  const entities = context.entities ?? ACTIVITY_ENTITIES;
  if (typeof raw.entity !== 'string' || !entities.includes(raw.entity)) {
    push(issues, 'entity', 'activity.entity.not_allowed', { entity: String(raw.entity) });
  }
  throwIfAny(issues);
  return {
    name: name!,
    description: description!,
    jobFamily: raw.jobFamily as JobFamilyCode,
    entity: raw.entity as string,
  };
}

// --- Participants and rights -------------------------------------------------------------------------

/**
 * What a participant may do: sell (quotes, invoices, credit notes), spend (expense claims, supplier
 * invoices), request salaries for themselves, manage (participants, approvals, financing, closing).
 */
export const PARTICIPANT_RIGHTS = ['sell', 'spend', 'request_salary', 'manage'] as const;
export type ParticipantRight = (typeof PARTICIPANT_RIGHTS)[number];

export function isParticipantRight(value: unknown): value is ParticipantRight {
  return typeof value === 'string' && (PARTICIPANT_RIGHTS as readonly string[]).includes(value);
}

export interface Participant {
  personId: string;
  /** The administrator has every right, whatever `rights` says. The opener is the first administrator. */
  administrator: boolean;
  rights: readonly ParticipantRight[];
}

/** The operations of the Activity tool and the right each needs (null: any participant). */
export const ACTIVITY_OPERATIONS = {
  view: null,
  create_quote: 'sell',
  send_quote: 'sell',
  issue_invoice: 'sell',
  issue_credit_note: 'sell',
  claim_expense: 'spend',
  record_purchase: 'spend',
  request_salary: 'request_salary',
  invite_participant: 'manage',
  change_participant: 'manage',
  remove_participant: 'manage',
  approve_spending: 'manage',
  request_financing: 'manage',
  close_activity: 'manage',
} as const satisfies Record<string, ParticipantRight | null>;
export type ActivityOperation = keyof typeof ACTIVITY_OPERATIONS;

export function isActivityOperation(value: unknown): value is ActivityOperation {
  return typeof value === 'string' && Object.hasOwn(ACTIVITY_OPERATIONS, value);
}

/** The rights a participant actually has (all of them for an administrator). */
export function effectiveRights(participant: Participant): ParticipantRight[] {
  if (participant.administrator) return [...PARTICIPANT_RIGHTS];
  return PARTICIPANT_RIGHTS.filter((r) => participant.rights.includes(r));
}

/** Whether this participant (null: not a participant) may do `operation` in the Activity. */
export function can(participant: Participant | null | undefined, operation: ActivityOperation): boolean {
  if (!participant || !isActivityOperation(operation)) return false;
  const right = ACTIVITY_OPERATIONS[operation];
  return right === null || effectiveRights(participant).includes(right);
}

/** Like `can`, but throws 403 `activity.right.missing` (or `activity.not_participant`). */
export function requireRight(
  participant: Participant | null | undefined,
  operation: ActivityOperation,
): void {
  if (!participant) throw DomainError.forbidden('activity.not_participant');
  if (!can(participant, operation)) {
    throw DomainError.forbidden('activity.right.missing', {
      right: String(ACTIVITY_OPERATIONS[operation] ?? ''),
      operation: String(operation),
    });
  }
}

/** The opener of a new Activity: its administrator. */
export function openerParticipant(personId: string): Participant {
  return { personId, administrator: true, rights: [...PARTICIPANT_RIGHTS] };
}

/** Rights from untrusted input: known, each once, in the canonical order. Issues on `rights`. */
function parseRights(issues: Issues, value: unknown): ParticipantRight[] | undefined {
  if (!Array.isArray(value)) {
    push(issues, 'rights', 'field.required');
    return undefined;
  }
  let ok = true;
  value.forEach((right: unknown, i) => {
    if (!isParticipantRight(right)) {
      push(issues, `rights.${i}`, 'activity.right.unknown', { right: String(right) });
      ok = false;
    }
  });
  return ok ? PARTICIPANT_RIGHTS.filter((r) => value.includes(r)) : undefined;
}

export interface InvitationInput {
  rights: string[];
  administrator?: boolean;
}

export interface InvitationContext {
  /** Who invites: must have the `manage` right. */
  inviter: Participant | null;
  /** Who is invited: a member (every participant is a sociétaire). */
  invitee: GateSubject & { personId: string };
  /** The current participants. */
  participants: readonly Participant[];
}

/**
 * A new participant. The inviter needs `manage` (403); the invitee must be a member (403, membership
 * gate: only members use an Activity) and not already a participant (409); rights must be known (422).
 */
export function validateInvitation(input: InvitationInput, context: InvitationContext): Participant {
  requireRight(context.inviter, 'invite_participant');
  requireGate(context.invitee, 'issue_activity_invoice');
  if (context.participants.some((p) => p.personId === context.invitee.personId)) {
    throw DomainError.conflict('activity.participant.already');
  }
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<string, unknown>>;
  const issues: Issues = [];
  const rights = parseRights(issues, raw.rights);
  if (raw.administrator !== undefined && typeof raw.administrator !== 'boolean') {
    push(issues, 'administrator', 'field.invalid');
  }
  throwIfAny(issues);
  const administrator = raw.administrator === true;
  return {
    personId: context.invitee.personId,
    administrator,
    rights: administrator ? [...PARTICIPANT_RIGHTS] : rights!,
  };
}

export interface ParticipantChange {
  rights?: string[];
  administrator?: boolean;
}

function requireAdministratorLeft(participants: readonly Participant[]): void {
  if (!participants.some((p) => p.administrator)) {
    throw DomainError.conflict('activity.participant.last_administrator');
  }
}

/**
 * The participants after changing one person's rights (manager only, 403). The Activity always keeps
 * an administrator (409 `activity.participant.last_administrator`).
 */
export function changeParticipant(
  participants: readonly Participant[],
  personId: string,
  change: ParticipantChange,
  actor: Participant | null,
): Participant[] {
  requireRight(actor, 'change_participant');
  const current = participants.find((p) => p.personId === personId);
  if (!current) throw DomainError.notFound('activity.participant.unknown');
  const raw = (typeof change === 'object' && change !== null ? change : {}) as Partial<
    Record<string, unknown>
  >;
  const issues: Issues = [];
  const rights = raw.rights === undefined ? [...current.rights] : parseRights(issues, raw.rights);
  if (raw.administrator !== undefined && typeof raw.administrator !== 'boolean') {
    push(issues, 'administrator', 'field.invalid');
  }
  throwIfAny(issues);
  const administrator = raw.administrator === undefined ? current.administrator : raw.administrator === true;
  const updated: Participant = {
    personId,
    administrator,
    rights: administrator ? [...PARTICIPANT_RIGHTS] : rights!,
  };
  const next = participants.map((p) => (p.personId === personId ? updated : p));
  requireAdministratorLeft(next);
  return next;
}

/** The participants without `personId` (manager only; the last administrator cannot leave). */
export function removeParticipant(
  participants: readonly Participant[],
  personId: string,
  actor: Participant | null,
): Participant[] {
  requireRight(actor, 'remove_participant');
  if (!participants.some((p) => p.personId === personId)) {
    throw DomainError.notFound('activity.participant.unknown');
  }
  const next = participants.filter((p) => p.personId !== personId);
  requireAdministratorLeft(next);
  return next;
}
