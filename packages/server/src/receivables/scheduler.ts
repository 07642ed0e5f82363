import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import { sendReminders, type ReminderRunResult } from './send-reminders.ts';

export const REMINDER_JOB = 'receivables.reminders';
/** A run started this long ago and never finished (its process died) may be taken again. */
const STALE_AFTER = '2 hours';

/**
 * Runs the reminders of `date` once for the whole installation: the process that claims the day's row in
 * `job_runs` runs it, every other process (and this one, an hour later) finds the row and does nothing.
 * Answers null when the day was already done or is being done elsewhere.
 */
export async function runDailyReminders(ctx: AppContext, date: string): Promise<ReminderRunResult | null> {
  const { rows } = await ctx.db.query<{ job: string }>(
    `INSERT INTO job_runs (job, run_on) VALUES ($1, $2)
     ON CONFLICT (job, run_on) DO UPDATE SET started_at = now()
       WHERE job_runs.finished_at IS NULL AND job_runs.started_at < now() - $3::interval
     RETURNING job`,
    [REMINDER_JOB, date, STALE_AFTER],
  );
  if (!rows[0]) return null;
  const result = await sendReminders(ctx, date);
  await ctx.db.query('UPDATE job_runs SET finished_at = now(), result = $3 WHERE job = $1 AND run_on = $2', [
    REMINDER_JOB,
    date,
    JSON.stringify(result),
  ]);
  return result;
}

export interface SchedulerOptions {
  /** How often the day's run is checked (default: every hour). */
  intervalMs?: number;
  /** First check after start (default: one minute, once the server is up). */
  firstCheckMs?: number;
}

/**
 * Checks every hour whether today's reminders (`ctx.clock.today()`) are done, and runs them if not. Any
 * number of server processes may run it. Returns the function that stops it.
 */
export function startReminderScheduler(
  ctx: AppContext,
  log: FastifyBaseLogger,
  options: SchedulerOptions = {},
): () => void {
  let stopped = false;
  let running = false;
  const check = async () => {
    if (stopped || running) return;
    running = true;
    try {
      const result = await runDailyReminders(ctx, ctx.clock.today());
      if (result) log.info({ reminders: result }, 'daily reminders sent');
    } catch (error) {
      log.error({ err: error }, 'daily reminders failed');
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
