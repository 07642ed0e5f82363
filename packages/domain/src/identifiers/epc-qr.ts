/**
 * Payload of the EPC QR code ("SEPA Credit Transfer" QR, also sold as GiroCode), European Payments
 * Council guideline EPC069-12: version 002, character set 1 (UTF-8), identification SCT. Only the
 * text is built here; drawing the QR code (error correction level M) is the caller's business.
 *
 * Lines, separated by LF, the last filled line not followed by a separator:
 *  1 `BCD` · 2 `002` · 3 `1` · 4 `SCT` · 5 BIC (optional in version 002) · 6 beneficiary name (≤ 70)
 *  7 IBAN · 8 amount `EUR12.50` (0.01 to 999999999.99) · 9 purpose code (4 letters, optional)
 *  10 structured remittance reference (≤ 35) · 11 unstructured remittance text (≤ 140) — one of
 *  10 and 11 at most · 12 beneficiary-to-originator information (≤ 70). At most 331 bytes in all.
 *
 * Belgian structured communication: it goes in line 10, the structured reference, as its 12 digits
 * (no `+++` nor slashes). Line 10 is the EPC's "structured creditor reference" (an ISO 11649 RF
 * reference *may* be used, it is not required). In ISO 20022 transfers Belgian banks carry the OGM
 * the same way, as a structured creditor reference of type SCOR issued by "BBA" holding the 12 digits
 * (https://wiki.xmldation.com/Support/RBS/CT_Rules/Access_Online/BBA). Belgian banking apps fill in
 * the "structured communication" field from line 10, whereas a reference put in line 11 shows up as a
 * free message: see https://github.com/letspeppol/letspeppol/issues/274 (fixed in PR #286 by moving
 * the OGM to the structured reference) and Odoo's generator, which fills line 10 with the structured
 * communication and leaves line 11 empty then (odoo/odoo addons/account_qr_code_sepa/models/res_bank.py).
 * ISO 11649 `RF…` references are accepted too, for beneficiaries abroad.
 */
import { DomainError } from '../errors.ts';
import { parseBic, parseIban } from './iban.ts';
import { codePointLength, compact, utf8Length } from './normalize.ts';
import { parseCreditorReference, parseStructuredCommunication } from './structured-communication.ts';

export const EPC_QR_MAX_BYTES = 331;
export const EPC_QR_MAX_NAME = 70;
export const EPC_QR_MAX_REFERENCE = 35;
export const EPC_QR_MAX_REMITTANCE_TEXT = 140;
export const EPC_QR_MAX_BENEFICIARY_INFO = 70;
export const EPC_QR_MAX_AMOUNT_CENTS = 99_999_999_999;

export type EpcQrErrorCode =
  | 'epc_qr.name_required'
  | 'epc_qr.name_too_long'
  | 'epc_qr.text_invalid'
  | 'epc_qr.amount_out_of_range'
  | 'epc_qr.currency'
  | 'epc_qr.purpose'
  | 'epc_qr.reference_invalid'
  | 'epc_qr.reference_and_text'
  | 'epc_qr.remittance_too_long'
  | 'epc_qr.beneficiary_info_too_long'
  | 'epc_qr.too_long';

export interface EpcQrInput {
  /** BIC of the beneficiary's bank; optional in version 002 within the EEA. */
  bic?: string;
  /** Beneficiary name, at most 70 characters. */
  name: string;
  /** IBAN of the beneficiary, in a SEPA country. */
  iban: string;
  /** Amount in euro cents, 1 to 99 999 999 999. */
  amountCents: number;
  currency: 'EUR';
  /** ISO 20022 purpose code, 4 letters (e.g. `SUPP`). */
  purpose?: string;
  /** Belgian structured communication (any usual form) or ISO 11649 creditor reference. */
  structuredReference?: string;
  /** Free remittance text, at most 140 characters; not together with `structuredReference`. */
  remittanceText?: string;
  /** Beneficiary-to-originator information shown to the payer, at most 70 characters. */
  beneficiaryInfo?: string;
}

/** Line breaks and other control characters would break the line structure of the payload. */
function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** `EUR12.50` from 1250 cents. */
export function formatEpcAmount(amountCents: number): string {
  const euros = Math.floor(amountCents / 100);
  const cents = amountCents % 100;
  return `EUR${euros}.${String(cents).padStart(2, '0')}`;
}

