import type { Queryable } from '@partage/db';
import { DomainError, isLedgerDate, type FieldIssue } from '@partage/domain';
import { UUID } from './accounts.ts';

export interface AdvanceView {
  id: string;
  entityId: string;
  accountId: string;
  limitCents: number;
  reason: string;
  grantedBy: string;
  grantedAt: Date;
  validFrom: string;
  validUntil: string;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokeReason: string | null;
  /** Not revoked and valid today (Brussels): the account may go down to −limit. */
  active: boolean;
}

interface AdvanceRow {
  id: string;
  entity_id: string;
  account_id: string;
  limit_cents: number;
  reason: string;
  granted_by: string;
  granted_at: Date;
  valid_from: string;
  valid_until: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  active: boolean;
}

const COLUMNS = `id, entity_id, account_id, limit_cents, reason, granted_by, granted_at, valid_from, valid_until,
  revoked_at, revoked_by, revoke_reason, (revoked_at IS NULL AND ledger_today() BETWEEN valid_from AND valid_until) AS active`;

function present(row: AdvanceRow): AdvanceView {
  return {
    id: row.id,
    entityId: row.entity_id,
    accountId: row.account_id,
    limitCents: row.limit_cents,
    reason: row.reason,
    grantedBy: row.granted_by,
    grantedAt: row.granted_at,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    revokeReason: row.revoke_reason,
    active: row.active,
  };
}

export interface GrantAdvanceInput {
  accountId: string;
  limitCents: number;
  reason: string;
  /** Default: today (Brussels). */
  validFrom?: string;
  validUntil: string;
  grantedBy: string;
}

/**
 * No lock on the account: a posting running at the same moment sees the advance or not, as if it came
 * just before or just after. An adviser authorises an Activity budget (any account that may not be overdrawn) to go below zero,
 * down to `limitCents`, for a reason and a period. Inside the caller's transaction.
 */
export async function grantAdvance(tx: Queryable, input: GrantAdvanceInput): Promise<AdvanceView> {
  if (!UUID.test(input.accountId)) throw DomainError.notFound('ledger.account.unknown');
  const { rows: accounts } = await tx.query<{ entity_id: string; flagged: boolean; today: string }>(
    `SELECT entity_id, debits_must_not_exceed_credits AS flagged, ledger_today()::text AS today
       FROM ledger_accounts WHERE id = $1`,
    [input.accountId],
  );
  const account = accounts[0];
  if (!account) throw DomainError.notFound('ledger.account.unknown');
  if (!account.flagged) throw DomainError.field('accountId', 'ledger.advance.not_allowed');
  const issues: FieldIssue[] = [];
  if (!Number.isSafeInteger(input.limitCents) || input.limitCents <= 0)
    issues.push({ field: 'limitCents', code: 'field.too_small', params: { min: 1 } });
  if (typeof input.reason !== 'string' || input.reason.trim() === '')
    issues.push({ field: 'reason', code: 'field.required' });
  const validFrom = input.validFrom ?? account.today;
  if (!isLedgerDate(validFrom)) issues.push({ field: 'validFrom', code: 'field.invalid_date' });
  if (!isLedgerDate(input.validUntil)) issues.push({ field: 'validUntil', code: 'field.invalid_date' });
  else if (input.validUntil < validFrom || input.validUntil < account.today)
    issues.push({ field: 'validUntil', code: 'ledger.advance.period_invalid' });
  if (issues.length) throw new DomainError('validation', issues);
  const { rows } = await tx.query<AdvanceRow>(
    `INSERT INTO ledger_advances (entity_id, account_id, limit_cents, reason, granted_by, valid_from, valid_until)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [
      account.entity_id,
      input.accountId,
      input.limitCents,
      input.reason.trim(),
      input.grantedBy,
      validFrom,
      input.validUntil,
    ],
  );
  return present(rows[0]!);
}

/** Ends an advance now. The account keeps its balance; from now on it may only be debited down to zero. */
export async function revokeAdvance(
  tx: Queryable,
  input: { advanceId: string; revokedBy: string; reason?: string | null },
): Promise<{ before: AdvanceView; after: AdvanceView }> {
  if (!UUID.test(input.advanceId)) throw DomainError.notFound('ledger.advance.not_found');
  const { rows: found } = await tx.query<AdvanceRow>(
    `SELECT ${COLUMNS} FROM ledger_advances WHERE id = $1 FOR UPDATE`,
    [input.advanceId],
  );
  if (!found[0]) throw DomainError.notFound('ledger.advance.not_found');
  if (found[0].revoked_at) throw DomainError.conflict('ledger.advance.already_revoked');
  const { rows } = await tx.query<AdvanceRow>(
    `UPDATE ledger_advances SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
    [input.advanceId, input.revokedBy, input.reason ?? null],
  );
  return { before: present(found[0]), after: present(rows[0]!) };
}

export async function listAdvances(db: Queryable, accountId: string): Promise<AdvanceView[]> {
  const { rows } = await db.query<AdvanceRow>(
    `SELECT ${COLUMNS} FROM ledger_advances WHERE account_id = $1 ORDER BY granted_at DESC, id`,
    [accountId],
  );
  return rows.map(present);
}
