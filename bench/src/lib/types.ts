import type { BenchDatabase } from './database.ts';

/** What `run-all.ts` gives every benchmark. */
export interface BenchContext {
  database: BenchDatabase;
  /** Logs a progress line on stderr (the JSON result is the only thing written to a file). */
  log(message: string): void;
}

/** What a benchmark returns: `run-all.ts` adds the machine, the date and the database around it. */
export interface BenchOutcome {
  /** Rows, requests or items the benchmark worked on, by name. */
  volumes: Record<string, number>;
  /** Settings of the run (tool, connections, durations...). */
  settings: Record<string, unknown>;
  /** The measured figures. */
  figures: Record<string, unknown>;
  /** A few lines summarising the figures, printed at the end of the run. */
  summary: string[];
}

/** A module `bench/src/<name>.bench.ts` exports one of these as its default export. */
export interface Benchmark {
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchOutcome>;
}
