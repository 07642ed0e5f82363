import { DomainError, type FieldIssue } from '../errors.ts';
import type { PersonKind, ShareCategoryCode } from '../entities/settings.ts';
import { seatGroupOf, type GovernanceStatutes } from './statutes.ts';
import type { Eligibility } from './eligibility.ts';
import type { Gender, Instant } from './types.ts';

/** The call for candidates of a board election. */
export interface CandidacyCall {
  opensAt: Instant;
  closesAt: Instant;
}

export interface CandidacyInput {
  /** The candidate's eligibility as a voter of the election: only members may stand. */
  eligibility: Eligibility;
  personKind: PersonKind;
  /** The seat category the candidate stands for: one they hold shares of. */
  category: ShareCategoryCode;
  heldCategories: ShareCategoryCode[];
  gender: Gender | null;
  alreadyCandidate: boolean;
}

/**
 * A member stands for the board through the online form during the call period (seeds 001:L420-425).
 * The category must be one they hold and that has seats; a natural person states a gender (parity),
 * a legal person none. All field problems are reported together.
 */
export function checkCandidacy(
  call: CandidacyCall,
  now: Instant,
  statutes: GovernanceStatutes,
  input: CandidacyInput,
): { group: string } {
  const t = Date.parse(now);
  if (t < Date.parse(call.opensAt)) throw DomainError.conflict('governance.candidacy.call_not_open');
  if (t >= Date.parse(call.closesAt)) throw DomainError.conflict('governance.candidacy.call_closed');
  if (!input.eligibility.eligible) throw DomainError.forbidden('governance.candidacy.not_eligible');
  if (input.alreadyCandidate) throw DomainError.conflict('governance.candidacy.duplicate');
  const issues: FieldIssue[] = [];
  const group = seatGroupOf(statutes, input.category);
  if (!input.heldCategories.includes(input.category))
    issues.push({ field: 'category', code: 'governance.candidacy.category_not_held' });
  else if (!group) issues.push({ field: 'category', code: 'governance.candidacy.category_without_seats' });
  if (input.personKind === 'natural' && !input.gender)
    issues.push({ field: 'gender', code: 'field.required' });
  if (input.personKind === 'legal' && input.gender)
    issues.push({ field: 'gender', code: 'governance.candidacy.gender_for_legal_person' });
  if (issues.length) throw new DomainError('validation', issues);
  return { group: group!.id };
}
