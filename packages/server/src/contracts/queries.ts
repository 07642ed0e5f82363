import type { Queryable } from '@partage/db';
import { DomainError, type Language, type PayrollBreakdown } from '@partage/domain';

export type ContractStatus = 'declared' | 'on_hold' | 'paid' | 'cancelled';

export interface ContractRow {
  id: string;
  entity_id: string;
  reference: string;
  person_id: string;
  /** The client invoiced (Contract tool), or null for a salary paid from an Activity's budget. */
  client_id: string | null;
  activity_id: string | null;
  platform_agreement_id: string | null;
  job_code: string;
  description: string;
  country_of_work: string;
  risks: string[];
  contract_type: string;
  first_day: string;
  last_day: string;
  day_count: number;
  total_centi_hours: number;
  amount_excl_vat_cents: number;
  vat_treatment: string;
  vat_rate_bp: number;
  vat_cents: number;
  withholding_rate_bp: number;
  expenses_cents: number;
  fee_cents: number;
  gross_cents: number;
  employer_cost_cents: number;
  net_cents: number;
  breakdown: PayrollBreakdown;
  warnings: Array<{ code: string; params?: Record<string, string | number> }>;
  pay_date: string;
  status: ContractStatus;
  without_shares: boolean;
  hold_message: string | null;
  language: Language;
  created_by: string | null;
  created_at: Date;
}

export async function loadContract(db: Queryable, id: string, lock = false): Promise<ContractRow> {
  const { rows } = await db.query<ContractRow>(
    `SELECT * FROM contracts WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

export async function recordEvent(
  tx: Queryable,
  contractId: string,
  action: string,
  statusAfter: ContractStatus,
  actorId: string | null,
  message: string | null = null,
): Promise<void> {
  await tx.query(
    `INSERT INTO contract_events (contract_id, action, status_after, message, actor_id) VALUES ($1, $2, $3, $4, $5)`,
    [contractId, action, statusAfter, message, actorId],
  );
}
