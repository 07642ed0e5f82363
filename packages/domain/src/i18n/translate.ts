import { interpolate, type Catalogue, type Language } from './languages.ts';

/** Looks a code up in the catalogues, falling back to English, then to the code itself. */
export function createTranslator(catalogues: Catalogue[]) {
  const all: Catalogue = Object.assign({}, ...catalogues);
  return {
    has: (code: string) => code in all,
    t(language: Language, code: string, params?: Record<string, string | number>): string {
      const entry = all[code];
      return interpolate(entry?.[language] ?? entry?.en ?? code, params);
    },
    catalogue: all,
  };
}
