import { describe, expect, it } from 'vitest';
import { allocateBoardSeats, compareCandidates, parityMinimum, type BoardCandidate } from './allocation.ts';
import { BE_COOP_STATUTES, type SeatGroup } from './statutes.ts';

const parity = BE_COOP_STATUTES.parity;

function cand(
  id: string,
  group: string,
  gender: BoardCandidate['gender'],
  votes: number,
  extra: Partial<BoardCandidate> = {},
): BoardCandidate {
  return { id, group, kind: gender ? 'natural' : 'legal', gender, votes, ...extra };
}

describe('board seat allocation', () => {
  it('elects the seeds board: 11 A + 7 others, 9 women, 7 men, 2 legal persons, without correction', () => {
    const candidates: BoardCandidate[] = [];
    // Category A: 6 women and 5 men at the top, then 6 more candidates.
    for (let i = 0; i < 17; i++)
      candidates.push(cand(`a${i}`, 'A', i < 11 ? (i % 2 === 0 ? 'female' : 'male') : 'female', 500 - i));
    // Others: 3 women, 2 men, 2 legal persons, then 3 more.
    const others: Array<BoardCandidate['gender']> = [
      'female',
      'female',
      null,
      'male',
      'female',
      null,
      'male',
    ];
    others.forEach((g, i) => candidates.push(cand(`b${i}`, 'BC', g, 300 - i)));
    for (let i = 0; i < 3; i++) candidates.push(cand(`b${7 + i}`, 'BC', 'male', 100 - i));

    const result = allocateBoardSeats({ groups: BE_COOP_STATUTES.boardSeats, candidates, parity });
    expect(result.elected).toHaveLength(18);
    expect(result.elected.filter((e) => e.group === 'A')).toHaveLength(11);
    expect(result.elected.filter((e) => e.group === 'BC')).toHaveLength(7);
    expect(result.parity).toEqual({ counts: { female: 9, male: 7 }, counted: 16, minimum: 7, met: true });
    expect(result.swaps).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('replaces the lowest-ranked elected of the over-represented gender by the best-ranked of the other', () => {
    const groups: SeatGroup[] = [{ id: 'A', categories: ['A'], seats: 5 }];
    const candidates = [
      cand('m1', 'A', 'male', 100),
      cand('m2', 'A', 'male', 90),
      cand('m3', 'A', 'male', 80),
      cand('m4', 'A', 'male', 70),
      cand('f1', 'A', 'female', 60),
      cand('m5', 'A', 'male', 50),
      cand('f2', 'A', 'female', 40),
      cand('f3', 'A', 'female', 30),
    ];
    const result = allocateBoardSeats({ groups, candidates, parity });
    // 5 natural persons: at least 2 of each gender. f1 is elected by votes; f2 replaces m4.
    expect(result.parity.minimum).toBe(2);
    expect(result.swaps).toEqual([{ group: 'A', out: 'm4', in: 'f2' }]);
    expect(result.elected.map((e) => e.candidateId)).toEqual(['m1', 'm2', 'm3', 'f1', 'f2']);
    expect(result.elected.find((e) => e.candidateId === 'f2')!.byParity).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it('corrects within the group that has a replacement, leaving seats per group unchanged', () => {
    const groups: SeatGroup[] = [
      { id: 'A', categories: ['A'], seats: 3 },
      { id: 'BC', categories: ['B', 'C'], seats: 2 },
    ];
    const candidates = [
      cand('a1', 'A', 'male', 100),
      cand('a2', 'A', 'male', 90),
      cand('a3', 'A', 'male', 80),
      cand('b1', 'BC', 'male', 20),
      cand('b2', 'BC', 'male', 10),
      cand('b3', 'BC', 'female', 5),
      cand('b4', 'BC', 'female', 4),
    ];
    const result = allocateBoardSeats({ groups, candidates, parity });
    // The lowest-ranked man overall is b2, but no woman stands in A: both swaps happen in BC.
    expect(result.swaps).toEqual([
      { group: 'BC', out: 'b2', in: 'b3' },
      { group: 'BC', out: 'b1', in: 'b4' },
    ]);
    expect(result.elected.filter((e) => e.group === 'BC').map((e) => e.candidateId)).toEqual(['b3', 'b4']);
    expect(result.parity.met).toBe(true);
  });

  it('reports parity it cannot reach and seats without candidates', () => {
    const groups: SeatGroup[] = [{ id: 'A', categories: ['A'], seats: 4 }];
    const candidates = [cand('m1', 'A', 'male', 3), cand('m2', 'A', 'male', 2), cand('f1', 'A', 'female', 1)];
    const result = allocateBoardSeats({ groups, candidates, parity });
    expect(result.elected).toHaveLength(3);
    expect(result.problems).toContainEqual({
      code: 'governance.allocation.seats_unfilled',
      group: 'A',
      missing: 1,
    });
    // N = 3: 40 % of 3 rounds up to 2 of each gender, impossible with 3 persons.
    expect(result.problems).toContainEqual({
      code: 'governance.allocation.parity_unmet',
      gender: 'female',
      minimum: 2,
      elected: 1,
    });
    expect(result.parity.met).toBe(false);
  });

  it('does not count legal persons or persons of gender x in the parity', () => {
    const groups: SeatGroup[] = [{ id: 'A', categories: ['A'], seats: 4 }];
    const candidates = [
      cand('l1', 'A', null, 50),
      cand('x1', 'A', 'x', 40),
      cand('f1', 'A', 'female', 30),
      cand('m1', 'A', 'male', 20),
      cand('m2', 'A', 'male', 10),
    ];
    const result = allocateBoardSeats({ groups, candidates, parity });
    expect(result.parity).toEqual({ counts: { female: 1, male: 1 }, counted: 2, minimum: 1, met: true });
  });

  it('breaks ties by the drawn lot, then by id, whatever the input order', () => {
    const groups: SeatGroup[] = [{ id: 'A', categories: ['A'], seats: 1 }];
    const tied = [cand('z', 'A', 'female', 10, { lot: 1 }), cand('a', 'A', 'female', 10, { lot: 2 })];
    expect(allocateBoardSeats({ groups, candidates: tied, parity }).elected[0]!.candidateId).toBe('z');
    expect(
      allocateBoardSeats({ groups, candidates: [...tied].reverse(), parity }).elected[0]!.candidateId,
    ).toBe('z');
    const noLot = [cand('z', 'A', 'female', 10), cand('a', 'A', 'female', 10)];
    expect(allocateBoardSeats({ groups, candidates: noLot, parity }).elected[0]!.candidateId).toBe('a');
    expect(compareCandidates(noLot[0]!, noLot[0]!)).toBe(0);
  });

  it('computes the parity minimum with the rounding up of 40 %', () => {
    expect([0, 1, 2, 3, 5, 10, 16, 18].map((n) => parityMinimum(n, parity))).toEqual([
      0, 1, 1, 2, 2, 4, 7, 8,
    ]);
  });

  it('reports candidates of an unknown group and does not seat them', () => {
    const groups: SeatGroup[] = [{ id: 'A', categories: ['A'], seats: 1 }];
    const result = allocateBoardSeats({
      groups,
      candidates: [cand('q', 'Z', 'female', 99), cand('f', 'A', 'female', 1)],
      parity,
    });
    expect(result.elected.map((e) => e.candidateId)).toEqual(['f']);
    expect(result.problems).toContainEqual({
      code: 'governance.allocation.unknown_group',
      candidateId: 'q',
      group: 'Z',
    });
  });
});
