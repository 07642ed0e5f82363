/**
 * Prints the results of `bench/results/register-search.*.json` as the Markdown table of the README:
 * `npx tsx bench/src/table.ts`.
 */
import { readdir, readFile } from 'node:fs/promises';

interface Load {
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface Result {
  date: string;
  runSeconds: number;
  machine: { cpuModel: string; cpuCount: number; memoryGiB: number; node: string; os: string };
  database: { kind: string; version: string };
  figures: {
    generation: { seconds: { total: number } };
    bare: Load;
    scenarios: Record<
      string,
      { load: Load; ratioToBare: number; probe?: { sequentialMedianMs: number; totals: { median: number } } }
    >;
  };
}

const RESULTS = new URL('../results/', import.meta.url);
const files = (await readdir(RESULTS))
  .filter((f) => f.startsWith('register-search.') && f.endsWith('.json'))
  .sort();
for (const file of files) {
  const r = JSON.parse(await readFile(new URL(file, RESULTS), 'utf8')) as Result;
  const engine =
    r.database.kind === 'pglite'
      ? `PGlite (${r.database.version.split(' (')[0]})`
      : r.database.version.split(' on ')[0];
  console.log(
    `\n**${engine}**, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.machine.cpuCount} × ${r.machine.cpuModel}, ` +
      `${r.machine.memoryGiB} GiB, Node ${r.machine.node}; register generated in ${r.figures.generation.seconds.total} s, ` +
      `whole run ${Math.round(r.runSeconds)} s.\n`,
  );
  console.log(
    '| Scenario | req/s | p50 ms | p95 ms | p99 ms | ÷ bare | 1 connection, median ms | members found, median |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const b = r.figures.bare;
  console.log(
    `| bare Fastify route | ${b.requestsPerSecond} | ${b.latencyMs.p50} | ${b.latencyMs.p95} | ${b.latencyMs.p99} | 1 | | |`,
  );
  for (const [name, s] of Object.entries(r.figures.scenarios)) {
    const l = s.load;
    const failures = l.non2xx + l.errors + l.timeouts;
    console.log(
      `| ${name}${failures ? ` (${failures} failed)` : ''} | ${l.requestsPerSecond} | ${l.latencyMs.p50} | ${l.latencyMs.p95} | ` +
        `${l.latencyMs.p99} | ${s.ratioToBare} | ${s.probe?.sequentialMedianMs ?? ''} | ${s.probe?.totals.median ?? ''} |`,
    );
  }
}
