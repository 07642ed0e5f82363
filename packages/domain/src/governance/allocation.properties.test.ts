import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateBoardSeats, compareCandidates, parityMinimum, type BoardCandidate } from './allocation.ts';
import type { ParityRule, SeatGroup } from './statutes.ts';

const parity: ParityRule = { minShareBp: 4000, genders: ['female', 'male'] };

const groupsArb = fc
  .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }))
  .map(([a, b]): SeatGroup[] => [
    { id: 'A', categories: ['A'], seats: a },
    { id: 'BC', categories: ['B', 'C'], seats: b },
  ]);

const candidateArb = fc.record({
  group: fc.constantFrom('A', 'BC'),
  // Mostly men among the best-voted, so that parity often needs several swaps.
  gender: fc.oneof(
    { arbitrary: fc.constant<BoardCandidate['gender']>('male'), weight: 5 },
    { arbitrary: fc.constant<BoardCandidate['gender']>('female'), weight: 3 },
    { arbitrary: fc.constant<BoardCandidate['gender']>('x'), weight: 1 },
    { arbitrary: fc.constant<BoardCandidate['gender']>(null), weight: 1 },
  ),
  votes: fc.integer({ min: 0, max: 6 }),
  lot: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});

const candidatesArb = fc.array(candidateArb, { maxLength: 12 }).map((list) =>
  list.map((c, i): BoardCandidate => ({
    id: `c${String(i).padStart(2, '0')}`,
    group: c.group,
    kind: c.gender === null ? 'legal' : 'natural',
    gender: c.gender,
    votes: c.votes,
    ...(c.lot === undefined ? {} : { lot: c.lot }),
  })),
);

const isParityPerson = (c: BoardCandidate) =>
  c.kind === 'natural' && (c.gender === 'female' || c.gender === 'male');

function satisfiesParity(elected: BoardCandidate[]): boolean {
  const counted = elected.filter(isParityPerson);
  const min = parityMinimum(counted.length, parity);
  return (
    counted.filter((c) => c.gender === 'female').length >= min &&
    counted.filter((c) => c.gender === 'male').length >= min
  );
}

function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [head!, ...s]), ...subsets(rest, size)];
}

/**
 * Brute force: is there an allocation that keeps each group's seats filled as by votes, keeps the
 * elected legal persons and persons of gender x of the fill by votes, and satisfies parity? (The
 * allocations the rule may reach by replacing persons of one parity gender by persons of the other.)
 */
function feasible(groups: SeatGroup[], candidates: BoardCandidate[]): boolean {
  const ranked = [...candidates].sort(compareCandidates);
  const perGroup = groups.map((g) => {
    const inGroup = ranked.filter((c) => c.group === g.id);
    const filled = inGroup.slice(0, g.seats);
    const fixed = filled.filter((c) => !isParityPerson(c));
    const pool = inGroup.filter(isParityPerson);
    return subsets(pool, filled.length - fixed.length).map((s) => [...fixed, ...s]);
  });
  const combine = (i: number, acc: BoardCandidate[]): boolean =>
    i === perGroup.length
      ? satisfiesParity(acc)
      : perGroup[i]!.some((choice) => combine(i + 1, [...acc, ...choice]));
  return combine(0, []);
}

describe('board seat allocation properties', () => {
  it('never exceeds the seats of a group and seats only its own candidates', () => {
    fc.assert(
      fc.property(groupsArb, candidatesArb, (groups, candidates) => {
        const result = allocateBoardSeats({ groups, candidates, parity });
        for (const g of groups) {
          const seated = result.elected.filter((e) => e.group === g.id);
          const standing = candidates.filter((c) => c.group === g.id).length;
          expect(seated.length).toBe(Math.min(g.seats, standing));
        }
        expect(new Set(result.elected.map((e) => e.candidateId)).size).toBe(result.elected.length);
      }),
    );
  });

  it('satisfies parity exactly when a feasible allocation exists, and reports it otherwise', () => {
    fc.assert(
      fc.property(groupsArb, candidatesArb, (groups, candidates) => {
        const result = allocateBoardSeats({ groups, candidates, parity });
        const elected = result.elected.map((e) => candidates.find((c) => c.id === e.candidateId)!);
        const ok = satisfiesParity(elected);
        expect(ok).toBe(feasible(groups, candidates));
        expect(result.parity.met).toBe(ok);
        expect(result.problems.some((p) => p.code === 'governance.allocation.parity_unmet')).toBe(!ok);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic and does not depend on the order of the candidates', () => {
    fc.assert(
      fc.property(
        groupsArb,
        candidatesArb.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c, { minLength: c.length }))),
        (groups, [candidates, shuffled]) => {
          const a = allocateBoardSeats({ groups, candidates, parity });
          const b = allocateBoardSeats({ groups, candidates: shuffled, parity });
          expect(b).toEqual(a);
          expect(allocateBoardSeats({ groups, candidates, parity })).toEqual(a);
        },
      ),
    );
  });

  it('needs several swaps in some draws (the generator reaches the interesting cases)', () => {
    let most = 0;
    fc.assert(
      fc.property(groupsArb, candidatesArb, (groups, candidates) => {
        most = Math.max(most, allocateBoardSeats({ groups, candidates, parity }).swaps.length);
      }),
      { numRuns: 400, seed: 7 },
    );
    expect(most).toBeGreaterThanOrEqual(2);
  });

  it('only replaces someone by a person of the other parity gender with fewer or equal rank priority', () => {
    fc.assert(
      fc.property(groupsArb, candidatesArb, (groups, candidates) => {
        const result = allocateBoardSeats({ groups, candidates, parity });
        const byId = new Map(candidates.map((c) => [c.id, c]));
        for (const swap of result.swaps) {
          const out = byId.get(swap.out)!;
          const inn = byId.get(swap.in)!;
          expect(out.group).toBe(inn.group);
          expect(isParityPerson(out) && isParityPerson(inn) && out.gender !== inn.gender).toBe(true);
          expect(compareCandidates(out, inn)).toBeLessThan(0);
        }
        // Without any swap, the elected are exactly the best-ranked of each group.
        if (result.swaps.length === 0)
          for (const g of groups) {
            const best = [...candidates]
              .filter((c) => c.group === g.id)
              .sort(compareCandidates)
              .slice(0, g.seats)
              .map((c) => c.id);
            expect(result.elected.filter((e) => e.group === g.id).map((e) => e.candidateId)).toEqual(best);
          }
      }),
    );
  });
});
