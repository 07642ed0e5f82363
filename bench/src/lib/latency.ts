/** Rounds to `digits` decimals (figures written to the results). */
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The nearest-rank percentile of sorted values (NaN when there are none). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** p50, p95, p99, mean and max of latencies in milliseconds, rounded to the hundredth. */
export function latencySummary(latencies: number[]) {
  const sorted = Float64Array.from(latencies).sort();
  const mean = latencies.reduce((sum, n) => sum + n, 0) / (latencies.length || 1);
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(mean),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}