/** Normalises a structured reference for line 10: the 12 digits of an OGM, or an RF reference. */
function structuredReferenceLine(input: string, field: string): string {
  if (compact(input).startsWith('RF')) {
    const reference = parseCreditorReference(input);
    if (!reference.ok) throw DomainError.field(field, reference.code);
    return reference.value;
  }
  const communication = parseStructuredCommunication(input);
  if (communication.ok) return communication.value;
  if (communication.code === 'structured_communication.checksum')
    throw DomainError.field(field, communication.code);
  throw DomainError.field(field, 'epc_qr.reference_invalid');
}

/**
 * Builds the exact EPC QR text for a SEPA credit transfer, or throws a `DomainError` naming the wrong
 * input (`name`, `iban`, … prefixed with `field` and a dot when `field` is given).
 */
export function epcQrPayload(input: EpcQrInput, field = ''): string {
  const at = (key: string) => (field ? `${field}.${key}` : key);
  const text = (key: string, value: string | undefined): string => {
    const trimmed = (value ?? '').trim();
    if (hasControlCharacter(trimmed)) throw DomainError.field(at(key), 'epc_qr.text_invalid');
    return trimmed;
  };

  const name = text('name', input.name);
  if (name === '') throw DomainError.field(at('name'), 'epc_qr.name_required');
  if (codePointLength(name) > EPC_QR_MAX_NAME) {
    throw DomainError.field(at('name'), 'epc_qr.name_too_long', { max: EPC_QR_MAX_NAME });
  }

  const iban = parseIban(input.iban);
  if (!iban.ok) throw DomainError.field(at('iban'), iban.code);
  if (!iban.sepa) throw DomainError.field(at('iban'), 'iban.not_sepa', { country: iban.country });

  let bic = '';
  if (input.bic !== undefined && input.bic.trim() !== '') {
    const parsed = parseBic(input.bic);
    if (!parsed.ok) throw DomainError.field(at('bic'), parsed.code);
    bic = parsed.value;
  }

  if (
    !Number.isSafeInteger(input.amountCents) ||
    input.amountCents < 1 ||
    input.amountCents > EPC_QR_MAX_AMOUNT_CENTS
  ) {
    throw DomainError.field(at('amountCents'), 'epc_qr.amount_out_of_range');
  }
  if (input.currency !== 'EUR') {
    throw DomainError.field(at('currency'), 'epc_qr.currency', { currency: String(input.currency) });
  }

  const purpose = text('purpose', input.purpose).toUpperCase();
  if (purpose !== '' && !/^[A-Z]{4}$/.test(purpose)) throw DomainError.field(at('purpose'), 'epc_qr.purpose');

  const referenceInput = text('structuredReference', input.structuredReference);
  const remittanceText = text('remittanceText', input.remittanceText);
  if (referenceInput !== '' && remittanceText !== '') {
    throw DomainError.field(at('remittanceText'), 'epc_qr.reference_and_text');
  }
  const reference =
    referenceInput === '' ? '' : structuredReferenceLine(referenceInput, at('structuredReference'));
  if (codePointLength(remittanceText) > EPC_QR_MAX_REMITTANCE_TEXT) {
    throw DomainError.field(at('remittanceText'), 'epc_qr.remittance_too_long', {
      max: EPC_QR_MAX_REMITTANCE_TEXT,
    });
  }

  const beneficiaryInfo = text('beneficiaryInfo', input.beneficiaryInfo);
  if (codePointLength(beneficiaryInfo) > EPC_QR_MAX_BENEFICIARY_INFO) {
    throw DomainError.field(at('beneficiaryInfo'), 'epc_qr.beneficiary_info_too_long', {
      max: EPC_QR_MAX_BENEFICIARY_INFO,
    });
  }

  const lines = [
    'BCD',
    '002',
    '1',
    'SCT',
    bic,
    name,
    iban.value,
    formatEpcAmount(input.amountCents),
    purpose,
    reference,
    remittanceText,
    beneficiaryInfo,
  ];
  while (lines[lines.length - 1] === '') lines.pop();
  const payload = lines.join('\n');
  if (utf8Length(payload) > EPC_QR_MAX_BYTES) {
    throw DomainError.field(field || 'epcQr', 'epc_qr.too_long', { max: EPC_QR_MAX_BYTES });
  }
  return payload;
}
