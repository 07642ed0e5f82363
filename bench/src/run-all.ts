/**
 * Runs the benchmarks `bench/src/*.bench.ts` (all, or those whose name contains one of the words given:
 * `npm run bench -- register`), each on a fresh database: embedded PGlite, or a throw-away database on
 * the PostgreSQL server of `DATABASE_URL`. Writes `bench/results/<name>.<pglite|postgres>.json` with the
 * machine, the date, the database, the volumes and the figures. Benchmarks never fail on a number.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { machineInfo } from './lib/machine.ts';
import { openBenchDatabase } from './lib/database.ts';
import type { Benchmark } from './lib/types.ts';

const SRC = new URL('./', import.meta.url);
const RESULTS = new URL('../results/', import.meta.url);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main(): Promise<void> {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const files = (await readdir(SRC))
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
    .sort();
  if (files.length === 0) {
    log(`no benchmark matches ${filters.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  await mkdir(RESULTS, { recursive: true });
  for (const file of files) {
    const benchmark = (await import(new URL(file, SRC).href)).default as Benchmark;
    const machine = machineInfo();
    const started = performance.now();
    const date = new Date().toISOString();
    log(`${benchmark.name}: ${benchmark.description}`);
    const database = await openBenchDatabase();
    log(`database: ${database.kind}, ${database.version}`);
    let outcome;
    try {
      outcome = await benchmark.run({ database, log });
    } finally {
      await database.dispose();
    }
    const result = {
      benchmark: benchmark.name,
      description: benchmark.description,
      date,
      runSeconds: Math.round(performance.now() - started) / 1000,
      // Other work on the machine during the run shows here: the figures of a busy machine are lower.
      machine: { ...machine, loadAverageAtEnd: loadavg().map((n) => Math.round(n * 100) / 100) },
      database: {
        kind: database.kind,
        version: database.version,
        location: database.location,
        poolSize: database.poolSize,
      },
      volumes: outcome.volumes,
      settings: outcome.settings,
      figures: outcome.figures,
    };
    const target = new URL(`${benchmark.name}.${database.kind}.json`, RESULTS);
    await writeFile(target, JSON.stringify(result, null, 2) + '\n');
    log(`${benchmark.name} done in ${result.runSeconds} s, written to ${fileURLToPath(target)}`);
    for (const line of outcome.summary) log(`  ${line}`);
  }
}

main().then(
  // The pools and timers of the server would keep the process alive a little: leave now.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
