import { describe, expect, it } from 'vitest';
import { ageBucket, bucketize, daysSalesOutstanding, recoveryRate } from './figures.ts';

describe('receivables figures', () => {
  it('puts amounts in age buckets by days past the due date', () => {
    const date = '2026-06-30';
    expect(ageBucket('2026-06-30', date)).toBe('not_due');
    expect(ageBucket('2026-07-15', date)).toBe('not_due');
    expect(ageBucket('2026-06-29', date)).toBe('d1_30');
    expect(ageBucket('2026-05-31', date)).toBe('d1_30');
    expect(ageBucket('2026-05-30', date)).toBe('d31_60');
    expect(ageBucket('2026-05-01', date)).toBe('d31_60');
    expect(ageBucket('2026-04-30', date)).toBe('d61_90');
    expect(ageBucket('2026-04-01', date)).toBe('d61_90');
    expect(ageBucket('2026-03-31', date)).toBe('over_90');
    expect(ageBucket(null, date)).toBe('not_due');
    expect(
      bucketize(
        [
          { dueDate: '2026-07-01', amountCents: 100 },
          { dueDate: '2026-06-01', amountCents: 200 },
          { dueDate: '2026-06-02', amountCents: 300 },
          { dueDate: '2026-01-01', amountCents: 400 },
        ],
        date,
      ),
    ).toEqual({ not_due: 100, d1_30: 500, d31_60: 0, d61_90: 0, over_90: 400 });
  });

  it('computes DSO on 90 days of sales, one decimal', () => {
    expect(daysSalesOutstanding(300_000, 900_000)).toBe(30);
    expect(daysSalesOutstanding(100_000, 300_000)).toBe(30);
    expect(daysSalesOutstanding(100_000, 700_000)).toBe(12.9);
    expect(daysSalesOutstanding(100_000, 0)).toBeNull();
  });

  it('gives the recovery rate in percent with one decimal, capped at 100 %', () => {
    expect(recoveryRate(300_000, 100_000)).toBe(33.3);
    expect(recoveryRate(300_000, 400_000)).toBe(100);
    expect(recoveryRate(0, 0)).toBeNull();
  });
});
