import { Alert, Button, Card, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LanguageMenu } from '../../components/Layout.tsx';
import { post } from '../../lib/api.ts';
import { useRefreshSession, useSession } from '../../lib/session.ts';

export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const refresh = useRefreshSession();
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  if (!user) return null;

  async function start() {
    setError(null);
    try {
      setSetup(await post<{ secret: string; qrSvg: string }>('/auth/totp/setup'));
    } catch (e) {
      setError(e);
    }
  }
  async function confirm() {
    setError(null);
    try {
      await post('/auth/totp/enable', { code });
      setSetup(null);
      await refresh();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Stack maw={640}>
      <Title order={2}>{t('account.title')}</Title>
      <Card withBorder>
        <Group justify="space-between">
          <div>
            <Text fw={600}>{user.displayName}</Text>
            <Text size="sm" c="dimmed">
              {user.email}
            </Text>
          </div>
          <Group gap="xs">
            <Text size="sm">{t('account.language')}</Text>
            <LanguageMenu />
          </Group>
        </Group>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('account.twofaTitle')}
        </Title>
        {user.mustEnrolTotp && (
          <Alert color="orange" mb="sm">
            {t('account.twofaRequired')}
          </Alert>
        )}
        <ErrorAlert error={error} />
        {user.totpEnabled ? (
          <Text>{t('account.twofaOn')}</Text>
        ) : setup ? (
          <Stack>
            <Text size="sm">{t('account.twofaScan')}</Text>
            <div style={{ width: 180 }} dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
            <Code>{setup.secret}</Code>
            <Group align="flex-end">
              <TextInput
                label={t('account.twofaCode')}
                inputMode="numeric"
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Button onClick={confirm}>{t('account.twofaConfirm')}</Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="space-between">
            <Text size="sm">{t('account.twofaOff')}</Text>
            <Button onClick={start}>{t('account.twofaStart')}</Button>
          </Group>
        )}
      </Card>
    </Stack>
  );
}
