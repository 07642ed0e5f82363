import { runInWorkerThread } from './worker-thread.ts';

export interface LoadJob {
  url: string;
  /** Paths (with query strings) taken in turn, one per request, by all connections together. */
  paths: string[];
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  timeoutSeconds: number;
}

export interface LoadFigures {
  /** Successful (2xx) responses counted. */
  requests: number;
  durationSeconds: number;
  /** Successful responses per second. */
  requestsPerSecond: number;
  /** Latency of successful responses, from the request written to the response read, in ms. */
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerSecond: number;
}

const WORKER = new URL('./load-worker.ts', import.meta.url).href;

/** Runs autocannon in a worker thread and returns its figures. */
export function runLoad(job: LoadJob): Promise<LoadFigures> {
  return runInWorkerThread<LoadFigures>(WORKER, job);
}

/**
 * A warm-up run (discarded), then the measured run with the same settings. `settle` runs before each:
 * it waits until the server has answered what an earlier run left in its queues.
 */
export async function measure(
  job: LoadJob,
  warmupSeconds: number,
  settle: () => Promise<void> = async () => undefined,
): Promise<LoadFigures> {
  if (warmupSeconds > 0) {
    await settle();
    await runLoad({ ...job, durationSeconds: warmupSeconds });
  }
  await settle();
  return runLoad(job);
}
