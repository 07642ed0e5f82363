/* eslint-disable @typescript-eslint/no-explicit-any -- test replies are read as loosely typed JSON */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { makeNiss, type Language } from '@partage/domain';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import type { AppContext } from '../context.ts';
import type { Role, SessionUser } from '../http/context.ts';
import { hashPassword } from '../auth/passwords.ts';
import { signUp } from '../membership/sign-up.ts';
import { recordSharePayment } from '../membership/record-payment.ts';
import { decideRequest } from '../membership/decide-request.ts';
import { loadRequest } from '../membership/queries.ts';

/** Helpers shared by the governance API tests. */
export const tr = (text: string) => ({
  fr: `${text} (fr)`,
  nl: `${text} (nl)`,
  en: text,
  de: `${text} (de)`,
});
export const token = () => randomBytes(32).toString('base64url');
export const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

export async function login(h: Harness, email: string, language = 'en'): Promise<HttpClient> {
  const client = h.client(language);
  const reply = await client.login(email, DEMO_PASSWORD);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return client;
}

/** An assembly in progress (started 10 minutes ago), members admitted up to `cutoffDate` may vote. */
export async function assemblyInProgress(admin: HttpClient, cutoffDate = '2025-06-01'): Promise<string> {
  const reply = await admin.post('/api/v1/governance/assemblies', {
    title: tr('General assembly'),
    heldAt: at(-10),
    place: 'Brussels',
    streamUrl: 'https://stream.example.org/ag',
    cutoffDate,
    documents: [{ title: tr('Accounts'), url: 'https://example.org/accounts.pdf' }],
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  // The convocation went out weeks ago (the notice period cannot be waited for in a test).
  await admin.post(`/api/v1/governance/assemblies/${reply.body.id}/convocation`).then((r) => {
    expect(r.body.code).toBe('governance.convocation.too_late');
  });
  const db = harnessOf(admin).server.ctx.db;
  await db.query(
    `UPDATE gov_assemblies SET status = 'convened', convened_at = now() - interval '20 days' WHERE id = $1`,
    [reply.body.id],
  );
  return reply.body.id as string;
}

const harnesses = new Map<string, Harness>();
function harnessOf(client: HttpClient): Harness {
  return harnesses.get(client.base)!;
}

export async function resolutionsVote(
  admin: HttpClient,
  assemblyId: string,
  extra: Record<string, unknown> = {},
) {
  const reply = await admin.post(`/api/v1/governance/assemblies/${assemblyId}/votes`, {
    kind: 'resolutions',
    title: tr('Resolutions'),
    opensAt: at(-60),
    closesAt: at(120),
    resolutions: [
      {
        kind: 'ordinary',
        title: tr('Approve the accounts'),
        body: tr('The accounts of the year are approved.'),
      },
      { kind: 'statutory_change', title: tr('Change article 5'), body: tr('Article 5 is replaced.') },
    ],
    ...extra,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  const view = await admin.get(`/api/v1/governance/assemblies/${assemblyId}`);
  const vote = view.body.votes.find((v: any) => v.id === reply.body.id);
  return { id: reply.body.id as string, resolutions: vote.resolutions.map((r: any) => r.id as string) };
}

/** Moves a vote in time (the tests cannot wait for a call for candidates to close). */
export async function shiftVote(h: Harness, voteId: string, fields: Record<string, string>) {
  const sets = Object.keys(fields).map((k, i) => `${k} = $${i + 2}`);
  await h.server.ctx.db.query(`UPDATE gov_votes SET ${sets.join(', ')} WHERE id = $1`, [
    voteId,
    ...Object.values(fields),
  ]);
}

export async function governanceCounts(h: Harness) {
  const { rows } = await h.server.ctx.db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM gov_participations) AS participations,
            (SELECT count(*)::int FROM gov_sealed_ballots) AS sealed,
            (SELECT count(*)::int FROM gov_ballots) AS published,
            (SELECT count(*)::int FROM gov_proxies) AS proxies,
            (SELECT count(*)::int FROM gov_candidates) AS candidates`,
  );
  return rows[0]!;
}

interface FixturePerson {
  email: string;
  first: string;
  last: string;
  gender: 'female' | 'male' | 'x';
  language: Language;
  /** Admission date; `paid`: paid and waiting for the board; `applicant`: nothing paid. */
  state: string;
}

/**
 * The members the governance tests need, with the demo's e-mail addresses (the demo itself also seeds
 * other features, which these tests do not depend on): admitted at different dates around the
 * 2025-06-01 cut-off, one paid applicant and one applicant.
 */
export const FIXTURE_PEOPLE: FixturePerson[] = [
  {
    email: 'member@partage.coop',
    first: 'Member',
    last: 'One',
    gender: 'female',
    language: 'fr',
    state: '2023-03-14',
  },
  {
    email: 'jan.peeters@example.be',
    first: 'Member',
    last: 'Two',
    gender: 'male',
    language: 'nl',
    state: '2022-06-20',
  },
  {
    email: 'lea.martin@example.be',
    first: 'Member',
    last: 'Three',
    gender: 'female',
    language: 'fr',
    state: '2024-09-02',
  },
  {
    email: 'sofie.janssens@example.be',
    first: 'Member',
    last: 'Four',
    gender: 'female',
    language: 'nl',
    state: '2025-02-17',
  },
  {
    email: 'lukas.schmitz@example.be',
    first: 'Member',
    last: 'Five',
    gender: 'male',
    language: 'de',
    state: '2025-10-06',
  },
  {
    email: 'noah.leroy@example.be',
    first: 'Member',
    last: 'Six',
    gender: 'x',
    language: 'en',
    state: '2021-01-11',
  },
  {
    email: 'amina.elidrissi@example.be',
    first: 'Member',
    last: 'Seven',
    gender: 'female',
    language: 'fr',
    state: 'paid',
  },
  {
    email: 'tom.devos@example.be',
    first: 'Member',
    last: 'Eight',
    gender: 'male',
    language: 'nl',
    state: 'applicant',
  },
];

function asRequest(user: SessionUser | null, lang: Language = 'fr'): FastifyRequest {
  return { ip: '127.0.0.1', headers: {}, user, lang, session: null } as unknown as FastifyRequest;
}

/** Staff accounts and the members above, through the membership use cases. */
export async function seedGovernanceFixture(ctx: AppContext): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const staff = new Map<Role, SessionUser>();
  for (const [email, role] of [
    ['admin@partage.coop', 'admin'],
    ['board@partage.coop', 'board'],
    ['service@partage.coop', 'client_service'],
  ] as Array<[string, Role]>) {
    const { rows } = await ctx.db.query<{ id: string }>(
      `INSERT INTO users (entity_id, email, password_hash, display_name, language, roles) VALUES ('BE-COOP', $1, $2, $3, 'fr', $4) RETURNING id`,
      [email, passwordHash, role, [role]],
    );
    staff.set(role, {
      id: rows[0]!.id,
      email,
      displayName: role,
      language: 'fr',
      roles: [role],
      entityId: 'BE-COOP',
      totpEnabled: false,
    });
  }
  let sequence = 300;
  for (const person of FIXTURE_PEOPLE) {
    const niss = makeNiss({
      year: 1990,
      month: 5,
      day: 17,
      sequence: (sequence += 2) + (person.gender === 'female' ? 1 : 0),
    });
    const result = await signUp(ctx, asRequest(null, person.language), {
      entityId: 'BE-COOP',
      kind: 'natural',
      email: person.email,
      password: DEMO_PASSWORD,
      language: person.language,
      natural: {
        firstName: person.first,
        lastName: person.last,
        birthDate: '1990-05-17',
        gender: person.gender,
        niss,
      },
      address: { street: 'Rue de la Coopération 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      iban: 'BE71096123456769',
      consents: { data_policy: 1, internal_rules: 1, financial_risk: 1 },
      subscription: { category: 'A', quantity: 1 },
    });
    if (person.state === 'applicant') continue;
    const request = await loadRequest(ctx.db, result.requestId);
    const admitted = person.state === 'paid' ? new Date().toISOString().slice(0, 10) : person.state;
    await recordSharePayment(ctx, asRequest(staff.get('client_service')!), request.id, {
      amountCents: request.amount_cents,
      paidOn: admitted,
    });
    if (person.state === 'paid') continue;
    await decideRequest(ctx, asRequest(staff.get('board')!), request.id, {
      outcome: 'approved',
      decidedOn: admitted,
    });
  }
}

/** A server on a fresh database with the fixture above (not the whole demo). */
export async function startGovernanceHarness(): Promise<Harness> {
  const h = await startHarness({ demoSeed: false });
  harnesses.set(h.url, h);
  await seedGovernanceFixture(h.server.ctx);
  return h;
}
