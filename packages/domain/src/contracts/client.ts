/**
 * The clients the cooperative invoices on behalf of its workers (26,506 clients in 86 countries in 2020,
 * seeds 003:L3426-3439). A client is a company, a private person or a public body, identified so that it
 * exists once in the platform whoever invoices it (`clientDedupKey`).
 *
 * Identification:
 * - Belgian company or public body: its enterprise number (KBO/BCE, checked). A company is VAT-registered
 *   by default, a public body is not (most public bodies are not taxable persons, VAT Code art. 6); when
 *   registered, its VAT number is `BE` + the enterprise number.
 * - Company in another EU country: its VAT number of that country, checked by format and check digits
 *   (`client.vat.invalid` otherwise; whether it is registered is a VIES question asked by the server).
 *   A public body there may have one (then it is checked the same way).
 * - Outside the EU: a VAT or tax identifier is optional, kept as typed (no common format).
 * - Private person: no enterprise or VAT number.
 *
 * Payment terms (days from the invoice date):
 * - businesses: 0 to 60 days. Law of 2 August 2002 on late payment in commercial transactions, art. 4 as
 *   amended by the law of 14 August 2021 (in force 1 February 2022): 30 days when nothing is agreed, an
 *   agreed term may not exceed 60 days;
 * - public bodies: 0 to 30 days. Directive 2011/7/EU art. 4(3): public authorities pay within 30 days
 *   (60 only when expressly agreed and objectively justified, which the platform does not offer);
 * - persons: 0 to 60 days, a platform default (the 2002 law does not apply to consumers).
 */
import type { FieldIssue } from '../errors.ts';
import { DomainError } from '../errors.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { parseEmail } from '../identifiers/email.ts';
import { parseEnterpriseNumber } from '../identifiers/enterprise-number.ts';
import { compact } from '../identifiers/normalize.ts';
import { parsePostalCode } from '../identifiers/postal-code.ts';
import { parseVatNumber } from '../identifiers/vat.ts';
import { effectiveAt, type EffectiveRule } from '../rules/types.ts';
import {
  isEuCountry,
  isIsoCountryCode,
  normalizeCountry,
  vatPrefixForCountry,
  type IsoCountryCode,
} from './countries.ts';
import type { ClientType } from './vat.ts';

export const CLIENT_TYPES = ['company', 'person', 'public_body'] as const satisfies readonly ClientType[];

export function isClientType(value: unknown): value is ClientType {
  return typeof value === 'string' && (CLIENT_TYPES as readonly string[]).includes(value);
}

export interface PaymentTermsRule extends EffectiveRule {
  maxDays: Readonly<Record<ClientType, number>>;
  /** Terms proposed when nothing is agreed. */
  defaultDays: number;
}

export const PAYMENT_TERMS_RULES: readonly PaymentTermsRule[] = [
  {
    validFrom: '2022-02-01',
    maxDays: { company: 60, public_body: 30, person: 60 },
    defaultDays: 30,
    source:
      'Businesses: law of 2 August 2002 on late payment in commercial transactions, art. 4 (30 days by default, at most 60 days agreed), as amended by the law of 14 August 2021, in force 1 February 2022; public bodies: Directive 2011/7/EU art. 4(3) (30 days); persons: platform default of 60 days',
    verified: true,
  },
];

export const CLIENT_NAME_MAX_LENGTH = 200;
export const CLIENT_ADDRESS_MAX_LENGTH = 200;
export const BUYER_REFERENCE_MAX_LENGTH = 100;
const FOREIGN_TAX_ID = /^[A-Z0-9]{2,30}$/;

export interface ClientInput {
  kind: ClientType;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  enterpriseNumber?: string | null;
  /** EU VAT number, or (outside the EU) a VAT or tax identifier. */
  vatNumber?: string | null;
  /** Belgian companies and public bodies: whether they are VAT-registered (default: companies yes, public bodies no). */
  vatRegistered?: boolean;
  street: string;
  postalCode: string;
  city: string;
  email: string;
  language: string;
  paymentTermsDays: number;
  /** The client's own reference to quote on invoices (Peppol BuyerReference). */
  buyerReference?: string | null;
}

