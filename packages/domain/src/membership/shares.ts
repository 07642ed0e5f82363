import { DomainError } from '../errors.ts';
import {
  shareCategory,
  type EntitySettings,
  type PersonKind,
  type ShareCategoryCode,
} from '../entities/settings.ts';

/** Shares held by one member, per category. */
export type Holdings = Partial<Record<ShareCategoryCode, number>>;

/** Upper bound for one request: far above any real subscription, it stops typing mistakes. */
export const MAX_SHARES_PER_REQUEST = 100_000;

export function totalShares(holdings: Holdings): number {
  return Object.values(holdings).reduce((sum, n) => sum + (n ?? 0), 0);
}

function assertQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_SHARES_PER_REQUEST)
    throw DomainError.field('quantity', 'shares.quantity.invalid', { max: MAX_SHARES_PER_REQUEST });
}

function categoryFor(settings: EntitySettings, code: string, personKind: PersonKind) {
  const category = shareCategory(settings, code);
  if (!category) throw DomainError.field('category', 'shares.category.unknown', { category: code });
  if (!category.eligible.includes(personKind))
    throw DomainError.field('category', 'shares.category.not_eligible', { category: code });
  return category;
}

function assertNoMixing(settings: EntitySettings, holdings: Holdings, code: string): void {
  if (settings.allowMixedCategories) return;
  const other = Object.entries(holdings).find(([c, n]) => c !== code && (n ?? 0) > 0);
  if (other) throw DomainError.field('category', 'shares.category.mixing_not_allowed', { held: other[0] });
}

export interface PricedRequest {
  unitValueCents: number;
  amountCents: number;
}

/**
 * A subscription (first or additional). The first subscription must reach the category's minimum;
 * categories may not be mixed unless the entity allows it. Shares are bought at nominal value.
 */
export function priceSubscription(input: {
  settings: EntitySettings;
  personKind: PersonKind;
  category: string;
  quantity: number;
  holdings: Holdings;
}): PricedRequest {
  assertQuantity(input.quantity);
  const category = categoryFor(input.settings, input.category, input.personKind);
  assertNoMixing(input.settings, input.holdings, category.code);
  const after = (input.holdings[category.code] ?? 0) + input.quantity;
  if (after < category.minShares)
    throw DomainError.field('quantity', 'shares.quantity.below_minimum', { min: category.minShares });
  return { unitValueCents: category.nominalCents, amountCents: category.nominalCents * input.quantity };
}

/**
 * A resignation of some or all shares. What remains must be nothing (the member leaves) or at least the
 * category's minimum. The refund is computed later, when the financial year's accounts are approved.
 */
export function checkResignation(input: {
  settings: EntitySettings;
  category: string;
  quantity: number;
  holdings: Holdings;
}): { nominalCents: number; leaves: boolean } {
  assertQuantity(input.quantity);
  const category = shareCategory(input.settings, input.category);
  if (!category) throw DomainError.field('category', 'shares.category.unknown', { category: input.category });
  const held = input.holdings[category.code] ?? 0;
  if (input.quantity > held) throw DomainError.field('quantity', 'shares.quantity.more_than_held', { held });
  const remaining = held - input.quantity;
  if (remaining > 0 && remaining < category.minShares)
    throw DomainError.field('quantity', 'shares.quantity.below_minimum_after', { min: category.minShares });
  const leaves = totalShares(input.holdings) - input.quantity === 0;
  return { nominalCents: category.nominalCents * input.quantity, leaves };
}

/** A transfer of shares to another member, when the statutes allow it. */
export function checkTransfer(input: {
  settings: EntitySettings;
  category: string;
  quantity: number;
  fromHoldings: Holdings;
  toHoldings: Holdings;
  toPersonKind: PersonKind;
  sameMember: boolean;
}): { nominalCents: number } {
  if (!input.settings.transfersAllowed) throw DomainError.conflict('shares.transfer.not_allowed');
  if (input.sameMember) throw DomainError.field('toMemberNumber', 'shares.transfer.to_self');
  const { nominalCents } = checkResignation({
    settings: input.settings,
    category: input.category,
    quantity: input.quantity,
    holdings: input.fromHoldings,
  });
  const category = categoryFor(input.settings, input.category, input.toPersonKind);
  assertNoMixing(input.settings, input.toHoldings, category.code);
  return { nominalCents };
}

/**
 * Refund of resigned shares: at most their nominal value, reduced by the ratio the general assembly
 * set when it approved the year's accounts (book value below nominal). Never more: no dividend,
 * no capital gain. Rounded down to the cent.
 */
export function refundAmount(nominalCents: number, ratioBp: number): number {
  const ratio = Math.min(Math.max(Math.trunc(ratioBp), 0), 10_000);
  return Math.floor((nominalCents * ratio) / 10_000);
}

export type PaymentState = 'unpaid' | 'partial' | 'paid' | 'overpaid';

export function paymentState(amountCents: number, paidCents: number): PaymentState {
  if (paidCents <= 0) return 'unpaid';
  if (paidCents < amountCents) return 'partial';
  return paidCents === amountCents ? 'paid' : 'overpaid';
}
