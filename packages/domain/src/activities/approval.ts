/**
 * Who approves money leaving an Activity's budget (expense claims, supplier invoices, salary requests)
 * before it moves (issue 5, journey 3): the Activity's administrator, then staff above a threshold per
 * entity (`ActivitySettings.staffApprovalThresholdCents`, default 1,000.00 EUR).
 *
 * Route, fixed when the request is submitted:
 * - step `activity`: a participant with the `manage` right OTHER than the person who submitted (nobody
 *   approves their own spending);
 * - step `staff`: an adviser or an administrator of the platform, when the amount is above the threshold,
 *   or when no other participant could approve the first step (an Activity with a single administrator
 *   spending for themselves: staff check instead).
 * Each step is done by a different person; a refusal at any step ends the request, with a reason.
 */
import { DomainError } from '../errors.ts';
import { effectiveRights, type Participant } from './activity.ts';
import { trustedCents } from './input.ts';
import type { ActivitySettings } from './settings.ts';

export const APPROVAL_STEPS = ['activity', 'staff'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];

/** Platform roles that may approve the staff step. */
export const STAFF_APPROVER_ROLES: readonly string[] = ['adviser', 'admin'];

export const APPROVAL_REASON_MAX_LENGTH = 1000;

export interface RouteInput {
  /** Amount the request takes from the budget (or pays out), in cents. */
  amountCents: number;
  /** Who submitted it. */
  submitterId: string;
  participants: readonly Participant[];
  settings: Pick<ActivitySettings, 'staffApprovalThresholdCents'>;
}

function isManager(p: Participant): boolean {
  return effectiveRights(p).includes('manage');
}

/** The steps a new request must pass, in order (never empty). */
export function approvalRoute(input: RouteInput): ApprovalStep[] {
  const amount = trustedCents('amountCents', input.amountCents, 0);
  const otherManager = input.participants.some((p) => p.personId !== input.submitterId && isManager(p));
  const steps: ApprovalStep[] = otherManager ? ['activity'] : [];
  if (!otherManager || amount > input.settings.staffApprovalThresholdCents) steps.push('staff');
  return steps;
}

export type Approver =
  | { kind: 'participant'; participant: Participant }
  | { kind: 'staff'; personId: string; roles: readonly string[] };

export type ApprovalStatus = 'submitted' | 'approved' | 'refused';

export interface ApprovalRecord {
  step: ApprovalStep;
  by: string;
}

export interface ApprovalState {
  route: readonly ApprovalStep[];
  approvals: readonly ApprovalRecord[];
  submitterId: string;
  status: ApprovalStatus;
}

export interface ApprovalOutcome extends ApprovalState {
  /** The step just decided. */
  step: ApprovalStep;
  /** The step waiting next, null when the request is approved or refused. */
  next: ApprovalStep | null;
  reason: string | null;
}

/** The step waiting for a decision, or null. */
export function pendingStep(
  state: Pick<ApprovalState, 'route' | 'approvals' | 'status'>,
): ApprovalStep | null {
  if (state.status !== 'submitted') return null;
  return state.route[state.approvals.length] ?? null;
}

function personOf(approver: Approver): string {
  return approver.kind === 'participant' ? approver.participant.personId : approver.personId;
}

function mayDecide(step: ApprovalStep, approver: Approver): boolean {
  if (step === 'activity') return approver.kind === 'participant' && isManager(approver.participant);
  return approver.kind === 'staff' && approver.roles.some((r) => STAFF_APPROVER_ROLES.includes(r));
}

/** Whether `approver` may decide the pending step now (for the buttons of the interface). */
export function canDecide(state: ApprovalState, approver: Approver): boolean {
  const step = pendingStep(state);
  if (!step || !mayDecide(step, approver)) return false;
  const person = personOf(approver);
  return person !== state.submitterId && !state.approvals.some((a) => a.by === person);
}

/**
 * Approves or refuses the pending step. Errors: 409 `activity.approval.closed` (already approved or
 * refused), 403 `activity.approval.not_allowed` (not this approver's step), `activity.approval.own_request`,
 * `activity.approval.same_person` (one person, one step); 422 `reason` required to refuse.
 */
export function decideApproval(
  state: ApprovalState,
  decision: 'approve' | 'refuse',
  approver: Approver,
  reason?: string,
): ApprovalOutcome {
  const step = pendingStep(state);
  if (!step) throw DomainError.conflict('activity.approval.closed', { status: state.status });
  if (!mayDecide(step, approver)) throw DomainError.forbidden('activity.approval.not_allowed', { step });
  const person = personOf(approver);
  if (person === state.submitterId) throw DomainError.forbidden('activity.approval.own_request');
  if (state.approvals.some((a) => a.by === person))
    throw DomainError.forbidden('activity.approval.same_person');
  if (decision === 'refuse') {
    const text = typeof reason === 'string' ? reason.trim() : '';
    if (text === '') throw DomainError.field('reason', 'activity.approval.reason_required');
    if (text.length > APPROVAL_REASON_MAX_LENGTH) {
      throw DomainError.field('reason', 'field.too_long', { max: APPROVAL_REASON_MAX_LENGTH });
    }
    return { ...state, status: 'refused', step, next: null, reason: text };
  }
  if (decision !== 'approve') throw DomainError.field('decision', 'field.invalid_choice');
  const approvals = [...state.approvals, { step, by: person }];
  const next = state.route[approvals.length] ?? null;
  return {
    ...state,
    approvals,
    status: next === null ? 'approved' : 'submitted',
    step,
    next,
    reason: null,
  };
}
