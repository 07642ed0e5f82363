import type { Db } from '@partage/db';
import { buildUbl, ublLinesOf, validateUbl, type UblView } from '@partage/server';

/**
 * The electronic invoices of issued invoices, produced again from their frozen documents: the time to build
 * the UBL of each, then to check each against the EN 16931 and Peppol rules (both run at issue too).
 */
export async function generateUbl(db: Db, ids: string[]) {
  const { rows } = await db.query<{
    id: string;
    document: UblView['document'];
    email: string;
    peppol_id: string;
  }>(
    `SELECT i.id, i.document, c.email, c.peppol_id FROM invoices i JOIN clients c ON c.id = i.client_id
      WHERE i.id = ANY($1::uuid[])`,
    [ids],
  );
  const views: UblView[] = [];
  for (const row of rows)
    views.push({
      document: row.document,
      lines: await ublLinesOf(db, row.id),
      clientEmail: row.email,
      clientPeppolId: row.peppol_id,
    });
  let started = performance.now();
  const xmls = views.map((view) => buildUbl(view));
  const buildSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const violations = xmls.reduce((sum, xml) => sum + validateUbl(xml, { peppolNetwork: true }).length, 0);
  const validateSeconds = (performance.now() - started) / 1000;
  const bytes = xmls.reduce((sum, xml) => sum + Buffer.byteLength(xml), 0);
  return {
    documents: xmls.length,
    buildSeconds,
    validateSeconds,
    violations,
    averageBytes: bytes / xmls.length,
  };
}
