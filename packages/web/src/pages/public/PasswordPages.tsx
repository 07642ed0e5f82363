import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get, post } from '../../lib/api.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await get('/auth/me');
      await post('/auth/password-reset', { email });
      setSent(true);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Container size={460} py="xl">
      <Title order={2} mb="md">
        {t('forgot.title')}
      </Title>
      <Paper withBorder p="lg" component="form" onSubmit={submit}>
        <Stack>
          <Text size="sm">{t('forgot.intro')}</Text>
          <ErrorAlert error={error} />
          {sent ? (
            <Alert color="green">{t('forgot.sent')}</Alert>
          ) : (
            <>
              <TextInput
                label={t('login.email')}
                type="email"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
              <Button type="submit">{t('forgot.submit')}</Button>
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await post('/auth/password-reset/confirm', { token: params.get('token') ?? '', password });
      setDone(true);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Container size={460} py="xl">
      <Title order={2} mb="md">
        {t('reset.title')}
      </Title>
      <Paper withBorder p="lg" component="form" onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          {done ? (
            <Alert color="green">{t('reset.done')}</Alert>
          ) : (
            <>
              <PasswordInput
                label={t('reset.password')}
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoComplete="new-password"
              />
              <Button type="submit">{t('reset.submit')}</Button>
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
