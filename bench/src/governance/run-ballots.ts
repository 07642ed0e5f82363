import { runInWorkerThread } from '../lib/worker-thread.ts';
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

/** Sends the ballots from a worker thread and returns its figures. */
export function runBallots(job: BallotJob): Promise<BallotFigures> {
  return runInWorkerThread<BallotFigures>(WORKER, job, 'ballot worker');
}
