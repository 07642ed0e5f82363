import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, HttpClient } from '../testing/harness.ts';
import { login, startGovernanceHarness } from './testing.ts';

let h: Harness;
let admin: HttpClient;
beforeAll(async () => {
  h = await startGovernanceHarness();
  admin = await login(h, 'admin@partage.coop');
});
afterAll(() => h.close());

describe('working groups and recommendations over HTTP', () => {
  it('members join and publish; the board examines, answers with reasons and follows up', async () => {
    const group = await admin.post('/api/v1/governance/groups', {
      name: 'Tools',
      description: 'Our shared tools.',
    });
    expect(group.status).toBe(201);
    const member = await login(h, 'member@partage.coop', 'fr');
    const outsider = await login(h, 'jan.peeters@example.be', 'nl');
    // Only group members publish.
    expect(
      (
        await member.post(`/api/v1/governance/groups/${group.body.id}/recommendations`, {
          title: 'x',
          body: 'y',
        })
      ).status,
    ).toBe(403);
    expect((await member.post(`/api/v1/governance/groups/${group.body.id}/join`)).status).toBe(201);
    expect((await member.post(`/api/v1/governance/groups/${group.body.id}/join`)).body.code).toBe(
      'governance.group.already_member',
    );
    expect(
      (
        await member.post(`/api/v1/governance/groups/${group.body.id}/meetings`, {
          heldAt: '2026-03-02T18:00:00Z',
          place: 'Online',
        })
      ).status,
    ).toBe(201);
    const rec = await member.post(`/api/v1/governance/groups/${group.body.id}/recommendations`, {
      title: 'A calendar of all sessions',
      body: 'Publish every information session in one calendar.',
    });
    expect(rec.status).toBe(201);
    const path = `/api/v1/governance/recommendations/${rec.body.id}/status`;
    expect((await member.post(path, { to: 'under_examination' })).status).toBe(403);
    expect((await admin.post(path, { to: 'under_examination' })).status).toBe(403);
    const board = await login(h, 'board@partage.coop', 'fr');
    expect((await board.post(path, { to: 'adopted' })).body.code).toBe(
      'governance.recommendation.bad_transition',
    );
    expect((await board.post(path, { to: 'under_examination' })).status).toBe(200);
    const noReason = await board.post(path, { to: 'refused' });
    expect(noReason.body.errors[0].code).toBe('governance.recommendation.reason_required');
    expect((await board.post(path, { to: 'adopted' })).status).toBe(200);
    expect((await admin.post(path, { to: 'in_progress' })).status).toBe(200);
    expect((await admin.post(path, { to: 'implemented' })).status).toBe(200);
    const seen = (await outsider.get('/api/v1/governance/groups')).body.groups[0];
    expect(seen.iAmMember).toBe(false);
    expect(seen.meetings).toHaveLength(1);
    expect(seen.recommendations[0].status).toBe('implemented');
    expect(seen.recommendations[0].history.map((e: { to: string }) => e.to)).toEqual([
      'published',
      'under_examination',
      'adopted',
      'in_progress',
      'implemented',
    ]);
  });
});

describe('information sessions over HTTP', () => {
  it('fills up to the capacity, then the waiting list moves up on a cancellation; reminders, attendance, figures', async () => {
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const session = await admin.post('/api/v1/governance/sessions', {
      office: 'Liège',
      language: 'fr',
      mode: 'in_person',
      startsAt,
      place: 'Rue Coenraets 72',
      capacity: 2,
    });
    expect(session.status).toBe(201);
    const visitor = await h.client('fr').init();
    const register = (n: number) =>
      visitor.post(`/api/v1/governance/sessions/${session.body.id}/registrations`, {
        name: `Visitor ${n}`,
        email: `visitor${n}@example.be`,
        language: 'fr',
      });
    const states = [];
    for (const n of [1, 2, 3]) states.push((await register(n)).body);
    expect(states.map((s) => s.state)).toEqual(['confirmed', 'confirmed', 'waiting']);
    expect((await register(1)).body.code).toBe('governance.session.already_registered');
    const calendar = (await visitor.get('/api/v1/governance/sessions?language=fr&office=Li%C3%A8ge')).body
      .sessions;
    expect(calendar[0]).toMatchObject({ seatsLeft: 0, waiting: 1 });

    const cancelled = await admin.post(
      `/api/v1/governance/sessions/${session.body.id}/registrations/${states[0].id}/cancel`,
    );
    expect(cancelled.body.promoted).toEqual([states[2].id]);
    const { rows: mails } = await h.server.ctx.db.query<{ to_address: string; template: string }>(
      `SELECT to_address, template FROM outbox_emails WHERE to_address LIKE 'visitor%' ORDER BY id`,
    );
    expect(mails.map((m) => `${m.template}:${m.to_address}`)).toEqual([
      'governance_session_registered:visitor1@example.be',
      'governance_session_registered:visitor2@example.be',
      'governance_session_registered:visitor3@example.be',
      'governance_session_registered:visitor3@example.be',
    ]);

    const reminders = await admin.post('/api/v1/governance/sessions/reminders');
    expect(reminders.body).toEqual({ sessions: 1, emails: 2 });
    expect((await admin.post('/api/v1/governance/sessions/reminders')).body).toEqual({
      sessions: 0,
      emails: 0,
    });

    expect(
      (
        await admin.post(`/api/v1/governance/sessions/${session.body.id}/attendance`, {
          attended: [states[2].id],
        })
      ).status,
    ).toBe(200);
    const year = Number(startsAt.slice(0, 4));
    const figures = await admin.get(`/api/v1/governance/sessions/figures?year=${year}`);
    expect(figures.body).toMatchObject({ year, sessions: 1, participants: 1 });
    expect((await visitor.get(`/api/v1/governance/sessions/figures?year=${year}`)).status).toBe(401);
  });
});
