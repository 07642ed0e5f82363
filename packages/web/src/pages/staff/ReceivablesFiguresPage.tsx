import {
  Anchor,
  Badge,
  Card,
  Group,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get } from '../../lib/api.ts';
import { date, money, todayIso } from '../../lib/format.ts';
import { AGE_BUCKETS, AGE_COLORS, useEntities, type AgeBucket } from './ReceivablesPage.tsx';

interface MonthFigures {
  month: string;
  asOf: string;
  outstanding: Record<AgeBucket, number>;
  outstandingCents: number;
  salesInclVatCents: number;
  dso: number | null;
  reminders: { friendly: number; second: number; formal_notice: number; total: number };
  recovery: { remindedCents: number; recoveredCents: number; rate: number | null; windowClosed: boolean };
}

interface Figures {
  from: string;
  to: string;
  dsoWindowDays: number;
  recoveryWindowDays: number;
  entities: Array<{ entityId: string; name: string; months: MonthFigures[] }>;
}

function shiftMonth(month: string, by: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function monthLabel(month: string, lang: string): string {
  const locale = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE', de: 'de-BE' }[lang] ?? 'fr-BE';
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

function decimal(value: number | null, lang: string, suffix = ''): string {
  if (value === null) return '–';
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-BE' : 'de-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}${suffix}`;
}

/** One bar per month: the amount still owed, split by age, as wide as its share of the period's largest. */
function AgeBar({ m, max, lang }: { m: MonthFigures; max: number; lang: string }) {
  const { t } = useTranslation();
  if (m.outstandingCents === 0 || max === 0) return null;
  const scale = (m.outstandingCents / max) * 100;
  return (
    <Progress.Root size="lg" w={`${Math.max(scale, 4)}%`} miw={24}>
      {AGE_BUCKETS.map((bucket) =>
        m.outstanding[bucket] > 0 ? (
          <Tooltip
            key={bucket}
            label={`${t(`receivables.age.${bucket}`)}: ${money(m.outstanding[bucket], lang)}`}
          >
            <Progress.Section
              value={(m.outstanding[bucket] / m.outstandingCents) * 100}
              color={AGE_COLORS[bucket]}
            />
          </Tooltip>
        ) : null,
      )}
    </Progress.Root>
  );
}

/** Figures for the board: outstanding by age, DSO, reminders, recovery, per entity and per month. */
export function ReceivablesFiguresPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const current = todayIso().slice(0, 7);
  const [entityId, setEntityId] = useState<string | null>(null);
  const [from, setFrom] = useState(shiftMonth(current, -11));
  const [to, setTo] = useState(current);
  const entities = useEntities();
  const params = new URLSearchParams({ from, to });
  if (entityId) params.set('entityId', entityId);
  const figures = useQuery({
    queryKey: ['receivables', 'figures', params.toString()],
    queryFn: () => get<Figures>(`/receivables/figures?${params}`),
    placeholderData: keepPreviousData,
    enabled: /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to),
  });
  const data = figures.data;

  return (
    <Stack>
      <Anchor component={Link} to="/staff/receivables" size="sm">
        ← {t('receivables.case.back')}
      </Anchor>
      <Title order={2}>{t('receivables.figures.title')}</Title>
      <Text c="dimmed" size="sm" maw={820}>
        {t('receivables.figures.intro', {
          dso: data?.dsoWindowDays ?? 90,
          recovery: data?.recoveryWindowDays ?? 30,
        })}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('receivables.figures.entity')}
          placeholder={t('receivables.figures.allEntities')}
          clearable
          value={entityId}
          onChange={setEntityId}
          data={(entities.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
          w={240}
        />
        <TextInput
          type="month"
          label={t('receivables.figures.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          name="from"
        />
        <TextInput
          type="month"
          label={t('receivables.figures.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          name="to"
        />
      </Group>
      <Group gap="md">
        {AGE_BUCKETS.map((bucket) => (
          <Group key={bucket} gap={6}>
            <Badge color={AGE_COLORS[bucket]} size="xs" circle>
              {' '}
            </Badge>
            <Text size="xs">{t(`receivables.age.${bucket}`)}</Text>
          </Group>
        ))}
      </Group>
      <ErrorAlert error={figures.error} />
      {data?.entities.length === 0 && <Text c="dimmed">{t('receivables.figures.none')}</Text>}
      {data?.entities.map((entity) => {
        const max = Math.max(...entity.months.map((m) => m.outstandingCents), 0);
        return (
          <Card withBorder key={entity.entityId} data-testid="figures-entity" data-entity={entity.entityId}>
            <Title order={4} mb="sm">
              {entity.name}
            </Title>
            <Table.ScrollContainer minWidth={1100}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('receivables.figures.month')}</Table.Th>
                    <Table.Th ta="right">{t('receivables.figures.outstanding')}</Table.Th>
                    <Table.Th w={220}>{t('receivables.figures.byAge')}</Table.Th>
                    {AGE_BUCKETS.map((bucket) => (
                      <Table.Th key={bucket} ta="right">
                        {t(`receivables.age.${bucket}`)}
                      </Table.Th>
                    ))}
                    <Table.Th ta="right">{t('receivables.figures.dso')}</Table.Th>
                    <Table.Th ta="right">{t('receivables.figures.reminders')}</Table.Th>
                    <Table.Th ta="right">{t('receivables.figures.recovery')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entity.months.map((m) => (
                    <Table.Tr key={m.month} data-testid="figures-month" data-month={m.month}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {monthLabel(m.month, lang)}
                        {m.month === current && (
                          <Text size="xs" c="dimmed">
                            {t('receivables.figures.asOf', { date: date(m.asOf, lang) })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {money(m.outstandingCents, lang)}
                      </Table.Td>
                      <Table.Td>
                        <AgeBar m={m} max={max} lang={lang} />
                      </Table.Td>
                      {AGE_BUCKETS.map((bucket) => (
                        <Table.Td key={bucket} ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {m.outstanding[bucket] ? money(m.outstanding[bucket], lang) : '–'}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right">{decimal(m.dso, lang)}</Table.Td>
                      <Table.Td ta="right">
                        <Tooltip
                          label={t('receivables.figures.remindersDetail', {
                            friendly: m.reminders.friendly,
                            second: m.reminders.second,
                            formal: m.reminders.formal_notice,
                          })}
                        >
                          <span>{m.reminders.total}</span>
                        </Tooltip>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {m.recovery.rate === null ? (
                          '–'
                        ) : (
                          <Tooltip
                            label={t('receivables.figures.recoveryDetail', {
                              recovered: money(m.recovery.recoveredCents, lang),
                              reminded: money(m.recovery.remindedCents, lang),
                            })}
                          >
                            <span>
                              {decimal(m.recovery.rate, lang, ' %')}
                              {!m.recovery.windowClosed && (
                                <Text span size="xs" c="dimmed">
                                  {' '}
                                  ({t('receivables.figures.windowOpen')})
                                </Text>
                              )}
                            </span>
                          </Tooltip>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        );
      })}
    </Stack>
  );
}
