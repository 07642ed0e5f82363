import { transition } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { loadContract, recordEvent } from './queries.ts';
import { loadWorker } from './worker.ts';

/**
 * An adviser puts a declaration on hold with a message to the worker (the pay run skips it), or releases
 * it. The worker is told by e-mail and sees the message on the contract.
 */
export async function holdContract(
  ctx: AppContext,
  request: FastifyRequest,
  contractId: string,
  hold: { message: string } | null,
  today: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const contract = await loadContract(tx, contractId, true);
    const action = hold ? 'hold' : 'release';
    const next = transition(contract.status, action, {
      today,
      firstDay: contract.first_day,
      actor: 'adviser',
    });
    await tx.query('UPDATE contracts SET status = $2, hold_message = $3 WHERE id = $1', [
      contractId,
      next,
      hold?.message ?? null,
    ]);
    await recordEvent(tx, contractId, action, next, request.user?.id ?? null, hold?.message ?? null);
    await audit(tx, request, {
      action: `contract.${action}`,
      subjectType: 'contract',
      subjectId: contractId,
      entityId: contract.entity_id,
      before: { status: contract.status },
      after: { status: next, message: hold?.message ?? null },
    });
    const worker = await loadWorker(tx, contract.person_id);
    await queueEmail(
      tx,
      {
        entityId: contract.entity_id,
        to: worker.email,
        language: worker.language,
        template: hold ? 'contract_on_hold' : 'contract_released',
        params: {
          name: worker.first_name,
          reference: contract.reference,
          message: hold?.message ?? '',
          link: `${ctx.config.publicUrl}/contracts/${contractId}`,
        },
      },
      ctx.delivery,
    );
  });
}
