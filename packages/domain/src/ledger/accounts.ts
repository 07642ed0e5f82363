/**
 * Ledger accounts: the kinds the platform knows, which side they normally sit on, who may own them, and
 * the flags they get by default. See `index.ts` for the vocabulary and the invariants.
 */

export const ACCOUNT_KINDS = [
  'activity_budget',
  'member_contract',
  'client_receivables',
  'vat_payable',
  'fee_income',
  'salary_guarantee_fund',
  'social_aid_fund',
  'salaries_payable',
  'employee_contributions_payable',
  'employer_contributions_payable',
  'withholding_tax_payable',
  'expenses_payable',
  'bank',
  'share_capital',
  'suspense',
  'guarantee_advances',
  'internal_loans',
  'suppliers_payable',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export function isAccountKind(value: unknown): value is AccountKind {
  return typeof value === 'string' && (ACCOUNT_KINDS as readonly string[]).includes(value);
}

/** What an account may belong to (a reference into another feature's table, kept as text). */
export const OWNER_TYPES = ['activity', 'member', 'client', 'bank'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

export interface AccountOwner {
  type: OwnerType;
  id: string;
}

/**
 * TigerBeetle's two balance flags.
 * - `debitsMustNotExceedCredits`: the account may not be overdrawn (an Activity budget, a member's
 *   contract account): its debit-positive balance stays ≤ 0, or ≤ the limit of an active advance.
 * - `creditsMustNotExceedDebits`: the mirror image, for debit-normal accounts that must never go
 *   negative; no advance applies to it.
 */
export interface AccountFlags {
  debitsMustNotExceedCredits: boolean;
  creditsMustNotExceedDebits: boolean;
}

export const NO_FLAGS: AccountFlags = {
  debitsMustNotExceedCredits: false,
  creditsMustNotExceedDebits: false,
};

export interface AccountKindRule {
  /** The side on which the account normally holds money: assets are debit, what is owed is credit. */
  normal: 'debit' | 'credit';
  /** Must the account name an owner (one budget per Activity), may it, or never (one per entity)? */
  owner: 'required' | 'optional' | 'none';
  ownerType?: OwnerType;
  /**
   * Root of the account code: an indicative Belgian PCMN/MAR root for the accountants' export, or a
   * 489x sub-ledger for the internal accounts of members. The code is `root` or `root-ownerId`.
   */
  codeRoot: string;
  flags: AccountFlags;
}

const NOT_OVERDRAWN: AccountFlags = { debitsMustNotExceedCredits: true, creditsMustNotExceedDebits: false };

export const ACCOUNT_KIND_RULES: Readonly<Record<AccountKind, AccountKindRule>> = {
  // An Activity's budget: invoices paid feed it, salaries, expenses and purchases use it. Never below
  // zero without an authorised advance (DESIGN.md "Money and the ledger").
  activity_budget: {
    normal: 'credit',
    owner: 'required',
    ownerType: 'activity',
    codeRoot: '4892',
    flags: NOT_OVERDRAWN,
  },
  // A member's Contract-tool account: the invoice amount waiting to become salary, fee and charges.
  member_contract: {
    normal: 'credit',
    owner: 'required',
    ownerType: 'member',
    codeRoot: '4891',
    flags: NOT_OVERDRAWN,
  },
  client_receivables: {
    normal: 'debit',
    owner: 'optional',
    ownerType: 'client',
    codeRoot: '400',
    flags: NO_FLAGS,
  },
  vat_payable: { normal: 'credit', owner: 'none', codeRoot: '451', flags: NO_FLAGS },
  fee_income: { normal: 'credit', owner: 'none', codeRoot: '7000', flags: NO_FLAGS },
  salary_guarantee_fund: { normal: 'credit', owner: 'none', codeRoot: '1601', flags: NO_FLAGS },
  social_aid_fund: { normal: 'credit', owner: 'none', codeRoot: '1602', flags: NO_FLAGS },
  salaries_payable: {
    normal: 'credit',
    owner: 'optional',
    ownerType: 'member',
    codeRoot: '455',
    flags: NO_FLAGS,
  },
  employee_contributions_payable: { normal: 'credit', owner: 'none', codeRoot: '4540', flags: NO_FLAGS },
  employer_contributions_payable: { normal: 'credit', owner: 'none', codeRoot: '4541', flags: NO_FLAGS },
  withholding_tax_payable: { normal: 'credit', owner: 'none', codeRoot: '453', flags: NO_FLAGS },
  expenses_payable: {
    normal: 'credit',
    owner: 'optional',
    ownerType: 'member',
    codeRoot: '4893',
    flags: NO_FLAGS,
  },
  bank: { normal: 'debit', owner: 'optional', ownerType: 'bank', codeRoot: '550', flags: NO_FLAGS },
  share_capital: { normal: 'credit', owner: 'none', codeRoot: '100', flags: NO_FLAGS },
  // Waiting account for what cannot be allocated yet (an unidentified bank receipt).
  suspense: { normal: 'debit', owner: 'none', codeRoot: '499', flags: NO_FLAGS },
  // The part of the salary guarantee fund committed to salaries paid before their client paid: the fund's
  // reserve goes down by it (debit fund / credit this account) until the client pays it back; a
  // write-off makes the reduction final.
  guarantee_advances: { normal: 'credit', owner: 'none', codeRoot: '1603', flags: NO_FLAGS },
  // What an Activity still owes the cooperative on an internal loan or an equipment financing: the
  // principal credited to its budget, repaid by monthly instalments taken from it.
  internal_loans: {
    normal: 'debit',
    owner: 'required',
    ownerType: 'activity',
    codeRoot: '4160',
    flags: { debitsMustNotExceedCredits: false, creditsMustNotExceedDebits: true },
  },
  // Supplier invoices approved for payment from an Activity's budget, until the transfer is confirmed.
  suppliers_payable: { normal: 'credit', owner: 'none', codeRoot: '440', flags: NO_FLAGS },
};

/** Account codes: letters, digits and `. _ : -`, 1 to 80 characters, starting with a letter or digit. */
export const ACCOUNT_CODE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;

/** Owner references: same alphabet as codes (a uuid, an Activity number, an IBAN without spaces). */
export const OWNER_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,62}$/;

/** The conventional code of the account of a kind (and owner): `4892-<activity id>`, `451`. */
export function accountCodeFor(kind: AccountKind, owner?: AccountOwner | null): string {
  const root = ACCOUNT_KIND_RULES[kind].codeRoot;
  return owner ? `${root}-${owner.id}` : root;
}

/** Checks that an owner fits the kind; returns a message code, or null when it fits. */
export function ownerProblem(kind: AccountKind, owner?: AccountOwner | null): string | null {
  const rule = ACCOUNT_KIND_RULES[kind];
  if (!owner) return rule.owner === 'required' ? 'ledger.account.owner_required' : null;
  if (rule.owner === 'none') return 'ledger.account.owner_not_allowed';
  if (owner.type !== rule.ownerType) return 'ledger.account.owner_type';
  if (!OWNER_ID.test(owner.id)) return 'ledger.account.owner_invalid';
  return null;
}

/**
 * The balance as people read it: positive when a credit-normal account holds money (a budget of
 * 100.00 EUR has a debit-positive balance of −10 000 cents and shows 10 000).
 */
export function naturalBalance(kind: AccountKind, balanceCents: number): number {
  return ACCOUNT_KIND_RULES[kind].normal === 'credit' ? -balanceCents || 0 : balanceCents;
}
