import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db, Queryable, QueryResult } from './driver.ts';

/**
 * PGlite is one connection in one process. A queue makes every statement and every transaction
 * take its turn, so a transaction never sees a statement of another request in the middle of it.
 */
class Queue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

const parsers = {
  [types.INT8]: (value: string) => Number(value),
  [types.DATE]: (value: string) => value,
  [types.NUMERIC]: (value: string) => value,
};

export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = await PGlite.create(dataDir ?? 'memory://', { extensions: { pg_trgm }, parsers });
  const queue = new Queue();
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      const result = await q.query<T>(sql, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  });
  const direct = wrap(pg);
  return {
    kind: 'pglite',
    query: (sql, params) => queue.run(() => direct.query(sql, params)),
    transaction: (fn) => queue.run(() => pg.transaction((tx) => fn(wrap(tx)))),
    exec: (sql) => queue.run(async () => void (await pg.exec(sql))),
    close: () => queue.run(() => pg.close()),
  };
}
