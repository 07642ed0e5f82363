/** Test helpers of the Contract tool's rules (imported by the `*.test.ts` files only). */
import { expect } from 'vitest';
import { DomainError, type FieldIssue } from '../errors.ts';

/** Runs `fn`, expects a DomainError and returns it. */
export function domainErrorOf(fn: () => unknown): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a DomainError').toBeInstanceOf(DomainError);
  return caught as DomainError;
}

/** Runs `fn`, expects a validation DomainError (422) and returns its issues. */
export function issuesOf(fn: () => unknown): FieldIssue[] {
  const error = domainErrorOf(fn);
  expect(error.code).toBe('validation');
  expect(error.status).toBe(422);
  return error.issues;
}

/** The codes of the issues, `field:code`, sorted. */
export function issueKeys(issues: readonly FieldIssue[]): string[] {
  return issues.map((i) => `${i.field}:${i.code}`).sort();
}
