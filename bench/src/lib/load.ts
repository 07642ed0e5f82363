import { Worker } from 'node:worker_threads';

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
/** The worker is TypeScript too: it registers tsx's loader before importing it. */
const TSX_API = import.meta.resolve('tsx/esm/api');

/** Runs autocannon in a worker thread and returns its figures. */
export function runLoad(job: LoadJob): Promise<LoadFigures> {
  const boot = `import(${JSON.stringify(TSX_API)})
    .then((api) => { api.register(); return import(${JSON.stringify(WORKER)}); })
    .catch((error) => { console.error(error); process.exit(1); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: job });
    worker.once('message', (message: { figures?: LoadFigures; error?: string }) => {
      void worker.terminate();
      if (message.figures) resolve(message.figures);
      else reject(new Error(message.error ?? 'load worker failed'));
    });
    worker.once('error', reject);
    // After an answer the promise is settled and this does nothing; before one, the worker failed.
    worker.once('exit', (code) => reject(new Error(`load worker exited with code ${code} before answering`)));
  });
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
