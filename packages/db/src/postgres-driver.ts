import pg from 'pg';
import {
  PG,
  pgErrorCode,
  type Db,
  type Queryable,
  type QueryResult,
  type TransactionOptions,
} from './driver.ts';

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (value: string) => Number(value); // int8: cents stay far below 2^53
    if (oid === 1082) return (value: string) => value; // date: keep 'YYYY-MM-DD', no time zone shift
    return pg.types.getTypeParser(oid, format);
  },
};

const MAX_RETRIES = 8;

export async function openPostgres(connectionString: string, poolSize = 20): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: poolSize, types: typeParsers });
  // An idle connection closed by the server (restart, failover) must not crash the process: the pool
  // drops it and opens a new one for the next query.
  pool.on('error', () => undefined);
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      const result = await client.query(sql, params);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
  });
  const direct = wrap(pool);

  async function transaction<T>(
    fn: (tx: Queryable) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query(options.serializable ? 'BEGIN ISOLATION LEVEL SERIALIZABLE' : 'BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = pgErrorCode(error);
        const retry = code === PG.serializationFailure || code === PG.deadlockDetected;
        if (!retry || attempt >= MAX_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      } finally {
        client.release();
      }
    }
  }

  return {
    kind: 'postgres',
    query: (sql, params) => direct.query(sql, params),
    transaction,
    exec: async (sql) => void (await pool.query(sql)),
    close: () => pool.end(),
  };
}
