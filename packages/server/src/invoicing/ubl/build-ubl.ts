import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import {
  electronicAddressOf,
  formatDate,
  vatTreatmentRule,
  type ElectronicAddress,
  type VatTreatment,
} from '@partage/domain';
import type { InvoiceDocument, InvoiceLineView } from '../../contracts/documents/types.ts';
import { docText } from '../../contracts/documents/labels.ts';

/**
 * The Peppol BIS Billing 3.0 electronic invoice (UBL 2.1 syntax, EN 16931 semantics) of an issued invoice
 * or credit note: a pure function of the frozen document and of its lines with their VAT treatment, so the
 * same document always gives the same bytes.
 *
 * Mapping (business terms of EN 16931 in brackets):
 * - header: specification identifier (BT-24) and business process (BT-23) of Peppol BIS 3.0, number (BT-1),
 *   issue date (BT-2), due date (BT-9, invoice only), type code (BT-3: 380 invoice, 381 credit note),
 *   one note (BT-22) naming the worker who did the work (UBL has no field for the performer), currency
 *   EUR (BT-5), buyer reference (BT-10: the client's reference, else the invoice number, since Peppol
 *   requires a buyer or order reference), invoicing period (BG-14) = the period of the work, the credited
 *   invoice (BG-3) on a credit note;
 * - seller (BG-4): electronic address (BT-34: 0208 enterprise number for a Belgian entity, the national VAT
 *   scheme otherwise), identifier (BT-29), trading name (BT-28), address (BG-5), VAT number (BT-31) or,
 *   for an entity that is not VAT-registered, its tax registration identifier (BT-32, the enterprise
 *   number), legal name (BT-27), legal registration identifier (BT-30) and legal form (BT-33), contact
 *   e-mail (BT-43);
 * - buyer (BG-7): electronic address (BT-49: its Peppol identifier, 0208, the scheme of its VAT number, or
 *   its e-mail address `EM`), identifier (BT-46), name (BT-44/45), address (BG-8), VAT number (BT-48),
 *   legal registration identifier (BT-47);
 * - delivery date (BT-72) = the last day of work;
 * - payment instructions (BG-16, invoice only): SEPA credit transfer (58) to the entity's IBAN (BT-84) and
 *   BIC (BT-86), remittance information (BT-83) = the digits of the structured communication; payment terms
 *   (BT-20) with the late-payment clause, in the client's language;
 * - VAT breakdown (BG-23) per VAT category and rate, with the exemption reason (BT-120) and its VATEX code
 *   (BT-121) for E, AE and G; totals (BG-22); lines (BG-25) with quantity and UN/ECE Rec. 20 unit (day
 *   DAY, hour HUR, unit C62), net price (BT-146) and VAT category and rate (BT-151, BT-152).
 * Amounts are written with two decimals from integer cents; prices with up to six decimals, so that
 * quantity × price gives the line amount (PEPPOL-EN16931-R120).
 */

export const UBL_NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

/** BT-24, Peppol BIS Billing 3.0. */
export const PEPPOL_CUSTOMIZATION_ID =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
/** BT-23, Peppol billing process 01. */
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
/** Peppol document type identifiers (scheme busdox-docid-qns), what an access point is asked to send. */
export const PEPPOL_DOCUMENT_TYPES = {
  invoice: `${UBL_NS.invoice}::Invoice##${PEPPOL_CUSTOMIZATION_ID}::2.1`,
  credit_note: `${UBL_NS.creditNote}::CreditNote##${PEPPOL_CUSTOMIZATION_ID}::2.1`,
} as const;

/** UN/ECE Recommendation 20 unit codes. */
export const UNIT_CODES: Readonly<Record<InvoiceLineView['unit'], string>> = {
  day: 'DAY',
  hour: 'HUR',
  unit: 'C62',
};

/**
 * VATEX exemption reason codes (BT-121, CEF VATEX code list) of the treatments that need one:
 * - training exempt under Belgian VAT Code art. 44 §2 4° a), which transposes Directive 2006/112/EC
 *   art. 132 §1 (i) (vocational training): VATEX-EU-132-1I;
 * - reverse charge: VATEX-EU-AE; export outside the EU: VATEX-EU-G.
 */
export const VATEX_CODES: Partial<Record<VatTreatment, string>> = {
  exempt_trainer: 'VATEX-EU-132-1I',
  reverse_charge_eu: 'VATEX-EU-AE',
  export_non_eu: 'VATEX-EU-G',
};

export interface UblLine extends InvoiceLineView {
  /** The line number of the document (BT-126). */
  lineNo: number;
  vatTreatment: VatTreatment;
}

