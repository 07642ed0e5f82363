/**
 * Receipts attached to expense claims and supplier invoices: a photo (JPEG, PNG, WebP) or a PDF, at most
 * `ActivitySettings.receiptMaxBytes` (default 10 MiB). The type is judged on the file's first bytes (its
 * "magic number"), not only on what the browser declared: a renamed executable or an HTML page is refused.
 *
 * Signatures checked (first bytes of the file):
 * - JPEG: FF D8 FF (JPEG File Interchange Format / Exif, ISO/IEC 10918-1 SOI marker then a marker);
 * - PNG: 89 50 4E 47 0D 0A 1A 0A (PNG specification, ISO/IEC 15948, "PNG signature");
 * - WebP: "RIFF" <4-byte size> "WEBP" (RFC 9649, WebP container);
 * - PDF: "%PDF-" (ISO 32000-1 §7.5.2, file header).
 */
import { DomainError } from '../errors.ts';
import { DEFAULT_ACTIVITY_SETTINGS } from './settings.ts';

export const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

/** How many first bytes the check needs. */
export const RECEIPT_SNIFF_BYTES = 12;

export function isReceiptType(value: unknown): value is ReceiptType {
  return typeof value === 'string' && (RECEIPT_TYPES as readonly string[]).includes(value);
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** The receipt type the bytes really are, or null. */
export function sniffReceiptType(head: Uint8Array): ReceiptType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export interface ReceiptInput {
  /** The type the upload declared (Content-Type), e.g. `image/jpeg`; parameters are ignored. */
  declaredType: string;
  /** Size of the whole file in bytes. */
  sizeBytes: number;
  /** At least the first `RECEIPT_SNIFF_BYTES` bytes of the file. */
  head: Uint8Array;
}

/**
 * The receipt's type, or a DomainError on `field` (default `receipt`): `activity.receipt.empty`,
 * `activity.receipt.too_large` (`max` in MB), `activity.receipt.type_not_allowed` (declared type not an
 * image or a PDF), `activity.receipt.content_mismatch` (the bytes are not what was declared, or none of
 * the allowed types).
 */
export function checkReceipt(
  input: ReceiptInput,
  maxBytes: number = DEFAULT_ACTIVITY_SETTINGS.receiptMaxBytes,
  field = 'receipt',
): ReceiptType {
  const size = input.sizeBytes;
  if (!Number.isSafeInteger(size) || size <= 0 || input.head.length === 0) {
    throw DomainError.field(field, 'activity.receipt.empty');
  }
  if (size > maxBytes) {
    throw DomainError.field(field, 'activity.receipt.too_large', {
      max: Math.floor((maxBytes / (1024 * 1024)) * 10) / 10,
    });
  }
  const declared = (typeof input.declaredType === 'string' ? input.declaredType : '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  const normalized = declared === 'image/jpg' || declared === 'image/pjpeg' ? 'image/jpeg' : declared;
  if (!isReceiptType(normalized)) {
    throw DomainError.field(field, 'activity.receipt.type_not_allowed', { type: declared || '?' });
  }
  const actual = sniffReceiptType(input.head);
  if (actual !== normalized) {
    throw DomainError.field(field, 'activity.receipt.content_mismatch', { type: normalized });
  }
  return actual;
}
