/**
 * Times the phases of a data generation: `step(name)` records the seconds since the previous step (and
 * logs them), `finish()` the total. The generators return `seconds` in their results.
 */
export function phases(log: (message: string) => void) {
  const seconds: Record<string, number> = {};
  const started = performance.now();
  let last = started;
  return {
    seconds,
    step(name: string) {
      const now = performance.now();
      seconds[name] = Math.round(now - last) / 1000;
      last = now;
      log(`  ${name}: ${seconds[name]} s`);
    },
    /** A phase timed elsewhere (a generator called from this one): its seconds, and the clock restarts. */
    record(name: string, value: number) {
      seconds[name] = value;
      last = performance.now();
    },
    finish() {
      seconds.total = Math.round(performance.now() - started) / 1000;
    },
  };
}
