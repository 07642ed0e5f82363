/**
 * The Activity dashboard (`GET /api/v1/activities/:id`) on a database of 10,000 Activities, one of which
 * has five years of history (2,000 invoices, 1,000 salaries, 3,000 expense claims): its latency and
 * throughput under 50 concurrent participants, each on their own connection and session, then a small
 * Activity's dashboard under the same load, against a bare Fastify route measured in the same run. The
 * generated ledger is checked (`verifyBalances`, gap-free numbers, budgets never below zero) and the
 * dashboard's budget against the ledger.
 */
import type { Db } from '@partage/db';
import { DEMO_PASSWORD } from '@partage/server';
import { demoStaff, startBenchServer } from './lib/server.ts';
import { round } from './lib/latency.ts';
import type { Benchmark, BenchContext, BenchOutcome } from './lib/types.ts';
import { measure, type LoadFigures } from './lib/load.ts';
import { startBareServer } from './lib/bare.ts';
import { logIn } from './lib/session.ts';
import { checkInvoiceNumbers, checkLedger } from './contracts/checks.ts';
import { generateActivities } from './activities/generate.ts';
import { measureUsers, type UserLoadFigures, type UserLoadJob } from './activities/get-load.ts';
import {
  checkBudgetHistory,
  checkBudgetIdentity,
  type BudgetIdentity,
  type Dashboard,
} from './activities/checks.ts';

const ENTITY = 'BE-PA';
const REGISTER_ENTITY = 'BE-COOP';
const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const settings = {
  activities: env('BENCH_ACTIVITIES', 10_000),
  /** Register generated: ~94 % become members, enough to open every Activity. */
  people: env('BENCH_PEOPLE', 12_000),
  clients: env('BENCH_CLIENTS', 3_000),
  years: 5,
  big: {
    invoices: env('BENCH_BIG_INVOICES', 2_000),
    salaries: env('BENCH_BIG_SALARIES', 1_000),
    expenses: env('BENCH_BIG_EXPENSES', 3_000),
    quotes: 300,
    purchases: 60,
    creditNotes: 15,
  },
  /** Participants of the big Activity who ask for salaries. */
  salaried: 8,
  connections: env('BENCH_CONNECTIONS', 50),
  durationSeconds: env('BENCH_DURATION', 15),
  warmupSeconds: env('BENCH_WARMUP', 3),
  timeoutSeconds: 60,
  /** Dashboards read one at a time before the load (service time alone, and checks). */
  probes: 20,
  seed: 2021,
};

interface LoadUser {
  personId: string;
  email: string;
  smallActivityId: string;
  headers: Record<string, string>;
}

