/**
 * Bank statements (ISO 20022 camt.053) and the reconciliation of payments received: reading the files,
 * splitting entries into lines, finding payment references, comparing payer names, matching payments to
 * open invoices and share subscriptions. Pure: the server stores, posts and audits.
 */
export * from './amounts.ts';
export * from './camt053.ts';
export * from './lines.ts';
export * from './references.ts';
export * from './names.ts';
export * from './match.ts';
export { bankMessages } from './messages.ts';
