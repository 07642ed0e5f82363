import type { Queryable } from '@partage/db';
import { DomainError, carryOver, statementsByYear, type ActivityStatement } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { budgetMovements } from './budget.ts';
import { recordActivityEvent } from './queries.ts';

/**
 * The yearly statements of an Activity from its first year to `toYear`: sales, fee, salaries, expenses,
 * purchases, investments, loans and the carry-over, each year opening with the previous year's closing.
 */
export async function activityStatements(
  db: Queryable,
  activityId: string,
  toYear: number,
): Promise<ActivityStatement[]> {
  const [movements, { rows }] = await Promise.all([
    budgetMovements(db, activityId),
    db.query<{ year: number }>(
      'SELECT extract(year FROM requested_at)::int AS year FROM activities WHERE id = $1',
      [activityId],
    ),
  ]);
  if (!rows[0]) throw DomainError.notFound('activity.not_found');
  const first = Math.min(rows[0].year, ...movements.map((m) => Number(m.date.slice(0, 4))));
  if (toYear < first) return [];
  return statementsByYear(movements, first, toYear);
}

/** The statement of one year (404 before the Activity existed or after the current year). */
export async function activityStatement(
  db: Queryable,
  activityId: string,
  year: number,
  today: string,
): Promise<ActivityStatement> {
  if (!Number.isSafeInteger(year) || year > Number(today.slice(0, 4))) throw DomainError.notFound();
  const statement = (await activityStatements(db, activityId, year)).find((s) => s.year === year);
  if (!statement) throw DomainError.notFound();
  return statement;
}

/**
 * Year end (the daily job, from 1 January): for every Activity with a budget, each finished year not closed
 * yet gets its statement frozen and its closing carried over to the next year. The ledger's budget account
 * simply goes on: the carry-over is its balance at 31 December, recorded with the statement.
 */
export async function closeFinishedYears(ctx: AppContext, today: string): Promise<number> {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const { rows } = await ctx.db.query<{ id: string }>(
    `SELECT a.id FROM activities a
      WHERE a.budget_account_id IS NOT NULL AND extract(year FROM a.requested_at) <= $1
        AND NOT EXISTS (SELECT 1 FROM activity_year_ends y WHERE y.activity_id = a.id AND y.year = $1)`,
    [lastYear],
  );
  let closed = 0;
  for (const { id } of rows) {
    await ctx.db.transaction(async (tx) => {
      const { rows: done } = await tx.query<{ year: number }>(
        'SELECT year FROM activity_year_ends WHERE activity_id = $1',
        [id],
      );
      const closedYears = new Set(done.map((d) => d.year));
      for (const statement of await activityStatements(tx, id, lastYear)) {
        if (closedYears.has(statement.year)) continue;
        const carried = carryOver(statement);
        await tx.query(
          `INSERT INTO activity_year_ends (activity_id, year, statement, carried_over_cents) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING`,
          [id, statement.year, JSON.stringify(statement), carried.amountCents],
        );
        await recordActivityEvent(tx, id, {
          action: 'year_closed',
          params: { year: statement.year, carriedOverCents: carried.amountCents },
          actorId: null,
        });
        closed += 1;
      }
    });
  }
  return closed;
}
