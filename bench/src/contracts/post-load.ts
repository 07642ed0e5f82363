import { runInWorkerThread } from '../lib/worker-thread.ts';
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

/** Runs the POST load in a worker thread and returns its figures. */
export function runPostLoad(job: PostLoadJob): Promise<PostLoadFigures> {
  return runInWorkerThread<PostLoadFigures>(WORKER, job);
}
