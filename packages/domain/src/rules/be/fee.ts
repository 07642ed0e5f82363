import type { FeeRule } from '../fees.ts';

/**
 * Belgium: 6.5 % of the amount invoiced excluding VAT, for every Belgian entity of the group.
 * Source: seeds 001:L838-840 (SMart BE income statement, 2016 and 2017 columns: "Participation des
 * utilisateurs aux frais mutualisés (6,5% du chiffre d'affaires)"), 001:L874; repeated in 004.
 * validFrom 2016-01-01: the earliest year the source attests (older history not needed).
 */
export const BE_FEE_RULES: readonly FeeRule[] = [
  {
    validFrom: '2016-01-01',
    rateBp: 650,
    source:
      'Seeds 001:L838-840 and 001:L874 (SMart BE accounts 2016-2017: "Participation des utilisateurs aux frais mutualisés (6,5% du chiffre d\'affaires)"); 004',
    verified: true,
  },
];
