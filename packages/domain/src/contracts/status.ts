import { DomainError } from '../errors.ts';
import { isIsoDate } from './dates.ts';

/**
 * Life cycle of a Contract-tool contract.
 *
 *   declared ──hold──▶ on_hold ──release──▶ declared
 *   declared ──pay───▶ paid                       (the pay run, on the pay date; it skips contracts on hold)
 *   declared | on_hold ──cancel──▶ cancelled       (before the first day of work only)
 *   declared | on_hold ──correct─▶ cancelled       (staff, from the first day, with a reason)
 *
 * - declared: the invoice is issued, the employment contract and the employment declaration (Dimona) are
 *   made; the contract waits for its pay date.
 * - on_hold: an adviser holds it with a message to the worker (a question, a missing document); the
 *   message itself is kept by the server with the contract's history.
 * - cancel: the worker (or an adviser) withdraws the declaration while the work has not started; the
 *   employment declaration is cancelled too (the Dimona may be cancelled until the planned start).
 * - correct: once work has started the contract can no longer simply disappear: only staff may end it, with
 *   a reason kept in its history; a corrected declaration is then made as a new contract and the documents
 *   that left (invoice, payslip) are corrected by new documents (credit note), never edited.
 * - paid and cancelled are final.
 */
export const CONTRACT_STATUSES = ['declared', 'on_hold', 'paid', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_ACTIONS = ['hold', 'release', 'pay', 'cancel', 'correct'] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

export type ContractActor = 'worker' | 'adviser' | 'staff';

export interface TransitionContext {
  /** Today, `YYYY-MM-DD`, in the entity's time zone. */
  today: string;
  /** First day of work of the contract. */
  firstDay: string;
  actor: ContractActor;
  /** Why: required for `correct`, kept in the contract's history. (The message of a hold is the server's.) */
  reason?: string;
}

interface ActionRule {
  from: readonly ContractStatus[];
  to: ContractStatus;
  actors: readonly ContractActor[];
  reasonRequired: boolean;
}

const ACTIONS: Readonly<Record<ContractAction, ActionRule>> = {
  hold: { from: ['declared'], to: 'on_hold', actors: ['adviser', 'staff'], reasonRequired: false },
  release: { from: ['on_hold'], to: 'declared', actors: ['adviser', 'staff'], reasonRequired: false },
  pay: { from: ['declared'], to: 'paid', actors: ['staff'], reasonRequired: false },
  cancel: {
    from: ['declared', 'on_hold'],
    to: 'cancelled',
    actors: ['worker', 'adviser', 'staff'],
    reasonRequired: false,
  },
  correct: { from: ['declared', 'on_hold'], to: 'cancelled', actors: ['staff'], reasonRequired: true },
};

export const REASON_MAX_LENGTH = 1000;

export function isContractStatus(value: unknown): value is ContractStatus {
  return typeof value === 'string' && (CONTRACT_STATUSES as readonly string[]).includes(value);
}

export function isContractAction(value: unknown): value is ContractAction {
  return typeof value === 'string' && (CONTRACT_ACTIONS as readonly string[]).includes(value);
}

/** The actions an actor could try on a contract in `status` today (for the buttons of the interface). */
export function availableActions(status: ContractStatus, context: TransitionContext): ContractAction[] {
  return CONTRACT_ACTIONS.filter((action) => {
    try {
      transition(status, action, { ...context, reason: context.reason ?? 'x' });
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The status after `action`, or a DomainError: 403 when the actor may not do it, 409 when the contract's
 * status or dates forbid it, 422 (field `reason`) when a required reason is missing.
 */
export function transition(
  status: ContractStatus,
  action: ContractAction,
  context: TransitionContext,
): ContractStatus {
  const rule = isContractAction(action) ? ACTIONS[action] : undefined;
  if (!rule || !isContractStatus(status)) {
    throw DomainError.conflict('contract.status.transition', {
      from: String(status),
      action: String(action),
    });
  }
  if (!rule.actors.includes(context.actor)) {
    throw DomainError.forbidden('contract.status.actor_forbidden', { action, actor: String(context.actor) });
  }
  if (status === 'paid' || status === 'cancelled') {
    throw DomainError.conflict('contract.status.final', { status, action });
  }
  if (action === 'pay' && status === 'on_hold') throw DomainError.conflict('contract.status.on_hold');
  if (!rule.from.includes(status)) {
    throw DomainError.conflict('contract.status.transition', { from: status, action });
  }
  if (!isIsoDate(context.today) || !isIsoDate(context.firstDay)) {
    throw DomainError.field(isIsoDate(context.today) ? 'firstDay' : 'today', 'field.invalid_date');
  }
  const started = context.today >= context.firstDay;
  if (action === 'cancel' && started) {
    throw DomainError.conflict('contract.cancel.work_started', { firstDay: context.firstDay });
  }
  if (action === 'correct' && !started) {
    throw DomainError.conflict('contract.correct.not_started', { firstDay: context.firstDay });
  }
  if (rule.reasonRequired) {
    const reason = typeof context.reason === 'string' ? context.reason.trim() : '';
    if (reason === '') throw DomainError.field('reason', 'contract.status.reason_required');
    if (reason.length > REASON_MAX_LENGTH) {
      throw DomainError.field('reason', 'field.too_long', { max: REASON_MAX_LENGTH });
    }
  }
  return rule.to;
}
