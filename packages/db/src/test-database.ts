import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from './driver.ts';
import { migrate } from './migrate.ts';
import { openDb } from './open.ts';

export interface TestDatabase {
  db: Db;
  /** Closes the connection and drops the throw-away database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or, when
 * `DATABASE_URL` is set, a throw-away database created on that PostgreSQL server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDb({});
    await migrate(db);
    return { db, dispose: () => db.close() };
  }
  const name = `partage_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDb({ databaseUrl: target.toString(), poolSize: 30 });
  await migrate(db);
  return {
    db,
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
