/* eslint-disable @typescript-eslint/no-explicit-any -- test replies are read as loosely typed JSON */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatMoney, makeEnterpriseNumber, parseCamt053, translator } from '@partage/domain';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { verifyBalances } from '../ledger/index.ts';
import { statementXml, type EntryToWrite, type StatementToWrite } from './statement-xml.ts';

const PA_IBAN = 'BE71096123456769';
const COOP_IBAN = 'BE68539007547034';

let h: Harness;
let today: string;
let service: HttpClient;
let member: HttpClient;
let clientId: string;

async function as(email: string, language = 'en'): Promise<HttpClient> {
  const client = h.client(language);
  const reply = await client.login(email, DEMO_PASSWORD);
  expect(reply.status).toBe(200);
  return client;
}

const query = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await h.server.ctx.db.query<T>(sql, params)).rows;

async function count(table: string): Promise<number> {
  return (await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
}

/** Everything an import could touch: an import refused must leave all of it as it was. */
async function snapshot() {
  return {
    files: await count('bank_statement_files'),
    statements: await count('bank_statements'),
    transactions: await count('bank_transactions'),
    allocations: await count('bank_allocations'),
    entries: await count('journal_entries'),
    invoicePayments: await count('invoice_payments'),
    sharePayments: await count('share_payments'),
    paid: (await query<{ s: number }>('SELECT COALESCE(sum(paid_cents), 0)::bigint AS s FROM invoices'))[0]!
      .s,
  };
}

async function balance(kind: string, entityId = 'BE-PA'): Promise<number> {
  const rows = await query<{ b: number }>(
    'SELECT COALESCE(sum(balance_cents), 0)::bigint AS b FROM ledger_accounts WHERE entity_id = $1 AND kind = $2',
    [entityId, kind],
  );
  return Number(rows[0]!.b);
}

interface InvoiceState {
  id: string;
  number: string;
  reference: string;
  total: number;
  paid: number;
  status: string;
}

async function invoice(id: string): Promise<InvoiceState> {
  const rows = await query<InvoiceState>(
    `SELECT id, number, structured_reference AS reference, total_incl_vat_cents::int AS total, paid_cents::int AS paid,
            status FROM invoices WHERE id = $1`,
    [id],
  );
  return rows[0]!;
}

let dayOffset = 40;
/** A new open invoice of the test client, through the Contract tool as a member declares a job. */
async function newInvoice(amountExclVatCents: number): Promise<InvoiceState> {
  dayOffset += 3;
  const reply = await member.post('/api/v1/contracts', {
    entityId: 'BE-PA',
    clientId,
    jobCode: 'graphic_designer',
    description: 'Affiches du festival',
    countryOfWork: 'BE',
    risks: ['office_work'],
    days: [{ date: addDays(today, dayOffset), hours: 7.6 }],
    contractType: 'employee',
    amountExclVatCents,
    vatTreatment: 'standard_21',
    withholdingRateBp: 1111,
    expensesCents: 0,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return invoice(reply.body.invoiceId);
}

let fileNo = 0;
function file(statements: Array<Partial<StatementToWrite> & { entries: EntryToWrite[] }>) {
  fileNo += 1;
  return {
    fileName: `statement-${fileNo}.xml`,
    xml: statementXml(
      `TEST-${fileNo}`,
      `${today}T06:00:00`,
      statements.map((s, i) => ({
        id: `T${fileNo}-${i + 1}`,
        iban: PA_IBAN,
        date: today,
        openingCents: 0,
        ...s,
      })),
    ),
  };
}

let ref = 0;
const credit = (over: Partial<EntryToWrite>): EntryToWrite => ({
  direction: 'credit',
  amountCents: 100,
  accountServicerReference: `ASR-${++ref}`,
  ...over,
});

async function queue(status = 'review') {
  const reply = await service.get(`/api/v1/bank/transactions?status=${status}&limit=500`);
  expect(reply.status).toBe(200);
  return reply.body as Array<Record<string, any>>;
}

beforeAll(async () => {
  h = await startHarness();
  today = h.server.ctx.clock.today();
  service = await as('service@partage.coop');
  member = await as('member@partage.coop', 'fr');
  const created = await member.post('/api/v1/clients', {
    kind: 'company',
    name: 'Atelier Lumière SRL',
    country: 'BE',
    enterpriseNumber: makeEnterpriseNumber('08765411'),
    street: 'Rue Neuve 7',
    postalCode: '1000',
    city: 'Bruxelles',
    email: 'compta@atelier-lumiere.example',
    language: 'fr',
    paymentTermsDays: 30,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  clientId = created.body.client.id;
}, 120_000);

afterAll(async () => {
  h?.server.ctx.clock.set(null);
  await h?.close();
});

describe('the demo statement', () => {
  it('was imported by client service: two payments matched, one waiting with a suggestion, the bank fee', async () => {
    const list = await service.get('/api/v1/bank/statements');
    expect(list.status).toBe(200);
    expect(list.body.demoStatementAvailable).toBe(true);
    expect(list.body.files).toHaveLength(1);
    expect(list.body.files[0]).toMatchObject({ statements: 2, transactions: 4, matched: 2, toReview: 2 });
    expect(list.body.files[0].accounts.map((a: { iban: string }) => a.iban).sort()).toEqual([
      COOP_IBAN,
      PA_IBAN,
    ]);
    const reasons = await query<{ reason: string }>(
      `SELECT reason FROM bank_allocations WHERE target_type = 'invoice' ORDER BY reason`,
    );
    expect(reasons.map((r) => r.reason)).toEqual(['amount_and_name', 'reference']);

    const waiting = await queue();
    expect(waiting).toHaveLength(2);
    const partial = waiting.find((t) => t.direction === 'credit')!;
    expect(partial.status).toBe('unmatched');
    expect(partial.openCents).toBe(partial.amountCents);
    expect(partial.suggestions[0]).toMatchObject({
      type: 'invoice',
      reasons: ['similar_name', 'reference_fragment'],
      item: { name: 'Compagnie du Vent ASBL' },
    });
    const fee = waiting.find((t) => t.direction === 'debit')!;
    expect(fee).toMatchObject({ amountCents: 1250, remittanceText: 'Frais de gestion de compte' });
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });

  it('client service accepts the suggestion: the invoice is partly paid and the guarantee fund gets part of its advance back', async () => {
    const partial = (await queue()).find((t) => t.direction === 'credit')!;
    const suggestion = partial.suggestions[0];
    const advanceBefore = await query<{ r: number; o: number }>(
      'SELECT reimbursed_cents::int AS r, (amount_cents - reimbursed_cents)::int AS o FROM guarantee_advances WHERE invoice_id = $1',
      [suggestion.id],
    );
    expect(advanceBefore).toHaveLength(1);
    expect(advanceBefore[0]!.o).toBeGreaterThan(0);
    const suspense = await balance('suspense');
    const key = { 'idempotency-key': `accept-${partial.id}` };
    const body = {
      allocations: [{ targetType: 'invoice', targetId: suggestion.id, amountCents: partial.openCents }],
      suggested: true,
    };
    const accepted = await service.post(`/api/v1/bank/transactions/${partial.id}/allocations`, body, key);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const reimbursed = Math.min(partial.openCents, advanceBefore[0]!.o);
    expect(accepted.body.reimbursedCents).toBe(reimbursed);
    // A double click (same key) answers the same and changes nothing more.
    const replay = await service.post(`/api/v1/bank/transactions/${partial.id}/allocations`, body, key);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const inv = await invoice(suggestion.id);
    expect(inv).toMatchObject({ status: 'partially_paid', paid: partial.openCents });
    expect(await balance('suspense')).toBe(suspense + partial.openCents);
    const advance = await query<{ r: number }>(
      'SELECT reimbursed_cents::int AS r FROM guarantee_advances WHERE invoice_id = $1',
      [suggestion.id],
    );
    expect(advance[0]!.r - advanceBefore[0]!.r).toBe(reimbursed);
    expect((await queue()).map((t) => t.id)).not.toContain(partial.id);
    const done = (await queue('matched')).find((t) => t.id === partial.id)!;
    expect(
      done.allocations.map((a: { targetType: string; reason: string }) => [a.targetType, a.reason]),
    ).toEqual([
      ['suspense', 'unmatched'],
      ['invoice', 'suggestion'],
    ]);
    const trail = await query(
      `SELECT 1 FROM audit_log WHERE action = 'bank.transaction_allocated' AND subject_id = $1`,
      [partial.id],
    );
    expect(trail).toHaveLength(1);
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });

  it('client service sets the bank fee aside with a reason: it stays in suspense, out of the queue', async () => {
    const fee = (await queue()).find((t) => t.direction === 'debit')!;
    const short = await service.post(`/api/v1/bank/transactions/${fee.id}/ignore`, { reason: 'x' });
    expect(short.status).toBe(422);
    const suspense = await balance('suspense', 'BE-COOP');
    const ignored = await service.post(`/api/v1/bank/transactions/${fee.id}/ignore`, {
      reason: 'Frais bancaires du mois',
    });
    expect(ignored.status).toBe(200);
    expect((await queue()).map((t) => t.id)).not.toContain(fee.id);
    expect((await queue('ignored')).find((t) => t.id === fee.id)).toMatchObject({
      status: 'ignored',
      note: 'Frais bancaires du mois',
      openCents: 1250,
    });
    expect(await balance('suspense', 'BE-COOP')).toBe(suspense);
    const again = await service.post(`/api/v1/bank/transactions/${fee.id}/ignore`, {
      reason: 'encore une fois',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('bank.transaction.ignored');
    // An outgoing payment is never allocated to an invoice.
    const refused = await service.post(`/api/v1/bank/transactions/${fee.id}/allocations`, {
      allocations: [{ targetType: 'invoice', targetId: fee.id, amountCents: 100 }],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('bank.transaction.debit');
  });
});

describe('importing a statement', () => {
  let a: InvoiceState;
  let b: InvoiceState;
  let c: InvoiceState;
  let d: InvoiceState;
  let advanced: InvoiceState;
  let imported: ReturnType<typeof file>;

  it('matches by communication (several per transfer, overpayment) and by amount and name, the rest waits in suspense', async () => {
    a = await newInvoice(100_000);
    b = await newInvoice(110_000);
    c = await newInvoice(120_000);
    d = await newInvoice(130_000);
    // The demo invoice whose salary the guarantee fund advanced, partly paid by the accepted suggestion.
    const [row] = await query<{ id: string }>(
      `SELECT a.invoice_id AS id FROM guarantee_advances a JOIN invoices i ON i.id = a.invoice_id
        WHERE a.reimbursed_cents < a.amount_cents AND i.status = 'partially_paid' ORDER BY i.number LIMIT 1`,
    );
    advanced = await invoice(row!.id);
    const advancedDue = advanced.total - advanced.paid;
    const outstanding = await query<{ o: number }>(
      'SELECT (amount_cents - reimbursed_cents)::int AS o FROM guarantee_advances WHERE invoice_id = $1',
      [advanced.id],
    );
    const before = {
      bank: await balance('bank'),
      suspense: await balance('suspense'),
      fund: await balance('salary_guarantee_fund'),
      receivables: await balance('client_receivables'),
    };

    imported = file([
      {
        openingCents: 5_000_000,
        entries: [
          // The rest of the advanced invoice, and 10.00 too much.
          credit({
            amountCents: advancedDue + 1000,
            reference: advanced.reference,
            name: 'COMPAGNIE DU VENT',
          }),
          // No communication: the exact amount, under the client's name (without its legal form).
          credit({ amountCents: a.total, name: 'ATELIER LUMIERE', text: 'affiches' }),
          // One transfer for two invoices, both communications in the free text.
          credit({
            amountCents: b.total + c.total,
            name: 'Atelier Lumière',
            text: `Factures +++${b.reference.slice(0, 3)}/${b.reference.slice(3, 7)}/${b.reference.slice(7)}+++ et ${c.reference}`,
          }),
          // Nobody knows what for.
          credit({ amountCents: 50_000, name: 'ATELIER LUMIERE SRL', text: 'voir mail' }),
          // An outgoing payment the platform did not order.
          {
            direction: 'debit',
            amountCents: 2_500,
            accountServicerReference: `ASR-${++ref}`,
            endToEndId: 'UNKNOWN-E2E',
          },
          // Pending: not on the account yet, left out.
          credit({ amountCents: 9_999, status: 'PDNG', reference: d.reference }),
        ],
      },
    ]);
    const reply = await service.post('/api/v1/bank/statements', imported);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({
      alreadyImported: false,
      version: 'camt.053.001.08',
      statements: 1,
      entries: 5,
      transactions: 5,
      skipped: 0,
      matched: 2,
      toReview: 3,
    });

    expect(await invoice(advanced.id)).toMatchObject({ status: 'paid', paid: advanced.total });
    expect(await invoice(a.id)).toMatchObject({ status: 'paid', paid: a.total });
    expect(await invoice(b.id)).toMatchObject({ status: 'paid', paid: b.total });
    expect(await invoice(c.id)).toMatchObject({ status: 'paid', paid: c.total });
    expect(await invoice(d.id)).toMatchObject({ status: 'issued', paid: 0 });

    // The fund got back what it still had outstanding on the advanced invoice.
    const advance = await query<{ o: number }>(
      'SELECT (amount_cents - reimbursed_cents)::int AS o FROM guarantee_advances WHERE invoice_id = $1',
      [advanced.id],
    );
    expect(advance[0]!.o).toBe(0);
    expect((await balance('salary_guarantee_fund')) - before.fund).toBe(-outstanding[0]!.o);

    const moved = advancedDue + 1000 + a.total + b.total + c.total + 50_000 - 2_500;
    expect((await balance('bank')) - before.bank).toBe(moved);
    // In suspense: the overpayment and the unknown receipt (credits), the unknown payment (debit).
    expect((await balance('suspense')) - before.suspense).toBe(-(1000 + 50_000) + 2_500);
    expect((await balance('client_receivables')) - before.receivables).toBe(
      -(advancedDue + a.total + b.total + c.total),
    );
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);

    const waiting = await queue();
    const overpaid = waiting.find((t) => t.amountCents === advancedDue + 1000)!;
    expect(overpaid).toMatchObject({ status: 'partially_matched', openCents: 1000 });
    expect(overpaid.allocations.map((x: { reason: string }) => x.reason)).toEqual(['reference', 'overpaid']);
    expect(waiting.find((t) => t.amountCents === 50_000)).toMatchObject({
      status: 'unmatched',
      openCents: 50_000,
    });
    expect(waiting.find((t) => t.amountCents === 2_500)).toMatchObject({
      status: 'unmatched',
      direction: 'debit',
    });
    const audit = await query(`SELECT 1 FROM audit_log WHERE action = 'bank.statement_imported'`);
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await snapshot();
    const again = await service.post('/api/v1/bank/statements', imported);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyImported: true, transactions: 5 });
    expect(await snapshot()).toEqual(before);
  });

  it('skips the lines already imported when another file repeats them (a monthly statement)', async () => {
    const monthly = {
      fileName: 'monthly.xml',
      xml: imported.xml.replace(/T\d+-1</g, 'MONTHLY-1<').replace(/<MsgId>[^<]+</, '<MsgId>MONTHLY<'),
    };
    const before = await snapshot();
    const reply = await service.post('/api/v1/bank/statements', monthly);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({ alreadyImported: false, transactions: 0, skipped: 5, matched: 0 });
    const after = await snapshot();
    expect({ ...after, files: before.files, statements: before.statements }).toEqual(before);
    expect(after.files).toBe(before.files + 1);
  });

  it('refuses a statement of an account that is not the cooperative’s, in the user’s language, importing nothing', async () => {
    const fr = await as('service@partage.coop', 'fr');
    const before = await snapshot();
    const unknown = file([
      { entries: [credit({ amountCents: d.total, reference: d.reference })] },
      { iban: 'NL91ABNA0417164300', entries: [credit({ amountCents: 100 })] },
    ]);
    const reply = await fr.post('/api/v1/bank/statements', unknown);
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('bank.camt.unknown_account');
    expect(reply.body.title).toBe(
      translator.t('fr', 'bank.camt.unknown_account', {
        file: unknown.fileName,
        statement: `T${fileNo}-2`,
        iban: 'NL91ABNA0417164300',
      }),
    );
    expect(reply.body.errors[0]).toMatchObject({ field: 'xml', code: 'bank.camt.unknown_account' });
    expect(await snapshot()).toEqual(before);
    expect((await invoice(d.id)).status).toBe('issued');
  });

  it('imports nothing of a file with one bad entry, a truncated file, edited balances or an unknown version', async () => {
    const before = await snapshot();
    const good = credit({ amountCents: d.total, reference: d.reference });
    const threeDecimals = file([{ entries: [good, credit({ amountCents: 12_345 })] }]);
    threeDecimals.xml = threeDecimals.xml.replace(/123\.45/g, '123.455');
    const bad = await service.post('/api/v1/bank/statements', threeDecimals);
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('bank.camt.amount_decimals');
    expect(bad.body.title).toContain(threeDecimals.fileName);
    expect(bad.body.title).toContain('123.455');

    const whole = file([{ entries: [good] }]);
    const truncated = await service.post('/api/v1/bank/statements', {
      fileName: 'cut.xml',
      xml: whole.xml.slice(0, whole.xml.length - 40),
    });
    expect(truncated.status).toBe(422);
    expect(truncated.body.code).toBe('bank.camt.malformed');

    const edited = file([{ entries: [good], closingCents: d.total + 1 }]);
    expect((await service.post('/api/v1/bank/statements', edited)).body.code).toBe(
      'bank.camt.balance_mismatch',
    );

    const v01 = file([{ entries: [good] }]);
    v01.xml = v01.xml.replace('camt.053.001.08', 'camt.053.001.01');
    expect((await service.post('/api/v1/bank/statements', v01)).body.code).toBe('bank.camt.unknown_version');

    const empty = await service.post('/api/v1/bank/statements', { fileName: 'x.xml', xml: '' });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].field).toBe('xml');

    expect(await snapshot()).toEqual(before);
    expect((await invoice(d.id)).status).toBe('issued');
  });

  it('lets client service allocate a waiting payment by hand, within what is left and what is owed', async () => {
    const waiting = (await queue()).find((t) => t.amountCents === 50_000 && t.direction === 'credit')!;
    expect(waiting.suggestions.map((s: { id: string }) => s.id)).toContain(d.id);
    const url = `/api/v1/bank/transactions/${waiting.id}/allocations`;
    const before = await snapshot();

    const tooMuch = await service.post(url, {
      allocations: [{ targetType: 'invoice', targetId: d.id, amountCents: 50_001 }],
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.errors[0]).toMatchObject({
      field: 'allocations',
      code: 'bank.allocation.more_than_open',
    });
    expect(tooMuch.body.errors[0].message).toBe(
      translator.t('en', 'bank.allocation.more_than_open', { open: formatMoney(50_000, 'en') }),
    );

    const paidAlready = await service.post(url, {
      allocations: [{ targetType: 'invoice', targetId: a.id, amountCents: 100 }],
    });
    expect(paidAlready.status).toBe(422);
    expect(paidAlready.body.errors[0]).toMatchObject({
      field: 'allocations.0.targetId',
      code: 'bank.allocation.not_open',
    });

    const twice = await service.post(url, {
      allocations: [
        { targetType: 'invoice', targetId: d.id, amountCents: 100 },
        { targetType: 'invoice', targetId: d.id, amountCents: 100 },
      ],
    });
    expect(twice.body.errors[0].code).toBe('bank.allocation.duplicate_target');
    expect(await snapshot()).toEqual(before);

    const suspense = await balance('suspense');
    const receivables = await balance('client_receivables');
    const part = await service.post(url, {
      allocations: [{ targetType: 'invoice', targetId: d.id, amountCents: 30_000 }],
    });
    expect(part.status, JSON.stringify(part.body)).toBe(201);
    expect(await invoice(d.id)).toMatchObject({ status: 'partially_paid', paid: 30_000 });
    expect(await balance('suspense')).toBe(suspense + 30_000);
    expect(await balance('client_receivables')).toBe(receivables - 30_000);
    const left = (await queue()).find((t) => t.id === waiting.id)!;
    expect(left).toMatchObject({ status: 'partially_matched', openCents: 20_000 });
    const entry = await query<{ description: string }>(
      `SELECT j.description FROM bank_allocations a JOIN journal_entries j ON j.id = a.journal_entry_id
        WHERE a.transaction_id = $1 AND a.target_type = 'invoice'`,
      [waiting.id],
    );
    expect(entry[0]!.description).toContain('allocated from suspense');

    // The 200.00 left, to another invoice: paid in part.
    const e = await newInvoice(20_000);
    const rest = await service.post(url, {
      allocations: [{ targetType: 'invoice', targetId: e.id, amountCents: 20_000 }],
    });
    expect(rest.status, JSON.stringify(rest.body)).toBe(201);
    expect(await invoice(e.id)).toMatchObject({ status: 'partially_paid', paid: 20_000 });
    expect((await queue('matched')).find((t) => t.id === waiting.id)).toMatchObject({ openCents: 0 });
    expect(
      (await service.post(url, { allocations: [{ targetType: 'invoice', targetId: e.id, amountCents: 1 }] }))
        .body.code,
    ).toBe('bank.transaction.settled');

    // Another receipt: more than what the invoice still owes is refused, naming the invoice.
    const another = file([{ entries: [credit({ amountCents: 10_000, name: 'Inconnu' })] }]);
    expect((await service.post('/api/v1/bank/statements', another)).status).toBe(201);
    const line = (await queue()).find((t) => t.amountCents === 10_000)!;
    const due = e.total - 20_000;
    const overDue = await service.post(`/api/v1/bank/transactions/${line.id}/allocations`, {
      allocations: [{ targetType: 'invoice', targetId: e.id, amountCents: due + 1 }],
    });
    expect(overDue.status).toBe(422);
    expect(overDue.body.errors[0]).toMatchObject({
      field: 'allocations.0.amountCents',
      code: 'bank.allocation.more_than_due',
    });
    expect(overDue.body.errors[0].message).toBe(
      translator.t('en', 'bank.allocation.more_than_due', { item: e.number, due: formatMoney(due, 'en') }),
    );
    const exact = await service.post(`/api/v1/bank/transactions/${line.id}/allocations`, {
      allocations: [{ targetType: 'invoice', targetId: e.id, amountCents: due }],
    });
    expect(exact.status).toBe(201);
    expect(await invoice(e.id)).toMatchObject({ status: 'paid', paid: e.total });
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });

  it('is for client service and administrators only', async () => {
    for (const email of ['member@partage.coop', 'adviser@partage.coop', 'payroll@partage.coop']) {
      const other = await as(email);
      expect((await other.get('/api/v1/bank/transactions')).status).toBe(403);
      expect((await other.post('/api/v1/bank/statements', file([{ entries: [credit({})] }]))).status).toBe(
        403,
      );
    }
    const admin = await as('admin@partage.coop');
    expect((await admin.get('/api/v1/bank/statements')).status).toBe(200);
  });
});

describe('share subscriptions paid by transfer', () => {
  it('pays an applicant’s subscription by its communication: the payment is recorded and the capital credited', async () => {
    const [request] = await query<{ id: string; reference: string; amount: number }>(
      `SELECT r.id, r.structured_reference AS reference, r.amount_cents::int AS amount FROM share_requests r
         JOIN members m ON m.id = r.member_id JOIN people p ON p.id = m.person_id
        WHERE p.email = 'tom.devos@example.be' AND r.kind = 'subscription'`,
    );
    const capital = await balance('share_capital', 'BE-COOP');
    const reply = await service.post(
      '/api/v1/bank/statements',
      file([
        {
          iban: COOP_IBAN,
          entries: [
            credit({ amountCents: request!.amount, reference: request!.reference, name: 'DE VOS TOM' }),
          ],
        },
      ]),
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.matched).toBe(1);
    const [after] = await query<{ paid: number }>(
      'SELECT paid_cents::int AS paid FROM share_requests WHERE id = $1',
      [request!.id],
    );
    expect(after!.paid).toBe(request!.amount);
    const payments = await query<{ source: string; bank_reference: string }>(
      'SELECT source, bank_reference FROM share_payments WHERE request_id = $1',
      [request!.id],
    );
    expect(payments).toHaveLength(1);
    expect(payments[0]!.source).toBe('bank');
    expect(payments[0]!.bank_reference).toMatch(/^bank:/);
    expect((await balance('share_capital', 'BE-COOP')) - capital).toBe(-request!.amount);
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });
});

describe('payments made', () => {
  it('a payment file booked as one debit confirms its transfers; a different amount waits in the queue', async () => {
    const payroll = await as('payroll@partage.coop');
    const exported = await payroll.post('/api/v1/payments/batches', { entityId: 'BE-PA' });
    expect(exported.status, JSON.stringify(exported.body)).toBe(201);
    const block = exported.body.blocks[0];
    const wrong = file([
      {
        entries: [
          {
            direction: 'debit',
            amountCents: block.controlSumCents + 1,
            batch: { paymentInformationId: block.paymentInformationId, count: block.numberOfTransactions },
            accountServicerReference: `ASR-${++ref}`,
          },
        ],
      },
    ]);
    const notMatched = await service.post('/api/v1/bank/statements', wrong);
    expect(notMatched.body).toMatchObject({ matched: 0, toReview: 1 });

    const right = file([
      {
        entries: [
          {
            direction: 'debit',
            amountCents: block.controlSumCents,
            batch: { paymentInformationId: block.paymentInformationId, count: block.numberOfTransactions },
            accountServicerReference: `ASR-${++ref}`,
          },
        ],
      },
    ]);
    const matched = await service.post('/api/v1/bank/statements', right);
    expect(matched.status, JSON.stringify(matched.body)).toBe(201);
    expect(matched.body).toMatchObject({ matched: 1, toReview: 0 });
    const orders = await query<{ status: string }>(
      `SELECT o.status FROM payment_orders o JOIN payment_batch_blocks b ON b.id = o.block_id
        WHERE b.payment_information_id = $1`,
      [block.paymentInformationId],
    );
    expect(orders.length).toBe(block.numberOfTransactions);
    expect(orders.every((o) => o.status === 'paid')).toBe(true);
    const [allocation] = await query<{ target_type: string; target_id: string }>(
      `SELECT target_type, target_id FROM bank_allocations WHERE target_type = 'payment_batch'`,
    );
    expect(allocation).toMatchObject({ target_type: 'payment_batch', target_id: block.paymentInformationId });
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });
});

describe('the demo statement generator', () => {
  it('gives a statement paying every open demo invoice, which imports and pays them', async () => {
    const reply = await service.raw('GET', '/api/v1/bank/demo-statement.xml');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/xml');
    const xml = await reply.text();
    const parsed = parseCamt053(xml, 'demo.xml');
    expect(parsed.statements.length).toBeGreaterThanOrEqual(1);
    const imported = await service.post('/api/v1/bank/statements', { fileName: 'demo.xml', xml });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.toReview).toBe(0);
    const open = await query(
      `SELECT number FROM invoices WHERE kind = 'invoice' AND status IN ('issued', 'partially_paid')`,
    );
    expect(open).toEqual([]);
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });
});
