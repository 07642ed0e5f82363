import type { Queryable } from '@partage/db';
import { DomainError, type Language } from '@partage/domain';

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

export async function loadClient(db: Queryable, id: string): Promise<ClientRow> {
  const { rows } = await db.query<ClientRow>('SELECT * FROM clients WHERE id = $1', [id]);
  if (!rows[0]) throw DomainError.field('clientId', 'client.unknown');
  return rows[0];
}

export function presentClient(row: ClientRow) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    country: row.country,
    enterpriseNumber: row.enterprise_number,
    vatNumber: row.vat_number,
    peppolId: row.peppol_id,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    email: row.email,
    language: row.language,
    paymentTermsDays: row.payment_terms_days,
    buyerReference: row.buyer_reference,
  };
}
