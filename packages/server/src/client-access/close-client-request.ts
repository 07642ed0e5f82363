import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@partage/db';
import { DomainError } from '@partage/domain';
import { audit } from '../audit/record.ts';

/** Client service closes a client's request, saying what was done (credit note, new deadline, ...). */
export async function closeClientRequest(
  tx: Queryable,
  request: FastifyRequest,
  id: string,
  resolution: string,
): Promise<void> {
  const { rows } = await tx.query<{ status: string; entity_id: string }>(
    'SELECT status, entity_id FROM client_requests WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = rows[0];
  if (!row) throw DomainError.notFound();
  if (row.status === 'closed') throw DomainError.conflict('client_request.closed');
  await tx.query(
    `UPDATE client_requests SET status = 'closed', resolution = $2, closed_by = $3, closed_at = now()
      WHERE id = $1`,
    [id, resolution, request.user!.id],
  );
  await audit(tx, request, {
    action: 'client_request.close',
    subjectType: 'client_request',
    subjectId: id,
    entityId: row.entity_id,
    before: { status: 'open' },
    after: { status: 'closed', resolution },
  });
}
