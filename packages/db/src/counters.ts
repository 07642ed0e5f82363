import type { Queryable } from './driver.ts';

/**
 * Gap-free numbering (member numbers, register lines, legal document numbers). The counter row is
 * locked by the UPDATE until the caller's transaction ends: concurrent callers wait their turn, and a
 * rolled-back transaction gives its number back. Must be called inside a transaction.
 */
export async function nextNumber(tx: Queryable, entityId: string, name: string, scope = ''): Promise<number> {
  const { rows } = await tx.query<{ value: number }>(
    `INSERT INTO counters (entity_id, name, scope, value) VALUES ($1, $2, $3, 1)
     ON CONFLICT (entity_id, name, scope) DO UPDATE SET value = counters.value + 1
     RETURNING value`,
    [entityId, name, scope],
  );
  return rows[0]!.value;
}

/**
 * The next value of a PostgreSQL sequence: unique, never waited for, but with gaps when a transaction rolls
 * back. For references that must be unique without being legal numbers (contract references).
 */
export async function nextInSequence(tx: Queryable, sequence: string): Promise<number> {
  if (!/^[a-z_]+$/.test(sequence)) throw new Error(`invalid sequence name ${sequence}`);
  const { rows } = await tx.query<{ value: number }>(`SELECT nextval('${sequence}')::int AS value`);
  return rows[0]!.value;
}
