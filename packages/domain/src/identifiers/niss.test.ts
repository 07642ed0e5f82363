import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertNiss,
  assertNissMatchesBirthDate,
  formatNiss,
  isValidNiss,
  makeNiss,
  nissMatchesBirthDate,
  parseNiss,
} from './niss.ts';
import { expectFieldError, oneDigitChanges } from './testing.ts';

describe('parseNiss', () => {
  it('decodes a number of someone born in the 1900s', () => {
    expect(parseNiss('85.07.30-033.28')).toEqual({
      ok: true,
      value: '85073003328',
      formatted: '85.07.30-033.28',
      kind: 'national',
      isBis: false,
      century: 1900,
      birthYear: 1985,
      birthMonth: 7,
      birthDay: 30,
      birthDate: '1985-07-30',
      sequence: 33,
      sex: 'male',
    });
  });

  it('tells the century from the check digits (born in 2000 or later)', () => {
    const result = parseNiss('00010100105');
    expect(result).toMatchObject({ ok: true, century: 2000, birthDate: '2000-01-01', sex: 'male' });
    // Same first nine digits, check digits of the 1900s.
    expect(parseNiss('00010100173')).toMatchObject({ ok: true, century: 1900, birthDate: '1900-01-01' });
    expect(parseNiss('24022999738')).toMatchObject({ ok: true, birthDate: '2024-02-29' });
  });

  it('accepts the usual ways of writing it', () => {
    for (const input of [
      '85073003328',
      '85 07 30 033 28',
      '85.07.30-033.28',
      ' 850730/033-28 ',
      '85073003328\u00a0',
    ]) {
      expect(parseNiss(input)).toMatchObject({ ok: true, value: '85073003328' });
    }
  });

  it('gives the parity of the sequence as information', () => {
    expect(parseNiss('93.05.18-223.61')).toMatchObject({ ok: true, sequence: 223, sex: 'male' });
    const female = makeNiss({ year: 1993, month: 5, day: 18, sequence: 224 });
    expect(parseNiss(female)).toMatchObject({ ok: true, sex: 'female' });
  });

  it('decodes BIS numbers (month + 20 when the sex is unknown, + 40 when known)', () => {
    expect(parseNiss('85473003317')).toMatchObject({
      ok: true,
      kind: 'bis',
      isBis: true,
      birthDate: '1985-07-30',
      sex: 'male',
    });
    const unknownSex = parseNiss('85273003470');
    expect(unknownSex).toMatchObject({ ok: true, kind: 'bis', birthDate: '1985-07-30' });
    expect(unknownSex.ok && unknownSex.sex).toBeUndefined();
  });

  it('handles unknown birth dates (month or day 00)', () => {
    const noDay = parseNiss('80050012340');
    expect(noDay).toMatchObject({ ok: true, birthYear: 1980, birthMonth: 5 });
    expect(noDay.ok && noDay.birthDay).toBeUndefined();
    expect(noDay.ok && noDay.birthDate).toBeUndefined();
    const nothing = parseNiss('00000000196');
    expect(nothing).toMatchObject({ ok: true, birthYear: 1900 });
    expect(nothing.ok && nothing.birthMonth).toBeUndefined();
  });

  it('refuses wrong lengths, letters, wrong check digits and impossible dates', () => {
    expect(parseNiss('8507300332')).toEqual({ ok: false, code: 'niss.format' });
    expect(parseNiss('850730033289')).toEqual({ ok: false, code: 'niss.format' });
    expect(parseNiss('85073003A28')).toEqual({ ok: false, code: 'niss.format' });
    expect(parseNiss('')).toEqual({ ok: false, code: 'niss.format' });
    expect(parseNiss('85073003329')).toEqual({ ok: false, code: 'niss.checksum' });
    // 29 February 1917 and 2017 do not exist.
    expect(parseNiss('17022900281')).toEqual({ ok: false, code: 'niss.birth_date' });
    expect(parseNiss('17022900213')).toEqual({ ok: false, code: 'niss.birth_date' });
    // Day 40 (a BIS offset added to the day instead of the month).
    expect(parseNiss('85074003319')).toEqual({ ok: false, code: 'niss.birth_date' });
    // Month 13 (check digits made valid on purpose).
    const month13 = '851330033';
    expect(parseNiss(month13 + String(97 - (Number(month13) % 97)).padStart(2, '0'))).toEqual({
      ok: false,
      code: 'niss.birth_date',
    });
    expect(isValidNiss('85073003329')).toBe(false);
  });
});

describe('assertNiss and formatNiss', () => {
  it('returns the normalised number', () => {
    expect(assertNiss('85.07.30-033.28')).toBe('85073003328');
    expect(formatNiss('85073003328')).toBe('85.07.30-033.28');
  });

  it('throws a DomainError on the field given', () => {
    expectFieldError(() => assertNiss('85073003329'), 'niss', 'niss.checksum');
    expectFieldError(() => assertNiss('123', 'partner.niss'), 'partner.niss', 'niss.format');
    expectFieldError(() => formatNiss('17022900281'), 'niss', 'niss.birth_date');
  });
});

