import type { ShareCategoryCode } from '../entities/settings.ts';
import type { RegisterMember } from './types.ts';

/**
 * Who may vote at an assembly or an election: members whose shares were issued before the cut-off
 * date and who still held shares on that date. One person, one vote, whatever the number of shares
 * (seeds 004, DOMAIN.md §5); a legal person votes through its representative.
 */
export type Eligibility =
  | {
      eligible: true;
      /** The share category the vote is counted under (the one with most shares held at the cut-off). */
      category: ShareCategoryCode;
      /** Always 1: one person, one vote. */
      weight: 1;
      /** Shares held at the cut-off (used only for a quorum counted on shares). */
      shares: number;
      /** Legal persons vote through their representative. */
      through: 'self' | 'representative';
    }
  | { eligible: false; code: IneligibilityCode };

export type IneligibilityCode =
  | 'governance.voter.not_member'
  | 'governance.voter.admitted_after_cutoff'
  | 'governance.voter.no_shares_at_cutoff'
  | 'governance.voter.no_representative';

const CATEGORY_ORDER: ShareCategoryCode[] = ['A', 'B', 'C'];

/** `cutoff` is a date `YYYY-MM-DD`: shares issued ON the cut-off day count ("issued before the end of"). */
export function voterEligibility(member: RegisterMember, cutoff: string): Eligibility {
  if (member.status !== 'member') return { eligible: false, code: 'governance.voter.not_member' };
  if (!member.admittedOn || member.admittedOn > cutoff)
    return { eligible: false, code: 'governance.voter.admitted_after_cutoff' };
  const held = CATEGORY_ORDER.map((c) => [c, member.sharesAtCutoff[c] ?? 0] as const).filter(
    ([, n]) => n > 0,
  );
  if (held.length === 0) return { eligible: false, code: 'governance.voter.no_shares_at_cutoff' };
  if (member.personKind === 'legal' && !member.representativeName?.trim())
    return { eligible: false, code: 'governance.voter.no_representative' };
  // Most shares first; on equal holdings the first category in A, B, C order (stable, documented).
  const [category] = [...held].sort((a, b) => b[1] - a[1])[0]!;
  return {
    eligible: true,
    category,
    weight: 1,
    shares: held.reduce((sum, [, n]) => sum + n, 0),
    through: member.personKind === 'legal' ? 'representative' : 'self',
  };
}

export interface Electorate {
  voters: number;
  shares: number;
  byCategory: Partial<Record<ShareCategoryCode, number>>;
}

/** The electorate of a vote, counted from the register: one person, one vote. */
export function electorateOf(members: readonly RegisterMember[], cutoff: string): Electorate {
  const result: Electorate = { voters: 0, shares: 0, byCategory: {} };
  for (const member of members) {
    const e = voterEligibility(member, cutoff);
    if (!e.eligible) continue;
    result.voters += 1;
    result.shares += e.shares;
    result.byCategory[e.category] = (result.byCategory[e.category] ?? 0) + 1;
  }
  return result;
}
