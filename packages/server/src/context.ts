import type { Db } from '@partage/db';
import type { Config } from './config.ts';
import { DataProtector } from './security/crypto.ts';

/** What every route and use case may use: the database, the settings, the personal-data protector. */
export interface AppContext {
  db: Db;
  config: Config;
  protector: DataProtector;
  /** How e-mails leave: through SMTP, or kept in the outbox for staff to read (demo). */
  delivery: 'smtp' | 'keep';
}

export function createContext(db: Db, config: Config): AppContext {
  return {
    db,
    config,
    protector: new DataProtector(config.secret),
    delivery: config.smtpUrl ? 'smtp' : 'keep',
  };
}
