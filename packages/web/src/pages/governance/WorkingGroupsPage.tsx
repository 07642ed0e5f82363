import {
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get, post } from '../../lib/api.ts';
import { dateTime } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';
import { localToIso } from './types.ts';

interface Recommendation {
  id: string;
  title: string;
  body: string;
  status: string;
  answer: string | null;
  publishedAt: string;
  history: Array<{ from: string | null; to: string; reason: string | null; at: string }>;
}
interface Group {
  id: string;
  name: string;
  description: string;
  members: number;
  iAmMember: boolean;
  meetings: Array<{ heldAt: string; place: string; notes: string | null }>;
  recommendations: Recommendation[];
}

const NEXT: Record<string, string[]> = {
  published: ['under_examination'],
  under_examination: ['adopted', 'adapted', 'refused'],
  adopted: ['in_progress', 'implemented'],
  adapted: ['in_progress', 'implemented'],
  in_progress: ['implemented'],
};
const STATUS_COLOURS: Record<string, string> = {
  published: 'gray',
  under_examination: 'yellow',
  adopted: 'green',
  adapted: 'teal',
  refused: 'red',
  in_progress: 'blue',
  implemented: 'green',
};

function useRun() {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await client.invalidateQueries({ queryKey: ['governance', 'groups'] });
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  return { error, run };
}

function FollowUp({ rec }: { rec: Recommendation }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { error, run } = useRun();
  const options = (NEXT[rec.status] ?? []).filter((s) =>
    ['under_examination', 'adopted', 'adapted', 'refused'].includes(s)
      ? hasRole(user, 'board')
      : hasRole(user, 'board', 'admin'),
  );
  if (options.length === 0) return null;
  return (
    <Group align="end" mt="xs">
      <Select
        label={t('governance.groups.move')}
        data={options.map((s) => ({ value: s, label: t(`governance.groups.status.${s}`) }))}
        value={to}
        onChange={setTo}
      />
      <TextInput
        label={t('governance.groups.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Button
        disabled={!to}
        onClick={() =>
          run(() =>
            post(`/governance/recommendations/${rec.id}/status`, { to, ...(reason ? { reason } : {}) }),
          )
        }
      >
        {t('common.save')}
      </Button>
      <ErrorAlert error={error} />
    </Group>
  );
}

function GroupCard({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { error, run } = useRun();
  const [meeting, setMeeting] = useState({ heldAt: '', place: '' });
  const [rec, setRec] = useState({ title: '', body: '' });
  const canWrite = group.iAmMember || hasRole(user, 'admin');
  return (
    <Card withBorder data-testid="working-group">
      <Group justify="space-between">
        <Title order={4}>{group.name}</Title>
        <Group gap="xs">
          <Badge variant="light">{t('governance.groups.members', { count: group.members })}</Badge>
          {group.iAmMember ? (
            <Badge color="green">{t('governance.groups.joined')}</Badge>
          ) : (
            user?.roles.includes('member') && (
              <Button size="xs" onClick={() => run(() => post(`/governance/groups/${group.id}/join`))}>
                {t('governance.groups.join')}
              </Button>
            )
          )}
        </Group>
      </Group>
      <Text mb="sm">{group.description}</Text>
      <ErrorAlert error={error} />
      <Title order={5}>{t('governance.groups.meetings')}</Title>
      <List size="sm" mb="sm">
        {group.meetings.map((m) => (
          <List.Item key={m.heldAt + m.place}>
            {dateTime(m.heldAt, i18n.language)} · {m.place}
            {m.notes ? ` – ${m.notes}` : ''}
          </List.Item>
        ))}
      </List>
      {canWrite && (
        <Group align="end" mb="sm">
          <TextInput
            type="datetime-local"
            label={t('governance.groups.meetingAt')}
            value={meeting.heldAt}
            onChange={(e) => setMeeting({ ...meeting, heldAt: e.currentTarget.value })}
          />
          <TextInput
            label={t('governance.groups.meetingPlace')}
            value={meeting.place}
            onChange={(e) => setMeeting({ ...meeting, place: e.currentTarget.value })}
          />
          <Button
            variant="light"
            onClick={() =>
              run(() =>
                post(`/governance/groups/${group.id}/meetings`, {
                  heldAt: localToIso(meeting.heldAt),
                  place: meeting.place,
                }),
              )
            }
          >
            {t('governance.groups.addMeeting')}
          </Button>
        </Group>
      )}
      <Title order={5}>{t('governance.groups.recommendations')}</Title>
      <Stack gap="sm">
        {group.recommendations.map((r) => (
          <Card withBorder key={r.id} data-testid="recommendation">
            <Group justify="space-between">
              <Text fw={600}>{r.title}</Text>
              <Badge color={STATUS_COLOURS[r.status]}>{t(`governance.groups.status.${r.status}`)}</Badge>
            </Group>
            <Text size="sm">{r.body}</Text>
            {r.answer && (
              <Text size="sm" mt="xs">
                <strong>{t('governance.groups.answer')}:</strong> {r.answer}
              </Text>
            )}
            <Timeline mt="sm" bulletSize={12} lineWidth={2} active={r.history.length - 1}>
              {r.history.map((e) => (
                <Timeline.Item key={e.at + e.to} title={t(`governance.groups.status.${e.to}`)}>
                  <Text size="xs" c="dimmed">
                    {dateTime(e.at, i18n.language)}
                    {e.reason ? ` – ${e.reason}` : ''}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
            <FollowUp rec={r} />
          </Card>
        ))}
      </Stack>
      {canWrite && (
        <Stack gap="xs" mt="sm">
          <TextInput
            label={t('governance.groups.recTitle')}
            value={rec.title}
            onChange={(e) => setRec({ ...rec, title: e.currentTarget.value })}
          />
          <Textarea
            label={t('governance.groups.recBody')}
            value={rec.body}
            onChange={(e) => setRec({ ...rec, body: e.currentTarget.value })}
            autosize
            minRows={2}
          />
          <Group>
            <Button
              variant="light"
              onClick={async () => {
                if (await run(() => post(`/governance/groups/${group.id}/recommendations`, rec)))
                  setRec({ title: '', body: '' });
              }}
            >
              {t('governance.groups.publish')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

/** Working groups, their meetings and recommendations, and the board's follow-up, visible to every member. */
export function WorkingGroupsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const query = useQuery({
    queryKey: ['governance', 'groups'],
    queryFn: () => get<{ groups: Group[] }>('/governance/groups'),
  });
  const { error, run } = useRun();
  const [form, setForm] = useState({ name: '', description: '' });
  return (
    <Stack>
      <Title order={2}>{t('governance.groups.title')}</Title>
      <Text c="dimmed">{t('governance.groups.intro')}</Text>
      <ErrorAlert error={query.error} />
      {query.data?.groups.map((g) => (
        <GroupCard key={g.id} group={g} />
      ))}
      {hasRole(user, 'admin') && (
        <Card withBorder>
          <Title order={4}>{t('governance.groups.create')}</Title>
          <TextInput
            label={t('governance.groups.name')}
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
          />
          <Textarea
            label={t('governance.groups.description')}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
          />
          <ErrorAlert error={error} />
          <Group mt="sm">
            <Button onClick={() => run(() => post('/governance/groups', form))}>
              {t('governance.admin.create')}
            </Button>
          </Group>
        </Card>
      )}
    </Stack>
  );
}
