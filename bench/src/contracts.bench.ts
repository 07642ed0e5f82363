/**
 * The Contract tool on a database holding a year of activity (150,000 contracts and their invoices,
 * 30,000 clients, 17,000 workers): declare-and-confirm (`POST /api/v1/contracts`) and its preview under
 * 50 concurrent workers, each on its own connection and session, against a bare Fastify route measured
 * in the same run; then a client platform's bulk declaration of 1,000 prestations in one request; then
 * the invoice numbering and the ledger are checked.
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '@partage/db';
import { addDays } from '@partage/domain';
import { DEMO_PASSWORD, createAgreement } from '@partage/server';
import { demoStaff, startBenchServer } from './lib/server.ts';
import { round } from './lib/latency.ts';
import type { Benchmark, BenchContext, BenchOutcome } from './lib/types.ts';
import { measure, type LoadFigures } from './lib/load.ts';
import { startBareServer } from './lib/bare.ts';
import { logIn } from './lib/session.ts';
import { firstWorkers, generateActivity } from './contracts/generate.ts';
import { runPostLoad, type PostLoadFigures, type PostLoadJob } from './contracts/post-load.ts';
import { checkInvoiceNumbers, checkLedger } from './contracts/checks.ts';

const ENTITY = 'BE-PA';
const REGISTER_ENTITY = 'BE-COOP';
const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const settings = {
  workers: env('BENCH_WORKERS', 17_000),
  clients: env('BENCH_CLIENTS', 30_000),
  contracts: env('BENCH_CONTRACTS', 150_000),
  bulkPrestations: env('BENCH_BULK', 1_000),
  connections: env('BENCH_CONNECTIONS', 50),
  durationSeconds: env('BENCH_DURATION', 15),
  warmupSeconds: env('BENCH_WARMUP', 3),
  timeoutSeconds: 60,
  /** Days of each declaration of the load (consecutive, 7.6 h each, 450 EUR a day). */
  daysPerDeclaration: 2,
  /** Days each platform worker is declared for in the bulk request. */
  bulkDaysPerWorker: 5,
  seed: 2020,
};

interface LoadWorker {
  personId: string;
  email: string;
  clientId: string;
  headers: Record<string, string>;
}

/** A staff request for use cases called directly (as the demo seed does). */
function staffRequest(userId: string): FastifyRequest {
  return {
    ip: '127.0.0.1',
    headers: {},
    user: {
      id: userId,
      roles: ['admin'],
      language: 'fr',
      email: '',
      displayName: '',
      entityId: REGISTER_ENTITY,
      totpEnabled: false,
    },
    lang: 'fr',
    session: null,
  } as unknown as FastifyRequest;
}

/** Member accounts for workers of the register (same password as the demo's accounts). */
async function createAccounts(db: Db, people: Array<{ personId: string; email: string }>): Promise<void> {
  await db.query(
    `WITH p AS (
       SELECT p.id, p.email, p.first_name || ' ' || p.last_name AS name, p.language
         FROM people p WHERE p.id = ANY($1::uuid[])
     ), u AS (
       INSERT INTO users (entity_id, email, password_hash, display_name, language, roles)
       SELECT $2, p.email, (SELECT password_hash FROM users WHERE email = 'member@partage.coop'), p.name, p.language,
              '{member}'
         FROM p RETURNING id, email
     )
     UPDATE people SET user_id = u.id FROM u WHERE people.email = u.email AND people.id = ANY($1::uuid[])`,
    [people.map((p) => p.personId), REGISTER_ENTITY],
  );
}

/** The body of declaration n of a load worker: its own consecutive days, from `firstDay` on. */
function declarationBody(worker: LoadWorker, firstDay: string, n: number): string {
  return JSON.stringify({
    entityId: ENTITY,
    clientId: worker.clientId,
    jobCode: 'graphic_designer',
    description: 'Mise en page du programme',
    countryOfWork: 'BE',
    risks: ['office_work'],
    days: Array.from({ length: settings.daysPerDeclaration }, (_, d) => ({
      date: addDays(firstDay, n * settings.daysPerDeclaration + d),
      hours: 7.6,
    })),
    contractType: 'employee',
    amountExclVatCents: 45_000 * settings.daysPerDeclaration,
    vatTreatment: 'standard_21',
    withholdingRateBp: 1111,
    expensesCents: 0,
  });
}