export interface UblView {
  document: InvoiceDocument;
  lines: UblLine[];
  /** The client's e-mail address: its electronic address when it has no Peppol address. */
  clientEmail: string | null;
  /** The client's Peppol participant identifier, when known. */
  clientPeppolId?: string | null;
  /** What the client had already paid when the document was produced (BT-113); 0 at issue. */
  prepaidCents?: number;
}

/** 123456 → `1234.56`. */
export function ublAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A non-negative integer divided by 10^scale, without trailing zeros: (150, 2) → `1.5`, (2100, 2) → `21`. */
function decimal(value: number | bigint, scale: number): string {
  const v = BigInt(value);
  const unit = 10n ** BigInt(scale);
  const whole = v / unit;
  const fraction = (v % unit).toString().padStart(scale, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** Net price of one unit (BT-146): the line amount divided by the quantity, half up to six decimals. */
export function unitPrice(amountCents: number, quantityCenti: number): string {
  // amount (cents/100) ÷ quantity (centi/100) = amountCents ÷ quantityCenti, in euros.
  const scaled = BigInt(amountCents) * 1_000_000n;
  const q = BigInt(quantityCenti);
  let micro = scaled / q;
  if (2n * (scaled % q) >= q) micro += 1n;
  const [whole, fraction = ''] = decimal(micro, 6).split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** `Rue Coenraets 72, 1060 Saint-Gilles` → street, postal code, city. */
export function splitAddress(address: string): {
  street: string;
  postalCode: string | null;
  city: string | null;
} {
  const comma = address.lastIndexOf(',');
  if (comma < 0) return { street: address.trim(), postalCode: null, city: null };
  const street = address.slice(0, comma).trim();
  const rest = address.slice(comma + 1).trim();
  const m = /^([A-Z]{0,2}-?\d[\dA-Z -]{1,9}?)\s+(.+)$/.exec(rest);
  return m
    ? { street, postalCode: m[1]!.trim(), city: m[2]!.trim() }
    : { street, postalCode: null, city: rest };
}

/** The digits of a structured communication (`+++123/4567/89012+++` → `123456789012`). */
function paymentId(structured: string): string {
  return structured.replace(/\D/g, '');
}

type Builder = XMLBuilder;

function cbc(parent: Builder, name: string, value: string, attributes?: Record<string, string>): void {
  parent.ele(UBL_NS.cbc, `cbc:${name}`, attributes).txt(value);
}

function cac(parent: Builder, name: string): Builder {
  return parent.ele(UBL_NS.cac, `cac:${name}`);
}

function amount(parent: Builder, name: string, cents: number): void {
  cbc(parent, name, ublAmount(cents), { currencyID: 'EUR' });
}

function endpoint(parent: Builder, address: ElectronicAddress | null): void {
  if (address) cbc(parent, 'EndpointID', address.id, { schemeID: address.scheme });
}

function postalAddress(
  parent: Builder,
  a: { street: string; postalCode: string | null; city: string | null; country: string },
): void {
  const node = cac(parent, 'PostalAddress');
  if (a.street) cbc(node, 'StreetName', a.street);
  if (a.city) cbc(node, 'CityName', a.city);
  if (a.postalCode) cbc(node, 'PostalZone', a.postalCode);
  cbc(cac(node, 'Country'), 'IdentificationCode', a.country);
}

function taxScheme(parent: Builder, id: string): void {
  cbc(cac(parent, 'TaxScheme'), 'ID', id);
}

/** ISO 6523 ICD of an entity's legal registration: Belgian enterprise number (0208), French SIREN (0002). */
function legalRegistration(country: string, number: string): { id: string; scheme?: string } {
  if (country === 'BE' && /^[01]\d{9}$/.test(number)) return { id: number, scheme: '0208' };
  if (country === 'FR' && /^\d{9}(\d{5})?$/.test(number)) return { id: number.slice(0, 9), scheme: '0002' };
  return { id: number };
}

function seller(root: Builder, doc: InvoiceDocument): void {
  const s = doc.seller;
  const party = cac(cac(root, 'AccountingSupplierParty'), 'Party');
  endpoint(
    party,
    electronicAddressOf({
      country: s.country,
      enterpriseNumber: s.enterpriseNumber,
      vatNumber: s.vatNumber,
      email: s.email ?? null,
    }),
  );
  if (s.enterpriseNumber) {
    const scheme =
      s.country === 'BE' ? '0208' : s.country === 'FR' && s.enterpriseNumber.length === 14 ? '0009' : null;
    cbc(
      cac(party, 'PartyIdentification'),
      'ID',
      s.enterpriseNumber,
      scheme ? { schemeID: scheme } : undefined,
    );
  }
  cbc(cac(party, 'PartyName'), 'Name', s.name);
  postalAddress(party, { ...splitAddress(s.address), country: s.country });
  if (s.vatNumber) {
    const tax = cac(party, 'PartyTaxScheme');
    cbc(tax, 'CompanyID', s.vatNumber);
    taxScheme(tax, 'VAT');
  } else if (s.enterpriseNumber) {
    // Not VAT-registered (the trainer entity): its tax registration identifier (BT-32).
    const tax = cac(party, 'PartyTaxScheme');
    cbc(tax, 'CompanyID', s.enterpriseNumber);
    taxScheme(tax, 'TAX');
  }
  const legal = cac(party, 'PartyLegalEntity');
  cbc(legal, 'RegistrationName', s.legalForm ? `${s.name} ${s.legalForm}` : s.name);
  if (s.enterpriseNumber) {
    const reg = legalRegistration(s.country, s.enterpriseNumber);
    cbc(legal, 'CompanyID', reg.id, reg.scheme ? { schemeID: reg.scheme } : undefined);
  }
  const form = [s.legalForm, s.registerCourt].filter(Boolean).join(', ');
  if (form) cbc(legal, 'CompanyLegalForm', form);
  if (s.email) cbc(cac(party, 'Contact'), 'ElectronicMail', s.email);
}

function buyer(root: Builder, view: UblView): void {
  const c = view.document.client;
  const party = cac(cac(root, 'AccountingCustomerParty'), 'Party');
  endpoint(
    party,
    electronicAddressOf({
      country: c.country,
      enterpriseNumber: c.enterpriseNumber,
      vatNumber: c.vatNumber,
      peppolId: view.clientPeppolId ?? null,
      email: view.clientEmail,
    }),
  );
  if (c.enterpriseNumber && c.country === 'BE') {
    cbc(cac(party, 'PartyIdentification'), 'ID', c.enterpriseNumber, { schemeID: '0208' });
  }
  cbc(cac(party, 'PartyName'), 'Name', c.name);
  postalAddress(party, { street: c.street, postalCode: c.postalCode, city: c.city, country: c.country });
  if (c.vatNumber) {
    const tax = cac(party, 'PartyTaxScheme');
    cbc(tax, 'CompanyID', c.vatNumber);
    taxScheme(tax, 'VAT');
  }
  const legal = cac(party, 'PartyLegalEntity');
  cbc(legal, 'RegistrationName', c.name);
  if (c.enterpriseNumber && c.country === 'BE')
    cbc(legal, 'CompanyID', c.enterpriseNumber, { schemeID: '0208' });
}

/** BT-22: who did the work, and for a credit note what it credits and why. One note (PEPPOL-EN16931-R002). */
function note(doc: InvoiceDocument): string {
  const lang = doc.language;
  const parts: string[] = [];
  if (doc.kind === 'credit_note' && doc.credits) {
    parts.push(
      docText('creditsInvoice', lang, {
        number: doc.credits.number,
        date: formatDate(doc.credits.issueDate, lang),
      }),
    );
    if (doc.reason) parts.push(docText('reason', lang, { reason: doc.reason }));
  }
  const p = doc.performer;
  parts.push(
    p.memberNumber !== null
      ? docText('performedByMember', lang, { name: p.name, number: p.memberNumber })
      : docText('performedBy', lang, { name: p.name }),
  );
  return parts.join(' ');
}

/** BT-20: when to pay and the late-payment clause (invoice), or what the credit note is deducted from. */
function paymentTerms(doc: InvoiceDocument): string {
  const lang = doc.language;
  if (doc.kind === 'credit_note') return docText('deductFrom', lang, { number: doc.credits?.number ?? '' });
  const due = doc.dueDate ? formatDate(doc.dueDate, lang) : '';
  const when =
    doc.paymentTermsDays > 0
      ? docText('payWithin', lang, { days: doc.paymentTermsDays, due })
      : docText('payOnReceipt', lang, { due });
  return `${when} ${docText(doc.client.kind === 'person' ? 'lateConsumer' : 'lateBusiness', lang)}`;
}

/** The UBL 2.1 XML (Peppol BIS Billing 3.0) of an issued invoice or credit note. */
export function buildUbl(view: UblView): string {
  const doc = view.document;
  const isInvoice = doc.kind === 'invoice';
  const prepaid = view.prepaidCents ?? 0;
  const xml = create({ version: '1.0', encoding: 'UTF-8' });
  const root = xml
    .ele(isInvoice ? UBL_NS.invoice : UBL_NS.creditNote, isInvoice ? 'Invoice' : 'CreditNote')
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:cac', UBL_NS.cac)
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:cbc', UBL_NS.cbc);

  cbc(root, 'CustomizationID', PEPPOL_CUSTOMIZATION_ID);
  cbc(root, 'ProfileID', PEPPOL_PROFILE_ID);
  cbc(root, 'ID', doc.number);
  cbc(root, 'IssueDate', doc.issueDate);
  if (isInvoice && doc.dueDate) cbc(root, 'DueDate', doc.dueDate);
  cbc(root, isInvoice ? 'InvoiceTypeCode' : 'CreditNoteTypeCode', isInvoice ? '380' : '381');
  cbc(root, 'Note', note(doc));
  cbc(root, 'DocumentCurrencyCode', 'EUR');
  cbc(root, 'BuyerReference', doc.client.buyerReference || (doc.credits?.number ?? doc.number));
  const period = cac(root, 'InvoicePeriod');
  cbc(period, 'StartDate', doc.deliveryFrom);
  cbc(period, 'EndDate', doc.deliveryTo);
  if (doc.credits) {
    const ref = cac(cac(root, 'BillingReference'), 'InvoiceDocumentReference');
    cbc(ref, 'ID', doc.credits.number);
    cbc(ref, 'IssueDate', doc.credits.issueDate);
  }
  seller(root, doc);
  buyer(root, view);
  cbc(cac(root, 'Delivery'), 'ActualDeliveryDate', doc.deliveryTo);

  if (isInvoice && doc.seller.iban) {
    const means = cac(root, 'PaymentMeans');
    cbc(means, 'PaymentMeansCode', '58', { name: 'SEPA credit transfer' });
    if (doc.structuredCommunication) cbc(means, 'PaymentID', paymentId(doc.structuredCommunication));
    const account = cac(means, 'PayeeFinancialAccount');
    cbc(account, 'ID', doc.seller.iban.replace(/\s/g, ''));
    cbc(account, 'Name', doc.seller.name);
    if (doc.seller.bic) cbc(cac(account, 'FinancialInstitutionBranch'), 'ID', doc.seller.bic);
  }
  cbc(cac(root, 'PaymentTerms'), 'Note', paymentTerms(doc));

  const taxTotal = cac(root, 'TaxTotal');
  amount(taxTotal, 'TaxAmount', doc.totalVatCents);
  for (const group of doc.vat) {
    const treatment = group.treatment as VatTreatment;
    const rule = vatTreatmentRule(treatment, doc.credits?.issueDate ?? doc.issueDate);
    const subtotal = cac(taxTotal, 'TaxSubtotal');
    amount(subtotal, 'TaxableAmount', group.baseCents);
    amount(subtotal, 'TaxAmount', group.vatCents);
    const category = cac(subtotal, 'TaxCategory');
    cbc(category, 'ID', rule.category);
    cbc(category, 'Percent', decimal(group.rateBp, 2));
    const vatex = VATEX_CODES[treatment];
    if (vatex) cbc(category, 'TaxExemptionReasonCode', vatex);
    if (rule.category !== 'S' && rule.category !== 'Z') {
      cbc(category, 'TaxExemptionReason', group.mention ?? rule.mention[doc.language]);
    }
    taxScheme(category, 'VAT');
  }

  const totals = cac(root, 'LegalMonetaryTotal');
  amount(totals, 'LineExtensionAmount', doc.totalExclVatCents);
  amount(totals, 'TaxExclusiveAmount', doc.totalExclVatCents);
  amount(totals, 'TaxInclusiveAmount', doc.totalInclVatCents);
  if (prepaid > 0) amount(totals, 'PrepaidAmount', prepaid);
  amount(totals, 'PayableAmount', doc.totalInclVatCents - prepaid);

  for (const line of view.lines) {
    const rule = vatTreatmentRule(line.vatTreatment, doc.credits?.issueDate ?? doc.issueDate);
    const node = cac(root, isInvoice ? 'InvoiceLine' : 'CreditNoteLine');
    cbc(node, 'ID', String(line.lineNo));
    cbc(node, isInvoice ? 'InvoicedQuantity' : 'CreditedQuantity', decimal(line.quantityCenti, 2), {
      unitCode: UNIT_CODES[line.unit],
    });
    amount(node, 'LineExtensionAmount', line.amountExclVatCents);
    const item = cac(node, 'Item');
    cbc(item, 'Name', line.description);
    const category = cac(item, 'ClassifiedTaxCategory');
    cbc(category, 'ID', rule.category);
    cbc(category, 'Percent', decimal(line.vatRateBp, 2));
    taxScheme(category, 'VAT');
    cbc(cac(node, 'Price'), 'PriceAmount', unitPrice(line.amountExclVatCents, line.quantityCenti), {
      currencyID: 'EUR',
    });
  }
  return xml.end({ prettyPrint: true });
}
