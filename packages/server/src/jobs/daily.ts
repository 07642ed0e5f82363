import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';

/** A run started this long ago and never finished (its process died) may be taken again. */
const STALE_AFTER = '2 hours';

/**
 * Runs `job` of `date` once for the whole installation: the process that claims the day's row in
 * `job_runs` runs it, every other process (and this one, an hour later) finds the row and does nothing.
 * Answers null when the day was already done or is being done elsewhere.
 */
export async function runOnce<T>(
  ctx: AppContext,
  job: string,
  date: string,
  run: () => Promise<T>,
): Promise<T | null> {
  const { rows } = await ctx.db.query<{ job: string }>(
    `INSERT INTO job_runs (job, run_on) VALUES ($1, $2)
     ON CONFLICT (job, run_on) DO UPDATE SET started_at = now()
       WHERE job_runs.finished_at IS NULL AND job_runs.started_at < now() - $3::interval
     RETURNING job`,
    [job, date, STALE_AFTER],
  );
  if (!rows[0]) return null;
  const result = await run();
  await ctx.db.query('UPDATE job_runs SET finished_at = now(), result = $3 WHERE job = $1 AND run_on = $2', [
    job,
    date,
    JSON.stringify(result),
  ]);
  return result;
}

export interface DailyJob {
  name: string;
  /** Runs the day's work once (through `runOnce`); null when there was nothing to do. */
  run: (ctx: AppContext, date: string) => Promise<unknown>;
}

export interface SchedulerOptions {
  /** How often the day's runs are checked (default: every hour). */
  intervalMs?: number;
  /** First check after start (default: one minute, once the server is up). */
  firstCheckMs?: number;
}

/**
 * Checks every hour whether today's jobs (`ctx.clock.today()`) are done, and runs those that are not, one
 * after the other. Any number of server processes may run it. Returns the function that stops it.
 */
export function startDailyJobs(
  ctx: AppContext,
  log: FastifyBaseLogger,
  jobs: DailyJob[],
  options: SchedulerOptions = {},
): () => void {
  let stopped = false;
  let running = false;
  const check = async () => {
    if (stopped || running) return;
    running = true;
    try {
      for (const job of jobs) {
        try {
          const result = await job.run(ctx, ctx.clock.today());
          if (result) log.info({ job: job.name, result }, 'daily job done');
        } catch (error) {
          log.error({ err: error, job: job.name }, 'daily job failed');
        }
      }
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void check(), options.firstCheckMs ?? 60_000);
  const timer = setInterval(() => void check(), options.intervalMs ?? 3_600_000);
  first.unref?.();
  timer.unref?.();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
  };
}
