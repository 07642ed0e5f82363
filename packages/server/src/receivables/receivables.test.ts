import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, makeEnterpriseNumber } from '@partage/domain';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { accountFor, verifyBalances } from '../ledger/index.ts';
import { issueInvoice } from '../invoicing/issue-invoice.ts';
import { recordInvoicePayment } from '../invoicing/record-payment.ts';
import { loadEntity } from '../membership/queries.ts';
import type { ClientRow } from '../clients/queries.ts';
import { sendReminders } from './send-reminders.ts';
import { runDailyReminders } from './scheduler.ts';

let h: Harness;
let member: HttpClient;
let service: HttpClient;
let company: { id: string; email: string };
let consumer: { id: string; email: string };

/** The day the test invoices are issued: far from the demo's dates, in the cooperative's future. */
const T0 = '2027-01-04';
/** Due date of an invoice issued on T0 to a client with 30 days of payment terms. */
const DUE = addDays(T0, 30);
const on = (days: number) => addDays(DUE, days);

async function as(email: string, language = 'en'): Promise<HttpClient> {
  const client = h.client(language);
  const reply = await client.login(email, DEMO_PASSWORD);
  expect(reply.status).toBe(200);
  return client;
}

const db = () => h.server.ctx.db;
const clock = () => h.server.ctx.clock;

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params);
  return rows[0]!.n;
}

async function balance(kind: string, ownerId: string | null = null, entityId = 'BE-PA'): Promise<number> {
  const { rows } = await db().query<{ b: number }>(
    `SELECT COALESCE(sum(balance_cents), 0)::bigint AS b FROM ledger_accounts
      WHERE entity_id = $1 AND kind = $2 AND ($3::text IS NULL OR owner_id = $3)`,
    [entityId, kind, ownerId],
  );
  return Number(rows[0]!.b);
}

