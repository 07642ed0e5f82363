import type { FastifyRequest } from 'fastify';
import { nextNumber, type Queryable } from '@partage/db';
import { signedQuantity, type RegisterOperation } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { loadEntity, loadMember, type RequestRow } from './queries.ts';

interface Line {
  memberId: string;
  operation: RegisterOperation;
  quantity: number;
}

/** Appends lines to the register (numbered without gap per entity) and updates the holdings cache. */
async function writeRegister(
  tx: Queryable,
  request: FastifyRequest,
  req: RequestRow,
  decisionId: string | null,
  effectiveOn: string,
  lines: Line[],
): Promise<number[]> {
  const numbers: number[] = [];
  for (const line of lines) {
    const quantity = signedQuantity(line.operation, line.quantity);
    const lineNo = await nextNumber(tx, req.entity_id, 'register_line');
    await tx.query(
      `INSERT INTO register_operations (entity_id, line_no, member_id, operation, category, quantity, unit_value_cents,
          amount_cents, request_id, decision_id, effective_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        req.entity_id,
        lineNo,
        line.memberId,
        line.operation,
        req.category,
        quantity,
        req.unit_value_cents,
        req.unit_value_cents * quantity,
        req.id,
        decisionId,
        effectiveOn,
        request.user?.id ?? null,
      ],
    );
    // Update first: the CHECK (quantity >= 0) would refuse an insert of a negative candidate row.
    const updated = await tx.query(
      'UPDATE holdings SET quantity = quantity + $3 WHERE member_id = $1 AND category = $2',
      [line.memberId, req.category, quantity],
    );
    if (updated.rowCount === 0)
      await tx.query('INSERT INTO holdings (member_id, category, quantity) VALUES ($1, $2, $3)', [
        line.memberId,
        req.category,
        quantity,
      ]);
    await audit(tx, request, {
      action: 'register.line_added',
      subjectType: 'register_line',
      subjectId: `${req.entity_id}/${lineNo}`,
      entityId: req.entity_id,
      after: { lineNo, memberId: line.memberId, operation: line.operation, category: req.category, quantity },
    });
    numbers.push(lineNo);
  }
  return numbers;
}

/**
 * Moves a request forward once its conditions hold. A subscription is issued when it is approved AND
 * fully paid (whichever comes last): register line, member number for a newcomer, certificate. An
 * approved resignation or transfer is written to the register at once; a resignation's refund waits
 * for the approval of the financial year's accounts.
 */
export async function settleRequest(
  ctx: AppContext,
  tx: Queryable,
  request: FastifyRequest,
  req: RequestRow,
  decision: { id: string; decidedOn: string } | null,
): Promise<RequestRow> {
  if (req.status !== 'approved') return req;
  const effectiveOn = decision?.decidedOn ?? new Date().toISOString().slice(0, 10);
  const decisionId =
    decision?.id ??
    (await tx.query<{ id: string }>('SELECT id FROM decisions WHERE request_id = $1', [req.id])).rows[0]
      ?.id ??
    null;
  const member = await loadMember(tx, req.member_id, true);
  const entity = await loadEntity(tx, req.entity_id);

  if (req.kind === 'subscription' || req.kind === 'additional') {
    if (req.paid_cents < req.amount_cents) return req;
    const operation = member.status === 'member' ? 'additional_subscription' : 'subscription';
    await writeRegister(tx, request, req, decisionId, effectiveOn, [
      { memberId: member.id, operation, quantity: req.quantity },
    ]);
    let number = member.member_number;
    if (member.status !== 'member') {
      number ??= await nextNumber(tx, req.entity_id, 'member_number');
      await tx.query(
        `UPDATE members SET status = 'member', member_number = $2, admitted_on = COALESCE(admitted_on, $3), left_on = NULL WHERE id = $1`,
        [member.id, number, effectiveOn],
      );
      await audit(tx, request, {
        action: 'member.admitted',
        subjectType: 'member',
        subjectId: member.id,
        entityId: req.entity_id,
        before: { status: member.status, memberNumber: member.member_number },
        after: { status: 'member', memberNumber: number, admittedOn: effectiveOn },
      });
    }
    await queueEmail(
      tx,
      {
        entityId: req.entity_id,
        to: member.email,
        language: member.language,
        template: 'shares_issued',
        params: {
          name: member.display_name,
          quantity: req.quantity,
          category: req.category,
          entity: entity.name,
          number: number!,
          link: `${ctx.config.publicUrl}/membership`,
        },
      },
      ctx.delivery,
    );
  } else if (req.kind === 'resignation') {
    await writeRegister(tx, request, req, decisionId, effectiveOn, [
      { memberId: member.id, operation: 'resignation', quantity: req.quantity },
    ]);
    await tx.query(
      `INSERT INTO share_refunds (entity_id, request_id, member_id, financial_year, nominal_cents) VALUES ($1, $2, $3, $4, $5)`,
      [req.entity_id, req.id, member.id, Number(effectiveOn.slice(0, 4)), req.amount_cents],
    );
    const { rows } = await tx.query<{ total: number }>(
      'SELECT COALESCE(sum(quantity), 0)::int AS total FROM holdings WHERE member_id = $1',
      [member.id],
    );
    if (rows[0]!.total === 0) {
      await tx.query(`UPDATE members SET status = 'resigned', left_on = $2 WHERE id = $1`, [
        member.id,
        effectiveOn,
      ]);
      await audit(tx, request, {
        action: 'member.resigned',
        subjectType: 'member',
        subjectId: member.id,
        entityId: req.entity_id,
        before: { status: member.status },
        after: { status: 'resigned', leftOn: effectiveOn },
      });
    }
  } else {
    await writeRegister(tx, request, req, decisionId, effectiveOn, [
      { memberId: member.id, operation: 'transfer_out', quantity: req.quantity },
      { memberId: req.to_member_id!, operation: 'transfer_in', quantity: req.quantity },
    ]);
  }
  const { rows } = await tx.query<RequestRow>(
    `UPDATE share_requests SET status = 'completed', completed_at = now() WHERE id = $1 RETURNING *`,
    [req.id],
  );
  await audit(tx, request, {
    action: 'shares.request_completed',
    subjectType: 'share_request',
    subjectId: req.id,
    entityId: req.entity_id,
    before: { status: req.status },
    after: { status: 'completed' },
  });
  return rows[0]!;
}
