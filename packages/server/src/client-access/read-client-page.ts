import type { Queryable } from '@partage/db';
import { DomainError, epcQrPayload, type Language } from '@partage/domain';
import { amountDue, type InvoiceRow } from '../invoicing/queries.ts';
import type { EntityParty } from '../contracts/documents/types.ts';

/** How far back the page shows settled invoices and credit notes; open invoices show whatever their age. */
export const HISTORY_MONTHS = 24;
/** At most this many documents of each sort (open, settled) on one page. */
export const PAGE_LIMIT = 500;

const OPEN = ['issued', 'partially_paid'];

/** The payment instructions of an open invoice: what the client types in its bank, or scans. */
export interface PaymentDetails {
  beneficiary: string;
  iban: string;
  bic: string | null;
  communication: string;
  amountCents: number;
  /** EPC QR payload for the amount still due (EPC069-12), null when it cannot be built. */
  epcQrPayload: string | null;
}

export function paymentDetails(row: InvoiceRow): PaymentDetails | null {
  const due = amountDue(row);
  const seller = row.document.seller;
  if (row.kind !== 'invoice' || !OPEN.includes(row.status) || due <= 0 || !seller.iban) return null;
  let payload: string | null = null;
  try {
    payload = epcQrPayload({
      name: seller.name.slice(0, 70),
      iban: seller.iban,
      ...(seller.bic ? { bic: seller.bic } : {}),
      amountCents: due,
      currency: 'EUR',
      structuredReference: row.document.structuredCommunication,
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
  return {
    beneficiary: seller.name,
    iban: seller.iban,
    bic: seller.bic,
    communication: row.document.structuredCommunication,
    amountCents: due,
    epcQrPayload: payload,
  };
}

/** The seller as the client sees it at the top of its page (from the latest document it issued). */
function presentSeller(seller: EntityParty) {
  return {
    id: seller.id,
    name: seller.name,
    legalForm: seller.legalForm,
    address: seller.address,
    enterpriseNumber: seller.enterpriseNumber,
    vatNumber: seller.vatNumber,
    iban: seller.iban,
    bic: seller.bic,
    email: seller.email ?? null,
    website: seller.website ?? null,
  };
}

function presentDocument(row: InvoiceRow, today: string, hasUbl: boolean) {
  const doc = row.document;
  const due = row.kind === 'invoice' ? amountDue(row) : 0;
  const open = row.kind === 'invoice' && OPEN.includes(row.status) && due > 0;
  const overdue = open && row.due_date !== null && row.due_date < today;
  const payment = paymentDetails(row);
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    entityId: row.entity_id,
    seller: doc.seller.name,
    language: row.language,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    deliveryFrom: doc.deliveryFrom,
    deliveryTo: doc.deliveryTo,
    performer: doc.performer.name,
    description: doc.lines[0]?.description ?? null,
    totalExclVatCents: row.total_excl_vat_cents,
    totalVatCents: row.total_vat_cents,
    totalInclVatCents: row.total_incl_vat_cents,
    paidCents: row.paid_cents,
    creditedCents: row.credited_cents,
    dueCents: due,
    status: row.status,
    open,
    overdue,
    credits: doc.credits?.number ?? null,
    payment: payment && {
      beneficiary: payment.beneficiary,
      iban: payment.iban,
      bic: payment.bic,
      communication: payment.communication,
      amountCents: payment.amountCents,
      qr: payment.epcQrPayload !== null,
    },
    ubl: hasUbl,
  };
}

export type ClientPageDocument = ReturnType<typeof presentDocument>;

/**
 * What the client sees on its page: its name and language, who invoices it, what it owes (and what is
 * overdue), its open invoices with their payment details, its settled invoices and credit notes of the
 * last 24 months, and the requests it sent. Only this client's documents, whatever is asked.
 */
export async function readClientPage(db: Queryable, clientId: string, today: string) {
  const { rows: clients } = await db.query<{
    name: string;
    language: Language;
    kind: string;
    email: string;
  }>('SELECT name, language, kind, email FROM clients WHERE id = $1', [clientId]);
  const client = clients[0];
  if (!client) throw DomainError.notFound();

  const { rows: open } = await db.query<InvoiceRow>(
    `SELECT * FROM invoices
      WHERE client_id = $1 AND kind = 'invoice' AND status = ANY($2::text[])
        AND total_incl_vat_cents > paid_cents + credited_cents + written_off_cents
      ORDER BY due_date NULLS LAST, number LIMIT $3`,
    [clientId, OPEN, PAGE_LIMIT],
  );
  const { rows: settled } = await db.query<InvoiceRow>(
    `SELECT * FROM invoices
      WHERE client_id = $1 AND issue_date >= ($2::date - make_interval(months => $3))::date
        AND NOT (kind = 'invoice' AND status = ANY($4::text[])
                 AND total_incl_vat_cents > paid_cents + credited_cents + written_off_cents)
      ORDER BY issue_date DESC, number DESC LIMIT $5`,
    [clientId, today, HISTORY_MONTHS, OPEN, PAGE_LIMIT],
  );
  const ids = [...open, ...settled].map((r) => r.id);
  const withUbl = await invoicesWithUbl(db, ids);

  const documents = [...open, ...settled].map((row) => presentDocument(row, today, withUbl.has(row.id)));
  const openDocs = documents.filter((d) => d.open);
  const sellers = new Map<string, ReturnType<typeof presentSeller>>();
  for (const row of [...open, ...settled].sort((a, b) => (a.issue_date < b.issue_date ? 1 : -1)))
    if (!sellers.has(row.entity_id)) sellers.set(row.entity_id, presentSeller(row.document.seller));

  const { rows: requests } = await db.query<{
    id: string;
    kind: string;
    number: string | null;
    status: string;
    resolution: string | null;
    created_at: Date;
    closed_at: Date | null;
  }>(
    `SELECT r.id, r.kind, i.number, r.status, r.resolution, r.created_at, r.closed_at
       FROM client_requests r LEFT JOIN invoices i ON i.id = r.invoice_id
      WHERE r.client_id = $1 AND r.created_at >= now() - make_interval(months => $2)
      ORDER BY r.created_at DESC LIMIT 50`,
    [clientId, HISTORY_MONTHS],
  );

  return {
    client: { name: client.name, language: client.language, kind: client.kind, email: client.email },
    today,
    historyMonths: HISTORY_MONTHS,
    sellers: [...sellers.values()],
    totals: {
      dueCents: openDocs.reduce((sum, d) => sum + d.dueCents, 0),
      overdueCents: openDocs.filter((d) => d.overdue).reduce((sum, d) => sum + d.dueCents, 0),
      openCount: openDocs.length,
      overdueCount: openDocs.filter((d) => d.overdue).length,
    },
    documents,
    truncated: open.length === PAGE_LIMIT || settled.length === PAGE_LIMIT,
    requests: requests.map((r) => ({
      id: r.id,
      kind: r.kind,
      invoiceNumber: r.number,
      status: r.status,
      resolution: r.resolution,
      createdAt: r.created_at.toISOString(),
      closedAt: r.closed_at?.toISOString() ?? null,
    })),
  };
}

/** One of this client's invoices or credit notes, or a 404 (another client's id answers the same). */
export async function documentOfClient(db: Queryable, clientId: string, invoiceId: string) {
  const { rows } = await db.query<InvoiceRow>('SELECT * FROM invoices WHERE id = $1 AND client_id = $2', [
    invoiceId,
    clientId,
  ]);
  return rows[0] ?? null;
}

/** The invoices among `ids` whose UBL (Peppol BIS) XML is stored. */
export async function invoicesWithUbl(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await db.query<{ invoice_id: string }>(
    'SELECT DISTINCT invoice_id FROM invoice_deliveries WHERE invoice_id = ANY($1::uuid[])',
    [ids],
  );
  return new Set(rows.map((r) => r.invoice_id));
}

/** The latest stored UBL XML of an invoice, or null. */
export async function latestUbl(db: Queryable, invoiceId: string): Promise<string | null> {
  const { rows } = await db.query<{ ubl_xml: string }>(
    'SELECT ubl_xml FROM invoice_deliveries WHERE invoice_id = $1 ORDER BY created_at DESC LIMIT 1',
    [invoiceId],
  );
  return rows[0]?.ubl_xml ?? null;
}
