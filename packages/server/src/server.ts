import type { FastifyInstance } from 'fastify';
import { migrate, openDb, type Db } from '@partage/db';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { createContext, type AppContext } from './context.ts';
import { ensureReferenceData } from './entities/ensure-entities.ts';
import { seedDemo } from './demo/seed.ts';
import { startMailSender } from './mail/sender.ts';
import { runDailyReminders } from './receivables/scheduler.ts';
import { runActivityDay } from './activities/daily.ts';
import { startDailyJobs } from './jobs/daily.ts';
import { accessPointFromEnv } from './invoicing/peppol/access-point.ts';
import { startPeppolSender } from './invoicing/peppol/send-deliveries.ts';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  close(): Promise<void>;
}

/** Opens (or takes) the database, migrates it, adds reference data and the demo, and serves. */
export async function startServer(
  config: Config,
  options: {
    db?: Db;
    logger?: boolean;
    listen?: boolean;
    /**
     * Run the background jobs (the daily reminders and Activity jobs, the Peppol sender). Default: when the server opens its own database
     * (`npm start`); off when a test or a benchmark hands it one, unless asked.
     */
    jobs?: boolean;
  } = {},
): Promise<RunningServer> {
  const db = options.db ?? (await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await migrate(db);
  await ensureReferenceData(db);
  const ctx = createContext(db, config);
  if (config.demoSeed) await seedDemo(ctx);
  const app = await buildApp(ctx, { logger: options.logger ?? false });
  const stopMail = config.smtpUrl
    ? startMailSender(db, config.smtpUrl, config.mailFrom, app.log)
    : () => undefined;
  const jobs = options.jobs ?? !options.db;
  const stopJobs = jobs
    ? startDailyJobs(ctx, app.log, [
        { name: 'receivables.reminders', run: runDailyReminders },
        { name: 'activities.daily', run: runActivityDay },
      ])
    : () => undefined;
  // Peppol documents go to the access point configured by PEPPOL_ACCESS_POINT_URL (docs/operations.md);
  // without one they stay stored and downloadable.
  const stopPeppol = jobs ? startPeppolSender(db, accessPointFromEnv(), app.log) : () => undefined;
  let url = '';
  if (options.listen !== false) {
    const address = await app.listen({ port: config.port, host: config.host });
    url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  }
  return {
    app,
    ctx,
    url,
    async close() {
      stopMail();
      stopJobs();
      stopPeppol();
      await app.close();
      if (!options.db) await db.close();
    },
  };
}
