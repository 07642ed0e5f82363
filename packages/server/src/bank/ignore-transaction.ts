import type { FastifyRequest } from 'fastify';
import { DomainError } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { loadTransaction } from './queries.ts';

/**
 * Client service sets a line aside (bank fees, a transfer that is not for the cooperative, a refund to
 * make by hand): it leaves the queue, its money stays in the suspense account with the reason written
 * beside it, and it can still be allocated later. Audited.
 */
export async function ignoreTransaction(
  ctx: AppContext,
  request: FastifyRequest,
  transactionId: string,
  reason: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const line = await loadTransaction(tx, transactionId, true);
    if (line.status === 'ignored') throw DomainError.conflict('bank.transaction.ignored');
    if (Number(line.open_cents) === 0) throw DomainError.conflict('bank.transaction.settled');
    await tx.query(
      `UPDATE bank_transactions SET status = 'ignored', note = $2, ignored_by = $3, ignored_at = now() WHERE id = $1`,
      [line.id, reason, request.user?.id ?? null],
    );
    await audit(tx, request, {
      action: 'bank.transaction_ignored',
      subjectType: 'bank_transaction',
      subjectId: line.id,
      entityId: line.entity_id,
      before: { status: line.status },
      after: { status: 'ignored', reason, openCents: Number(line.open_cents) },
    });
  });
}
