import { Worker } from 'node:worker_threads';
import type { BallotJob } from './ballot-worker.ts';

export interface BallotFigures {
  accepted: number;
  statuses: Record<string, number>;
  durationSeconds: number;
  ballotsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  timeouts: number;
}

const WORKER = new URL('./ballot-worker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');

/** Sends the ballots from a worker thread (TypeScript through tsx's loader) and returns its figures. */
export function runBallots(job: BallotJob): Promise<BallotFigures> {
  const boot = `import(${JSON.stringify(TSX_API)})
    .then((api) => { api.register(); return import(${JSON.stringify(WORKER)}); })
    .catch((error) => { console.error(error); process.exit(1); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: job });
    worker.once('message', (message: { figures?: BallotFigures; error?: string }) => {
      void worker.terminate();
      if (message.figures) resolve(message.figures);
      else reject(new Error(message.error ?? 'ballot worker failed'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`ballot worker exited with code ${code} before answering`)),
    );
  });
}
