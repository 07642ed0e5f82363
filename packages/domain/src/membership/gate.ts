/**
 * The membership gate: only members (sociétaires) may open an Activity or invoice through it; a person
 * who is not a member may declare at most three prestations through the Contract tool without buying
 * a share (seeds 001:L295-300). Every tool calls this one rule.
 */
export const NON_MEMBER_PRESTATION_LIMIT = 3;

export type GatedAction = 'open_activity' | 'issue_activity_invoice' | 'declare_prestation';

export interface GateSubject {
  /** True when the person holds issued shares (status `member`). */
  isMember: boolean;
  /** Prestations already declared through the Contract tool while not a member. */
  prestationsWithoutShares: number;
}

export type GateDecision =
  | { allowed: true; consumesFreePrestation: boolean; remainingFreePrestations: number | null }
  | { allowed: false; code: 'gate.members_only' | 'gate.free_prestations_used'; limit: number };

export function membershipGate(subject: GateSubject, action: GatedAction): GateDecision {
  if (subject.isMember)
    return { allowed: true, consumesFreePrestation: false, remainingFreePrestations: null };
  if (action !== 'declare_prestation')
    return { allowed: false, code: 'gate.members_only', limit: NON_MEMBER_PRESTATION_LIMIT };
  const used = Math.max(0, subject.prestationsWithoutShares);
  if (used >= NON_MEMBER_PRESTATION_LIMIT)
    return { allowed: false, code: 'gate.free_prestations_used', limit: NON_MEMBER_PRESTATION_LIMIT };
  return {
    allowed: true,
    consumesFreePrestation: true,
    remainingFreePrestations: NON_MEMBER_PRESTATION_LIMIT - used - 1,
  };
}
