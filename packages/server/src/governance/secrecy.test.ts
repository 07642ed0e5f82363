import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../testing/harness.ts';
import { startGovernanceHarness, assemblyInProgress, login, resolutionsVote, token } from './testing.ts';

let h: Harness;
beforeAll(async () => {
  h = await startGovernanceHarness();
});
afterAll(() => h.close());

const BALLOT_TABLES = ['gov_sealed_ballots', 'gov_ballots'];

describe('secrecy of the ballot', () => {
  it('no foreign key and no column leads from a ballot to a voter', async () => {
    const db = h.server.ctx.db;
    const { rows: fks } = await db.query<{ table_name: string; foreign_table: string }>(
      `SELECT tc.table_name, ccu.table_name AS foreign_table
         FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = ANY($1)`,
      [BALLOT_TABLES],
    );
    // The only reference is to the vote itself (and the vote references no voter).
    expect(new Set(fks.map((f) => f.foreign_table))).toEqual(new Set(['gov_votes']));
    const { rows: voteFks } = await db.query<{ foreign_table: string }>(
      `SELECT ccu.table_name AS foreign_table FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = 'gov_votes'`,
    );
    expect(voteFks.map((f) => f.foreign_table).sort()).toEqual(
      ['entities', 'gov_assemblies', 'users'].sort(),
    );

    const { rows: columns } = await db.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      column_default: string | null;
    }>(
      `SELECT table_name, column_name, data_type, column_default FROM information_schema.columns WHERE table_name = ANY($1)`,
      [BALLOT_TABLES],
    );
    for (const c of columns) {
      // No voter, member, user or person; no time; no sequence that orders ballots by arrival.
      expect(c.column_name, `${c.table_name}.${c.column_name}`).not.toMatch(
        /(^|_)(user|member|person|voter|session|ip)(_|$)|_at$|_on$|time/,
      );
      expect(c.data_type, `${c.table_name}.${c.column_name}`).not.toMatch(/timestamp|date|time/);
      expect(c.column_default ?? '', `${c.table_name}.${c.column_name}`).not.toMatch(/nextval|now\(\)/);
    }
    const uuidColumns = columns
      .filter((c) => c.data_type === 'uuid')
      .map((c) => `${c.table_name}.${c.column_name}`);
    expect(uuidColumns.sort()).toEqual([
      'gov_ballots.vote_id',
      'gov_sealed_ballots.id',
      'gov_sealed_ballots.vote_id',
    ]);
    const { rows: defaults } = await db.query<{ column_default: string }>(
      `SELECT column_default FROM information_schema.columns WHERE table_name = 'gov_sealed_ballots' AND column_name = 'id'`,
    );
    expect(defaults[0]!.column_default).toContain('gen_random_uuid');

    // The participation, which names the member, has no column in common with a ballot but the vote.
    const { rows: participation } = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'gov_participations'`,
    );
    const shared = participation
      .map((c) => c.column_name)
      .filter((name) => columns.some((c) => c.column_name === name));
    expect(shared.sort()).toEqual(['category', 'vote_id']);
  });

  it('the audit log, the idempotency store and the participation hold no ballot content nor receipt', async () => {
    const admin = await login(h, 'admin@partage.coop');
    const assemblyId = await assemblyInProgress(admin);
    const vote = await resolutionsVote(admin, assemblyId);
    const [r1, r2] = vote.resolutions as [string, string];
    const camille = await login(h, 'member@partage.coop', 'fr');
    const secret = token();
    const cast = await camille.post(
      `/api/v1/governance/votes/${vote.id}/ballots`,
      { token: secret, answers: { [r1]: 'against', [r2]: 'abstain' } },
      { 'idempotency-key': 'governance-ballot-0001' },
    );
    expect(cast.status).toBe(201);
    const receipt: string = cast.body.receipt;
    const jan = await login(h, 'jan.peeters@example.be', 'nl');
    const janNumber = (await jan.get(`/api/v1/governance/assemblies/${assemblyId}`)).body.me.memberNumber;
    const room = await admin.post(`/api/v1/governance/votes/${vote.id}/room-ballots`, {
      memberNumber: janNumber,
      answers: { [r1]: 'for', [r2]: 'for' },
    });
    expect(room.status).toBe(201);
    await admin.post(`/api/v1/governance/votes/${vote.id}/close`);

    const db = h.server.ctx.db;
    const dump = async (sql: string) => JSON.stringify((await db.query(sql)).rows);
    const audit = await dump('SELECT * FROM audit_log');
    const keys = await dump('SELECT * FROM idempotency_keys');
    const participation = await dump('SELECT * FROM gov_participations');
    for (const text of [audit, keys, participation]) {
      expect(text).not.toContain(receipt);
      expect(text).not.toContain(room.body.receipt);
      expect(text).not.toContain(secret);
      expect(text).not.toMatch(/"against"|"abstain"|"answers"|"choices"/);
    }
    // The published ballot is there, without anything that names Camille.
    const { rows } = await db.query('SELECT * FROM gov_ballots WHERE receipt = $1', [receipt]);
    expect(rows).toHaveLength(1);
    const camilleIds = await db.query<{ user_id: string; member_id: string }>(
      `SELECT p.user_id, m.id AS member_id FROM people p JOIN members m ON m.person_id = p.id WHERE p.email = 'member@partage.coop'`,
    );
    const published = JSON.stringify(rows[0]);
    expect(published).not.toContain(camilleIds.rows[0]!.user_id);
    expect(published).not.toContain(camilleIds.rows[0]!.member_id);
    // The sealed ballots and the vote's key are gone after the close.
    expect((await db.query('SELECT * FROM gov_sealed_ballots WHERE vote_id = $1', [vote.id])).rows).toEqual(
      [],
    );
    expect(
      (
        await db.query<{ seal_key_enc: string | null }>('SELECT seal_key_enc FROM gov_votes WHERE id = $1', [
          vote.id,
        ])
      ).rows[0]!.seal_key_enc,
    ).toBeNull();
  });
});
