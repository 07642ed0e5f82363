/**
 * Board election at scale: 30,000 members cast their ballot over HTTP (`POST /api/v1/governance/
 * votes/:id/ballots`, each as themselves, with their session and CSRF token) through 100 concurrent
 * connections; then the close (unseal, shuffle, publish every ballot, count, allocate the seats with
 * parity) over HTTP, and the pure count of the published ballots. A bare Fastify route measured in the
 * same run with the same connections gives the machine's ceiling.
 */
import { randomBytes } from 'node:crypto';
import { BE_COOP_STATUTES, allocateBoardSeats, tallyElection, type ShareCategoryCode } from '@partage/domain';
import { demoStaff, startBenchServer } from './lib/server.ts';
import { round } from './lib/latency.ts';
import type { Benchmark, BenchContext, BenchOutcome } from './lib/types.ts';
import { measure } from './lib/load.ts';
import { startBareServer } from './lib/bare.ts';
import { logIn } from './lib/session.ts';
import { generateRegister } from './register/generate.ts';
import { openVoterSessions } from './governance/electorate.ts';
import { runBallots, type BallotFigures } from './governance/run-ballots.ts';
import { seededRandom } from './lib/random.ts';

const ENTITY = 'BE-COOP';
const CUTOFF = '2025-12-31';
const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const settings = {
  voters: env('BENCH_VOTERS', 30_000),
  connections: env('BENCH_CONNECTIONS', 100),
  candidates: env('BENCH_CANDIDATES', 35),
  maxChoices: 18,
  /** Ballots sent first and left out of the figures (JIT, pools, caches). */
  warmupShare: 0.03,
  timeoutSeconds: 60,
  bareSeconds: 5,
  seed: 2017,
};

