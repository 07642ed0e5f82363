import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { date } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';
import { fields, FormError, Status, useActivityOptions, useContractOptions } from './shared.tsx';
import type { Activity } from './types.ts';

function ActivityCard({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="activity-card" data-reference={activity.reference}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={`/activities/${activity.id}`}
            fw={600}
            size="lg"
            data-testid="activity-link"
          >
            {activity.name}
          </Anchor>
          <Text size="sm" ff="monospace" c="dimmed">
            {activity.reference}
          </Text>
        </div>
        <Status value={activity.status} label={activity.statusLabel} />
      </Group>
      <Text size="sm" mt="xs" lineClamp={2}>
        {activity.description}
      </Text>
      <Stack gap={2} mt="xs">
        <Text size="xs" c="dimmed">
          {activity.jobFamilyLabel} · {activity.entityName}
        </Text>
        <Text size="xs" c="dimmed">
          {activity.adviserName
            ? t('activities.list.adviser', { name: activity.adviserName })
            : t('activities.list.noAdviser')}
        </Text>
        {activity.openedBy && (
          <Text size="xs" c="dimmed">
            {t('activities.list.openedBy', {
              name: activity.openedBy,
              date: date(activity.requestedAt, i18n.language),
            })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** "Open an Activity": what the member asks an adviser to approve. */
function OpenActivityForm({ onDone }: { onDone: (reference: string) => void }) {
  const { t } = useTranslation();
  const options = useActivityOptions();
  const contractOptions = useContractOptions();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ name: '', description: '', jobFamily: '', entity: '' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const entities = options.data?.entities ?? [];
  // The general entity of the Contract tool first (the trainers' entity is for training only).
  const preferred = contractOptions.data?.defaults.entity;
  const entity = form.entity || entities.find((e) => e.id === preferred)?.id || entities[0]?.id || '';

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const created = await post<{ id: string; reference: string }>('/activities', { ...form, entity });
      await queryClient.invalidateQueries({ queryKey: ['activities'] });
      setForm({ name: '', description: '', jobFamily: '', entity: '' });
      onDone(created.reference);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg" data-testid="open-activity">
      <Title order={3}>{t('activities.open.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('activities.open.intro')}
      </Text>
      <ErrorAlert error={options.error} />
      <FormError error={error} placed={fields('name', 'description', 'jobFamily', 'entity')} />
      <Stack>
        <TextInput
          label={t('activities.open.name')}
          description={t('activities.open.nameHelp')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
          error={errors.name}
          maxLength={120}
          required
          name="activity-name"
        />
        <Textarea
          label={t('activities.open.description')}
          description={t('activities.open.descriptionHelp')}
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
          error={errors.description}
          maxLength={2000}
          autosize
          minRows={3}
          required
          name="activity-description"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('activities.open.jobFamily')}
            placeholder={t('activities.common.choose')}
            data={(options.data?.jobFamilies ?? []).map((f) => ({ value: f.code, label: f.label }))}
            value={form.jobFamily || null}
            onChange={(v) => setForm({ ...form, jobFamily: v ?? '' })}
            error={errors.jobFamily}
            searchable
            required
            data-testid="activity-job-family"
          />
          <Select
            label={t('activities.open.entity')}
            data={entities.map((e) => ({ value: e.id, label: e.name }))}
            value={entity || null}
            onChange={(v) => v && setForm({ ...form, entity: v })}
            allowDeselect={false}
            error={errors.entity}
            name="activity-entity"
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={busy} data-testid="open-activity-submit">
            {t('activities.open.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Staff: every Activity of the cooperative, searched by reference, name or member. */
function AllActivities() {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [query] = useDebouncedValue(q.trim(), 250);
  const list = useQuery({
    queryKey: ['activities', 'all', query, status, i18n.language],
    queryFn: () =>
      get<Activity[]>(
        `/activities?scope=all&q=${encodeURIComponent(query)}${status ? `&status=${status}` : ''}&limit=60`,
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={3}>{t('activities.list.allTitle')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('activities.list.search')}
          placeholder={t('activities.list.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          name="activity-search"
        />
        <Select
          label={t('activities.list.status')}
          placeholder={t('activities.list.anyStatus')}
          data={(['requested', 'active', 'refused', 'closed'] as const).map((s) => ({
            value: s,
            label: t(`activities.status.${s}`),
          }))}
          value={status}
          onChange={setStatus}
          clearable
        />
      </SimpleGrid>
      <ErrorAlert error={list.error} />
      {list.data?.length === 0 && <Text c="dimmed">{t('activities.list.noneFound')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="all-activities">
        {(list.data ?? []).map((a) => (
          <ActivityCard key={a.id} activity={a} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** My Activities, the form to open one and, for advisers and administrators, every Activity. */
export function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [opened, setOpened] = useState<string | null>(null);
  const [showForm, setShowForm] = useState(false);
  const mine = useQuery({
    queryKey: ['activities', 'mine', i18n.language],
    queryFn: () => get<Activity[]>('/activities'),
  });
  const staff = hasRole(user, 'adviser', 'admin');
  const member = hasRole(user, 'member');

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('activities.list.title')}</Title>
        {member && !showForm && (
          <Button
            onClick={() => {
              setShowForm(true);
              setOpened(null);
            }}
            data-testid="open-activity-button"
          >
            {t('activities.open.button')}
          </Button>
        )}
      </Group>
      <Text c="dimmed">{t('activities.list.intro')}</Text>
      {opened && (
        <Alert color="green" title={t('activities.open.sentTitle')} data-testid="open-activity-sent">
          {t('activities.open.sent', { reference: opened })}
        </Alert>
      )}
      {showForm && (
        <OpenActivityForm
          onDone={(reference) => {
            setOpened(reference);
            setShowForm(false);
          }}
        />
      )}
      <ErrorAlert error={mine.error} />
      {mine.data && mine.data.length === 0 && member && (
        <Card withBorder>
          <Text>{t('activities.list.none')}</Text>
        </Card>
      )}
      {mine.data && mine.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="my-activities">
          {mine.data.map((a) => (
            <ActivityCard key={a.id} activity={a} />
          ))}
        </SimpleGrid>
      )}
      {staff && <AllActivities />}
    </Stack>
  );
}
