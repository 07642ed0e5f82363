/* eslint-disable @typescript-eslint/no-explicit-any -- test replies are read as loosely typed JSON */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGovernanceDemo } from './demo.ts';
import type { Harness, HttpClient } from '../testing/harness.ts';
import {
  startGovernanceHarness,
  assemblyInProgress,
  at,
  governanceCounts,
  login,
  resolutionsVote,
  shiftVote,
  token,
  tr,
} from './testing.ts';

let h: Harness;
let admin: HttpClient;

beforeAll(async () => {
  h = await startGovernanceHarness();
  admin = await login(h, 'admin@partage.coop');
});
afterAll(() => h.close());

describe('general assembly and resolutions over HTTP', () => {
  it('votes secretly, counts only the last ballot, publishes every receipt after the close', async () => {
    const assemblyId = await assemblyInProgress(admin);
    const vote = await resolutionsVote(admin, assemblyId);
    const [r1, r2] = vote.resolutions as [string, string];
    const camille = await login(h, 'member@partage.coop', 'fr');
    const jan = await login(h, 'jan.peeters@example.be', 'nl');
    const lea = await login(h, 'lea.martin@example.be', 'fr');

    const view = await camille.get(`/api/v1/governance/assemblies/${assemblyId}`);
    expect(view.body.me).toMatchObject({ eligible: true, proxyGiven: null });
    expect(view.body.documents).toHaveLength(1);

    const camilleToken = token();
    const first = await camille.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
      token: camilleToken,
      answers: { [r1]: 'against', [r2]: 'against' },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Changed her mind before the close: only the last ballot counts.
    const second = await camille.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
      token: camilleToken,
      answers: { [r1]: 'for', [r2]: 'for' },
    });
    expect(second.status).toBe(201);
    expect(second.body.replaced).toBe(true);
    const janReply = await jan.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
      token: token(),
      answers: { [r1]: 'for', [r2]: 'against' },
    });
    expect(janReply.status).toBe(201);

    // In the room: staff enter Léa's ballot on the same ballots.
    const leaNumber = (await lea.get(`/api/v1/governance/assemblies/${assemblyId}`)).body.me.memberNumber;
    const room = await admin.post(`/api/v1/governance/votes/${vote.id}/room-ballots`, {
      memberNumber: leaNumber,
      answers: { [r1]: 'for', [r2]: 'abstain' },
    });
    expect(room.status, JSON.stringify(room.body)).toBe(201);

    // Nobody sees results before the close, not even an administrator.
    expect((await admin.get(`/api/v1/governance/votes/${vote.id}/results`)).status).toBe(409);
    expect((await admin.get(`/api/v1/governance/votes/${vote.id}/ballots`)).status).toBe(409);
    const { rows: sealed } = await h.server.ctx.db.query<{ sealed: string }>(
      'SELECT sealed FROM gov_sealed_ballots WHERE vote_id = $1',
      [vote.id],
    );
    expect(sealed).toHaveLength(3);
    for (const row of sealed) expect(row.sealed).not.toContain(r1);

    const closed = await admin.post(`/api/v1/governance/votes/${vote.id}/close`);
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const results = (await camille.get(`/api/v1/governance/votes/${vote.id}/results`)).body.results;
    expect(results.participation).toMatchObject({ voters: 3, byChannel: { online: 2, room: 1 } });
    // Eligible at the 2025-06-01 cut-off: Camille, Jan, Léa, Sofie, Noah (Lukas was admitted later).
    expect(results.electorate.voters).toBe(5);
    const [accounts, statutes] = results.resolutions;
    expect(accounts.counts).toEqual({ for: 3, against: 0, abstain: 0 });
    expect(accounts.byCategory).toEqual({ A: { for: 3, against: 0, abstain: 0 } });
    expect(accounts.outcome).toBe('adopted');
    expect(statutes.counts).toEqual({ for: 1, against: 1, abstain: 1 });
    expect(statutes.outcome).toBe('rejected');

    const published = await h.client('de').get(`/api/v1/governance/votes/${vote.id}/ballots`);
    expect(published.status).toBe(200);
    expect(published.body.ballots).toHaveLength(3);
    const receipt = await h
      .client('de')
      .get(`/api/v1/governance/votes/${vote.id}/receipts/${second.body.receipt.toLowerCase()}`);
    expect(receipt.status).toBe(200);
    expect(receipt.body.content).toEqual({ kind: 'resolutions', answers: { [r1]: 'for', [r2]: 'for' } });
    // The first ballot was replaced: its receipt is not among the published ones.
    expect(
      (await camille.get(`/api/v1/governance/votes/${vote.id}/receipts/${first.body.receipt}`)).status,
    ).toBe(404);

    // After the close nothing can be cast, and the vote cannot be closed twice.
    const before = await governanceCounts(h);
    const late = await camille.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
      token: camilleToken,
      answers: { [r1]: 'against', [r2]: 'against' },
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('governance.vote.closed');
    expect((await admin.post(`/api/v1/governance/votes/${vote.id}/close`)).body.code).toBe(
      'governance.vote.already_closed',
    );
    expect(await governanceCounts(h)).toEqual(before);

    // Minutes: drafted, signed into a PDF, then frozen.
    expect(
      (
        await admin.request('PUT', `/api/v1/governance/assemblies/${assemblyId}/minutes`, {
          body: 'The assembly met.',
        })
      ).status,
    ).toBe(200);
    const signed = await admin.post(`/api/v1/governance/assemblies/${assemblyId}/minutes/sign`, {
      signatories: 'The chair, the secretary',
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    const pdf = await camille.raw('GET', `/api/v1/governance/assemblies/${assemblyId}/minutes.pdf`);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const redraft = await admin.request('PUT', `/api/v1/governance/assemblies/${assemblyId}/minutes`, {
      body: 'Changed.',
    });
    expect(redraft.status).toBe(409);
    expect(redraft.body.code).toBe('governance.minutes.signed');
    const frozen = await h.server.ctx.db
      .query(`UPDATE gov_minutes SET body = 'x' WHERE assembly_id = $1`, [assemblyId])
      .catch((e: unknown) => e);
    expect(frozen).toBeInstanceOf(Error);
  });

  it('refuses bad ballots with a clear message and records nothing', async () => {
    const assemblyId = await assemblyInProgress(admin);
    const vote = await resolutionsVote(admin, assemblyId, { allowChange: false });
    const [r1, r2] = vote.resolutions as [string, string];
    const later = await resolutionsVote(admin, assemblyId, { opensAt: at(30), closesAt: at(120) });
    const camille = await login(h, 'member@partage.coop', 'fr');
    const ballot = { token: token(), answers: { [r1]: 'for', [r2]: 'for' } };
    expect((await camille.post(`/api/v1/governance/votes/${vote.id}/ballots`, ballot)).status).toBe(201);
    const before = await governanceCounts(h);

    const cases: Array<[HttpClient | null, string, unknown, number, string]> = [
      [camille, vote.id, { ...ballot, token: token() }, 409, 'governance.vote.already_voted'],
      [camille, vote.id, ballot, 409, 'governance.vote.change_not_allowed'],
      [
        camille,
        later.id,
        { token: token(), answers: { [later.resolutions[0]!]: 'for', [later.resolutions[1]!]: 'for' } },
        409,
        'governance.vote.not_open',
      ],
      [
        await login(h, 'lukas.schmitz@example.be', 'de'),
        vote.id,
        { token: token(), answers: ballot.answers },
        403,
        'governance.voter.admitted_after_cutoff',
      ],
      [
        await login(h, 'amina.elidrissi@example.be'),
        vote.id,
        { token: token(), answers: ballot.answers },
        403,
        'governance.voter.not_member',
      ],
      [
        await login(h, 'tom.devos@example.be'),
        vote.id,
        { token: token(), answers: ballot.answers },
        403,
        'governance.voter.not_member',
      ],
      [
        await login(h, 'jan.peeters@example.be', 'nl'),
        vote.id,
        { token: token(), answers: { [r1]: 'for' } },
        422,
        'validation',
      ],
      [
        await login(h, 'jan.peeters@example.be', 'nl'),
        vote.id,
        { token: 'short', answers: ballot.answers },
        422,
        'validation',
      ],
      [null, vote.id, { token: token(), answers: ballot.answers }, 401, 'unauthenticated'],
    ];
    for (const [client, voteId, body, status, code] of cases) {
      const who = client ?? (await h.client('en').init());
      const reply = await who.post(`/api/v1/governance/votes/${voteId}/ballots`, body);
      expect([reply.status, reply.body.code], JSON.stringify(reply.body)).toEqual([status, code]);
      expect(reply.body.title).toBeTruthy();
    }
    // A missing answer is named in the member's language.
    const jan = await login(h, 'jan.peeters@example.be', 'nl');
    const missing = await jan.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
      token: token(),
      answers: { [r1]: 'for' },
    });
    expect(missing.body.errors[0]).toMatchObject({
      field: `answers.${r2}`,
      code: 'governance.ballot.missing_answer',
    });
    expect(missing.body.errors[0].message).toBe('Beantwoord elke resolutie (voor, tegen of onthouding).');

    // A forged request: right session cookie, no (or someone else's) CSRF token.
    const sofie = await login(h, 'sofie.janssens@example.be', 'nl');
    const forged = await sofie.raw(
      'POST',
      `/api/v1/governance/votes/${vote.id}/ballots`,
      { token: token(), answers: ballot.answers },
      { 'x-csrf-token': camille.csrf },
    );
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as any).code).toBe('csrf.invalid');
    expect(await governanceCounts(h)).toEqual(before);
  });

  it('one vote per person even when ballots arrive at once', async () => {
    const assemblyId = await assemblyInProgress(admin);
    const vote = await resolutionsVote(admin, assemblyId);
    const [r1, r2] = vote.resolutions as [string, string];
    const noah = await login(h, 'noah.leroy@example.be');
    const replies = await Promise.all(
      Array.from({ length: 12 }, () =>
        noah.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
          token: token(),
          answers: { [r1]: 'for', [r2]: 'for' },
        }),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(
      replies.filter((r) => r.status === 409).every((r) => r.body.code === 'governance.vote.already_voted'),
    ).toBe(true);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(11);
    const { rows } = await h.server.ctx.db.query<{ p: number; b: number }>(
      `SELECT (SELECT count(*)::int FROM gov_participations WHERE vote_id = $1) AS p,
              (SELECT count(*)::int FROM gov_sealed_ballots WHERE vote_id = $1) AS b`,
      [vote.id],
    );
    expect(rows[0]).toEqual({ p: 1, b: 1 });
  });
});

