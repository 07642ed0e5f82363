import type { ShareCategoryCode } from '../entities/settings.ts';
import type { Holdings } from './shares.ts';

export type RegisterOperation =
  'subscription' | 'additional_subscription' | 'transfer_in' | 'transfer_out' | 'resignation';

export interface RegisterLine {
  lineNo: number;
  memberId: string;
  operation: RegisterOperation;
  category: ShareCategoryCode;
  /** Signed: positive when shares come in, negative when they go out. */
  quantity: number;
}

const SIGN: Record<RegisterOperation, 1 | -1> = {
  subscription: 1,
  additional_subscription: 1,
  transfer_in: 1,
  transfer_out: -1,
  resignation: -1,
};

export function signedQuantity(operation: RegisterOperation, quantity: number): number {
  return SIGN[operation] * Math.abs(quantity);
}

/** Shares held per member, derived from the register lines alone. */
export function holdingsFromRegister(lines: readonly RegisterLine[]): Map<string, Holdings> {
  const result = new Map<string, Holdings>();
  for (const line of lines) {
    const holdings = result.get(line.memberId) ?? {};
    holdings[line.category] = (holdings[line.category] ?? 0) + line.quantity;
    result.set(line.memberId, holdings);
  }
  return result;
}

export type RegisterProblem =
  | { kind: 'gap'; expected: number; found: number }
  | { kind: 'sign'; lineNo: number }
  | { kind: 'negative_holding'; lineNo: number; memberId: string };

/**
 * Checks a register's invariants: lines numbered 1..n without gap in order, each operation's sign
 * matches its kind, and no member ever holds a negative number of shares of a category.
 */
export function checkRegister(lines: readonly RegisterLine[]): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const running = new Map<string, number>();
  lines.forEach((line, index) => {
    if (line.lineNo !== index + 1) problems.push({ kind: 'gap', expected: index + 1, found: line.lineNo });
    if (Math.sign(line.quantity) !== SIGN[line.operation])
      problems.push({ kind: 'sign', lineNo: line.lineNo });
    const key = `${line.memberId}/${line.category}`;
    const after = (running.get(key) ?? 0) + line.quantity;
    running.set(key, after);
    if (after < 0) problems.push({ kind: 'negative_holding', lineNo: line.lineNo, memberId: line.memberId });
  });
  return problems;
}
