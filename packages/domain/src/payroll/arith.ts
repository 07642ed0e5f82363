/**
 * Exact integer arithmetic on cents. No floating-point money anywhere: every product is computed on
 * BigInt and every division says how it rounds. Amounts are non-negative safe integers.
 */

export type Rounding = 'half-up' | 'down' | 'up';

/** The rounding as printed in result lines. */
export const ROUNDING_TEXT: Readonly<Record<Rounding, string>> = {
  'half-up': 'half-up to the cent',
  down: 'down to the cent',
  up: 'up to the cent',
};

function assertNonNegativeSafe(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`);
  }
}

/** `a × num / den`, exactly, rounded as asked. All three are non-negative safe integers, den > 0. */
export function mulDiv(a: number, num: number, den: number, rounding: Rounding): number {
  assertNonNegativeSafe('a', a);
  assertNonNegativeSafe('num', num);
  assertNonNegativeSafe('den', den);
  if (den === 0) throw new RangeError('den must be positive');
  const product = BigInt(a) * BigInt(num);
  const d = BigInt(den);
  let q = product / d;
  const r = product % d;
  if (rounding === 'up' && r > 0n) q += 1n;
  if (rounding === 'half-up' && 2n * r >= d) q += 1n;
  const result = Number(q);
  if (!Number.isSafeInteger(result)) throw new RangeError('result is not a safe integer');
  return result;
}

/** `amount × bp / 10 000`: a rate in basis points (1307 = 13.07 %) or a multiplier (15500 = 1.55). */
export function applyBp(amountCents: number, bp: number, rounding: Rounding): number {
  return mulDiv(amountCents, bp, 10000, rounding);
}

/** `amount × 10 000 / bp`: divides by a multiplier in parts per ten thousand. */
export function divideByBp(amountCents: number, bp: number, rounding: Rounding): number {
  return mulDiv(amountCents, 10000, bp, rounding);
}

/** 123456 -> "1234.56" (for message parameters; the interface formats numbers per language). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 1111 -> "11.11" (a rate in basis points, as a percentage). */
export function formatBp(bp: number): string {
  return formatCents(bp);
}

/** 760 hundredths of an hour -> "7.6"; 800 -> "8". */
export function formatCentiHours(centiHours: number): string {
  const whole = Math.floor(centiHours / 100);
  const rest = centiHours % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}
