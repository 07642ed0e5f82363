import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { verifyBalances } from './reports.ts';

/**
 * Many requests against one budget at the same moment. On PostgreSQL (`DATABASE_URL` set) they really
 * run in parallel, on as many connections as the pool has; on the embedded PGlite they are serialised
 * by its single connection. Either way the outcome must be exact.
 */
let h: Harness;
let admin: HttpClient;
const ENTITY = 'BE-PI';

async function open(kind: string, owner?: { type: string; id: string }) {
  const reply = await admin.post('/api/v1/ledger/accounts', {
    entityId: ENTITY,
    kind,
    ...(owner ? { owner } : {}),
  });
  expect(reply.status).toBe(201);
  return reply.body as { id: string; code: string };
}

function move(from: { id: string }, to: { id: string }, cents: number) {
  return admin.post(
    '/api/v1/ledger/entries',
    {
      entityId: ENTITY,
      description: 'Parallel',
      postings: [
        { accountId: from.id, amountCents: cents },
        { accountId: to.id, amountCents: -cents },
      ],
    },
    { 'idempotency-key': `par-${randomUUID()}` },
  );
}

beforeAll(async () => {
  h = await startHarness();
  admin = h.client();
  expect((await admin.login('admin@partage.coop', DEMO_PASSWORD)).status).toBe(200);
});
afterAll(() => h.close());

describe(`concurrency (${process.env.DATABASE_URL ? 'PostgreSQL, parallel' : 'PGlite, serialised'})`, () => {
  it('200 parallel debits on one budget never overdraw it and leave the exact balance', async () => {
    const bank = await open('bank');
    const budget = await open('activity_budget', { type: 'activity', id: 'busy' });
    expect((await move(bank, budget, 10_000)).status).toBe(201);

    // 200 salaries of 0.75 EUR against 100.00 EUR: exactly 133 fit, 67 must be refused.
    const replies = await Promise.all(Array.from({ length: 200 }, () => move(budget, bank, 75)));
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(133);
    expect(statuses.filter((s) => s === 409)).toHaveLength(67);
    for (const refused of replies.filter((r) => r.status === 409))
      expect(refused.body.code).toBe('ledger.account.insufficient_funds');

    const account = (await admin.get(`/api/v1/ledger/accounts/${budget.id}`)).body;
    expect(account.balanceCents).toBe(-25);
    expect(account.naturalBalanceCents).toBe(25);
    const numbers = replies
      .filter((r) => r.status === 201)
      .map((r) => r.body.number as number)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 133 }, (_, i) => i + 2));
    const check = await verifyBalances(h.server.ctx.db, ENTITY);
    expect(check).toMatchObject({ ok: true, entries: 134, mismatches: [], numberGaps: [] });
  });

  it('transfers in both directions between budgets at once neither deadlock nor lose a cent', async () => {
    const bank = await open('bank', { type: 'bank', id: 'two-way' });
    const a = await open('activity_budget', { type: 'activity', id: 'two-way-a' });
    const b = await open('activity_budget', { type: 'activity', id: 'two-way-b' });
    expect((await move(bank, a, 50_000)).status).toBe(201);
    expect((await move(bank, b, 50_000)).status).toBe(201);
    const replies = await Promise.all(
      Array.from({ length: 120 }, (_, i) => (i % 2 === 0 ? move(a, b, 100 + i) : move(b, a, 100 + i))),
    );
    expect(replies.map((r) => r.status).every((s) => s === 201)).toBe(true);
    const toB = Array.from({ length: 60 }, (_, k) => 100 + 2 * k).reduce((s, x) => s + x, 0);
    const toA = Array.from({ length: 60 }, (_, k) => 101 + 2 * k).reduce((s, x) => s + x, 0);
    const balanceOf = async (id: string) =>
      (await admin.get(`/api/v1/ledger/accounts/${id}`)).body.balanceCents as number;
    expect(await balanceOf(a.id)).toBe(-50_000 + toB - toA);
    expect(await balanceOf(b.id)).toBe(-50_000 - toB + toA);
    expect((await verifyBalances(h.server.ctx.db, ENTITY)).ok).toBe(true);
  });
});
