import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { overlapIssues, overlappingDates } from './overlap.ts';

const dateArb = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-03-01', n));

describe('overlappingDates', () => {
  it('lists each taken date with the contract holding it, sorted', () => {
    const existing = [
      { reference: 'C-2', dates: ['2026-03-06', '2026-03-04'] },
      { reference: 'C-1', dates: ['2026-03-04', '2026-03-10'] },
    ];
    expect(overlappingDates(['2026-03-04', '2026-03-05', '2026-03-06'], existing)).toEqual([
      { date: '2026-03-04', reference: 'C-1' },
      { date: '2026-03-04', reference: 'C-2' },
      { date: '2026-03-06', reference: 'C-2' },
    ]);
    expect(overlappingDates(['2026-03-05'], existing)).toEqual([]);
    expect(overlappingDates([], existing)).toEqual([]);
  });

  it('turns overlaps into one issue per other contract', () => {
    const overlaps = overlappingDates(
      ['2026-03-04', '2026-03-06'],
      [
        { reference: 'C-2', dates: ['2026-03-04', '2026-03-06'] },
        { reference: 'C-1', dates: ['2026-03-04'] },
      ],
    );
    expect(overlapIssues(overlaps)).toEqual([
      { field: 'days', code: 'contract.days.overlap', params: { dates: '2026-03-04', reference: 'C-1' } },
      {
        field: 'days',
        code: 'contract.days.overlap',
        params: { dates: '2026-03-04, 2026-03-06', reference: 'C-2' },
      },
    ]);
  });

  it('property: symmetric, and exactly the common dates', () => {
    fc.assert(
      fc.property(fc.array(dateArb, { maxLength: 31 }), fc.array(dateArb, { maxLength: 31 }), (a, b) => {
        const ab = overlappingDates(a, [{ reference: 'B', dates: b }]).map((o) => o.date);
        const ba = overlappingDates(b, [{ reference: 'A', dates: a }]).map((o) => o.date);
        expect(ab).toEqual(ba);
        const common = [...new Set(a.filter((d) => b.includes(d)))].sort();
        expect(ab).toEqual(common);
      }),
    );
  });
});
