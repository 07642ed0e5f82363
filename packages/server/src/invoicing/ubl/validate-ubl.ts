import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ISO_COUNTRY_CODES } from '@partage/domain';
import { PEPPOL_CUSTOMIZATION_ID, UBL_NS } from './build-ubl.ts';

/**
 * Checks a UBL 2.1 invoice or credit note against the business rules of EN 16931 (BR-*, BR-CO-*, BR-DEC-*,
 * BR-CL-*, and the rules of the VAT categories S, Z, E, AE and G) and of Peppol BIS Billing 3.0
 * (PEPPOL-EN16931-*, PEPPOL-COMMON-*) that bear on what the platform emits. Written from the texts of the
 * rules; each check names its rule. Returns the violations, empty when the document passes.
 *
 * Not covered: allowances and charges, tax representative, payment cards and direct debits, the VAT
 * categories K, L, M, O and B, the national rules of other countries, and the UBL XSD itself (element
 * order and types). Code lists are checked against the codes the platform uses or the full lists where
 * they are short; unit codes against a subset of UN/ECE Rec. 20.
 *
 * Tolerance: BR-CO-17 (VAT of a category = taxable amount × rate, rounded) accepts one cent of difference,
 * like the CEN validation artefacts (which accept more), because the VAT of a partial credit note is
 * computed on the cumulative credited base (see `allocatePartialCredit`).
 */

export interface UblViolation {
  rule: string;
  message: string;
}

export interface ValidateUblOptions {
  /**
   * The document goes over the Peppol network: the electronic addresses must use a scheme Peppol routes
   * (PEPPOL-EN16931-CL008, which excludes `EM`). Off for documents sent by e-mail.
   */
  peppolNetwork?: boolean;
}

// --- Code lists ------------------------------------------------------------------------------------------

/** EAS as accepted on the Peppol network (Peppol BIS 3.0 code list, 2025 releases). */
// prettier-ignore
const PEPPOL_EAS = new Set(
  ('0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0147 0151 0170 0177 0183 0184 0188 0190 0191 0192 ' +
    '0193 0195 0196 0198 0199 0200 0201 0202 0204 0208 0209 0210 0211 0212 0213 0215 0216 0217 0218 0221 0225 0230 ' +
    '0235 0240 0244 0245 9901 9906 9907 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 ' +
    '9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 ' +
    '9950 9951 9952 9953 9957 9959').split(' '),
);
/** The EAS list of EN 16931 (BR-CL-25): the Peppol schemes and the UN/EDIFACT 3155 ones (e-mail...). */
const EAS = new Set([...PEPPOL_EAS, 'AN', 'AQ', 'AS', 'AU', 'EM']);
/** ISO/IEC 6523 ICD: four digits, 0002 to 0250 in the 2025 list (BR-CL-10, BR-CL-11). */
const isIcd = (code: string) => /^\d{4}$/.test(code) && Number(code) >= 2 && Number(code) <= 250;
/** UNTDID 1001 codes Peppol allows in profile 01 (PEPPOL-EN16931-P0100, P0101). */
// prettier-ignore
const INVOICE_TYPES = new Set(['71', '80', '82', '84', '102', '218', '219', '331', '380', '382', '383', '386', '388', '393', '395', '553', '575', '623', '780', '817', '870', '875', '876', '877']);
const CREDIT_NOTE_TYPES = new Set(['381', '396', '81', '83', '532']);
/** UNCL 5305 VAT categories (BR-CL-17, BR-CL-18). */
const VAT_CATEGORIES = new Set(['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M', 'B']);
/** UNCL 4461 payment means (BR-CL-16): codes 1 to 97 and ZZZ. */
const isPaymentMeans = (code: string) => /^([1-9]|[1-8]\d|9[0-7]|ZZZ)$/.test(code);
/** UN/ECE Rec. 20 units: the subset of time, count, mass, length, area, volume and energy units. */
// prettier-ignore
const UNITS = new Set(['C62', 'H87', 'EA', 'XPP', 'NAR', 'SET', 'PR', 'DZN', 'SEC', 'MIN', 'HUR', 'DAY', 'WEE', 'MON', 'ANN', 'QAN', 'KGM', 'GRM', 'TNE', 'MTR', 'KMT', 'CMT', 'MMT', 'MTK', 'MTQ', 'LTR', 'KWH', 'MWH', 'E48', 'LS', 'ZZ']);
/** CEF VATEX codes (BR-CL-22). */
const VATEX = new Set([
  'VATEX-EU-79-C',
  'VATEX-EU-132',
  ...'ABCDEFGHIJKLMNOPQ'.split('').map((c) => `VATEX-EU-132-1${c}`),
  'VATEX-EU-143',
  ...'ABCDEFGHIJKL'.split('').map((c) => `VATEX-EU-143-1${c}`),
  'VATEX-EU-148',
  ...'ABCDEFGHI'.split('').map((c) => `VATEX-EU-148-${c}`),
  'VATEX-EU-151',
  ...'ABCDE'.split('').map((c) => `VATEX-EU-151-1${c}`),
  'VATEX-EU-309',
  'VATEX-EU-AE',
  'VATEX-EU-D',
  'VATEX-EU-F',
  'VATEX-EU-G',
  'VATEX-EU-I',
  'VATEX-EU-IC',
  'VATEX-EU-J',
  'VATEX-EU-O',
  'VATEX-FR-FRANCHISE',
  'VATEX-FR-CNWVAT',
]);
const COUNTRIES = new Set<string>(ISO_COUNTRY_CODES);
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
/** Elements holding amounts (PEPPOL-EN16931-R051, PEPPOL-EN16931-CL007). */
// prettier-ignore
const AMOUNT_ELEMENTS = new Set(['Amount', 'BaseAmount', 'PriceAmount', 'TaxAmount', 'TaxableAmount', 'LineExtensionAmount', 'TaxExclusiveAmount', 'TaxInclusiveAmount', 'AllowanceTotalAmount', 'ChargeTotalAmount', 'PrepaidAmount', 'PayableRoundingAmount', 'PayableAmount']);
const DATE_ELEMENTS = new Set([
  'IssueDate',
  'DueDate',
  'TaxPointDate',
  'StartDate',
  'EndDate',
  'ActualDeliveryDate',
]);

