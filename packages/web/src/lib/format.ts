const LOCALES: Record<string, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE', de: 'de-BE' };

export function money(cents: number | null | undefined, lang: string, currency = 'EUR'): string {
  if (cents === null || cents === undefined) return '–';
  // Belgian convention `1.234,56 €` in French, Dutch and German; `€1,234.56` in English.
  return new Intl.NumberFormat(lang === 'en' ? 'en-BE' : 'de-BE', { style: 'currency', currency }).format(
    cents / 100,
  );
}

export function date(iso: string | null | undefined, lang: string): string {
  if (!iso) return '–';
  const d = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(LOCALES[lang] ?? 'fr-BE', {
    dateStyle: 'medium',
    timeZone: 'Europe/Brussels',
  }).format(d);
}

export function dateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(LOCALES[lang] ?? 'fr-BE', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
}

export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
}
