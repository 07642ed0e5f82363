import type { ClientRow } from '../clients/queries.ts';
import type { ClientParty, EntityParty } from '../contracts/documents/types.ts';
import type { EntityRow } from '../membership/queries.ts';

export function entityParty(entity: EntityRow): EntityParty {
  return {
    id: entity.id,
    name: entity.name,
    legalForm: entity.legal_form,
    address: entity.address,
    country: entity.country,
    enterpriseNumber: entity.enterprise_number,
    vatNumber: entity.vat_number,
    iban: entity.iban,
    bic: entity.bic,
  };
}

export function clientParty(client: ClientRow): ClientParty {
  return {
    name: client.name,
    kind: client.kind,
    street: client.street,
    postalCode: client.postal_code,
    city: client.city,
    country: client.country,
    enterpriseNumber: client.enterprise_number,
    vatNumber: client.vat_number,
    buyerReference: client.buyer_reference,
  };
}
