import type { ShareCategoryCode } from '../entities/settings.ts';
import type { MajorityRule } from './statutes.ts';
import type { Electorate } from './eligibility.ts';
import type { ResolutionAnswer } from './types.ts';

/** One counted ballot: its content and the share category it is counted under. */
export interface CountedResolutionBallot {
  category: ShareCategoryCode;
  answers: Record<string, ResolutionAnswer>;
}

export interface AnswerCounts {
  for: number;
  against: number;
  abstain: number;
}

export interface Participation {
  /** Voters who took part (cast a ballot themselves, by proxy or in the room). */
  voters: number;
  /** Shares they held at the cut-off (for a quorum counted on shares). */
  shares: number;
}

export type ResolutionOutcome = 'adopted' | 'rejected' | 'no_quorum';

export interface ResolutionResult {
  resolutionId: string;
  counts: AnswerCounts;
  byCategory: Partial<Record<ShareCategoryCode, AnswerCounts>>;
  /** Votes cast = for + against (abstentions are not votes cast). */
  cast: number;
  quorumMet: boolean;
  /** Votes for needed to adopt, given the votes cast. */
  needed: number;
  outcome: ResolutionOutcome;
  rule: { numerator: number; denominator: number; strict: boolean; quorumBp: number; source: string };
}

const empty = (): AnswerCounts => ({ for: 0, against: 0, abstain: 0 });

/** Whether the quorum of presence is met (integer arithmetic, no rounding). */
export function quorumMet(
  rule: MajorityRule,
  electorate: Pick<Electorate, 'voters' | 'shares'>,
  participation: Participation,
  secondConvocation: boolean,
): boolean {
  if (rule.quorumBp === 0 || (secondConvocation && rule.quorumWaivedOnSecondConvocation)) return true;
  const [present, total] =
    rule.quorumBasis === 'shares'
      ? [participation.shares, electorate.shares]
      : [participation.voters, electorate.voters];
  return present * 10_000 >= rule.quorumBp * total;
}

/** The smallest number of votes for that adopts the resolution with `cast` votes cast. */
export function votesNeeded(rule: MajorityRule, cast: number): number {
  const exact = (rule.numerator * cast) / rule.denominator;
  if (rule.strict) return Math.floor(exact) + 1;
  return Math.ceil(exact);
}

export function isAdopted(rule: MajorityRule, counts: AnswerCounts): boolean {
  const cast = counts.for + counts.against;
  if (cast === 0) return false;
  const lhs = counts.for * rule.denominator;
  const rhs = rule.numerator * cast;
  return rule.strict ? lhs > rhs : lhs >= rhs;
}

/**
 * Counts the ballots of an assembly per resolution, with the counts by share category, and applies
 * each resolution's quorum and majority. Pure: the same ballots give the same result in any order.
 */
export function tallyResolutions(input: {
  resolutions: ReadonlyArray<{ id: string; rule: MajorityRule }>;
  ballots: readonly CountedResolutionBallot[];
  electorate: Pick<Electorate, 'voters' | 'shares'>;
  participation: Participation;
  secondConvocation?: boolean;
}): ResolutionResult[] {
  return input.resolutions.map(({ id, rule }) => {
    const counts = empty();
    const byCategory: Partial<Record<ShareCategoryCode, AnswerCounts>> = {};
    for (const ballot of input.ballots) {
      const answer = ballot.answers[id];
      if (!answer) continue;
      counts[answer] += 1;
      const cat = (byCategory[ballot.category] ??= empty());
      cat[answer] += 1;
    }
    const cast = counts.for + counts.against;
    const quorum = quorumMet(rule, input.electorate, input.participation, input.secondConvocation ?? false);
    const outcome: ResolutionOutcome = !quorum
      ? 'no_quorum'
      : isAdopted(rule, counts)
        ? 'adopted'
        : 'rejected';
    return {
      resolutionId: id,
      counts,
      byCategory,
      cast,
      quorumMet: quorum,
      needed: votesNeeded(rule, cast),
      outcome,
      rule: {
        numerator: rule.numerator,
        denominator: rule.denominator,
        strict: rule.strict,
        quorumBp: rule.quorumBp,
        source: rule.source,
      },
    };
  });
}

/** Votes per candidate of an election, and by share category. */
export function tallyElection(
  ballots: ReadonlyArray<{ category: ShareCategoryCode; choices: readonly string[] }>,
  candidateIds: readonly string[],
): {
  votes: Record<string, number>;
  byCategory: Record<string, Partial<Record<ShareCategoryCode, number>>>;
  ballots: number;
  blank: number;
} {
  const votes: Record<string, number> = Object.fromEntries(candidateIds.map((id) => [id, 0]));
  const byCategory: Record<string, Partial<Record<ShareCategoryCode, number>>> = Object.fromEntries(
    candidateIds.map((id) => [id, {}]),
  );
  let blank = 0;
  for (const ballot of ballots) {
    if (ballot.choices.length === 0) blank += 1;
    for (const id of ballot.choices) {
      if (!(id in votes)) continue;
      votes[id]! += 1;
      byCategory[id]![ballot.category] = (byCategory[id]![ballot.category] ?? 0) + 1;
    }
  }
  return { votes, byCategory, ballots: ballots.length, blank };
}
