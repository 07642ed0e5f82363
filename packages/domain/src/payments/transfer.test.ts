import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { SEPA_TEXT, isSepaReference } from './charset.ts';
import {
  centsToSepaAmount,
  controlSum,
  endToEndId,
  groupByExecutionDate,
  isSepaAmount,
  messageId,
  paymentInformationId,
  salaryRemittance,
  sepaName,
  shareRefundRemittance,
} from './transfer.ts';

describe('payment file rules', () => {
  it('writes amounts with two decimals', () => {
    expect(centsToSepaAmount(0)).toBe('0.00');
    expect(centsToSepaAmount(5)).toBe('0.05');
    expect(centsToSepaAmount(123456)).toBe('1234.56');
    expect(centsToSepaAmount(99_999_999_999)).toBe('999999999.99');
    expect(() => centsToSepaAmount(1.5)).toThrow(RangeError);
    expect(() => centsToSepaAmount(-1)).toThrow(RangeError);
  });

  it('accepts the EPC range of amounts only', () => {
    expect(isSepaAmount(1)).toBe(true);
    expect(isSepaAmount(99_999_999_999)).toBe(true);
    expect(isSepaAmount(0)).toBe(false);
    expect(isSepaAmount(100_000_000_000)).toBe(false);
    expect(isSepaAmount(10.5)).toBe(false);
  });

  it('builds identifiers within 35 characters of the SEPA set', () => {
    expect(endToEndId('BE-PA', 'salary', 42)).toBe('BE-PA-SAL-00000042');
    expect(endToEndId('BE-COOP', 'share_refund', 7)).toBe('BE-COOP-REF-00000007');
    const msg = messageId('BE-PA', '2026-03-16', 7);
    expect(msg).toBe('BE-PA-SCT-20260316-000007');
    expect(paymentInformationId(msg, 2)).toBe('BE-PA-SCT-20260316-000007-02');
    for (const id of [msg, paymentInformationId(msg, 99), endToEndId('FR-SMART', 'supplier', 99_999_999)])
      expect(isSepaReference(id)).toBe(true);
    expect(() => endToEndId('AN-ENTITY-WITH-A-VERY-LONG-IDENTIFIER', 'salary', 1)).toThrow(RangeError);
    expect(() => endToEndId('BE-PA', 'salary', 0)).toThrow(RangeError);
  });

  it('groups orders per execution date, dates ascending', () => {
    const groups = groupByExecutionDate([
      { id: 'a', requestedExecutionDate: '2026-03-17', amountCents: 100 },
      { id: 'b', requestedExecutionDate: '2026-03-16', amountCents: 250 },
      { id: 'c', requestedExecutionDate: '2026-03-17', amountCents: 1 },
    ]);
    expect(groups.map((g) => [g.requestedExecutionDate, g.numberOfTransactions, g.controlSumCents])).toEqual([
      ['2026-03-16', 1, 250],
      ['2026-03-17', 2, 101],
    ]);
    expect(groups[1]!.items.map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('writes the remittance in the beneficiary language, in the SEPA set', () => {
    expect(salaryRemittance('fr', 'PS-BE-PA-2026-000012', '2026-03-02', '2026-03-06', true)).toBe(
      'Salaire et frais PS-BE-PA-2026-000012 periode 02/03/2026 - 06/03/2026',
    );
    expect(salaryRemittance('nl', 'PS-BE-PA-2026-000012', '2026-03-02', '2026-03-02', false)).toBe(
      'Loon PS-BE-PA-2026-000012 periode 02/03/2026',
    );
    expect(salaryRemittance('de', 'PS-1', '2026-03-02', '2026-03-06', false)).toBe(
      'Lohn PS-1 Zeitraum 02.03.2026 - 06.03.2026',
    );
    expect(shareRefundRemittance('en', 2025, 1234)).toBe('Refund of shares financial year 2025 member 1234');
    expect(shareRefundRemittance('fr', 2025, null)).toBe('Remboursement de parts exercice 2025');
    for (const lang of LANGUAGES) expect(SEPA_TEXT.test(shareRefundRemittance(lang, 2025, 1))).toBe(true);
  });

  it('cuts names at 70 characters', () => {
    expect(sepaName('Zoé '.repeat(30))).toHaveLength(70);
  });

  it('property: control sums and counts of the blocks add up to the file', () => {
    const order = fc.record({
      requestedExecutionDate: fc.constantFrom('2026-03-16', '2026-03-17', '2026-03-18', '2026-04-07'),
      amountCents: fc.integer({ min: 1, max: 99_999_999_999 }),
    });
    fc.assert(
      fc.property(fc.array(order, { maxLength: 60 }), (orders) => {
        const groups = groupByExecutionDate(orders);
        expect(groups.reduce((n, g) => n + g.numberOfTransactions, 0)).toBe(orders.length);
        expect(groups.reduce((s, g) => s + g.controlSumCents, 0)).toBe(controlSum(orders));
        for (const g of groups) {
          expect(g.numberOfTransactions).toBe(g.items.length);
          expect(g.controlSumCents).toBe(g.items.reduce((s, o) => s + o.amountCents, 0));
          expect(g.items.every((o) => o.requestedExecutionDate === g.requestedExecutionDate)).toBe(true);
        }
        const dates = groups.map((g) => g.requestedExecutionDate);
        expect(dates).toEqual([...new Set(dates)].sort());
      }),
    );
  });

  it('property: amounts written back parse to the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        const text = centsToSepaAmount(cents);
        expect(text).toMatch(/^\d+\.\d{2}$/);
        expect(Number(text.replace('.', ''))).toBe(cents);
      }),
    );
  });

  it('property: every remittance is SEPA text of at most 140 characters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.string({ maxLength: 200 }),
        fc.boolean(),
        (lang, number, expenses) => {
          const text = salaryRemittance(lang, number, '2026-01-05', '2026-01-09', expenses);
          expect(text.length).toBeLessThanOrEqual(140);
          expect(SEPA_TEXT.test(text)).toBe(true);
        },
      ),
    );
  });
});
