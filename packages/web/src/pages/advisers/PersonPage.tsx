import {
  Anchor,
  Badge,
  Button,
  Card,
  Chip,
  Grid,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  ThemeIcon,
  Timeline,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LANGUAGE_NAMES, type Language } from '../../i18n/index.ts';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { date, dateTime, todayIso } from '../../lib/format.ts';
import { NOTE_COLORS, NoteIcon } from './NoteIcon.tsx';
import { NOTE_KINDS, type Activity, type NoteKind, type Relation } from './types.ts';

const STATUS_COLORS: Record<string, string> = {
  requested: 'yellow',
  active: 'teal',
  refused: 'red',
  closed: 'gray',
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </div>
  );
}

export function ActivityStatusBadge({ activity }: { activity: Activity }) {
  return (
    <Badge
      size="sm"
      variant="light"
      color={STATUS_COLORS[activity.status] ?? 'gray'}
      data-status={activity.status}
    >
      {activity.statusLabel}
    </Badge>
  );
}

/** The form of a new note: kind, date (today by default, never in the future), optional Activity, text. */
function NoteForm({ personId, activities }: { personId: string; activities: Activity[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayIso();
  const [kind, setKind] = useState<NoteKind>('meeting');
  const [metOn, setMetOn] = useState(today);
  const [activityId, setActivityId] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);

  async function save() {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await post(
        `/people/${personId}/notes`,
        { kind, metOn, body, ...(activityId ? { activityId } : {}) },
        key.current,
      );
      key.current = crypto.randomUUID();
      setBody('');
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['advisers'] });
    } catch (e) {
      setError(e);
      key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <Title order={3} size="h4">
        {t('advisers.note.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('advisers.note.help')}
      </Text>
      <Stack gap="sm">
        {error && Object.keys(errors).length === 0 ? <ErrorAlert error={error} /> : null}
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('advisers.note.kind')}
          </Text>
          <Chip.Group multiple={false} value={kind} onChange={(v) => setKind(v as NoteKind)}>
            <Group gap="xs" role="radiogroup" aria-label={t('advisers.note.kind')}>
              {NOTE_KINDS.map((k) => (
                <Chip key={k} value={k} color={NOTE_COLORS[k]} variant="light" data-testid={`note-kind-${k}`}>
                  <Group gap={6} wrap="nowrap" component="span">
                    <NoteIcon kind={k} />
                    {t(`advisers.note.kinds.${k}`)}
                  </Group>
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {errors.kind && (
            <Text size="xs" c="red">
              {errors.kind}
            </Text>
          )}
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('advisers.note.metOn')}
            required
            max={today}
            value={metOn}
            onChange={(e) => setMetOn(e.currentTarget.value)}
            error={errors.metOn}
            name="metOn"
          />
          <Select
            label={t('advisers.note.activity')}
            placeholder={t('advisers.note.noActivity')}
            clearable
            value={activityId}
            onChange={setActivityId}
            data={activities.map((a) => ({ value: a.id, label: `${a.name} (${a.reference})` }))}
            error={errors.activityId}
            disabled={activities.length === 0}
            data-testid="note-activity"
          />
        </SimpleGrid>
        <Textarea
          label={t('advisers.note.body')}
          placeholder={t('advisers.note.bodyPlaceholder')}
          required
          autosize
          minRows={4}
          maxLength={5000}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setSaved(false);
          }}
          error={errors.body}
          name="body"
        />
        <Group justify="space-between">
          <div>
            {saved && (
              <Text size="sm" c="teal.7" data-testid="note-saved">
                {t('advisers.note.saved')}
              </Text>
            )}
          </div>
          <Button onClick={save} loading={busy} data-testid="note-save">
            {t('advisers.note.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** A member's relation with the cooperative as the adviser sees it: who, their Activities, the notes. */
export function PersonPage() {
  const { personId } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const relation = useQuery({
    queryKey: ['advisers', 'relation', personId, lang],
    queryFn: () => get<Relation>(`/people/${personId}/relation`),
  });
  const r = relation.data;
  const back = (
    <Anchor component={Link} to="/staff/portfolio" size="sm">
      ← {t('advisers.person.back')}
    </Anchor>
  );
  if (!r)
    return (
      <Stack>
        {back}
        <ErrorAlert error={relation.error} />
      </Stack>
    );
  const { person } = r;

  return (
    <Stack maw={1200}>
      {back}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="person-name">
            {person.name}
          </Title>
          <Text c="dimmed" size="sm" style={{ wordBreak: 'break-all' }}>
            {person.email}
          </Text>
        </div>
        <Badge size="lg" variant="light" color={person.memberStatus === 'member' ? 'teal' : 'gray'}>
          {person.memberStatus
            ? t(`membership.statusValue.${person.memberStatus}`, { defaultValue: person.memberStatus })
            : t('advisers.person.notMember')}
        </Badge>
      </Group>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Card withBorder>
              <Title order={3} size="h4" mb="sm">
                {t('advisers.person.identity')}
              </Title>
              <Stack gap="xs">
                <Group grow>
                  <Fact label={t('advisers.person.memberNumber')}>{person.memberNumber ?? '–'}</Fact>
                  <Fact label={t('advisers.person.admittedOn')}>{date(person.admittedOn, lang)}</Fact>
                </Group>
                <Fact label={t('advisers.person.language')}>
                  {LANGUAGE_NAMES[person.language as Language] ?? person.language}
                </Fact>
                <Fact label={t('advisers.person.adviser')}>
                  {person.adviserName ?? (
                    <Text span c="dimmed" size="sm">
                      {t('advisers.person.noAdviser')}
                    </Text>
                  )}
                </Fact>
              </Stack>
            </Card>
            <Card withBorder>
              <Title order={3} size="h4" mb="sm">
                {t('advisers.person.activities')}
              </Title>
              {r.activities.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('advisers.person.noActivity')}
                </Text>
              ) : (
                <Stack gap="xs" data-testid="person-activities">
                  {r.activities.map((a) => (
                    <div key={a.id}>
                      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                        <Anchor component={Link} to={`/activities/${a.id}`} size="sm" fw={600}>
                          {a.name}
                        </Anchor>
                        <ActivityStatusBadge activity={a} />
                      </Group>
                      <Text size="xs" c="dimmed">
                        <Text span ff="monospace" size="xs">
                          {a.reference}
                        </Text>{' '}
                        · {a.jobFamilyLabel}
                      </Text>
                    </div>
                  ))}
                </Stack>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <NoteForm personId={person.personId} activities={r.activities} />
            <Card withBorder>
              <Title order={3} size="h4" mb="md">
                {t('advisers.person.timeline')}
              </Title>
              {r.notes.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('advisers.person.noNote')}
                </Text>
              ) : (
                <Timeline bulletSize={26} lineWidth={2} data-testid="notes">
                  {r.notes.map((n) => (
                    <Timeline.Item
                      key={n.id}
                      bullet={
                        <ThemeIcon
                          size={26}
                          radius="xl"
                          variant="light"
                          color={NOTE_COLORS[n.kind] ?? 'gray'}
                        >
                          <NoteIcon kind={n.kind} />
                        </ThemeIcon>
                      }
                      data-testid="note"
                      data-kind={n.kind}
                    >
                      <Group gap="xs" wrap="wrap">
                        <Text fw={600} size="sm">
                          {date(n.metOn, lang)}
                        </Text>
                        <Badge size="sm" variant="light" color={NOTE_COLORS[n.kind] ?? 'gray'}>
                          {t(`advisers.note.kinds.${n.kind}`)}
                        </Badge>
                        {n.activityId && n.activityName && (
                          <Text size="xs" c="dimmed">
                            {t('advisers.person.about')}{' '}
                            <Anchor component={Link} to={`/activities/${n.activityId}`} size="xs">
                              {n.activityName}
                            </Anchor>
                          </Text>
                        )}
                      </Group>
                      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }} data-testid="note-body">
                        {n.body}
                      </Text>
                      <Text size="xs" c="dimmed" mt={2} title={dateTime(n.createdAt, lang)}>
                        {t('advisers.person.by', { name: n.authorName })}
                      </Text>
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
