import { nextInSequence, nextNumber, type Queryable } from '@partage/db';
import {
  addDays,
  formatStructuredCommunication,
  makeStructuredCommunication,
  type Language,
  type VatTreatment,
} from '@partage/domain';
import { accountFor, postEntry } from '../ledger/index.ts';
import type { EntityRow } from '../membership/queries.ts';
import type { InvoiceDocument, InvoiceLineView } from '../contracts/documents/types.ts';
import { clientParty, entityParty } from './parties.ts';
import type { ClientRow } from '../clients/queries.ts';
import { epcPayloadFor, vatSummaryOf } from './vat-summary.ts';
import { recordDelivery } from './peppol/record-delivery.ts';

export interface InvoiceLineInput extends InvoiceLineView {
  vatTreatment: string;
  vatCents: number;
}

export interface IssueInvoiceInput {
  entity: EntityRow;
  client: ClientRow;
  /** The worker who did the work (named on the invoice); no person for work invoiced by an Activity as a whole. */
  performer: { personId: string | null; name: string; memberNumber: number | null };
  contractId: string | null;
  /** An Activity's invoice: the Activity (its budget is among the credits), its quote and schedule step. */
  activity?: {
    id: string;
    quoteId: string | null;
    scheduleKind: 'deposit' | 'intermediate' | 'final' | null;
  };
  issueDate: string;
  deliveryFrom: string;
  deliveryTo: string;
  lines: InvoiceLineInput[];
  /**
   * Where the amount excluding VAT goes (the fee income, the worker's contract account or an Activity
   * budget): credits that sum to the total excluding VAT. Positive amounts; they are posted as credits.
   */
  credits: Array<{ accountId: string; amountCents: number }>;
  createdBy: string | null;
  /** Unique per invoice: the ledger entry is recorded once for it. */
  idempotencyKey: string;
}

export interface IssuedInvoice {
  id: string;
  number: string;
  document: InvoiceDocument;
  journalEntryId: string;
}

/** `BE-PA-2026-000123` for invoices, `BE-PA-CN-2026-000004` for credit notes. */
export function documentNumber(entityId: string, kind: 'invoice' | 'credit_note', year: number, seq: number) {
  const middle = kind === 'credit_note' ? 'CN-' : '';
  return `${entityId}-${middle}${year}-${String(seq).padStart(6, '0')}`;
}

/**
 * The structured communication of an invoice: the issuing entity's prefix digit, then a counter of its own.
 * Share subscriptions use the prefix of the entity keeping the register; employing entities (which issue
 * invoices) keep no register, so the two series never meet.
 */
async function invoiceReference(tx: Queryable, entity: EntityRow): Promise<string> {
  const sequence = await nextInSequence(tx, 'invoice_reference_seq');
  return makeStructuredCommunication(entity.settings.shareReferencePrefix * 1_000_000_000 + sequence);
}

/**
 * Issues an invoice inside the caller's transaction: gap-free number for the entity and year (assigned
 * now, never changed), structured communication, frozen document, and the ledger entry
 *   debit client receivables (incl. VAT) / credit VAT payable / credit the given accounts (excl. VAT).
 */
