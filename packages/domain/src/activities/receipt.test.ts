import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../contracts/test-helpers.ts';
import { checkReceipt, sniffReceiptType } from './receipt.ts';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF');
const PNG = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
const WEBP = bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ');
const PDF = bytes('%PDF-1.7\n%');
const HTML = bytes('<!DOCTYPE html>');

describe('sniffReceiptType', () => {
  it('recognises the four allowed types by their first bytes', () => {
    expect(sniffReceiptType(JPEG)).toBe('image/jpeg');
    expect(sniffReceiptType(PNG)).toBe('image/png');
    expect(sniffReceiptType(WEBP)).toBe('image/webp');
    expect(sniffReceiptType(PDF)).toBe('application/pdf');
    expect(sniffReceiptType(HTML)).toBeNull();
    expect(sniffReceiptType(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull();
    expect(sniffReceiptType(bytes(0xff, 0xd8))).toBeNull();
  });
});

describe('checkReceipt', () => {
  it('accepts a photo or a PDF of the declared type, with parameters or the image/jpg alias', () => {
    expect(checkReceipt({ declaredType: 'image/jpeg', sizeBytes: 200_000, head: JPEG })).toBe('image/jpeg');
    expect(checkReceipt({ declaredType: 'image/jpg', sizeBytes: 200_000, head: JPEG })).toBe('image/jpeg');
    expect(checkReceipt({ declaredType: 'application/pdf; charset=binary', sizeBytes: 10, head: PDF })).toBe(
      'application/pdf',
    );
  });

  it('refuses another type, a disguised file, an empty or too large file', () => {
    const gif = domainErrorOf(() =>
      checkReceipt({ declaredType: 'image/gif', sizeBytes: 10, head: bytes('GIF89a') }),
    );
    expect(gif.issues).toEqual([
      { field: 'receipt', code: 'activity.receipt.type_not_allowed', params: { type: 'image/gif' } },
    ]);
    const disguised = domainErrorOf(() =>
      checkReceipt({ declaredType: 'application/pdf', sizeBytes: 10, head: HTML }),
    );
    expect(disguised.issues[0]?.code).toBe('activity.receipt.content_mismatch');
    const png = domainErrorOf(() => checkReceipt({ declaredType: 'image/jpeg', sizeBytes: 10, head: PNG }));
    expect(png.issues[0]?.code).toBe('activity.receipt.content_mismatch');
    expect(
      domainErrorOf(() => checkReceipt({ declaredType: 'image/png', sizeBytes: 0, head: PNG })).issues[0]
        ?.code,
    ).toBe('activity.receipt.empty');
    const big = domainErrorOf(() =>
      checkReceipt({ declaredType: 'image/png', sizeBytes: 10 * 1024 * 1024 + 1, head: PNG }),
    );
    expect(big.issues[0]).toEqual({
      field: 'receipt',
      code: 'activity.receipt.too_large',
      params: { max: 10 },
    });
    expect(checkReceipt({ declaredType: 'image/png', sizeBytes: 10 * 1024 * 1024, head: PNG })).toBe(
      'image/png',
    );
    expect(
      domainErrorOf(() =>
        checkReceipt({ declaredType: 'image/png', sizeBytes: 3000, head: PNG }, 2048, 'lines.0.receipt'),
      ).issues[0]?.field,
    ).toBe('lines.0.receipt');
  });
});
