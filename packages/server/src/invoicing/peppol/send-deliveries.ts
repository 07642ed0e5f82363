import type { Db, Queryable } from '@partage/db';
import type { FastifyBaseLogger } from 'fastify';
import { PEPPOL_DOCUMENT_TYPES } from '../ubl/build-ubl.ts';
import type { AccessPoint } from './access-point.ts';

/** After this many failed attempts a delivery is `failed`: client service sends the PDF another way. */
export const MAX_PEPPOL_ATTEMPTS = 5;

interface PendingRow {
  id: string;
  ubl_xml: string;
  sender_id: string;
  recipient_id: string;
  kind: 'invoice' | 'credit_note';
}

/**
 * Hands the stored Peppol documents to the access point, oldest first. Any number of server processes may
 * run it: each takes a batch with `FOR UPDATE SKIP LOCKED`, so no document is sent twice. The stored XML is
 * what is sent, never a rebuilt one.
 */
export async function sendStoredDeliveries(
  db: Db,
  accessPoint: AccessPoint,
  limit = 20,
): Promise<{ sent: number; failed: number }> {
  if (!accessPoint.sends) return { sent: 0, failed: 0 };
  return db.transaction(async (tx: Queryable) => {
    const { rows } = await tx.query<PendingRow>(
      `SELECT d.id, d.ubl_xml, d.sender_id, d.recipient_id, i.kind
         FROM invoice_deliveries d JOIN invoices i ON i.id = d.invoice_id
        WHERE d.channel = 'peppol' AND d.status = 'stored' AND d.attempts < $1
        ORDER BY d.created_at LIMIT $2 FOR UPDATE OF d SKIP LOCKED`,
      [MAX_PEPPOL_ATTEMPTS, limit],
    );
    let sent = 0;
    let failed = 0;
    for (const row of rows) {
      try {
        const { messageId } = await accessPoint.send({
          xml: row.ubl_xml,
          senderId: row.sender_id,
          receiverId: row.recipient_id,
          documentType: PEPPOL_DOCUMENT_TYPES[row.kind],
        });
        await tx.query(
          `UPDATE invoice_deliveries SET status = 'sent', sent_at = now(), attempts = attempts + 1,
                  access_point_message_id = $2, last_error = NULL WHERE id = $1`,
          [row.id, messageId],
        );
        sent += 1;
      } catch (error) {
        await tx.query(
          `UPDATE invoice_deliveries SET attempts = attempts + 1, last_error = $2,
                  status = CASE WHEN attempts + 1 >= $3 THEN 'failed' ELSE 'stored' END WHERE id = $1`,
          [row.id, String(error instanceof Error ? error.message : error).slice(0, 500), MAX_PEPPOL_ATTEMPTS],
        );
        failed += 1;
      }
    }
    return { sent, failed };
  });
}

/** The receiving access point confirmed the document (a Peppol message level status, when the provider relays it). */
export async function markDelivered(db: Queryable, accessPointMessageId: string): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE invoice_deliveries SET status = 'delivered' WHERE access_point_message_id = $1 AND status = 'sent'
     RETURNING id`,
    [accessPointMessageId],
  );
  return rows.length > 0;
}

/** Runs the sender every `intervalMs` when a real access point is configured; returns the stop function. */
export function startPeppolSender(
  db: Db,
  accessPoint: AccessPoint,
  log: FastifyBaseLogger,
  intervalMs = 10_000,
): () => void {
  if (!accessPoint.sends) return () => {};
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped) return;
    sendStoredDeliveries(db, accessPoint)
      .then(({ failed }) => {
        if (failed > 0) log.warn({ failed }, 'Peppol documents not accepted by the access point');
      })
      .catch((error) => log.error({ err: error }, 'Peppol sender failed'));
  }, intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
