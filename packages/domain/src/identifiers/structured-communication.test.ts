import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertCreditorReference,
  assertStructuredCommunication,
  formatStructuredCommunication,
  isValidStructuredCommunication,
  makeCreditorReference,
  makeStructuredCommunication,
  parseCreditorReference,
  parseStructuredCommunication,
  STRUCTURED_COMMUNICATION_MAX_BASE,
} from './structured-communication.ts';
import { expectFieldError, oneDigitChanges } from './testing.ts';

describe('parseStructuredCommunication', () => {
  it('accepts +++…+++, ***…*** and the bare 12 digits', () => {
    const expected = {
      ok: true,
      value: '090933755493',
      base: '0909337554',
      formatted: '+++090/9337/55493+++',
    };
    for (const input of [
      '+++090/9337/55493+++',
      '***090/9337/55493***',
      '090933755493',
      '090/9337/55493',
      ' +++ 090 / 9337 / 55493 +++ ',
    ]) {
      expect(parseStructuredCommunication(input), input).toEqual(expected);
    }
  });

  it('writes a remainder of 0 as 97', () => {
    expect(makeStructuredCommunication(97)).toBe('000000009797');
    expect(parseStructuredCommunication('+++000/0000/09797+++')).toMatchObject({ ok: true });
    expect(parseStructuredCommunication('+++000/0000/09700+++')).toMatchObject({
      ok: false,
      code: 'structured_communication.checksum',
    });
  });

  it('refuses wrong check digits, lengths and mixed delimiters', () => {
    expect(parseStructuredCommunication('+++090/9337/55494+++')).toEqual({
      ok: false,
      code: 'structured_communication.checksum',
    });
    for (const input of [
      '+++090/9337/55493***',
      '++090/9337/55493++',
      '+++090/9337/5549+++',
      '0909337554930',
      'abc',
      '',
    ]) {
      expect(parseStructuredCommunication(input), input).toEqual({
        ok: false,
        code: 'structured_communication.format',
      });
    }
  });

  it('asserts and formats', () => {
    expect(assertStructuredCommunication('***090/9337/55493***')).toBe('090933755493');
    expect(formatStructuredCommunication('090933755493')).toBe('+++090/9337/55493+++');
    expectFieldError(
      () => assertStructuredCommunication('+++090/9337/55494+++'),
      'structuredCommunication',
      'structured_communication.checksum',
    );
    expectFieldError(
      () => formatStructuredCommunication('12', 'invoice.reference'),
      'invoice.reference',
      'structured_communication.format',
    );
  });
});

describe('makeStructuredCommunication', () => {
  it('makes the 12 digits of a 10-digit base', () => {
    expect(makeStructuredCommunication(1234567890)).toBe('123456789002');
    expect(makeStructuredCommunication(1234567890n)).toBe('123456789002');
    expect(makeStructuredCommunication(0)).toBe('000000000097');
    expect(makeStructuredCommunication(STRUCTURED_COMMUNICATION_MAX_BASE)).toMatch(/^9999999999\d\d$/);
  });

  it('refuses a base out of range', () => {
    for (const base of [
      -1,
      10_000_000_000,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1n,
      10_000_000_000n,
    ]) {
      const issue = expectFieldError(
        () => makeStructuredCommunication(base),
        'structuredCommunication',
        'structured_communication.base_out_of_range',
      );
      expect(issue.params).toEqual({ min: 0, max: 9_999_999_999 });
    }
    expectFieldError(
      () => makeStructuredCommunication(-5, 'seq'),
      'seq',
      'structured_communication.base_out_of_range',
    );
  });
});

describe('ISO 11649 creditor references', () => {
  it('parses, asserts and makes them', () => {
    expect(parseCreditorReference('rf18 5390 0754 7034')).toEqual({
      ok: true,
      value: 'RF18539007547034',
      formatted: 'RF18 5390 0754 7034',
    });
    expect(parseCreditorReference('RF19539007547034')).toEqual({
      ok: false,
      code: 'creditor_reference.checksum',
    });
    expect(parseCreditorReference('RF18')).toEqual({ ok: false, code: 'creditor_reference.format' });
    expect(parseCreditorReference('XX18539007547034')).toEqual({
      ok: false,
      code: 'creditor_reference.format',
    });
    expect(makeCreditorReference('539007547034')).toBe('RF18539007547034');
    expect(assertCreditorReference('RF18539007547034')).toBe('RF18539007547034');
    expectFieldError(
      () => assertCreditorReference('RF00X'),
      'creditorReference',
      'creditor_reference.checksum',
    );
    expectFieldError(() => makeCreditorReference('', 'ref'), 'ref', 'creditor_reference.format');
  });

  it('round-trips generated references', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{1,21}$/), (body) => {
        const reference = makeCreditorReference(body);
        const parsed = parseCreditorReference(reference);
        expect(parsed).toMatchObject({ ok: true, value: reference });
        if (parsed.ok) expect(parseCreditorReference(parsed.formatted)).toEqual(parsed);
      }),
    );
  });
});

const base = fc.bigInt({ min: 0n, max: BigInt(STRUCTURED_COMMUNICATION_MAX_BASE) });

describe('structured communication properties', () => {
  it('making, formatting then parsing round-trips', () => {
    fc.assert(
      fc.property(base, (b) => {
        const value = makeStructuredCommunication(b);
        expect(makeStructuredCommunication(Number(b))).toBe(value);
        const formatted = formatStructuredCommunication(value);
        expect(formatted).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
        expect(parseStructuredCommunication(formatted)).toMatchObject({
          ok: true,
          value,
          base: b.toString().padStart(10, '0'),
        });
        expect(parseStructuredCommunication(formatted.replaceAll('+', '*'))).toMatchObject({
          ok: true,
          value,
        });
      }),
    );
  });

  it('changing one digit makes it invalid', () => {
    fc.assert(
      fc.property(base, (b) => {
        for (const changed of oneDigitChanges(makeStructuredCommunication(b))) {
          expect(isValidStructuredCommunication(changed), changed).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  });
});
