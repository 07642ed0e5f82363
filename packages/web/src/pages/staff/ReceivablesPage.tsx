import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get, post } from '../../lib/api.ts';
import { date, money, todayIso } from '../../lib/format.ts';

export const CASE_STATUSES = [
  'open',
  'promise',
  'payment_plan',
  'disputed',
  'legal',
  'written_off',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type StepKind = 'friendly' | 'second' | 'formal_notice' | 'handover';
export const AGE_BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'over_90'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export interface QueueItem {
  invoiceId: string;
  entityId: string;
  number: string;
  clientName: string;
  clientKind: 'company' | 'person' | 'public_body';
  workerName: string | null;
  issueDate: string;
  dueDate: string;
  daysOverdue: number;
  ageBucket: AgeBucket;
  totalInclVatCents: number;
  dueCents: number;
  invoiceStatus: string;
  lastReminder: { step: number; kind: StepKind; sentOn: string } | null;
  remindersSent: number;
  case: {
    status: CaseStatus;
    openedOn: string;
    openedBy: 'handover' | 'staff';
    assignedTo: string | null;
    promisedOn: string | null;
  } | null;
  nextAction: { on: string; kind: StepKind | 'follow_up' } | null;
  reminderPause: string | null;
}

interface RunResult {
  sent: { friendly: number; second: number; formal_notice: number };
  handedOver: number;
}

const STATUS_COLORS: Record<CaseStatus, string> = {
  open: 'blue',
  promise: 'cyan',
  payment_plan: 'teal',
  disputed: 'orange',
  legal: 'red',
  written_off: 'gray',
  closed: 'green',
};

export const AGE_COLORS: Record<AgeBucket, string> = {
  not_due: 'gray.4',
  d1_30: 'yellow.5',
  d31_60: 'orange.5',
  d61_90: 'red.5',
  over_90: 'red.9',
};

export function CaseStatusBadge({ status }: { status: CaseStatus | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status ? STATUS_COLORS[status] : 'gray'}
      variant={status ? 'light' : 'outline'}
      data-status={status ?? 'none'}
    >
      {t(`receivables.status.${status ?? 'none'}`)}
    </Badge>
  );
}

/** The group's entities, for the filters. */
export function useEntities() {
  return useQuery({
    queryKey: ['entities'],
    queryFn: () => get<Array<{ id: string; name: string }>>('/entities'),
    staleTime: 300_000,
  });
}

const PAGE = 100;

