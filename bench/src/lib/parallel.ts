import type { Db } from '@partage/db';

/** Runs `task(0..total-1)` on `concurrency` lanes; answers the elapsed seconds. */
export async function inParallel(
  total: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await task(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

/**
 * The database's own limit for the ratio of a write benchmark: single-row INSERT transactions per second
 * on the same database with the same concurrency, in the same run.
 */
export async function plainInsertRate(db: Db, count: number, concurrency: number): Promise<number> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS bench_plain (id bigserial PRIMARY KEY, amount_cents bigint NOT NULL, note text NOT NULL)',
  );
  const seconds = await inParallel(count, concurrency, (i) =>
    db.transaction(
      async (tx) =>
        void (await tx.query('INSERT INTO bench_plain (amount_cents, note) VALUES ($1, $2)', [
          i + 1,
          'plain',
        ])),
    ),
  );
  return count / seconds;
}
