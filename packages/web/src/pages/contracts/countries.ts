/** ISO 3166-1 alpha-2 country codes (officially assigned), for the country of work and of a client. */
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';
export const COUNTRY_CODES: readonly string[] = CODES.split(' ');

const LOCALES: Record<string, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB', de: 'de-BE' };

/** The country's name in the reader's language (`BE` → `Belgique`), or the code when the browser lacks it. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([LOCALES[lang] ?? 'fr-BE'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Options for a country select, sorted by name in the reader's language; the neighbours come first. */
export function countryOptions(lang: string): Array<{ value: string; label: string }> {
  const first = ['BE', 'FR', 'NL', 'LU', 'DE'];
  const named = (code: string) => ({ value: code, label: countryName(code, lang) });
  const rest = COUNTRY_CODES.filter((c) => !first.includes(c))
    .map(named)
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  return [...first.map(named), ...rest];
}
