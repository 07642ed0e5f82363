import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, addDays, makeEnterpriseNumber, translator } from '@partage/domain';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { verifyBalances } from '../ledger/index.ts';
import { validateUbl } from './ubl/validate-ubl.ts';
import { sendStoredDeliveries } from './peppol/send-deliveries.ts';
import type { AccessPoint, PeppolSendRequest } from './peppol/access-point.ts';

let h: Harness;
let member: HttpClient;
let service: HttpClient;
let payroll: HttpClient;
let companyId: string;
let personId: string;
const kbo = makeEnterpriseNumber('09182736');

async function as(email: string, language = 'en'): Promise<HttpClient> {
  const client = h.client(language);
  const reply = await client.login(email, DEMO_PASSWORD);
  expect(reply.status).toBe(200);
  return client;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await h.server.ctx.db.query<{ n: number }>(sql, params);
  return Number(rows[0]!.n);
}

async function balance(kind: string): Promise<number> {
  const { rows } = await h.server.ctx.db.query<{ b: number }>(
    `SELECT COALESCE(sum(balance_cents), 0)::bigint AS b FROM ledger_accounts
      WHERE entity_id = 'BE-PA' AND kind = $1`,
    [kind],
  );
  return Number(rows[0]!.b);
}

let dayOffset = 40;
function nextDays(n = 2) {
  dayOffset += 3;
  const from = h.server.ctx.clock.today();
  return Array.from({ length: n }, (_, i) => ({ date: addDays(from, dayOffset + i), hours: 7.6 }));
}

