import type { ShareCategoryCode } from '../entities/settings.ts';
import type { EffectiveRule } from '../rules/types.ts';
import type { Gender } from './types.ts';

/**
 * The governance rules of one cooperative: what the law imposes and what its statutes choose. The law
 * values carry their source; the statutory values are configurable defaults (`verified: false` when
 * we could not read the statutes themselves) and an administrator may pass other values.
 */

/** Seats of the board reserved to holders of some share categories. */
export interface SeatGroup {
  /** Stable name of the group, e.g. `A` or `BC`. */
  id: string;
  categories: ShareCategoryCode[];
  seats: number;
}

export interface ParityRule {
  /** Minimum share of each gender among the elected natural persons, in basis points (4000 = 40 %). */
  minShareBp: number;
  /** The genders the minimum applies to. */
  genders: [Gender, Gender];
}

/** How a resolution is adopted: a quorum of presence, then a majority of the votes cast. */
export interface MajorityRule extends EffectiveRule {
  /** Votes for must reach `numerator/denominator` of the votes cast (for + against). */
  numerator: number;
  denominator: number;
  /** True: strictly more than the fraction (simple majority: more than half); false: at least. */
  strict: boolean;
  /** Participants needed for the vote to be valid, in basis points of the electorate; 0: none. */
  quorumBp: number;
  /** The quorum is counted on voters (one person, one vote) or on shares. */
  quorumBasis: 'voters' | 'shares';
  /** A second assembly convened because the quorum was missed decides whatever the presence. */
  quorumWaivedOnSecondConvocation: boolean;
}

export const RESOLUTION_KINDS = ['ordinary', 'two_thirds', 'statutory_change', 'purpose_change'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

export interface GovernanceStatutes {
  boardSeats: SeatGroup[];
  parity: ParityRule;
  /** Most proxies one member may hold (each proxy is one other member's vote). */
  maxProxiesPerHolder: number;
  /** Days between sending the convocation and the assembly, at least. */
  convocationNoticeDays: number;
  majority: Record<ResolutionKind, MajorityRule[]>;
  source: string;
}

/*
 * Sources:
 * - CSA = Belgian Code of companies and associations (Code des sociétés et des associations / Wetboek
 *   van vennootschappen en verenigingen), Book 6 (cooperative company). Art. 6:70 §1 is confirmed in
 *   cera.coop, "Quel est l'impact des dispositions impératives du CSA pour votre coopérative"
 *   (https://www.cera.coop/fr/coopératives/actualités/2019/20191017_nf_1-januari-2020-nieuwe-fase-wvv).
 *   The article numbers and fractions below for notice, statutory changes and changes of purpose are
 *   our reading of Book 6 and are marked `verified: false` until checked against the Moniteur belge text.
 * - Board seats and parity: seeds 001:L420-460 (18 seats: 11 for category A, three fifths; 7 for the
 *   others), DOMAIN.md §5 (at least 40 % of each gender), 004.
 */
const SIMPLE: MajorityRule = {
  numerator: 1,
  denominator: 2,
  strict: true,
  quorumBp: 0,
  quorumBasis: 'voters',
  quorumWaivedOnSecondConvocation: true,
  validFrom: '2019-05-01',
  source:
    'CSA Book 6: unless the law or the statutes say otherwise, the assembly decides by a majority of the votes cast, abstentions not counted',
  verified: false,
};

export const BE_MAJORITY_RULES: Record<ResolutionKind, MajorityRule[]> = {
  ordinary: [SIMPLE],
  two_thirds: [
    {
      ...SIMPLE,
      numerator: 2,
      denominator: 3,
      strict: false,
      source:
        'Statutes: decisions the statutes reserve to a two-thirds majority (e.g. exclusion, internal rules); platform default',
    },
  ],
  statutory_change: [
    {
      ...SIMPLE,
      numerator: 3,
      denominator: 4,
      strict: false,
      quorumBp: 5000,
      quorumBasis: 'shares',
      source:
        'CSA art. 6:85 §1 (statutory change: half of the shares present or represented at a first assembly, three quarters of the votes cast)',
    },
  ],
  purpose_change: [
    {
      ...SIMPLE,
      numerator: 4,
      denominator: 5,
      strict: false,
      quorumBp: 5000,
      quorumBasis: 'shares',
      source: 'CSA art. 6:86 (change of the object or purpose: same quorum, four fifths of the votes cast)',
    },
  ],
};

/** SmartCoop's defaults: the seeds' board (18 = 11 A + 7 others) and parity, the law's notice period. */
export const BE_COOP_STATUTES: GovernanceStatutes = {
  boardSeats: [
    { id: 'A', categories: ['A'], seats: 11 },
    { id: 'BC', categories: ['B', 'C'], seats: 7 },
  ],
  parity: { minShareBp: 4000, genders: ['female', 'male'] },
  maxProxiesPerHolder: 1,
  convocationNoticeDays: 15,
  majority: BE_MAJORITY_RULES,
  source:
    'Seats and parity: seeds 001:L420-460, 004 (verified). One proxy per holder: platform default, statutes not published (verified: false). Notice of 15 days: CSA art. 6:70 §2 (verified: false)',
};

export function seatGroupOf(
  statutes: GovernanceStatutes,
  category: ShareCategoryCode,
): SeatGroup | undefined {
  return statutes.boardSeats.find((g) => g.categories.includes(category));
}
