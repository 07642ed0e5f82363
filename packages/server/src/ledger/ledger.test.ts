import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type HttpClient, type Reply } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { today } from '../membership/queries.ts';
import { accountFor, postEntry, verifyBalances } from './index.ts';

let h: Harness;
let admin: HttpClient;
let adviser: HttpClient;
let payroll: HttpClient;
let member: HttpClient;
const TODAY = today();

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function login(email: string, language = 'en'): Promise<HttpClient> {
  const client = h.client(language);
  const reply = await client.login(email, DEMO_PASSWORD);
  expect(reply.status).toBe(200);
  return client;
}

const key = () => `test-${randomUUID()}`;

interface Account {
  id: string;
  code: string;
  balanceCents: number;
  naturalBalanceCents: number;
}

async function open(entityId: string, kind: string, owner?: { type: string; id: string }): Promise<Account> {
  const reply = await admin.post('/api/v1/ledger/accounts', { entityId, kind, ...(owner ? { owner } : {}) });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

function entry(entityId: string, postings: Array<[Account, number]>, extra: Record<string, unknown> = {}) {
  return {
    entityId,
    description: 'Test entry',
    postings: postings.map(([account, amountCents]) => ({ accountId: account.id, amountCents })),
    ...extra,
  };
}

function post(body: unknown, idempotencyKey = key(), client = admin): Promise<Reply> {
  return client.post('/api/v1/ledger/entries', body, { 'idempotency-key': idempotencyKey });
}

async function balance(account: Account): Promise<number> {
  const reply = await admin.get(`/api/v1/ledger/accounts/${account.id}`);
  expect(reply.status).toBe(200);
  return reply.body.balanceCents;
}

/** Everything a refused request could have left behind. */
async function traces(entityId: string) {
  const { rows } = await h.server.ctx.db.query<{
    entries: number;
    postings: number;
    counter: number | null;
    balances: string;
  }>(
    `SELECT (SELECT count(*)::int FROM journal_entries WHERE entity_id = $1) AS entries,
            (SELECT count(*)::int FROM postings WHERE entity_id = $1) AS postings,
            (SELECT value FROM counters WHERE entity_id = $1 AND name = 'journal_entry') AS counter,
            (SELECT string_agg(code || '=' || balance_cents, ',' ORDER BY code) FROM ledger_accounts WHERE entity_id = $1) AS balances`,
    [entityId],
  );
  return rows[0]!;
}

beforeAll(async () => {
  h = await startHarness();
  admin = await login('admin@partage.coop');
  adviser = await login('adviser@partage.coop');
  payroll = await login('payroll@partage.coop');
  member = await login('member@partage.coop', 'fr');
});
afterAll(() => h.close());

describe('accounts', () => {
  it('opens accounts with conventional codes and default flags, once', async () => {
    const budget = await open('BE-PI', 'activity_budget', { type: 'activity', id: 'open-1' });
    expect(budget).toMatchObject({
      code: '4892-open-1',
      currency: 'EUR',
      balanceCents: 0,
      flags: { debitsMustNotExceedCredits: true },
    });
    const again = await admin.post('/api/v1/ledger/accounts', {
      entityId: 'BE-PI',
      kind: 'activity_budget',
      owner: { type: 'activity', id: 'open-1' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ledger.account.exists');
    const sameCode = await admin.post('/api/v1/ledger/accounts', {
      entityId: 'BE-PI',
      kind: 'suspense',
      code: '4892-open-1',
    });
    expect(sameCode.status).toBe(409);
    expect(sameCode.body.errors[0]).toMatchObject({ field: 'code', code: 'ledger.account.code_taken' });
    const noOwner = await admin.post('/api/v1/ledger/accounts', {
      entityId: 'BE-PI',
      kind: 'activity_budget',
    });
    expect(noOwner.status).toBe(422);
    expect(noOwner.body.errors[0]).toMatchObject({ field: 'owner', code: 'ledger.account.owner_required' });
    const unknownEntity = await admin.post('/api/v1/ledger/accounts', { entityId: 'XX-NONE', kind: 'bank' });
    expect(unknownEntity.status).toBe(404);
    const listed = await payroll.get('/api/v1/ledger/accounts?entityId=BE-PI&kind=activity_budget');
    expect(listed.body.map((a: Account) => a.code)).toContain('4892-open-1');
  });

  it('gets or creates the account of an owner exactly once, even when asked together', async () => {
    const db = h.server.ctx.db;
    const accounts = await Promise.all(
      Array.from({ length: 8 }, () =>
        db.transaction((tx) => accountFor(tx, 'BE-PI', 'member_contract', { type: 'member', id: 'm-42' })),
      ),
    );
    expect(new Set(accounts.map((a) => a.id)).size).toBe(1);
    expect(accounts[0]).toMatchObject({ code: '4891-m-42', kind: 'member_contract' });
  });

  it('keeps the ledger to staff: members see nothing, only administrators post, only advisers grant advances', async () => {
    const bank = await open('BE-PI', 'bank', { type: 'bank', id: 'perm-bank' });
    expect((await member.get('/api/v1/ledger/accounts?entityId=BE-PI')).status).toBe(403);
    expect((await member.get(`/api/v1/ledger/accounts/${bank.id}`)).status).toBe(403);
    expect((await h.client().get('/api/v1/ledger/trial-balance?entityId=BE-PI')).status).toBe(401);
    for (const client of [adviser, payroll, member]) {
      const reply = await post(
        entry('BE-PI', [
          [bank, 100],
          [bank, -100],
        ]),
        key(),
        client,
      );
      expect(reply.status).toBe(403);
    }
    expect((await member.post('/api/v1/ledger/accounts', { entityId: 'BE-PI', kind: 'bank' })).status).toBe(
      403,
    );
    expect((await adviser.get(`/api/v1/ledger/accounts/${bank.id}`)).status).toBe(200);
  });
});

describe('posting', () => {
  let bank: Account;
  let budget: Account;
  let income: Account;

  beforeAll(async () => {
    bank = await open('BE-PI', 'bank', { type: 'bank', id: 'main' });
    budget = await open('BE-PI', 'activity_budget', { type: 'activity', id: 'post-1' });
    income = await open('BE-PI', 'fee_income');
  });

  it('posts a balanced entry by account id or code, numbers it, and moves the balances', async () => {
    const before = await traces('BE-PI');
    const reply = await post({
      entityId: 'BE-PI',
      description: 'Invoice 2026-001 paid',
      reference: 'INV-2026-001',
      postings: [
        { accountCode: '550-main', amountCents: 100_000 },
        { accountId: budget.id, amountCents: -93_500 },
        { accountCode: income.code, amountCents: -6_500 },
      ],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({
      entityId: 'BE-PI',
      date: TODAY,
      number: (before.counter ?? 0) + 1,
      source: 'manual',
      reversedBy: null,
    });
    expect(reply.body.postings).toEqual([
      expect.objectContaining({
        lineNo: 1,
        accountCode: '550-main',
        amountCents: 100_000,
        debitCents: 100_000,
        creditCents: 0,
      }),
      expect.objectContaining({
        lineNo: 2,
        accountId: budget.id,
        accountKind: 'activity_budget',
        amountCents: -93_500,
        debitCents: 0,
        creditCents: 93_500,
      }),
      expect.objectContaining({ lineNo: 3, amountCents: -6_500, currency: 'EUR' }),
    ]);
    const detail = (await admin.get(`/api/v1/ledger/accounts/${budget.id}`)).body;
    expect(detail).toMatchObject({
      balanceCents: -93_500,
      naturalBalanceCents: 93_500,
      availableCents: 93_500,
      advanceLimitCents: 0,
    });
    expect(await balance(bank)).toBe(100_000);
    const fetched = await payroll.get(`/api/v1/ledger/entries/${reply.body.id}`);
    expect(fetched.body.postings).toHaveLength(3);
    const audit = await admin.get('/api/v1/audit?action=ledger.entry_posted&limit=1');
    expect(audit.body[0]).toMatchObject({ subjectId: reply.body.id, actor: 'admin@partage.coop' });
  });

  it('with the same key twice moves money once, and refuses the key for other content', async () => {
    const body = entry(
      'BE-PI',
      [
        [budget, 1_000],
        [bank, -1_000],
      ],
      { date: TODAY, description: 'Material bought' },
    );
    const k = key();
    const first = await post(body, k);
    expect(first.status).toBe(201);
    const second = await post(body, k);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    expect(await balance(budget)).toBe(-92_500);

    const other = await post(
      entry(
        'BE-PI',
        [
          [budget, 1_001],
          [bank, -1_001],
        ],
        { date: TODAY, description: 'Material bought' },
      ),
      k,
    );
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('ledger.idempotency.conflict');

    // The same request sent five times at once: one entry.
    const k2 = key();
    const body2 = entry(
      'BE-PI',
      [
        [budget, 500],
        [bank, -500],
      ],
      { date: TODAY },
    );
    const replies = await Promise.all(Array.from({ length: 5 }, () => post(body2, k2)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect(await balance(budget)).toBe(-92_000);
  });

  it('needs an idempotency key', async () => {
    const reply = await admin.post(
      '/api/v1/ledger/entries',
      entry('BE-PI', [
        [budget, 1],
        [bank, -1],
      ]),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.errors[0].field).toBe('idempotency-key');
  });

  it('refuses an unbalanced entry, in the request language, and leaves no trace', async () => {
    const before = await traces('BE-PI');
    const fr = await login('admin@partage.coop', 'fr');
    const reply = await post(
      entry('BE-PI', [
        [budget, 1_000],
        [bank, -900],
      ]),
      key(),
      fr,
    );
    expect(reply.status).toBe(422);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.body.title).toBe('Certains champs ne sont pas valides.');
    expect(reply.body.errors).toEqual([
      {
        field: 'postings',
        code: 'ledger.entry.unbalanced',
        params: { currency: 'EUR', difference: '1.00' },
        message: expect.stringContaining('1.00'),
      },
    ]);
    expect(reply.body.errors[0].message).toContain("n'est pas équilibrée");
    const shapes = await post({
      entityId: 'BE-PI',
      description: ' ',
      postings: [
        { accountId: bank.id, amountCents: 0 },
        { accountCode: 'nope', amountCents: 5 },
      ],
    });
    expect(shapes.status).toBe(422);
    expect(shapes.body.errors.map((e: { field: string }) => e.field)).toEqual(['postings.1.accountCode']);
    const zero = await post({
      entityId: 'BE-PI',
      description: ' ',
      postings: [
        { accountId: bank.id, amountCents: 0 },
        { accountId: bank.id, amountCents: 1.5 },
      ],
    });
    expect(zero.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'description:field.required',
      'postings.0.amountCents:ledger.posting.zero',
      'postings.1.amountCents:ledger.posting.not_integer',
    ]);
    const single = await post(entry('BE-PI', [[bank, 100]]));
    expect(single.body.errors.map((e: { code: string }) => e.code)).toContain(
      'ledger.entry.too_few_postings',
    );
    const future = await post(
      entry(
        'BE-PI',
        [
          [bank, 100],
          [budget, -100],
        ],
        { date: addDays(TODAY, 2) },
      ),
    );
    expect(future.body.errors[0]).toMatchObject({ field: 'date', code: 'field.date_in_future' });
    expect(await traces('BE-PI')).toEqual(before);
    // The next entry takes the next number: nothing was used up.
    const next = await post(
      entry('BE-PI', [
        [bank, 100],
        [budget, -100],
      ]),
    );
    expect(next.body.number).toBe((before.counter ?? 0) + 1);
  });

  it('refuses an account of another entity or currency', async () => {
    const coopBank = await open('BE-COOP', 'bank', { type: 'bank', id: 'coop' });
    const reply = await post(
      entry('BE-PI', [
        [coopBank, 100],
        [bank, -100],
      ]),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.errors[0]).toMatchObject({
      field: 'postings.0.accountId',
      code: 'ledger.account.other_entity',
    });
    const currency = await post({
      entityId: 'BE-PI',
      description: 'x',
      postings: [
        { accountId: bank.id, amountCents: 100, currency: 'SEK' },
        { accountId: budget.id, amountCents: -100 },
      ],
    });
    expect(currency.body.errors[0]).toMatchObject({
      field: 'postings.0.currency',
      code: 'ledger.posting.currency_mismatch',
    });
  });

  it('rolls back with the caller: an entry posted in a transaction that fails later leaves nothing', async () => {
    const before = await traces('BE-PI');
    await expect(
      h.server.ctx.db.transaction(async (tx) => {
        const posted = await postEntry(tx, {
          entityId: 'BE-PI',
          date: TODAY,
          description: 'Invoice issued, then its PDF failed',
          idempotencyKey: key(),
          source: 'invoice',
          postings: [
            { accountId: bank.id, amountCents: 4_200 },
            { accountId: budget.id, amountCents: -4_200 },
          ],
        });
        expect(posted.replayed).toBe(false);
        throw new Error('PDF rendering failed');
      }),
    ).rejects.toThrow('PDF rendering failed');
    expect(await traces('BE-PI')).toEqual(before);
  });
});

describe('budgets, overdrafts and advances', () => {
  let bank: Account;
  let budget: Account;

  beforeAll(async () => {
    bank = await open('BE-PI', 'bank', { type: 'bank', id: 'adv-bank' });
    budget = await open('BE-PI', 'activity_budget', { type: 'activity', id: 'adv-1' });
    expect(
      (
        await post(
          entry('BE-PI', [
            [bank, 10_000],
            [budget, -10_000],
          ]),
        )
      ).status,
    ).toBe(201);
  });

  const spend = (cents: number) =>
    post(
      entry(
        'BE-PI',
        [
          [budget, cents],
          [bank, -cents],
        ],
        { description: 'Salary paid from the budget' },
      ),
    );

  it('refuses to overdraw a budget and leaves no trace', async () => {
    const before = await traces('BE-PI');
    const reply = await spend(15_000);
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('ledger.account.insufficient_funds');
    expect(reply.body.errors[0]).toMatchObject({
      field: 'postings.0.amountCents',
      params: { available: '100.00', needed: '150.00', currency: 'EUR' },
    });
    expect(reply.body.title).toContain('100.00');
    expect(await traces('BE-PI')).toEqual(before);
    expect((await spend(10_000)).status).toBe(201);
    expect((await spend(1)).status).toBe(409);
  });

  it('lets an advance take the budget below zero down to its limit, and no further; a revoked advance no longer does', async () => {
    // Budget now at zero. Only an adviser (or an administrator) grants advances, only on budgets.
    const validUntil = addDays(TODAY, 30);
    expect(
      (
        await payroll.post(`/api/v1/ledger/accounts/${budget.id}/advances`, {
          limitCents: 5_000,
          reason: 'x',
          validUntil,
        })
      ).status,
    ).toBe(403);
    const onBank = await adviser.post(`/api/v1/ledger/accounts/${bank.id}/advances`, {
      limitCents: 5_000,
      reason: 'x',
      validUntil,
    });
    expect(onBank.status).toBe(422);
    expect(onBank.body.errors[0].code).toBe('ledger.advance.not_allowed');
    const expired = await adviser.post(`/api/v1/ledger/accounts/${budget.id}/advances`, {
      limitCents: 5_000,
      reason: 'x',
      validUntil: addDays(TODAY, -1),
    });
    expect(expired.body.errors[0]).toMatchObject({
      field: 'validUntil',
      code: 'ledger.advance.period_invalid',
    });

    const granted = await adviser.post(`/api/v1/ledger/accounts/${budget.id}/advances`, {
      limitCents: 5_000,
      reason: 'Equipment bought before the client pays',
      validUntil,
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);
    expect(granted.body).toMatchObject({ limitCents: 5_000, validFrom: TODAY, active: true });
    expect((await admin.get(`/api/v1/ledger/accounts/${budget.id}`)).body.availableCents).toBe(5_000);

    expect((await spend(3_000)).status).toBe(201);
    const beyond = await spend(2_001);
    expect(beyond.status).toBe(409);
    expect(beyond.body.errors[0].params).toMatchObject({ available: '20.00', needed: '20.01' });
    expect((await spend(2_000)).status).toBe(201);
    expect(await balance(budget)).toBe(5_000);

    const revoked = await adviser.post(`/api/v1/ledger/advances/${granted.body.id}/revoke`, {
      reason: 'Client paid',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ active: false, revokeReason: 'Client paid' });
    expect((await adviser.post(`/api/v1/ledger/advances/${granted.body.id}/revoke`, {})).status).toBe(409);
    expect((await spend(1)).status).toBe(409);
    // Money can always come in, even into an overdrawn budget.
    expect(
      (
        await post(
          entry('BE-PI', [
            [bank, 1_000],
            [budget, -1_000],
          ]),
        )
      ).status,
    ).toBe(201);
    expect(await balance(budget)).toBe(4_000);
    const history = await adviser.get(`/api/v1/ledger/accounts/${budget.id}/advances`);
    expect(history.body).toHaveLength(1);
  });
});

describe('reversal', () => {
  let bank: Account;
  let budget: Account;

  beforeAll(async () => {
    bank = await open('BE-PI', 'bank', { type: 'bank', id: 'rev-bank' });
    budget = await open('BE-PI', 'activity_budget', { type: 'activity', id: 'rev-1' });
  });

  it('cancels an entry with one that negates it, once, and restores the balances', async () => {
    const funding = await post(
      entry(
        'BE-PI',
        [
          [bank, 8_000],
          [budget, -8_000],
        ],
        { description: 'Invoice paid' },
      ),
    );
    const expense = await post(
      entry(
        'BE-PI',
        [
          [budget, 3_000],
          [bank, -3_000],
        ],
        { description: 'Train tickets' },
      ),
    );
    expect(await balance(budget)).toBe(-5_000);

    const k = key();
    const nl = await login('admin@partage.coop', 'nl');
    const reversal = await nl.post(
      `/api/v1/ledger/entries/${expense.body.id}/reverse`,
      {},
      { 'idempotency-key': k },
    );
    expect(reversal.status, JSON.stringify(reversal.body)).toBe(201);
    expect(reversal.body).toMatchObject({
      reversesEntryId: expense.body.id,
      source: 'reversal',
      date: TODAY,
    });
    expect(reversal.body.description).toBe(
      `Tegenboeking van boeking nr. ${expense.body.number}: Train tickets`,
    );
    expect(reversal.body.postings.map((p: { amountCents: number }) => p.amountCents)).toEqual([
      -3_000, 3_000,
    ]);
    expect(await balance(budget)).toBe(-8_000);
    expect(await balance(bank)).toBe(8_000);

    const replay = await nl.post(
      `/api/v1/ledger/entries/${expense.body.id}/reverse`,
      {},
      { 'idempotency-key': k },
    );
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(reversal.body.id);
    const twice = await admin.post(
      `/api/v1/ledger/entries/${expense.body.id}/reverse`,
      {},
      { 'idempotency-key': key() },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ledger.entry.already_reversed');
    expect((await admin.get(`/api/v1/ledger/entries/${expense.body.id}`)).body.reversedBy).toEqual({
      id: reversal.body.id,
      number: reversal.body.number,
    });

    // Taking back money the Activity has already spent would overdraw it: refused like any entry.
    expect(
      (
        await post(
          entry('BE-PI', [
            [budget, 6_000],
            [bank, -6_000],
          ]),
        )
      ).status,
    ).toBe(201);
    const takeBack = await admin.post(
      `/api/v1/ledger/entries/${funding.body.id}/reverse`,
      {},
      { 'idempotency-key': key() },
    );
    expect(takeBack.status).toBe(409);
    expect(takeBack.body.code).toBe('ledger.account.insufficient_funds');
    expect(
      (await admin.post(`/api/v1/ledger/entries/${randomUUID()}/reverse`, {}, { 'idempotency-key': key() }))
        .status,
    ).toBe(404);
  });
});

describe('reports', () => {
  // Formateurs Associés keeps a ledger of its own: these figures are the whole of it.
  const E = 'BE-FA';
  const d1 = addDays(TODAY, -60);
  const d2 = addDays(TODAY, -30);
  const d3 = addDays(TODAY, -10);
  let bank: Account;
  let budget: Account;
  let income: Account;
  let vat: Account;

  beforeAll(async () => {
    bank = await open(E, 'bank');
    budget = await open(E, 'activity_budget', { type: 'activity', id: 'training-7' });
    income = await open(E, 'fee_income');
    vat = await open(E, 'vat_payable');
    const replies = [
      await post(
        entry(
          E,
          [
            [bank, 121_000],
            [budget, -93_500],
            [income, -6_500],
            [vat, -21_000],
          ],
          { date: d1, description: 'Training invoice; paid', reference: 'FA-001' },
        ),
      ),
      await post(
        entry(
          E,
          [
            [budget, 40_000],
            [bank, -40_000],
          ],
          { date: d2, description: 'Salary "May"; net' },
        ),
      ),
      await post(
        entry(
          E,
          [
            [vat, 21_000],
            [bank, -21_000],
          ],
          { date: d3, description: '=VAT return' },
        ),
      ),
    ];
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201]);
  });

  it('gives the balance of an account at any date, from the postings', async () => {
    const at = (date: string) => admin.get(`/api/v1/ledger/accounts/${budget.id}/balance?at=${date}`);
    expect((await at(addDays(d1, -1))).body).toMatchObject({
      balanceCents: 0,
      debitsCents: 0,
      creditsCents: 0,
    });
    expect((await at(d1)).body).toMatchObject({ balanceCents: -93_500, naturalBalanceCents: 93_500 });
    expect((await at(d2)).body).toMatchObject({
      balanceCents: -53_500,
      debitsCents: 40_000,
      creditsCents: 93_500,
    });
    expect((await admin.get(`/api/v1/ledger/accounts/${bank.id}/balance`)).body.balanceCents).toBe(60_000);
    const impossible = await admin.get(`/api/v1/ledger/accounts/${bank.id}/balance?at=2026-02-30`);
    expect(impossible.status).toBe(422);
    expect(impossible.body.errors[0].field).toBe('at');
  });

  it('gives a statement with opening balance, running balance and closing balance', async () => {
    const reply = await admin.get(
      `/api/v1/ledger/accounts/${bank.id}/statement?from=${addDays(d1, 1)}&to=${TODAY}`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      openingBalanceCents: 121_000,
      debitsCents: 0,
      creditsCents: 61_000,
      closingBalanceCents: 60_000,
      truncated: false,
    });
    expect(
      reply.body.lines.map((l: { date: string; creditCents: number; balanceCents: number }) => [
        l.date,
        l.creditCents,
        l.balanceCents,
      ]),
    ).toEqual([
      [d2, 40_000, 81_000],
      [d3, 21_000, 60_000],
    ]);
    const wrong = await admin.get(`/api/v1/ledger/accounts/${bank.id}/statement?from=${TODAY}&to=${d1}`);
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].code).toBe('ledger.period.invalid');
  });

  it('gives a trial balance whose debits equal its credits and whose balances sum to zero', async () => {
    const reply = await adviser.get(`/api/v1/ledger/trial-balance?entityId=${E}`);
    expect(reply.status).toBe(200);
    expect(reply.body.totals).toEqual([
      { currency: 'EUR', debitsCents: 182_000, creditsCents: 182_000, balanceCents: 0 },
    ]);
    const byCode = Object.fromEntries(
      reply.body.accounts.map((a: { code: string; balanceCents: number }) => [a.code, a.balanceCents]),
    );
    expect(byCode).toEqual({ '550': 60_000, '4892-training-7': -53_500, '7000': -6_500, '451': 0 });
    const earlier = await adviser.get(`/api/v1/ledger/trial-balance?entityId=${E}&at=${d1}`);
    expect(earlier.body.totals[0]).toMatchObject({
      debitsCents: 121_000,
      creditsCents: 121_000,
      balanceCents: 0,
    });
    expect((await adviser.get('/api/v1/ledger/trial-balance?entityId=NOPE')).status).toBe(404);
  });

  it('exports the journal as CSV for the accountants', async () => {
    const response = await admin.raw('GET', `/api/v1/ledger/journal.csv?entityId=${E}`);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const text = await response.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'entry_number;date;entity;account_code;account_kind;debit;credit;currency;reference;description',
    );
    expect(lines).toHaveLength(1 + 4 + 2 + 2);
    expect(lines[1]).toBe(`1;${d1};BE-FA;550;bank;1210,00;;EUR;FA-001;"Training invoice; paid"`);
    expect(lines[2]).toBe(
      `1;${d1};BE-FA;4892-training-7;activity_budget;;935,00;EUR;FA-001;"Training invoice; paid"`,
    );
    expect(lines[5]).toBe(`2;${d2};BE-FA;4892-training-7;activity_budget;400,00;;EUR;;"Salary ""May""; net"`);
    expect(lines[7]).toContain(`;'=VAT return`);
    const point = await (
      await admin.raw('GET', `/api/v1/ledger/journal.csv?entityId=${E}&decimal=point&from=${d3}`)
    ).text();
    expect(point.trimEnd().split('\r\n')).toEqual([
      expect.stringContaining('entry_number'),
      `3;${d3};BE-FA;451;vat_payable;210.00;;EUR;;'=VAT return`,
      `3;${d3};BE-FA;550;bank;;210.00;EUR;;'=VAT return`,
    ]);
    const audit = await admin.get('/api/v1/audit?action=ledger.journal_exported&limit=1');
    expect(audit.body[0]).toMatchObject({ subjectId: E, entityId: E });
  });

  it('lists entries, newest first, and those touching an account', async () => {
    const all = await admin.get(`/api/v1/ledger/entries?entityId=${E}`);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((e: { number: number }) => e.number)).toEqual([3, 2, 1]);
    const vatOnly = await admin.get(`/api/v1/ledger/entries?entityId=${E}&accountId=${vat.id}&limit=1`);
    expect(vatOnly.body.total).toBe(2);
    expect(vatOnly.body.items).toHaveLength(1);
    expect(vatOnly.body.items[0].postings).toHaveLength(2);
  });

  it('verifies that cached balances equal the postings, and would say when they do not', async () => {
    const reply = await admin.get('/api/v1/ledger/verify');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      ok: true,
      mismatches: [],
      unbalancedEntries: [],
      incompleteEntries: [],
      numberGaps: [],
    });
    expect(reply.body.entries).toBeGreaterThan(10);
    expect(reply.body.totals.every((t: { totalCents: number }) => t.totalCents === 0)).toBe(true);

    // Corrupt a cache behind the database's back (triggers off, as only a superuser can), inside a
    // transaction that is rolled back: the check sees it.
    const db = h.server.ctx.db;
    const seen = await db
      .transaction(async (tx) => {
        await tx.query(`SET LOCAL session_replication_role = replica`);
        await tx.query(`UPDATE ledger_accounts SET balance_cents = balance_cents + 1 WHERE id = $1`, [
          bank.id,
        ]);
        const check = await verifyBalances(tx, E);
        throw Object.assign(new Error('rollback'), { check });
      })
      .catch((e: { check: Awaited<ReturnType<typeof verifyBalances>> }) => e.check);
    expect(seen.ok).toBe(false);
    expect(seen.mismatches).toEqual([
      { accountId: bank.id, entityId: E, code: '550', cachedCents: 60_001, postedCents: 60_000 },
    ]);
    expect(seen.totals).toEqual([{ entityId: E, currency: 'EUR', totalCents: 1 }]);
    expect((await verifyBalances(db, E)).ok).toBe(true);
  });
});
