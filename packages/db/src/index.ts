export * from './driver.ts';
export { openDb, type OpenOptions } from './open.ts';
export { migrate, isMigrated, listMigrations, splitStatements } from './migrate.ts';
export { nextInSequence, nextNumber } from './counters.ts';
export { createTestDatabase, type TestDatabase } from './test-database.ts';