// --- Reading the parsed tree ---------------------------------------------------------------------------

type Node = { [name: string]: Node[] | string | undefined } & { '#text'?: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

function kids(node: Node | undefined, name: string): Node[] {
  const value = node?.[name];
  return Array.isArray(value) ? value : [];
}

/** All nodes at the end of `path` below `node`. */
function all(node: Node | undefined, ...path: string[]): Node[] {
  let level: Node[] = node ? [node] : [];
  for (const name of path) level = level.flatMap((n) => kids(n, name));
  return level;
}

function one(node: Node | undefined, ...path: string[]): Node | undefined {
  return all(node, ...path)[0];
}

function text(node: Node | undefined): string | undefined {
  const value = node?.['#text'];
  return typeof value === 'string' ? value : undefined;
}

function textAt(node: Node | undefined, ...path: string[]): string | undefined {
  return text(one(node, ...path));
}

function attr(node: Node | undefined, name: string): string | undefined {
  const value = node?.[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

function childElements(node: Node): Array<[string, Node]> {
  return Object.entries(node)
    .filter(([key, value]) => !key.startsWith('@') && key !== '#text' && Array.isArray(value))
    .flatMap(([key, value]) => (value as Node[]).map((child) => [key, child] as [string, Node]));
}

function walk(node: Node, visit: (name: string, node: Node) => void): void {
  for (const [name, child] of childElements(node)) {
    visit(name, child);
    walk(child, visit);
  }
}

// --- Decimals -------------------------------------------------------------------------------------------

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** Number of decimals of a decimal string. */
function decimals(value: string): number {
  return value.includes('.') ? value.split('.')[1]!.length : 0;
}

/** A decimal string as an integer scaled by 10^scale (half up beyond the scale); null when not a decimal. */
function scaled(value: string | undefined, scale: number): bigint | null {
  if (value === undefined || !DECIMAL.test(value.trim())) return null;
  const v = value.trim();
  const negative = v.startsWith('-');
  const [whole, fraction = ''] = v.replace(/^[+-]/, '').split('.');
  const digits = fraction.padEnd(scale + 1, '0');
  let n = BigInt(whole!) * 10n ** BigInt(scale) + BigInt(digits.slice(0, scale) || '0');
  if (Number(digits[scale] ?? '0') >= 5) n += 1n;
  return negative ? -n : n;
}

const cents = (value: string | undefined) => scaled(value, 2);

/** `a × b / 10^shift`, half away from zero. */
function roundDiv(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  if (2n * (n % d) >= d) q += 1n;
  return negative ? -q : q;
}

const abs = (v: bigint) => (v < 0n ? -v : v);
const show = (c: bigint) => {
  const sign = c < 0n ? '-' : '';
  const a = abs(c);
  return `${sign}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
};

function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** Belgian enterprise number: 10 digits, the last two = 97 − (first eight mod 97) (PEPPOL-COMMON-R043). */
function isEnterpriseNumber(value: string): boolean {
  return /^[01]\d{9}$/.test(value) && 97 - (Number(value.slice(0, 8)) % 97) === Number(value.slice(8));
}

// --- The rules ------------------------------------------------------------------------------------------

interface Category {
  id: string;
  /** Rate in hundredths of a percent, null when absent or unreadable. */
  rate: bigint | null;
}

function categoryOf(node: Node | undefined): Category | null {
  if (!node) return null;
  const id = textAt(node, 'ID')?.trim();
  if (!id) return null;
  const percent = textAt(node, 'Percent');
  return { id, rate: percent === undefined ? null : scaled(percent, 2) };
}

/** The root element's local name and namespace, read from the start tag. */
function rootNamespace(xml: string): { name: string; namespace: string | null } | null {
  const m = /<(?:([\w.-]+):)?(Invoice|CreditNote)\b([^>]*)>/.exec(xml);
  if (!m) return null;
  const prefix = m[1];
  const decl = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*"([^"]*)"`).exec(m[3]!);
  return { name: m[2]!, namespace: decl ? decl[1]! : null };
}

/** Checks a UBL invoice or credit note; see the module comment. */
export function validateUbl(xml: string, options: ValidateUblOptions = {}): UblViolation[] {
  const violations: UblViolation[] = [];
  const fail = (rule: string, message: string) => violations.push({ rule, message });

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    fail('XML', `The document is not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line}).`);
    return violations;
  }
  const head = rootNamespace(xml);
  const tree = parser.parse(xml) as Node;
  const isInvoice = head?.name === 'Invoice';
  const root = one(tree, head?.name ?? 'Invoice');
  if (!head || !root) {
    fail('UBL', 'The root element must be a UBL Invoice or CreditNote.');
    return violations;
  }
  const expectedNs = isInvoice ? UBL_NS.invoice : UBL_NS.creditNote;
  if (head.namespace !== expectedNs) fail('UBL', `The root element must be in the namespace ${expectedNs}.`);

  const lineName = isInvoice ? 'InvoiceLine' : 'CreditNoteLine';
  const quantityName = isInvoice ? 'InvoicedQuantity' : 'CreditedQuantity';
  const lines = kids(root, lineName);
  const sellerParty = one(root, 'AccountingSupplierParty', 'Party');
  const buyerParty = one(root, 'AccountingCustomerParty', 'Party');
  const totals = one(root, 'LegalMonetaryTotal');
  const currency = textAt(root, 'DocumentCurrencyCode');

  // --- Peppol document level ---------------------------------------------------------------------------
  const customization = textAt(root, 'CustomizationID');
  // BR-01 An Invoice shall have a Specification identifier (BT-24).
  if (!customization) fail('BR-01', 'The specification identifier (BT-24, CustomizationID) is missing.');
  // PEPPOL-EN16931-R004 Specification identifier MUST start with the Peppol BIS Billing 3.0 value.
  else if (!customization.startsWith(PEPPOL_CUSTOMIZATION_ID))
    fail('PEPPOL-EN16931-R004', `The specification identifier must be ${PEPPOL_CUSTOMIZATION_ID}.`);
  const profile = textAt(root, 'ProfileID');
  // PEPPOL-EN16931-R001 Business process MUST be provided.
  if (!profile) fail('PEPPOL-EN16931-R001', 'The business process (BT-23, ProfileID) is missing.');
  // PEPPOL-EN16931-R007 Business process MUST be urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0.
  else if (!/^urn:fdc:peppol\.eu:2017:poacc:billing:\d{2}:1\.0$/.test(profile))
    fail('PEPPOL-EN16931-R007', 'The business process must be urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0.');
  // PEPPOL-EN16931-R002 No more than one note is allowed on document level.
  if (kids(root, 'Note').length > 1) fail('PEPPOL-EN16931-R002', 'At most one note (BT-22) on the document.');
  // PEPPOL-EN16931-R003 A buyer reference or purchase order reference MUST be provided.
  if (!textAt(root, 'BuyerReference') && !textAt(root, 'OrderReference', 'ID'))
    fail(
      'PEPPOL-EN16931-R003',
      'A buyer reference (BT-10) or a purchase order reference (BT-13) is required.',
    );
  // PEPPOL-EN16931-R053 Only one tax total with tax subtotals MUST be provided.
  const taxTotals = kids(root, 'TaxTotal');
  const mainTaxTotal = taxTotals.filter((t) => kids(t, 'TaxSubtotal').length > 0);
  if (mainTaxTotal.length !== 1)
    fail('PEPPOL-EN16931-R053', 'Exactly one tax total with VAT breakdowns is required.');
  // PEPPOL-EN16931-R054 A tax total without subtotals only when a tax currency code is provided.
  if (taxTotals.length - mainTaxTotal.length !== (textAt(root, 'TaxCurrencyCode') ? 1 : 0))
    fail(
      'PEPPOL-EN16931-R054',
      'A tax total without VAT breakdown is only allowed with a VAT accounting currency.',
    );

  // --- Document basics (BR-02 ... BR-16) ---------------------------------------------------------------
  if (!textAt(root, 'ID')) fail('BR-02', 'The invoice number (BT-1) is missing.');
  if (!textAt(root, 'IssueDate')) fail('BR-03', 'The issue date (BT-2) is missing.');
  const typeCode = textAt(root, isInvoice ? 'InvoiceTypeCode' : 'CreditNoteTypeCode');
  if (!typeCode) fail('BR-04', 'The invoice type code (BT-3) is missing.');
  else if (isInvoice && !INVOICE_TYPES.has(typeCode))
    // PEPPOL-EN16931-P0100 Invoice type code MUST be set according to the profile.
    fail('PEPPOL-EN16931-P0100', `Invoice type code ${typeCode} is not allowed in the billing profile.`);
  else if (!isInvoice && !CREDIT_NOTE_TYPES.has(typeCode))
    // PEPPOL-EN16931-P0101 Credit note type code MUST be set according to the profile.
    fail('PEPPOL-EN16931-P0101', `Credit note type code ${typeCode} is not allowed in the billing profile.`);
  if (!currency) fail('BR-05', 'The invoice currency code (BT-5) is missing.');
  // BR-CL-04 Invoice currency code MUST be coded using ISO 4217.
  else if (!CURRENCIES.has(currency)) fail('BR-CL-04', `${currency} is not an ISO 4217 currency code.`);
  if (!textAt(sellerParty, 'PartyLegalEntity', 'RegistrationName'))
    fail('BR-06', 'The seller name (BT-27) is missing.');
  if (!textAt(buyerParty, 'PartyLegalEntity', 'RegistrationName'))
    fail('BR-07', 'The buyer name (BT-44) is missing.');
  const sellerAddress = one(sellerParty, 'PostalAddress');
  if (!sellerAddress) fail('BR-08', 'The seller postal address (BG-5) is missing.');
  else if (!textAt(sellerAddress, 'Country', 'IdentificationCode'))
    fail('BR-09', 'The seller postal address has no country code (BT-40).');
  const buyerAddress = one(buyerParty, 'PostalAddress');
  if (!buyerAddress) fail('BR-10', 'The buyer postal address (BG-8) is missing.');
  else if (!textAt(buyerAddress, 'Country', 'IdentificationCode'))
    fail('BR-11', 'The buyer postal address has no country code (BT-55).');
  if (!textAt(totals, 'LineExtensionAmount'))
    fail('BR-12', 'The sum of line net amounts (BT-106) is missing.');
  if (!textAt(totals, 'TaxExclusiveAmount')) fail('BR-13', 'The total without VAT (BT-109) is missing.');
  if (!textAt(totals, 'TaxInclusiveAmount')) fail('BR-14', 'The total with VAT (BT-112) is missing.');
  if (!textAt(totals, 'PayableAmount')) fail('BR-15', 'The amount due for payment (BT-115) is missing.');
  if (lines.length === 0) fail('BR-16', 'The document has no line (BG-25).');
  // PEPPOL-EN16931-R010 / R020 Buyer and seller electronic addresses MUST be provided.
  if (!one(buyerParty, 'EndpointID'))
    fail('PEPPOL-EN16931-R010', 'The buyer electronic address (BT-49) is missing.');
  if (!one(sellerParty, 'EndpointID'))
    fail('PEPPOL-EN16931-R020', 'The seller electronic address (BT-34) is missing.');

  // --- Electronic addresses and identifiers --------------------------------------------------------------
  for (const [who, party, ruleScheme] of [
    ['seller', sellerParty, 'BR-62'],
    ['buyer', buyerParty, 'BR-63'],
  ] as const) {
    const endpoint = one(party, 'EndpointID');
    if (!endpoint) continue;
    const scheme = attr(endpoint, 'schemeID');
    // BR-62 / BR-63 The electronic address shall have a scheme identifier.
    if (!scheme) fail(ruleScheme, `The ${who} electronic address has no scheme identifier.`);
    // BR-CL-25 Endpoint identifier scheme identifier MUST belong to the CEF EAS code list.
    else if (!EAS.has(scheme)) fail('BR-CL-25', `${scheme} is not an electronic address scheme (EAS).`);
    // PEPPOL-EN16931-CL008 Electronic address identifier scheme must be from the Peppol EAS code list.
    else if (options.peppolNetwork && !PEPPOL_EAS.has(scheme))
      fail('PEPPOL-EN16931-CL008', `The ${who} electronic address scheme ${scheme} is not routed by Peppol.`);
  }
  const identified: Array<[string, Node]> = [];
  walk(root, (name, node) => {
    if (['EndpointID', 'CompanyID'].includes(name) || (name === 'ID' && attr(node, 'schemeID') !== undefined))
      identified.push([name, node]);
  });
  for (const [name, node] of identified) {
    const scheme = attr(node, 'schemeID');
    const value = text(node)?.trim() ?? '';
    // PEPPOL-COMMON-R043 Belgian enterprise number MUST be stated in the correct format.
    if (scheme === '0208' && !isEnterpriseNumber(value))
      fail('PEPPOL-COMMON-R043', `${value} is not a valid Belgian enterprise number.`);
    // BR-CL-10 / BR-CL-11 Identifier scheme identifiers MUST belong to the ISO 6523 ICD list.
    if (name !== 'EndpointID' && scheme !== undefined && !isIcd(scheme))
      fail(name === 'CompanyID' ? 'BR-CL-11' : 'BR-CL-10', `${scheme} is not an ISO 6523 ICD code.`);
  }
  // BR-CO-26 The seller identifier (BT-29), legal registration identifier (BT-30) and/or VAT identifier
  // (BT-31) shall be present.
  const sellerVat = all(sellerParty, 'PartyTaxScheme').find((t) => textAt(t, 'TaxScheme', 'ID') === 'VAT');
  const sellerTaxIds = all(sellerParty, 'PartyTaxScheme').filter((t) => textAt(t, 'CompanyID'));
  const buyerVat = all(buyerParty, 'PartyTaxScheme').find((t) => textAt(t, 'TaxScheme', 'ID') === 'VAT');
  if (
    !textAt(sellerParty, 'PartyIdentification', 'ID') &&
    !textAt(sellerParty, 'PartyLegalEntity', 'CompanyID') &&
    !textAt(sellerVat, 'CompanyID')
  )
    fail(
      'BR-CO-26',
      'The seller needs an identifier (BT-29), a legal registration (BT-30) or a VAT number (BT-31).',
    );
  // BR-CO-09 VAT identifiers shall have an ISO 3166-1 alpha-2 prefix (Greece may use EL).
  for (const tax of [sellerVat, buyerVat]) {
    const id = textAt(tax, 'CompanyID');
    if (id && !(COUNTRIES.has(id.slice(0, 2)) || id.startsWith('EL')))
      fail('BR-CO-09', `The VAT identifier ${id} does not start with a country code.`);
  }
  // BR-CL-14 Country codes MUST be coded using ISO 3166-1.
  walk(root, (name, node) => {
    if (name !== 'Country') return;
    const code = textAt(node, 'IdentificationCode');
    if (code && !COUNTRIES.has(code)) fail('BR-CL-14', `${code} is not an ISO 3166-1 country code.`);
  });

  // --- Form of every element: empty elements, dates, amounts ------------------------------------------
  walk(root, (name, node) => {
    const hasChildren = childElements(node).length > 0;
    const value = text(node);
    // PEPPOL-EN16931-R008 Document MUST not contain empty elements.
    if (!hasChildren && (value === undefined || value.trim() === ''))
      fail('PEPPOL-EN16931-R008', `The element ${name} is empty.`);
    // PEPPOL-EN16931-F001 A date MUST be formatted YYYY-MM-DD.
    if (DATE_ELEMENTS.has(name) && value !== undefined && !isIsoDate(value))
      fail('PEPPOL-EN16931-F001', `${name} ${value} is not a date written YYYY-MM-DD.`);
    if (AMOUNT_ELEMENTS.has(name)) {
      const id = attr(node, 'currencyID');
      // PEPPOL-EN16931-CL007 / BR-CL-03 Currency code must be according to ISO 4217.
      if (!id || !CURRENCIES.has(id)) fail('PEPPOL-EN16931-CL007', `${name} has no ISO 4217 currency.`);
      // PEPPOL-EN16931-R051 All currencyID attributes must have the document currency (except BT-111).
      else if (
        currency &&
        id !== currency &&
        !(name === 'TaxAmount' && id === textAt(root, 'TaxCurrencyCode'))
      )
        fail('PEPPOL-EN16931-R051', `${name} is in ${id}, not in the document currency ${currency}.`);
      if (value !== undefined && !DECIMAL.test(value))
        fail('UBL', `${name} "${value}" is not a decimal number.`);
    }
  });

  // --- Lines (BR-21 ... BR-27, BR-CO-04, PEPPOL-EN16931-R120, R121, R130) -----------------------------
  const invoiceStart = textAt(root, 'InvoicePeriod', 'StartDate');
  const invoiceEnd = textAt(root, 'InvoicePeriod', 'EndDate');
  const lineCategories: Array<Category & { net: bigint }> = [];
  let lineSum = 0n;
  for (const [index, line] of lines.entries()) {
    const label = `line ${textAt(line, 'ID') ?? index + 1}`;
    if (!textAt(line, 'ID')) fail('BR-21', `A line has no identifier (BT-126).`);
    const quantityNode = one(line, quantityName);
    const quantity = text(quantityNode);
    if (!quantity) fail('BR-22', `${label} has no quantity (BT-129).`);
    const unit = attr(quantityNode, 'unitCode');
    if (!unit) fail('BR-23', `${label} has no unit of measure (BT-130).`);
    // BR-CL-23 Unit code MUST be coded according to UN/ECE Recommendation 20 (with Rec 21).
    else if (!UNITS.has(unit))
      fail('BR-CL-23', `${label}: ${unit} is not a UN/ECE Rec. 20 unit this platform knows.`);
    const netText = textAt(line, 'LineExtensionAmount');
    const net = cents(netText);
    if (net === null) fail('BR-24', `${label} has no net amount (BT-131).`);
    else {
      lineSum += net;
      // BR-DEC-23 The line net amount has at most two decimals.
      if (decimals(netText!) > 2) fail('BR-DEC-23', `${label}: the net amount has more than two decimals.`);
    }
    if (!textAt(line, 'Item', 'Name')) fail('BR-25', `${label} has no item name (BT-153).`);
    const priceText = textAt(line, 'Price', 'PriceAmount');
    if (priceText === undefined) fail('BR-26', `${label} has no net price (BT-146).`);
    // BR-27 The item net price shall NOT be negative.
    else if (priceText.trim().startsWith('-')) fail('BR-27', `${label}: the net price is negative.`);
    const category = categoryOf(one(line, 'Item', 'ClassifiedTaxCategory'));
    // BR-CO-04 Each line shall be categorized with a VAT category code (BT-151).
    if (!category) fail('BR-CO-04', `${label} has no VAT category (BT-151).`);
    else {
      if (!VAT_CATEGORIES.has(category.id))
        fail('BR-CL-18', `${label}: ${category.id} is not a UNCL 5305 VAT category.`);
      if (net !== null) lineCategories.push({ ...category, net });
    }
    const baseQuantityText = textAt(line, 'Price', 'BaseQuantity');
    // PEPPOL-EN16931-R121 Base quantity MUST be a positive number above zero.
    if (baseQuantityText !== undefined && !((scaled(baseQuantityText, 6) ?? 0n) > 0n))
      fail('PEPPOL-EN16931-R121', `${label}: the base quantity must be above zero.`);
    // PEPPOL-EN16931-R130 Unit code of price base quantity MUST be same as invoiced quantity.
    const baseUnit = attr(one(line, 'Price', 'BaseQuantity'), 'unitCode');
    if (baseUnit && unit && baseUnit !== unit)
      fail('PEPPOL-EN16931-R130', `${label}: the price base quantity unit differs from the quantity unit.`);
    // PEPPOL-EN16931-R120 Line net amount MUST equal quantity × (price / base quantity) (± 0.02).
    const q = scaled(quantity, 6);
    const p = scaled(priceText, 6);
    const b = baseQuantityText === undefined ? 1_000_000n : scaled(baseQuantityText, 6);
    if (net !== null && q !== null && p !== null && b !== null && b > 0n) {
      // Multiplied by the base quantity b (scaled 10^6): net cents × b vs q × p (both scaled 10^6) × 100 / 10^6.
      const expectedCentsTimesB = roundDiv(q * p, 10_000n);
      const lhs = net * b;
      if (abs(lhs - expectedCentsTimesB) > 2n * b)
        fail('PEPPOL-EN16931-R120', `${label}: quantity × price does not give the net amount.`);
    }
    // PEPPOL-EN16931-R110 / R111 A line period lies within the invoicing period.
    const lineStart = textAt(line, 'InvoicePeriod', 'StartDate');
    const lineEnd = textAt(line, 'InvoicePeriod', 'EndDate');
    if (lineStart && invoiceStart && lineStart < invoiceStart)
      fail('PEPPOL-EN16931-R110', `${label}: its period starts before the invoicing period.`);
    if (lineEnd && invoiceEnd && lineEnd > invoiceEnd)
      fail('PEPPOL-EN16931-R111', `${label}: its period ends after the invoicing period.`);
  }

  // --- Periods and references ---------------------------------------------------------------------------
  const period = one(root, 'InvoicePeriod');
  // BR-CO-19 If the invoicing period is used, its start date or end date shall be filled, or both.
  if (period && !invoiceStart && !invoiceEnd)
    fail('BR-CO-19', 'The invoicing period has neither start nor end date.');
  // BR-29 The invoicing period end date shall be later or equal to the start date.
  if (invoiceStart && invoiceEnd && invoiceEnd < invoiceStart)
    fail('BR-29', 'The invoicing period ends before it starts.');
  // BR-55 Each preceding invoice reference (BG-3) shall contain the preceding invoice reference (BT-25).
  for (const ref of all(root, 'BillingReference', 'InvoiceDocumentReference')) {
    if (!textAt(ref, 'ID')) fail('BR-55', 'A preceding invoice reference has no invoice number (BT-25).');
  }

  // --- Payment ------------------------------------------------------------------------------------------
  for (const means of kids(root, 'PaymentMeans')) {
    const code = textAt(means, 'PaymentMeansCode');
    // BR-49 A payment instruction shall specify the payment means type code (BT-81).
    if (!code) fail('BR-49', 'A payment instruction has no payment means code (BT-81).');
    // BR-CL-16 Payment means code MUST be coded using UNCL 4461.
    else if (!isPaymentMeans(code)) fail('BR-CL-16', `${code} is not a UNCL 4461 payment means code.`);
    const account = one(means, 'PayeeFinancialAccount');
    // BR-50 A payment account identifier (BT-84) shall be present if credit transfer (BG-17) is given.
    if (account && !textAt(account, 'ID'))
      fail('BR-50', 'The credit transfer has no payment account identifier (BT-84).');
    // BR-61 For SEPA, local or international credit transfers the payment account identifier is required.
    if (code && ['30', '58'].includes(code) && !textAt(account, 'ID'))
      fail('BR-61', 'A credit transfer needs the payment account identifier (BT-84).');
  }

  // --- VAT breakdown (BR-45 ... BR-48, BR-CO-14, BR-CO-17, BR-CO-18) -------------------------------------
  const subtotals = mainTaxTotal.flatMap((t) => kids(t, 'TaxSubtotal'));
  // BR-CO-18 An invoice shall at least have one VAT breakdown group (BG-23).
  if (subtotals.length === 0) fail('BR-CO-18', 'The document has no VAT breakdown (BG-23).');
  const breakdown: Array<Category & { taxable: bigint | null; tax: bigint | null; node: Node }> = [];
  let subtotalTax = 0n;
  for (const subtotal of subtotals) {
    const taxableText = textAt(subtotal, 'TaxableAmount');
    const taxText = textAt(subtotal, 'TaxAmount');
    const taxable = cents(taxableText);
    const tax = cents(taxText);
    if (taxable === null) fail('BR-45', 'A VAT breakdown has no taxable amount (BT-116).');
    else if (decimals(taxableText!) > 2)
      fail('BR-DEC-19', 'A VAT taxable amount has more than two decimals.');
    if (tax === null) fail('BR-46', 'A VAT breakdown has no tax amount (BT-117).');
    else {
      subtotalTax += tax;
      if (decimals(taxText!) > 2) fail('BR-DEC-20', 'A VAT category tax amount has more than two decimals.');
    }
    const categoryNode = one(subtotal, 'TaxCategory');
    const category = categoryOf(categoryNode);
    if (!category) {
      fail('BR-47', 'A VAT breakdown has no VAT category code (BT-118).');
      continue;
    }
    if (!VAT_CATEGORIES.has(category.id)) fail('BR-CL-17', `${category.id} is not a UNCL 5305 VAT category.`);
    // BR-48 Each VAT breakdown shall have a VAT category rate, except outside the scope of VAT (O).
    if (category.rate === null && category.id !== 'O')
      fail('BR-48', `The ${category.id} VAT breakdown has no rate (BT-119).`);
    const reasonCode = textAt(categoryNode, 'TaxExemptionReasonCode');
    // BR-CL-22 Tax exemption reason code identifier scheme MUST belong to the CEF VATEX code list.
    if (reasonCode && !VATEX.has(reasonCode.toUpperCase()))
      fail('BR-CL-22', `${reasonCode} is not a VATEX code.`);
    // PEPPOL-EN16931-P0104 / P0107 The VATEX code must match the category.
    if (reasonCode?.toUpperCase() === 'VATEX-EU-G' && category.id !== 'G')
      fail('PEPPOL-EN16931-P0104', 'Category G must be used with the exemption code VATEX-EU-G.');
    if (reasonCode?.toUpperCase() === 'VATEX-EU-AE' && category.id !== 'AE')
      fail('PEPPOL-EN16931-P0107', 'Category AE must be used with the exemption code VATEX-EU-AE.');
    // BR-CO-17 VAT category tax amount = taxable amount × rate / 100, rounded to two decimals (± 0.01).
    if (taxable !== null && tax !== null && category.rate !== null) {
      const expected = roundDiv(taxable * category.rate, 10_000n);
      if (abs(expected - tax) > 1n)
        fail(
          'BR-CO-17',
          `The ${category.id} VAT amount ${show(tax)} should be ${show(expected)} (taxable × rate).`,
        );
    }
    breakdown.push({ ...category, taxable, tax, node: categoryNode! });
  }
  const taxTotalText = textAt(mainTaxTotal[0], 'TaxAmount');
  const taxTotal = cents(taxTotalText) ?? 0n;
  if (taxTotalText && decimals(taxTotalText) > 2)
    fail('BR-DEC-13', 'The total VAT amount has more than two decimals.');
  // BR-CO-14 Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).
  if (mainTaxTotal.length > 0 && taxTotal !== subtotalTax)
    fail(
      'BR-CO-14',
      `The total VAT ${show(taxTotal)} differs from the sum of the VAT breakdown ${show(subtotalTax)}.`,
    );

  // --- Totals (BR-CO-10, 13, 15, 16, 25, BR-DEC-*) ------------------------------------------------------
  const total = (name: string) => {
    const value = textAt(totals, name);
    return { value, cents: cents(value) };
  };
  const lineExtension = total('LineExtensionAmount');
  const taxExclusive = total('TaxExclusiveAmount');
  const taxInclusive = total('TaxInclusiveAmount');
  const allowances = total('AllowanceTotalAmount');
  const charges = total('ChargeTotalAmount');
  const prepaid = total('PrepaidAmount');
  const rounding = total('PayableRoundingAmount');
  const payable = total('PayableAmount');
  for (const [rule, t, label] of [
    ['BR-DEC-09', lineExtension, 'sum of line net amounts (BT-106)'],
    ['BR-DEC-12', taxExclusive, 'total without VAT (BT-109)'],
    ['BR-DEC-14', taxInclusive, 'total with VAT (BT-112)'],
    ['BR-DEC-16', prepaid, 'paid amount (BT-113)'],
    ['BR-DEC-17', rounding, 'rounding amount (BT-114)'],
    ['BR-DEC-18', payable, 'amount due (BT-115)'],
  ] as const) {
    if (t.value !== undefined && decimals(t.value) > 2)
      fail(rule, `The ${label} has more than two decimals.`);
  }
  // BR-CO-10 Sum of line net amounts (BT-106) = Σ line net amounts (BT-131).
  if (lineExtension.cents !== null && lineExtension.cents !== lineSum)
    fail(
      'BR-CO-10',
      `The sum of line net amounts ${show(lineExtension.cents)} differs from the lines (${show(lineSum)}).`,
    );
  // BR-CO-13 Total without VAT (BT-109) = Σ line net amounts − allowances (BT-107) + charges (BT-108).
  if (lineExtension.cents !== null && taxExclusive.cents !== null) {
    const expected = lineExtension.cents - (allowances.cents ?? 0n) + (charges.cents ?? 0n);
    if (taxExclusive.cents !== expected)
      fail('BR-CO-13', `The total without VAT ${show(taxExclusive.cents)} should be ${show(expected)}.`);
  }
  // BR-CO-15 Total with VAT (BT-112) = total without VAT (BT-109) + total VAT (BT-110).
  if (
    taxExclusive.cents !== null &&
    taxInclusive.cents !== null &&
    taxInclusive.cents !== taxExclusive.cents + taxTotal
  )
    fail(
      'BR-CO-15',
      `The total with VAT ${show(taxInclusive.cents)} should be ${show(taxExclusive.cents + taxTotal)} (without VAT + VAT).`,
    );
  // BR-CO-16 Amount due (BT-115) = total with VAT (BT-112) − paid amount (BT-113) + rounding (BT-114).
  if (taxInclusive.cents !== null && payable.cents !== null) {
    const expected = taxInclusive.cents - (prepaid.cents ?? 0n) + (rounding.cents ?? 0n);
    if (payable.cents !== expected)
      fail('BR-CO-16', `The amount due ${show(payable.cents)} should be ${show(expected)}.`);
  }
  // BR-CO-25 A positive amount due needs a payment due date (BT-9) or payment terms (BT-20).
  if (
    isInvoice &&
    (payable.cents ?? 0n) > 0n &&
    !textAt(root, 'DueDate') &&
    !textAt(root, 'PaymentTerms', 'Note')
  )
    fail('BR-CO-25', 'A positive amount due needs a due date (BT-9) or payment terms (BT-20).');

  // --- VAT categories S, Z, E, AE, G --------------------------------------------------------------------
  const sellerHasTaxId = sellerTaxIds.length > 0;
  const sellerHasVat = Boolean(textAt(sellerVat, 'CompanyID'));
  const buyerHasId = Boolean(
    textAt(buyerVat, 'CompanyID') || textAt(buyerParty, 'PartyLegalEntity', 'CompanyID'),
  );
  const names: Record<string, string> = {
    S: 'Standard rated',
    Z: 'Zero rated',
    E: 'Exempt from VAT',
    AE: 'Reverse charge',
    G: 'Export outside the EU',
  };
  for (const id of ['S', 'Z', 'E', 'AE', 'G']) {
    const ofLines = lineCategories.filter((c) => c.id === id);
    const ofBreakdown = breakdown.filter((c) => c.id === id);
    const name = names[id]!;
    if (ofLines.length > 0) {
      // BR-x-01 A line with the category needs a VAT breakdown of it: at least one for S (one per rate), exactly
      // one for Z, E, AE and G.
      if (id === 'S' ? ofBreakdown.length === 0 : ofBreakdown.length !== 1)
        fail(
          `BR-${id}-01`,
          `Lines are "${name}": the VAT breakdown needs ${id === 'S' ? 'a' : 'exactly one'} ${id} group.`,
        );
      // BR-x-02 The seller must be identified for VAT: its VAT number or tax registration (BT-31/BT-32); for
      // G its VAT number; for AE also the buyer's VAT number or legal registration (BT-48/BT-47).
      if (id === 'G' ? !sellerHasVat : !sellerHasTaxId)
        fail(
          `BR-${id}-02`,
          `"${name}" lines need the seller's VAT ${id === 'G' ? 'identifier (BT-31)' : 'identifier or tax registration (BT-31/BT-32)'}.`,
        );
      if (id === 'AE' && !buyerHasId)
        fail(
          'BR-AE-02',
          '"Reverse charge" lines need the buyer\'s VAT identifier (BT-48) or legal registration (BT-47).',
        );
    }
    // BR-x-05 The line VAT rate: above zero for S, zero for the others.
    for (const line of ofLines) {
      if (id === 'S' ? !(line.rate !== null && line.rate > 0n) : line.rate !== 0n)
        fail(
          `BR-${id}-05`,
          `A "${name}" line must have a VAT rate ${id === 'S' ? 'above zero' : 'of 0'} (BT-152).`,
        );
    }
    if (id === 'S') {
      for (const rate of new Set(ofLines.map((l) => l.rate))) {
        if (!ofBreakdown.some((g) => g.rate === rate))
          fail(
            'BR-S-08',
            `"Standard rated" lines at ${rate === null ? '?' : show(rate)} % have no VAT breakdown.`,
          );
      }
    }
    for (const group of ofBreakdown) {
      // BR-x-08 The taxable amount of the group = Σ the net amounts of its lines (for S: of the same rate).
      const expected = ofLines
        .filter((l) => id !== 'S' || l.rate === group.rate)
        .reduce((s, l) => s + l.net, 0n);
      if (group.taxable !== null && group.taxable !== expected)
        fail(
          `BR-${id}-08`,
          `The ${id} taxable amount ${show(group.taxable)} should be ${show(expected)} (its lines).`,
        );
      // BR-x-09 The tax amount: taxable × rate for S; zero for the others.
      if (id === 'S' && group.taxable !== null && group.tax !== null && group.rate !== null) {
        const due = roundDiv(group.taxable * group.rate, 10_000n);
        if (abs(due - group.tax) > 1n) fail('BR-S-09', `The S VAT amount should be ${show(due)}.`);
      }
      if (id !== 'S' && group.tax !== null && group.tax !== 0n)
        fail(`BR-${id}-09`, `The ${id} VAT amount must be 0.`);
      if (id !== 'S' && group.rate !== null && group.rate !== 0n)
        fail(`BR-${id}-05`, `The ${id} VAT breakdown rate must be 0.`);
      // BR-x-10 Exemption reason: none for S and Z; a reason code (BT-121) or text (BT-120) for E, AE, G.
      const hasReason = Boolean(
        textAt(group.node, 'TaxExemptionReasonCode') || textAt(group.node, 'TaxExemptionReason'),
      );
      if ((id === 'S' || id === 'Z') && hasReason)
        fail(`BR-${id}-10`, `The ${id} VAT breakdown must not have an exemption reason.`);
      if (id !== 'S' && id !== 'Z' && !hasReason)
        fail(
          `BR-${id}-10`,
          `The ${id} VAT breakdown needs an exemption reason code (BT-121) or text (BT-120).`,
        );
    }
  }
  return violations;
}
