import { nextInSequence, type Queryable } from '@partage/db';
import {
  declarationTypeFor,
  type BeContractType,
  makeDeclarationReference,
  type Language,
  type PayrollBreakdown,
} from '@partage/domain';
import type { PostingInput } from './schemas.ts';

/** A fixed-term employment contract to write, already checked (Contract tool or Activity salary). */
export interface ContractToWrite {
  entityId: string;
  personId: string;
  /** The client invoiced for it (Contract tool), or the Activity whose budget pays it; exactly one. */
  clientId: string | null;
  activityId: string | null;
  platformAgreementId: string | null;
  jobCode: string;
  description: string;
  countryOfWork: string;
  risks: string[];
  contractType: string;
  firstDay: string;
  lastDay: string;
  days: Array<{ date: string; centiHours: number }>;
  totalCentiHours: number;
  amountExclVatCents: number;
  vatTreatment: string;
  vatRateBp: number;
  vatCents: number;
  withholdingRateBp: number;
  expensesCents: number;
  breakdown: PayrollBreakdown;
  warnings: Array<{ code: string; params?: Record<string, string | number> }>;
  payDate: string;
  withoutShares: boolean;
  language: Language;
  /** The posting form's host when the work is abroad, else null. */
  posting: PostingInput | null;
  actorId: string | null;
  today: string;
}

/** `CT-BE-PA-2026-000123`. */
function contractReference(entityId: string, year: string, sequence: number): string {
  return `CT-${entityId}-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * Writes one employment contract inside the caller's transaction: the contract with its days (a partial
 * unique index refuses a second live contract of the worker on a day), insurance cover per day (work
 * accident, and mobility abroad when posted), the employment declaration made now, before the first day,
 * the posting form when the work is abroad, and the first line of its history.
 */
export async function insertContract(
  tx: Queryable,
  c: ContractToWrite,
): Promise<{ contractId: string; reference: string }> {
  const year = c.firstDay.slice(0, 4);
  // Unique references from sequences (nobody waits); the gap-free numbers come last, with the invoice.
  const reference = contractReference(c.entityId, year, await nextInSequence(tx, 'contract_reference_seq'));
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO contracts (entity_id, reference, person_id, client_id, activity_id, platform_agreement_id, job_code,
       description, country_of_work, risks, contract_type, first_day, last_day, day_count, total_centi_hours,
       amount_excl_vat_cents, vat_treatment, vat_rate_bp, vat_cents, withholding_rate_bp, expenses_cents, fee_cents,
       gross_cents, employer_cost_cents, net_cents, breakdown, warnings, pay_date, without_shares, language, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
       $24, $25, $26, $27, $28, $29, $30, $31) RETURNING id`,
    [
      c.entityId,
      reference,
      c.personId,
      c.clientId,
      c.activityId,
      c.platformAgreementId,
      c.jobCode,
      c.description,
      c.countryOfWork,
      c.risks,
      c.contractType,
      c.firstDay,
      c.lastDay,
      c.days.length,
      c.totalCentiHours,
      c.amountExclVatCents,
      c.vatTreatment,
      c.vatRateBp,
      c.vatCents,
      c.withholdingRateBp,
      c.expensesCents,
      c.breakdown.feeCents,
      c.breakdown.grossCents,
      c.breakdown.employerCostCents,
      c.breakdown.netCents,
      JSON.stringify(c.breakdown),
      JSON.stringify(c.warnings),
      c.payDate,
      c.withoutShares,
      c.language,
      c.actorId,
    ],
  );
  const contractId = rows[0]!.id;
  await tx.query(
    `INSERT INTO contract_days (contract_id, person_id, day, centi_hours)
     SELECT $1, $2, d, h FROM unnest($3::date[], $4::int[]) AS t(d, h)`,
    [contractId, c.personId, c.days.map((d) => d.date), c.days.map((d) => d.centiHours)],
  );
  await tx.query(
    `INSERT INTO insurance_cover (contract_id, day, cover)
     SELECT $1, d, k FROM unnest($2::date[]) AS t(d), unnest($3::text[]) AS x(k)`,
    [
      contractId,
      c.days.map((d) => d.date),
      c.posting ? ['work_accident', 'mobility_abroad'] : ['work_accident'],
    ],
  );
  const declarationSequence = await nextInSequence(tx, 'employment_declaration_seq');
  await tx.query(
    `INSERT INTO employment_declarations (contract_id, entity_id, reference, declaration_type, first_day, last_day,
       planned_centi_hours) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      contractId,
      c.entityId,
      makeDeclarationReference(declarationSequence, c.today),
      declarationTypeFor(c.contractType as BeContractType),
      c.firstDay,
      c.lastDay,
      c.totalCentiHours,
    ],
  );
  if (c.posting) {
    await tx.query(
      `INSERT INTO posting_forms (contract_id, entity_id, country, host_name, street, postal_code, city, start_date,
         end_date) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        contractId,
        c.entityId,
        c.countryOfWork,
        c.posting.hostName,
        c.posting.street,
        c.posting.postalCode,
        c.posting.city,
        c.posting.startDate,
        c.posting.endDate,
      ],
    );
  }
  await tx.query(
    `INSERT INTO contract_events (contract_id, action, status_after, actor_id) VALUES ($1, 'declare', 'declared', $2)`,
    [contractId, c.actorId],
  );
  return { contractId, reference };
}
