import type { Queryable } from '@partage/db';
import type { FastifyRequest } from 'fastify';

export interface AuditEvent {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Fields never written to the audit log, even encrypted. */
const REDACTED = new Set([
  'password',
  'password_hash',
  'passwordHash',
  'totp_secret',
  'niss',
  'niss_enc',
  'iban',
  'iban_enc',
  'foreign_id_enc',
  'foreignId',
  'token',
]);

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, REDACTED.has(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

/** Appends one line to the audit log, inside the caller's transaction: the change and its trace go together. */
export async function audit(tx: Queryable, request: FastifyRequest | null, event: AuditEvent): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (entity_id, actor_user_id, action, subject_type, subject_id, before, after, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      event.entityId ?? null,
      request?.user?.id ?? null,
      event.action,
      event.subjectType,
      event.subjectId ?? null,
      event.before === undefined ? null : JSON.stringify(redact(event.before)),
      event.after === undefined ? null : JSON.stringify(redact(event.after)),
      request?.ip ?? null,
    ],
  );
}
