import { DomainError } from '../errors.ts';

/**
 * Participation of members beyond votes: recommendations of working groups, which the board must
 * answer and follow up (seeds 001:L540-560, 003:L4164-4166), and information sessions for newcomers
 * with a capacity and a waiting list (003:L3044-3051).
 */

export const RECOMMENDATION_STATUSES = [
  'published',
  'under_examination',
  'adopted',
  'adapted',
  'refused',
  'in_progress',
  'implemented',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** The allowed transitions of a recommendation's follow-up. Refused and implemented are final. */
const NEXT: Record<RecommendationStatus, RecommendationStatus[]> = {
  published: ['under_examination'],
  under_examination: ['adopted', 'adapted', 'refused'],
  adopted: ['in_progress', 'implemented'],
  adapted: ['in_progress', 'implemented'],
  refused: [],
  in_progress: ['implemented'],
  implemented: [],
};

export function nextRecommendationStatuses(from: RecommendationStatus): RecommendationStatus[] {
  return NEXT[from];
}

/** The board's answer needs reasons when it adapts or refuses a recommendation. */
export function checkRecommendationTransition(
  from: RecommendationStatus,
  to: RecommendationStatus,
  reason: string | undefined,
): void {
  if (!NEXT[from].includes(to))
    throw DomainError.conflict('governance.recommendation.bad_transition', { from, to });
  if ((to === 'refused' || to === 'adapted') && !reason?.trim())
    throw DomainError.field('reason', 'governance.recommendation.reason_required');
}

export type RegistrationState = 'confirmed' | 'waiting' | 'cancelled' | 'attended' | 'absent';

/** A new registration is confirmed while seats remain, otherwise it goes to the waiting list. */
export function registrationStateFor(capacity: number, confirmed: number): 'confirmed' | 'waiting' {
  return confirmed < capacity ? 'confirmed' : 'waiting';
}

/**
 * After cancellations (or a larger room), the first on the waiting list take the free seats, in the
 * order they registered. Returns the ids to confirm.
 */
export function promoteFromWaitingList(
  capacity: number,
  confirmed: number,
  waiting: ReadonlyArray<{ id: string; registeredAt: string }>,
): string[] {
  const free = Math.max(0, capacity - confirmed);
  return [...waiting]
    .sort((a, b) =>
      a.registeredAt < b.registeredAt ? -1 : a.registeredAt > b.registeredAt ? 1 : a.id < b.id ? -1 : 1,
    )
    .slice(0, free)
    .map((w) => w.id);
}
