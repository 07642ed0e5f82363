import type { FieldIssue } from '../errors.ts';

/**
 * A worker cannot hold two contracts on the same day: each day of a new declaration must be free of the
 * worker's other contracts that are still alive (declared, on hold or paid; not cancelled). The caller
 * passes those contracts; this rule only compares dates.
 */
export interface ExistingContractDates {
  /** The other contract's reference, shown to the worker. */
  reference: string;
  dates: readonly string[];
}

export interface OverlappingDate {
  date: string;
  reference: string;
}

/** Every (date, reference) where a new date is already worked under another contract, sorted by date. */
export function overlappingDates(
  newDates: readonly string[],
  existing: readonly ExistingContractDates[],
): OverlappingDate[] {
  const wanted = new Set(newDates);
  const found = new Map<string, OverlappingDate>();
  for (const contract of existing) {
    for (const date of contract.dates) {
      if (wanted.has(date))
        found.set(`${date}\u0000${contract.reference}`, { date, reference: contract.reference });
    }
  }
  return [...found.values()].sort((a, b) =>
    a.date === b.date ? (a.reference < b.reference ? -1 : 1) : a.date < b.date ? -1 : 1,
  );
}

/**
 * One issue per overlapping contract: `contract.days.overlap` with the dates (comma-separated) and the
 * reference of the other contract.
 */
export function overlapIssues(overlaps: readonly OverlappingDate[], field = 'days'): FieldIssue[] {
  const byReference = new Map<string, string[]>();
  for (const { date, reference } of overlaps) {
    byReference.set(reference, [...(byReference.get(reference) ?? []), date]);
  }
  return [...byReference.entries()].map(([reference, dates]) => ({
    field,
    code: 'contract.days.overlap',
    params: { dates: dates.join(', '), reference },
  }));
}
