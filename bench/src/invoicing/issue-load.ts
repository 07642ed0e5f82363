import type { Db } from '@partage/db';
import { vatSummary, vatTreatmentRule, type VatTreatment } from '@partage/domain';
import { accountFor, issueInvoice, loadEntity, type ClientRow } from '@partage/server';
import { seededRandom } from '../lib/random.ts';
import { inParallel } from '../lib/parallel.ts';

const TREATMENTS: VatTreatment[] = ['standard_21', 'standard_21', 'standard_21', 'reduced_6', 'reduced_12'];
const FEE_BP = 650;

/**
 * Issues `count` invoices of one entity from `writers` concurrent transactions, as the two tools do: one to
 * three lines, VAT per rate, the fee to the fee income and the rest to an Activity budget; each in its own
 * transaction (number, communication, frozen document, ledger entry and whatever the issue hooks add).
 * Answers the elapsed seconds and the issued invoice ids.
 */
export async function issueInvoices(
  db: Db,
  options: { entityId: string; count: number; writers: number; date: string; seed: number },
): Promise<{ seconds: number; ids: string[] }> {
  const entity = await loadEntity(db, options.entityId);
  const { rows: clients } = await db.query<ClientRow>('SELECT * FROM clients ORDER BY name LIMIT 2000');
  const budgets = await db.transaction(async (tx) => {
    const list = [];
    for (let i = 0; i < 100; i++)
      list.push(await accountFor(tx, entity.id, 'activity_budget', { type: 'activity', id: `bench-${i}` }));
    return list;
  });
  const fee = await db.transaction((tx) => accountFor(tx, entity.id, 'fee_income'));
  const next = seededRandom(options.seed);
  const plans = Array.from({ length: options.count }, (_v, i) => {
    const lines = Array.from({ length: 1 + Math.floor(next() * 3) }, (_l, n) => {
      const quantityCenti = 100 * (1 + Math.floor(next() * 5));
      const unitPriceCents = 25_000 + Math.floor(next() * 60_000);
      const amountExclVatCents = Math.round((quantityCenti * unitPriceCents) / 100);
      const vatTreatment = TREATMENTS[Math.floor(next() * TREATMENTS.length)]!;
      const vatCents = vatSummary(
        [{ baseCents: amountExclVatCents, treatment: vatTreatment }],
        options.date,
      ).totalVatCents;
      return {
        description: `Prestation ${n + 1}`,
        quantityCenti,
        unit: 'day' as const,
        unitPriceCents,
        amountExclVatCents,
        vatRateBp: vatTreatmentRule(vatTreatment, options.date).rateBp,
        vatTreatment,
        vatCents,
      };
    });
    return { i, client: clients[i % clients.length]!, budget: budgets[i % budgets.length]!, lines };
  });
  const ids: string[] = new Array(options.count);
  const seconds = await inParallel(options.count, options.writers, (i) =>
    db.transaction(async (tx) => {
      const plan = plans[i]!;
      const total = plan.lines.reduce((sum, l) => sum + l.amountExclVatCents, 0);
      const feeCents = Math.round((total * FEE_BP) / 10_000);
      const issued = await issueInvoice(tx, {
        entity,
        client: plan.client,
        performer: { personId: null, name: `Activité ${i % 100}`, memberNumber: null },
        contractId: null,
        issueDate: options.date,
        deliveryFrom: options.date,
        deliveryTo: options.date,
        lines: plan.lines,
        credits: [
          { accountId: fee.id, amountCents: feeCents },
          { accountId: plan.budget.id, amountCents: total - feeCents },
        ],
        createdBy: null,
        idempotencyKey: `bench-invoice-${i}`,
      });
      ids[i] = issued.id;
    }),
  );
  return { seconds, ids };
}
