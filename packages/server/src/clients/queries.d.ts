import type { Queryable } from '@partage/db';
import { type Language } from '@partage/domain';
export interface ClientRow {
    id: string;
    kind: 'company' | 'person' | 'public_body';
    name: string;
    country: string;
    enterprise_number: string | null;
    vat_number: string | null;
    dedup_key: string | null;
    peppol_id: string | null;
    street: string;
    postal_code: string;
    city: string;
    email: string;
    language: Language;
    payment_terms_days: number;
    buyer_reference: string | null;
    created_by: string | null;
    created_at: Date;
}
export declare function loadClient(db: Queryable, id: string): Promise<ClientRow>;
export declare function presentClient(row: ClientRow): {
    id: string;
    kind: "person" | "company" | "public_body";
    name: string;
    country: string;
    enterpriseNumber: string | null;
    vatNumber: string | null;
    peppolId: string | null;
    street: string;
    postalCode: string;
    city: string;
    email: string;
    language: "fr" | "nl" | "en" | "de";
    paymentTermsDays: number;
    buyerReference: string | null;
};
