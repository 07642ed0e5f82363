import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, makeEnterpriseNumber, mileageAmountCents, mileageRateAt } from '@partage/domain';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { verifyBalances } from '../ledger/index.ts';
import { loadBudget } from './budget.ts';
import { runActivityDay } from './daily.ts';

let h: Harness;
let today: string;
let member: HttpClient;
let adviser: HttpClient;
let service: HttpClient;
let clientId: string;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('a small receipt picture'),
]);

async function as(email: string, language = 'en'): Promise<HttpClient> {
  const client = h.client(language);
  const reply = await client.login(email, DEMO_PASSWORD);
  expect(reply.status, `${email} ${JSON.stringify(reply.body)}`).toBe(200);
  return client;
}

async function count(table: string): Promise<number> {
  const { rows } = await h.server.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]!.n;
}

async function moneySnapshot() {
  return {
    entries: await count('journal_entries'),
    claims: await count('activity_expense_claims'),
    purchases: await count('activity_purchases'),
    salaries: await count('activity_salary_requests'),
    contracts: await count('contracts'),
    orders: await count('payment_orders'),
  };
}

/** Opens and activates an Activity for `who`, answers its id. */
async function openActivity(who: HttpClient, name: string): Promise<string> {
  const asked = await who.post('/api/v1/activities', {
    name,
    description: 'Studio de design graphique partagé',
    jobFamily: 'it_graphics_language',
    entity: 'BE-PA',
  });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  const decided = await adviser.post(`/api/v1/activities/${asked.body.id}/decision`, { decision: 'approve' });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  expect(decided.body.status).toBe('active');
  return asked.body.id;
}

function upload(who: HttpClient, activityId: string, bytes: Buffer, type: string) {
  return who.upload(`/api/v1/activities/${activityId}/files`, bytes, {
    'content-type': type,
    'x-file-name': 'ticket.png',
  });
}

