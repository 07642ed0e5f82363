import type { EffectiveRule } from '../types.ts';
import type { BeContractType } from './contract-types.ts';

/**
 * Withholding tax (précompte professionnel / bedrijfsvoorheffing) in the Contract tool.
 *
 * In the Contract tool the worker chooses the rate applied to the taxable pay of the contract
 * (seeds 001:L1195-1198, 003:L2044-2046: "le membre règle des paramètres tels que le taux de précompte").
 * The rate may not be under a floor and not over 100 %.
 *
 * CONFIGURABLE DEFAULT (verified: false): no official flat minimum for such short contracts could be
 * found. The legal withholding of ordinary pay follows the key formula of Annex III AR/CIR 92 (see
 * key-formula.ts), which needs the annualised income the platform does not know for a one-day contract.
 * The default floor is 11.11 %, the rate Annex III itself uses as a floor for piece-work pay (point 74:
 * "ne peut jamais être inférieur à 11,11 %") and as the flat rate for occasional workers in agriculture
 * (https://securex.be/fr/lex4you/employeur/themes/remunerer/charges-salariales-le-precompte-professionel/remunerations-pour-travail-a-la-piece-(point-74) ,
 * https://securex.be/fr/lex4you/employeur/themes/selection-et-conclusion-du-contrat/contrats-particuliers/quelles-sont-les-regles-specifiques-en-matiere-de-precompte-professionnel).
 * Students within their quota owe no withholding (social.ts), so their floor is 0 %; they may still choose one.
 * Change `minRateBp` here (or pass another rule set) when the tax adviser fixes the platform's policy.
 */
export interface ContractToolWithholdingRule extends EffectiveRule {
  /** Lowest rate the worker may choose, per contract type, in basis points. */
  minRateBp: Readonly<Record<BeContractType, number>>;
  /** Highest rate, in basis points (100 %). */
  maxRateBp: number;
}

export const BE_CONTRACT_TOOL_WITHHOLDING_RULES: readonly ContractToolWithholdingRule[] = [
  {
    validFrom: '2015-01-01',
    minRateBp: { employee: 1111, artistic_employee: 1111, interim: 1111, trainer: 1111, student: 0 },
    maxRateBp: 10000,
    source:
      'Configurable default floor 11,11 % (Annex III AR/CIR 92 point 74 floor for piece-work pay, flat rate of occasional workers; securex.be Lex4You); 0 % for students within the quota (treasury.fgov.be, students); rate chosen by the member: seeds 001:L1195-1198, 003:L2044-2046',
    verified: false,
  },
];
