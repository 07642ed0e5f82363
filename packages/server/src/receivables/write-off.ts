import { collectionTransition, DomainError, receivedShare, writeOffSplit } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { accountFor, postEntry } from '../ledger/index.ts';
import { activitySaleOf, recordActivitySale } from '../activities/sales.ts';
import { amountDue } from '../invoicing/queries.ts';
import {
  caseForAction,
  endActivePlan,
  invoiceForCollection,
  recordCaseEvent,
  updateCase,
} from './queries.ts';

export interface WriteOffResult {
  writtenOffCents: number;
  vatCents: number;
  advancesCents: number;
  fundCents: number;
  /** What an Activity's budget bore: the credit it had from the invoice and never received. */
  budgetCents: number;
  journalEntryId: string;
}

/**
 * Writes off what remains due on an invoice whose client is insolvent (a reason is required), in one
 * transaction:
 *   credit client receivables, the amount due;
 *   debit VAT payable, its VAT part (recovered: Belgian VAT Code art. 77 §1 7°);
 *   debit guarantee advances, what the salary guarantee fund advanced on the invoice and was not
 *   reimbursed (the advances are marked written off: the fund's reduction is final);
 *   debit the salary guarantee fund, the rest.
 * The worker's salary and contract account are never touched. The invoice keeps its number and document;
 * its `written_off_cents` and status `written_off` say what happened; the case is closed.
 */
export async function writeOff(
  ctx: AppContext,
  request: FastifyRequest,
  invoiceId: string,
  input: { reason: string },
): Promise<WriteOffResult> {
  const reason = input.reason.trim();
  if (reason.length < 3) throw DomainError.field('reason', 'receivables.write_off.reason_required');
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const invoice = await invoiceForCollection(tx, invoiceId);
    const due = amountDue(invoice);
    if (due === 0 || invoice.status === 'credited' || invoice.status === 'written_off')
      throw DomainError.conflict('receivables.invoice.nothing_due');
    const actor = request.user?.id ?? null;
    const kase = await caseForAction(tx, invoice, actor, today);
    const status = collectionTransition(kase.status, 'write_off');

    const { rows: advances } = await tx.query<{ id: string; open: number }>(
      `SELECT id, (amount_cents - reimbursed_cents - written_off_cents)::bigint AS open FROM guarantee_advances
        WHERE invoice_id = $1 AND reimbursed_cents + written_off_cents < amount_cents ORDER BY created_at FOR UPDATE`,
      [invoice.id],
    );
    const split = writeOffSplit({
      amountDueCents: due,
      totalInclVatCents: invoice.total_incl_vat_cents,
      totalVatCents: invoice.total_vat_cents,
      openAdvancesCents: advances.reduce((sum, a) => sum + Number(a.open), 0),
    });
    const receivables = await accountFor(tx, invoice.entity_id, 'client_receivables', {
      type: 'client',
      id: invoice.client_id,
    });
    const postings = [{ accountId: receivables.id, amountCents: -split.receivablesCents }];
    if (split.vatCents !== 0)
      postings.push({
        accountId: (await accountFor(tx, invoice.entity_id, 'vat_payable')).id,
        amountCents: split.vatCents,
      });
    if (split.advancesCents !== 0)
      postings.push({
        accountId: (await accountFor(tx, invoice.entity_id, 'guarantee_advances')).id,
        amountCents: split.advancesCents,
      });
    // An Activity's invoice: the Activity bears what the invoice credited to its budget and never came in
    // (its budget could never spend it); the fund bears the rest (the fee on the unpaid part).
    let budgetCents = 0;
    if (invoice.activity_id) {
      const sale = await activitySaleOf(tx, invoice.id);
      const received = receivedShare({
        creditCents: Math.max(0, sale.creditCents),
        totalInclVatCents: Math.max(
          0,
          invoice.total_incl_vat_cents - invoice.credited_cents - invoice.written_off_cents,
        ),
        paidInclVatCents: invoice.paid_cents,
      });
      budgetCents = Math.min(Math.max(0, sale.creditCents - received), split.fundCents);
      if (budgetCents > 0) {
        const { rows } = await tx.query<{ budget_account_id: string }>(
          'SELECT budget_account_id FROM activities WHERE id = $1',
          [invoice.activity_id],
        );
        postings.push({ accountId: rows[0]!.budget_account_id, amountCents: budgetCents });
      }
    }
    const fundCents = split.fundCents - budgetCents;
    if (fundCents !== 0)
      postings.push({
        accountId: (await accountFor(tx, invoice.entity_id, 'salary_guarantee_fund')).id,
        amountCents: fundCents,
      });
    const { entry } = await postEntry(tx, {
      entityId: invoice.entity_id,
      date: today,
      description: `Write-off of invoice ${invoice.number} – ${invoice.document.client.name}`.slice(0, 500),
      reference: invoice.number,
      idempotencyKey: `invoice-write-off:${invoice.id}`,
      source: 'invoice.write_off',
      createdBy: actor,
      postings,
    });
    if (invoice.activity_id && budgetCents > 0) {
      await recordActivitySale(tx, {
        activityId: invoice.activity_id,
        invoiceId: invoice.id,
        documentId: invoice.id,
        kind: 'write_off',
        date: today,
        amountExclVatCents: -budgetCents,
        feeCents: 0,
        creditCents: -budgetCents,
        journalEntryId: entry.id,
      });
    }
    for (const advance of advances)
      await tx.query(
        'UPDATE guarantee_advances SET written_off_cents = written_off_cents + $2 WHERE id = $1',
        [advance.id, Number(advance.open)],
      );
    await tx.query(
      `UPDATE invoices SET written_off_cents = written_off_cents + $2, status = 'written_off' WHERE id = $1`,
      [invoice.id, due],
    );
    await endActivePlan(tx, invoice.id, 'cancelled', today);
    await updateCase(tx, kase, { status, nextActionOn: null, closedOn: today });
    await recordCaseEvent(tx, kase.id, {
      kind: 'write_off',
      statusAfter: status,
      occurredOn: today,
      by: actor,
      text: reason,
      amountCents: due,
    });
    const result: WriteOffResult = {
      writtenOffCents: due,
      vatCents: split.vatCents,
      advancesCents: split.advancesCents,
      fundCents,
      budgetCents,
      journalEntryId: entry.id,
    };
    await audit(tx, request, {
      action: 'receivables.written_off',
      subjectType: 'invoice',
      subjectId: invoice.id,
      entityId: invoice.entity_id,
      before: { status: invoice.status, caseStatus: kase.status, dueCents: due },
      after: { ...result, reason },
    });
    return result;
  });
}
