import { interpolate, type Catalogue, type Language } from './languages.ts';

/**
 * Amounts in messages: a rule gives an amount twice, as a plain decimal (`missing: '1234.56'`) and as
 * cents (`missingCents: 123456`); the text shows the amount in the reader's convention (`1.234,56` in
 * French, Dutch and German, `1,234.56` in English), the currency sign being in the text itself.
 */
function localAmounts(language: Language, params: Record<string, string | number>) {
  const out = { ...params };
  for (const [key, value] of Object.entries(params)) {
    const cents = params[`${key}Cents`];
    if (typeof value === 'string' && typeof cents === 'number' && Number.isSafeInteger(cents)) {
      out[key] = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-BE', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(cents / 100);
    }
  }
  return out;
}

/** Looks a code up in the catalogues, falling back to English, then to the code itself. */
export function createTranslator(catalogues: Catalogue[]) {
  const all: Catalogue = Object.assign({}, ...catalogues);
  return {
    has: (code: string) => code in all,
    t(language: Language, code: string, params?: Record<string, string | number>): string {
      const entry = all[code];
      return interpolate(entry?.[language] ?? entry?.en ?? code, params && localAmounts(language, params));
    },
    catalogue: all,
  };
}
