import type { AppContext } from '../context.ts';
import { runOnce } from '../jobs/daily.ts';
import { collectInstalments } from './financing.ts';
import { expireQuotes } from './quotes.ts';
import { closeFinishedYears } from './year-end.ts';

export const ACTIVITY_JOB = 'activities.daily';

export interface ActivityDayResult {
  quotesExpired: number;
  instalmentsCollected: number;
  instalmentsWaiting: number;
  yearsClosed: number;
}

/**
 * The Activity tool's day, once for the whole installation: quotes past their validity date expire, loan
 * instalments due are taken from the budgets, and from 1 January the finished year of every Activity is
 * closed with its statement and its carry-over.
 */
export function runActivityDay(ctx: AppContext, date: string): Promise<ActivityDayResult | null> {
  return runOnce(ctx, ACTIVITY_JOB, date, async () => {
    const quotesExpired = await expireQuotes(ctx.db, date);
    const instalments = await collectInstalments(ctx, date);
    const yearsClosed = await closeFinishedYears(ctx, date);
    return {
      quotesExpired,
      instalmentsCollected: instalments.collected,
      instalmentsWaiting: instalments.waiting,
      yearsClosed,
    };
  });
}
