/**
 * Register search at 100,000 members: the staff endpoint `GET /api/v1/register/members` of the real
 * server, under 50 concurrent connections, for a realistic mix of searches and for each kind of search
 * alone; compared with a bare Fastify route measured in the same run with the same settings.
 */
import { DEMO_PASSWORD, verifyRegister } from '@partage/server';
import { demoStaff, startBenchServer } from './lib/server.ts';
import { round } from './lib/latency.ts';
import type { Benchmark, BenchContext, BenchOutcome } from './lib/types.ts';
import { measure, type LoadFigures, type LoadJob } from './lib/load.ts';
import { startBareServer } from './lib/bare.ts';
import { logIn } from './lib/session.ts';
import { generateRegister } from './register/generate.ts';
import { buildScenarios, type Scenario } from './register/scenarios.ts';

const ENTITY = 'BE-COOP';
const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const settings = {
  members: env('BENCH_MEMBERS', 100_000),
  connections: env('BENCH_CONNECTIONS', 50),
  durationSeconds: env('BENCH_DURATION', 15),
  warmupSeconds: env('BENCH_WARMUP', 3),
  timeoutSeconds: 60,
  probeRequests: 40,
  seed: 2017,
};

interface Probe {
  /** Requests sent one after the other, no concurrency: the service time of one request. */
  requests: number;
  sequentialMedianMs: number;
  sequentialMaxMs: number;
  /** The `total` each answer reported: how many members a search of this kind finds. */
  totals: { min: number; median: number; p90: number; max: number; zeroShare: number };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** A few requests of the scenario, one at a time: checks the answers and records what they find. */
async function probe(
  url: string,
  headers: Record<string, string>,
  scenario: Scenario,
  count: number,
): Promise<Probe> {
  const times: number[] = [];
  const totals: number[] = [];
  for (const path of scenario.paths.slice(0, count)) {
    const started = performance.now();
    const response = await fetch(url + path, { headers });
    const body = (await response.json()) as { total?: number; items?: unknown[] };
    times.push(performance.now() - started);
    if (response.status !== 200 || typeof body.total !== 'number')
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    totals.push(body.total);
  }
  times.sort((a, b) => a - b);
  totals.sort((a, b) => a - b);
  return {
    requests: times.length,
    sequentialMedianMs: round(quantile(times, 0.5)),
    sequentialMaxMs: round(times[times.length - 1]!),
    totals: {
      min: totals[0]!,
      median: quantile(totals, 0.5),
      p90: quantile(totals, 0.9),
      max: totals[totals.length - 1]!,
      zeroShare: round(totals.filter((t) => t === 0).length / totals.length, 3),
    },
  };
}

/**
 * Waits until the server has answered everything the load generator left behind (with PGlite the
 * queries queue on one connection): the next measurement starts on an idle server.
 */
async function drain(url: string, headers: Record<string, string>): Promise<void> {
  await fetch(`${url}/api/v1/register/members?q=1&limit=1`, { headers }).then((r) => r.arrayBuffer());
}

async function run({ database, log }: BenchContext): Promise<BenchOutcome> {
  const { db } = database;
  log('starting the server (migrations, reference data, demo seed with the staff accounts)');
  const server = await startBenchServer(db);
  try {
    const staff = await demoStaff(db);

    log(`generating a register of ${settings.members.toLocaleString('en')} members`);
    const generated = await generateRegister(
      db,
      server.ctx.protector,
      { count: settings.members, entityId: ENTITY, staff, seed: settings.seed },
      log,
    );
    log(`  generated in ${generated.seconds.total} s`);

    const checkStarted = performance.now();
    const check = await verifyRegister(server.ctx, ENTITY);
    const registerCheck = {
      lines: check.lines,
      problems: check.problems.length,
      holdingMismatches: check.holdingMismatches.length,
      seconds: round((performance.now() - checkStarted) / 1000, 3),
    };
    log(`  register check: ${JSON.stringify(registerCheck)}`);
    if (registerCheck.problems > 0 || registerCheck.holdingMismatches > 0)
      throw new Error('the generated register does not pass the server’s own check');

    const headers = await logIn(server.url, 'admin@partage.coop', DEMO_PASSWORD);
    const scenarios = buildScenarios(generated.people, generated.maxMemberNumber, settings.seed);

    const probes: Record<string, Probe> = {};
    for (const scenario of scenarios) {
      probes[scenario.name] = await probe(server.url, headers, scenario, settings.probeRequests);
      log(`  probe ${scenario.name}: ${JSON.stringify(probes[scenario.name])}`);
    }

    const job = (url: string, paths: string[], extraHeaders: Record<string, string> = {}): LoadJob => ({
      url,
      paths,
      headers: extraHeaders,
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
      timeoutSeconds: settings.timeoutSeconds,
    });

    await drain(server.url, headers);
    log(`bare Fastify route: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s`);
    const bareServer = await startBareServer();
    let bare: LoadFigures;
    try {
      bare = await measure(job(bareServer.url, ['/bare']), settings.warmupSeconds);
    } finally {
      await bareServer.close();
    }
    log(`  ${bare.requestsPerSecond} req/s, p50 ${bare.latencyMs.p50} ms, p99 ${bare.latencyMs.p99} ms`);

    const results: Record<string, unknown> = {};
    const summary: string[] = [
      `bare Fastify route: ${bare.requestsPerSecond} req/s, p50 ${bare.latencyMs.p50} ms, p95 ${bare.latencyMs.p95} ms, p99 ${bare.latencyMs.p99} ms`,
    ];
    for (const scenario of scenarios) {
      log(`${scenario.name}: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s`);
      const load = await measure(job(server.url, scenario.paths, headers), settings.warmupSeconds, () =>
        drain(server.url, headers),
      );
      const ratio = round(load.requestsPerSecond / bare.requestsPerSecond, 4);
      results[scenario.name] = {
        description: scenario.description,
        load,
        ratioToBare: ratio,
        probe: probes[scenario.name],
      };
      const line =
        `${scenario.name}: ${load.requestsPerSecond} req/s, p50 ${load.latencyMs.p50} ms, p95 ${load.latencyMs.p95} ms, ` +
        `p99 ${load.latencyMs.p99} ms, ratio to bare ${ratio}` +
        (load.non2xx || load.errors || load.timeouts
          ? ` (non-2xx ${load.non2xx}, errors ${load.errors}, timeouts ${load.timeouts})`
          : '');
      log(`  ${line}`);
      summary.push(line);
    }
    await drain(server.url, headers);

    return {
      volumes: { generatedMembers: settings.members, ...generated.volumes },
      settings: {
        tool: 'autocannon 8 (in a worker thread of the same process)',
        connections: settings.connections,
        pipelining: 1,
        durationSeconds: settings.durationSeconds,
        warmupSeconds: settings.warmupSeconds,
        timeoutSeconds: settings.timeoutSeconds,
        endpoint: 'GET /api/v1/register/members (logged in as admin@partage.coop, limit=50)',
        bare: 'GET /bare on a separate Fastify instance, same process, no hooks, no database',
        seed: settings.seed,
      },
      figures: {
        generation: { seconds: generated.seconds },
        registerCheck,
        bare,
        scenarios: results,
        ratioToBare: Object.fromEntries(
          Object.entries(results).map(([name, r]) => [name, (r as { ratioToBare: number }).ratioToBare]),
        ),
      },
      summary,
    };
  } finally {
    await server.close();
  }
}

const benchmark: Benchmark = {
  name: 'register-search',
  description:
    'Staff search of the register of members (GET /api/v1/register/members) at 100,000 members with history, ' +
    '50 concurrent connections, against a bare Fastify route',
  run,
};

export default benchmark;
