import { DomainError, transition, type Translated } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { issueCreditNote } from '../invoicing/issue-credit-note.ts';
import { invoiceOfContract } from '../invoicing/queries.ts';
import { loadClient } from '../clients/queries.ts';
import { loadContract, recordEvent } from './queries.ts';
import { loadWorker } from './worker.ts';
import { cancelActivitySalary } from '../activities/salaries.ts';

/**
 * Cancels a contract: by its worker before the first day of work, or by staff afterwards as a correction
 * with a reason (the work did not take place). In one transaction: the contract, its days and insurance
 * cover, its employment declaration and posting form are cancelled, and its invoice is cancelled by a
 * credit note (which reverses the invoice's ledger entry); a salary paid from an Activity goes back to
 * its budget. A paid contract is not cancelled here.
 */
export async function cancelContract(
  ctx: AppContext,
  request: FastifyRequest,
  contractId: string,
  options: { actor: 'worker' | 'staff'; reason: string | null; today: string },
): Promise<{ creditNoteId: string | null; creditNoteNumber: string | null }> {
  return ctx.db.transaction(async (tx) => {
    const contract = await loadContract(tx, contractId, true);
    const action = options.actor === 'staff' && options.today >= contract.first_day ? 'correct' : 'cancel';
    const next = transition(contract.status, action, {
      today: options.today,
      firstDay: contract.first_day,
      actor: options.actor,
      ...(options.reason ? { reason: options.reason } : {}),
    });
    await tx.query(`UPDATE contracts SET status = $2 WHERE id = $1`, [contractId, next]);
    await tx.query('UPDATE contract_days SET cancelled = true WHERE contract_id = $1', [contractId]);
    await tx.query('UPDATE insurance_cover SET cancelled = true WHERE contract_id = $1', [contractId]);
    await tx.query(
      `UPDATE employment_declarations SET status = 'cancelled', cancelled_at = now() WHERE contract_id = $1`,
      [contractId],
    );
    await tx.query(
      `UPDATE posting_forms SET status = 'cancelled' WHERE contract_id = $1 AND status <> 'issued'`,
      [contractId],
    );
    const actorId = request.user?.id ?? null;
    const record = async (after: Record<string, unknown>) => {
      await recordEvent(tx, contractId, action, next, actorId, options.reason);
      await audit(tx, request, {
        action: `contract.${action}`,
        subjectType: 'contract',
        subjectId: contractId,
        entityId: contract.entity_id,
        before: { status: contract.status },
        after: { status: next, ...after },
      });
    };
    if (contract.activity_id) {
      // A salary paid from an Activity's budget: its employer cost goes back to the budget.
      await cancelActivitySalary(tx, contract.id, contract.activity_id, options.today, actorId);
      await record({ reason: options.reason });
      return { creditNoteId: null, creditNoteNumber: null };
    }
    const invoice = await invoiceOfContract(tx, contractId);
    if (invoice.paid_cents > 0) throw DomainError.conflict('contract.cancel.invoice_paid');
    const client = await loadClient(tx, contract.client_id!);
    const reason = options.reason ?? CANCELLED_BY_WORKER[client.language];
    const credit = await issueCreditNote(tx, {
      invoiceId: invoice.id,
      date: options.today,
      reason,
      createdBy: actorId,
    });
    await record({ creditNote: credit.number, reason });
    const worker = await loadWorker(tx, contract.person_id);
    await queueEmail(
      tx,
      {
        entityId: contract.entity_id,
        to: worker.email,
        language: worker.language,
        template: 'contract_cancelled',
        params: { name: worker.first_name, reference: contract.reference, client: client.name },
      },
      ctx.delivery,
    );
    await queueEmail(
      tx,
      {
        entityId: contract.entity_id,
        to: client.email,
        language: client.language,
        template: 'credit_note_issued',
        params: { client: client.name, number: credit.number, invoice: invoice.number },
      },
      ctx.delivery,
    );
    return { creditNoteId: credit.id, creditNoteNumber: credit.number };
  });
}

const CANCELLED_BY_WORKER: Translated = {
  fr: 'Prestation annulée avant le premier jour de travail',
  nl: 'Prestatie geannuleerd vóór de eerste werkdag',
  en: 'Prestation cancelled before the first day of work',
  de: 'Leistung vor dem ersten Arbeitstag storniert',
};