async function run({ database, log }: BenchContext): Promise<BenchOutcome> {
  const { db } = database;
  log('starting the server (migrations, reference data, demo seed)');
  const server = await startBenchServer(db);
  try {
    const staff = await demoStaff(db);
    // ~95 % of a generated register are members, some admitted after the cut-off: a margin.
    const registerSize = Math.ceil(settings.voters / 0.85) + 200;
    log(`generating a register of ${registerSize.toLocaleString('en')} members`);
    const generated = await generateRegister(
      db,
      server.ctx.protector,
      { count: registerSize, entityId: ENTITY, staff, seed: settings.seed },
      log,
    );
    log(
      `  generated in ${generated.seconds.total} s; opening ${settings.voters.toLocaleString('en')} voter sessions`,
    );
    const sessionsStarted = performance.now();
    const voters = await openVoterSessions(db, ENTITY, settings.voters, CUTOFF);
    if (voters.length < settings.voters)
      throw new Error(`only ${voters.length} members admitted before ${CUTOFF}`);
    const sessionsSeconds = round((performance.now() - sessionsStarted) / 1000);

    log('preparing the assembly and the election over HTTP');
    const admin = await logIn(server.url, 'admin@partage.coop', 'partage-demo-2026');
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${server.url}/api/v1${path}`, {
        method: 'POST',
        headers: { ...admin, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as Record<string, unknown>;
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    };
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const t = (en: string) => ({ fr: en, nl: en, en, de: en });
    const assembly = await post('/governance/assemblies', {
      entityId: ENTITY,
      title: t('Benchmark assembly'),
      heldAt: at(-1),
      place: 'Loopback',
      cutoffDate: CUTOFF,
    });
    await db.query(`UPDATE gov_assemblies SET status = 'convened', convened_at = now() WHERE id = $1`, [
      assembly.id,
    ]);
    const vote = await post(`/governance/assemblies/${assembly.id}/votes`, {
      kind: 'election',
      title: t('Board election'),
      callOpensAt: at(-180),
      callClosesAt: at(-120),
      opensAt: at(-120),
      closesAt: at(600),
      maxChoices: settings.maxChoices,
    });
    const voteId = vote.id as string;
    // The candidates (as after the call): members of each category, not among the voters' first ones.
    const { rows: candidates } = await db.query<{ id: string; category: ShareCategoryCode }>(
      `WITH picked AS (
         SELECT m.id, h.category, p.kind, p.gender, COALESCE(p.legal_name, p.first_name || ' ' || p.last_name) AS name,
                row_number() OVER (PARTITION BY h.category = 'A' ORDER BY m.member_number DESC) AS n
           FROM members m JOIN people p ON p.id = m.person_id JOIN holdings h ON h.member_id = m.id AND h.quantity > 0
          WHERE m.entity_id = $2 AND m.status = 'member')
       INSERT INTO gov_candidates (vote_id, member_id, display_name, category, seat_group, person_kind, gender,
                                   profile, motivation, skills, vision, language)
       SELECT $1, id, name, category, CASE WHEN category = 'A' THEN 'A' ELSE 'BC' END, kind,
              CASE WHEN kind = 'natural' THEN gender END, 'Profile', 'Motivation', 'Skills', 'Vision', 'fr'
         FROM picked WHERE (category = 'A' AND n <= $3) OR (category <> 'A' AND n <= $4)
       RETURNING id, category`,
      [
        voteId,
        ENTITY,
        Math.round((settings.candidates * 24) / 35),
        settings.candidates - Math.round((settings.candidates * 24) / 35),
      ],
    );
    const ids = candidates.map((c) => c.id).sort();

    // Every voter's ballot: their own secret token and 1 to 18 candidates, more votes to the first ones.
    const next = seededRandom(settings.seed);
    const requests = voters.map((v) => {
      const count = 1 + Math.floor(next() * settings.maxChoices);
      const chosen = new Set<string>();
      while (chosen.size < count) chosen.add(ids[Math.floor(next() ** 1.6 * ids.length)]!);
      return {
        path: `/api/v1/governance/votes/${voteId}/ballots`,
        cookie: v.cookie,
        csrf: v.csrf,
        body: JSON.stringify({ token: randomBytes(32).toString('base64url'), choices: [...chosen] }),
      };
    });
    const warmup = Math.max(1, Math.floor(requests.length * settings.warmupShare));
    log(
      `warm-up: ${warmup} ballots; then ${requests.length - warmup} ballots over ${settings.connections} connections`,
    );
    const job = {
      url: server.url,
      connections: settings.connections,
      timeoutSeconds: settings.timeoutSeconds,
    };
    await runBallots({ ...job, requests: requests.slice(0, warmup) });
    const ballots: BallotFigures = await runBallots({ ...job, requests: requests.slice(warmup) });
    log(
      `  ${ballots.ballotsPerSecond} ballots/s, p95 ${ballots.latencyMs.p95} ms, statuses ${JSON.stringify(ballots.statuses)}`,
    );

    const { rows: counts } = await db.query<{ participations: number; sealed: number }>(
      `SELECT (SELECT count(*)::int FROM gov_participations WHERE vote_id = $1) AS participations,
              (SELECT count(*)::int FROM gov_sealed_ballots WHERE vote_id = $1) AS sealed`,
      [voteId],
    );
    // A second ballot of a voter who has voted is refused: one participation per voter, exactly.
    const again = await fetch(`${server.url}${requests[0]!.path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: requests[0]!.cookie,
        'x-csrf-token': requests[0]!.csrf,
      },
      body: JSON.stringify({ token: randomBytes(32).toString('base64url'), choices: [ids[0]] }),
    });

    log('closing the vote over HTTP (unseal, shuffle, publish, count, allocate)');
    const closeStarted = performance.now();
    const closed = await post(`/governance/votes/${voteId}/close`, {});
    const closeSeconds = round((performance.now() - closeStarted) / 1000, 3);
    const results = closed.results as {
      ballots: number;
      allocation: { elected: unknown[]; parity: { met: boolean } };
    };

    log('counting the published ballots again, in memory (the pure domain functions)');
    const { rows: published } = await db.query<{
      category: ShareCategoryCode;
      content: { choices: string[] };
    }>('SELECT category, content FROM gov_ballots WHERE vote_id = $1', [voteId]);
    const { rows: candidateRows } = await db.query<{
      id: string;
      seat_group: string;
      person_kind: 'natural' | 'legal';
      gender: 'female' | 'male' | 'x' | null;
      lot: number;
    }>('SELECT id, seat_group, person_kind, gender, lot FROM gov_candidates WHERE vote_id = $1', [voteId]);
    const tallyStarted = performance.now();
    const tally = tallyElection(
      published.map((b) => ({ category: b.category, choices: b.content.choices })),
      ids,
    );
    const allocation = allocateBoardSeats({
      groups: BE_COOP_STATUTES.boardSeats,
      parity: BE_COOP_STATUTES.parity,
      candidates: candidateRows.map((c) => ({
        id: c.id,
        group: c.seat_group,
        kind: c.person_kind,
        gender: c.gender,
        votes: tally.votes[c.id] ?? 0,
        lot: c.lot,
      })),
    });
    const tallyMs = round(performance.now() - tallyStarted, 1);

    log(`bare Fastify route, ${settings.bareSeconds} s, same connections`);
    const bare = await startBareServer();
    let bareFigures;
    try {
      bareFigures = await measure(
        {
          url: bare.url,
          paths: ['/bare'],
          headers: {},
          connections: settings.connections,
          durationSeconds: settings.bareSeconds,
          timeoutSeconds: 10,
        },
        1,
      );
    } finally {
      await bare.close();
    }

    return {
      volumes: {
        registerMembers: registerSize,
        voters: voters.length,
        candidates: ids.length,
        ballotsMeasured: requests.length - warmup,
        ballotsWarmup: warmup,
        publishedBallots: published.length,
      },
      settings: { ...settings, tool: 'autocannon (worker thread)', cutoff: CUTOFF },
      figures: {
        voterSessionsSeconds: sessionsSeconds,
        ballots,
        participationsAfter: counts[0]!.participations,
        sealedAfter: counts[0]!.sealed,
        secondBallotStatus: again.status,
        close: {
          seconds: closeSeconds,
          ballots: results.ballots,
          elected: results.allocation.elected.length,
          parityMet: results.allocation.parity.met,
        },
        tallyInMemory: {
          ballots: published.length,
          milliseconds: tallyMs,
          elected: allocation.elected.length,
          sameAsClose: allocation.elected.length === results.allocation.elected.length,
        },
        bare: { requestsPerSecond: bareFigures.requestsPerSecond, p95: bareFigures.latencyMs.p95 },
        ratioToBare: round(ballots.ballotsPerSecond / bareFigures.requestsPerSecond, 4),
      },
      summary: [
        `${ballots.accepted} ballots in ${ballots.durationSeconds} s: ${ballots.ballotsPerSecond} ballots/s, p50 ${ballots.latencyMs.p50} ms, p95 ${ballots.latencyMs.p95} ms (${settings.connections} connections)`,
        `statuses ${JSON.stringify(ballots.statuses)}; participations ${counts[0]!.participations}, sealed ballots ${counts[0]!.sealed}; a second ballot answered ${again.status}`,
        `close over HTTP (unseal, shuffle, publish, count, allocate): ${closeSeconds} s for ${results.ballots} ballots`,
        `in-memory count and allocation of ${published.length} ballots: ${tallyMs} ms`,
        `bare route: ${bareFigures.requestsPerSecond} req/s; ballots/bare = ${round(ballots.ballotsPerSecond / bareFigures.requestsPerSecond, 4)}`,
      ],
    };
  } finally {
    await server.close();
  }
}

const benchmark: Benchmark = {
  name: 'governance',
  description: `${settings.voters.toLocaleString('en')} members cast a board-election ballot over HTTP, ${settings.connections} concurrent connections; close and count`,
  run,
};
export default benchmark;