describe('closing while ballots arrive', () => {
  it('every ballot is either counted or refused as late; the close publishes exactly the participations', async () => {
    const assemblyId = await assemblyInProgress(admin);
    const vote = await resolutionsVote(admin, assemblyId);
    const [r1, r2] = vote.resolutions as [string, string];
    const voters = await Promise.all(
      [
        'member@partage.coop',
        'jan.peeters@example.be',
        'lea.martin@example.be',
        'sofie.janssens@example.be',
        'noah.leroy@example.be',
      ].map((email) => login(h, email)),
    );
    const casts = voters.map((v) =>
      v.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
        token: token(),
        answers: { [r1]: 'for', [r2]: 'against' },
      }),
    );
    const [close, ...replies] = await Promise.all([
      admin.post(`/api/v1/governance/votes/${vote.id}/close`),
      ...casts,
    ]);
    expect(close.status).toBe(200);
    for (const r of replies) expect([201, 409]).toContain(r.status);
    const accepted = replies.filter((r) => r.status === 201).length;
    expect(
      replies.filter((r) => r.status === 409).every((r) => r.body.code === 'governance.vote.closed'),
    ).toBe(true);
    const { rows } = await h.server.ctx.db.query<{ p: number; b: number; s: number }>(
      `SELECT (SELECT count(*)::int FROM gov_participations WHERE vote_id = $1) AS p,
              (SELECT count(*)::int FROM gov_ballots WHERE vote_id = $1) AS b,
              (SELECT count(*)::int FROM gov_sealed_ballots WHERE vote_id = $1) AS s`,
      [vote.id],
    );
    expect(rows[0]).toEqual({ p: accepted, b: accepted, s: 0 });
    expect(close.body.results.participation.voters).toBe(accepted);
  });
});

