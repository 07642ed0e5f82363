import { Worker } from 'node:worker_threads';
import type { LoadFigures } from '../lib/load.ts';

/**
 * A load of POST requests where each connection is one user: connection k sends its own headers (the
 * session of its worker) and its own bodies in turn. `lib/load.ts` sends GET paths shared by every
 * connection; a declaration must come from its own worker, whose row serialises its declarations.
 */
export interface PostLoadJob {
  url: string;
  path: string;
  /** One entry per connection (their number is the number of connections). */
  users: Array<{ headers: Record<string, string>; bodies: string[] }>;
  durationSeconds: number;
  timeoutSeconds: number;
  /** Prefix of the `Idempotency-Key` sent with each request (unique per request, as the web app does). */
  idempotencyPrefix: string;
}

export interface PostLoadFigures extends LoadFigures {
  /** Non-2xx answers by status, and the first few bodies, to tell what went wrong. */
  statuses: Record<string, number>;
  errorSamples: string[];
  /** Bodies sent per user at most: the list given must be longer. */
  maxRequestsPerUser: number;
}

const WORKER = new URL('./post-load-worker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');

/** Runs the POST load in a worker thread (its own event loop) and returns its figures. */
export function runPostLoad(job: PostLoadJob): Promise<PostLoadFigures> {
  const boot = `import(${JSON.stringify(TSX_API)})
    .then((api) => { api.register(); return import(${JSON.stringify(WORKER)}); })
    .catch((error) => { console.error(error); process.exit(1); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: job });
    worker.once('message', (message: { figures?: PostLoadFigures; error?: string }) => {
      void worker.terminate();
      if (message.figures) resolve(message.figures);
      else reject(new Error(message.error ?? 'load worker failed'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load worker exited with code ${code} before answering`)));
  });
}
