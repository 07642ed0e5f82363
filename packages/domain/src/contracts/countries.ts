import type { SourcedRule } from '../rules/types.ts';

/**
 * Country codes of the Contract tool: where the work is done, where a client is established.
 *
 * ISO 3166-1 alpha-2, the officially assigned codes (249). User-assigned codes (such as `XK`) and the
 * VAT-only prefixes (`EL` for Greece, `XI` for Northern Ireland) are NOT country codes: a Greek client is
 * `GR` and carries an `EL` VAT number (see `vatPrefixForCountry`).
 */
// prettier-ignore
export const ISO_COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
] as const;
export type IsoCountryCode = (typeof ISO_COUNTRY_CODES)[number];

const ISO_SET: ReadonlySet<string> = new Set(ISO_COUNTRY_CODES);

export function isIsoCountryCode(value: unknown): value is IsoCountryCode {
  return typeof value === 'string' && ISO_SET.has(value);
}

/**
 * Member states of the European Union (27 since 1 February 2020), by ISO code. Used for the place of supply
 * of services and the A1 posting form. Simplification: the special territories outside the EU VAT area
 * (Canary Islands, Åland, overseas departments...) share their state's code and are treated as inside.
 */
// prettier-ignore
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;
export type EuCountry = (typeof EU_COUNTRIES)[number];

export const EU_COUNTRIES_RULE: SourcedRule = {
  source:
    'Treaty on European Union art. 52; the United Kingdom left on 1 February 2020 (Withdrawal Agreement, OJ L 29, 31.1.2020)',
  verified: true,
};

const EU_SET: ReadonlySet<string> = new Set(EU_COUNTRIES);

export function isEuCountry(value: unknown): value is EuCountry {
  return typeof value === 'string' && EU_SET.has(value);
}

/** The prefix of the VAT numbers of a country: the ISO code, except Greece (`EL`). */
export function vatPrefixForCountry(country: string): string {
  return country === 'GR' ? 'EL' : country;
}

/** Upper-cases and trims a country code typed by a user (`' be '` → `'BE'`); other values pass unchanged. */
export function normalizeCountry(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toUpperCase() : value;
}
