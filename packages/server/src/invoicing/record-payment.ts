import type { Queryable } from '@partage/db';
import { DomainError } from '@partage/domain';
import { accountFor, postEntry } from '../ledger/index.ts';
import { amountDue, loadInvoice, type InvoiceRow } from './queries.ts';

export interface InvoicePaymentInput {
  invoiceId: string;
  amountCents: number;
  paidOn: string;
  /** The bank's reference of the transfer: the same transfer is never recorded twice. */
  bankReference: string;
  /**
   * Where the money is: `bank` (a transfer recorded or imported now, the default), or `suspense` (money
   * booked earlier by a bank statement import while nobody knew what it was for, allocated now).
   */
  debit?: 'bank' | 'suspense';
}

export interface RecordedInvoicePayment {
  paymentId: string;
  journalEntryId: string;
  invoice: InvoiceRow;
  reimbursedCents: number;
}

/**
 * Records a client's payment on an invoice, inside the caller's transaction:
 *   bank (or suspense, for money already booked there by a statement import) / client receivables, for the
 *   amount received;
 *   when the salary guarantee fund had advanced the salary of the invoice's contract, the payment gives
 *   it back first: guarantee advances / salary guarantee fund, up to what is still outstanding.
 * A payment larger than what remains due is refused (overpayments are handled by the bank import).
 */
export async function recordInvoicePayment(
  tx: Queryable,
  input: InvoicePaymentInput,
  actorId: string | null,
): Promise<RecordedInvoicePayment> {
  const invoice = await loadInvoice(tx, input.invoiceId, true);
  if (invoice.kind !== 'invoice') throw DomainError.conflict('invoice.not_an_invoice');
  if (invoice.status === 'credited') throw DomainError.conflict('invoice.credited');
  const { rows: seen } = await tx.query('SELECT 1 FROM invoice_payments WHERE bank_reference = $1', [
    input.bankReference,
  ]);
  if (seen.length > 0) throw DomainError.field('bankReference', 'invoice.payment.duplicate');
  const due = amountDue(invoice);
  if (input.amountCents > due) {
    throw DomainError.field('amountCents', 'invoice.payment.too_much', { due: (due / 100).toFixed(2) });
  }
  const fromSuspense = input.debit === 'suspense';
  const [debited, receivables] = [
    await accountFor(tx, invoice.entity_id, fromSuspense ? 'suspense' : 'bank'),
    await accountFor(tx, invoice.entity_id, 'client_receivables', { type: 'client', id: invoice.client_id }),
  ];
  const { entry } = await postEntry(tx, {
    entityId: invoice.entity_id,
    date: input.paidOn,
    description: fromSuspense
      ? `Payment of invoice ${invoice.number}, allocated from suspense`
      : `Payment of invoice ${invoice.number}`,
    reference: input.bankReference,
    idempotencyKey: `invoice-payment:${input.bankReference}`,
    source: 'invoice.payment',
    createdBy: actorId,
    postings: [
      { accountId: debited.id, amountCents: input.amountCents },
      { accountId: receivables.id, amountCents: -input.amountCents },
    ],
  });
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO invoice_payments (invoice_id, amount_cents, paid_on, bank_reference, journal_entry_id, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [invoice.id, input.amountCents, input.paidOn, input.bankReference, entry.id, actorId],
  );
  const paymentId = rows[0]!.id;
  const paid = invoice.paid_cents + input.amountCents;
  const status = amountDue({ ...invoice, paid_cents: paid }) === 0 ? 'paid' : 'partially_paid';
  await tx.query('UPDATE invoices SET paid_cents = $2, status = $3 WHERE id = $1', [
    invoice.id,
    paid,
    status,
  ]);

  // Give back to the guarantee fund what it advanced for this invoice.
  let reimbursed = 0;
  const { rows: advances } = await tx.query<{ id: string; open: number }>(
    `SELECT id, (amount_cents - reimbursed_cents - written_off_cents)::bigint AS open FROM guarantee_advances
      WHERE invoice_id = $1 AND reimbursed_cents + written_off_cents < amount_cents FOR UPDATE`,
    [invoice.id],
  );
  for (const advance of advances) {
    const amount = Math.min(Number(advance.open), input.amountCents - reimbursed);
    if (amount <= 0) break;
    const [fund, advanceAccount] = [
      await accountFor(tx, invoice.entity_id, 'salary_guarantee_fund'),
      await accountFor(tx, invoice.entity_id, 'guarantee_advances'),
    ];
    await postEntry(tx, {
      entityId: invoice.entity_id,
      date: input.paidOn,
      description: `Guarantee fund reimbursed by the payment of invoice ${invoice.number}`,
      reference: input.bankReference,
      idempotencyKey: `guarantee-reimbursement:${input.bankReference}:${advance.id}`,
      source: 'guarantee.reimbursement',
      createdBy: actorId,
      postings: [
        { accountId: advanceAccount.id, amountCents: amount },
        { accountId: fund.id, amountCents: -amount },
      ],
    });
    await tx.query('UPDATE guarantee_advances SET reimbursed_cents = reimbursed_cents + $2 WHERE id = $1', [
      advance.id,
      amount,
    ]);
    reimbursed += amount;
  }
  return {
    paymentId,
    journalEntryId: entry.id,
    invoice: { ...invoice, paid_cents: paid, status },
    reimbursedCents: reimbursed,
  };
}
