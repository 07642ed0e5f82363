/** Test helpers for the identifier checks (imported by the `*.test.ts` files only). */
import { expect } from 'vitest';
import { DomainError, type FieldIssue } from '../errors.ts';
import { identifierMessages } from './messages.ts';

/**
 * Runs `action`, expects a `DomainError` with exactly one issue on `field` with `code`, and checks
 * that the code has a message in the catalogue. Returns the issue for further checks.
 */
export function expectFieldError(action: () => unknown, field: string, code: string): FieldIssue {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe('validation');
  expect(error.status).toBe(422);
  expect(error.issues).toHaveLength(1);
  const issue = error.issues[0]!;
  expect(issue).toMatchObject({ field, code });
  expect(identifierMessages[code], `message for ${code}`).toBeDefined();
  return issue;
}

/** Every way of changing exactly one digit of `value` (at digit positions only). */
export function oneDigitChanges(value: string): string[] {
  const changes: string[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i]!;
    if (!/\d/.test(char)) continue;
    for (let d = 0; d <= 9; d += 1) {
      if (String(d) !== char) changes.push(value.slice(0, i) + String(d) + value.slice(i + 1));
    }
  }
  return changes;
}
