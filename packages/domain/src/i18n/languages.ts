/** The four languages of the interface and of every document sent out. */
export const LANGUAGES = ['fr', 'nl', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A text in each of the four languages. Every catalogue entry must have all four. */
export type Translated = Record<Language, string>;

/** A message catalogue: stable code -> text per language, with `{name}` placeholders. */
export type Catalogue = Record<string, Translated>;

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
