import { runInWorkerThread } from '../lib/worker-thread.ts';
import type { LoadFigures } from '../lib/load.ts';

/**
 * A load of GET requests where each connection is one user: connection k sends the headers of its own
 * session (cookie, CSRF token) and its own paths in turn. `lib/load.ts` shares one session among all
 * connections; here 50 participants each read their dashboard.
 */
export interface UserLoadJob {
  url: string;
  /** One entry per connection (their number is the number of connections). */
  users: Array<{ headers: Record<string, string>; paths: string[] }>;
  durationSeconds: number;
  timeoutSeconds: number;
}

export interface UserLoadFigures extends LoadFigures {
  /** Answers by status, and the first few non-2xx bodies, to tell what went wrong. */
  statuses: Record<string, number>;
  errorSamples: string[];
}

const WORKER = new URL('./get-load-worker.ts', import.meta.url).href;

/** Runs the load in a worker thread (its own event loop) and returns its figures. */
export function runUserLoad(job: UserLoadJob): Promise<UserLoadFigures> {
  return runInWorkerThread<UserLoadFigures>(WORKER, job);
}

/**
 * A warm-up run (discarded), then the measured run with the same users. `settle` runs before each: it
 * waits until the server has answered what an earlier run left in its queues.
 */
export async function measureUsers(
  job: UserLoadJob,
  warmupSeconds: number,
  settle: () => Promise<void>,
): Promise<UserLoadFigures> {
  if (warmupSeconds > 0) {
    await settle();
    await runUserLoad({ ...job, durationSeconds: warmupSeconds });
  }
  await settle();
  return runUserLoad(job);
}
