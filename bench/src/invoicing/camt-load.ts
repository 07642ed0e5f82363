import type { Db } from '@partage/db';
import type { RunningServer } from '@partage/server';
import { actingAs, importStatementFile, loadEntity, statementXml, type EntryToWrite } from '@partage/server';
import { seededRandom } from '../lib/random.ts';

/**
 * One camt.053 statement of `count` payments received for the given invoices, shaped like a busy day of the
 * bank: most carry the structured communication (in the structured field or inside the free text), some pay
 * part of the invoice, some carry no reference and a rounded amount and wait for client service. Imported and reconciled
 * in one go, as client service does, then the same file again (which must change nothing).
 */
export async function importStatement(
  db: Db,
  server: RunningServer,
  options: { entityId: string; invoiceIds: string[]; date: string; seed: number },
) {
  const entity = await loadEntity(db, options.entityId);
  const { rows } = await db.query<{ reference: string; total: number; name: string }>(
    `SELECT i.structured_reference AS reference, i.total_incl_vat_cents::bigint AS total, c.name
       FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.id = ANY($1::uuid[]) ORDER BY i.number`,
    [options.invoiceIds],
  );
  const next = seededRandom(options.seed);
  const shape = { structured: 0, inText: 0, partial: 0, noReference: 0 };
  const entries: EntryToWrite[] = rows.map((row, i) => {
    const r = next();
    const base = {
      direction: 'credit' as const,
      name: row.name,
      iban: 'BE68539007547034',
      accountServicerReference: `BENCH-${options.date}-${String(i).padStart(6, '0')}`,
    };
    const amount = Number(row.total);
    if (r < 0.7) {
      shape.structured++;
      return { ...base, amountCents: amount, reference: row.reference };
    }
    if (r < 0.85) {
      shape.inText++;
      const c = row.reference;
      return {
        ...base,
        amountCents: amount,
        text: `Facture +++${c.slice(0, 3)}/${c.slice(3, 7)}/${c.slice(7)}+++`,
      };
    }
    if (r < 0.95) {
      shape.partial++;
      return { ...base, amountCents: Math.max(1, Math.floor(amount / 2)), reference: row.reference };
    }
    // No reference and a rounded amount: nothing to match by itself, a suggestion by name for client service.
    shape.noReference++;
    return { ...base, amountCents: Math.ceil(amount / 100) * 100 + 100, text: `Paiement ${i}` };
  });
  const xml = statementXml(`BENCH-${options.date}`, `${options.date}T18:00:00`, [
    { id: `BENCH-STMT-${options.date}`, iban: entity.iban!, date: options.date, openingCents: 0, entries },
  ]);
  const request = await actingAs(db, { email: 'service@partage.coop' });
  let started = performance.now();
  const summary = await importStatementFile(server.ctx, request, { fileName: 'bench.camt053.xml', xml });
  const importSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const again = await importStatementFile(server.ctx, request, { fileName: 'bench-again.xml', xml });
  const againSeconds = (performance.now() - started) / 1000;
  return {
    transactions: entries.length,
    megabytes: Buffer.byteLength(xml) / 1e6,
    shape,
    importSeconds,
    summary: { matched: summary.matched, toReview: summary.toReview, transactions: summary.transactions },
    secondImport: { alreadyImported: again.alreadyImported, seconds: againSeconds },
  };
}
