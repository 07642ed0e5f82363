import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPC_QR_MAX_BYTES, epcQrPayload, formatEpcAmount, type EpcQrInput } from './epc-qr.ts';
import { utf8Length } from './normalize.ts';
import { makeStructuredCommunication } from './structured-communication.ts';
import { expectFieldError } from './testing.ts';

const base: EpcQrInput = {
  name: 'Partage SC',
  iban: 'BE68 5390 0754 7034',
  amountCents: 1250,
  currency: 'EUR',
};

describe('epcQrPayload', () => {
  it('builds the exact payload with a Belgian structured communication in the structured reference', () => {
    expect(epcQrPayload({ ...base, bic: 'gkccbebb', structuredReference: '+++090/9337/55493+++' })).toBe(
      [
        'BCD',
        '002',
        '1',
        'SCT',
        'GKCCBEBB',
        'Partage SC',
        'BE68539007547034',
        'EUR12.50',
        '',
        '090933755493',
      ].join('\n'),
    );
  });

  it('puts free text in the unstructured line, leaving the structured one empty', () => {
    expect(epcQrPayload({ ...base, remittanceText: 'Facture 2025-0042' })).toBe(
      'BCD\n002\n1\nSCT\n\nPartage SC\nBE68539007547034\nEUR12.50\n\n\nFacture 2025-0042',
    );
  });

  it('keeps empty lines before a filled one, and never ends with a separator', () => {
    expect(epcQrPayload(base)).toBe('BCD\n002\n1\nSCT\n\nPartage SC\nBE68539007547034\nEUR12.50');
    expect(epcQrPayload({ ...base, purpose: 'supp', beneficiaryInfo: 'Merci !' })).toBe(
      'BCD\n002\n1\nSCT\n\nPartage SC\nBE68539007547034\nEUR12.50\nSUPP\n\n\nMerci !',
    );
  });

  it('accepts ISO 11649 creditor references', () => {
    const payload = epcQrPayload({ ...base, structuredReference: 'RF18 5390 0754 7034' });
    expect(payload.split('\n')[9]).toBe('RF18539007547034');
  });

  it('treats blank optional fields as absent', () => {
    expect(epcQrPayload({ ...base, bic: ' ', structuredReference: '', remittanceText: '  ' })).toBe(
      epcQrPayload(base),
    );
  });

  it('formats amounts with two decimals', () => {
    expect(formatEpcAmount(1)).toBe('EUR0.01');
    expect(formatEpcAmount(1250)).toBe('EUR12.50');
    expect(formatEpcAmount(100)).toBe('EUR1.00');
    expect(formatEpcAmount(99_999_999_999)).toBe('EUR999999999.99');
  });

  it('refuses invalid inputs, naming the field', () => {
    expectFieldError(() => epcQrPayload({ ...base, name: ' ' }), 'name', 'epc_qr.name_required');
    const long = expectFieldError(
      () => epcQrPayload({ ...base, name: 'x'.repeat(71) }),
      'name',
      'epc_qr.name_too_long',
    );
    expect(long.params).toEqual({ max: 70 });
    expect(() => epcQrPayload({ ...base, name: 'é'.repeat(70) })).not.toThrow();
    expectFieldError(() => epcQrPayload({ ...base, name: 'A\nB' }), 'name', 'epc_qr.text_invalid');
    expectFieldError(
      () => epcQrPayload({ ...base, remittanceText: 'a\r\nb' }),
      'remittanceText',
      'epc_qr.text_invalid',
    );
    expectFieldError(() => epcQrPayload({ ...base, iban: 'BE68539007547035' }), 'iban', 'iban.checksum');
    expectFieldError(
      () => epcQrPayload({ ...base, iban: 'BR1800360305000010009795493C1' }),
      'iban',
      'iban.not_sepa',
    );
    expectFieldError(() => epcQrPayload({ ...base, bic: 'GEBA' }), 'bic', 'bic.format');
    for (const amountCents of [0, -1, 12.5, 100_000_000_000, Number.NaN]) {
      expectFieldError(
        () => epcQrPayload({ ...base, amountCents }),
        'amountCents',
        'epc_qr.amount_out_of_range',
      );
    }
    const currency = expectFieldError(
      () => epcQrPayload({ ...base, currency: 'USD' as 'EUR' }),
      'currency',
      'epc_qr.currency',
    );
    expect(currency.params).toEqual({ currency: 'USD' });
    expectFieldError(() => epcQrPayload({ ...base, purpose: 'AB1' }), 'purpose', 'epc_qr.purpose');
    expectFieldError(
      () => epcQrPayload({ ...base, structuredReference: '+++090/9337/55493+++', remittanceText: 'Facture' }),
      'remittanceText',
      'epc_qr.reference_and_text',
    );
    expectFieldError(
      () => epcQrPayload({ ...base, structuredReference: '+++090/9337/55494+++' }),
      'structuredReference',
      'structured_communication.checksum',
    );
    expectFieldError(
      () => epcQrPayload({ ...base, structuredReference: 'Facture 42' }),
      'structuredReference',
      'epc_qr.reference_invalid',
    );
    expectFieldError(
      () => epcQrPayload({ ...base, structuredReference: 'RF19539007547034' }),
      'structuredReference',
      'creditor_reference.checksum',
    );
    expectFieldError(
      () => epcQrPayload({ ...base, remittanceText: 'x'.repeat(141) }),
      'remittanceText',
      'epc_qr.remittance_too_long',
    );
    expectFieldError(
      () => epcQrPayload({ ...base, beneficiaryInfo: 'x'.repeat(71) }),
      'beneficiaryInfo',
      'epc_qr.beneficiary_info_too_long',
    );
  });

  it('refuses a payload over 331 bytes', () => {
    const input = { ...base, name: 'é'.repeat(70), remittanceText: 'é'.repeat(140) };
    const issue = expectFieldError(() => epcQrPayload(input), 'epcQr', 'epc_qr.too_long');
    expect(issue.params).toEqual({ max: 331 });
    expectFieldError(() => epcQrPayload(input, 'payment'), 'payment', 'epc_qr.too_long');
  });

  it('prefixes the fields with the name given', () => {
    expectFieldError(
      () => epcQrPayload({ ...base, name: '' }, 'invoice.payment'),
      'invoice.payment.name',
      'epc_qr.name_required',
    );
  });
});

