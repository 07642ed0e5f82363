import { DomainError, type FieldIssue } from '../errors.ts';
import type { ResolutionAnswer } from './types.ts';

/** What a ballot says: an answer per resolution, or up to N chosen candidates. No voter in it. */
export type BallotContent =
  | { kind: 'resolutions'; answers: Record<string, ResolutionAnswer> }
  | { kind: 'election'; choices: string[] };

const ANSWERS: readonly ResolutionAnswer[] = ['for', 'against', 'abstain'];

/**
 * A resolutions ballot answers every resolution of the agenda with for, against or abstain, and
 * nothing else. All problems are reported together.
 */
export function checkResolutionBallot(answers: Record<string, unknown>, resolutionIds: readonly string[]) {
  const issues: FieldIssue[] = [];
  for (const id of Object.keys(answers))
    if (!resolutionIds.includes(id))
      issues.push({ field: `answers.${id}`, code: 'governance.ballot.unknown_resolution' });
  for (const id of resolutionIds) {
    const answer = answers[id];
    if (answer === undefined)
      issues.push({ field: `answers.${id}`, code: 'governance.ballot.missing_answer' });
    else if (!ANSWERS.includes(answer as ResolutionAnswer))
      issues.push({ field: `answers.${id}`, code: 'field.invalid_choice' });
  }
  if (issues.length) throw new DomainError('validation', issues);
  return { kind: 'resolutions', answers: answers as Record<string, ResolutionAnswer> } as const;
}

/**
 * An election ballot chooses at most `maxChoices` distinct candidates of the election. Choosing none
 * is a blank ballot: it counts in the participation, for nobody.
 */
export function checkElectionBallot(
  choices: readonly string[],
  candidateIds: readonly string[],
  maxChoices: number,
) {
  const issues: FieldIssue[] = [];
  if (choices.length > maxChoices)
    issues.push({
      field: 'choices',
      code: 'governance.ballot.too_many_choices',
      params: { max: maxChoices },
    });
  if (new Set(choices).size !== choices.length)
    issues.push({ field: 'choices', code: 'governance.ballot.duplicate_choice' });
  choices.forEach((id, i) => {
    if (!candidateIds.includes(id))
      issues.push({ field: `choices.${i}`, code: 'governance.ballot.unknown_candidate' });
  });
  if (issues.length) throw new DomainError('validation', issues);
  // Sorted: the stored content does not keep the order the voter clicked in.
  return { kind: 'election', choices: [...choices].sort() } as const;
}
