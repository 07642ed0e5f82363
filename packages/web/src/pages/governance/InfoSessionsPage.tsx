import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get, post } from '../../lib/api.ts';
import { dateTime } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/index.ts';
import { localToIso } from './types.ts';

interface Session {
  id: string;
  office: string;
  language: Language;
  mode: 'online' | 'in_person';
  startsAt: string;
  place: string;
  capacity: number;
  seatsLeft: number;
  waiting: number;
}
interface Registration {
  id: string;
  name: string;
  email: string;
  state: string;
}

function RegisterForm({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({ name: '', email: '' });
  const [state, setState] = useState<'confirmed' | 'waiting' | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function submit() {
    setError(null);
    try {
      const reply = await post<{ state: 'confirmed' | 'waiting' }>(
        `/governance/sessions/${session.id}/registrations`,
        {
          ...form,
          language: i18n.language,
        },
      );
      setState(reply.state);
      await client.invalidateQueries({ queryKey: ['governance', 'sessions'] });
    } catch (e) {
      setError(e);
    }
  }
  if (state)
    return (
      <Alert color={state === 'confirmed' ? 'green' : 'yellow'}>
        {t(`governance.sessions.registered.${state}`)}
      </Alert>
    );
  return (
    <Group align="end">
      <TextInput
        label={t('governance.sessions.name')}
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
      />
      <TextInput
        label={t('governance.sessions.email')}
        type="email"
        value={form.email}
        onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
      />
      <Button onClick={submit}>{t('governance.sessions.register')}</Button>
      <ErrorAlert error={error} />
    </Group>
  );
}

function Registrations({ session }: { session: Session }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['governance', 'sessions', 'registrations', session.id],
    queryFn: () => get<{ registrations: Registration[] }>(`/governance/sessions/${session.id}/registrations`),
  });
  const client = useQueryClient();
  const [attended, setAttended] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await client.invalidateQueries({ queryKey: ['governance', 'sessions'] });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Stack gap="xs" mt="sm">
      <Text fw={600}>{t('governance.sessions.registrations')}</Text>
      <Table>
        <Table.Tbody>
          {query.data?.registrations.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Checkbox
                  checked={attended.includes(r.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setAttended((list) => (on ? [...list, r.id] : list.filter((x) => x !== r.id)));
                  }}
                  disabled={r.state === 'cancelled' || r.state === 'waiting'}
                  aria-label={r.name}
                />
              </Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.email}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`governance.sessions.state.${r.state}`)}</Badge>
              </Table.Td>
              <Table.Td>
                {(r.state === 'confirmed' || r.state === 'waiting') && (
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() =>
                      run(() => post(`/governance/sessions/${session.id}/registrations/${r.id}/cancel`))
                    }
                  >
                    {t('governance.sessions.cancel')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => run(() => post(`/governance/sessions/${session.id}/attendance`, { attended }))}
        >
          {t('governance.sessions.attendance')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
    </Stack>
  );
}

