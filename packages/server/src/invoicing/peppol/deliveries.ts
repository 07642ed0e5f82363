import type { Queryable } from '@partage/db';
import { DomainError, type DeliveryChannel, type DeliveryStatus } from '@partage/domain';

interface DeliveryRow {
  id: string;
  invoice_id: string;
  channel: DeliveryChannel;
  sender_id: string | null;
  recipient_id: string | null;
  recipient_address: string | null;
  status: DeliveryStatus;
  sha256: string;
  attempts: number;
  last_error: string | null;
  access_point_message_id: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/** How the documents of an invoice went out (its own and its credit notes'), oldest first. */
export async function listDeliveries(db: Queryable, invoiceIds: string[]) {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT id, invoice_id, channel, sender_id, recipient_id, recipient_address, status, sha256, attempts,
            last_error, access_point_message_id, created_at, sent_at
       FROM invoice_deliveries WHERE invoice_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [invoiceIds],
  );
  return rows.map((r) => ({
    id: r.id,
    invoiceId: r.invoice_id,
    channel: r.channel,
    senderId: r.sender_id,
    recipientId: r.recipient_id,
    recipientAddress: r.recipient_address,
    status: r.status,
    sha256: r.sha256,
    attempts: r.attempts,
    lastError: r.last_error,
    accessPointMessageId: r.access_point_message_id,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  }));
}

/** The frozen UBL document of an invoice or credit note (the first one stored for it). */
export async function storedUbl(db: Queryable, invoiceId: string): Promise<string> {
  const { rows } = await db.query<{ ubl_xml: string }>(
    'SELECT ubl_xml FROM invoice_deliveries WHERE invoice_id = $1 ORDER BY created_at, id LIMIT 1',
    [invoiceId],
  );
  if (!rows[0]) throw DomainError.notFound('invoice.ubl.missing');
  return rows[0].ubl_xml;
}
