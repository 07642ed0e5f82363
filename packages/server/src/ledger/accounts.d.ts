import type { Queryable } from '@partage/db';
import { type AccountFlags, type AccountKind, type AccountOwner, type OwnerType } from '@partage/domain';
export interface AccountRow {
    id: string;
    entity_id: string;
    code: string;
    kind: AccountKind;
    owner_type: OwnerType | null;
    owner_id: string | null;
    name: string | null;
    currency: string;
    debits_must_not_exceed_credits: boolean;
    credits_must_not_exceed_debits: boolean;
    balance_cents: number;
    created_at: Date;
}
/** An account as the rest of the platform sees it. `balanceCents` is debit-positive (see the domain). */
export interface LedgerAccount {
    id: string;
    entityId: string;
    code: string;
    kind: AccountKind;
    owner: AccountOwner | null;
    name: string | null;
    currency: string;
    flags: AccountFlags;
    balanceCents: number;
    /** The balance as people read it: positive when a budget or a payable holds money. */
    naturalBalanceCents: number;
    createdAt: Date;
}
export declare const ACCOUNT_COLUMNS = "id, entity_id, code, kind, owner_type, owner_id, name, currency,\n  debits_must_not_exceed_credits, credits_must_not_exceed_debits, balance_cents, created_at";
export declare function presentAccount(row: AccountRow): LedgerAccount;
export declare const UUID: RegExp;
export declare function loadAccount(db: Queryable, id: string): Promise<LedgerAccount>;
export declare function findAccountByCode(db: Queryable, entityId: string, code: string): Promise<LedgerAccount | null>;
export interface OpenAccountInput {
    entityId: string;
    kind: AccountKind;
    owner?: AccountOwner | null;
    /** Default: the kind's conventional code (`4892-<activity>`, `451`). */
    code?: string;
    name?: string | null;
    /** Default: the entity's currency. */
    currency?: string;
    /** Default: the kind's flags (Activity budgets and contract accounts may not be overdrawn). */
    flags?: Partial<AccountFlags>;
    createdBy?: string | null;
}
/**
 * Opens an account, inside the caller's transaction. Refuses (409) a code already used in the entity,
 * or a second account of the same kind, owner and currency (use `accountFor` to get-or-create).
 */
export declare function openAccount(tx: Queryable, input: OpenAccountInput): Promise<LedgerAccount>;
/**
 * The account of a kind (and owner) in an entity, created with the kind's defaults the first time:
 * `accountFor(tx, 'BE-PA', 'activity_budget', { type: 'activity', id })`, `accountFor(tx, 'BE-PA',
 * 'vat_payable')`. Safe when two transactions ask for the same new account together.
 */
export declare function accountFor(tx: Queryable, entityId: string, kind: AccountKind, owner?: AccountOwner | null, options?: {
    currency?: string;
    name?: string | null;
    createdBy?: string | null;
}): Promise<LedgerAccount>;