describe('proxies over HTTP', () => {
  it('a proxy holder votes for the giver; chains and too many proxies are refused', async () => {
    const assemblyId = await assemblyInProgress(admin);
    const vote = await resolutionsVote(admin, assemblyId);
    const [r1, r2] = vote.resolutions as [string, string];
    const camille = await login(h, 'member@partage.coop', 'fr');
    const jan = await login(h, 'jan.peeters@example.be', 'nl');
    const sofie = await login(h, 'sofie.janssens@example.be', 'nl');
    const number = async (c: HttpClient) =>
      (await c.get(`/api/v1/governance/assemblies/${assemblyId}`)).body.me.memberNumber;
    const [camilleNo, janNo] = [await number(camille), await number(jan)];

    const given = await sofie.post(`/api/v1/governance/assemblies/${assemblyId}/proxies`, {
      holderMemberNumber: janNo,
    });
    expect(given.status, JSON.stringify(given.body)).toBe(201);
    const before = await governanceCounts(h);
    const refusals: Array<[HttpClient, number, string]> = [
      [jan, camilleNo, 'governance.proxy.giver_holds_proxies'],
      [camille, janNo, 'governance.proxy.too_many'],
      [sofie, camilleNo, 'governance.proxy.already_given'],
      [camille, camilleNo, 'governance.proxy.self'],
      [camille, 99_999, 'governance.proxy.unknown_holder'],
    ];
    for (const [client, holder, code] of refusals) {
      const reply = await client.post(`/api/v1/governance/assemblies/${assemblyId}/proxies`, {
        holderMemberNumber: holder,
      });
      expect(reply.body.errors?.[0]?.code ?? reply.body.code, JSON.stringify(reply.body)).toBe(code);
    }
    // A chain: Camille gives to Jan's... giver (Sofie): Sofie has given her proxy away.
    const chain = await camille.post(`/api/v1/governance/assemblies/${assemblyId}/proxies`, {
      holderMemberNumber: await number(sofie),
    });
    expect(chain.body.errors[0].code).toBe('governance.proxy.chain');
    expect(await governanceCounts(h)).toEqual(before);

    const sofieId = (await jan.get(`/api/v1/governance/assemblies/${assemblyId}`)).body.me.proxiesHeld[0]
      .memberId;
    const forSofie = await jan.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
      token: token(),
      answers: { [r1]: 'for', [r2]: 'for' },
      onBehalfOf: sofieId,
    });
    expect(forSofie.status, JSON.stringify(forSofie.body)).toBe(201);
    const own = await jan.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
      token: token(),
      answers: { [r1]: 'for', [r2]: 'for' },
    });
    expect(own.status).toBe(201);
    // Sofie gave her proxy: she cannot vote herself; Camille holds no proxy of Sofie.
    expect(
      (
        await sofie.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
          token: token(),
          answers: { [r1]: 'for', [r2]: 'for' },
        })
      ).body.code,
    ).toBe('governance.proxy.already_given');
    expect(
      (
        await camille.post(`/api/v1/governance/votes/${vote.id}/ballots`, {
          token: token(),
          answers: { [r1]: 'for', [r2]: 'for' },
          onBehalfOf: sofieId,
        })
      ).body.code,
    ).toBe('governance.proxy.not_held');
    const { rows } = await h.server.ctx.db.query<{ channel: string }>(
      'SELECT channel FROM gov_participations WHERE vote_id = $1 ORDER BY channel',
      [vote.id],
    );
    expect(rows.map((r) => r.channel)).toEqual(['online', 'proxy']);
  });
});

