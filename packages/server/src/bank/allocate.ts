import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@partage/db';
import type { AppContext } from '../context.ts';
import { accountFor, postEntry, type LedgerAccount } from '../ledger/index.ts';
import { recordInvoicePayment } from '../invoicing/record-payment.ts';
import { recordSharePaymentIn } from '../membership/record-payment.ts';
import type { AllocationTarget, BankTransactionRow } from './queries.ts';

/**
 * The ledger side of reconciling one bank line, shared by the import and by client service's manual
 * matching. Each allocation is one row of `bank_allocations` and one journal entry:
 *   payment received for an invoice: bank (or suspense) / client receivables, via `recordInvoicePayment`
 *     (which also gives back to the salary guarantee fund what it advanced);
 *   payment received for shares: bank (or suspense) / share capital, and the subscription's payment;
 *   nobody knows what it is for yet: bank / suspense (received) or suspense / bank (paid out).
 * The bank reference of a payment is the line's fingerprint and the allocation's number: importing the
 * same line again can never record it twice.
 */
export interface Allocator {
  ctx: AppContext;
  tx: Queryable;
  /** Who allocates: the staff member importing or matching (audit trails, e-mails in their name). */
  request: FastifyRequest;
  /** The entity accounts used, kept for the length of the transaction (an import posts thousands of lines). */
  accounts?: Map<string, LedgerAccount>;
}

async function account(a: Allocator, entityId: string, kind: 'bank' | 'suspense' | 'share_capital') {
  const key = `${entityId}:${kind}`;
  let found = a.accounts?.get(key);
  if (!found) {
    found = await accountFor(a.tx, entityId, kind);
    a.accounts?.set(key, found);
  }
  return found;
}

type Line = Pick<BankTransactionRow, 'id' | 'entity_id' | 'fingerprint' | 'booking_date' | 'direction'>;

export interface AllocationInput {
  lineNo: number;
  amountCents: number;
  /** Where the money is: just arrived on the bank (import), or waiting in suspense (manual match). */
  source: 'bank' | 'suspense';
  reason: string;
  auto: boolean;
}

export function bankReferenceOf(line: Pick<Line, 'fingerprint'>, lineNo: number): string {
  return `bank:${line.fingerprint}:${lineNo}`;
}

async function insertAllocation(
  a: Allocator,
  line: Line,
  target: { type: AllocationTarget; id: string | null },
  input: AllocationInput,
  journalEntryId: string | null,
): Promise<string> {
  const { rows } = await a.tx.query<{ id: string }>(
    `INSERT INTO bank_allocations (transaction_id, entity_id, line_no, target_type, target_id, amount_cents, source,
        reason, journal_entry_id, auto, allocated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      line.id,
      line.entity_id,
      input.lineNo,
      target.type,
      target.id,
      input.amountCents,
      input.source,
      input.reason,
      journalEntryId,
      input.auto,
      a.request.user?.id ?? null,
    ],
  );
  return rows[0]!.id;
}

/** A client's payment of an invoice. Returns what went back to the salary guarantee fund. */
export async function allocateToInvoice(
  a: Allocator,
  line: Line,
  invoiceId: string,
  input: AllocationInput,
): Promise<{ reimbursedCents: number; journalEntryId: string }> {
  const recorded = await recordInvoicePayment(
    a.tx,
    {
      invoiceId,
      amountCents: input.amountCents,
      paidOn: line.booking_date,
      bankReference: bankReferenceOf(line, input.lineNo),
      debit: input.source,
    },
    a.request.user?.id ?? null,
  );
  await insertAllocation(a, line, { type: 'invoice', id: invoiceId }, input, recorded.journalEntryId);
  return { reimbursedCents: recorded.reimbursedCents, journalEntryId: recorded.journalEntryId };
}

/** A member's payment for shares: the subscription's payment (shares issued when complete) and the ledger. */
export async function allocateToShareRequest(
  a: Allocator,
  line: Line,
  requestId: string,
  input: AllocationInput,
): Promise<{ journalEntryId: string }> {
  const bankReference = bankReferenceOf(line, input.lineNo);
  await recordSharePaymentIn(a.ctx, a.tx, a.request, requestId, {
    amountCents: input.amountCents,
    paidOn: line.booking_date,
    bankReference,
    source: 'bank',
  });
  const [debited, capital] = [
    await account(a, line.entity_id, input.source),
    await account(a, line.entity_id, 'share_capital'),
  ];
  const { entry } = await postEntry(a.tx, {
    entityId: line.entity_id,
    date: line.booking_date,
    description:
      input.source === 'suspense'
        ? 'Payment for shares, allocated from suspense'
        : 'Payment for shares received by transfer',
    reference: bankReference,
    idempotencyKey: `share-payment:${bankReference}`,
    source: 'shares.payment',
    createdBy: a.request.user?.id ?? null,
    postings: [
      { accountId: debited.id, amountCents: input.amountCents },
      { accountId: capital.id, amountCents: -input.amountCents },
    ],
  });
  await insertAllocation(a, line, { type: 'share_request', id: requestId }, input, entry.id);
  return { journalEntryId: entry.id };
}

/**
 * Money nobody can allocate yet: received → bank / suspense; paid out → suspense / bank. It waits there
 * for client service (the line's `open_cents`).
 */
export async function allocateToSuspense(
  a: Allocator,
  line: Line,
  input: Omit<AllocationInput, 'source' | 'auto'>,
): Promise<{ journalEntryId: string }> {
  const [bank, suspense] = [
    await account(a, line.entity_id, 'bank'),
    await account(a, line.entity_id, 'suspense'),
  ];
  const sign = line.direction === 'credit' ? 1 : -1;
  const reference = bankReferenceOf(line, input.lineNo);
  const { entry } = await postEntry(a.tx, {
    entityId: line.entity_id,
    date: line.booking_date,
    description:
      line.direction === 'credit'
        ? 'Bank receipt waiting to be allocated'
        : 'Bank payment waiting to be explained',
    reference,
    idempotencyKey: `bank-suspense:${reference}`,
    source: 'bank.suspense',
    createdBy: a.request.user?.id ?? null,
    postings: [
      { accountId: bank.id, amountCents: sign * input.amountCents },
      { accountId: suspense.id, amountCents: -sign * input.amountCents },
    ],
  });
  await insertAllocation(
    a,
    line,
    { type: 'suspense', id: null },
    { ...input, source: 'bank', auto: true },
    entry.id,
  );
  return { journalEntryId: entry.id };
}

/** A payment order or a payment file that the SEPA feature confirmed (it posted payable / bank itself). */
export async function recordConfirmation(
  a: Allocator,
  line: Line,
  target: { type: 'payment_order' | 'payment_batch'; id: string },
  input: Omit<AllocationInput, 'source' | 'auto'>,
  journalEntryId: string | null,
): Promise<void> {
  await insertAllocation(a, line, target, { ...input, source: 'bank', auto: true }, journalEntryId);
}
