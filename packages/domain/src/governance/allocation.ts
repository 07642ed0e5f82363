import type { PersonKind } from '../entities/settings.ts';
import type { ParityRule, SeatGroup } from './statutes.ts';
import type { Gender } from './types.ts';

/**
 * # Board seat allocation with parity
 *
 * Input: the seat groups of the statutes (seeds 001:L420-460: 11 seats for category A, 7 for the
 * others), the candidates with their seat group, kind, gender and votes, and the parity rule (at least
 * 40 % of each gender among the elected natural persons).
 *
 * 1. **Ranking.** Candidates are ranked by votes, most first. Ties are broken by the candidate's `lot`
 *    (a number drawn in public for each candidate when the call for candidates closes; lower first),
 *    then by candidate id (a stable, arbitrary last resort). The ranking never depends on the order
 *    in which candidates are given.
 * 2. **Fill.** Each group gets its best-ranked candidates, up to its number of seats. A group with
 *    fewer candidates than seats leaves seats empty (reported as `seats_unfilled`).
 * 3. **Parity.** Let N be the number of elected natural persons whose gender is one of the two parity
 *    genders (a legal person has no gender; a person of gender `x` is counted in neither, so in
 *    neither's denominator). Each parity gender needs at least ceil(N × minShare). While a gender g is
 *    below its minimum, the lowest-ranked elected natural person of the other (over-represented)
 *    gender whose group has a non-elected natural person of gender g is replaced by the best-ranked
 *    such person of that group. A swap keeps every group's number of seats and N unchanged and moves
 *    one seat from the over-represented gender to g; the set of reachable counts is an interval, so
 *    this greedy correction reaches parity whenever any sequence of such swaps can.
 * 4. When no swap is left and a gender is still below its minimum, `parity_unmet` is reported (e.g.
 *    N = 3, where 40 % of each gender cannot both hold, or no candidate of that gender in any group).
 */

export interface BoardCandidate {
  id: string;
  group: string;
  kind: PersonKind;
  /** Null for a legal person. */
  gender: Gender | null;
  votes: number;
  /** Public draw number for ties (lower first); absent: ties fall back to the id. */
  lot?: number;
}

export interface ElectedSeat {
  candidateId: string;
  group: string;
  /** Rank in the overall ranking (1 = most votes). */
  rank: number;
  /** Seated by the parity correction instead of someone with more votes. */
  byParity: boolean;
}

export type AllocationProblem =
  | { code: 'governance.allocation.seats_unfilled'; group: string; missing: number }
  | { code: 'governance.allocation.parity_unmet'; gender: Gender; minimum: number; elected: number }
  | { code: 'governance.allocation.unknown_group'; candidateId: string; group: string };

export interface ParitySwap {
  group: string;
  out: string;
  in: string;
}

export interface Allocation {
  elected: ElectedSeat[];
  /** Candidate ids in ranking order. */
  ranking: string[];
  swaps: ParitySwap[];
  /** Elected natural persons per parity gender, the N counted and the minimum per gender. */
  parity: { counts: Partial<Record<Gender, number>>; counted: number; minimum: number; met: boolean };
  problems: AllocationProblem[];
}

/** Ranking order: votes desc, lot asc, id asc. Exported for the published results. */
export function compareCandidates(a: BoardCandidate, b: BoardCandidate): number {
  if (a.votes !== b.votes) return b.votes - a.votes;
  const la = a.lot ?? Number.MAX_SAFE_INTEGER;
  const lb = b.lot ?? Number.MAX_SAFE_INTEGER;
  if (la !== lb) return la - lb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Minimum per parity gender among `counted` natural persons: ceil(counted × minShareBp / 10000). */
export function parityMinimum(counted: number, rule: ParityRule): number {
  return Math.ceil((counted * rule.minShareBp) / 10_000);
}

export function allocateBoardSeats(input: {
  groups: readonly SeatGroup[];
  candidates: readonly BoardCandidate[];
  parity: ParityRule;
}): Allocation {
  const problems: AllocationProblem[] = [];
  const groupIds = new Set(input.groups.map((g) => g.id));
  const ranked = [...input.candidates].sort(compareCandidates);
  const rankOf = new Map(ranked.map((c, i) => [c.id, i + 1]));
  for (const c of ranked)
    if (!groupIds.has(c.group))
      problems.push({ code: 'governance.allocation.unknown_group', candidateId: c.id, group: c.group });

  // 2. Fill each group by votes.
  const elected = new Set<string>();
  for (const group of input.groups) {
    const inGroup = ranked.filter((c) => c.group === group.id);
    inGroup.slice(0, Math.max(0, group.seats)).forEach((c) => elected.add(c.id));
    if (inGroup.length < group.seats)
      problems.push({
        code: 'governance.allocation.seats_unfilled',
        group: group.id,
        missing: group.seats - inGroup.length,
      });
  }

  // 3. Parity correction.
  const [g1, g2] = input.parity.genders;
  const isParity = (c: BoardCandidate) => c.kind === 'natural' && (c.gender === g1 || c.gender === g2);
  const countOf = (gender: Gender) =>
    ranked.filter((c) => elected.has(c.id) && c.kind === 'natural' && c.gender === gender).length;
  const counted = ranked.filter((c) => elected.has(c.id) && isParity(c)).length;
  const minimum = parityMinimum(counted, input.parity);
  const swaps: ParitySwap[] = [];
  const byParity = new Set<string>();

  // Each swap moves one seat to the short gender: at most one swap per candidate.
  for (let swapsLeft = ranked.length; swapsLeft > 0; swapsLeft--) {
    const short = [g1, g2].find((g) => countOf(g) < minimum);
    if (!short) break;
    const over = short === g1 ? g2 : g1;
    if (countOf(over) <= minimum) break; // both short: no swap can help
    // Lowest-ranked elected of the over-represented gender whose group has a replacement.
    const outgoing = [...ranked]
      .reverse()
      .find(
        (c) =>
          elected.has(c.id) &&
          c.kind === 'natural' &&
          c.gender === over &&
          ranked.some(
            (r) => r.group === c.group && !elected.has(r.id) && r.kind === 'natural' && r.gender === short,
          ),
      );
    if (!outgoing) break;
    const incoming = ranked.find(
      (r) => r.group === outgoing.group && !elected.has(r.id) && r.kind === 'natural' && r.gender === short,
    )!;
    elected.delete(outgoing.id);
    elected.add(incoming.id);
    byParity.delete(outgoing.id);
    byParity.add(incoming.id);
    swaps.push({ group: outgoing.group, out: outgoing.id, in: incoming.id });
  }

  const counts: Partial<Record<Gender, number>> = { [g1]: countOf(g1), [g2]: countOf(g2) };
  let met = true;
  for (const g of [g1, g2]) {
    if ((counts[g] ?? 0) < minimum) {
      met = false;
      problems.push({
        code: 'governance.allocation.parity_unmet',
        gender: g,
        minimum,
        elected: counts[g] ?? 0,
      });
    }
  }

  return {
    elected: ranked
      .filter((c) => elected.has(c.id))
      .map((c) => ({
        candidateId: c.id,
        group: c.group,
        rank: rankOf.get(c.id)!,
        byParity: byParity.has(c.id),
      })),
    ranking: ranked.map((c) => c.id),
    swaps,
    parity: { counts, counted, minimum, met },
    problems,
  };
}
