import type { Queryable } from '@partage/db';
import {
  DomainError,
  formatStructuredCommunication,
  type OpenItem,
  type OpenItemType,
  type Suggestion,
} from '@partage/domain';

export type BankTransactionStatus = 'matched' | 'partially_matched' | 'unmatched' | 'ignored';

export interface BankTransactionRow {
  id: string;
  statement_id: string;
  entity_id: string;
  account_iban: string;
  entry_no: number;
  detail_no: number;
  booking_date: string;
  value_date: string | null;
  direction: 'credit' | 'debit';
  amount_cents: number;
  counterparty_name: string | null;
  counterparty_iban_enc: string | null;
  counterparty_iban_last4: string | null;
  remittance_text: string;
  refs: string[];
  end_to_end_id: string | null;
  batch_id: string | null;
  acct_svcr_ref: string | null;
  fingerprint: string;
  status: BankTransactionStatus;
  open_cents: number;
  note: string | null;
  ignored_by: string | null;
  ignored_at: Date | null;
  created_at: Date;
}

export type AllocationTarget = 'invoice' | 'share_request' | 'payment_order' | 'payment_batch' | 'suspense';

export interface BankAllocationRow {
  id: string;
  transaction_id: string;
  entity_id: string;
  line_no: number;
  target_type: AllocationTarget;
  target_id: string | null;
  amount_cents: number;
  source: 'bank' | 'suspense';
  reason: string;
  journal_entry_id: string | null;
  auto: boolean;
  allocated_by: string | null;
  allocated_at: Date;
}

