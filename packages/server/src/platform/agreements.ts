import type { Queryable } from '@partage/db';
import {
  DomainError,
  checkVatTreatment,
  isBeContractType,
  isJobCode,
  isRiskCode,
  minimumHourlyGross,
  type FieldIssue,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import { audit } from '../audit/record.ts';
import { randomToken, sha256 } from '../security/crypto.ts';
import { loadClient } from '../clients/queries.ts';
import { loadEntity } from '../membership/queries.ts';

export interface AgreementRow {
  id: string;
  client_id: string;
  client_name: string;
  entity_id: string;
  job_code: string;
  risks: string[];
  contract_type: string;
  vat_treatment: string;
  min_paid_centi_hours_per_day: number;
  min_hourly_gross_cents: number;
  token_hint: string;
  active: boolean;
  created_at: Date;
}

const AGREEMENT_SELECT = `SELECT a.*, c.name AS client_name FROM platform_agreements a JOIN clients c ON c.id = a.client_id`;

export interface AgreementInput {
  clientId: string;
  entityId: string;
  jobCode: string;
  risks: string[];
  contractType: string;
  vatTreatment: string;
  minPaidHoursPerDay: number;
  minHourlyGrossCents?: number | undefined;
}

/** The token a platform sends as `Authorization: Bearer ptk_…`: shown once, only its hash is kept. */
const TOKEN_PREFIX = 'ptk_';

/**
 * An administrator records a client platform's agreement: the work it declares (entity, job, risks,
 * contract type, VAT treatment) and what it promised its workers — a minimum of paid hours per day (3 h in
 * the couriers' case) and a minimum hourly gross pay (never under the legal minimum). Returns the API token.
 */
export async function createAgreement(
  tx: Queryable,
  request: FastifyRequest,
  input: AgreementInput,
  today: string,
  /** Only the demo seed chooses its token; otherwise a random one. */
  demoToken?: string,
): Promise<{ agreement: AgreementRow; token: string }> {
  const client = await loadClient(tx, input.clientId);
  const entity = await loadEntity(tx, input.entityId);
  const issues: FieldIssue[] = [];
  if (!isJobCode(input.jobCode))
    issues.push({ field: 'jobCode', code: 'contract.job.unknown', params: { job: input.jobCode } });
  for (const risk of input.risks)
    if (!isRiskCode(risk)) issues.push({ field: 'risks', code: 'contract.risk.unknown', params: { risk } });
  if (!isBeContractType(input.contractType))
    issues.push({
      field: 'contractType',
      code: 'payroll.contract_type.unknown',
      params: { contractType: input.contractType },
    });
  issues.push(
    ...checkVatTreatment({
      treatment: input.vatTreatment,
      entity: { id: entity.id, country: entity.country, vatRegistered: entity.vat_number !== null },
      client: { kind: client.kind, country: client.country, vatNumber: client.vat_number },
    }),
  );
  const legalHourly = minimumHourlyGross(entity.id, today).amountCents;
  const hourly = input.minHourlyGrossCents ?? legalHourly;
  if (hourly < legalHourly)
    issues.push({
      field: 'minHourlyGrossCents',
      code: 'platform.hourly_under_legal',
      params: { min: (legalHourly / 100).toFixed(2) },
    });
  const centiHours = Math.round(input.minPaidHoursPerDay * 100);
  if (centiHours < 0 || centiHours > 2400 || Math.abs(centiHours - input.minPaidHoursPerDay * 100) > 1e-6)
    issues.push({ field: 'minPaidHoursPerDay', code: 'payroll.hours.invalid' });
  if (issues.length > 0) throw new DomainError('validation', issues);

  const token = demoToken ?? `${TOKEN_PREFIX}${randomToken(24)}`;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO platform_agreements (client_id, entity_id, job_code, risks, contract_type, vat_treatment,
       min_paid_centi_hours_per_day, min_hourly_gross_cents, token_hash, token_hint, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (client_id) DO NOTHING RETURNING id`,
    [
      client.id,
      entity.id,
      input.jobCode,
      input.risks,
      input.contractType,
      input.vatTreatment,
      centiHours,
      hourly,
      sha256(token),
      token.slice(-4),
      request.user?.id ?? null,
    ],
  );
  if (!rows[0]) throw DomainError.conflict('platform.agreement_exists');
  await audit(tx, request, {
    action: 'platform.agreement.create',
    subjectType: 'platform_agreement',
    subjectId: rows[0].id,
    entityId: entity.id,
    after: { ...input, minHourlyGrossCents: hourly },
  });
  return { agreement: await loadAgreement(tx, rows[0].id), token };
}

export async function loadAgreement(db: Queryable, id: string): Promise<AgreementRow> {
  const { rows } = await db.query<AgreementRow>(`${AGREEMENT_SELECT} WHERE a.id = $1`, [id]);
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

export async function listAgreements(db: Queryable): Promise<AgreementRow[]> {
  const { rows } = await db.query<AgreementRow>(`${AGREEMENT_SELECT} WHERE a.active ORDER BY c.name`);
  return rows;
}

/** The agreement of the platform calling with its bearer token, or 401. */
export async function agreementOfToken(db: Queryable, request: FastifyRequest): Promise<AgreementRow> {
  const header = request.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token.startsWith(TOKEN_PREFIX)) throw new DomainError('auth.token_required', [], {}, 401);
  const { rows } = await db.query<AgreementRow>(`${AGREEMENT_SELECT} WHERE a.token_hash = $1 AND a.active`, [
    sha256(token),
  ]);
  if (!rows[0]) throw new DomainError('auth.token_invalid', [], {}, 401);
  return rows[0];
}

export function presentAgreement(row: AgreementRow) {
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    entityId: row.entity_id,
    jobCode: row.job_code,
    risks: row.risks,
    contractType: row.contract_type,
    vatTreatment: row.vat_treatment,
    minPaidHoursPerDay: row.min_paid_centi_hours_per_day / 100,
    minHourlyGrossCents: row.min_hourly_gross_cents,
    tokenHint: row.token_hint,
  };
}
