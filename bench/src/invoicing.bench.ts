/**
 * Invoicing at the cooperative's volume (170,000 invoices a year, DOMAIN.md §4), on the demo cooperative:
 * 1. 10,000 invoices issued by 20 concurrent writers on one entity, each with its ledger entry and its
 *    Peppol UBL built, checked and stored (gap-free numbers checked: no gap, no duplicate), against plain
 *    INSERT transactions on the same database in the same run;
 * 2. the UBL of those 10,000 invoices built again from their frozen documents, then checked;
 * 3. a camt.053 statement of 10,000 payments for them imported and reconciled, then imported again.
 */
import { generateClients } from './contracts/generate.ts';
import { checkInvoiceNumbers, checkLedger } from './contracts/checks.ts';
import { issueInvoices } from './invoicing/issue-load.ts';
import { plainInsertRate } from './lib/parallel.ts';
import { round } from './lib/latency.ts';
import type { Benchmark } from './lib/types.ts';
import { generateUbl } from './invoicing/ubl-load.ts';
import { importStatement } from './invoicing/camt-load.ts';
import { startBenchServer } from './lib/server.ts';

const ENTITY = 'BE-PA';
const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const benchmark: Benchmark = {
  name: 'invoicing',
  description:
    'Invoices issued per second by 20 concurrent writers (gap-free numbers checked), UBL for 10,000 invoices, a CAMT.053 file of 10,000 payments reconciled',
  async run({ database, log }) {
    const { db } = database;
    const settings = {
      invoices: env('BENCH_INVOICES', 10_000),
      writers: env('BENCH_WRITERS', 20),
      clients: 2_000,
      issueDate: '2026-06-15',
      seed: 170,
    };
    const server = await startBenchServer(db);
    await db.transaction((tx) => generateClients(tx, settings.clients, settings.seed, null));
    log(`${settings.clients} clients`);

    const plainPerSecond = await plainInsertRate(db, 5_000, settings.writers);
    log(`plain single-row INSERT transactions: ${plainPerSecond.toFixed(0)}/s`);

    const issued = await issueInvoices(db, {
      entityId: ENTITY,
      count: settings.invoices,
      writers: settings.writers,
      date: settings.issueDate,
      seed: settings.seed,
    });
    const invoicesPerSecond = settings.invoices / issued.seconds;
    log(`${settings.invoices} invoices in ${issued.seconds.toFixed(1)} s: ${invoicesPerSecond.toFixed(1)}/s`);
    const numbering = await checkInvoiceNumbers(db, ENTITY);
    log(`numbers: ${numbering.gaps} gaps, ${numbering.duplicates} duplicates`);

    const ubl = await generateUbl(db, issued.ids);
    log(
      `UBL: ${ubl.documents} built in ${ubl.buildSeconds.toFixed(2)} s, checked in ${ubl.validateSeconds.toFixed(2)} s, ${ubl.violations} violations`,
    );

    const camt = await importStatement(db, server, {
      entityId: ENTITY,
      invoiceIds: issued.ids,
      date: settings.issueDate,
      seed: settings.seed,
    });
    log(
      `CAMT.053: ${camt.transactions} payments reconciled in ${camt.importSeconds.toFixed(1)} s (${camt.summary.matched} matched, ${camt.summary.toReview} to review); again: ${camt.secondImport.seconds.toFixed(2)} s`,
    );
    const ledger = await checkLedger(db, ENTITY);
    log(`ledger problems ${JSON.stringify(ledger.problems)}`);
    await server.close();

    return {
      volumes: {
        clients: settings.clients,
        invoices: settings.invoices,
        ublDocuments: ubl.documents,
        camtTransactions: camt.transactions,
        journalEntries: ledger.entries,
      },
      settings,
      figures: {
        issue: {
          seconds: round(issued.seconds, 2),
          invoicesPerSecond: round(invoicesPerSecond, 1),
          plainInsertTransactionsPerSecond: Math.round(plainPerSecond),
          ratio: round(invoicesPerSecond / plainPerSecond, 4),
        },
        numbering,
        ubl: {
          buildSeconds: round(ubl.buildSeconds, 3),
          documentsBuiltPerSecond: Math.round(ubl.documents / ubl.buildSeconds),
          validateSeconds: round(ubl.validateSeconds, 3),
          documentsCheckedPerSecond: Math.round(ubl.documents / ubl.validateSeconds),
          violations: ubl.violations,
          averageBytes: Math.round(ubl.averageBytes),
        },
        camt: {
          fileMegabytes: round(camt.megabytes, 2),
          shape: camt.shape,
          importSeconds: round(camt.importSeconds, 2),
          transactionsPerSecond: round(camt.transactions / camt.importSeconds, 1),
          ...camt.summary,
          secondImport: { ...camt.secondImport, seconds: round(camt.secondImport.seconds, 3) },
        },
        ledger,
      },
      summary: [
        `issue: ${invoicesPerSecond.toFixed(1)} invoices/s with ${settings.writers} writers (plain INSERT ${plainPerSecond.toFixed(0)} tx/s, ratio ${(invoicesPerSecond / plainPerSecond).toFixed(4)})`,
        `numbers: ${numbering.gaps} gaps, ${numbering.duplicates} duplicates`,
        `UBL: ${Math.round(ubl.documents / ubl.buildSeconds)} built/s, ${Math.round(ubl.documents / ubl.validateSeconds)} checked/s, ${ubl.violations} violations`,
        `CAMT.053: ${camt.transactions} payments in ${camt.importSeconds.toFixed(1)} s (${(camt.transactions / camt.importSeconds).toFixed(1)}/s), ${camt.summary.matched} matched, ${camt.summary.toReview} to review`,
      ],
    };
  },
};

export default benchmark;
