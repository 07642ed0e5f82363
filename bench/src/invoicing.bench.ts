/**
 * Invoicing at the cooperative's volume (170,000 invoices a year, DOMAIN.md §4): 10,000 invoices issued by
 * 20 concurrent writers on one entity (gap-free numbers checked: no gap, no duplicate) against plain INSERT
 * transactions on the same database in the same run.
 */
import { generateClients } from './contracts/generate.ts';
import { checkInvoiceNumbers, checkLedger } from './contracts/checks.ts';
import { issueInvoices } from './invoicing/issue-load.ts';
import { plainInsertRate } from './lib/parallel.ts';
import { round } from './lib/latency.ts';
import type { Benchmark } from './lib/types.ts';
import { ensureReferenceData } from '@partage/server';

const ENTITY = 'BE-PA';
const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const benchmark: Benchmark = {
  name: 'invoicing',
  description: 'Invoices issued per second by 20 concurrent writers (gap-free numbers checked)',
  async run({ database, log }) {
    const { db } = database;
    const settings = {
      invoices: env('BENCH_INVOICES', 10_000),
      writers: env('BENCH_WRITERS', 20),
      clients: 2_000,
      issueDate: '2026-06-15',
      seed: 170,
    };
    await ensureReferenceData(db);
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
    const ledger = await checkLedger(db, ENTITY);
    log(
      `numbers: ${numbering.gaps} gaps, ${numbering.duplicates} duplicates; ledger problems ${JSON.stringify(ledger.problems)}`,
    );

    return {
      volumes: { clients: settings.clients, invoices: settings.invoices, journalEntries: ledger.entries },
      settings,
      figures: {
        issue: {
          seconds: round(issued.seconds, 2),
          invoicesPerSecond: round(invoicesPerSecond, 1),
          plainInsertTransactionsPerSecond: Math.round(plainPerSecond),
          ratio: round(invoicesPerSecond / plainPerSecond, 4),
        },
        numbering,
        ledger,
      },
      summary: [
        `issue: ${invoicesPerSecond.toFixed(1)} invoices/s with ${settings.writers} writers (plain INSERT ${plainPerSecond.toFixed(0)} tx/s, ratio ${(invoicesPerSecond / plainPerSecond).toFixed(4)})`,
        `numbers: ${numbering.gaps} gaps, ${numbering.duplicates} duplicates`,
      ],
    };
  },
};

export default benchmark;
