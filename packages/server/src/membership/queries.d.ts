import type { Queryable } from '@partage/db';
import { type EntityDefinition, type EntitySettings, type Holdings, type Language, type PersonKind } from '@partage/domain';
export interface EntityRow {
    id: string;
    name: string;
    legal_form: string;
    country: string;
    enterprise_number: string | null;
    vat_number: string | null;
    iban: string | null;
    bic: string | null;
    address: string;
    currency: string;
    holds_register: boolean;
    settings: EntitySettings;
}
export declare function loadEntity(db: Queryable, entityId: string): Promise<EntityRow>;
export declare function loadRegisterEntity(db: Queryable, entityId: string): Promise<EntityRow>;
export interface MemberRow {
    id: string;
    entity_id: string;
    person_id: string;
    member_number: number | null;
    status: 'applicant' | 'member' | 'refused' | 'resigned';
    admitted_on: string | null;
    left_on: string | null;
    prestations_without_shares: number;
    user_id: string | null;
    kind: PersonKind;
    display_name: string;
    email: string;
    language: Language;
}
export declare function loadMember(db: Queryable, memberId: string, lock?: boolean): Promise<MemberRow>;
export declare function memberOfUser(db: Queryable, userId: string, entityId: string): Promise<MemberRow | null>;
export declare function memberByNumber(db: Queryable, entityId: string, number: number): Promise<MemberRow | null>;
export declare function loadHoldings(db: Queryable, memberId: string): Promise<Holdings>;
export interface RequestRow {
    id: string;
    entity_id: string;
    member_id: string;
    kind: 'subscription' | 'additional' | 'resignation' | 'transfer';
    category: 'A' | 'B' | 'C';
    quantity: number;
    unit_value_cents: number;
    amount_cents: number;
    to_member_id: string | null;
    structured_reference: string | null;
    paid_cents: number;
    status: 'pending' | 'approved' | 'refused' | 'completed' | 'cancelled';
    note: string | null;
    created_at: Date;
    completed_at: Date | null;
}
export declare function loadRequest(db: Queryable, requestId: string, lock?: boolean): Promise<RequestRow>;
export declare function entityDefinitionOf(row: EntityRow): Pick<EntityDefinition, 'id' | 'name' | 'settings'>;
/** Today's date in the cooperative's time zone (Brussels), as YYYY-MM-DD. */
export declare function today(): string;
