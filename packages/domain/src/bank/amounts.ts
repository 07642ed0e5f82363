/**
 * Amounts as banks write them in ISO 20022 files: `1234.5`, `0.10`, `15` (a point, no sign, no thousands
 * separator). Turned into integer cents by string arithmetic, never through a float.
 */

export type DecimalProblem = 'format' | 'decimals' | 'too_large';

/**
 * Integer cents of a decimal amount, or the problem: `format` (not a decimal), `decimals` (a non-zero digit
 * after the second decimal: the amount is not a whole number of cents), `too_large`.
 * Trailing zeros are accepted (`12.500` is 1 250 cents): ISO 20022 allows up to five decimals.
 */
export function decimalToCents(
  text: string,
): { ok: true; cents: number } | { ok: false; problem: DecimalProblem } {
  const match = /^(\d{1,18})(?:\.(\d{1,18}))?$/.exec(text.trim());
  if (!match) return { ok: false, problem: 'format' };
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (/[1-9]/.test(fraction.slice(2))) return { ok: false, problem: 'decimals' };
  const cents = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || whole.length > 15) return { ok: false, problem: 'too_large' };
  return { ok: true, cents };
}
