import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNiss } from '@partage/domain';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { verifyRegister } from './register-routes.ts';
import { confirmPaymentOrder } from '../payments/confirm-payment.ts';

let h: Harness;
let seq = 500;
const today = new Date().toISOString().slice(0, 10);

function newcomer(overrides: Record<string, unknown> = {}) {
  seq += 2;
  const niss = makeNiss({ year: 1990, month: 2, day: 14, sequence: seq });
  return {
    entityId: 'BE-COOP',
    kind: 'natural',
    email: `newcomer${seq}@example.be`,
    password: 'a-long-password-1',
    language: 'fr',
    natural: { firstName: 'Zoé', lastName: `Test${seq}`, birthDate: '1990-02-14', gender: 'female', niss },
    address: { street: 'Rue Haute 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    iban: 'BE71 0961 2345 6769',
    consents: { data_policy: 1, internal_rules: 1, financial_risk: 1 },
    subscription: { category: 'A', quantity: 2 },
    ...overrides,
  };
}

async function staff(email: string): Promise<HttpClient> {
  const client = h.client('en');
  const reply = await client.login(email, DEMO_PASSWORD);
  expect(reply.status).toBe(200);
  return client;
}

async function signUp(client: HttpClient, body = newcomer()) {
  await client.init();
  const reply = await client.post('/api/v1/membership/sign-up', body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  client.csrf = reply.body.csrfToken;
  return reply.body as { memberId: string; requestId: string };
}

async function counts() {
  const { rows } = await h.server.ctx.db.query<{
    users: number;
    people: number;
    requests: number;
    register: number;
    members: number;
  }>(
    `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM people) AS people,
            (SELECT count(*)::int FROM share_requests) AS requests, (SELECT count(*)::int FROM register_operations) AS register,
            (SELECT count(*)::int FROM members WHERE member_number IS NOT NULL) AS members`,
  );
  return rows[0]!;
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('joining the cooperative over HTTP', () => {
  it('signs up, pays in two parts, is approved, and gets a member number and a certificate', async () => {
    const member = h.client('fr');
    const { memberId, requestId } = await signUp(member);

    const mine = await member.get('/api/v1/membership/me');
    const request = mine.body.memberships[0].requests[0];
    expect(mine.body.memberships[0].member.status).toBe('applicant');
    expect(request.amountCents).toBe(6000);
    expect(request.payment.reference).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    expect(request.payment.epcPayload.split('\n').slice(0, 3)).toEqual(['BCD', '002', '1']);
    const qr = await member.raw('GET', `/api/v1/membership/requests/${requestId}/payment-qr.svg`);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');

    const service = await staff('service@partage.coop');
    const partial = await service.post(`/api/v1/membership/requests/${requestId}/payments`, {
      amountCents: 2000,
      paidOn: today,
    });
    expect(partial.body).toMatchObject({ paidCents: 2000, paymentState: 'partial', status: 'pending' });
    const tooMuch = await service.post(`/api/v1/membership/requests/${requestId}/payments`, {
      amountCents: 5000,
      paidOn: today,
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.errors[0].field).toBe('amountCents');

    const board = await staff('board@partage.coop');
    const approved = await board.post(`/api/v1/membership/requests/${requestId}/decision`, {
      outcome: 'approved',
      decidedOn: today,
    });
    expect(approved.body.status).toBe('approved');
    const twice = await board.post(`/api/v1/membership/requests/${requestId}/decision`, {
      outcome: 'approved',
      decidedOn: today,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('request.already_decided');

    // Still not a member until fully paid.
    expect((await member.get('/api/v1/membership/me')).body.memberships[0].member.status).toBe('applicant');
    const rest = await service.post(`/api/v1/membership/requests/${requestId}/payments`, {
      amountCents: 4000,
      paidOn: today,
    });
    expect(rest.body.status).toBe('completed');

    const after = (await member.get('/api/v1/membership/me')).body.memberships[0];
    expect(after.member.status).toBe('member');
    expect(after.member.memberNumber).toBeGreaterThan(0);
    expect(after.holdings).toEqual([{ category: 'A', quantity: 2, nominalCents: 3000, totalCents: 6000 }]);
    expect(after.register).toHaveLength(1);

    const pdf = await member.raw('GET', `/api/v1/membership/members/${memberId}/certificate.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const outbox = await service.get(`/api/v1/outbox?to=${encodeURIComponent(after.member.displayName)}`);
    expect(outbox.status).toBe(200);
  });

  it('reports every wrong field at once in the user language and writes nothing', async () => {
    const before = await counts();
    const client = await h.client('nl').init();
    const bad = newcomer({
      email: 'not-an-email',
      iban: 'BE00 0000 0000 0000',
      natural: {
        firstName: 'A',
        lastName: 'B',
        birthDate: '1990-02-14',
        gender: 'female',
        niss: '90.02.14-502.00',
      },
      address: { street: 'x', postalCode: '12', city: 'y', country: 'BE' },
      subscription: { category: 'A', quantity: 0 },
      consents: { data_policy: 0, internal_rules: 1, financial_risk: 1 },
    });
    const reply = await client.post('/api/v1/membership/sign-up', bad);
    expect(reply.status).toBe(422);
    const fields = reply.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(
      ['address.postalCode', 'consents.data_policy', 'email', 'iban', 'natural.niss', 'quantity'].sort(),
    );
    expect(reply.body.title).toBe('Sommige velden zijn niet geldig.');
    expect(await counts()).toEqual(before);
  });

  it('refuses a second account with the same NISS or e-mail', async () => {
    const first = newcomer();
    await signUp(h.client(), first);
    const before = await counts();
    const sameNiss = await (
      await h.client('de').init()
    ).post('/api/v1/membership/sign-up', { ...first, email: 'other@example.be' });
    expect(sameNiss.status).toBe(409);
    expect(sameNiss.body.errors[0]).toMatchObject({ field: 'niss', code: 'person.niss_taken' });
    expect(sameNiss.body.title).toContain('Nationalregisternummer');
    const sameEmail = await (
      await h.client().init()
    ).post('/api/v1/membership/sign-up', { ...newcomer(), email: first.email });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.errors[0].field).toBe('email');
    expect(await counts()).toEqual(before);
  });

  it('a double-clicked submit creates one account, and replays the first answer', async () => {
    const client = await h.client().init();
    const body = newcomer();
    const headers = { 'idempotency-key': `signup-${seq}-abcdef` };
    const [a, b] = await Promise.all([
      client.post('/api/v1/membership/sign-up', body, headers),
      client.post('/api/v1/membership/sign-up', body, headers),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    const again = await (await h.client().init()).post('/api/v1/membership/sign-up', body, headers);
    expect(
      again.status,
      JSON.stringify([again.body, (await h.server.ctx.db.query('SELECT * FROM idempotency_keys')).rows]),
    ).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const { rows } = await h.server.ctx.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM users WHERE email = $1',
      [body.email],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('a refusal needs a reason and marks the applicant refused', async () => {
    const { requestId, memberId } = await signUp(h.client());
    const board = await staff('board@partage.coop');
    const noReason = await board.post(`/api/v1/membership/requests/${requestId}/decision`, {
      outcome: 'refused',
      decidedOn: today,
    });
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason', code: 'decision.reason_required' });
    const refused = await board.post(`/api/v1/membership/requests/${requestId}/decision`, {
      outcome: 'refused',
      reason: 'Incomplete file',
      decidedOn: today,
    });
    expect(refused.body.status).toBe('refused');
    const detail = await board.get(`/api/v1/register/members/${memberId}`);
    expect(detail.body.member.status).toBe('refused');
  });

  it('keeps members apart: a member cannot read another member or act as staff', async () => {
    const a = h.client();
    const { memberId: aId } = await signUp(a);
    const b = h.client();
    await signUp(b);
    expect((await b.get(`/api/v1/membership/members/${aId}`)).status).toBe(404);
    expect((await b.get(`/api/v1/membership/members/${aId}/certificate.pdf`)).status).toBe(404);
    expect((await b.get('/api/v1/register/members')).status).toBe(403);
    const { rows } = await h.server.ctx.db.query<{ id: string }>(
      `SELECT id FROM share_requests WHERE member_id = $1`,
      [aId],
    );
    expect(
      (
        await b.post(`/api/v1/membership/requests/${rows[0]!.id}/decision`, {
          outcome: 'approved',
          decidedOn: today,
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a state change without the CSRF token', async () => {
    const client = h.client();
    await client.login('admin@partage.coop', DEMO_PASSWORD);
    client.csrf = 'forged';
    const reply = await client.patch('/api/v1/auth/me', { language: 'de' });
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('csrf.invalid');
  });
});

describe('legal persons and people without a Belgian NISS', () => {
  it('signs up an organisation in category C with a checked enterprise number', async () => {
    const legal = {
      ...newcomer(),
      kind: 'legal',
      natural: undefined,
      legal: {
        legalName: 'Atelier Coop ASBL',
        enterpriseNumber: '0999.999.999',
        representativeName: 'Ana Diaz',
        representativeRole: 'Présidente',
      },
      subscription: { category: 'C', quantity: 5 },
    };
    const bad = await (await h.client().init()).post('/api/v1/membership/sign-up', legal);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['legal.enterpriseNumber']);
    const categoryA = await (
      await h.client().init()
    ).post('/api/v1/membership/sign-up', {
      ...legal,
      legal: { ...legal.legal, enterpriseNumber: '0403.170.701' },
      subscription: { category: 'A', quantity: 5 },
    });
    expect(categoryA.body.errors[0]).toMatchObject({
      field: 'category',
      code: 'shares.category.not_eligible',
    });
    const { memberId } = await signUp(h.client(), {
      ...legal,
      legal: { ...legal.legal, enterpriseNumber: '0403.170.701', vatNumber: 'BE0403170701' },
    } as never);
    const admin = await staff('admin@partage.coop');
    const view = await admin.get(`/api/v1/register/members/${memberId}`);
    expect(view.body.person).toMatchObject({
      kind: 'legal',
      legal_name: 'Atelier Coop ASBL',
      enterprise_number: '0403170701',
    });
    expect(view.body.requests[0]).toMatchObject({ category: 'C', quantity: 5, amountCents: 15000 });
  });

  it('accepts a foreign identity document instead of a NISS, and refuses neither', async () => {
    const base = newcomer();
    const neither = await (
      await h.client().init()
    ).post('/api/v1/membership/sign-up', {
      ...base,
      natural: { ...base.natural, niss: undefined },
    });
    expect(neither.body.errors[0]).toMatchObject({ field: 'natural.niss', code: 'person.identity_required' });
    const foreign = await (
      await h.client().init()
    ).post('/api/v1/membership/sign-up', {
      ...base,
      natural: { ...base.natural, niss: undefined, foreignId: 'X1234567', foreignIdCountry: 'fr' },
      address: { street: '3 rue de Paris', postalCode: '75010', city: 'Paris', country: 'FR' },
    });
    expect(foreign.status).toBe(201);
  });
});

describe('later operations on shares', () => {
  async function admitted(quantity = 2) {
    const client = h.client();
    const { requestId, memberId } = await signUp(client, {
      ...newcomer(),
      subscription: { category: 'A', quantity },
    });
    const service = await staff('service@partage.coop');
    await service.post(`/api/v1/membership/requests/${requestId}/payments`, {
      amountCents: quantity * 3000,
      paidOn: today,
    });
    const board = await staff('board@partage.coop');
    await board.post(`/api/v1/membership/requests/${requestId}/decision`, {
      outcome: 'approved',
      decidedOn: today,
    });
    return { client, memberId };
  }

  it('buys more shares, resigns some, and never refunds more than held or above nominal', async () => {
    const { client, memberId } = await admitted(3);
    const more = await client.post('/api/v1/membership/requests', {
      kind: 'additional',
      category: 'A',
      quantity: 2,
    });
    expect(more.status).toBe(201);
    const board = await staff('board@partage.coop');
    const service = await staff('service@partage.coop');
    await service.post(`/api/v1/membership/requests/${more.body.id}/payments`, {
      amountCents: 6000,
      paidOn: today,
    });
    await board.post(`/api/v1/membership/requests/${more.body.id}/decision`, {
      outcome: 'approved',
      decidedOn: today,
    });

    const tooMany = await client.post('/api/v1/membership/requests', {
      kind: 'resignation',
      category: 'A',
      quantity: 6,
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.errors[0]).toMatchObject({
      field: 'quantity',
      code: 'shares.quantity.more_than_held',
    });

    const resign = await client.post('/api/v1/membership/requests', {
      kind: 'resignation',
      category: 'A',
      quantity: 5,
    });
    expect(resign.status).toBe(201);
    const decided = await board.post(`/api/v1/membership/requests/${resign.body.id}/decision`, {
      outcome: 'approved',
      decidedOn: today,
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const view = (await client.get(`/api/v1/membership/members/${memberId}`)).body;
    expect(view.member.status).toBe('resigned');
    expect(view.holdings).toEqual([]);
    expect(view.refunds).toEqual([
      expect.objectContaining({ status: 'awaiting_accounts', nominalCents: 15000 }),
    ]);

    const admin = await staff('admin@partage.coop');
    const year = Number(today.slice(0, 4));
    // The accounts of the year are approved the next year; approving them "this year" is refused.
    const early = await admin.post('/api/v1/membership/accounts-approvals', {
      entityId: 'BE-COOP',
      financialYear: year,
      approvedOn: today,
      refundRatioBp: 9000,
    });
    expect(early.status).toBe(422);
    const refunds = await admin.get('/api/v1/membership/refunds?status=awaiting_accounts');
    expect(refunds.body.some((r: { nominalCents: number }) => r.nominalCents === 15000)).toBe(true);
  });

  it('pays a refund only after the accounts of its year are approved, at most at nominal value', async () => {
    const { client, memberId } = await admitted(2);
    const resign = await client.post('/api/v1/membership/requests', {
      kind: 'resignation',
      category: 'A',
      quantity: 2,
    });
    const board = await staff('board@partage.coop');
    // Decided in the previous financial year, whose accounts the general assembly approves now.
    const lastYear = Number(today.slice(0, 4)) - 1;
    await board.post(`/api/v1/membership/requests/${resign.body.id}/decision`, {
      outcome: 'approved',
      decidedOn: `${lastYear}-06-30`,
    });
    const admin = await staff('admin@partage.coop');
    const service = await staff('service@partage.coop');
    const refundOf = async () => (await client.get(`/api/v1/membership/members/${memberId}`)).body.refunds[0];
    expect(await refundOf()).toMatchObject({
      status: 'awaiting_accounts',
      nominalCents: 6000,
      amountCents: null,
    });
    const tooEarly = await service.post(`/api/v1/membership/refunds/${(await refundOf()).id}/paid`, {
      paidOn: today,
    });
    expect(tooEarly.body.code).toBe('refund.not_payable');

    const approval = await admin.post('/api/v1/membership/accounts-approvals', {
      entityId: 'BE-COOP',
      financialYear: lastYear,
      approvedOn: today,
      refundRatioBp: 9500,
    });
    expect(approval.status).toBe(200);
    expect(
      (
        await admin.post('/api/v1/membership/accounts-approvals', {
          entityId: 'BE-COOP',
          financialYear: lastYear,
          approvedOn: today,
        })
      ).body.code,
    ).toBe('accounts.already_approved');
    expect(await refundOf()).toMatchObject({ status: 'payable', amountCents: 5700 });
    // The refund is paid by SEPA transfer: not by hand, but when the bank statement confirms the transfer.
    const refundId = (await refundOf()).id;
    const byHand = await service.post(`/api/v1/membership/refunds/${refundId}/paid`, { paidOn: today });
    expect(byHand.status).toBe(409);
    expect(byHand.body.code).toBe('refund.transfer_ordered');
    const payroll = await staff('payroll@partage.coop');
    expect((await payroll.post('/api/v1/payments/batches', { entityId: 'BE-COOP' })).status).toBe(201);
    const { rows } = await h.server.ctx.db.query<{ end_to_end_id: string; amount_cents: number }>(
      `SELECT end_to_end_id, amount_cents FROM payment_orders WHERE source_type = 'share_refund' AND source_id = $1`,
      [refundId],
    );
    expect(rows[0]!.amount_cents).toBe(5700);
    expect((await refundOf()).status).toBe('payable');
    const confirmed = await h.server.ctx.db.transaction((tx) =>
      confirmPaymentOrder(tx, {
        entityId: 'BE-COOP',
        endToEndId: rows[0]!.end_to_end_id,
        amountCents: 5700,
        bookingDate: today,
        bankTransactionId: `TEST-${refundId}`,
        actorId: null,
      }),
    );
    expect(confirmed.matched).toBe(true);
    expect(await refundOf()).toMatchObject({ status: 'paid', paidOn: today });
  });

  it('transfers shares to another member with two register lines', async () => {
    const from = await admitted(3);
    const to = await admitted(1);
    const toNumber = (await to.client.get('/api/v1/membership/me')).body.memberships[0].member.memberNumber;
    const self = (await from.client.get('/api/v1/membership/me')).body.memberships[0].member.memberNumber;
    const toSelf = await from.client.post('/api/v1/membership/requests', {
      kind: 'transfer',
      category: 'A',
      quantity: 1,
      toMemberNumber: self,
    });
    expect(toSelf.body.errors[0].code).toBe('shares.transfer.to_self');
    const transfer = await from.client.post('/api/v1/membership/requests', {
      kind: 'transfer',
      category: 'A',
      quantity: 2,
      toMemberNumber: toNumber,
    });
    const board = await staff('board@partage.coop');
    await board.post(`/api/v1/membership/requests/${transfer.body.id}/decision`, {
      outcome: 'approved',
      decidedOn: today,
    });
    expect((await from.client.get('/api/v1/membership/me')).body.memberships[0].holdings[0].quantity).toBe(1);
    expect((await to.client.get('/api/v1/membership/me')).body.memberships[0].holdings[0].quantity).toBe(3);
  });

  it('concurrent approvals never create two member numbers or a gap in the register', async () => {
    const service = await staff('service@partage.coop');
    const board = await staff('board@partage.coop');
    const requests: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { requestId } = await signUp(h.client());
      await service.post(`/api/v1/membership/requests/${requestId}/payments`, {
        amountCents: 6000,
        paidOn: today,
      });
      requests.push(requestId);
    }
    // Each approval sent twice at the same moment.
    const replies = await Promise.all(
      requests.flatMap((id) =>
        [0, 1].map(() =>
          board.post(`/api/v1/membership/requests/${id}/decision`, { outcome: 'approved', decidedOn: today }),
        ),
      ),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(12);
    const check = await verifyRegister(h.server.ctx, 'BE-COOP');
    expect(check.problems).toEqual([]);
    expect(check.holdingMismatches).toEqual([]);
    const { rows } = await h.server.ctx.db.query<{ n: number; max: number; distinct: number }>(
      `SELECT count(*)::int AS n, max(member_number)::int AS max, count(DISTINCT member_number)::int AS distinct FROM members WHERE member_number IS NOT NULL AND entity_id = 'BE-COOP'`,
    );
    expect(rows[0]!.n).toBe(rows[0]!.max);
    expect(rows[0]!.distinct).toBe(rows[0]!.n);
  });
});

describe('register for staff', () => {
  it('searches by name, number and NISS, exports CSV and gives figures', async () => {
    const admin = await staff('admin@partage.coop');
    const tooShort = await admin.get('/api/v1/register/members?q=pe');
    expect(tooShort.body.errors[0]).toMatchObject({ field: 'q', code: 'field.too_short' });
    const byName = await admin.get('/api/v1/register/members?q=peeters');
    expect(byName.body.items.map((i: { displayName: string }) => i.displayName)).toContain('Peeters, Jan');
    const jan = byName.body.items.find((i: { displayName: string }) => i.displayName === 'Peeters, Jan');
    const byNumber = await admin.get(`/api/v1/register/members?q=${jan.memberNumber}`);
    expect(byNumber.body.items[0].id).toBe(jan.id);
    const detail = await admin.get(`/api/v1/register/members/${jan.id}`);
    const byNiss = await admin.get(
      `/api/v1/register/members?q=${encodeURIComponent(detail.body.person.niss)}`,
    );
    expect(byNiss.body.items.map((i: { id: string }) => i.id)).toEqual([jan.id]);
    const onlyMembers = await admin.get('/api/v1/register/members?status=member&category=A&limit=500');
    expect(onlyMembers.body.items.every((i: { status: string }) => i.status === 'member')).toBe(true);

    const csv = await admin.raw('GET', '/api/v1/register/members.csv?status=member');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toContain('member_number;name');
    expect(text).toContain('Peeters, Jan');

    const figures = await admin.get('/api/v1/register/figures');
    expect(
      figures.body.byCategory.find((r: { category: string }) => r.category === 'A').members,
    ).toBeGreaterThanOrEqual(4);
    expect(figures.body.newMembersByYear.length).toBeGreaterThanOrEqual(3);

    const audit = await admin.get('/api/v1/audit?action=person.viewed');
    expect(audit.body[0]).toMatchObject({
      action: 'person.viewed',
      subjectId: jan.id,
      actor: 'admin@partage.coop',
    });
    expect(JSON.stringify(await admin.get('/api/v1/audit?limit=200'))).not.toContain(detail.body.person.niss);
  });
});

describe('schema errors', () => {
  it('names a missing field, a too long one and a badly formed date with precise codes', async () => {
    const client = await h.client('fr').init();
    const body = newcomer({
      language: undefined,
      address: { street: 'x'.repeat(300), postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    });
    const reply = await client.post('/api/v1/membership/sign-up', body);
    expect(reply.status).toBe(422);
    const byField = Object.fromEntries(
      reply.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    );
    expect(byField).toEqual({ language: 'field.required', 'address.street': 'field.too_long' });
    const service = await staff('service@partage.coop');
    const date = await service.post(
      `/api/v1/membership/requests/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/payments`,
      { amountCents: 100, paidOn: '22/11/2026' },
    );
    expect(date.body.errors[0]).toMatchObject({ field: 'paidOn', code: 'field.invalid_date' });
  });
});
