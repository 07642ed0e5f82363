import { Alert, Button, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get } from '../../lib/api.ts';
import { date, dateTime } from '../../lib/format.ts';
import { activityKey } from './shared.tsx';
import type { AdviserNote, Dashboard, HistoryEvent } from './types.ts';

const PAGE = 30;

/** Every decision, document and change of the Activity, newest first; advisers also see their notes. */
export function HistoryTab({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const history = useInfiniteQuery({
    queryKey: [...activityKey(id), 'history', lang],
    queryFn: ({ pageParam }) =>
      get<{ events: HistoryEvent[]; notes: AdviserNote[] }>(
        `/activities/${id}/history?limit=${PAGE}${pageParam ? `&before=${pageParam}` : ''}`,
      ),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.events.length === PAGE ? last.events.at(-1)!.id : undefined),
  });
  const events = history.data?.pages.flatMap((p) => p.events) ?? [];
  const notes = history.data?.pages[0]?.notes ?? [];
  return (
    <Stack data-testid="history">
      <ErrorAlert error={history.error} />
      {notes.length > 0 && (
        <Card withBorder bg="var(--mantine-color-yellow-0)" data-testid="adviser-notes">
          <Title order={4} mb="xs">
            {t('activities.history.notes')}
          </Title>
          <Stack gap="xs">
            {notes.map((n) => (
              <div key={n.id}>
                <Text size="xs" c="dimmed">
                  {t(`activities.history.noteKind.${n.kind}`, { defaultValue: n.kind })} ·{' '}
                  {date(n.metOn, lang)} · {n.authorName}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {n.body}
                </Text>
              </div>
            ))}
          </Stack>
        </Card>
      )}
      {history.data && events.length === 0 && <Alert color="gray">{t('activities.history.none')}</Alert>}
      {events.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={-1}>
          {events.map((e) => (
            <Timeline.Item key={e.id} title={e.label} data-testid="history-event" data-action={e.action}>
              {e.message && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  « {e.message} »
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {dateTime(e.at, lang)}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {history.hasNextPage && (
        <Group justify="center">
          <Button
            variant="light"
            loading={history.isFetchingNextPage}
            onClick={() => void history.fetchNextPage()}
            data-testid="history-more"
          >
            {t('activities.history.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
