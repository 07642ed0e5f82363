import { mkdir } from 'node:fs/promises';
import type { Db } from './driver.ts';
import { openPglite } from './pglite-driver.ts';
import { openPostgres } from './postgres-driver.ts';

export interface OpenOptions {
  /** postgres://... : a real server. Unset: embedded PGlite. */
  databaseUrl?: string;
  /** Folder of the embedded database; unset with no URL: in memory. */
  dataDir?: string;
  poolSize?: number;
}

export async function openDb(options: OpenOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize);
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  return openPglite(options.dataDir);
}
