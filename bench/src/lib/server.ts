import { fileURLToPath } from 'node:url';
import type { Db } from '@partage/db';
import { loadConfig, startServer, type Config, type RunningServer } from '@partage/server';

/**
 * The real server on the benchmark's database, with the demo seed (its staff accounts), listening on a
 * free loopback port. `bench/` is the working folder: no `.env` there to read.
 */
export function startBenchServer(db: Db): Promise<RunningServer> {
  const base = loadConfig(
    {
      SESSION_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
      DEMO_SEED: 'true',
    } as NodeJS.ProcessEnv,
    fileURLToPath(new URL('../..', import.meta.url)),
  );
  const config: Config = { ...base, port: 0, host: '127.0.0.1', databaseUrl: undefined, webDist: undefined };
  return startServer(config, { db });
}

export interface DemoStaff {
  boardId: string;
  serviceId: string;
  adminId: string;
  payrollId: string;
}

/** The ids of the demo seed's staff accounts (the generators act in their name). */
export async function demoStaff(db: Db): Promise<DemoStaff> {
  const { rows } = await db.query<{ id: string; email: string }>(
    `SELECT id, email FROM users WHERE email IN ('board@partage.coop', 'service@partage.coop', 'admin@partage.coop',
       'payroll@partage.coop')`,
  );
  const idOf = (email: string) => rows.find((u) => u.email === email)?.id ?? '';
  const staff = {
    boardId: idOf('board@partage.coop'),
    serviceId: idOf('service@partage.coop'),
    adminId: idOf('admin@partage.coop'),
    payrollId: idOf('payroll@partage.coop'),
  };
  if (Object.values(staff).some((id) => !id)) throw new Error('the demo staff accounts are missing');
  return staff;
}
