import type { PersonKind, ShareCategoryCode } from '../entities/settings.ts';

/** Genders recorded for a natural person (`x`: neither female nor male). Legal persons have none. */
export type Gender = 'female' | 'male' | 'x';

/** An ISO instant (`2026-06-20T18:00:00Z`) or date; compared as strings only after `Date.parse`. */
export type Instant = string;

/** A member as the register knows them on the day a vote is prepared. */
export interface RegisterMember {
  memberId: string;
  /** `member` once shares are issued; `applicant`, `refused`, `resigned` cannot vote. */
  status: 'applicant' | 'member' | 'refused' | 'resigned';
  personKind: PersonKind;
  /** Date the shares were first issued (`YYYY-MM-DD`), null when none. */
  admittedOn: string | null;
  /** Shares held per category at the cut-off date (derived from the register lines up to that date). */
  sharesAtCutoff: Partial<Record<ShareCategoryCode, number>>;
  /** For a legal person: the natural person who represents it (votes for it). */
  representativeName?: string | null;
}

export type ResolutionAnswer = 'for' | 'against' | 'abstain';
