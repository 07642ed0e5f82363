/**
 * The SEPA character set. SEPA credit transfers may carry only the basic Latin characters every bank of the
 * zone must accept (EPC SEPA Credit Transfer Customer-to-PSP Implementation Guidelines, EPC132-08, section
 * "Character set", in force for the 2023 rulebook with pain.001.001.09):
 *
 *   a-z  A-Z  0-9  /  -  ?  :  (  )  .  ,  '  +  space
 *
 * Names and remittance texts are converted into it before a file is built: accented letters lose their
 * accent (`é` → `e`, `ç` → `c`), ligatures and special letters are spelled out (`ß` → `ss`, `æ` → `ae`,
 * `ø` → `o`, `ł` → `l`), a few signs get their nearest allowed sign (`&` → `+`, `_` → `-`, quotes → `'`,
 * brackets → parentheses), anything else becomes a space; spaces are collapsed. Identifiers (end-to-end id,
 * message id, payment information id) use the same set without spaces, and may neither start nor end with
 * `/` nor contain `//` (same guidelines).
 */

/** One SEPA text character. */
const SEPA_CHAR = "[A-Za-z0-9/?:().,'+ -]";
/** A non-empty text made of SEPA characters only. */
export const SEPA_TEXT = new RegExp(`^${SEPA_CHAR}+$`);
/** A SEPA identifier: no space, no leading or trailing `/`, no `//`, 1 to 35 characters. */
export const SEPA_REFERENCE = /^[A-Za-z0-9?:().,'+-]+(\/[A-Za-z0-9?:().,'+-]+)*$/;

/** Letters that do not decompose into a base letter and an accent. */
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ĸ: 'k',
  ŋ: 'n',
  Ŋ: 'N',
  ŧ: 't',
  Ŧ: 'T',
  ħ: 'h',
  Ħ: 'H',
  '&': '+',
  _: '-',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '’': "'",
  '‘': "'",
  '‚': "'",
  '`': "'",
  '´': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '„': "'",
  '«': "'",
  '»': "'",
  '[': '(',
  '{': '(',
  '<': '(',
  ']': ')',
  '}': ')',
  '>': ')',
  ';': ',',
  '!': '.',
  '€': 'EUR',
  '@': '(at)',
  '°': 'o',
  '№': 'No',
};

const ALLOWED = new RegExp(SEPA_CHAR);

/**
 * The text converted into the SEPA character set (see above), spaces collapsed and trimmed, cut to
 * `maxLength` characters when given (without leaving a trailing space). May be empty when nothing in the
 * text can be written in Latin letters: the caller decides what that means.
 */
export function toSepaText(input: string, maxLength?: number): string {
  let out = '';
  for (const char of input.normalize('NFC')) {
    const spelled = SPELLED[char];
    if (spelled !== undefined) {
      out += spelled;
      continue;
    }
    // Base letter + combining accents: keep the base letter when it is allowed.
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
    out += base.length > 0 && [...base].every((c) => ALLOWED.test(c)) ? base : ' ';
  }
  out = out.replace(/\s+/g, ' ').trim();
  if (maxLength !== undefined && out.length > maxLength) out = out.slice(0, maxLength).trimEnd();
  return out;
}

/** Whether a text is non-empty and written in the SEPA character set only. */
export function isSepaText(value: string, maxLength = 140): boolean {
  return value.length >= 1 && value.length <= maxLength && SEPA_TEXT.test(value);
}

/** Whether an identifier fits the SEPA rules for references (1 to 35 characters, see above). */
export function isSepaReference(value: string): boolean {
  return value.length >= 1 && value.length <= 35 && SEPA_REFERENCE.test(value);
}
