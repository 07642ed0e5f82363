import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegister, holdingsFromRegister, signedQuantity, type RegisterLine } from './register.ts';

/** Builds a register by applying random requests the way the server does: refusing what would go negative. */
function buildRegister(
  requests: Array<{ member: number; op: 'in' | 'out'; quantity: number }>,
): RegisterLine[] {
  const lines: RegisterLine[] = [];
  const held = new Map<string, number>();
  for (const request of requests) {
    const memberId = `m${request.member}`;
    const current = held.get(memberId) ?? 0;
    if (request.op === 'out' && request.quantity > current) continue; // refused: more than held
    const operation =
      request.op === 'in' ? (current === 0 ? 'subscription' : 'additional_subscription') : 'resignation';
    const quantity = signedQuantity(operation, request.quantity);
    held.set(memberId, current + quantity);
    lines.push({ lineNo: lines.length + 1, memberId, operation, category: 'A', quantity });
  }
  return lines;
}

const requests = fc.array(
  fc.record({
    member: fc.integer({ min: 0, max: 9 }),
    op: fc.constantFrom('in' as const, 'out' as const),
    quantity: fc.integer({ min: 1, max: 20 }),
  }),
  { maxLength: 200 },
);

describe('register of members', () => {
  it('a register built by accepted requests has no gap and no negative holding', () => {
    fc.assert(
      fc.property(requests, (input) => {
        const lines = buildRegister(input);
        expect(checkRegister(lines)).toEqual([]);
        for (const holdings of holdingsFromRegister(lines).values())
          expect(holdings.A ?? 0).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('holdings are the sum of the signed lines', () => {
    fc.assert(
      fc.property(requests, (input) => {
        const lines = buildRegister(input);
        const total = [...holdingsFromRegister(lines).values()].reduce((s, h) => s + (h.A ?? 0), 0);
        expect(total).toBe(lines.reduce((s, l) => s + l.quantity, 0));
      }),
    );
  });

  it('detects a gap, a wrong sign and a negative holding', () => {
    const lines: RegisterLine[] = [
      { lineNo: 1, memberId: 'a', operation: 'subscription', category: 'A', quantity: 2 },
      { lineNo: 3, memberId: 'a', operation: 'resignation', category: 'A', quantity: 1 },
      { lineNo: 4, memberId: 'a', operation: 'resignation', category: 'A', quantity: -5 },
    ];
    expect(checkRegister(lines)).toEqual([
      { kind: 'gap', expected: 2, found: 3 },
      { kind: 'sign', lineNo: 3 },
      { kind: 'gap', expected: 3, found: 4 },
      { kind: 'negative_holding', lineNo: 4, memberId: 'a' },
    ]);
  });
});
