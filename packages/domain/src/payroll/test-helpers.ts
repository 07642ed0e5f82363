import { expect } from 'vitest';
import { DomainError } from '../errors.ts';
import type { MessageParams } from '../errors.ts';

/** Runs `fn`, expects a DomainError carrying an issue on `field` with `code` (and these params, if given). */
export function expectIssue(
  fn: () => unknown,
  field: string,
  code: string,
  params?: MessageParams,
): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ${code} on ${field}`).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  const issue = error.issues.find((i) => i.field === field && i.code === code);
  expect(issue, `issues were ${JSON.stringify(error.issues)}`).toBeDefined();
  if (params) expect(issue?.params).toMatchObject(params);
  return error;
}
