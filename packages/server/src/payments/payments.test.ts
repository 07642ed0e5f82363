import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isTargetBusinessDay, makeEnterpriseNumber } from '@partage/domain';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { verifyBalances } from '../ledger/index.ts';
import { confirmPaymentBatch, confirmPaymentOrder } from './confirm-payment.ts';
import { returnPaymentOrder } from './return-payment.ts';

const XSD = join(dirname(fileURLToPath(import.meta.url)), 'sepa', 'pain.001.001.09.xsd');
const work = mkdtempSync(join(tmpdir(), 'payments-'));

let h: Harness;
let today: string;
let member: HttpClient;
let payroll: HttpClient;
let clientId: string;

async function as(email: string, language = 'en'): Promise<HttpClient> {
  const client = h.client(language);
  expect((await client.login(email, DEMO_PASSWORD)).status).toBe(200);
  return client;
}

const db = () => h.server.ctx.db;

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db().query<{ n: number }>(sql, params);
  return Number(rows[0]!.n);
}

/** The natural balance of one account kind of the entity (for one owner when given). */
async function balance(kind: string, ownerId?: string): Promise<number> {
  const { rows } = await db().query<{ b: number }>(
    `SELECT COALESCE(sum(balance_cents), 0)::bigint AS b FROM ledger_accounts
      WHERE entity_id = 'BE-PA' AND kind = $1 AND ($2::text IS NULL OR owner_id = $2)`,
    [kind, ownerId ?? null],
  );
  const debit = Number(rows[0]!.b);
  return kind === 'bank' ? debit : -debit || 0;
}

let dayOffset = 20;
function declaration(expensesCents = 0) {
  dayOffset += 4;
  return {
    entityId: 'BE-PA',
    clientId,
    jobCode: 'graphic_designer',
    description: 'Affiche du festival',
    countryOfWork: 'BE',
    risks: ['office_work'],
    days: [0, 1].map((i) => ({ date: addDays(today, dayOffset + i), hours: 7.6 })),
    contractType: 'employee',
    amountExclVatCents: 150_000,
    vatTreatment: 'standard_21',
    withholdingRateBp: 1111,
    expensesCents,
  };
}

interface Paid {
  contractId: string;
  personId: string;
  payslipNumber: string;
  netCents: number;
  expensesCents: number;
  order: {
    id: string;
    endToEndId: string;
    amountCents: number;
    status: string;
    requestedExecutionDate: string;
    beneficiaryName: string;
    remittance: string;
  };
}

async function declare(expensesCents = 0): Promise<{ contractId: string; payDate: string }> {
  const declared = await member.post('/api/v1/contracts', declaration(expensesCents));
  expect(declared.status, JSON.stringify(declared.body)).toBe(201);
  return declared.body;
}

/** Runs the pay of BE-PA on a pay date: the run orders the transfers of the contracts it pays. */
async function payRun(payDate: string, contractIds: string[]): Promise<Paid[]> {
  h.server.ctx.clock.set(payDate);
  try {
    const bankBefore = await balance('bank');
    const run = await payroll.post('/api/v1/payroll/runs', { entityId: 'BE-PA', payDate });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    // The run moves no money out of the bank: the transfers wait for the bank statement.
    expect(await balance('bank')).toBe(bankBefore);
  } finally {
    h.server.ctx.clock.set(null);
  }
  const orders = (await payroll.get('/api/v1/payments/orders?entityId=BE-PA&status=pending')).body;
  const paid: Paid[] = [];
  for (const contractId of contractIds) {
    const detail = (await member.get(`/api/v1/contracts/${contractId}`)).body;
    expect(detail.status).toBe('paid');
    const { rows } = await db().query<{ person_id: string }>(
      'SELECT person_id FROM contracts WHERE id = $1',
      [contractId],
    );
    const order = orders.find((o: { remittance: string }) => o.remittance.includes(detail.payslip.number));
    expect(order, 'a payment order for the payslip').toBeDefined();
    paid.push({
      contractId,
      personId: rows[0]!.person_id,
      payslipNumber: detail.payslip.number,
      netCents: detail.netCents,
      expensesCents: detail.breakdown.expensesCents,
      order,
    });
  }
  return paid;
}

async function declareAndPay(expensesCents = 0): Promise<Paid> {
  const { contractId, payDate } = await declare(expensesCents);
  return (await payRun(payDate, [contractId]))[0]!;
}

