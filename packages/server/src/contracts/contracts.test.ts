import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, makeEnterpriseNumber, makeNiss } from '@partage/domain';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { DEMO_PLATFORM_TOKEN } from './demo.ts';
import { verifyBalances } from '../ledger/index.ts';

let h: Harness;
let today: string;
let member: HttpClient;
let clientId: string;

async function as(email: string, language = 'en'): Promise<HttpClient> {
  const client = h.client(language);
  const reply = await client.login(email, DEMO_PASSWORD);
  expect(reply.status).toBe(200);
  return client;
}

async function count(table: string): Promise<number> {
  const { rows } = await h.server.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]!.n;
}

async function snapshot() {
  return {
    contracts: await count('contracts'),
    invoices: await count('invoices'),
    entries: await count('journal_entries'),
    declarations: await count('employment_declarations'),
    clients: await count('clients'),
  };
}

let dayOffset = 30;
/** Fresh days far enough apart that tests never overlap each other. */
function nextDays(n = 1, hours = 7.6) {
  dayOffset += 3;
  return Array.from({ length: n }, (_, i) => ({ date: addDays(today, dayOffset + i), hours }));
}

function declaration(overrides: Record<string, unknown> = {}) {
  return {
    entityId: 'BE-PA',
    clientId,
    jobCode: 'graphic_designer',
    description: 'Identité visuelle du festival',
    countryOfWork: 'BE',
    risks: ['office_work'],
    days: nextDays(2),
    contractType: 'employee',
    amountExclVatCents: 100_000,
    vatTreatment: 'standard_21',
    withholdingRateBp: 1111,
    expensesCents: 0,
    ...overrides,
  };
}

async function accountBalance(kind: string, entityId = 'BE-PA'): Promise<number> {
  const { rows } = await h.server.ctx.db.query<{ b: number }>(
    `SELECT COALESCE(sum(balance_cents), 0)::bigint AS b FROM ledger_accounts WHERE entity_id = $1 AND kind = $2`,
    [entityId, kind],
  );
  return Number(rows[0]!.b);
}

