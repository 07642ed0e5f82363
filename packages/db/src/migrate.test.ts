import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { migrate, splitStatements } from './migrate.ts';
import { nextNumber } from './counters.ts';
import { PG, pgErrorCode } from './driver.ts';

describe('database', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.query(
      `INSERT INTO entities (id, name, legal_form, country, address, languages) VALUES ('X', 'X', 'SC', 'BE', 'a', '{fr}')`,
    );
  });
  afterAll(() => t.dispose());

  it('migrates once: a second run applies nothing', async () => {
    expect(await migrate(t.db)).toEqual([]);
  });

  it('keeps $$ bodies whole when splitting statements', () => {
    const parts = splitStatements(
      'SELECT 1;\nCREATE FUNCTION f() AS $$\nBEGIN\n  x;\nEND;\n$$;\n-- c\nSELECT 2;',
    );
    expect(parts).toHaveLength(3);
    expect(parts[1]).toContain('END;');
  });

  it('refuses to update or delete the audit log', async () => {
    await t.db.query(`INSERT INTO audit_log (action, subject_type) VALUES ('x', 'y')`);
    const error = await t.db.query(`DELETE FROM audit_log`).catch((e: unknown) => e);
    expect(pgErrorCode(error)).toBe(PG.raiseException);
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    expect(rows[0]!.n).toBe(1);
  });

  it('numbers without gaps, and a rolled-back transaction gives its number back', async () => {
    await t.db.transaction((tx) => nextNumber(tx, 'X', 'test'));
    await t.db
      .transaction(async (tx) => {
        await nextNumber(tx, 'X', 'test');
        throw new Error('rollback');
      })
      .catch(() => undefined);
    const numbers = await Promise.all(
      Array.from({ length: 20 }, () => t.db.transaction((tx) => nextNumber(tx, 'X', 'test'))),
    );
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });
});
