import type { Language } from '../i18n/languages.ts';

const LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE', de: 'de-BE' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/**
 * Formats integer cents as money in Belgian conventions: `1.234,56 €` in French, Dutch and German
 * (ICU would write a narrow space in fr-BE and put the sign first in nl-BE), `€1,234.56` in English.
 */
export function formatMoney(cents: number, language: Language, currency = 'EUR'): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-BE' : 'de-BE', { style: 'currency', currency }).format(
    cents / 100,
  );
}

/** Formats an ISO date (YYYY-MM-DD) as a long date in the language, without time-zone shifts. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}