describe('board election over HTTP', () => {
  it('candidacies during the call, up to N choices, parity allocation at the close', async () => {
    const assemblyId = await assemblyInProgress(admin);
    const created = await admin.post(`/api/v1/governance/assemblies/${assemblyId}/votes`, {
      kind: 'election',
      title: tr('Board election'),
      callOpensAt: at(-120),
      callClosesAt: at(30),
      opensAt: at(60),
      closesAt: at(240),
      maxChoices: 2,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const voteId = created.body.id;
    const form = {
      category: 'A',
      profile: 'Sound engineer',
      motivation: 'Serve',
      skills: 'Budgets',
      vision: 'Open',
    };
    const jan = await login(h, 'jan.peeters@example.be', 'nl');
    const camille = await login(h, 'member@partage.coop', 'fr');
    const lea = await login(h, 'lea.martin@example.be', 'fr');
    const janCandidacy = await jan.post(`/api/v1/governance/votes/${voteId}/candidates`, form);
    expect(janCandidacy.status, JSON.stringify(janCandidacy.body)).toBe(201);
    const camilleCandidacy = await camille.post(`/api/v1/governance/votes/${voteId}/candidates`, form);
    expect(camilleCandidacy.status).toBe(201);
    const leaCandidacy = await lea.post(`/api/v1/governance/votes/${voteId}/candidates`, form);
    expect(leaCandidacy.status).toBe(201);
    const page = await camille.get(`/api/v1/governance/candidates/${janCandidacy.body.id}`);
    expect(page.body).toMatchObject({
      name: 'Member Two',
      category: 'A',
      gender: 'male',
      profile: 'Sound engineer',
    });

    const before = await governanceCounts(h);
    const refused: Array<[HttpClient, unknown, string]> = [
      [jan, form, 'governance.candidacy.duplicate'],
      [await login(h, 'lukas.schmitz@example.be', 'de'), form, 'governance.candidacy.not_eligible'],
      [
        await login(h, 'sofie.janssens@example.be'),
        { ...form, category: 'C' },
        'governance.candidacy.category_not_held',
      ],
      [await login(h, 'amina.elidrissi@example.be'), form, 'governance.candidacy.not_eligible'],
    ];
    for (const [client, body, code] of refused) {
      const reply = await client.post(`/api/v1/governance/votes/${voteId}/candidates`, body);
      expect(reply.body.errors?.[0]?.code ?? reply.body.code, JSON.stringify(reply.body)).toBe(code);
    }
    // The call closes and the vote opens.
    await shiftVote(h, voteId, { call_closes_at: at(-5), opens_at: at(-1) });
    const late = await (
      await login(h, 'noah.leroy@example.be')
    ).post(`/api/v1/governance/votes/${voteId}/candidates`, form);
    expect(late.body.code).toBe('governance.candidacy.call_closed');
    const tooMany = await jan.post(`/api/v1/governance/votes/${voteId}/ballots`, {
      token: token(),
      choices: [janCandidacy.body.id, camilleCandidacy.body.id, leaCandidacy.body.id],
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.errors[0]).toMatchObject({
      code: 'governance.ballot.too_many_choices',
      params: { max: 2 },
    });
    expect(await governanceCounts(h)).toEqual(before);

    for (const [client, choices] of [
      [jan, [janCandidacy.body.id, camilleCandidacy.body.id]],
      [camille, [camilleCandidacy.body.id]],
      [lea, [janCandidacy.body.id, leaCandidacy.body.id]],
    ] as Array<[HttpClient, string[]]>) {
      const reply = await client.post(`/api/v1/governance/votes/${voteId}/ballots`, {
        token: token(),
        choices,
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    }
    const closed = await admin.post(`/api/v1/governance/votes/${voteId}/close`);
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const results = closed.body.results;
    const votesOf = (id: string) => results.candidates.find((c: any) => c.id === id).votes;
    expect([
      votesOf(janCandidacy.body.id),
      votesOf(camilleCandidacy.body.id),
      votesOf(leaCandidacy.body.id),
    ]).toEqual([2, 2, 1]);
    // All three stand for category A (11 seats): all elected. With 3 elected natural persons, 40 % of
    // each gender means 2 of each: impossible, and reported (no other candidate could be swapped in).
    expect(results.allocation.elected).toHaveLength(3);
    expect(results.allocation.parity).toMatchObject({
      met: false,
      counted: 3,
      minimum: 2,
      counts: { female: 2, male: 1 },
    });
    expect(results.allocation.problems).toContainEqual({
      code: 'governance.allocation.parity_unmet',
      gender: 'male',
      minimum: 2,
      elected: 1,
    });
    expect(results.allocation.problems).toContainEqual({
      code: 'governance.allocation.seats_unfilled',
      group: 'A',
      missing: 8,
    });
    // Ties (2 votes each) are broken by the public draw, which anyone can redo from the ids.
    const ranking: string[] = results.allocation.ranking;
    const tied = results.candidates.filter((c: any) => c.votes === 2).sort((a: any, b: any) => a.lot - b.lot);
    expect(ranking.slice(0, 2)).toEqual(tied.map((c: any) => c.id));
  });
});

describe('convocation', () => {
  it('is sent to every member within the notice period, once', async () => {
    const heldAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const created = await admin.post('/api/v1/governance/assemblies', {
      title: tr('Annual assembly'),
      heldAt,
      place: 'Brussels',
      cutoffDate: heldAt.slice(0, 10),
    });
    const { rows: outboxBefore } = await h.server.ctx.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM outbox_emails',
    );
    const sent = await admin.post(`/api/v1/governance/assemblies/${created.body.id}/convocation`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.recipients).toBe(6);
    const { rows } = await h.server.ctx.db.query<{ to_address: string; subject: string; body: string }>(
      `SELECT to_address, subject, body FROM outbox_emails WHERE template = 'governance_convocation' AND to_address = 'jan.peeters@example.be'`,
    );
    expect(rows[0]!.subject).toBe('Oproeping: Annual assembly (nl)');
    expect(rows[0]!.body).toContain('Beste Member Two');
    expect((await admin.post(`/api/v1/governance/assemblies/${created.body.id}/convocation`)).body.code).toBe(
      'governance.convocation.already_sent',
    );
    const soon = await admin.post('/api/v1/governance/assemblies', {
      title: tr('Extraordinary assembly'),
      heldAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      place: 'Brussels',
      cutoffDate: '2025-01-01',
    });
    const tooLate = await admin.post(`/api/v1/governance/assemblies/${soon.body.id}/convocation`);
    expect(tooLate.body.code).toBe('governance.convocation.too_late');
    const { rows: outboxAfter } = await h.server.ctx.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM outbox_emails',
    );
    expect(outboxAfter[0]!.n).toBe(outboxBefore[0]!.n + 6);
    // Members see convened assemblies only; drafts stay with the administrators.
    const camille = await login(h, 'member@partage.coop', 'fr');
    const list = (await camille.get('/api/v1/governance/assemblies')).body.assemblies.map((a: any) => a.id);
    expect(list).toContain(created.body.id);
    expect(list).not.toContain(soon.body.id);
    expect(
      (
        await camille.post('/api/v1/governance/assemblies', {
          title: tr('x'),
          heldAt,
          place: 'x',
          cutoffDate: '2025-01-01',
        })
      ).status,
    ).toBe(403);
  });
});

describe('demo data', () => {
  it('seeds an assembly with open votes, two candidates, a working group and information sessions', async () => {
    await seedGovernanceDemo(h.server.ctx);
    const member = await login(h, 'member@partage.coop', 'fr');
    const assemblies = (await member.get('/api/v1/governance/assemblies')).body.assemblies;
    const demo = assemblies.find((a: any) => a.title.en === 'Ordinary general assembly');
    expect(demo.votes.map((v: any) => [v.kind, v.state])).toEqual([
      ['resolutions', 'open'],
      ['election', 'open'],
    ]);
    const view = (await member.get(`/api/v1/governance/assemblies/${demo.id}`)).body;
    expect(view.votes[1].candidates).toHaveLength(2);
    expect(view.me.eligible).toBe(true);
    const groups = (await member.get('/api/v1/governance/groups')).body.groups;
    expect(groups[0].recommendations[0]).toMatchObject({ status: 'adapted' });
    expect(groups[0].recommendations[0].history.map((e: any) => e.to)).toEqual([
      'published',
      'under_examination',
      'adapted',
    ]);
    const sessions = (await h.client('nl').get('/api/v1/governance/sessions?language=nl')).body.sessions;
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ office: 'Gent', seatsLeft: 25 });
  });
});
