import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** postgres://... ; unset: embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  publicUrl: string;
  /** Secret for session and data-protection keys (32+ bytes, hex). */
  secret: string;
  /** SMTP connection URL; unset: e-mails are kept in the outbox, readable by staff in the app. */
  smtpUrl?: string;
  mailFrom: string;
  /** Seed the demo cooperative into an empty database. */
  demoSeed: boolean;
  /** Staff must enrol a TOTP second factor before using staff pages. */
  staffTwoFactorRequired: boolean;
  /** Built web app to serve; unset or missing: API only. */
  webDist?: string;
  logLevel: string;
}

/** Reads `KEY=value` lines of an optional `.env` file into the environment (without overriding). */
function loadDotEnv(path: string): void {
  if (!existsSync(path)) return;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/);
    if (match && process.env[match[1]!] === undefined)
      process.env[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1');
  }
}

/** The secret is generated once and kept in the data folder when `SESSION_SECRET` is not set. */
function secretFrom(dataDir: string, configured?: string): string {
  if (configured) return configured;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  loadDotEnv(join(cwd, '.env'));
  const port = Number(env.PORT ?? 3000);
  const dataDir = resolve(cwd, env.DATA_DIR ?? 'data');
  const databaseUrl = env.DATABASE_URL || undefined;
  const demoSeed = env.DEMO_SEED ? env.DEMO_SEED === 'true' || env.DEMO_SEED === '1' : !databaseUrl;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    secret: secretFrom(dataDir, env.SESSION_SECRET),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Partage <no-reply@partage.coop>',
    demoSeed,
    staffTwoFactorRequired: env.STAFF_2FA_REQUIRED ? env.STAFF_2FA_REQUIRED === 'true' : !demoSeed,
    webDist: resolve(cwd, env.WEB_DIST ?? 'packages/web/dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
