import {
  Anchor,
  Button,
  Container,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { switchLanguage, type Language } from '../../i18n/index.ts';
import { ApiError, get, post, setCsrfToken } from '../../lib/api.ts';
import { useRefreshSession, type Me } from '../../lib/session.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await post<{ csrfToken: string }>('/auth/login', {
        email,
        password,
        ...(totp ? { totp } : {}),
      });
      setCsrfToken(result.csrfToken);
      const me = await get<{ user: Me }>('/auth/me');
      if (me.user) switchLanguage(me.user.language as Language);
      await refresh();
      navigate(me.user?.mustEnrolTotp ? '/account' : me.user?.isStaff ? '/staff/requests' : '/membership');
    } catch (e) {
      if (e instanceof ApiError && e.code === 'auth.totp_required') setNeedTotp(true);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size={420} py="xl">
      <Title order={2} mb="md">
        {t('login.title')}
      </Title>
      <Paper withBorder p="lg" component="form" onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            name="email"
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            name="password"
          />
          {needTotp && (
            <TextInput
              label={t('login.totp')}
              inputMode="numeric"
              autoComplete="one-time-code"
              value={totp}
              onChange={(e) => setTotp(e.currentTarget.value)}
              name="totp"
              autoFocus
            />
          )}
          <Button type="submit" loading={busy}>
            {t('login.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('login.forgot')}
          </Anchor>
          <Text size="sm">
            {t('login.noAccount')}{' '}
            <Anchor component={Link} to="/join">
              {t('common.join')}
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </Container>
  );
}