let dayOffset = 0;
/** Declares a job for a client on T0 (the invoice is issued then): 1,000.00 + 21 % VAT. */
async function declare(
  clientId: string,
): Promise<{ contractId: string; invoiceId: string; payDate: string }> {
  clock().set(T0);
  dayOffset += 2;
  const reply = await member.post('/api/v1/contracts', {
    entityId: 'BE-PA',
    clientId,
    jobCode: 'graphic_designer',
    description: 'Affiche et programme',
    countryOfWork: 'BE',
    risks: ['office_work'],
    days: [{ date: addDays(T0, dayOffset), hours: 7.6 }],
    contractType: 'employee',
    amountExclVatCents: 100_000,
    vatTreatment: 'standard_21',
    withholdingRateBp: 1111,
    expensesCents: 0,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

async function run(date: string) {
  clock().set(date);
  const reply = await service.post('/api/v1/receivables/reminders/run', {});
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

async function remindersOf(invoiceId: string) {
  const { rows } = await db().query<{
    step: number;
    kind: string;
    sent_on: string;
    amount_due_cents: number;
    interest_cents: number;
    compensation_cents: number;
  }>('SELECT * FROM invoice_reminders WHERE invoice_id = $1 ORDER BY step', [invoiceId]);
  return rows;
}

async function mails(to: string, template: string) {
  const { rows } = await db().query<{ language: string; subject: string; body: string }>(
    'SELECT language, subject, body FROM outbox_emails WHERE to_address = $1 AND template = $2 ORDER BY id',
    [to, template],
  );
  // Belgian money formats put a no-break space before the euro sign.
  return rows.map((r) => ({ ...r, body: r.body.replace(/\u00a0/g, ' ') }));
}

beforeAll(async () => {
  h = await startHarness();
  member = await as('member@partage.coop', 'fr');
  service = await as('service@partage.coop', 'fr');
  const created = await member.post('/api/v1/clients', {
    kind: 'company',
    name: 'Drukkerij Van Damme BV',
    country: 'BE',
    enterpriseNumber: makeEnterpriseNumber('08123456'),
    vatNumber: `BE${makeEnterpriseNumber('08123456')}`,
    street: 'Veldstraat 10',
    postalCode: '9000',
    city: 'Gent',
    email: 'boekhouding@vandamme.example',
    language: 'nl',
    paymentTermsDays: 30,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  company = created.body.client;
  const person = await member.post('/api/v1/clients', {
    kind: 'person',
    name: 'Greta Hoffmann',
    country: 'BE',
    street: 'Hauptstraße 3',
    postalCode: '4700',
    city: 'Eupen',
    email: 'greta.hoffmann@example.be',
    language: 'de',
    paymentTermsDays: 30,
  });
  expect(person.status, JSON.stringify(person.body)).toBe(201);
  consumer = person.body.client;
}, 180_000);

afterAll(async () => {
  h?.server.ctx.clock.set(null);
  await h?.close();
});

describe('demo', () => {
  it('has overdue invoices with reminders sent, a case handed over, a payment plan and a dispute', async () => {
    const queue = await service.get('/api/v1/receivables/queue?entityId=BE-PA');
    expect(queue.status).toBe(200);
    const statuses = queue.body.items.map((i: { case: { status: string } | null }) => i.case?.status);
    expect(statuses).toEqual(expect.arrayContaining(['open', 'payment_plan', 'disputed']));
    const handedOver = queue.body.items.find(
      (i: { case: { openedBy: string } | null }) => i.case?.openedBy === 'handover',
    );
    expect(handedOver.lastReminder.kind).toBe('formal_notice');
    const detail = await service.get(`/api/v1/receivables/cases/${handedOver.invoiceId}`);
    expect(detail.body.reminders.map((r: { kind: string }) => r.kind)).toEqual([
      'friendly',
      'second',
      'formal_notice',
    ]);
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual(['opened', 'call']);
    const planned = queue.body.items.find(
      (i: { case: { status: string } | null }) => i.case?.status === 'payment_plan',
    );
    const plan = await service.get(`/api/v1/receivables/cases/${planned.invoiceId}`);
    expect(plan.body.plan).toMatchObject({ state: 'respected', coveredInstalments: 1 });
  });
});

describe('reminder schedule of an entity', () => {
  it('is validated when an administrator changes it', async () => {
    const admin = await as('admin@partage.coop', 'nl');
    const bad = await admin.patch('/api/v1/entities/BE-FA/settings', {
      reminders: {
        steps: [
          { kind: 'friendly', daysAfterDue: 10 },
          { kind: 'second', daysAfterDue: 10 },
        ],
        promiseGraceDays: 3,
        planGraceDays: 7,
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({
      field: 'reminders.steps.1.daysAfterDue',
      code: 'receivables.schedule.days_not_increasing',
      message: 'Elke stap komt minstens een dag na de vorige.',
    });
    const unknown = await admin.patch('/api/v1/entities/BE-FA/settings', {
      reminders: { steps: [{ kind: 'sms', daysAfterDue: 3 }], promiseGraceDays: 3, planGraceDays: 7 },
    });
    expect(unknown.status).toBe(422);
    const good = await admin.patch('/api/v1/entities/BE-FA/settings', {
      reminders: {
        steps: [
          { kind: 'friendly', daysAfterDue: 5 },
          { kind: 'formal_notice', daysAfterDue: 30 },
          { kind: 'handover', daysAfterDue: 40 },
        ],
        promiseGraceDays: 2,
        planGraceDays: 5,
      },
    });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body.reminders.steps).toHaveLength(3);
    const entities = await admin.get('/api/v1/entities');
    const pa = entities.body.find((e: { id: string }) => e.id === 'BE-PA');
    expect(pa.settings.reminders.steps.map((s: { daysAfterDue: number }) => s.daysAfterDue)).toEqual([
      7, 21, 35, 45,
    ]);
  });
});

describe('receivables figures on a small known data set', () => {
  it('gives outstanding by age, DSO, reminders sent and the recovery rate per month', async () => {
    // Three invoices of Palais de l'Intérim in 2025 (no other invoice of that entity exists).
    const ctx = h.server.ctx;
    const { rows: people } = await db().query<{ id: string }>(
      "SELECT id FROM people WHERE email = 'member@partage.coop'",
    );
    const created = await member.post('/api/v1/clients', {
      kind: 'company',
      name: 'Brasserie du Canal SRL',
      country: 'BE',
      enterpriseNumber: makeEnterpriseNumber('08234567'),
      street: 'Quai du Commerce 8',
      postalCode: '1000',
      city: 'Bruxelles',
      email: 'compta@brasserieducanal.example',
      language: 'fr',
      paymentTermsDays: 30,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { rows: clients } = await db().query<ClientRow>('SELECT * FROM clients WHERE id = $1', [
      created.body.client.id,
    ]);
    const issue = (date: string, base: number, key: string) =>
      db().transaction(async (tx) => {
        const entity = await loadEntity(tx, 'BE-PI');
        const fee = await accountFor(tx, 'BE-PI', 'fee_income');
        return issueInvoice(tx, {
          entity,
          client: clients[0]!,
          performer: { personId: people[0]!.id, name: 'Camille Dubois', memberNumber: null },
          contractId: null,
          issueDate: date,
          deliveryFrom: date,
          deliveryTo: date,
          lines: [
            {
              description: 'Mise à disposition',
              quantityCenti: 100,
              unit: 'unit',
              unitPriceCents: base,
              amountExclVatCents: base,
              vatRateBp: 2100,
              vatTreatment: 'standard_21',
              vatCents: Math.round(base * 0.21),
            },
          ],
          credits: [{ accountId: fee.id, amountCents: base }],
          createdBy: null,
          idempotencyKey: `test-figures:${key}`,
        });
      });
    const pay = (invoiceId: string, amountCents: number, paidOn: string) =>
      db().transaction((tx) =>
        recordInvoicePayment(
          tx,
          { invoiceId, amountCents, paidOn, bankReference: `FIG-${invoiceId}-${paidOn}` },
          null,
        ),
      );
    const inv1 = await issue('2025-01-10', 100_000, '1'); // 1,210.00 due 2025-02-09
    await issue('2025-02-15', 50_000, '2'); //   605.00 due 2025-03-17
    const inv3 = await issue('2025-03-05', 20_000, '3'); //   242.00 due 2025-04-04
    await sendReminders(ctx, '2025-02-16'); // inv1 friendly (due + 7)
    await sendReminders(ctx, '2025-03-02'); // inv1 second (due + 21)
    await pay(inv1.id, 60_500, '2025-03-10'); // half of inv1, 22 days after its first reminder
    await sendReminders(ctx, '2025-03-24'); // inv2 friendly; inv1 formal notice (day 43)
    await pay(inv3.id, 24_200, '2025-03-25'); // inv3 paid before its due date

    const reminders1 = await remindersOf(inv1.id);
    expect(reminders1.map((r) => [r.kind, r.sent_on, r.amount_due_cents])).toEqual([
      ['friendly', '2025-02-16', 121_000],
      ['second', '2025-03-02', 121_000],
      ['formal_notice', '2025-03-24', 60_500],
    ]);
    // Interest at 11.5 % (first half 2025): 28 days on 1,210.00 then 15 days on 605.00 → 13.53; 40 €.
    expect(reminders1[2]!.interest_cents).toBe(1353);
    expect(reminders1[2]!.compensation_cents).toBe(4000);

    const reply = await service.get('/api/v1/receivables/figures?entityId=BE-PI&from=2025-01&to=2025-04');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const months = reply.body.entities[0].months;
    expect(months.map((m: { month: string }) => m.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
    ]);
    const [jan, feb, mar, apr] = months;
    expect(jan.outstanding).toEqual({ not_due: 121_000, d1_30: 0, d31_60: 0, d61_90: 0, over_90: 0 });
    expect(jan.dso).toBe(90);
    expect(jan.reminders.total).toBe(0);
    expect(jan.recovery.rate).toBeNull();
    expect(feb.outstanding).toEqual({ not_due: 60_500, d1_30: 121_000, d31_60: 0, d61_90: 0, over_90: 0 });
    expect(feb.salesInclVatCents).toBe(181_500);
    expect(feb.dso).toBe(90);
    expect(feb.reminders).toEqual({ friendly: 1, second: 0, formal_notice: 0, total: 1 });
    // The first reminder of inv1 (1,210.00) recovered 605.00 within 30 days.
    expect(feb.recovery).toMatchObject({ remindedCents: 121_000, recoveredCents: 60_500, rate: 50 });
    expect(mar.outstanding).toEqual({ not_due: 0, d1_30: 60_500, d31_60: 60_500, d61_90: 0, over_90: 0 });
    expect(mar.outstandingCents).toBe(121_000);
    // 1,210.00 owed ÷ 2,057.00 invoiced in 90 days × 90 = 52.94 → 52.9 days.
    expect(mar.salesInclVatCents).toBe(205_700);
    expect(mar.dso).toBe(52.9);
    expect(mar.reminders).toEqual({ friendly: 1, second: 1, formal_notice: 1, total: 3 });
    expect(mar.recovery).toMatchObject({
      remindedCents: 60_500,
      recoveredCents: 0,
      rate: 0,
      windowClosed: true,
    });
    expect(apr.outstanding).toEqual({ not_due: 0, d1_30: 0, d31_60: 60_500, d61_90: 60_500, over_90: 0 });
    // Sales of the 90 days to 30 April: inv2 and inv3 only (847.00): 1,210.00 ÷ 847.00 × 90 = 128.57.
    expect(apr.dso).toBe(128.6);

    const bad = await service.get('/api/v1/receivables/figures?from=2025-05&to=2025-01');
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ field: 'from', code: 'receivables.figures.range' });
  });
});

describe('automatic reminders', () => {
  let first: { contractId: string; invoiceId: string; payDate: string };
  let number: string;

  it('sends the friendly reminder at due + 7 in the client’s language, once, even with two runners', async () => {
    first = await declare(company.id);
    const invoice = await service.get(`/api/v1/receivables/cases/${first.invoiceId}`);
    expect(invoice.body.invoice.dueDate).toBe(DUE);
    number = invoice.body.invoice.number;

    await run(on(6));
    expect(await remindersOf(first.invoiceId)).toEqual([]);
    // Two runners at the same time (two server processes): each invoice is reminded once.
    clock().set(on(7));
    const [a, b] = await Promise.all([
      sendReminders(h.server.ctx, on(7)),
      sendReminders(h.server.ctx, on(7)),
    ]);
    expect(a.sent.friendly + b.sent.friendly).toBeGreaterThanOrEqual(1);
    const sent = await mails(company.email, 'invoice_reminder_friendly');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.language).toBe('nl');
    expect(sent[0]!.subject).toContain(number);
    expect(sent[0]!.body).toContain('Nog te betalen: 1.210,00');
    expect(sent[0]!.body).toContain(invoice.body.invoice.structuredCommunication);
    expect(sent[0]!.body).toContain('BE71 0961 2345 6769');
    expect(sent[0]!.body).toMatch(/\/c\/[A-Za-z0-9_-]{43}/);
    expect(sent[0]!.body).toContain('wet van 2 augustus 2002');

    const outbox = await count('outbox_emails');
    const again = await run(on(7));
    expect(again.sent).toEqual({ friendly: 0, second: 0, formal_notice: 0 });
    expect(await count('outbox_emails')).toBe(outbox);
    expect(await remindersOf(first.invoiceId)).toHaveLength(1);
  });

  it('sends the second reminder at due + 21 and the formal notice at due + 35 with interest and 40 €', async () => {
    await run(on(21));
    await run(on(35));
    const steps = await remindersOf(first.invoiceId);
    expect(steps.map((r) => [r.step, r.kind, r.sent_on])).toEqual([
      [1, 'friendly', on(7)],
      [2, 'second', on(21)],
      [3, 'formal_notice', on(35)],
    ]);
    // 35 days × 1,210.00 × 10.5 % / 365 = 12.18; fixed compensation 40.00 for a company.
    expect(steps[2]).toMatchObject({
      amount_due_cents: 121_000,
      interest_cents: 1218,
      compensation_cents: 4000,
    });
    const [notice] = await mails(company.email, 'invoice_formal_notice');
    expect(notice!.subject).toBe(`Ingebrekestelling: factuur ${number}`);
    expect(notice!.body).toContain('verwijlinterest tegen 10,50 % per jaar');
    expect(notice!.body).toContain('12,18');
    expect(notice!.body).toContain('forfaitaire schadevergoeding: 40,00');
    expect(notice!.body).toContain('totaal: 1.262,18');
  });

  it('hands the invoice over to client service at due + 45: a case opens and the queue shows it', async () => {
    const result = await run(on(45));
    expect(result.handedOver).toBeGreaterThanOrEqual(1);
    const detail = await service.get(`/api/v1/receivables/cases/${first.invoiceId}`);
    expect(detail.body.case).toMatchObject({ status: 'open', openedBy: 'handover', openedOn: on(45) });
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual(['opened']);
    expect(detail.body.nextReminder).toMatchObject({ due: false, reason: 'done' });
    const queue = await service.get('/api/v1/receivables/queue?status=open&entityId=BE-PA');
    const row = queue.body.items.find((i: { invoiceId: string }) => i.invoiceId === first.invoiceId);
    expect(row).toMatchObject({
      number,
      daysOverdue: 45,
      ageBucket: 'd31_60',
      lastReminder: { step: 3, kind: 'formal_notice', sentOn: on(35) },
      case: { status: 'open', openedBy: 'handover' },
    });
    // Oldest due date first.
    const dues = queue.body.items.map((i: { dueDate: string }) => i.dueDate);
    expect([...dues].sort()).toEqual(dues);
    expect((await run(on(46))).handedOver).toBe(0);
  });

  it('lets a daily job run once per day whatever the number of processes', async () => {
    const ctx = h.server.ctx;
    clock().set(on(50));
    const results = await Promise.all([runDailyReminders(ctx, on(50)), runDailyReminders(ctx, on(50))]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await runDailyReminders(ctx, on(50))).toBeNull();
    expect(
      await count(
        "job_runs WHERE job = 'receivables.reminders' AND run_on = $1 AND finished_at IS NOT NULL",
        [on(50)],
      ),
    ).toBe(1);
  });

  it('refuses a run for a future date', async () => {
    clock().set(on(50));
    const reply = await service.post('/api/v1/receivables/reminders/run', { date: on(51) });
    expect(reply.status).toBe(422);
    expect(reply.body.errors[0]).toMatchObject({ field: 'date', code: 'receivables.run.date_future' });
    const worker = await as('member@partage.coop');
    expect((await worker.post('/api/v1/receivables/reminders/run', {})).status).toBe(403);
  });

  it('gives a consumer a free reminder, then a formal notice at the legal rate within the legal caps', async () => {
    const invoice = await declare(consumer.id);
    await run(on(7));
    const [free] = await mails(consumer.email, 'invoice_reminder_friendly');
    expect(free!.language).toBe('de');
    expect(free!.body).toContain('Diese Erinnerung ist kostenlos');
    expect(free!.body).toContain('100,50 €');
    await run(on(21));
    await run(on(35));
    const steps = await remindersOf(invoice.invoiceId);
    expect(steps.map((r) => r.kind)).toEqual(['friendly', 'second', 'formal_notice']);
    // Interest from the 15th day after the free reminder (due + 22) to due + 35: 14 days at the legal
    // rate of 4.5 %: 1,210.00 × 4.5 % × 14 / 365 = 2.09; compensation 65 € + 5 % of 710 € = 100.50.
    expect(steps[2]).toMatchObject({ interest_cents: 209, compensation_cents: 10_050 });
    const [notice] = await mails(consumer.email, 'invoice_formal_notice');
    expect(notice!.body).toContain('Buch XIX');
  });
});

describe('pauses', () => {
  it('a respected payment plan holds the reminders; a missed instalment breaks it and they resume', async () => {
    const invoice = await declare(company.id);
    clock().set(on(5));
    const plan = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/plan`, {
      instalments: [
        { dueOn: on(10), amountCents: 60_000 },
        { dueOn: on(40), amountCents: 61_000 },
      ],
      text: 'Accord par téléphone',
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    expect(plan.body.case.status).toBe('payment_plan');
    expect(plan.body.plan).toMatchObject({ state: 'respected', coveredInstalments: 0 });
    await run(on(7));
    await run(on(16));
    expect(await remindersOf(invoice.invoiceId)).toEqual([]);
    const late = await service.get(`/api/v1/receivables/cases/${invoice.invoiceId}`);
    expect(late.body.plan).toMatchObject({ state: 'late', pending: { seq: 1, missingCents: 60_000 } });
    // 7 grace days after the first instalment: broken on due + 18, the reminders resume that day.
    const broken = await run(on(18));
    expect(broken.plansBroken).toBeGreaterThanOrEqual(1);
    const detail = await service.get(`/api/v1/receivables/cases/${invoice.invoiceId}`);
    expect(detail.body.case.status).toBe('open');
    expect(detail.body.plan).toBeNull();
    expect(detail.body.pastPlans[0]).toMatchObject({ status: 'broken' });
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'plan',
      'plan_broken',
    ]);
    expect((await remindersOf(invoice.invoiceId)).map((r) => [r.kind, r.sent_on])).toEqual([
      ['friendly', on(18)],
    ]);
  });

  it('a plan that does not add up to what is due is refused, naming the field, in the user’s language', async () => {
    const invoice = await declare(company.id);
    clock().set(on(2));
    const before = await count('payment_plans');
    const reply = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/plan`, {
      instalments: [
        { dueOn: on(10), amountCents: 60_000 },
        { dueOn: on(9), amountCents: 61_000 },
      ],
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors).toEqual([
      expect.objectContaining({
        field: 'instalments.1.dueOn',
        code: 'receivables.plan.dates_not_increasing',
        message: 'Chaque échéance vient après la précédente.',
      }),
    ]);
    const sum = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/plan`, {
      instalments: [{ dueOn: on(10), amountCents: 100_000 }],
    });
    expect(sum.body.errors[0]).toMatchObject({ field: 'instalments', code: 'receivables.plan.sum_mismatch' });
    expect(sum.body.errors[0].message).toContain('1210.00');
    expect(await count('payment_plans')).toBe(before);
  });

  it('a dispute holds the reminders and informs the worker and the adviser; resolving it resumes them', async () => {
    const invoice = await declare(company.id);
    clock().set(on(3));
    const disputed = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/dispute`, {
      reason: 'Le client dit que les affiches sont arrivées en retard.',
    });
    expect(disputed.status, JSON.stringify(disputed.body)).toBe(200);
    expect(disputed.body.case.status).toBe('disputed');
    expect(disputed.body.informed).toBe(2);
    const [toWorker] = await mails('member@partage.coop', 'invoice_disputed');
    expect(toWorker!.language).toBe('fr');
    expect(toWorker!.body).toContain('les affiches sont arrivées en retard');
    const [toAdviser] = await mails('adviser@partage.coop', 'invoice_disputed');
    expect(toAdviser!.language).toBe('nl');
    await run(on(7));
    await run(on(10));
    expect(await remindersOf(invoice.invoiceId)).toEqual([]);
    const cannot = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/promise`, {
      promisedOn: on(12),
    });
    expect(cannot.status).toBe(409);
    expect(cannot.body.code).toBe('receivables.case.cannot_promise');
    clock().set(on(11));
    const resolved = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/resolve`, {
      outcome: 'Le client accepte la facture.',
    });
    expect(resolved.body.case.status).toBe('open');
    expect(await mails('adviser@partage.coop', 'invoice_dispute_resolved')).toHaveLength(1);
    await run(on(12));
    expect((await remindersOf(invoice.invoiceId)).map((r) => r.kind)).toEqual(['friendly']);
  });

  it('a promise to pay holds the reminders until its date and the grace days, then the case reopens', async () => {
    const invoice = await declare(company.id);
    clock().set(on(6));
    const promised = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/promise`, {
      promisedOn: on(20),
      text: 'Paiement promis après leur clôture mensuelle',
    });
    expect(promised.status, JSON.stringify(promised.body)).toBe(200);
    expect(promised.body.case).toMatchObject({ status: 'promise', promisedOn: on(20), promiseUntil: on(23) });
    await run(on(7));
    await run(on(23));
    expect(await remindersOf(invoice.invoiceId)).toEqual([]);
    const lapsed = await run(on(24));
    expect(lapsed.promisesLapsed).toBeGreaterThanOrEqual(1);
    expect((await remindersOf(invoice.invoiceId)).map((r) => [r.kind, r.sent_on])).toEqual([
      ['second', on(24)],
    ]);
    const far = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/promise`, {
      promisedOn: on(200),
    });
    expect(far.status).toBe(422);
    expect(far.body.errors[0]).toMatchObject({ field: 'promisedOn', code: 'receivables.promise.too_far' });
  });
});

describe('write-off', () => {
  it('charges the guarantee fund, recovers the VAT, never touches the worker, and closes the case', async () => {
    const invoice = await declare(company.id);
    // The salary is paid on its pay date whether or not the client paid: the fund advances it.
    const payroll = await as('payroll@partage.coop');
    clock().set(invoice.payDate);
    const runPay = await payroll.post('/api/v1/payroll/runs', {
      entityId: 'BE-PA',
      payDate: invoice.payDate,
    });
    expect(runPay.status, JSON.stringify(runPay.body)).toBe(201);
    const { rows: advances } = await db().query<{ amount_cents: number; person_id: string }>(
      `SELECT g.amount_cents, c.person_id FROM guarantee_advances g JOIN contracts c ON c.id = g.contract_id
        WHERE g.invoice_id = $1`,
      [invoice.invoiceId],
    );
    const advance = Number(advances[0]!.amount_cents);
    expect(advance).toBeGreaterThan(0);
    const workerId = advances[0]!.person_id;

    clock().set(on(60));
    const before = {
      contract: await balance('member_contract', workerId),
      salaries: await balance('salaries_payable', workerId),
      fund: await balance('salary_guarantee_fund'),
      advances: await balance('guarantee_advances'),
      vat: await balance('vat_payable'),
      receivables: await balance('client_receivables', company.id),
    };
    const missing = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/write-off`, {
      reason: ' ',
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({
      field: 'reason',
      code: 'receivables.write_off.reason_required',
    });

    const reply = await service.post(
      `/api/v1/receivables/cases/${invoice.invoiceId}/write-off`,
      { reason: 'Faillite du client, jugement du tribunal de l’entreprise de Gand' },
      { 'idempotency-key': `write-off-${invoice.invoiceId}` },
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.writeOff).toEqual({
      writtenOffCents: 121_000,
      vatCents: 21_000,
      advancesCents: advance,
      fundCents: 100_000 - advance,
      // A Contract-tool invoice: no Activity budget bears any of it.
      budgetCents: 0,
      journalEntryId: expect.any(String),
    });
    expect(reply.body.invoice).toMatchObject({
      status: 'written_off',
      writtenOffCents: 121_000,
      dueCents: 0,
    });
    expect(reply.body.case.status).toBe('written_off');
    expect(reply.body.events.at(-1)).toMatchObject({ kind: 'write_off', amountCents: 121_000 });

    // The same request again (same key) changes nothing.
    const replay = await service.post(
      `/api/v1/receivables/cases/${invoice.invoiceId}/write-off`,
      { reason: 'Faillite du client, jugement du tribunal de l’entreprise de Gand' },
      { 'idempotency-key': `write-off-${invoice.invoiceId}` },
    );
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    expect(await balance('member_contract', workerId)).toBe(before.contract);
    expect(await balance('salaries_payable', workerId)).toBe(before.salaries);
    expect(await balance('client_receivables', company.id)).toBe(before.receivables - 121_000);
    expect(await balance('vat_payable')).toBe(before.vat + 21_000);
    expect(await balance('guarantee_advances')).toBe(before.advances + advance);
    expect(await balance('salary_guarantee_fund')).toBe(before.fund + (100_000 - advance));
    const { rows: advanceRow } = await db().query<{ written_off_cents: number; reimbursed_cents: number }>(
      'SELECT written_off_cents, reimbursed_cents FROM guarantee_advances WHERE invoice_id = $1',
      [invoice.invoiceId],
    );
    expect(advanceRow[0]).toEqual({ written_off_cents: advance, reimbursed_cents: 0 });
    expect((await verifyBalances(db())).ok).toBe(true);

    const again = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/write-off`, {
      reason: 'Encore',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('receivables.invoice.nothing_due');
    // Reminders stop for good.
    await run(on(61));
    expect((await remindersOf(invoice.invoiceId)).length).toBe(0);
  });

  it('refuses to write off a paid invoice, and closes the case of an invoice that got paid', async () => {
    const invoice = await declare(company.id);
    clock().set(on(2));
    expect(
      (await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/open`, { note: 'Client appelé' }))
        .status,
    ).toBe(201);
    const paid = await service.post(`/api/v1/invoices/${invoice.invoiceId}/payments`, {
      amountCents: 121_000,
      paidOn: on(2),
      bankReference: `TEST-PAID-${invoice.invoiceId}`,
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const entries = await count('journal_entries');
    const reply = await service.post(`/api/v1/receivables/cases/${invoice.invoiceId}/write-off`, {
      reason: 'Client insolvable',
    });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('receivables.invoice.nothing_due');
    expect(await count('journal_entries')).toBe(entries);
    const result = await run(on(3));
    expect(result.casesClosed).toBeGreaterThanOrEqual(1);
    const detail = await service.get(`/api/v1/receivables/cases/${invoice.invoiceId}`);
    expect(detail.body.case.status).toBe('closed');
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual(['opened', 'paid']);
  });

  it('is for client service and administrators only', async () => {
    const adviser = await as('adviser@partage.coop');
    expect((await adviser.get('/api/v1/receivables/queue')).status).toBe(403);
  });
});
