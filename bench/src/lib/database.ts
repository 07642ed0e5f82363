import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { migrate, openDb, type Db } from '@partage/db';

export interface BenchDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** `SELECT version()` of the engine, e.g. "PostgreSQL 15.20 ..." or PGlite's PostgreSQL 17. */
  version: string;
  /** Where the data lives: PGlite folder or `memory://`, or the throw-away database's name. */
  location: string;
  /** Connections the server may open (PGlite: one, queued). */
  poolSize: number;
  /** Closes the connection and removes the throw-away database or folder. */
  dispose(): Promise<void>;
}

const DATA_ROOT = fileURLToPath(new URL('../../data/', import.meta.url));
/** The server's own default (`openPostgres`), so that the benchmark measures what production runs. */
const POOL_SIZE = 20;

/**
 * A fresh, migrated database for one benchmark, like `createTestDatabase`: embedded PGlite by default
 * (in a folder under `bench/data/`, as the server runs it; `BENCH_PGLITE=memory` keeps it in memory),
 * or, when `DATABASE_URL` is set, a throw-away database created on that PostgreSQL server and dropped
 * at the end (unless `BENCH_KEEP_DATABASE=1`).
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const inMemory = process.env.BENCH_PGLITE === 'memory';
    const dataDir = inMemory ? undefined : `${DATA_ROOT}pglite-${randomBytes(4).toString('hex')}`;
    if (dataDir) await mkdir(dataDir, { recursive: true });
    const db = await openDb({ dataDir });
    await migrate(db);
    return {
      db,
      kind: 'pglite',
      version: await versionOf(db),
      location: dataDir ? 'bench/data/ (file system)' : 'memory://',
      poolSize: 1,
      async dispose() {
        await db.close();
        if (dataDir) await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `partage_bench_${randomBytes(6).toString('hex')}`;
  await onServer(url, `CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDb({ databaseUrl: target.toString(), poolSize: POOL_SIZE });
  await migrate(db);
  return {
    db,
    kind: 'postgres',
    version: await versionOf(db),
    location: `${target.hostname}:${target.port || 5432}/${name}`,
    poolSize: POOL_SIZE,
    async dispose() {
      await db.close();
      // BENCH_KEEP_DATABASE=1 leaves it for a look afterwards (EXPLAIN ANALYZE): drop it yourself.
      if (process.env.BENCH_KEEP_DATABASE === '1')
        console.error(`[bench] database kept: ${target.toString()}`);
      else await onServer(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function versionOf(db: Db): Promise<string> {
  const { rows } = await db.query<{ version: string }>('SELECT version()');
  return rows[0]!.version;
}

/** Runs one statement on the server's maintenance database (CREATE / DROP DATABASE). */
async function onServer(url: string, sql: string): Promise<void> {
  const admin = await openDb({ databaseUrl: url, poolSize: 1 });
  try {
    await admin.query(sql);
  } finally {
    await admin.close();
  }
}