/** Declares a prestation of 1,000.00 excl. VAT at 21 % for `clientId`; returns the confirmation. */
async function declare(clientId: string, amountExclVatCents = 100_000) {
  const reply = await member.post('/api/v1/contracts', {
    entityId: 'BE-PA',
    clientId,
    jobCode: 'graphic_designer',
    description: 'Affiches du festival',
    countryOfWork: 'BE',
    risks: ['office_work'],
    days: nextDays(2),
    contractType: 'employee',
    amountExclVatCents,
    vatTreatment: 'standard_21',
    withholdingRateBp: 1111,
    expensesCents: 0,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { contractId: string; invoiceId: string; invoiceNumber: string; payDate: string };
}

/** Moves the clock to the pay date and pays the salaries due. */
async function payUntil(payDate: string) {
  if (payDate > h.server.ctx.clock.today()) h.server.ctx.clock.set(payDate);
  const run = await payroll.post('/api/v1/payroll/runs', {
    entityId: 'BE-PA',
    payDate: h.server.ctx.clock.today(),
  });
  expect([201, 409], JSON.stringify(run.body)).toContain(run.status);
}

async function deliveryOf(invoiceId: string) {
  const { rows } = await h.server.ctx.db.query<{
    channel: string;
    sender_id: string | null;
    recipient_id: string | null;
    recipient_address: string | null;
    status: string;
    sha256: string;
    ubl_xml: string;
    id: string;
  }>('SELECT * FROM invoice_deliveries WHERE invoice_id = $1', [invoiceId]);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

beforeAll(async () => {
  h = await startHarness();
  member = await as('member@partage.coop', 'fr');
  service = await as('service@partage.coop', 'nl');
  payroll = await as('payroll@partage.coop');
  const company = await member.post('/api/v1/clients', {
    kind: 'company',
    name: 'Imprimerie du Canal SRL',
    country: 'BE',
    enterpriseNumber: kbo,
    vatNumber: `BE${kbo}`,
    street: 'Quai de Willebroeck 22',
    postalCode: '1000',
    city: 'Bruxelles',
    email: 'compta@imprimerie.example',
    language: 'fr',
    paymentTermsDays: 30,
  });
  expect(company.status, JSON.stringify(company.body)).toBe(201);
  companyId = company.body.client.id;
  const person = await member.post('/api/v1/clients', {
    kind: 'person',
    name: 'Sam Verbruggen',
    country: 'BE',
    street: 'Veldstraat 3',
    postalCode: '9000',
    city: 'Gent',
    email: 'sam@example.be',
    language: 'nl',
    paymentTermsDays: 15,
  });
  expect(person.status, JSON.stringify(person.body)).toBe(201);
  personId = person.body.client.id;
}, 120_000);

afterAll(async () => {
  h?.server.ctx.clock.set(null);
  await h?.close();
});

describe('electronic invoices stored at issue', () => {
  it('stores a valid Peppol UBL for a Belgian company, to go over Peppol under its enterprise number', async () => {
    const c = await declare(companyId);
    const delivery = await deliveryOf(c.invoiceId);
    expect(delivery).toMatchObject({
      channel: 'peppol',
      sender_id: '0208:0455948203',
      recipient_id: `0208:${kbo}`,
      recipient_address: null,
      status: 'stored',
    });
    expect(delivery.sha256).toBe(createHash('sha256').update(delivery.ubl_xml, 'utf8').digest('hex'));
    expect(validateUbl(delivery.ubl_xml, { peppolNetwork: true })).toEqual([]);
    expect(delivery.ubl_xml).toContain(`<cbc:ID>${c.invoiceNumber}</cbc:ID>`);

    // The worker downloads it, from the invoice and from the contract's documents: the stored bytes.
    const ubl = await member.raw('GET', `/api/v1/invoices/${c.invoiceId}/ubl.xml`);
    expect(ubl.status).toBe(200);
    expect(ubl.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(ubl.headers.get('content-disposition')).toContain(`${c.invoiceNumber}.xml`);
    expect(await ubl.text()).toBe(delivery.ubl_xml);
    const fromContract = await member.raw('GET', `/api/v1/contracts/${c.contractId}/documents/invoice-ubl`);
    expect(await fromContract.text()).toBe(delivery.ubl_xml);
    const pdf = await service.raw('GET', `/api/v1/invoices/${c.invoiceId}/pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    // Another worker does not see it.
    const other = await as('jan.peeters@example.be');
    expect((await other.get(`/api/v1/invoices/${c.invoiceId}/ubl.xml`)).status).toBe(404);
  });

  it('sends the PDF by e-mail to a private person; the UBL is kept all the same', async () => {
    const c = await declare(personId, 50_000);
    const delivery = await deliveryOf(c.invoiceId);
    expect(delivery).toMatchObject({
      channel: 'email',
      recipient_id: null,
      recipient_address: 'sam@example.be',
    });
    expect(delivery.ubl_xml).toContain('<cbc:EndpointID schemeID="EM">sam@example.be</cbc:EndpointID>');
    expect(validateUbl(delivery.ubl_xml)).toEqual([]);
  });

  it('keeps the XML frozen: only the delivery status moves, nothing is deleted', async () => {
    const c = await declare(companyId);
    const delivery = await deliveryOf(c.invoiceId);
    const db = h.server.ctx.db;
    await expect(
      db.query('UPDATE invoice_deliveries SET ubl_xml = ubl_xml || $2 WHERE id = $1', [delivery.id, ' ']),
    ).rejects.toThrow(/frozen/);
    await expect(
      db.query(`UPDATE invoice_deliveries SET recipient_id = '0208:0403170701' WHERE id = $1`, [delivery.id]),
    ).rejects.toThrow(/frozen/);
    await expect(db.query('DELETE FROM invoice_deliveries WHERE id = $1', [delivery.id])).rejects.toThrow(
      /never deleted/,
    );
    await expect(
      db.query(
        `INSERT INTO invoice_deliveries (invoice_id, entity_id, channel, ubl_xml, sha256) VALUES ($1, 'BE-PA', 'email', 'x', $2)`,
        [c.invoiceId, '0'.repeat(64)],
      ),
    ).rejects.toThrow(/sha256/);
    await db.query(`UPDATE invoice_deliveries SET attempts = 1, last_error = 'timeout' WHERE id = $1`, [
      delivery.id,
    ]);
    expect((await deliveryOf(c.invoiceId)).ubl_xml).toBe(delivery.ubl_xml);
  });

  it('hands the stored documents to a configured access point, which gives a message id', async () => {
    const c = await declare(companyId);
    const sent: PeppolSendRequest[] = [];
    const accessPoint: AccessPoint = {
      sends: true,
      async send(request) {
        sent.push(request);
        if (request.xml.includes(`<cbc:ID>${c.invoiceNumber}</cbc:ID>`))
          return { messageId: `msg-${c.invoiceNumber}` };
        throw new Error('receiver not registered on Peppol');
      },
    };
    const result = await sendStoredDeliveries(h.server.ctx.db, accessPoint, 1_000);
    expect(result.sent).toBe(1);
    const ours = sent.find((s) => s.xml.includes(`<cbc:ID>${c.invoiceNumber}</cbc:ID>`))!;
    expect(ours).toMatchObject({
      senderId: '0208:0455948203',
      receiverId: `0208:${kbo}`,
      documentType:
        'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1',
    });
    const delivery = await h.server.ctx.db.query<{
      status: string;
      access_point_message_id: string;
      sent_at: Date;
    }>('SELECT status, access_point_message_id, sent_at FROM invoice_deliveries WHERE invoice_id = $1', [
      c.invoiceId,
    ]);
    expect(delivery.rows[0]).toMatchObject({
      status: 'sent',
      access_point_message_id: `msg-${c.invoiceNumber}`,
    });
    // The others failed once, kept for another attempt with the reason.
    expect(
      await count(
        `SELECT count(*) AS n FROM invoice_deliveries WHERE status = 'stored' AND attempts > 0 AND last_error LIKE '%not registered%'`,
      ),
    ).toBe(result.failed);
    // Nothing goes to the e-mail channel's access point.
    expect(sent.every((s) => s.receiverId.startsWith('0208:'))).toBe(true);
  });
});

describe('partial credit notes', () => {
  it('refuses while the salary is not paid: the contract is cancelled instead', async () => {
    const c = await declare(companyId);
    const reply = await service.post(`/api/v1/invoices/${c.invoiceId}/credit-notes`, {
      amountExclVatCents: 10_000,
      reason: 'Remise commerciale',
    });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('invoice.credit_note.contract_not_paid');
    expect(reply.body.title).toMatch(/contract/);
  });

  it('credits part of a paid contract invoice: VAT back, fee share back, the fund absorbs the worker share', async () => {
    const c = await declare(companyId);
    await payUntil(c.payDate);
    const contract = (await member.get(`/api/v1/contracts/${c.contractId}`)).body;
    expect(contract.status).toBe('paid');
    const advance = contract.guaranteeAdvance?.amountCents ?? 0;
    expect(advance).toBeGreaterThan(0);
    const [fundAfterPay, vatBefore, feeBefore] = [
      await balance('salary_guarantee_fund'),
      await balance('vat_payable'),
      await balance('fee_income'),
    ];
    const notesBefore = await count(`SELECT count(*) AS n FROM invoices WHERE kind = 'credit_note'`);

    // Too large: a clear field error with the maximum, in the user's language, nothing saved.
    const tooLarge = await service.post(`/api/v1/invoices/${c.invoiceId}/credit-notes`, {
      amountExclVatCents: 100_001,
      reason: 'Remise commerciale',
    });
    expect(tooLarge.status).toBe(422);
    expect(tooLarge.body.errors[0]).toMatchObject({
      field: 'amountExclVatCents',
      code: 'invoice.credit_note.too_large',
      params: { max: '1000.00' },
    });
    expect(tooLarge.body.errors[0].message).toMatch(/hoogstens 1000\.00 € excl\. btw/);
    const noReason = await service.post(`/api/v1/invoices/${c.invoiceId}/credit-notes`, {
      amountExclVatCents: 100,
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
    expect(await count(`SELECT count(*) AS n FROM invoices WHERE kind = 'credit_note'`)).toBe(notesBefore);
    // Only client service and administrators credit invoices.
    expect(
      (
        await member.post(`/api/v1/invoices/${c.invoiceId}/credit-notes`, {
          amountExclVatCents: 100,
          reason: 'Remise',
        })
      ).status,
    ).toBe(403);

    const key = { 'idempotency-key': `credit-${c.invoiceId}` };
    const body = { amountExclVatCents: 25_000, reason: 'Une affiche non livrée' };
    const reply = await service.post(`/api/v1/invoices/${c.invoiceId}/credit-notes`, body, key);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.creditNote).toMatchObject({
      totalExclVatCents: 25_000,
      totalVatCents: 5_250,
      totalInclVatCents: 30_250,
      guaranteeFundCents: 25_000 - 1_625,
    });
    expect(reply.body.creditNote.number).toMatch(/^BE-PA-CN-\d{4}-\d{6}$/);
    expect(reply.body.invoice).toMatchObject({
      creditedCents: 30_250,
      dueCents: 121_000 - 30_250,
      status: 'issued',
    });
    // The same request again changes nothing.
    const again = await service.post(`/api/v1/invoices/${c.invoiceId}/credit-notes`, body, key);
    expect(again.status).toBe(201);
    expect(again.body.creditNote.number).toBe(reply.body.creditNote.number);
    expect(await count(`SELECT count(*) AS n FROM invoices WHERE kind = 'credit_note'`)).toBe(
      notesBefore + 1,
    );

    // Ledger: VAT payable and fee income given back; the fund absorbs the rest.
    expect(vatBefore - (await balance('vat_payable'))).toBe(-5_250);
    expect(feeBefore - (await balance('fee_income'))).toBe(-1_625);
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);

    // The credit note's own electronic document goes over Peppol too, and is valid.
    const creditNoteId = (
      await h.server.ctx.db.query<{ id: string }>('SELECT id FROM invoices WHERE number = $1', [
        reply.body.creditNote.number,
      ])
    ).rows[0]!.id;
    const delivery = await deliveryOf(creditNoteId);
    expect(delivery.channel).toBe('peppol');
    expect(validateUbl(delivery.ubl_xml, { peppolNetwork: true })).toEqual([]);
    expect(delivery.ubl_xml).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(delivery.ubl_xml).toContain(`<cbc:ID>${c.invoiceNumber}</cbc:ID>`);
    expect(delivery.ubl_xml).toContain('Une affiche non livrée');

    // The detail shows it all.
    const detail = (await service.get(`/api/v1/invoices/${c.invoiceId}`)).body;
    expect(detail.creditNotes).toHaveLength(1);
    expect(detail.creditNotes[0]).toMatchObject({
      number: reply.body.creditNote.number,
      reason: body.reason,
    });
    expect(detail.deliveries.map((d: { channel: string }) => d.channel)).toEqual(['peppol', 'peppol']);
    expect(detail.credit).toEqual({ maxExclVatCents: 75_000, blocked: null });
    expect(detail.contract).toMatchObject({ id: c.contractId, status: 'paid' });
    expect(detail.lines[0]).toMatchObject({ vatTreatment: 'standard_21', amountExclVatCents: 100_000 });

    // The client pays what remains: the fund gets back its advance, less what the credit note made
    // unrecoverable; overall it lost exactly the worker's share of the credited amount.
    const paid = await service.post(`/api/v1/invoices/${c.invoiceId}/payments`, {
      amountCents: 121_000 - 30_250,
      paidOn: h.server.ctx.clock.today(),
      bankReference: `CN-TEST-${c.invoiceId}`,
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.invoice.status).toBe('paid');
    const fundFinal = await balance('salary_guarantee_fund');
    // Credit-normal account: the balance is negative when the fund holds money.
    expect(-fundFinal - -fundAfterPay).toBe(advance - (25_000 - 1_625));
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
    const after = (await service.get(`/api/v1/invoices/${c.invoiceId}`)).body;
    expect(after.credit.maxExclVatCents).toBe(0);
  });

  it('credits the whole invoice in two notes: exactly its VAT and fee, then it is credited', async () => {
    const c = await declare(companyId, 123_457);
    await payUntil(c.payDate);
    const [vatBefore, feeBefore] = [await balance('vat_payable'), await balance('fee_income')];
    const first = await service.post(`/api/v1/invoices/${c.invoiceId}/credit-notes`, {
      amountExclVatCents: 33_333,
      reason: 'Première correction',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const max = (await service.get(`/api/v1/invoices/${c.invoiceId}`)).body.credit.maxExclVatCents;
    expect(max).toBe(123_457 - 33_333);
    const second = await service.post(`/api/v1/invoices/${c.invoiceId}/credit-notes`, {
      amountExclVatCents: max,
      reason: 'Annulation du solde',
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(second.body.invoice).toMatchObject({ status: 'credited', dueCents: 0 });
    const invoice = (await service.get(`/api/v1/invoices/${c.invoiceId}`)).body.invoice;
    expect(invoice.creditedCents).toBe(invoice.totalInclVatCents);
    // VAT 21 % of 1,234.57 = 259.26; fee 6.5 % = 80.25 (half up): all given back, to the cent.
    expect((await balance('vat_payable')) - vatBefore).toBe(25_926);
    expect((await balance('fee_income')) - feeBefore).toBe(8_025);
    // Nothing more can be credited.
    const third = await service.post(`/api/v1/invoices/${c.invoiceId}/credit-notes`, {
      amountExclVatCents: 1,
      reason: 'Encore',
    });
    expect(third.status).toBe(409);
    expect(third.body.code).toBe('invoice.credited');
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });

  it('cancelling a contract still issues its full credit note, with its UBL', async () => {
    const c = await declare(companyId);
    const cancelled = await member.post(`/api/v1/contracts/${c.contractId}/cancel`, {});
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const delivery = await deliveryOf(cancelled.body.creditNoteId);
    expect(validateUbl(delivery.ubl_xml, { peppolNetwork: true })).toEqual([]);
    expect(delivery.ubl_xml).toContain('<cbc:PayableAmount currencyID="EUR">1210.00</cbc:PayableAmount>');
  });
});

describe('messages', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const path = join(dir, f);
      return statSync(path).isDirectory()
        ? files(path)
        : path.endsWith('.ts') && !path.endsWith('.test.ts')
          ? [path]
          : [];
    });

  it('every invoice code raised by issuing and crediting has a message in the four languages', () => {
    const mine = [
      ...files(join(here, 'ubl')),
      ...files(join(here, 'peppol')),
      join(here, 'issue-partial-credit-note.ts'),
      join(here, 'issue-credit-note.ts'),
    ];
    const codes = new Set<string>();
    for (const file of mine) {
      // Message codes, not the ledger sources or audit actions that share the prefix.
      const source = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/\b(source|action):/.test(line))
        .join('\n');
      for (const m of source.matchAll(/'(invoice\.[a-z_]+(?:\.[a-z_]+)*)'/g)) codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(4);
    for (const code of codes) {
      for (const lang of LANGUAGES) expect(translator.t(lang, code), `${code} ${lang}`).not.toBe(code);
    }
  });
});