function schemaErrors(xml: string): string | null {
  const file = join(work, `batch-${Date.now()}-${Math.random()}.xml`);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

beforeAll(async () => {
  h = await startHarness();
  today = h.server.ctx.clock.today();
  member = await as('member@partage.coop', 'fr');
  payroll = await as('payroll@partage.coop', 'fr');
  const created = await member.post('/api/v1/clients', {
    kind: 'company',
    name: 'Imprimerie du Canal SRL',
    country: 'BE',
    enterpriseNumber: makeEnterpriseNumber('05551234'),
    vatNumber: `BE${makeEnterpriseNumber('05551234')}`,
    street: 'Quai des Péniches 12',
    postalCode: '1000',
    city: 'Bruxelles',
    email: 'compta@imprimerie.example',
    language: 'fr',
    paymentTermsDays: 30,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  clientId = created.body.client.id;
}, 120_000);

afterAll(async () => {
  h?.server.ctx.clock.set(null);
  await h?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('payment orders, SEPA files and their confirmation by the bank', () => {
  let first: Paid;
  let returned: Paid;
  let batchId: string;

  it('only payroll and administrators see payment orders', async () => {
    expect((await member.get('/api/v1/payments/orders')).status).toBe(403);
    expect((await (await as('adviser@partage.coop')).get('/api/v1/payments/batches')).status).toBe(403);
    expect((await (await as('admin@partage.coop')).get('/api/v1/payments/orders')).status).toBe(200);
  });

  it('the pay run orders the net salary and the expenses to the worker, owed in the payables', async () => {
    const salariesBefore = await balance('salaries_payable');
    const expensesBefore = await balance('expenses_payable');
    first = await declareAndPay(12_345);
    expect(first.order).toMatchObject({
      status: 'pending',
      amountCents: first.netCents + first.expensesCents,
      kind: 'salary',
    });
    expect(first.expensesCents).toBe(12_345);
    expect(isTargetBusinessDay(first.order.requestedExecutionDate)).toBe(true);
    expect(first.order.endToEndId).toMatch(/^BE-PA-SAL-\d{8}$/);
    // The net and the expenses wait in the worker's payables (other demo contracts may be paid by the run).
    expect(await balance('salaries_payable', first.personId)).toBeGreaterThanOrEqual(first.netCents);
    expect(await balance('salaries_payable')).toBeGreaterThanOrEqual(salariesBefore + first.netCents);
    expect(await balance('expenses_payable')).toBeGreaterThanOrEqual(expensesBefore + 12_345);
    const { rows } = await db().query<{ account_id: string; amount_cents: number; kind: string }>(
      `SELECT s.account_id, s.amount_cents, a.kind FROM payment_order_settlements s
         JOIN ledger_accounts a ON a.id = s.account_id WHERE s.order_id = $1 ORDER BY s.line_no`,
      [first.order.id],
    );
    expect(rows.map((r) => [r.kind, Number(r.amount_cents)])).toEqual([
      ['salaries_payable', first.netCents],
      ['expenses_payable', 12_345],
    ]);
    const pending = (await payroll.get('/api/v1/payments/pending')).body;
    expect(
      pending.some((p: { entityId: string; count: number }) => p.entityId === 'BE-PA' && p.count > 0),
    ).toBe(true);
  });

  it('a bad IBAN blocks the export with an error naming the beneficiary, and nothing is exported', async () => {
    const bad = h.server.ctx.protector.encrypt('BE71096123456760');
    await db().query('UPDATE payment_orders SET iban_enc = $2 WHERE id = $1', [first.order.id, bad]);
    const batchesBefore = await count('SELECT count(*)::int AS n FROM payment_batches');
    const pendingBefore = await count(
      `SELECT count(*)::int AS n FROM payment_orders WHERE status = 'pending'`,
    );
    const refused = await payroll.post('/api/v1/payments/batches', { entityId: 'BE-PA' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: `orders.${first.order.endToEndId}.iban`,
        code: 'payments.order.iban_invalid',
        message: expect.stringContaining(first.order.beneficiaryName),
      }),
    ]);
    expect(refused.body.errors[0].message).toContain("n'est pas valable");
    expect(await count('SELECT count(*)::int AS n FROM payment_batches')).toBe(batchesBefore);
    expect(await count(`SELECT count(*)::int AS n FROM payment_orders WHERE status = 'pending'`)).toBe(
      pendingBefore,
    );

    // Payroll corrects the account: a wrong one is refused, a good one is taken.
    const wrong = await payroll.patch(`/api/v1/payments/orders/${first.order.id}`, { iban: 'BE00 1234' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].field).toBe('iban');
    const fixed = await payroll.patch(`/api/v1/payments/orders/${first.order.id}`, {
      iban: 'BE71 0961 2345 6769',
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body.ibanLast4).toBe('6769');
  });

  it('exports the waiting orders as a pain.001 file the schema accepts, once', async () => {
    const waiting = (await payroll.get('/api/v1/payments/orders?entityId=BE-PA&status=pending')).body;
    const headers = { 'idempotency-key': `export-${first.order.id}` };
    const exported = await payroll.post('/api/v1/payments/batches', { entityId: 'BE-PA' }, headers);
    expect(exported.status, JSON.stringify(exported.body)).toBe(201);
    batchId = exported.body.id;
    expect(exported.body.numberOfTransactions).toBe(waiting.length);
    expect(exported.body.controlSumCents).toBe(
      waiting.reduce((s: number, o: { amountCents: number }) => s + Number(o.amountCents), 0),
    );
    for (const block of exported.body.blocks) {
      expect(block.requestedExecutionDate >= today).toBe(true);
      expect(isTargetBusinessDay(block.requestedExecutionDate)).toBe(true);
    }
    // The same request again answers the same file; without a key there is nothing left to export.
    const replay = await payroll.post('/api/v1/payments/batches', { entityId: 'BE-PA' }, headers);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(batchId);
    const nothing = await payroll.post('/api/v1/payments/batches', { entityId: 'BE-PA' });
    expect(nothing.status).toBe(409);
    expect(nothing.body.code).toBe('payments.nothing_to_export');

    const file = await payroll.raw('GET', `/api/v1/payments/batches/${batchId}/pain001.xml`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('application/xml');
    expect(file.headers.get('content-disposition')).toContain(`${exported.body.messageId}.xml`);
    const xml = await file.text();
    expect(schemaErrors(xml)).toBeNull();
    expect(xml).toContain(`<EndToEndId>${first.order.endToEndId}</EndToEndId>`);
    expect(xml).toContain('<Purp>');
    expect(xml).not.toContain('BE71096123456760');
    const { rows } = await db().query<{ sha256: string; xml: string }>(
      'SELECT sha256, xml FROM payment_batches WHERE id = $1',
      [batchId],
    );
    expect(rows[0]!.xml).toBe(xml);
    // The file is frozen.
    await expect(
      db().query(`UPDATE payment_batches SET xml = 'x' WHERE id = $1`, [batchId]),
    ).rejects.toThrow();
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'payment_batch.downloaded' AND subject_id = $1`,
        [batchId],
      ),
    ).toBe(1);
    const order = (await payroll.get(`/api/v1/payments/orders?batchId=${batchId}`)).body.find(
      (o: { id: string }) => o.id === first.order.id,
    );
    expect(order.status).toBe('exported');
    // An exported order's account no longer changes.
    const late = await payroll.patch(`/api/v1/payments/orders/${first.order.id}`, {
      iban: 'BE71 0961 2345 6769',
    });
    expect(late.status).toBe(409);
  });

  it('confirmPaymentOrder: the bank debit clears the payables and credits the bank, once', async () => {
    const amount = first.order.amountCents;
    const bankBefore = await balance('bank');
    const salariesBefore = await balance('salaries_payable', first.personId);
    const expensesBefore = await balance('expenses_payable', first.personId);
    const entriesBefore = await count('SELECT count(*)::int AS n FROM journal_entries');
    const confirm = (amountCents: number, bankTransactionId = 'STMT-1-LINE-1') =>
      db().transaction((tx) =>
        confirmPaymentOrder(tx, {
          entityId: 'BE-PA',
          endToEndId: first.order.endToEndId,
          amountCents,
          bookingDate: today,
          bankTransactionId,
          actorId: null,
        }),
      );
    expect(await confirm(amount + 1)).toEqual({ matched: false, journalEntryId: null });
    expect(
      await db().transaction((tx) =>
        confirmPaymentOrder(tx, {
          entityId: 'BE-COOP',
          endToEndId: first.order.endToEndId,
          amountCents: amount,
          bookingDate: today,
          bankTransactionId: 'STMT-1-LINE-1',
          actorId: null,
        }),
      ),
    ).toEqual({ matched: false, journalEntryId: null });
    expect(await count('SELECT count(*)::int AS n FROM journal_entries')).toBe(entriesBefore);

    const done = await confirm(-amount); // a debit may come signed
    expect(done.matched).toBe(true);
    expect(done.journalEntryId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await balance('bank')).toBe(bankBefore - amount);
    expect(await balance('salaries_payable', first.personId)).toBe(salariesBefore - first.netCents);
    expect(await balance('expenses_payable', first.personId)).toBe(expensesBefore - first.expensesCents);
    const { rows: entries } = await db().query<{ entry_date: string; source: string }>(
      'SELECT entry_date::text AS entry_date, source FROM journal_entries WHERE id = $1',
      [done.journalEntryId],
    );
    expect(entries[0]).toEqual({ entry_date: today, source: 'payment.transfer' });

    // Twice: nothing moves, the same entry comes back. Another bank line with the same id is not ours.
    expect(await confirm(amount)).toEqual(done);
    expect(await confirm(amount, 'STMT-2-LINE-9')).toEqual({ matched: false, journalEntryId: null });
    expect(await count('SELECT count(*)::int AS n FROM journal_entries')).toBe(entriesBefore + 1);
    const order = (await payroll.get(`/api/v1/payments/orders?batchId=${batchId}`)).body.find(
      (o: { id: string }) => o.id === first.order.id,
    );
    expect(order).toMatchObject({ status: 'paid', bookedOn: today, journalEntryId: done.journalEntryId });
    const batches = (await payroll.get('/api/v1/payments/batches?entityId=BE-PA')).body;
    const batch = batches.find((b: { id: string }) => b.id === batchId);
    expect(batch.status).toBe(batch.numberOfTransactions === 1 ? 'confirmed' : 'partially_confirmed');
    expect((await verifyBalances(db())).ok).toBe(true);
  });

  it('confirmPaymentBatch: a block booked as one debit confirms all its orders at its control sum', async () => {
    const a = await declare();
    const b = await declare(5_000);
    const [second, third] = (await payRun(b.payDate > a.payDate ? b.payDate : a.payDate, [
      a.contractId,
      b.contractId,
    ])) as [Paid, Paid];
    expect(second.order.requestedExecutionDate).toBe(third.order.requestedExecutionDate);
    returned = second;
    const exported = await payroll.post('/api/v1/payments/batches', { entityId: 'BE-PA' });
    expect(exported.status, JSON.stringify(exported.body)).toBe(201);
    expect(exported.body.blocks).toHaveLength(1);
    const block = exported.body.blocks[0];
    expect(block.numberOfTransactions).toBeGreaterThanOrEqual(2);
    const bankBefore = await balance('bank');
    const payablesBefore =
      (await balance('salaries_payable', second.personId)) +
      (await balance('expenses_payable', second.personId));
    const confirm = (amountCents: number, paymentInformationId = block.paymentInformationId) =>
      db().transaction((tx) =>
        confirmPaymentBatch(tx, {
          entityId: 'BE-PA',
          paymentInformationId,
          amountCents,
          bookingDate: today,
          bankTransactionId: 'STMT-3-LINE-1',
          actorId: null,
        }),
      );
    expect(await confirm(block.controlSumCents - 1)).toEqual({ matched: false, journalEntryId: null });
    expect(await confirm(block.controlSumCents, 'BE-PA-SCT-NOPE-01')).toEqual({
      matched: false,
      journalEntryId: null,
    });
    const done = await confirm(block.controlSumCents);
    expect(done.matched).toBe(true);
    expect(await balance('bank')).toBe(bankBefore - block.controlSumCents);
    // second and third were the same worker's: their payables went down by both transfers.
    expect(second.personId).toBe(third.personId);
    expect(
      (await balance('salaries_payable', second.personId)) +
        (await balance('expenses_payable', second.personId)),
    ).toBe(payablesBefore - second.order.amountCents - third.order.amountCents);
    const orders = (await payroll.get(`/api/v1/payments/orders?batchId=${exported.body.id}`)).body;
    expect(orders.every((o: { status: string; journalEntryId: string }) => o.status === 'paid')).toBe(true);
    expect(new Set(orders.map((o: { journalEntryId: string }) => o.journalEntryId))).toEqual(
      new Set([done.journalEntryId]),
    );
    const batch = (await payroll.get('/api/v1/payments/batches?entityId=BE-PA')).body.find(
      (b: { id: string }) => b.id === exported.body.id,
    );
    expect(batch.status).toBe('confirmed');
    expect(batch.blocks[0].status).toBe('confirmed');

    // Twice: the same entry, nothing more.
    const entries = await count('SELECT count(*)::int AS n FROM journal_entries');
    expect(await confirm(block.controlSumCents)).toEqual(done);
    expect(await count('SELECT count(*)::int AS n FROM journal_entries')).toBe(entries);
    // A block one of whose orders was confirmed on its own: no longer one debit to match.
    const { rows: blocks } = await db().query<{ payment_information_id: string; control_sum_cents: number }>(
      `SELECT k.payment_information_id, k.control_sum_cents FROM payment_batch_blocks k
         JOIN payment_orders o ON o.block_id = k.id WHERE o.id = $1`,
      [first.order.id],
    );
    expect(await confirm(Number(blocks[0]!.control_sum_cents), blocks[0]!.payment_information_id)).toEqual({
      matched: false,
      journalEntryId: null,
    });
    expect((await verifyBalances(db())).ok).toBe(true);
    const { rows } = await db().query<{ total: number }>(
      'SELECT COALESCE(sum(amount_cents), 0)::bigint AS total FROM postings',
    );
    expect(Number(rows[0]!.total)).toBe(0);
  });

  it('a returned transfer owes the payable again, and payroll orders it again', async () => {
    const amount = returned.order.amountCents;
    const bankBefore = await balance('bank');
    const owedBefore =
      (await balance('salaries_payable', returned.personId)) +
      (await balance('expenses_payable', returned.personId));
    const back = (bankTransactionId = 'STMT-4-LINE-2') =>
      db().transaction((tx) =>
        returnPaymentOrder(tx, {
          entityId: 'BE-PA',
          endToEndId: returned.order.endToEndId,
          amountCents: amount,
          bookingDate: today,
          bankTransactionId,
          actorId: null,
        }),
      );
    const done = await back();
    expect(done.matched).toBe(true);
    expect(await balance('bank')).toBe(bankBefore + amount);
    expect(
      (await balance('salaries_payable', returned.personId)) +
        (await balance('expenses_payable', returned.personId)),
    ).toBe(owedBefore + amount);
    expect(await back()).toEqual(done);
    expect(await back('STMT-5-LINE-1')).toEqual({ matched: false, journalEntryId: null });
    const orders = (await payroll.get('/api/v1/payments/orders?entityId=BE-PA&status=returned')).body;
    expect(orders.map((o: { id: string }) => o.id)).toContain(returned.order.id);

    const again = await payroll.post(`/api/v1/payments/orders/${returned.order.id}/reissue`, {});
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body).toMatchObject({ status: 'pending' });
    expect(again.body.endToEndId).not.toBe(returned.order.endToEndId);
    const twice = await payroll.post(`/api/v1/payments/orders/${returned.order.id}/reissue`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('payments.order.exists');
    const pending = (await payroll.get('/api/v1/payments/orders?entityId=BE-PA&status=pending')).body;
    expect(pending.find((o: { id: string }) => o.id === again.body.id)).toMatchObject({
      amountCents: amount,
      remittance: returned.order.remittance,
    });
    // Two exports at once: the waiting order goes into one file only.
    const [x, y] = await Promise.all([
      payroll.post('/api/v1/payments/batches', { entityId: 'BE-PA' }),
      payroll.post('/api/v1/payments/batches', { entityId: 'BE-PA' }),
    ]);
    expect([x.status, y.status].sort()).toEqual([201, 409]);
    expect(
      await count('SELECT count(*)::int AS n FROM payment_orders WHERE id = $1 AND batch_id IS NOT NULL', [
        again.body.id,
      ]),
    ).toBe(1);
    // A paid order cannot be ordered again.
    const paid = await payroll.post(`/api/v1/payments/orders/${first.order.id}/reissue`, {});
    expect(paid.body.code).toBe('payments.order.not_returned');
    expect((await verifyBalances(db())).ok).toBe(true);
  });
});