const printable = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 70 }).filter((s) => {
  const trimmed = s.trim();
  return trimmed !== '' && trimmed === s && !/\p{Cc}|\u2028|\u2029/u.test(s) && [...s].length <= 70;
});

describe('EPC QR properties', () => {
  it('valid inputs give a well-formed payload of at most 331 bytes, or a too_long error', () => {
    fc.assert(
      fc.property(
        printable,
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.option(fc.bigInt({ min: 0n, max: 9_999_999_999n }), { nil: undefined }),
        (name, amountCents, reference) => {
          const input: EpcQrInput = {
            ...base,
            name,
            amountCents,
            ...(reference === undefined
              ? {}
              : { structuredReference: makeStructuredCommunication(reference) }),
          };
          let payload: string;
          try {
            payload = epcQrPayload(input);
          } catch {
            expectFieldError(() => epcQrPayload(input), 'epcQr', 'epc_qr.too_long');
            return;
          }
          expect(utf8Length(payload)).toBeLessThanOrEqual(EPC_QR_MAX_BYTES);
          expect(payload.endsWith('\n')).toBe(false);
          const lines = payload.split('\n');
          expect(lines.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT']);
          expect(lines[5]).toBe(name);
          expect(lines[7]).toBe(formatEpcAmount(amountCents));
          expect(Number(lines[7]!.slice(3)) * 100).toBeCloseTo(amountCents, 6);
          expect(lines[9]).toBe(reference === undefined ? undefined : makeStructuredCommunication(reference));
        },
      ),
    );
  });
});
