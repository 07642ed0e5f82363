import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  RECOMMENDATION_STATUSES,
  checkRecommendationTransition,
  nextRecommendationStatuses,
  promoteFromWaitingList,
  registrationStateFor,
} from './participation.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.issues[0]?.code ?? error.code;
    throw error;
  }
  return undefined;
}

describe('recommendations follow-up', () => {
  it('goes published → examined → answered → implemented, refused is final', () => {
    expect(codeOf(() => checkRecommendationTransition('published', 'under_examination', undefined))).toBe(
      undefined,
    );
    expect(codeOf(() => checkRecommendationTransition('under_examination', 'adopted', undefined))).toBe(
      undefined,
    );
    expect(codeOf(() => checkRecommendationTransition('adopted', 'implemented', undefined))).toBe(undefined);
    expect(codeOf(() => checkRecommendationTransition('published', 'adopted', undefined))).toBe(
      'governance.recommendation.bad_transition',
    );
    expect(nextRecommendationStatuses('refused')).toEqual([]);
    expect(nextRecommendationStatuses('implemented')).toEqual([]);
  });

  it('needs reasons to refuse or adapt', () => {
    expect(codeOf(() => checkRecommendationTransition('under_examination', 'refused', ' '))).toBe(
      'governance.recommendation.reason_required',
    );
    expect(codeOf(() => checkRecommendationTransition('under_examination', 'adapted', 'Budget'))).toBe(
      undefined,
    );
  });

  it('every status can be reached from published', () => {
    const seen = new Set(['published']);
    const queue = ['published'] as Array<(typeof RECOMMENDATION_STATUSES)[number]>;
    while (queue.length)
      for (const n of nextRecommendationStatuses(queue.shift()!))
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
    expect([...seen].sort()).toEqual([...RECOMMENDATION_STATUSES].sort());
  });
});

describe('information session registrations', () => {
  it('confirms while seats remain, then puts on the waiting list', () => {
    expect(registrationStateFor(2, 1)).toBe('confirmed');
    expect(registrationStateFor(2, 2)).toBe('waiting');
  });

  it('promotes the first on the waiting list into free seats, in registration order', () => {
    const waiting = [
      { id: 'w3', registeredAt: '2026-01-03T00:00:00Z' },
      { id: 'w1', registeredAt: '2026-01-01T00:00:00Z' },
      { id: 'w2', registeredAt: '2026-01-02T00:00:00Z' },
    ];
    expect(promoteFromWaitingList(10, 8, waiting)).toEqual(['w1', 'w2']);
    expect(promoteFromWaitingList(10, 10, waiting)).toEqual([]);
  });
});
