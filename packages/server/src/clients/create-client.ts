import type { Queryable } from '@partage/db';
import { clientDedupKey, peppolIdFor, searchTextOf, validateClient } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import { audit } from '../audit/record.ts';
import { presentClient, type ClientRow } from './queries.ts';
import type { ClientInput } from './schemas.ts';

/**
 * Creates a client, or finds it: a company or public body exists once (its enterprise or VAT number is
 * the key), whoever declares work for it; a person is created for the worker who names them.
 */
export async function findOrCreateClient(
  tx: Queryable,
  request: FastifyRequest | null,
  input: ClientInput,
): Promise<{ client: ReturnType<typeof presentClient>; existing: boolean }> {
  const client = validateClient(input);
  const key = clientDedupKey(client);
  if (key) {
    const { rows } = await tx.query<ClientRow>('SELECT * FROM clients WHERE dedup_key = $1', [key]);
    if (rows[0]) return { client: presentClient(rows[0]), existing: true };
  }
  const { rows } = await tx.query<ClientRow>(
    `INSERT INTO clients (kind, name, country, enterprise_number, vat_number, dedup_key, peppol_id, street, postal_code,
       city, email, language, payment_terms_days, buyer_reference, search_text, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (dedup_key) DO NOTHING RETURNING *`,
    [
      client.kind,
      client.name,
      client.country,
      client.enterpriseNumber,
      client.vatNumber,
      key,
      peppolIdFor(client),
      client.street,
      client.postalCode,
      client.city,
      client.email,
      client.language,
      client.paymentTermsDays,
      client.buyerReference,
      searchTextOf([client.name, client.enterpriseNumber, client.vatNumber, client.city]),
      request?.user?.id ?? null,
    ],
  );
  if (!rows[0]) {
    // Created by someone else at the same moment.
    const { rows: raced } = await tx.query<ClientRow>('SELECT * FROM clients WHERE dedup_key = $1', [key]);
    return { client: presentClient(raced[0]!), existing: true };
  }
  await audit(tx, request, {
    action: 'client.create',
    subjectType: 'client',
    subjectId: rows[0].id,
    after: presentClient(rows[0]),
  });
  return { client: presentClient(rows[0]), existing: false };
}