/** Client service: the overdue invoices, oldest first, with the reminders and the case of each. */
export function ReceivablesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [entityId, setEntityId] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('all');
  const [age, setAge] = useState<string>('all');
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q.trim(), 250);
  const [offset, setOffset] = useState(0);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<unknown>(null);
  const [ran, setRan] = useState<RunResult | null>(null);
  const entities = useEntities();
  const today = todayIso();
  const params = new URLSearchParams({ status, age, q: query, limit: String(PAGE), offset: String(offset) });
  if (entityId) params.set('entityId', entityId);
  const queue = useQuery({
    queryKey: ['receivables', 'queue', params.toString()],
    queryFn: () => get<{ total: number; items: QueueItem[] }>(`/receivables/queue?${params}`),
    placeholderData: keepPreviousData,
  });

  async function runReminders() {
    setRunning(true);
    setRunError(null);
    try {
      setRan(await post<RunResult>('/receivables/reminders/run', {}));
      await queryClient.invalidateQueries({ queryKey: ['receivables'] });
    } catch (e) {
      setRunError(e);
    } finally {
      setRunning(false);
    }
  }

  const filter = (set: (v: string) => void) => (value: string | null) => {
    set(value ?? 'all');
    setOffset(0);
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('receivables.queue.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('receivables.queue.intro')}
          </Text>
        </div>
        <Group>
          <Button component={Link} to="/staff/receivables/figures" variant="light">
            {t('receivables.queue.figures')}
          </Button>
          <Button onClick={runReminders} loading={running} variant="default" data-testid="run-reminders">
            {t('receivables.queue.run')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={runError} />
      {ran && (
        <Alert color="green" withCloseButton onClose={() => setRan(null)} data-testid="run-result">
          {t('receivables.queue.runDone', {
            friendly: ran.sent.friendly,
            second: ran.sent.second,
            formal: ran.sent.formal_notice,
            handedOver: ran.handedOver,
          })}
        </Alert>
      )}
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('receivables.queue.entity')}
          placeholder={t('receivables.queue.allEntities')}
          clearable
          value={entityId}
          onChange={(v) => {
            setEntityId(v);
            setOffset(0);
          }}
          data={(entities.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
          w={220}
        />
        <Select
          label={t('receivables.queue.status')}
          value={status}
          onChange={filter(setStatus)}
          allowDeselect={false}
          data={[
            { value: 'all', label: t('receivables.queue.allStatuses') },
            { value: 'none', label: t('receivables.status.none') },
            ...CASE_STATUSES.filter((s) => s !== 'closed' && s !== 'written_off').map((s) => ({
              value: s,
              label: t(`receivables.status.${s}`),
            })),
          ]}
          w={200}
          data-testid="status-filter"
        />
        <TextInput
          label={t('common.search')}
          placeholder={t('receivables.queue.search')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setOffset(0);
          }}
          w={280}
          name="q"
        />
      </Group>
      <SegmentedControl
        value={age}
        onChange={filter(setAge)}
        data={['all', 'd1_30', 'd31_60', 'd61_90', 'over_90'].map((a) => ({
          value: a,
          label: t(`receivables.age.${a}`),
        }))}
        style={{ alignSelf: 'flex-start' }}
      />
      <ErrorAlert error={queue.error} />
      <Table.ScrollContainer minWidth={1000}>
        <Table striped highlightOnHover data-testid="receivables-queue">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('receivables.queue.number')}</Table.Th>
              <Table.Th>{t('receivables.queue.client')}</Table.Th>
              <Table.Th>{t('receivables.queue.dueDate')}</Table.Th>
              <Table.Th>{t('receivables.queue.overdue')}</Table.Th>
              <Table.Th ta="right">{t('receivables.queue.amountDue')}</Table.Th>
              <Table.Th>{t('receivables.queue.lastReminder')}</Table.Th>
              <Table.Th>{t('receivables.queue.case')}</Table.Th>
              <Table.Th>{t('receivables.queue.nextAction')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queue.data?.items.map((item) => (
              <Table.Tr key={item.invoiceId} data-testid="queue-row" data-number={item.number}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/staff/receivables/${item.invoiceId}`}
                    size="sm"
                    ff="monospace"
                  >
                    {item.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.clientName}</Text>
                  {item.workerName && (
                    <Text size="xs" c="dimmed">
                      {item.workerName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(item.dueDate, lang)}</Table.Td>
                <Table.Td>
                  <Badge color={AGE_COLORS[item.ageBucket].split('.')[0]} variant="light">
                    {t('receivables.queue.days', { count: item.daysOverdue })}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={500}>
                  {money(item.dueCents, lang)}
                </Table.Td>
                <Table.Td>
                  {item.lastReminder ? (
                    <>
                      <Text size="sm">{t(`receivables.step.${item.lastReminder.kind}`)}</Text>
                      <Text size="xs" c="dimmed">
                        {date(item.lastReminder.sentOn, lang)}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      –
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <CaseStatusBadge status={item.case?.status ?? null} />
                  {item.case?.assignedTo && (
                    <Text size="xs" c="dimmed">
                      {item.case.assignedTo}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.nextAction ? (
                    <>
                      <Text size="sm">{t(`receivables.step.${item.nextAction.kind}`)}</Text>
                      <Text
                        size="xs"
                        c={item.nextAction.on < today ? 'red.7' : 'dimmed'}
                        fw={item.nextAction.on < today ? 600 : undefined}
                      >
                        {date(item.nextAction.on, lang)}
                      </Text>
                    </>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {item.reminderPause ? t(`receivables.pause.${item.reminderPause}`) : '–'}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {queue.data?.items.length === 0 && <Text c="dimmed">{t('common.noData')}</Text>}
      {queue.data && queue.data.total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="queue-total">
            {t('receivables.queue.total', { count: queue.data.total })}
          </Text>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="default"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('receivables.queue.previous')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              disabled={offset + PAGE >= queue.data.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('receivables.queue.next')}
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}
