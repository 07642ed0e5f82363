import type { EffectiveRule } from './types.ts';

/**
 * The single mutualised fee ("prélèvement", "participation aux frais mutualisés") taken on every invoice,
 * as a share of the amount invoiced EXCLUDING VAT. One timeline per country; an entity may override it.
 */
export interface FeeRule extends EffectiveRule {
  /** Rate applied by default, in basis points (650 = 6.5 %). */
  rateBp: number;
  /** Rate when the project holder is a legal person, where the country distinguishes (FR). */
  legalPersonRateBp?: number;
  /** Published range, where the entity sets the rate itself within it (SE: 6.5 % to 10 %). */
  rangeBp?: { min: number; max: number };
}

export type FeeCountry = 'BE' | 'FR' | 'ES' | 'IT' | 'DE' | 'AT' | 'NL' | 'SE' | 'HU';