/** A client's payment of an invoice, recorded by client service. */
async function pay(invoiceId: string, amountCents: number, reference: string) {
  const reply = await service.post(`/api/v1/invoices/${invoiceId}/payments`, {
    amountCents,
    paidOn: today,
    bankReference: reference,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
}

async function budget(activityId: string) {
  return (await member.get(`/api/v1/activities/${activityId}`)).body.budget;
}

function salary(days: string[], grossCents: number) {
  return {
    jobCode: 'graphic_designer',
    description: 'Mise en page du catalogue',
    countryOfWork: 'BE',
    risks: ['office_work'],
    days: days.map((date) => ({ date, hours: 7.6 })),
    contractType: 'employee',
    withholdingRateBp: 1111,
    grossCents,
  };
}

beforeAll(async () => {
  h = await startHarness();
  today = h.server.ctx.clock.today();
  member = await as('member@partage.coop', 'fr');
  adviser = await as('adviser@partage.coop', 'nl');
  service = await as('service@partage.coop', 'en');
  const created = await member.post('/api/v1/clients', {
    kind: 'company',
    name: 'Maison d’édition Lumen SRL',
    country: 'BE',
    enterpriseNumber: makeEnterpriseNumber('05550123'),
    vatNumber: `BE${makeEnterpriseNumber('05550123')}`,
    street: 'Rue des Éditeurs 9',
    postalCode: '1050',
    city: 'Ixelles',
    email: 'compta@lumen.example',
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

describe('opening an Activity', () => {
  it('refuses a person who is not a member, in their language, creating nothing', async () => {
    const applicant = await as('tom.devos@example.be', 'nl');
    const before = await count('activities');
    const reply = await applicant.post('/api/v1/activities', {
      name: 'Atelier céramique',
      description: 'Poterie',
      jobFamily: 'visual_arts_crafts',
      entity: 'BE-PA',
    });
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('gate.members_only');
    expect(reply.body.title).toMatch(/lid|leden/i);
    expect(await count('activities')).toBe(before);
  });

  it('checks every field of the request at once', async () => {
    const reply = await member.post('/api/v1/activities', {
      name: 'ab',
      description: ' ',
      jobFamily: 'astrology',
      entity: 'FR-SMART',
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'description',
      'entity',
      'jobFamily',
      'name',
    ]);
  });

  it('is approved by an adviser, who opens a budget that cannot be overdrawn', async () => {
    const asked = await member.post('/api/v1/activities', {
      name: 'Collectif Typo',
      description: 'Typographie et édition',
      jobFamily: 'it_graphics_language',
      entity: 'BE-PA',
    });
    expect(asked.status).toBe(201);
    // The member cannot approve it.
    expect(
      (await member.post(`/api/v1/activities/${asked.body.id}/decision`, { decision: 'approve' })).status,
    ).toBe(403);
    const page = (await member.get(`/api/v1/activities/${asked.body.id}`)).body;
    expect(page.activity.status).toBe('requested');
    expect(page.me.administrator).toBe(true);
    const portfolio = (await adviser.get('/api/v1/advisers/portfolio')).body;
    expect(portfolio.openingRequests.map((a: { id: string }) => a.id)).toContain(asked.body.id);
    const relation = (await adviser.get(`/api/v1/people/${page.me.personId}/relation`)).body;
    expect(relation.activities.find((a: { id: string }) => a.id === asked.body.id)).toMatchObject({
      entityName: 'Productions Associées',
      openedBy: 'Camille Dubois',
    });
    const refused = await adviser.post(`/api/v1/activities/${asked.body.id}/decision`, {
      decision: 'refuse',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].field).toBe('reason');
    const approved = await adviser.post(`/api/v1/activities/${asked.body.id}/decision`, {
      decision: 'approve',
    });
    expect(approved.body.status).toBe('active');
    const { rows } = await h.server.ctx.db.query<{ kind: string; debits_must_not_exceed_credits: boolean }>(
      `SELECT l.kind, l.debits_must_not_exceed_credits FROM activities a
         JOIN ledger_accounts l ON l.id = a.budget_account_id WHERE a.id = $1`,
      [asked.body.id],
    );
    expect(rows[0]).toEqual({ kind: 'activity_budget', debits_must_not_exceed_credits: true });
  });
});

describe('the journey of an Activity', () => {
  let activityId: string;
  let quoteId: string;
  let link: string;
  let depositId: string;
  let finalId: string;

  beforeAll(async () => {
    activityId = await openActivity(member, 'Studio Lumen');
  });

  it('writes a quote, sends it, and the client accepts it once through its link', async () => {
    const created = await member.post(`/api/v1/activities/${activityId}/quotes`, {
      clientId,
      title: 'Identité visuelle 2027',
      validUntil: addDays(today, 30),
      lines: [
        { description: 'Création du logo', quantity: 5, unitPriceCents: 60_000, vatTreatment: 'standard_21' },
        {
          description: 'Charte graphique',
          quantity: 1,
          unitPriceCents: 100_000,
          vatTreatment: 'standard_21',
        },
      ],
      send: true,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    quoteId = created.body.id;
    link = created.body.link;
    expect(link).toMatch(/\/q\/[A-Za-z0-9_-]{43}$/);
    const { rows } = await h.server.ctx.db.query<{ body: string }>(
      `SELECT body FROM outbox_emails WHERE to_address = 'compta@lumen.example' AND template = 'quote_sent'`,
    );
    expect(rows[0]!.body).toContain(link);

    const token = link.split('/q/')[1]!;
    const anonymous = await h.client('fr').init();
    const seen = await anonymous.get(`/api/v1/public/quotes/${token}`);
    expect(seen.status).toBe(200);
    expect(seen.body.totalExclVatCents).toBe(400_000);
    expect(seen.body.totalInclVatCents).toBe(484_000);
    // Invoicing before the client's answer is refused.
    const early = await member.post(`/api/v1/activities/${activityId}/quotes/${quoteId}/invoices`, {
      kind: 'final',
    });
    expect(early.status).toBe(409);

    const [first, second] = await Promise.all([
      anonymous.post(`/api/v1/public/quotes/${token}/answer`, { answer: 'accept' }),
      anonymous.post(`/api/v1/public/quotes/${token}/answer`, { answer: 'accept' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const refusedAgain = [first, second].find((r) => r.status === 409)!;
    expect(refusedAgain.body.code).toBe('activity.quote.already_accepted');
    expect((await anonymous.get('/api/v1/public/quotes/not-a-token')).status).toBe(404);
  });

  it('invoices the quote in a deposit then the rest, crediting the budget with amount minus fee', async () => {
    const deposit = await member.post(`/api/v1/activities/${activityId}/quotes/${quoteId}/invoices`, {
      kind: 'deposit',
      percentBp: 3000,
    });
    expect(deposit.status, JSON.stringify(deposit.body)).toBe(201);
    expect(deposit.body).toMatchObject({
      amountExclVatCents: 120_000,
      feeCents: 7_800,
      creditCents: 112_200,
    });
    depositId = deposit.body.id;
    const tooMuch = await member.post(`/api/v1/activities/${activityId}/quotes/${quoteId}/invoices`, {
      kind: 'intermediate',
      amountCents: 300_000,
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.code).toBe('activity.schedule.exceeds');
    const final = await member.post(`/api/v1/activities/${activityId}/quotes/${quoteId}/invoices`, {
      kind: 'final',
    });
    expect(final.status).toBe(201);
    expect(final.body.amountExclVatCents).toBe(280_000);
    finalId = final.body.id;
    const detail = (await member.get(`/api/v1/activities/${activityId}/quotes/${quoteId}`)).body;
    expect(detail.invoicedExclVatCents).toBe(400_000);
    expect(detail.invoices.map((i: { scheduleKind: string }) => i.scheduleKind)).toEqual([
      'deposit',
      'final',
    ]);
    const b = await budget(activityId);
    expect(b).toMatchObject({
      invoicedExclVatCents: 400_000,
      feeCents: 26_000,
      creditedCents: 374_000,
      receivedCents: 0,
      issuedNotPaidCents: 374_000,
      availableCents: 0,
      freeCents: 0,
      projectedCents: 374_000,
    });
    const { rows } = await h.server.ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM invoice_deliveries d JOIN invoices i ON i.id = d.invoice_id
        WHERE i.activity_id = $1`,
      [activityId],
    );
    expect(rows[0]!.n).toBe(2);
  });

  it('makes available what the client paid, in proportion and rounded down', async () => {
    await pay(depositId, 145_200, `LUMEN-DEP-${today}`);
    let b = await budget(activityId);
    expect(b.receivedCents).toBe(112_200);
    expect(b.availableCents).toBe(112_200);
    // A third of the final invoice (338,800 incl. VAT): 261,800 × 1/3, rounded down.
    await pay(finalId, 112_933, `LUMEN-FIN1-${today}`);
    b = await budget(activityId);
    expect(b.receivedCents).toBe(112_200 + Math.floor((261_800 * 112_933) / 338_800));
  });

  it('refuses a receipt that is not an image or a PDF, or too large, storing nothing', async () => {
    const before = await count('activity_files');
    const html = await upload(member, activityId, Buffer.from('<html>hello</html>'), 'text/html');
    expect(html.status).toBe(422);
    expect(html.body.errors[0]).toMatchObject({
      field: 'receipt',
      code: 'activity.receipt.type_not_allowed',
    });
    const renamed = await upload(member, activityId, Buffer.from('MZ this is an exe'), 'image/png');
    expect(renamed.body.errors[0].code).toBe('activity.receipt.content_mismatch');
    const huge = await upload(
      member,
      activityId,
      Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]),
      'image/png',
    );
    expect(huge.status).toBe(422);
    expect(huge.body.errors[0].code).toBe('activity.receipt.too_large');
    expect(huge.body.errors[0].message).toMatch(/10/);
    expect(await count('activity_files')).toBe(before);
  });

  it('claims expenses within the budget; staff approve them when no other manager can; money then moves', async () => {
    const file = await upload(member, activityId, PNG, 'image/png');
    expect(file.status, JSON.stringify(file.body)).toBe(201);
    const before = await moneySnapshot();
    const tooBig = await member.post(`/api/v1/activities/${activityId}/expense-claims`, {
      lines: [
        {
          kind: 'receipt',
          category: 'equipment',
          date: today,
          description: 'Écran',
          amountInclVatCents: 900_000,
          vatCents: 0,
          receiptFileId: file.body.id,
        },
      ],
    });
    expect(tooBig.status).toBe(409);
    expect(tooBig.body.code).toBe('activity.budget.insufficient');
    const missingReceipt = await member.post(`/api/v1/activities/${activityId}/expense-claims`, {
      lines: [
        {
          kind: 'receipt',
          category: 'supplies',
          date: today,
          description: 'Papier',
          amountInclVatCents: 1_000,
        },
      ],
    });
    expect(missingReceipt.status).toBe(422);
    expect(missingReceipt.body.errors[0].field).toBe('lines.0.receiptFileId');
    expect(await moneySnapshot()).toEqual(before);

    const claim = await member.post(`/api/v1/activities/${activityId}/expense-claims`, {
      lines: [
        {
          kind: 'receipt',
          category: 'supplies',
          date: today,
          description: 'Papier et encres',
          amountInclVatCents: 12_100,
          vatCents: 2_100,
          vatInvoice: true,
          receiptFileId: file.body.id,
        },
        {
          kind: 'mileage',
          date: today,
          description: 'Imprimeur à Gand',
          km: 100,
          from: 'Bruxelles',
          to: 'Gand',
        },
      ],
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    expect(claim.body.route).toEqual(['staff']);
    const mileage = mileageAmountCents(1000, mileageRateAt(today)!.rate);
    const b = await budget(activityId);
    expect(b.committed.expensesCents).toBe(10_000 + mileage);
    // The claimant cannot approve their own claim; the adviser can.
    const own = await member.post(`/api/v1/activities/${activityId}/approvals`, {
      subjectType: 'expense_claim',
      subjectId: claim.body.id,
      decision: 'approve',
    });
    expect(own.status).toBe(403);
    const approved = await adviser.post(`/api/v1/activities/${activityId}/approvals`, {
      subjectType: 'expense_claim',
      subjectId: claim.body.id,
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe('approved');
    const after = await budget(activityId);
    expect(after.committed.expensesCents).toBe(0);
    expect(after.spentCents).toBe(10_000 + mileage);
    const { rows } = await h.server.ctx.db.query<{ amount_cents: number; kind: string; status: string }>(
      `SELECT o.amount_cents, o.kind, o.status FROM payment_orders o JOIN activity_expense_claims c
         ON c.payment_order_id = o.id WHERE c.id = $1`,
      [claim.body.id],
    );
    expect(rows[0]).toMatchObject({ amount_cents: 12_100 + mileage, kind: 'expenses', status: 'pending' });
  });

  it('keeps participants within their rights', async () => {
    const invited = await member.post(`/api/v1/activities/${activityId}/participants`, {
      email: 'jan.peeters@example.be',
      rights: ['sell'],
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(204);
    const jan = await as('jan.peeters@example.be', 'nl');
    const page = (await jan.get(`/api/v1/activities/${activityId}`)).body;
    expect(page.me.can).toMatchObject({ sell: true, spend: false, requestSalary: false, manage: false });
    const claim = await jan.post(`/api/v1/activities/${activityId}/expense-claims`, {
      lines: [{ kind: 'mileage', date: today, description: 'Rit', km: 10 }],
    });
    expect(claim.status).toBe(403);
    expect(claim.body.code).toBe('activity.right.missing');
    expect(claim.body.title).toMatch(/recht|mag/i);
    const salaryAsked = await jan.post(
      `/api/v1/activities/${activityId}/salary-requests`,
      salary([addDays(today, 3)], 20_000),
    );
    expect(salaryAsked.status).toBe(403);
    // Someone outside the Activity does not even see it.
    const lea = await as('lea.martin@example.be');
    expect((await lea.get(`/api/v1/activities/${activityId}`)).status).toBe(404);
  });

  it('pays a salary from the budget: refused beyond it, a contract on approval, paid by the pay run', async () => {
    const free = (await budget(activityId)).freeCents;
    const day = addDays(today, 10);
    const preview = await member.post(
      `/api/v1/activities/${activityId}/salary-requests/preview`,
      salary([day], 50_000),
    );
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.employerCostCents).toBe(77_500);
    expect(preview.body.affordable).toBe(77_500 <= free);
    const tooMuch = await member.post(
      `/api/v1/activities/${activityId}/salary-requests`,
      salary([addDays(today, 11)], Math.ceil(free / 1.55) + 1_000),
    );
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.code).toBe('activity.budget.insufficient');

    const before = await moneySnapshot();
    const asked = await member.post(
      `/api/v1/activities/${activityId}/salary-requests`,
      salary([day], 50_000),
    );
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect((await moneySnapshot()).contracts).toBe(before.contracts);
    expect((await budget(activityId)).committed.salariesCents).toBe(77_500);
    const approved = await adviser.post(`/api/v1/activities/${activityId}/approvals`, {
      subjectType: 'salary_request',
      subjectId: asked.body.id,
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const contractId = approved.body.contractId;
    const contract = (await member.get(`/api/v1/contracts/${contractId}`)).body;
    expect(contract.status).toBe('declared');
    expect(contract.breakdown.grossCents).toBe(50_000);
    expect(contract.clientName).toBe('Studio Lumen');
    expect(contract.declaration.reference).toMatch(/\d{12}/);
    const b = await budget(activityId);
    expect(b.committed.salariesCents).toBe(0);
    expect(b.freeCents).toBe(free - 77_500);

    const payroll = await as('payroll@partage.coop');
    const due = (await payroll.get('/api/v1/payroll/due?entityId=BE-PA')).body.payDates;
    expect(due.find((d: { payDate: string }) => d.payDate === contract.payDate)?.contracts).toBeGreaterThan(
      0,
    );
    h.server.ctx.clock.set(contract.payDate);
    try {
      const run = await payroll.post('/api/v1/payroll/runs', {
        entityId: 'BE-PA',
        payDate: contract.payDate,
      });
      expect(run.status, JSON.stringify(run.body)).toBe(201);
      const paid = (await member.get(`/api/v1/contracts/${contractId}`)).body;
      expect(paid.status).toBe('paid');
      expect(paid.payslip.netCents).toBe(contract.netCents);
    } finally {
      h.server.ctx.clock.set(null);
    }
  });

  it('shows the yearly statement whose closing is the budget account balance', async () => {
    const year = Number(today.slice(0, 4));
    const statements = (await member.get(`/api/v1/activities/${activityId}/statements`)).body;
    const current = statements.find((s: { year: number }) => s.year === year);
    const { rows } = await h.server.ctx.db.query<{ balance: number }>(
      `SELECT -l.balance_cents AS balance FROM activities a JOIN ledger_accounts l ON l.id = a.budget_account_id
        WHERE a.id = $1`,
      [activityId],
    );
    expect(current.closingCents).toBe(Number(rows[0]!.balance));
    expect(current.salesCents).toBe(400_000);
    expect(current.feeCents).toBe(26_000);
    expect(current.salariesCents).toBe(77_500);
    const view = await loadBudget(h.server.ctx.db, activityId, today);
    expect(current.closingCents).toBe(view.availableCents + view.issuedNotPaidCents);
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });
});

describe('the last euros of a budget', () => {
  it('never pays two salaries at once beyond what is free', async () => {
    const activityId = await openActivity(member, 'Dernier euro');
    const created = await member.post(`/api/v1/activities/${activityId}/invoices`, {
      clientId,
      lines: [{ description: 'Atelier', quantity: 1, unitPriceCents: 100_000, vatTreatment: 'standard_21' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await pay(created.body.id, 121_000, `LAST-EURO-${today}`);
    const free = (await budget(activityId)).freeCents;
    expect(free).toBe(93_500);
    // Each request costs 77,500: the budget holds one, not two.
    const requests = await Promise.all([
      member.post(`/api/v1/activities/${activityId}/salary-requests`, salary([addDays(today, 40)], 50_000)),
      member.post(`/api/v1/activities/${activityId}/salary-requests`, salary([addDays(today, 41)], 50_000)),
    ]);
    expect(requests.map((r) => r.status).sort()).toEqual([201, 409]);
    const b = await budget(activityId);
    expect(b.committed.salariesCents).toBe(77_500);
    expect(b.freeCents).toBe(16_000);
  });
});

describe('credit notes and write-offs of an Activity invoice', () => {
  it('takes back from the budget what a credited or written-off part had brought it', async () => {
    const activityId = await openActivity(member, 'Crédits et pertes');
    const issue = async () => {
      const reply = await member.post(`/api/v1/activities/${activityId}/invoices`, {
        clientId,
        lines: [{ description: 'Atelier', quantity: 2, unitPriceCents: 50_000, vatTreatment: 'standard_21' }],
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      return reply.body as { id: string; creditCents: number };
    };
    // A whole unpaid invoice credited: the budget is back where it was.
    const first = await issue();
    expect((await budget(activityId)).creditedCents).toBe(93_500);
    const full = await member.post(`/api/v1/activities/${activityId}/invoices/${first.id}/credit-notes`, {
      reason: 'Atelier annulé par le client',
    });
    expect(full.status, JSON.stringify(full.body)).toBe(201);
    expect(await budget(activityId)).toMatchObject({
      invoicedExclVatCents: 0,
      feeCents: 0,
      creditedCents: 0,
    });

    // Half paid, a quarter credited, the rest written off: the budget keeps only what came in.
    const second = await issue();
    await pay(second.id, 60_500, `CREDIT-HALF-${today}`);
    expect((await budget(activityId)).receivedCents).toBe(46_750);
    const partial = await member.post(`/api/v1/activities/${activityId}/invoices/${second.id}/credit-notes`, {
      amountExclVatCents: 25_000,
      reason: 'Remise accordée',
    });
    expect(partial.status, JSON.stringify(partial.body)).toBe(201);
    let b = await budget(activityId);
    expect(b.invoicedExclVatCents).toBe(75_000);
    const writeOff = await service.post(`/api/v1/receivables/cases/${second.id}/write-off`, {
      reason: 'Client en faillite',
    });
    expect(writeOff.status, JSON.stringify(writeOff.body)).toBe(200);
    b = await budget(activityId);
    expect(b.issuedNotPaidCents).toBe(0);
    expect(b.availableCents).toBe(b.receivedCents);
    expect(b.creditedCents).toBe(b.receivedCents);
    expect(writeOff.body.writeOff.budgetCents).toBeGreaterThan(0);
    const { rows } = await h.server.ctx.db.query<{ balance: number }>(
      `SELECT -l.balance_cents AS balance FROM activities a JOIN ledger_accounts l ON l.id = a.budget_account_id
        WHERE a.id = $1`,
      [activityId],
    );
    expect(Number(rows[0]!.balance)).toBe(b.availableCents);
    expect((await verifyBalances(h.server.ctx.db)).ok).toBe(true);
  });
});

describe('purchases and a second manager', () => {
  it('routes a purchase to the other administrator, then staff above the threshold, and pays it once', async () => {
    const activityId = await openActivity(member, 'Atelier partagé');
    const invoice = await member.post(`/api/v1/activities/${activityId}/invoices`, {
      clientId,
      lines: [
        { description: 'Résidence', quantity: 1, unitPriceCents: 500_000, vatTreatment: 'standard_21' },
      ],
    });
    await pay(invoice.body.id, 605_000, `PURCHASE-${today}`);
    await member.post(`/api/v1/activities/${activityId}/participants`, {
      email: 'sofie.janssens@example.be',
      rights: [],
      administrator: true,
    });
    const sofie = await as('sofie.janssens@example.be', 'nl');
    const file = await upload(
      member,
      activityId,
      Buffer.from('%PDF-1.7\n% supplier invoice'),
      'application/pdf',
    );
    expect(file.status).toBe(201);
    const body = {
      supplierName: 'Imprimerie du Canal SRL',
      supplierIban: 'BE68 5390 0754 7034',
      supplierInvoiceNumber: 'F-2026-118',
      description: 'Presse de gravure',
      category: 'equipment',
      investment: true,
      invoiceDate: today,
      dueDate: addDays(today, 30),
      amountExclVatCents: 200_000,
      vatCents: 42_000,
      fileId: file.body.id,
    };
    const recorded = await member.post(`/api/v1/activities/${activityId}/purchases`, body);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body.route).toEqual(['activity', 'staff']);
    const again = await member.post(`/api/v1/activities/${activityId}/purchases`, body);
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({
      field: 'supplierInvoiceNumber',
      code: 'activity.purchase.duplicate',
    });
    const badIban = await member.post(`/api/v1/activities/${activityId}/purchases`, {
      ...body,
      supplierInvoiceNumber: 'F-2026-119',
      supplierIban: 'BE68 5390 0754 7035',
    });
    expect(badIban.status).toBe(422);
    expect(badIban.body.errors[0].field).toBe('supplierIban');

    const waitingFor = async (who: HttpClient) =>
      (await who.get(`/api/v1/activities/${activityId}`)).body.waiting.map((w: { id: string }) => w.id);
    expect(await waitingFor(sofie)).toEqual([recorded.body.id]);
    expect(await waitingFor(member)).toEqual([]);
    // Staff may not skip the Activity's step; the other administrator approves it first.
    const early = await adviser.post(`/api/v1/activities/${activityId}/approvals`, {
      subjectType: 'purchase',
      subjectId: recorded.body.id,
      decision: 'approve',
    });
    expect(early.status).toBe(403);
    const first = await sofie.post(`/api/v1/activities/${activityId}/approvals`, {
      subjectType: 'purchase',
      subjectId: recorded.body.id,
      decision: 'approve',
    });
    expect(first.body).toMatchObject({ status: 'submitted', next: 'staff' });
    // Each approver is told when the request reaches their step: Sofie first, then the adviser.
    const { rows: told } = await h.server.ctx.db.query<{ to_address: string; subject: string }>(
      `SELECT to_address, subject FROM outbox_emails WHERE template = 'activity_approval_waiting' AND body LIKE $1
        ORDER BY id`,
      [`%Atelier partagé%`],
    );
    expect(told.map((t) => t.to_address)).toEqual(['sofie.janssens@example.be', 'adviser@partage.coop']);
    expect(told[0]!.subject).toMatch(/^Goed te keuren: Aankoop ACH-/);
    const portfolio = (await adviser.get('/api/v1/advisers/portfolio')).body;
    expect(portfolio.approvals.map((a: { id: string }) => a.id)).toContain(recorded.body.id);
    const second = await adviser.post(`/api/v1/activities/${activityId}/approvals`, {
      subjectType: 'purchase',
      subjectId: recorded.body.id,
      decision: 'approve',
    });
    expect(second.body.status).toBe('approved');
    const b = await budget(activityId);
    expect(b.spentCents).toBe(200_000);
    const statement = (await member.get(`/api/v1/activities/${activityId}/statements`)).body.at(-1);
    expect(statement.investmentsCents).toBe(200_000);
    const { rows } = await h.server.ctx.db.query<{
      kind: string;
      amount_cents: number;
      requested_execution_date: string;
    }>(
      `SELECT o.kind, o.amount_cents, o.requested_execution_date::text FROM payment_orders o
         JOIN activity_purchases p ON p.payment_order_id = o.id WHERE p.id = $1`,
      [recorded.body.id],
    );
    expect(rows[0]!.kind).toBe('supplier');
    expect(Number(rows[0]!.amount_cents)).toBe(242_000);
    expect(rows[0]!.requested_execution_date >= addDays(today, 30)).toBe(true);
  });
});

describe('financing, a CDI and the year end', () => {
  it('lends to the budget, pays a CDI month from it, takes the instalments and closes the year', async () => {
    const activityId = await openActivity(member, 'Compagnie Vents');
    const me = (await member.get(`/api/v1/activities/${activityId}`)).body.me.personId;
    const cdi = { personId: me, startMonth: today.slice(0, 7), monthlyGrossCents: 250_000 };
    // No reserve yet: refused with what is missing.
    const early = await adviser.post(`/api/v1/activities/${activityId}/cdis`, cdi);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('activity.cdi.reserve_missing');

    const asked = await member.post(`/api/v1/activities/${activityId}/financings`, {
      kind: 'loan',
      principalCents: 1_200_000,
      months: 12,
      firstDueDate: addDays(today, 20),
      purpose: 'Fonds de roulement de la tournée',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(
      (
        await member.post(`/api/v1/activities/${activityId}/financings/${asked.body.id}/decision`, {
          decision: 'grant',
        })
      ).status,
    ).toBe(403);
    const granted = await adviser.post(
      `/api/v1/activities/${activityId}/financings/${asked.body.id}/decision`,
      {
        decision: 'grant',
      },
    );
    expect(granted.status, JSON.stringify(granted.body)).toBe(204);
    expect((await budget(activityId)).availableCents).toBe(1_200_000);

    const preview = await adviser.post(`/api/v1/activities/${activityId}/cdis/preview`, cdi);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.monthlyEmployerCostCents).toBe(387_500);
    expect(preview.body.reserveCents).toBe(3 * 387_500);
    const setUp = await adviser.post(`/api/v1/activities/${activityId}/cdis`, cdi);
    expect(setUp.status, JSON.stringify(setUp.body)).toBe(201);
    expect((await adviser.post(`/api/v1/activities/${activityId}/cdis`, cdi)).status).toBe(409);

    const payroll = await as('payroll@partage.coop');
    const run = await payroll.post('/api/v1/activities/cdi-runs', {
      entityId: 'BE-PA',
      month: today.slice(0, 7),
    });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body.paid.map((p: { reference: string }) => p.reference)).toContain(setUp.body.reference);
    expect(
      run.body.paid.find((p: { reference: string }) => p.reference === setUp.body.reference),
    ).toMatchObject({
      personName: 'Camille Dubois',
      activityName: 'Compagnie Vents',
    });
    const again = await payroll.post('/api/v1/activities/cdi-runs', {
      entityId: 'BE-PA',
      month: today.slice(0, 7),
    });
    expect(again.body.paid.map((p: { reference: string }) => p.reference)).not.toContain(
      setUp.body.reference,
    );
    expect((await budget(activityId)).availableCents).toBe(1_200_000 - 387_500);
    const alerts = (await adviser.get(`/api/v1/activities/${activityId}`)).body.alerts;
    expect(alerts.map((a: { code: string }) => a.code)).toContain('activity.alert.budget_under_reserve');

    // The first instalment falls due: the daily job takes it once, and the next year's first day closes this year.
    const ctx = h.server.ctx;
    const due = addDays(today, 20);
    expect(await runActivityDay(ctx, due)).toMatchObject({ instalmentsCollected: 1 });
    expect(await runActivityDay(ctx, due)).toBeNull();
    const view = await loadBudget(ctx.db, activityId, due);
    expect(view.availableCents).toBe(1_200_000 - 387_500 - 100_000);
    const year = Number(today.slice(0, 4));
    const newYear = `${year + 1}-01-02`;
    await runActivityDay(ctx, newYear);
    const { rows } = await ctx.db.query<{ carried_over_cents: number; statement: { closingCents: number } }>(
      'SELECT carried_over_cents, statement FROM activity_year_ends WHERE activity_id = $1 AND year = $2',
      [activityId, year],
    );
    const ledger = await ctx.db.query<{ balance: number }>(
      `SELECT COALESCE(sum(-p.amount_cents), 0)::bigint AS balance FROM activities a
         JOIN postings p ON p.account_id = a.budget_account_id JOIN journal_entries e ON e.id = p.entry_id
        WHERE a.id = $1 AND e.entry_date <= $2`,
      [activityId, `${year}-12-31`],
    );
    expect(Number(rows[0]!.carried_over_cents)).toBe(Number(ledger.rows[0]!.balance));
    expect(rows[0]!.statement.closingCents).toBe(Number(rows[0]!.carried_over_cents));
    const pdf = await member.raw('GET', `/api/v1/activities/${activityId}/statements/${year}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await verifyBalances(ctx.db)).ok).toBe(true);
  });
});

describe('settings of the Activity tool per entity', () => {
  it('lets an administrator lower the staff threshold, checked field by field', async () => {
    const admin = await as('admin@partage.coop', 'de');
    expect((await member.put('/api/v1/activities/settings/BE-PI', { reserveMonths: 2 })).status).toBe(403);
    const bad = await admin.put('/api/v1/activities/settings/BE-PI', { reserveMonths: 99, colour: 'blue' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'settings.colour',
      'settings.reserveMonths',
    ]);
    const changed = await admin.put('/api/v1/activities/settings/BE-PI', {
      staffApprovalThresholdCents: 5_000,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.settings).toMatchObject({ staffApprovalThresholdCents: 5_000, reserveMonths: 3 });
    const read = await adviser.get('/api/v1/activities/settings/BE-PI');
    expect(read.body.settings.staffApprovalThresholdCents).toBe(5_000);
  });
});
