/**
 * Receivables (pure rules, no I/O): the reminder schedule of an entity and which step is due, the legal
 * late-payment interest and compensation, payment plans, collection cases, and the figures for the board.
 * Sources of every rate and legal rule: `SOURCES.md` in this folder.
 */
export * from './schedule.ts';
export * from './late-payment.ts';
export * from './collection.ts';
export * from './payment-plan.ts';
export * from './next-reminder.ts';
export * from './figures.ts';
export { receivablesMessages } from './messages.ts';
export * from './write-off.ts';