export async function loadTransaction(db: Queryable, id: string, lock = false): Promise<BankTransactionRow> {
  const { rows } = await db.query<BankTransactionRow>(
    `SELECT * FROM bank_transactions WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

/** The entity whose bank account is `iban` (electronic format), with its currency. */
export async function entitiesByIban(
  db: Queryable,
  ibans: string[],
): Promise<Map<string, { id: string; currency: string }>> {
  const { rows } = await db.query<{ id: string; currency: string; iban: string }>(
    `SELECT id, trim(currency) AS currency, upper(replace(iban, ' ', '')) AS iban FROM entities
      WHERE upper(replace(iban, ' ', '')) = ANY($1::text[])`,
    [ibans],
  );
  return new Map(rows.map((r) => [r.iban, { id: r.id, currency: r.currency }]));
}

const OPEN_INVOICES = `
  SELECT 'invoice' AS type, id, entity_id, number, structured_reference AS reference,
         (total_incl_vat_cents - paid_cents - credited_cents - written_off_cents)::bigint AS due_cents,
         document->'client'->>'name' AS name, due_date::text AS due_date
    FROM invoices
   WHERE kind = 'invoice' AND status NOT IN ('paid', 'credited', 'written_off')
     AND total_incl_vat_cents - paid_cents - credited_cents - written_off_cents > 0`;

const OPEN_SHARE_REQUESTS = `
  SELECT 'share_request' AS type, r.id, r.entity_id, NULL AS number, r.structured_reference AS reference,
         (r.amount_cents - r.paid_cents)::bigint AS due_cents,
         COALESCE(p.legal_name, p.first_name || ' ' || p.last_name) AS name, NULL AS due_date
    FROM share_requests r JOIN members m ON m.id = r.member_id JOIN people p ON p.id = m.person_id
   WHERE r.kind IN ('subscription', 'additional') AND r.status IN ('pending', 'approved')
     AND r.amount_cents > r.paid_cents`;

interface OpenItemRow {
  type: OpenItemType;
  id: string;
  entity_id: string;
  number: string | null;
  reference: string | null;
  due_cents: number;
  name: string | null;
  due_date: string | null;
}

function toOpenItem(row: OpenItemRow): OpenItem {
  return {
    type: row.type,
    id: row.id,
    number: row.number,
    reference: row.reference,
    dueCents: Number(row.due_cents),
    name: row.name ?? '',
    entityId: row.entity_id,
    dueDate: row.due_date,
  };
}

/** What the entity is still owed: open invoices and unpaid share subscriptions. */
export async function openItemsOf(db: Queryable, entityId: string): Promise<OpenItem[]> {
  const { rows } = await db.query<OpenItemRow>(
    `${OPEN_INVOICES} AND entity_id = $1 UNION ALL ${OPEN_SHARE_REQUESTS} AND r.entity_id = $1`,
    [entityId],
  );
  return rows.map(toOpenItem);
}

/** One item, locked, with what it still owes now (0 when it no longer waits for a payment). */
export async function lockOpenItem(
  tx: Queryable,
  type: OpenItemType,
  id: string,
): Promise<{ entityId: string; dueCents: number; label: string } | null> {
  if (type === 'invoice') {
    const { rows } = await tx.query<{
      entity_id: string;
      due: number;
      number: string;
      status: string;
      kind: string;
    }>(
      `SELECT entity_id, number, status, kind,
              GREATEST(0, total_incl_vat_cents - paid_cents - credited_cents - written_off_cents)::bigint AS due
         FROM invoices WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    const open = row.kind === 'invoice' && !['credited', 'written_off'].includes(row.status);
    return { entityId: row.entity_id, dueCents: open ? Number(row.due) : 0, label: row.number };
  }
  const { rows } = await tx.query<{
    entity_id: string;
    due: number;
    kind: string;
    status: string;
    reference: string | null;
  }>(
    `SELECT entity_id, kind, status, structured_reference AS reference, (amount_cents - paid_cents)::bigint AS due
       FROM share_requests WHERE id = $1 FOR UPDATE`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const open =
    ['subscription', 'additional'].includes(row.kind) && ['pending', 'approved'].includes(row.status);
  return {
    entityId: row.entity_id,
    dueCents: open ? Math.max(0, Number(row.due)) : 0,
    label: row.reference ? formatStructuredCommunication(row.reference) : row.kind,
  };
}

/** What staff read about an item suggested or allocated. */
export interface ItemView {
  type: OpenItemType;
  id: string;
  number: string | null;
  communication: string | null;
  name: string;
  dueCents: number;
  totalCents: number;
  dueDate: string | null;
}

export async function itemViews(db: Queryable, keys: Array<{ type: OpenItemType; id: string }>) {
  const invoiceIds = [...new Set(keys.filter((k) => k.type === 'invoice').map((k) => k.id))];
  const requestIds = [...new Set(keys.filter((k) => k.type === 'share_request').map((k) => k.id))];
  const views = new Map<string, ItemView>();
  if (invoiceIds.length) {
    const { rows } = await db.query<{
      id: string;
      number: string;
      reference: string | null;
      name: string;
      due: number;
      total: number;
      due_date: string | null;
    }>(
      `SELECT id, number, structured_reference AS reference, document->'client'->>'name' AS name,
              GREATEST(0, total_incl_vat_cents - paid_cents - credited_cents - written_off_cents)::bigint AS due,
              total_incl_vat_cents AS total, due_date::text AS due_date
         FROM invoices WHERE id = ANY($1::uuid[])`,
      [invoiceIds],
    );
    for (const r of rows)
      views.set(`invoice:${r.id}`, {
        type: 'invoice',
        id: r.id,
        number: r.number,
        communication: r.reference ? formatStructuredCommunication(r.reference) : null,
        name: r.name,
        dueCents: Number(r.due),
        totalCents: Number(r.total),
        dueDate: r.due_date,
      });
  }
  if (requestIds.length) {
    const { rows } = await db.query<{
      id: string;
      reference: string | null;
      name: string;
      due: number;
      total: number;
    }>(
      `SELECT r.id, r.structured_reference AS reference, COALESCE(p.legal_name, p.first_name || ' ' || p.last_name) AS name,
              GREATEST(0, r.amount_cents - r.paid_cents)::bigint AS due, r.amount_cents AS total
         FROM share_requests r JOIN members m ON m.id = r.member_id JOIN people p ON p.id = m.person_id
        WHERE r.id = ANY($1::uuid[])`,
      [requestIds],
    );
    for (const r of rows)
      views.set(`share_request:${r.id}`, {
        type: 'share_request',
        id: r.id,
        number: null,
        communication: r.reference ? formatStructuredCommunication(r.reference) : null,
        name: r.name,
        dueCents: Number(r.due),
        totalCents: Number(r.total),
        dueDate: null,
      });
  }
  return views;
}

export function presentAllocation(row: BankAllocationRow, item: ItemView | undefined) {
  return {
    id: row.id,
    lineNo: row.line_no,
    targetType: row.target_type,
    targetId: row.target_id,
    amountCents: Number(row.amount_cents),
    source: row.source,
    reason: row.reason,
    auto: row.auto,
    journalEntryId: row.journal_entry_id,
    allocatedAt: row.allocated_at,
    item: item ?? null,
  };
}

export function presentTransaction(
  row: BankTransactionRow,
  allocations: ReturnType<typeof presentAllocation>[],
  suggestions: Array<Suggestion & { item: ItemView }>,
) {
  return {
    id: row.id,
    entityId: row.entity_id,
    accountIban: row.account_iban,
    bookingDate: row.booking_date,
    valueDate: row.value_date,
    direction: row.direction,
    amountCents: Number(row.amount_cents),
    openCents: Number(row.open_cents),
    status: row.status,
    counterpartyName: row.counterparty_name,
    counterpartyIbanLast4: row.counterparty_iban_last4,
    remittanceText: row.remittance_text,
    references: row.refs.map((r) => (/^\d{12}$/.test(r) ? formatStructuredCommunication(r) : r)),
    endToEndId: row.end_to_end_id,
    batchId: row.batch_id,
    accountServicerReference: row.acct_svcr_ref,
    note: row.note,
    ignoredAt: row.ignored_at,
    allocations,
    suggestions,
  };
}
