import { addDays } from '../contracts/dates.ts';
import { DomainError } from '../errors.ts';
import { isRuleDate, type RuleDate } from '../rules/types.ts';

/**
 * A collection case: one unpaid invoice worked by client service (DOMAIN.md §4: automatic reminders, then
 * direct contact, arrangement or payment plan, legal action as last resort; write-off when the client is
 * insolvent). One generic status with a history of every event (the contact log).
 */
export const COLLECTION_STATUSES = [
  'open',
  'promise',
  'payment_plan',
  'disputed',
  'legal',
  'written_off',
  'closed',
] as const;
export type CollectionStatus = (typeof COLLECTION_STATUSES)[number];

export function isCollectionStatus(value: unknown): value is CollectionStatus {
  return typeof value === 'string' && (COLLECTION_STATUSES as readonly string[]).includes(value);
}

/** Contacts staff log by hand. */
export const CONTACT_KINDS = ['call', 'email', 'letter', 'note'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Every line of the contact log. */
export const COLLECTION_EVENT_KINDS = [
  'opened',
  ...CONTACT_KINDS,
  'promise',
  'promise_lapsed',
  'plan',
  'plan_broken',
  'plan_completed',
  'dispute',
  'dispute_resolved',
  'legal',
  'write_off',
  'paid',
] as const;
export type CollectionEventKind = (typeof COLLECTION_EVENT_KINDS)[number];

export type CollectionAction = 'contact' | 'promise' | 'plan' | 'dispute' | 'resolve' | 'legal' | 'write_off';

/** From which statuses each action may be taken. A contact can always be logged. */
const ALLOWED_FROM: Readonly<Record<CollectionAction, readonly CollectionStatus[]>> = {
  contact: COLLECTION_STATUSES,
  promise: ['open', 'promise'],
  plan: ['open', 'promise', 'legal'],
  dispute: ['open', 'promise', 'payment_plan'],
  resolve: ['disputed'],
  legal: ['open', 'promise', 'payment_plan'],
  write_off: ['open', 'promise', 'payment_plan', 'legal'],
};

/** Status after the action (`contact` keeps the status). */
const STATUS_AFTER: Readonly<Record<Exclude<CollectionAction, 'contact'>, CollectionStatus>> = {
  promise: 'promise',
  plan: 'payment_plan',
  dispute: 'disputed',
  resolve: 'open',
  legal: 'legal',
  write_off: 'written_off',
};

export function canAct(status: CollectionStatus, action: CollectionAction): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** The actions open in a status, for the case page. */
export function actionsFor(status: CollectionStatus): CollectionAction[] {
  return (Object.keys(ALLOWED_FROM) as CollectionAction[]).filter((a) => canAct(status, a));
}

/** The status after `action`, or a 409 naming the action when the case is not at a stage that allows it. */
export function collectionTransition(status: CollectionStatus, action: CollectionAction): CollectionStatus {
  if (!canAct(status, action)) throw DomainError.conflict(`receivables.case.cannot_${action}`, { status });
  return action === 'contact' ? status : STATUS_AFTER[action];
}

/** Statuses in which the case is over. */
export function isCaseClosed(status: CollectionStatus): boolean {
  return status === 'written_off' || status === 'closed';
}

/** A promise to pay covers at most 90 days (platform default; beyond, a payment plan). */
export const MAX_PROMISE_DAYS = 90;

/** Checks a promised payment date given on `today`. */
export function checkPromiseDate(promisedOn: RuleDate, today: RuleDate): void {
  if (!isRuleDate(promisedOn)) throw DomainError.field('promisedOn', 'field.invalid_date');
  if (promisedOn < today) throw DomainError.field('promisedOn', 'receivables.promise.date_past');
  if (promisedOn > addDays(today, MAX_PROMISE_DAYS))
    throw DomainError.field('promisedOn', 'receivables.promise.too_far', { max: MAX_PROMISE_DAYS });
}

/** The last day reminders stay paused for a promise: the promised date + the grace days. */
export function promisePauseUntil(promisedOn: RuleDate, graceDays: number): RuleDate {
  return addDays(promisedOn, graceDays);
}
