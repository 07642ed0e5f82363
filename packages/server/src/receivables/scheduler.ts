import type { AppContext } from '../context.ts';
import { runOnce } from '../jobs/daily.ts';
import { sendReminders, type ReminderRunResult } from './send-reminders.ts';

export const REMINDER_JOB = 'receivables.reminders';

/** Sends the reminders of `date` once for the whole installation (null: already done or being done). */
export function runDailyReminders(ctx: AppContext, date: string): Promise<ReminderRunResult | null> {
  return runOnce(ctx, REMINDER_JOB, date, () => sendReminders(ctx, date));
}