/** One dashboard, read over HTTP as `user`: its body and the time it took. */
async function readDashboard(
  url: string,
  user: LoadUser,
  activityId: string,
): Promise<{ dashboard: Dashboard; ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/activities/${activityId}`, { headers: user.headers });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200)
    throw new Error(`dashboard answered ${response.status}: ${text.slice(0, 500)}`);
  return { dashboard: JSON.parse(text) as Dashboard, ms, bytes: text.length };
}

const median = (values: number[]) => round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);

async function run({ database, log }: BenchContext): Promise<BenchOutcome> {
  const { db } = database;
  log('starting the server (migrations, reference data, demo seed with its Activities)');
  const server = await startBenchServer(db);
  try {
    const staff = await demoStaff(db);
    const adviserId = await userId(db, 'adviser@partage.coop');
    const today = server.ctx.clock.today();

    log(
      `generating ${settings.activities.toLocaleString('en')} Activities, one with ${settings.years} years of history ` +
        `(${settings.big.invoices} invoices, ${settings.big.salaries} salaries, ${settings.big.expenses} expense claims)`,
    );
    const generated = await generateActivities(
      db,
      server.ctx,
      {
        activities: settings.activities,
        people: settings.people,
        clients: settings.clients,
        years: settings.years,
        big: settings.big,
        bigParticipants: settings.connections,
        salaried: settings.salaried,
        entityId: ENTITY,
        registerEntityId: REGISTER_ENTITY,
        staff: { ...staff, adviserId },
        seed: settings.seed,
        today,
      },
      log,
    );
    log(`  generated in ${generated.seconds.total} s: ${JSON.stringify(generated.volumes)}`);

    const checkStarted = performance.now();
    const numbering = await checkInvoiceNumbers(db, ENTITY);
    const ledger = await checkLedger(db, ENTITY);
    const budgets = await checkBudgetHistory(db, ENTITY);
    log(
      `  checks (${round((performance.now() - checkStarted) / 1000)} s): invoice gaps ${numbering.gaps}, ` +
        `duplicates ${numbering.duplicates}; ledger ${JSON.stringify(ledger)}; budgets ${JSON.stringify(budgets)}; ` +
        `lowest available budget in the replay ${generated.lowestAvailableCents} cents`,
    );

    const users: LoadUser[] = [];
    for (const user of generated.loadUsers) {
      users.push({ ...user, headers: await logIn(server.url, user.email, DEMO_PASSWORD) });
    }
    log(`  ${users.length} participants of the big Activity logged in`);
    const bigId = generated.big.id;

    // One dashboard at a time first: the service time alone, the answers checked against the ledger.
    const probe = async (activityOf: (user: LoadUser) => string) => {
      const times: number[] = [];
      const identities: BudgetIdentity[] = [];
      let bytes = 0;
      let last!: Dashboard;
      for (let k = 0; k < settings.probes; k++) {
        const user = users[k % users.length]!;
        const read = await readDashboard(server.url, user, activityOf(user));
        times.push(read.ms);
        bytes = read.bytes;
        last = read.dashboard;
        identities.push(await checkBudgetIdentity(db, read.dashboard));
      }
      return {
        sequentialMedianMs: median(times),
        responseBytes: bytes,
        budgetIdentity: {
          checked: identities.length,
          mismatches: identities.filter((i) => !i.ok).length,
          example: identities[0]!,
        },
        dashboard: last,
      };
    };
    const bigProbe = await probe(() => bigId);
    const smallProbe = await probe((user) => user.smallActivityId);
    const big = bigProbe.dashboard;
    const listTotals = Object.fromEntries(Object.entries(big.lists).map(([k, v]) => [k, v.total]));
    log(
      `  big dashboard alone: median ${bigProbe.sequentialMedianMs} ms, ${bigProbe.responseBytes} bytes; ` +
        `budget ${JSON.stringify(big.budget)}; identity ${JSON.stringify(bigProbe.budgetIdentity.example)}; ` +
        `lists ${JSON.stringify(listTotals)}; alerts ${big.alerts.map((a) => a.code).join(', ')}`,
    );
    log(
      `  small dashboard alone: median ${smallProbe.sequentialMedianMs} ms, ${smallProbe.responseBytes} bytes; ` +
        `identity mismatches ${smallProbe.budgetIdentity.mismatches} of ${smallProbe.budgetIdentity.checked}`,
    );

    // Before each run, the server finishes what the previous one left: one request through the queue is not
    // enough here (PGlite runs one statement at a time, and a dashboard is ~30 statements in ~8 dependent
    // steps, so earlier dashboards still have steps queued behind it). Read a small dashboard until one
    // comes back in its time alone (3 × its median, 2 minutes at most).
    const drain = async () => {
      const started = performance.now();
      for (;;) {
        const { ms } = await readDashboard(server.url, users[0]!, users[0]!.smallActivityId);
        if (ms < 3 * smallProbe.sequentialMedianMs || performance.now() - started > 120_000) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    log(`bare Fastify route: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s`);
    const bareServer = await startBareServer();
    let bare: LoadFigures;
    try {
      bare = await measure(
        {
          url: bareServer.url,
          paths: ['/bare'],
          headers: {},
          connections: settings.connections,
          durationSeconds: settings.durationSeconds,
          timeoutSeconds: settings.timeoutSeconds,
        },
        settings.warmupSeconds,
      );
    } finally {
      await bareServer.close();
    }
    log(`  ${bare.requestsPerSecond} req/s, p50 ${bare.latencyMs.p50} ms, p99 ${bare.latencyMs.p99} ms`);

    const job = (activityOf: (user: LoadUser) => string): UserLoadJob => ({
      url: server.url,
      users: users.map((u) => ({ headers: u.headers, paths: [`/api/v1/activities/${activityOf(u)}`] })),
      durationSeconds: settings.durationSeconds,
      timeoutSeconds: settings.timeoutSeconds,
    });
    const loads: Record<string, UserLoadFigures> = {};
    for (const [name, activityOf] of [
      ['big', () => bigId],
      ['small', (u: LoadUser) => u.smallActivityId],
    ] as const) {
      log(`${name} Activity dashboard: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s`);
      const load = await measureUsers(job(activityOf), settings.warmupSeconds, drain);
      loads[name] = load;
      log(
        `  ${load.requestsPerSecond} req/s, p50 ${load.latencyMs.p50} ms, p95 ${load.latencyMs.p95} ms, ` +
          `p99 ${load.latencyMs.p99} ms, statuses ${JSON.stringify(load.statuses)}` +
          (load.errorSamples.length ? `, e.g. ${load.errorSamples[0]}` : ''),
      );
    }
    await drain();

    const ratio = (figures: LoadFigures) => round(figures.requestsPerSecond / bare.requestsPerSecond, 4);
    const line = (name: string, f: UserLoadFigures) =>
      `${name}: ${f.requestsPerSecond} req/s, p50 ${f.latencyMs.p50} ms, p95 ${f.latencyMs.p95} ms, ` +
      `p99 ${f.latencyMs.p99} ms, ratio to bare ${ratio(f)}, non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts}`;
    const { dashboard: _big, ...bigFigures } = bigProbe;
    const { dashboard: _small, ...smallFigures } = smallProbe;
    return {
      volumes: { ...generated.volumes, loadUsers: users.length },
      settings: {
        tool: 'autocannon 8 (in a worker thread of the same process), one participant per connection',
        connections: settings.connections,
        pipelining: 1,
        durationSeconds: settings.durationSeconds,
        warmupSeconds: settings.warmupSeconds,
        timeoutSeconds: settings.timeoutSeconds,
        big:
          `GET /api/v1/activities/<big Activity> as each connection's own participant (session cookie, CSRF ` +
          `token): ${settings.years} years of history`,
        small: 'GET /api/v1/activities/<small Activity> as each connection’s own administrator of it',
        bare: 'GET /bare on a separate Fastify instance, same process, no hooks, no database',
        seed: settings.seed,
        requested: {
          activities: settings.activities,
          people: settings.people,
          clients: settings.clients,
          ...settings.big,
        },
      },
      figures: {
        generation: { seconds: generated.seconds },
        checks: {
          invoiceNumbers: numbering,
          ledger,
          budgetHistory: budgets,
          lowestAvailableInReplayCents: generated.lowestAvailableCents,
        },
        bigActivity: {
          id: bigId,
          reference: generated.big.reference,
          budget: big.budget,
          lists: listTotals,
          alerts: big.alerts.map((a) => a.code),
          participants: big.participants.length,
        },
        bare,
        big: { ...bigFigures, load: loads.big, ratioToBare: ratio(loads.big!) },
        small: { ...smallFigures, load: loads.small, ratioToBare: ratio(loads.small!) },
      },
      summary: [
        `generation: ${generated.seconds.total} s (${JSON.stringify(generated.volumes)})`,
        `checks: invoice gaps ${numbering.gaps}, ledger ${JSON.stringify(ledger.problems)}, entry gaps ${ledger.numberGaps}, ` +
          `budgets overdrawn ${budgets.overdrawnAtSomePoint}, dashboard = ledger ${bigProbe.budgetIdentity.mismatches === 0 && smallProbe.budgetIdentity.mismatches === 0}`,
        `bare Fastify route: ${bare.requestsPerSecond} req/s, p50 ${bare.latencyMs.p50} ms, p95 ${bare.latencyMs.p95} ms`,
        `big dashboard alone: median ${bigProbe.sequentialMedianMs} ms; small: ${smallProbe.sequentialMedianMs} ms`,
        line('big dashboard', loads.big!),
        line('small dashboard', loads.small!),
      ],
    };
  } finally {
    await server.close();
  }
}

async function userId(db: Db, email: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
  if (!rows[0]) throw new Error(`the demo account ${email} is missing`);
  return rows[0].id;
}

const benchmark: Benchmark = {
  name: 'activities',
  description:
    'Activity dashboard on 10,000 Activities, one with five years of history (2,000 invoices, 1,000 salaries, ' +
    '3,000 expense claims), under 50 concurrent participants against a bare Fastify route; a small Activity’s too',
  run,
};

export default benchmark;
