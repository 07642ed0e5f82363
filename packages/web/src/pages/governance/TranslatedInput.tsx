import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { Translated } from './types.ts';

const LANGS = ['fr', 'nl', 'en', 'de'] as const;

export const emptyTranslated = (): Translated => ({ fr: '', nl: '', en: '', de: '' });

/** A text in the four languages: one field per language, side by side. */
export function TranslatedInput({
  label,
  value,
  onChange,
  multiline,
  testId,
}: {
  label: string;
  value: Translated;
  onChange: (value: Translated) => void;
  multiline?: boolean;
  testId?: string;
}) {
  const Field = multiline ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {LANGS.map((lang) => (
        <Field
          key={lang}
          label={`${label} (${lang.toUpperCase()})`}
          value={value[lang]}
          onChange={(e) => onChange({ ...value, [lang]: e.currentTarget.value })}
          data-testid={testId ? `${testId}-${lang}` : undefined}
          required
        />
      ))}
    </SimpleGrid>
  );
}
