import type { FastifyRequest } from 'fastify';
import { DomainError, formatMoney, type FieldIssue, type OpenItemType } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { allocateToInvoice, allocateToShareRequest, type Allocator } from './allocate.ts';
import { loadTransaction, lockOpenItem, type BankTransactionStatus } from './queries.ts';

export interface ManualAllocation {
  targetType: OpenItemType;
  targetId: string;
  amountCents: number;
}

/**
 * Client service allocates a payment waiting in suspense to one or several invoices or a share
 * subscription: each allocation posts suspense / client receivables (or share capital), pays the item and,
 * for an invoice whose salary the guarantee fund advanced, gives the fund back its advance. The amounts may
 * exceed neither what is left of the payment nor what each item owes. All or nothing, audited.
 */
export async function allocateTransaction(
  ctx: AppContext,
  request: FastifyRequest,
  transactionId: string,
  input: { allocations: ManualAllocation[]; suggested: boolean },
): Promise<{ reimbursedCents: number }> {
  return ctx.db.transaction(async (tx) => {
    const line = await loadTransaction(tx, transactionId, true);
    if (line.direction !== 'credit') throw DomainError.conflict('bank.transaction.debit');
    const open = Number(line.open_cents);
    if (open === 0) throw DomainError.conflict('bank.transaction.settled');
    const keys = input.allocations.map((a) => `${a.targetType}:${a.targetId}`);
    if (new Set(keys).size !== keys.length)
      throw DomainError.field('allocations', 'bank.allocation.duplicate_target');
    const total = input.allocations.reduce((sum, a) => sum + a.amountCents, 0);
    if (total > open)
      throw DomainError.field('allocations', 'bank.allocation.more_than_open', {
        open: formatMoney(open, request.lang),
      });

    // Every item checked (and locked) before anything moves, so that every wrong line is told at once.
    const issues: FieldIssue[] = [];
    for (const [i, a] of input.allocations.entries()) {
      const item = await lockOpenItem(tx, a.targetType, a.targetId);
      if (!item || item.dueCents === 0)
        issues.push({ field: `allocations.${i}.targetId`, code: 'bank.allocation.not_open' });
      else if (item.entityId !== line.entity_id)
        issues.push({ field: `allocations.${i}.targetId`, code: 'bank.allocation.other_entity' });
      else if (a.amountCents > item.dueCents)
        issues.push({
          field: `allocations.${i}.amountCents`,
          code: 'bank.allocation.more_than_due',
          params: { item: item.label, due: formatMoney(item.dueCents, request.lang) },
        });
    }
    if (issues.length) throw new DomainError('validation', issues);

    const { rows } = await tx.query<{ last: number }>(
      'SELECT COALESCE(max(line_no), 0)::int AS last FROM bank_allocations WHERE transaction_id = $1',
      [line.id],
    );
    let lineNo = rows[0]!.last;
    const allocator: Allocator = { ctx, tx, request };
    let reimbursed = 0;
    for (const a of input.allocations) {
      const allocation = {
        lineNo: ++lineNo,
        amountCents: a.amountCents,
        source: 'suspense' as const,
        reason: input.suggested ? 'suggestion' : 'manual',
        auto: false,
      };
      if (a.targetType === 'invoice')
        reimbursed += (await allocateToInvoice(allocator, line, a.targetId, allocation)).reimbursedCents;
      else await allocateToShareRequest(allocator, line, a.targetId, allocation);
    }
    const left = open - total;
    const status: BankTransactionStatus =
      left === 0 ? 'matched' : line.status === 'ignored' ? 'ignored' : 'partially_matched';
    await tx.query('UPDATE bank_transactions SET open_cents = $2, status = $3 WHERE id = $1', [
      line.id,
      left,
      status,
    ]);
    await audit(tx, request, {
      action: 'bank.transaction_allocated',
      subjectType: 'bank_transaction',
      subjectId: line.id,
      entityId: line.entity_id,
      before: { status: line.status, openCents: open },
      after: { status, openCents: left, allocations: input.allocations, suggested: input.suggested },
    });
    return { reimbursedCents: reimbursed };
  });
}
