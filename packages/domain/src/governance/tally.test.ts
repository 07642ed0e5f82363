import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BE_MAJORITY_RULES, type MajorityRule } from './statutes.ts';
import {
  isAdopted,
  quorumMet,
  tallyElection,
  tallyResolutions,
  votesNeeded,
  type CountedResolutionBallot,
} from './tally.ts';

const ordinary = BE_MAJORITY_RULES.ordinary[0]!;
const twoThirds = BE_MAJORITY_RULES.two_thirds[0]!;
const statutory = BE_MAJORITY_RULES.statutory_change[0]!;

function ballots(spec: Array<[CountedResolutionBallot['category'], 'for' | 'against' | 'abstain', number]>) {
  return spec.flatMap(([category, answer, n]) =>
    Array.from({ length: n }, () => ({ category, answers: { r1: answer } })),
  );
}

describe('tally of resolutions', () => {
  it('counts per answer and per share category, abstentions outside the votes cast', () => {
    const [result] = tallyResolutions({
      resolutions: [{ id: 'r1', rule: ordinary }],
      ballots: ballots([
        ['A', 'for', 5],
        ['A', 'against', 3],
        ['B', 'for', 1],
        ['C', 'abstain', 4],
      ]),
      electorate: { voters: 100, shares: 300 },
      participation: { voters: 13, shares: 40 },
    });
    expect(result!.counts).toEqual({ for: 6, against: 3, abstain: 4 });
    expect(result!.byCategory).toEqual({
      A: { for: 5, against: 3, abstain: 0 },
      B: { for: 1, against: 0, abstain: 0 },
      C: { for: 0, against: 0, abstain: 4 },
    });
    expect(result!.cast).toBe(9);
    expect(result!.needed).toBe(5);
    expect(result!.outcome).toBe('adopted');
  });

  it('a tie is not a simple majority', () => {
    expect(isAdopted(ordinary, { for: 5, against: 5, abstain: 0 })).toBe(false);
    expect(isAdopted(ordinary, { for: 0, against: 0, abstain: 9 })).toBe(false);
  });

  it('two thirds and three quarters are "at least" the fraction of the votes cast', () => {
    expect(isAdopted(twoThirds, { for: 2, against: 1, abstain: 0 })).toBe(true);
    expect(isAdopted(twoThirds, { for: 5, against: 3, abstain: 10 })).toBe(false);
    expect(isAdopted(statutory, { for: 3, against: 1, abstain: 0 })).toBe(true);
    expect(isAdopted(statutory, { for: 74, against: 26, abstain: 0 })).toBe(false);
    expect(votesNeeded(statutory, 100)).toBe(75);
    expect(votesNeeded(ordinary, 100)).toBe(51);
    expect(votesNeeded(ordinary, 7)).toBe(4);
  });

  it('a statutory change needs half of the shares present unless at a second convocation', () => {
    const input = {
      resolutions: [{ id: 'r1', rule: statutory }],
      ballots: ballots([['A', 'for', 10]]),
      electorate: { voters: 100, shares: 1000 },
      participation: { voters: 10, shares: 499 },
    };
    expect(tallyResolutions(input)[0]!.outcome).toBe('no_quorum');
    expect(tallyResolutions({ ...input, participation: { voters: 10, shares: 500 } })[0]!.outcome).toBe(
      'adopted',
    );
    expect(tallyResolutions({ ...input, secondConvocation: true })[0]!.outcome).toBe('adopted');
  });

  it('can count the quorum on voters', () => {
    const rule: MajorityRule = { ...ordinary, quorumBp: 1000, quorumBasis: 'voters' };
    expect(quorumMet(rule, { voters: 9500, shares: 0 }, { voters: 950, shares: 0 }, false)).toBe(true);
    expect(quorumMet(rule, { voters: 9500, shares: 0 }, { voters: 949, shares: 0 }, false)).toBe(false);
  });

  it('gives the same result whatever the order of the ballots (property)', () => {
    const answer = fc.constantFrom('for', 'against', 'abstain') as fc.Arbitrary<
      'for' | 'against' | 'abstain'
    >;
    const ballotArb = fc.record({
      category: fc.constantFrom('A', 'B', 'C') as fc.Arbitrary<'A' | 'B' | 'C'>,
      answers: fc.record({ r1: answer, r2: answer }),
    });
    fc.assert(
      fc.property(
        fc
          .array(ballotArb, { maxLength: 40 })
          .chain((b) => fc.tuple(fc.constant(b), fc.shuffledSubarray(b, { minLength: b.length }))),
        ([list, shuffled]) => {
          const run = (b: CountedResolutionBallot[]) =>
            tallyResolutions({
              resolutions: [
                { id: 'r1', rule: ordinary },
                { id: 'r2', rule: twoThirds },
              ],
              ballots: b,
              electorate: { voters: 100, shares: 100 },
              participation: { voters: b.length, shares: b.length },
            });
          const result = run(list);
          expect(run(shuffled)).toEqual(result);
          for (const r of result) {
            expect(r.counts.for + r.counts.against + r.counts.abstain).toBe(list.length);
            const sum = Object.values(r.byCategory).reduce((s, c) => s + c!.for, 0);
            expect(sum).toBe(r.counts.for);
            expect(r.outcome === 'adopted').toBe(r.cast > 0 && r.counts.for >= r.needed);
          }
        },
      ),
    );
  });
});

describe('tally of an election', () => {
  it('counts votes per candidate and category, and blank ballots', () => {
    const result = tallyElection(
      [
        { category: 'A', choices: ['c1', 'c2'] },
        { category: 'B', choices: ['c1'] },
        { category: 'A', choices: [] },
      ],
      ['c1', 'c2', 'c3'],
    );
    expect(result).toEqual({
      votes: { c1: 2, c2: 1, c3: 0 },
      byCategory: { c1: { A: 1, B: 1 }, c2: { A: 1 }, c3: {} },
      ballots: 3,
      blank: 1,
    });
  });
});
