import type { FastifyRequest } from 'fastify';
import { DomainError, formatDate } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { hasRole } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { loadMember, loadRequest, today, type RequestRow } from './queries.ts';
import { settleRequest } from './issue-shares.ts';

/**
 * The board (or an administrator acting for it) approves or refuses a request. The decision is
 * recorded with its date; a request is decided once (the database refuses a second decision even when
 * two arrive together). Approval of a paid subscription issues the shares at once.
 */
export async function decideRequest(
  ctx: AppContext,
  request: FastifyRequest,
  requestId: string,
  input: { outcome: 'approved' | 'refused'; reason?: string; decidedOn: string },
) {
  if (input.outcome === 'refused' && !input.reason)
    throw DomainError.field('reason', 'decision.reason_required');
  if (input.decidedOn > today()) throw DomainError.field('decidedOn', 'field.date_in_future');
  const user = request.user!;
  return ctx.db.transaction(async (tx) => {
    const req = await loadRequest(tx, requestId, true);
    if (req.status !== 'pending') throw DomainError.conflict('request.already_decided');
    const { rows: decisions } = await tx.query<{ id: string }>(
      `INSERT INTO decisions (entity_id, request_id, subject, outcome, reason, decided_on, decided_by, acting_for_board)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        req.entity_id,
        req.id,
        `share_request.${req.kind}`,
        input.outcome,
        input.reason ?? null,
        input.decidedOn,
        user.id,
        !hasRole(user, 'board'),
      ],
    );
    const decisionId = decisions[0]!.id;
    const { rows } = await tx.query<RequestRow>(
      'UPDATE share_requests SET status = $2 WHERE id = $1 RETURNING *',
      [req.id, input.outcome],
    );
    const member = await loadMember(tx, req.member_id, true);
    if (input.outcome === 'refused' && req.kind === 'subscription' && member.status === 'applicant')
      await tx.query(`UPDATE members SET status = 'refused' WHERE id = $1`, [member.id]);
    await audit(tx, request, {
      action: `shares.request_${input.outcome}`,
      subjectType: 'share_request',
      subjectId: req.id,
      entityId: req.entity_id,
      before: { status: req.status },
      after: { status: input.outcome, decisionId, reason: input.reason ?? null, decidedOn: input.decidedOn },
    });
    const date = formatDate(input.decidedOn, member.language);
    const waitingForPayment =
      (req.kind === 'subscription' || req.kind === 'additional') && req.paid_cents < req.amount_cents;
    await queueEmail(
      tx,
      {
        entityId: req.entity_id,
        to: member.email,
        language: member.language,
        template: input.outcome === 'approved' ? 'request_approved' : 'request_refused',
        params: {
          name: member.display_name,
          date,
          reason: input.reason ?? '',
          next: waitingForPayment ? `\n\n${ctx.config.publicUrl}/membership` : '',
        },
      },
      ctx.delivery,
    );
    return settleRequest(ctx, tx, request, rows[0]!, { id: decisionId, decidedOn: input.decidedOn });
  });
}