/** Waits until the server has answered what the last run left queued (PGlite: one connection). */
async function drain(url: string, worker: LoadWorker): Promise<void> {
  await fetch(`${url}/api/v1/contracts?limit=1`, { headers: worker.headers }).then((r) => r.arrayBuffer());
}

async function run({ database, log }: BenchContext): Promise<BenchOutcome> {
  const { db } = database;
  log('starting the server (migrations, reference data, demo seed with its contracts and invoices)');
  const server = await startBenchServer(db);
  try {
    const staff = await demoStaff(db);
    const today = server.ctx.clock.today();

    log(
      `generating a year of activity: ${settings.contracts.toLocaleString('en')} contracts, ` +
        `${settings.clients.toLocaleString('en')} clients, ${settings.workers.toLocaleString('en')} workers`,
    );
    const generated = await generateActivity(
      db,
      server.ctx,
      {
        workers: settings.workers,
        clients: settings.clients,
        contracts: settings.contracts,
        entityId: ENTITY,
        registerEntityId: REGISTER_ENTITY,
        staff,
        seed: settings.seed,
        today,
      },
      log,
    );
    log(`  generated in ${generated.seconds.total} s: ${JSON.stringify(generated.volumes)}`);

    const checkStarted = performance.now();
    const numberingAfterGeneration = await checkInvoiceNumbers(db, ENTITY);
    const ledgerAfterGeneration = await checkLedger(db, ENTITY);
    log(
      `  check of the generated data (${round((performance.now() - checkStarted) / 1000)} s): invoice gaps ` +
        `${numberingAfterGeneration.gaps}, duplicates ${numberingAfterGeneration.duplicates}; ledger ` +
        JSON.stringify(ledgerAfterGeneration),
    );

    // Load workers: the first workers of the year (they have their history); platform workers after them.
    const platformWorkerCount = Math.ceil(settings.bulkPrestations / settings.bulkDaysPerWorker);
    const chosen = await firstWorkers(db, REGISTER_ENTITY, settings.connections + platformWorkerCount);
    if (chosen.length < settings.connections + platformWorkerCount)
      throw new Error(`${chosen.length} workers, ${settings.connections + platformWorkerCount} needed`);
    const loadPeople = chosen.slice(0, settings.connections);
    const platformPeople = chosen.slice(settings.connections);
    await createAccounts(db, loadPeople);
    const loadWorkers: LoadWorker[] = [];
    for (const person of loadPeople) {
      const { rows } = await db.query<{ client_id: string }>(
        'SELECT client_id FROM contracts WHERE person_id = $1 ORDER BY first_day DESC LIMIT 1',
        [person.personId],
      );
      if (!rows[0]) throw new Error(`worker ${person.email} has no contract`);
      loadWorkers.push({
        ...person,
        clientId: rows[0].client_id,
        headers: await logIn(server.url, person.email, DEMO_PASSWORD),
      });
    }
    log(`  ${loadWorkers.length} workers logged in`);

    // Each run takes fresh days: declaration n of a worker covers days first + 2n and first + 2n + 1.
    let nextFirstDay = addDays(today, 1);
    const bodiesPerUser = 400;
    const postJob = (path: string, durationSeconds: number, prefix: string): PostLoadJob => ({
      url: server.url,
      path,
      users: loadWorkers.map((w) => ({
        headers: w.headers,
        bodies: Array.from({ length: bodiesPerUser }, (_, n) => declarationBody(w, nextFirstDay, n)),
      })),
      durationSeconds,
      timeoutSeconds: settings.timeoutSeconds,
      idempotencyPrefix: prefix,
    });
    const consumed = (figures: PostLoadFigures) => {
      if (figures.maxRequestsPerUser > bodiesPerUser)
        throw new Error(
          `a worker sent ${figures.maxRequestsPerUser} declarations, more than the ${bodiesPerUser} prepared`,
        );
      nextFirstDay = addDays(nextFirstDay, figures.maxRequestsPerUser * settings.daysPerDeclaration + 1);
    };
    const drainServer = () => drain(server.url, loadWorkers[0]!);

    // One declaration alone first: the service time without concurrency, and a check of the body.
    const single: number[] = [];
    for (const worker of loadWorkers.slice(0, 10)) {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/v1/contracts`, {
        method: 'POST',
        headers: {
          ...worker.headers,
          'content-type': 'application/json',
          'idempotency-key': `single-${worker.personId}`,
        },
        body: declarationBody(worker, nextFirstDay, 0),
      });
      const text = await response.text();
      single.push(performance.now() - started);
      if (response.status !== 201)
        throw new Error(`declaration answered ${response.status}: ${text.slice(0, 500)}`);
    }
    nextFirstDay = addDays(nextFirstDay, settings.daysPerDeclaration + 1);
    single.sort((a, b) => a - b);
    const sequentialMedianMs = round(single[Math.floor(single.length / 2)]!);
    log(`  one declaration at a time: median ${sequentialMedianMs} ms`);

    await drainServer();
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

    const loads: Record<string, PostLoadFigures> = {};
    for (const [name, path] of [
      ['declare', '/api/v1/contracts'],
      ['preview', '/api/v1/contracts/preview'],
    ] as const) {
      log(`${name}: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s`);
      await drainServer();
      const warm = await runPostLoad(postJob(path, settings.warmupSeconds, `${name}-warm`));
      if (name === 'declare') consumed(warm);
      await drainServer();
      const load = await runPostLoad(postJob(path, settings.durationSeconds, name));
      if (name === 'declare') consumed(load);
      loads[name] = load;
      log(
        `  ${load.requestsPerSecond} req/s, p50 ${load.latencyMs.p50} ms, p95 ${load.latencyMs.p95} ms, ` +
          `p99 ${load.latencyMs.p99} ms, statuses ${JSON.stringify(load.statuses)}` +
          (load.errorSamples.length ? `, e.g. ${load.errorSamples[0]}` : ''),
      );
    }
    await drainServer();

    // The bulk declaration: a platform's agreement, its workers' consent, 1,000 worker-days in one request.
    const { rows: platformClient } = await db.query<{ id: string }>(
      `SELECT id FROM clients WHERE dedup_key LIKE 'BE:1%' ORDER BY enterprise_number LIMIT 1`,
    );
    const { token, agreement } = await db.transaction((tx) =>
      createAgreement(
        tx,
        staffRequest(staff.adminId),
        {
          clientId: platformClient[0]!.id,
          entityId: ENTITY,
          jobCode: 'courier',
          risks: ['road_traffic'],
          contractType: 'employee',
          vatTreatment: 'standard_21',
          minPaidHoursPerDay: 3,
        },
        today,
      ),
    );
    await db.query(`INSERT INTO platform_workers (agreement_id, person_id) SELECT $1, unnest($2::uuid[])`, [
      agreement.id,
      platformPeople.map((p) => p.personId),
    ]);
    const prestations = Array.from({ length: settings.bulkPrestations }, (_, n) => ({
      workerEmail: platformPeople[n % platformPeople.length]!.email,
      date: addDays(today, 1 + Math.floor(n / platformPeople.length)),
      hours: 4,
      amountExclVatCents: 12_000,
    }));
    const invoicesBefore = await countOf(
      db,
      `SELECT count(*)::int AS n FROM invoices WHERE entity_id = '${ENTITY}'`,
    );
    log(`bulk declaration of ${prestations.length} prestations (${platformPeople.length} workers)`);
    const bulkStarted = performance.now();
    const response = await fetch(`${server.url}/api/v1/platform/prestations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prestations }),
    });
    const answer = (await response.json()) as {
      count?: number;
      contracts?: Array<{ invoiceNumber: string }>;
    };
    const bulkSeconds = (performance.now() - bulkStarted) / 1000;
    if (response.status !== 201)
      throw new Error(
        `bulk declaration answered ${response.status}: ${JSON.stringify(answer).slice(0, 800)}`,
      );
    const bulkContracts = await countOf(
      db,
      `SELECT count(*)::int AS n FROM contracts WHERE platform_agreement_id = '${agreement.id}'`,
    );
    const bulkInvoices = await countOf(
      db,
      `SELECT count(*)::int AS n FROM invoices i JOIN contracts c ON c.id = i.contract_id
        WHERE c.platform_agreement_id = '${agreement.id}'`,
    );
    const sequences = (answer.contracts ?? [])
      .map((c) => Number(c.invoiceNumber.slice(-6)))
      .sort((a, b) => a - b);
    const bulk = {
      prestations: prestations.length,
      workers: platformPeople.length,
      status: response.status,
      seconds: round(bulkSeconds, 3),
      prestationsPerSecond: round(prestations.length / bulkSeconds, 1),
      contractsCreated: bulkContracts,
      invoicesCreated: bulkInvoices,
      invoicesInEntityAdded:
        (await countOf(db, `SELECT count(*)::int AS n FROM invoices WHERE entity_id = '${ENTITY}'`)) -
        invoicesBefore,
      // The request's invoices follow each other: numbers n..n+999 without a hole.
      consecutiveInvoiceNumbers:
        sequences.length === prestations.length && sequences.at(-1)! - sequences[0]! === sequences.length - 1,
    };
    log(`  ${JSON.stringify(bulk)}`);

    log('checks after the run: invoice numbers and ledger');
    const numbering = await checkInvoiceNumbers(db, ENTITY);
    const ledgerCheck = await checkLedger(db, ENTITY);
    log(`  invoices ${JSON.stringify(numbering)}; ledger ${JSON.stringify(ledgerCheck)}`);

    const ratio = (figures: LoadFigures) => round(figures.requestsPerSecond / bare.requestsPerSecond, 4);
    const line = (name: string, f: PostLoadFigures) =>
      `${name}: ${f.requestsPerSecond} req/s, p50 ${f.latencyMs.p50} ms, p95 ${f.latencyMs.p95} ms, ` +
      `p99 ${f.latencyMs.p99} ms, ratio to bare ${ratio(f)}, non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts}`;
    return {
      volumes: {
        ...generated.volumes,
        loadWorkers: loadWorkers.length,
        platformWorkers: platformPeople.length,
        bulkPrestations: prestations.length,
      },
      settings: {
        tool: 'autocannon 8 (in a worker thread of the same process), one worker per connection',
        connections: settings.connections,
        pipelining: 1,
        durationSeconds: settings.durationSeconds,
        warmupSeconds: settings.warmupSeconds,
        timeoutSeconds: settings.timeoutSeconds,
        declaration:
          `POST /api/v1/contracts as the connection's own worker (session cookie, CSRF token, Idempotency-Key): ` +
          `${settings.daysPerDeclaration} consecutive future days of 7.6 h, 450 EUR a day, employee, VAT 21 %, ` +
          'one of the worker’s clients; each declaration takes the next days of its worker',
        preview: 'POST /api/v1/contracts/preview with the same bodies (nothing is written)',
        bulk:
          `POST /api/v1/platform/prestations (bearer token): ${settings.bulkPrestations} prestations of 4 h, 120 EUR, ` +
          `${settings.bulkDaysPerWorker} days each for ${platformPeople.length} workers who allowed the platform`,
        bare: 'GET /bare on a separate Fastify instance, same process, no hooks, no database',
        seed: settings.seed,
        requested: {
          workers: settings.workers,
          clients: settings.clients,
          contracts: settings.contracts,
        },
      },
      figures: {
        generation: { seconds: generated.seconds },
        checkOfGeneratedData: { invoiceNumbers: numberingAfterGeneration, ledger: ledgerAfterGeneration },
        sequentialDeclarationMedianMs: sequentialMedianMs,
        bare,
        declare: { load: loads.declare, ratioToBare: ratio(loads.declare!) },
        preview: { load: loads.preview, ratioToBare: ratio(loads.preview!) },
        bulk,
        checksAfterRun: { invoiceNumbers: numbering, ledger: ledgerCheck },
      },
      summary: [
        `generation: ${generated.seconds.total} s (${JSON.stringify(generated.volumes)})`,
        `bare Fastify route: ${bare.requestsPerSecond} req/s, p50 ${bare.latencyMs.p50} ms, p95 ${bare.latencyMs.p95} ms`,
        line('declare', loads.declare!),
        line('preview', loads.preview!),
        `bulk: ${bulk.prestations} prestations in ${bulk.seconds} s (${bulk.prestationsPerSecond}/s), ` +
          `${bulk.contractsCreated} contracts, ${bulk.invoicesCreated} invoices, consecutive numbers ${bulk.consecutiveInvoiceNumbers}`,
        `after the run: invoice gaps ${numbering.gaps}, duplicates ${numbering.duplicates}; ledger ${JSON.stringify(ledgerCheck.problems)}, ` +
          `entry number gaps ${ledgerCheck.numberGaps}`,
      ],
    };
  } finally {
    await server.close();
  }
}

async function countOf(db: Db, sql: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(sql);
  return rows[0]!.n;
}

const benchmark: Benchmark = {
  name: 'contracts',
  description:
    'Contract tool on a year of activity (150,000 contracts, 30,000 clients, 17,000 workers): declare-and-confirm ' +
    'and preview under 50 concurrent workers against a bare Fastify route, and a bulk declaration of 1,000 prestations',
  run,
};

export default benchmark;