beforeAll(async () => {
  h = await startHarness();
  today = h.server.ctx.clock.today();
  member = await as('member@partage.coop', 'fr');
  const created = await member.post('/api/v1/clients', {
    kind: 'company',
    name: 'Atelier Graphique SRL',
    country: 'BE',
    enterpriseNumber: makeEnterpriseNumber('08765432'),
    vatNumber: `BE${makeEnterpriseNumber('08765432')}`,
    street: 'Rue Neuve 5',
    postalCode: '1000',
    city: 'Bruxelles',
    email: 'compta@atelier.example',
    language: 'nl',
    paymentTermsDays: 30,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  clientId = created.body.client.id;
}, 120_000);

afterAll(async () => {
  h?.server.ctx.clock.set(null);
  await h?.close();
});

describe('clients', () => {
  it('keeps one client per enterprise: creating it again returns the existing one', async () => {
    const again = await member.post('/api/v1/clients', {
      kind: 'company',
      name: 'Another name',
      country: 'BE',
      enterpriseNumber: makeEnterpriseNumber('08765432'),
      street: 'x 1',
      postalCode: '1000',
      city: 'Bruxelles',
      email: 'x@example.be',
      language: 'fr',
      paymentTermsDays: 30,
    });
    expect(again.status).toBe(200);
    expect(again.body.existing).toBe(true);
    expect(again.body.client.id).toBe(clientId);
    const found = await member.get('/api/v1/clients?q=atelier graphique');
    expect(found.body.map((c: { id: string }) => c.id)).toContain(clientId);
  });

  it('refuses an invalid foreign VAT number in the user language, creating nothing', async () => {
    const before = await count('clients');
    const reply = await member.post('/api/v1/clients', {
      kind: 'company',
      name: 'Studio Lumière',
      country: 'FR',
      vatNumber: 'FR00123456789',
      street: '1 rue de Paris',
      postalCode: '75001',
      city: 'Paris',
      email: 'studio@example.fr',
      language: 'fr',
      paymentTermsDays: 30,
    });
    expect(reply.status).toBe(422);
    const fields = reply.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('vatNumber');
    expect(reply.body.errors[0].message).toMatch(/TVA/);
    expect(await count('clients')).toBe(before);
  });
});

describe('declaring a prestation', () => {
  it('previews what the client pays and what the worker receives, saving nothing', async () => {
    const before = await snapshot();
    const reply = await member.post('/api/v1/contracts/preview', declaration());
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.invoice.vatCents).toBe(21_000);
    expect(reply.body.invoice.totalInclVatCents).toBe(121_000);
    const b = reply.body.breakdown;
    expect(b.feeCents).toBe(6_500);
    expect(b.feeCents + b.expensesCents + b.employerCostCents + b.remainderCents).toBe(100_000);
    expect(b.lines.length).toBeGreaterThan(5);
    expect(b.lines[0].label).toMatch(/[a-z]/);
    expect(reply.body.payDate).toBe(addDays(reply.body.lastDay, 7));
    expect(await snapshot()).toEqual(before);
  });

  it('confirms: one invoice, one contract, its employment declaration, insurance per day, a balanced ledger', async () => {
    const body = declaration();
    const reply = await member.post('/api/v1/contracts', body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const { contractId, invoiceNumber } = reply.body;
    expect(invoiceNumber).toMatch(/^BE-PA-\d{4}-\d{6}$/);
    const detail = await member.get(`/api/v1/contracts/${contractId}`);
    expect(detail.body.status).toBe('declared');
    expect(detail.body.declaration.status).toBe('declared');
    expect(detail.body.declaration.type).toBe('OTH');
    expect(detail.body.invoice.totalInclVatCents).toBe(121_000);
    expect(detail.body.canCancel).toBe(true);
    const { rows: cover } = await h.server.ctx.db.query(
      `SELECT day FROM insurance_cover WHERE contract_id = $1 AND cover = 'work_accident'`,
      [contractId],
    );
    expect(cover).toHaveLength(2);
    for (const kind of ['contract', 'invoice']) {
      const pdf = await member.raw('GET', `/api/v1/contracts/${contractId}/documents/${kind}`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    const noPayslip = await member.raw('GET', `/api/v1/contracts/${contractId}/documents/payslip`);
    expect(noPayslip.status).toBe(404);
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });

  it('refuses every bad input in the worker language and creates nothing', async () => {
    const taken = declaration();
    expect((await member.post('/api/v1/contracts', taken)).status).toBe(201);
    const before = await snapshot();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ days: [{ date: addDays(today, -1), hours: 7.6 }] }, 'days', 'contract.first_day.past'],
      [{ days: taken.days }, 'days', 'contract.days.overlap'],
      [{ amountExclVatCents: 0 }, 'amountExclVatCents', ''],
      [{ amountExclVatCents: 5_000 }, 'amountExclVatCents', ''],
      [{ withholdingRateBp: 500 }, 'withholdingRateBp', 'payroll.withholding.min'],
      [{ countryOfWork: 'FR' }, 'posting', ''],
      [{ vatTreatment: 'exempt_trainer' }, 'vatTreatment', ''],
    ];
    for (const [overrides, field, code] of cases) {
      const reply = await member.post('/api/v1/contracts', declaration(overrides));
      expect(reply.status, JSON.stringify(overrides)).toBe(422);
      const issue = reply.body.errors.find((e: { field: string }) => e.field.startsWith(field));
      expect(issue, `${JSON.stringify(overrides)} -> ${JSON.stringify(reply.body.errors)}`).toBeDefined();
      if (code) expect(issue.code).toBe(code);
      expect(issue.message).not.toBe(issue.code);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('judges two simultaneous declarations of the same days one after the other', async () => {
    const body = declaration();
    const replies = await Promise.all([1, 2, 3].map(() => member.post('/api/v1/contracts', body)));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 422, 422]);
  });
});

describe('cancellation', () => {
  it('lets the worker cancel before the first day: credit note, declaration cancelled, days freed', async () => {
    const body = declaration();
    const { contractId } = (await member.post('/api/v1/contracts', body)).body;
    const cancelled = await member.post(`/api/v1/contracts/${contractId}/cancel`, {});
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.creditNoteNumber).toMatch(/^BE-PA-CN-\d{4}-\d{6}$/);
    const detail = (await member.get(`/api/v1/contracts/${contractId}`)).body;
    expect(detail.status).toBe('cancelled');
    expect(detail.declaration.status).toBe('cancelled');
    expect(detail.invoice.status).toBe('credited');
    const pdf = await member.raw('GET', `/api/v1/contracts/${contractId}/documents/credit-note`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    // The client owes nothing on it any more, and the days may be declared again.
    const { rows } = await h.server.ctx.db.query<{ b: number }>(
      `SELECT COALESCE(sum(p.amount_cents), 0)::bigint AS b FROM postings p JOIN journal_entries j ON j.id = p.entry_id
        WHERE j.reference IN ($1, $2) AND p.account_id IN (SELECT id FROM ledger_accounts WHERE kind = 'client_receivables')`,
      [detail.invoice.number, detail.invoice.number],
    );
    expect(Number(rows[0]!.b)).toBe(0);
    expect((await member.post('/api/v1/contracts', { ...body })).status).toBe(201);
    expect((await member.post(`/api/v1/contracts/${contractId}/cancel`, {})).status).toBe(409);
  });

  it('after the first day, only staff may correct, with a reason', async () => {
    const body = declaration({ days: [{ date: today, hours: 4 }] });
    const reply = await member.post('/api/v1/contracts', body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const id = reply.body.contractId;
    expect((await member.post(`/api/v1/contracts/${id}/cancel`, {})).status).toBe(409);
    const adviser = await as('adviser@partage.coop', 'nl');
    const noReason = await adviser.post(`/api/v1/contracts/${id}/cancel`, {});
    expect(noReason.status).toBe(422);
    const corrected = await adviser.post(`/api/v1/contracts/${id}/cancel`, {
      reason: 'De klant heeft het optreden geschrapt.',
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    const events = (await member.get(`/api/v1/contracts/${id}`)).body.events;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['declare', 'correct']);
  });
});

describe('salary guaranteed by the fund, and reimbursed by the client', () => {
  it('pays on the pay date whether or not the client paid, then the client payment refunds the fund', async () => {
    const payroll = await as('payroll@partage.coop', 'nl');
    const service = await as('service@partage.coop');
    const adviser = await as('adviser@partage.coop');
    const paid = (await member.post('/api/v1/contracts', declaration())).body;
    const held = (await member.post('/api/v1/contracts', declaration())).body;
    expect(
      (await adviser.post(`/api/v1/contracts/${held.contractId}/hold`, { message: 'Devis du client, svp ?' }))
        .status,
    ).toBe(200);

    // Not before the pay date.
    expect(
      (await payroll.post('/api/v1/payroll/runs', { entityId: 'BE-PA', payDate: paid.payDate })).status,
    ).toBe(422);
    const fundBefore = (await payroll.get('/api/v1/payroll/guarantee-fund')).body;
    h.server.ctx.clock.set(held.payDate > paid.payDate ? held.payDate : paid.payDate);
    try {
      const run = await payroll.post('/api/v1/payroll/runs', {
        entityId: 'BE-PA',
        payDate: h.server.ctx.clock.today(),
      });
      expect(run.status, JSON.stringify(run.body)).toBe(201);
      expect(run.body.advancedCents).toBeGreaterThan(0);
      const detail = (await member.get(`/api/v1/contracts/${paid.contractId}`)).body;
      expect(detail.status).toBe('paid');
      expect(detail.payslip.netCents).toBe(detail.netCents);
      // The net salary and the expenses are not paid out by the run: a transfer is ordered to the worker and
      // the money waits in salaries (and expenses) payable until the bank statement confirms it.
      const orders = (await payroll.get('/api/v1/payments/orders?entityId=BE-PA&status=pending')).body;
      const order = orders.find((o: { remittance: string }) => o.remittance.includes(detail.payslip.number));
      expect(order).toMatchObject({
        kind: 'salary',
        amountCents: detail.netCents + detail.breakdown.expensesCents,
      });
      expect(order.requestedExecutionDate >= detail.payslip.payDate).toBe(true);
      expect(detail.guaranteeAdvance.amountCents).toBe(detail.breakdown.employerCostCents);
      const payslip = await member.raw('GET', `/api/v1/contracts/${paid.contractId}/documents/payslip`);
      expect(payslip.headers.get('content-type')).toBe('application/pdf');
      expect((await member.get(`/api/v1/contracts/${held.contractId}`)).body.status).toBe('on_hold');

      const fund = (await payroll.get('/api/v1/payroll/guarantee-fund')).body;
      expect(fund.outstandingAdvancesCents - fundBefore.outstandingAdvancesCents).toBe(
        run.body.advancedCents,
      );
      expect(fund.advances.map((a: { contractId: string }) => a.contractId)).toContain(paid.contractId);

      // The client pays the whole invoice: the fund gets its advance back.
      const payment = await service.post(`/api/v1/invoices/${paid.invoiceId}/payments`, {
        amountCents: 121_000,
        paidOn: h.server.ctx.clock.today(),
        bankReference: `TEST-${paid.invoiceId}`,
      });
      expect(payment.status, JSON.stringify(payment.body)).toBe(201);
      expect(payment.body.reimbursedCents).toBe(detail.guaranteeAdvance.amountCents);
      expect(payment.body.invoice.status).toBe('paid');
      const after = (await payroll.get('/api/v1/payroll/guarantee-fund')).body;
      expect(after.outstandingAdvancesCents).toBe(
        fund.outstandingAdvancesCents - payment.body.reimbursedCents,
      );
      expect(after.advances.map((a: { contractId: string }) => a.contractId)).not.toContain(paid.contractId);
      // The same bank transfer twice is refused.
      const again = await service.post(`/api/v1/invoices/${paid.invoiceId}/payments`, {
        amountCents: 1,
        paidOn: h.server.ctx.clock.today(),
        bankReference: `TEST-${paid.invoiceId}`,
      });
      expect(again.status).toBe(422);
      expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
      expect(await accountBalance('member_contract')).toBeLessThanOrEqual(0);
    } finally {
      h.server.ctx.clock.set(null);
    }
  });
});

describe('non-members', () => {
  it('may declare three prestations without shares, then are asked to become members', async () => {
    const worker = h.client('nl');
    await worker.init();
    const niss = makeNiss({ year: 1995, month: 6, day: 1, sequence: 777 });
    const signUp = await worker.post('/api/v1/membership/sign-up', {
      entityId: 'BE-COOP',
      kind: 'natural',
      email: 'occasional@example.be',
      password: 'a-long-password-1',
      language: 'nl',
      natural: { firstName: 'Robin', lastName: 'Occasional', birthDate: '1995-06-01', gender: 'x', niss },
      address: { street: 'Kerkstraat 1', postalCode: '9000', city: 'Gent', country: 'BE' },
      iban: 'BE71 0961 2345 6769',
      consents: { data_policy: 1, internal_rules: 1, financial_risk: 1 },
      subscription: { category: 'A', quantity: 1 },
    });
    expect(signUp.status, JSON.stringify(signUp.body)).toBe(201);
    worker.csrf = signUp.body.csrfToken;
    for (let i = 0; i < 3; i++) {
      const reply = await worker.post('/api/v1/contracts', declaration());
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    }
    const fourth = await worker.post('/api/v1/contracts', declaration());
    expect(fourth.status).toBe(403);
    expect(fourth.body.code).toBe('gate.free_prestations_used');
    expect(fourth.body.detail ?? fourth.body.title).toMatch(/lid|aandeel|aandelen/i);
  });
});

describe('working abroad', () => {
  it('puts the posting form in the staff queue', async () => {
    const days = nextDays(2);
    const reply = await member.post(
      '/api/v1/contracts',
      declaration({
        countryOfWork: 'FR',
        days,
        posting: {
          hostName: 'Festival de Lille',
          street: '1 rue Nationale',
          postalCode: '59000',
          city: 'Lille',
          startDate: days[0]!.date,
          endDate: days[1]!.date,
        },
      }),
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const adviser = await as('adviser@partage.coop');
    const queue = (await adviser.get('/api/v1/staff/postings')).body;
    const form = queue.find((f: { contractId: string }) => f.contractId === reply.body.contractId);
    expect(form.country).toBe('FR');
    expect((await adviser.post(`/api/v1/staff/postings/${form.id}`, { status: 'issued' })).status).toBe(422);
    expect(
      (
        await adviser.post(`/api/v1/staff/postings/${form.id}`, {
          status: 'issued',
          a1Reference: 'A1-2026-0042',
        })
      ).status,
    ).toBe(200);
    expect((await member.get('/api/v1/staff/postings')).status).toBe(403);
  });
});

describe('client platforms', () => {
  const bearer = { authorization: `Bearer ${DEMO_PLATFORM_TOKEN}` };
  const platform = () => h.client('fr');

  it('needs its token', async () => {
    const reply = await platform().post('/api/v1/platform/prestations', { prestations: [] });
    expect(reply.status).toBe(401);
  });

  it('declares in bulk, all or nothing, enforcing the agreed minimum hours per day', async () => {
    const date = addDays(today, 3);
    const before = await snapshot();
    const bad = await platform().post(
      '/api/v1/platform/prestations',
      {
        prestations: [
          { workerEmail: 'jan.peeters@example.be', date, hours: 4, amountExclVatCents: 12_000 },
          { workerEmail: 'lea.martin@example.be', date, hours: 2, amountExclVatCents: 12_000 },
          { workerEmail: 'member@partage.coop', date, hours: 4, amountExclVatCents: 12_000 },
        ],
      },
      bearer,
    );
    expect(bad.status).toBe(422);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('prestations.3.workerEmail');
    expect(await snapshot()).toEqual(before);

    // An agreement above the legal floor: 4 paid hours a day and 15 EUR gross an hour.
    const admin = await as('admin@partage.coop');
    const platformClient = await admin.post('/api/v1/clients', {
      kind: 'company',
      name: 'Repas Rapides SRL',
      country: 'BE',
      enterpriseNumber: makeEnterpriseNumber('06543210'),
      street: 'Rue du Marché 3',
      postalCode: '1000',
      city: 'Bruxelles',
      email: 'admin@repas.example',
      language: 'fr',
      paymentTermsDays: 14,
    });
    const agreement = await admin.post('/api/v1/staff/platforms', {
      clientId: platformClient.body.client.id,
      jobCode: 'courier',
      risks: ['road_traffic'],
      minPaidHoursPerDay: 4,
      minHourlyGrossCents: 1_500,
    });
    expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
    const token = { authorization: `Bearer ${agreement.body.token}` };
    const beforeBulk = await snapshot();
    const jan = await as('jan.peeters@example.be', 'nl');
    const notYet = await platform().post(
      '/api/v1/platform/prestations',
      {
        prestations: [{ workerEmail: 'jan.peeters@example.be', date, hours: 4, amountExclVatCents: 20_000 }],
      },
      token,
    );
    expect(notYet.body.errors[0].code).toBe('platform.worker_not_authorised');
    expect((await jan.post(`/api/v1/contracts/platforms/${agreement.body.agreement.id}/allow`)).status).toBe(
      200,
    );
    const refused = await platform().post(
      '/api/v1/platform/prestations',
      {
        prestations: [
          {
            workerEmail: 'jan.peeters@example.be',
            date: addDays(date, 1),
            hours: 3.5,
            amountExclVatCents: 20_000,
          },
          {
            workerEmail: 'jan.peeters@example.be',
            date: addDays(date, 2),
            hours: 4,
            amountExclVatCents: 9_000,
          },
        ],
      },
      token,
    );
    expect(refused.status).toBe(422);
    const codes = refused.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`);
    expect(codes).toContain('prestations.1.days.0.hours contract.platform.min_hours');
    expect(
      codes.some(
        (c: string) => c.startsWith('prestations.2.') && c.endsWith('contract.platform.min_hourly_pay'),
      ),
    ).toBe(true);
    expect(await snapshot()).toEqual(beforeBulk);

    const csv = [
      'worker_email;date;hours;amount_excl_vat',
      `jan.peeters@example.be;${date};4;120,00`,
      `lea.martin@example.be;${date};3,5;105,50`,
    ].join('\n');
    const ok = await platform().request('POST', '/api/v1/platform/prestations.csv', undefined, {
      ...bearer,
      'content-type': 'text/csv',
    });
    expect(ok.status).toBe(422); // an empty body is not a file
    const response = await fetch(`${h.url}/api/v1/platform/prestations.csv`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'text/csv' },
      body: csv,
    });
    const body = (await response.json()) as { count: number; contracts: Array<{ invoiceNumber: string }> };
    expect(response.status, JSON.stringify(body)).toBe(201);
    expect(body.count).toBe(2);
    const after = await snapshot();
    expect(after.contracts - beforeBulk.contracts).toBe(2);
    expect(after.invoices - beforeBulk.invoices).toBe(2);
  });
});

describe('advisers', () => {
  it('see the declarations of the members they follow, with warnings', async () => {
    const adviser = await as('adviser@partage.coop');
    const list = (await adviser.get('/api/v1/staff/declarations?scope=followed')).body;
    expect(list.length).toBeGreaterThan(0);
    const held = list.find((c: { holdMessage: string | null }) => c.holdMessage?.startsWith('Le montant'));
    expect(held.holdMessage).toBeTruthy();
    expect(held.warnings.length).toBeGreaterThan(0);
    expect((await member.get('/api/v1/staff/declarations')).status).toBe(403);
  });
});