function AdminTools() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({
    office: '',
    language: 'fr',
    mode: 'in_person',
    startsAt: '',
    place: '',
    capacity: 25 as number | string,
  });
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const figures = useQuery({
    queryKey: ['governance', 'sessions', 'figures', year],
    queryFn: () =>
      get<{
        sessions: number;
        participants: number;
        breakdown: Array<{
          office: string;
          language: string;
          mode: string;
          sessions: number;
          participants: number;
        }>;
      }>(`/governance/sessions/figures?year=${year}`),
  });
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await client.invalidateQueries({ queryKey: ['governance', 'sessions'] });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card withBorder>
      <Title order={4}>{t('governance.sessions.schedule')}</Title>
      <Group grow>
        <TextInput
          label={t('governance.sessions.office')}
          value={form.office}
          onChange={(e) => setForm({ ...form, office: e.currentTarget.value })}
        />
        <Select
          label={t('governance.sessions.language')}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={form.language}
          onChange={(v) => setForm({ ...form, language: v ?? 'fr' })}
        />
        <Select
          label={t('governance.sessions.modeLabel')}
          data={(['online', 'in_person'] as const).map((m) => ({
            value: m,
            label: t(`governance.sessions.mode.${m}`),
          }))}
          value={form.mode}
          onChange={(v) => setForm({ ...form, mode: v ?? 'in_person' })}
        />
      </Group>
      <Group grow>
        <TextInput
          type="datetime-local"
          label={t('governance.sessions.startsAt')}
          value={form.startsAt}
          onChange={(e) => setForm({ ...form, startsAt: e.currentTarget.value })}
        />
        <TextInput
          label={t('governance.sessions.place')}
          value={form.place}
          onChange={(e) => setForm({ ...form, place: e.currentTarget.value })}
        />
        <NumberInput
          label={t('governance.sessions.capacity')}
          value={form.capacity}
          onChange={(v) => setForm({ ...form, capacity: v })}
          min={1}
        />
      </Group>
      <Group mt="sm">
        <Button
          onClick={() =>
            run(() =>
              post('/governance/sessions', {
                ...form,
                startsAt: localToIso(form.startsAt),
                capacity: Number(form.capacity),
              }),
            )
          }
        >
          {t('governance.admin.create')}
        </Button>
        <Button
          variant="light"
          onClick={() =>
            run(async () => {
              const r = await post<{ emails: number }>('/governance/sessions/reminders');
              setMessage(t('governance.sessions.remindersSent', { count: r.emails }));
            })
          }
        >
          {t('governance.sessions.reminders')}
        </Button>
      </Group>
      {message && <Text mt="xs">{message}</Text>}
      <ErrorAlert error={error} />
      <Title order={4} mt="md">
        {t('governance.sessions.figures')}
      </Title>
      <NumberInput label={t('governance.sessions.year')} value={year} onChange={setYear} w={120} />
      {figures.data && (
        <Table mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('governance.sessions.office')}</Table.Th>
              <Table.Th>{t('governance.sessions.language')}</Table.Th>
              <Table.Th>{t('governance.sessions.sessionsCount')}</Table.Th>
              <Table.Th>{t('governance.sessions.participants')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.data.breakdown.map((b) => (
              <Table.Tr key={b.office + b.language + b.mode}>
                <Table.Td>
                  {b.office} ({t(`governance.sessions.mode.${b.mode}`)})
                </Table.Td>
                <Table.Td>{b.language.toUpperCase()}</Table.Td>
                <Table.Td>{b.sessions}</Table.Td>
                <Table.Td>{b.participants}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td fw={700}>Σ</Table.Td>
              <Table.Td />
              <Table.Td fw={700}>{figures.data.sessions}</Table.Td>
              <Table.Td fw={700}>{figures.data.participants}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** The calendar of information sessions, public: newcomers register without an account. */
export function InfoSessionsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [language, setLanguage] = useState<string | null>(null);
  const [office, setOffice] = useState('');
  const query = useQuery({
    queryKey: ['governance', 'sessions', language, office],
    queryFn: () => {
      const params = new URLSearchParams();
      if (language) params.set('language', language);
      if (office) params.set('office', office);
      return get<{ sessions: Session[] }>(`/governance/sessions?${params}`);
    },
  });
  const admin = hasRole(user, 'admin');
  return (
    <Stack>
      <Title order={2}>{t('governance.sessions.title')}</Title>
      <Text c="dimmed">{t('governance.sessions.intro')}</Text>
      <Group>
        <Select
          label={t('governance.sessions.language')}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={language}
          onChange={setLanguage}
          clearable
        />
        <TextInput
          label={t('governance.sessions.office')}
          value={office}
          onChange={(e) => setOffice(e.currentTarget.value)}
        />
      </Group>
      <ErrorAlert error={query.error} />
      {query.data?.sessions.length === 0 && <Text>{t('governance.sessions.none')}</Text>}
      {query.data?.sessions.map((s) => (
        <Card withBorder key={s.id} data-testid="info-session">
          <Group justify="space-between">
            <Text fw={600}>
              {dateTime(s.startsAt, i18n.language)} · {s.office} · {LANGUAGE_NAMES[s.language]}
            </Text>
            <Group gap="xs">
              <Badge variant="light">{t(`governance.sessions.mode.${s.mode}`)}</Badge>
              <Badge color={s.seatsLeft > 0 ? 'green' : 'yellow'}>
                {s.seatsLeft > 0
                  ? t('governance.sessions.seats', { count: s.seatsLeft })
                  : t('governance.sessions.full')}
              </Badge>
            </Group>
          </Group>
          <Text size="sm" mb="xs">
            {s.place}
          </Text>
          <RegisterForm session={s} />
          {admin && <Registrations session={s} />}
        </Card>
      ))}
      {admin && <AdminTools />}
    </Stack>
  );
}