describe('nissMatchesBirthDate', () => {
  it('compares the encoded birth date', () => {
    expect(nissMatchesBirthDate('85.07.30-033.28', '1985-07-30')).toBe(true);
    expect(nissMatchesBirthDate('85.07.30-033.28', '1985-07-31')).toBe(false);
    expect(nissMatchesBirthDate('85.07.30-033.28', '2085-07-30')).toBe(false);
    expect(nissMatchesBirthDate('85473003317', '1985-07-30')).toBe(true);
  });

  it('compares only the known parts', () => {
    expect(nissMatchesBirthDate('80050012340', '1980-05-17')).toBe(true);
    expect(nissMatchesBirthDate('80050012340', '1980-06-17')).toBe(false);
    expect(nissMatchesBirthDate('00000000196', '1975-03-02')).toBe(true);
  });

  it('is false for an invalid number or date', () => {
    expect(nissMatchesBirthDate('85073003329', '1985-07-30')).toBe(false);
    expect(nissMatchesBirthDate('85073003328', '1985-02-30')).toBe(false);
    expect(nissMatchesBirthDate('85073003328', '30/07/1985')).toBe(false);
  });

  it('has an asserting variant with its own code', () => {
    expect(assertNissMatchesBirthDate('85.07.30-033.28', '1985-07-30')).toBe('85073003328');
    expectFieldError(
      () => assertNissMatchesBirthDate('85.07.30-033.28', '1986-07-30'),
      'niss',
      'niss.birth_date_mismatch',
    );
    expectFieldError(
      () => assertNissMatchesBirthDate('85073003329', '1985-07-30', 'n'),
      'n',
      'niss.checksum',
    );
  });
});

describe('makeNiss', () => {
  it('refuses parts out of range', () => {
    expectFieldError(() => makeNiss({ year: 1899, month: 1, day: 1, sequence: 1 }), 'niss', 'niss.format');
    expectFieldError(
      () => makeNiss({ year: 1990, month: 2, day: 30, sequence: 1 }),
      'niss',
      'niss.birth_date',
    );
  });
});

/** Birth dates from 1900 to 2099, with the month or day sometimes unknown. */
const birth = fc
  .record({
    date: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    unknown: fc.constantFrom('none', 'day', 'month_and_day'),
    sequence: fc.integer({ min: 1, max: 999 }),
    bis: fc.constantFrom(undefined, 'sex_unknown' as const, 'sex_known' as const),
  })
  .map(({ date, unknown, sequence, bis }) => ({
    year: date.getUTCFullYear(),
    month: unknown === 'month_and_day' ? 0 : date.getUTCMonth() + 1,
    day: unknown === 'none' ? date.getUTCDate() : 0,
    sequence,
    bis,
    iso: date.toISOString().slice(0, 10),
  }));

describe('NISS properties', () => {
  it('decodes what was encoded, and formatting then parsing round-trips', () => {
    fc.assert(
      fc.property(birth, (b) => {
        const niss = makeNiss(b);
        const parsed = parseNiss(niss);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.birthYear).toBe(b.year);
        expect(parsed.century).toBe(b.year >= 2000 ? 2000 : 1900);
        expect(parsed.birthMonth).toBe(b.month || undefined);
        expect(parsed.birthDay).toBe(b.day || undefined);
        expect(parsed.isBis).toBe(b.bis !== undefined);
        expect(parsed.sex === undefined).toBe(b.bis === 'sex_unknown');
        expect(parseNiss(parsed.formatted)).toEqual(parsed);
        expect(nissMatchesBirthDate(parsed.formatted, b.iso)).toBe(true);
      }),
    );
  });

  it('a full birth date one day off does not match', () => {
    fc.assert(
      fc.property(birth, (b) => {
        fc.pre(b.day !== 0 && b.year < 2099);
        const next = new Date(Date.parse(b.iso) + 86_400_000).toISOString().slice(0, 10);
        expect(nissMatchesBirthDate(makeNiss(b), next)).toBe(false);
      }),
    );
  });

  it('changing one digit makes the number invalid, or at most a number of the other century', () => {
    fc.assert(
      fc.property(birth, (b) => {
        const original = parseNiss(makeNiss(b));
        if (!original.ok) throw new Error('generator');
        for (const changed of oneDigitChanges(original.value)) {
          const parsed = parseNiss(changed);
          // 2 000 000 000 − 60 000 000 is a multiple of 97: lowering the second digit of the year
          // by 6 while switching century keeps the check digits, and a changed check digit can hit
          // the other century's. Nothing else passes.
          if (parsed.ok) expect(parsed.century).not.toBe(original.century);
        }
      }),
      { numRuns: 50 },
    );
  });
});