export async function issueInvoice(tx: Queryable, input: IssueInvoiceInput): Promise<IssuedInvoice> {
  const { entity, client } = input;
  const language = client.language as Language;
  const totalExcl = input.lines.reduce((sum, line) => sum + line.amountExclVatCents, 0);
  const vat = vatSummaryOf(input.lines, language, input.issueDate);
  const totalVat = vat.totalVatCents;
  const totalIncl = totalExcl + totalVat;
  const credited = input.credits.reduce((sum, c) => sum + c.amountCents, 0);
  if (credited !== totalExcl)
    throw new Error(`invoice credits ${credited} differ from its total ${totalExcl}`);

  // Accounts and the structured communication first: the gap-free invoice number is taken last, so that
  // the other issuers of the entity wait for as short a time as possible.
  const receivables = await accountFor(tx, entity.id, 'client_receivables', {
    type: 'client',
    id: client.id,
  });
  const vatPayable = totalVat > 0 ? await accountFor(tx, entity.id, 'vat_payable') : null;
  const reference = await invoiceReference(tx, entity);
  const year = Number(input.issueDate.slice(0, 4));
  const sequence = await nextNumber(tx, entity.id, 'invoice', String(year));
  const number = documentNumber(entity.id, 'invoice', year, sequence);
  const dueDate = addDays(input.issueDate, client.payment_terms_days);
  const document: InvoiceDocument = {
    kind: 'invoice',
    language,
    number,
    issueDate: input.issueDate,
    dueDate,
    deliveryFrom: input.deliveryFrom,
    deliveryTo: input.deliveryTo,
    seller: entityParty(entity),
    performer: { name: input.performer.name, memberNumber: input.performer.memberNumber },
    client: clientParty(client),
    lines: input.lines.map(({ vatTreatment: _t, vatCents: _v, ...line }) => line),
    vat: vat.groups,
    totalExclVatCents: totalExcl,
    totalVatCents: totalVat,
    totalInclVatCents: totalIncl,
    structuredCommunication: formatStructuredCommunication(reference),
    paymentTermsDays: client.payment_terms_days,
    epcQrPayload: epcPayloadFor(entity, totalIncl, reference),
    credits: null,
    reason: null,
  };

  const { entry } = await postEntry(tx, {
    entityId: entity.id,
    date: input.issueDate,
    description: `Invoice ${number} – ${client.name}`.slice(0, 500),
    reference: number,
    idempotencyKey: input.idempotencyKey,
    source: 'invoice',
    createdBy: input.createdBy,
    postings: [
      { accountId: receivables.id, amountCents: totalIncl },
      ...(vatPayable ? [{ accountId: vatPayable.id, amountCents: -totalVat }] : []),
      ...input.credits
        .filter((c) => c.amountCents !== 0)
        .map((c) => ({ accountId: c.accountId, amountCents: -c.amountCents })),
    ],
  });

  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO invoices (entity_id, kind, number, year, sequence, contract_id, client_id, person_id, language,
       issue_date, due_date, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents, structured_reference,
       document, journal_entry_id, created_by, activity_id, quote_id, schedule_kind)
     VALUES ($1, 'invoice', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
     RETURNING id`,
    [
      entity.id,
      number,
      year,
      sequence,
      input.contractId,
      client.id,
      input.performer.personId,
      language,
      input.issueDate,
      dueDate,
      totalExcl,
      totalVat,
      totalIncl,
      reference,
      JSON.stringify(document),
      entry.id,
      input.createdBy,
      input.activity?.id ?? null,
      input.activity?.quoteId ?? null,
      input.activity?.scheduleKind ?? null,
    ],
  );
  const id = rows[0]!.id;
  await tx.query(
    `INSERT INTO invoice_lines (invoice_id, line_no, description, quantity_centi, unit, unit_price_cents,
       amount_excl_vat_cents, vat_treatment, vat_rate_bp, vat_cents)
     SELECT $1, n, d, q, u, p, a, t, r, v
       FROM unnest($2::int[], $3::text[], $4::int[], $5::text[], $6::bigint[], $7::bigint[], $8::text[], $9::int[], $10::bigint[])
         AS l(n, d, q, u, p, a, t, r, v)`,
    [
      id,
      input.lines.map((_l, i) => i + 1),
      input.lines.map((l) => l.description),
      input.lines.map((l) => l.quantityCenti),
      input.lines.map((l) => l.unit),
      input.lines.map((l) => l.unitPriceCents),
      input.lines.map((l) => l.amountExclVatCents),
      input.lines.map((l) => l.vatTreatment),
      input.lines.map((l) => l.vatRateBp),
      input.lines.map((l) => l.vatCents),
    ],
  );
  // Its electronic invoice (Peppol BIS UBL), checked and frozen, and the channel it goes out on.
  const lines = input.lines.map(({ vatCents: _v, vatTreatment, ...line }, i) => ({
    ...line,
    lineNo: i + 1,
    vatTreatment: vatTreatment as VatTreatment,
  }));
  await recordDelivery(tx, { invoiceId: id, document, client, lines });
  return { id, number, document, journalEntryId: entry.id };
}
