import type { Db } from '@partage/db';
import type { Config } from './config.ts';
import { DataProtector } from './security/crypto.ts';
/**
 * The cooperative's calendar (Brussels). The Contract tool's rules depend on the day (a first day of work
 * may not be past, salaries are paid on their pay date): tests and demonstrations move this clock forward
 * to walk a whole journey in one run; in production nothing moves it.
 */
export declare class Clock {
    private fixed;
    today(): string;
    /** Pretends the date is `date` (YYYY-MM-DD), or back to the real day with null. */
    set(date: string | null): void;
}
/** What every route and use case may use: the database, the settings, the personal-data protector. */
export interface AppContext {
    db: Db;
    config: Config;
    protector: DataProtector;
    /** How e-mails leave: through SMTP, or kept in the outbox for staff to read (demo). */
    delivery: 'smtp' | 'keep';
    clock: Clock;
}
export declare function createContext(db: Db, config: Config): AppContext;
