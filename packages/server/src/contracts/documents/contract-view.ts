import type { Queryable } from '@partage/db';
import { DomainError } from '@partage/domain';
import { loadEntity } from '../../membership/queries.ts';
import { entityParty } from '../../invoicing/parties.ts';
import { loadClient } from '../../clients/queries.ts';
import { loadWorker, workerParty } from '../worker.ts';
import { jobLabels, riskLabels } from '../present.ts';
import type { ContractRow } from '../queries.ts';
import type { EmploymentContractDocument } from './types.ts';

/** The employment contract as generated at confirmation, from the contract's frozen row, in the worker's language. */
export async function contractDocument(
  db: Queryable,
  contract: ContractRow,
): Promise<EmploymentContractDocument> {
  const [entity, worker, client, days, declaration] = await Promise.all([
    loadEntity(db, contract.entity_id),
    loadWorker(db, contract.person_id),
    contract.client_id
      ? loadClient(db, contract.client_id)
      : db
          .query<{ name: string }>('SELECT name FROM activities WHERE id = $1', [contract.activity_id])
          .then((r) => ({ name: r.rows[0]?.name ?? '' })),
    db.query<{ day: string; centi_hours: number }>(
      'SELECT day::text AS day, centi_hours FROM contract_days WHERE contract_id = $1 ORDER BY day',
      [contract.id],
    ),
    db.query<{ reference: string; status: string; declared_at: Date }>(
      'SELECT reference, status, declared_at FROM employment_declarations WHERE contract_id = $1',
      [contract.id],
    ),
  ]);
  const declared = declaration.rows[0];
  if (!declared) throw DomainError.notFound();
  const lang = contract.language;
  return {
    language: lang,
    reference: contract.reference,
    employer: entityParty(entity),
    worker: workerParty(worker),
    contractType: contract.contract_type,
    ...jobLabels(contract.job_code, lang),
    description: contract.description,
    countryOfWork: contract.country_of_work,
    posted: contract.country_of_work !== entity.country,
    risks: riskLabels(contract.risks, lang),
    clientName: client.name,
    days: days.rows.map((d) => ({ date: d.day, centiHours: d.centi_hours })),
    grossCents: contract.gross_cents,
    withholdingRateBp: contract.withholding_rate_bp,
    payDate: contract.pay_date,
    declaration: {
      reference: declared.reference,
      status: declared.status,
      declaredAt: new Date(declared.declared_at).toISOString(),
    },
    issuedAt: new Date(contract.created_at).toISOString(),
  };
}
