import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.ts';

/** Shows an API error: its title in the user's language and, if any, the wrong fields. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const title = error instanceof ApiError ? error.title : t('common.errorTitle');
  const fields = error instanceof ApiError ? error.errors : [];
  return (
    <Alert color="red" title={title} role="alert" data-testid="error">
      {fields.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {fields.map((f) => (
            <li key={f.field + f.code}>
              <strong>{f.field}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