export interface ValidClient {
  kind: ClientType;
  name: string;
  country: IsoCountryCode;
  /** Belgian enterprises: 10 digits. */
  enterpriseNumber: string | null;
  /** A checked EU VAT number (`BE0403170701`), usable for reverse charge. */
  vatNumber: string | null;
  /** Outside the EU: the identifier given, compacted. */
  foreignTaxId: string | null;
  street: string;
  postalCode: string;
  city: string;
  email: string;
  language: Language;
  paymentTermsDays: number;
  buyerReference: string | null;
  /** The key that makes a client exist once (null for persons). */
  dedupKey: string | null;
  /** Peppol participant identifier for e-invoicing, when known. */
  peppolId: string | null;
}

function present(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function requiredText(issues: FieldIssue[], field: string, value: unknown, max: number): string | undefined {
  if (!present(value)) {
    issues.push({ field, code: 'field.required' });
    return undefined;
  }
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if ([...trimmed].length > max) {
    issues.push({ field, code: 'field.too_long', params: { max } });
    return undefined;
  }
  return trimmed;
}

/** The key under which a client exists once: `BE:<KBO>`, `VAT:<number>`, `TAX:<country>:<id>`, or null. */
export function clientDedupKey(client: {
  kind: ClientType;
  country: string;
  enterpriseNumber?: string | null;
  vatNumber?: string | null;
  foreignTaxId?: string | null;
}): string | null {
  if (client.kind === 'person') return null;
  if (client.enterpriseNumber) return `BE:${client.enterpriseNumber}`;
  if (client.vatNumber) return `VAT:${client.vatNumber}`;
  if (client.foreignTaxId) return `TAX:${client.country}:${client.foreignTaxId}`;
  return null;
}

/**
 * Peppol participant identifier: `0208:<enterprise number>` for Belgian enterprises (ISO 6523 ICD 0208,
 * the scheme of the Belgian Crossroads Bank for Enterprises). Null for other clients: their scheme depends on
 * their country and is looked up in the Peppol directory by the server.
 */
export function peppolIdFor(client: { kind: ClientType; enterpriseNumber?: string | null }): string | null {
  if (client.kind === 'person' || !client.enterpriseNumber) return null;
  return `0208:${client.enterpriseNumber}`;
}

/**
 * Checks a client; returns it normalized, or throws DomainError('validation') with every problem found.
 * `date` selects the payment-terms rule (default: the latest).
 */
export function validateClient(input: ClientInput, options: { date?: string } = {}): ValidClient {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<
    Record<keyof ClientInput, unknown>
  >;
  const issues: FieldIssue[] = [];

  const kind = isClientType(raw.kind) ? raw.kind : undefined;
  if (!kind) issues.push({ field: 'kind', code: 'client.kind.unknown', params: { kind: String(raw.kind) } });
  const name = requiredText(issues, 'name', raw.name, CLIENT_NAME_MAX_LENGTH);
  const countryValue = normalizeCountry(raw.country);
  const country = isIsoCountryCode(countryValue) ? countryValue : undefined;
  if (!country)
    issues.push({
      field: 'country',
      code: 'client.country.invalid',
      params: { country: String(raw.country) },
    });

  // Identification.
  let enterpriseNumber: string | null = null;
  let vatNumber: string | null = null;
  let foreignTaxId: string | null = null;
  if (kind === 'person') {
    if (present(raw.enterpriseNumber))
      issues.push({ field: 'enterpriseNumber', code: 'client.person.no_enterprise_number' });
    if (present(raw.vatNumber)) issues.push({ field: 'vatNumber', code: 'client.person.no_vat_number' });
  } else if (kind && country === 'BE') {
    if (!present(raw.enterpriseNumber)) {
      issues.push({ field: 'enterpriseNumber', code: 'client.enterprise_number.required' });
    } else {
      const parsed = parseEnterpriseNumber(raw.enterpriseNumber);
      if (!parsed.ok) issues.push({ field: 'enterpriseNumber', code: parsed.code });
      else {
        enterpriseNumber = parsed.value;
        const registered =
          typeof raw.vatRegistered === 'boolean'
            ? raw.vatRegistered
            : present(raw.vatNumber) || kind === 'company';
        if (present(raw.vatNumber)) {
          const vat = parseVatNumber(raw.vatNumber);
          if (!vat.ok || (vat.normalized as string) !== parsed.vatNumber) {
            issues.push({
              field: 'vatNumber',
              code: 'client.vat.mismatch',
              params: { expected: parsed.vatNumber },
            });
          } else if (raw.vatRegistered === false) {
            issues.push({ field: 'vatNumber', code: 'client.vat.not_registered' });
          }
        }
        if (registered) vatNumber = parsed.vatNumber;
      }
    }
  } else if (kind && country) {
    if (present(raw.enterpriseNumber)) {
      issues.push({ field: 'enterpriseNumber', code: 'client.enterprise_number.belgian_only' });
    }
    if (isEuCountry(country)) {
      if (!present(raw.vatNumber)) {
        if (kind === 'company')
          issues.push({ field: 'vatNumber', code: 'client.vat.required', params: { country } });
      } else {
        const vat = parseVatNumber(raw.vatNumber);
        if (!vat.ok || vat.country !== vatPrefixForCountry(country)) {
          issues.push({ field: 'vatNumber', code: 'client.vat.invalid', params: { country } });
        } else vatNumber = vat.normalized;
      }
    } else if (present(raw.vatNumber)) {
      const id = compact(raw.vatNumber);
      if (!FOREIGN_TAX_ID.test(id)) issues.push({ field: 'vatNumber', code: 'client.tax_id.invalid' });
      else foreignTaxId = id;
    }
  }

  // Address and contact.
  const street = requiredText(issues, 'street', raw.street, CLIENT_ADDRESS_MAX_LENGTH);
  const city = requiredText(issues, 'city', raw.city, CLIENT_ADDRESS_MAX_LENGTH);
  let postalCode: string | undefined;
  if (!present(raw.postalCode)) issues.push({ field: 'postalCode', code: 'field.required' });
  else if (country) {
    const parsed = parsePostalCode(country, raw.postalCode);
    if (parsed.ok) postalCode = parsed.value;
    else
      issues.push({
        field: 'postalCode',
        code: parsed.code,
        ...(parsed.params ? { params: parsed.params } : {}),
      });
  }
  let email: string | undefined;
  if (!present(raw.email)) issues.push({ field: 'email', code: 'field.required' });
  else {
    const parsed = parseEmail(raw.email);
    if (parsed.ok) email = parsed.value;
    else
      issues.push({ field: 'email', code: parsed.code, ...(parsed.params ? { params: parsed.params } : {}) });
  }
  const language = isLanguage(raw.language) ? raw.language : undefined;
  if (!language) issues.push({ field: 'language', code: 'client.language.invalid' });

  // Payment terms.
  const timeline = PAYMENT_TERMS_RULES;
  const terms =
    options.date === undefined ? timeline[timeline.length - 1]! : effectiveAt(timeline, options.date);
  if (!terms) throw new RangeError(`no payment terms rule on ${options.date}`);
  const days = raw.paymentTermsDays;
  if (typeof days !== 'number' || !Number.isSafeInteger(days) || days < 0) {
    issues.push({ field: 'paymentTermsDays', code: 'client.payment_terms.invalid' });
  } else if (kind && days > terms.maxDays[kind]) {
    issues.push({
      field: 'paymentTermsDays',
      code: kind === 'public_body' ? 'client.payment_terms.max_public' : 'client.payment_terms.max',
      params: { max: terms.maxDays[kind] },
    });
  }

  let buyerReference: string | null = null;
  if (present(raw.buyerReference)) {
    const value = raw.buyerReference.trim();
    if ([...value].length > BUYER_REFERENCE_MAX_LENGTH) {
      issues.push({
        field: 'buyerReference',
        code: 'field.too_long',
        params: { max: BUYER_REFERENCE_MAX_LENGTH },
      });
    } else buyerReference = value;
  }

  if (issues.length > 0) throw new DomainError('validation', issues);
  const client = {
    kind: kind!,
    name: name!,
    country: country!,
    enterpriseNumber,
    vatNumber,
    foreignTaxId,
    street: street!,
    postalCode: postalCode!,
    city: city!,
    email: email!,
    language: language!,
    paymentTermsDays: days as number,
    buyerReference,
  };
  return { ...client, dedupKey: clientDedupKey(client), peppolId: peppolIdFor(client) };
}
