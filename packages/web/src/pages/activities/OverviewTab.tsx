import { Alert, Card, Flex, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api.ts';
import { date, money } from '../../lib/format.ts';
import {
  ApprovalButtons,
  DecisionButtons,
  Figure,
  monthLabel,
  useAllRows,
  useRefreshActivity,
  type ApprovalSubject,
} from './shared.tsx';
import type { Dashboard, FinancingRow } from './types.ts';

/** Income and spending of the last 12 months, two bars a month (plain SVG). */
function MonthsChart({ months }: { months: Dashboard['months'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const phone = useMediaQuery('(max-width: 36em)');
  const max = Math.max(0, ...months.flatMap((m) => [m.incomeCents, m.spendingCents]));
  // Narrower drawing on a phone, so that the month names stay readable once scaled down.
  const W = phone ? 360 : 720;
  const H = phone ? 180 : 200;
  const top = 12;
  const bottom = 28;
  const left = 8;
  const slot = (W - left * 2) / Math.max(1, months.length);
  const bar = Math.min(22, slot / 3);
  const scale = (cents: number) => (max > 0 ? ((H - top - bottom) * cents) / max : 0);
  const empty = months.every((m) => m.incomeCents === 0 && m.spendingCents === 0);
  return (
    <Card withBorder data-testid="months-chart">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={4}>{t('activities.overview.chartTitle')}</Title>
        <Group gap="md">
          <Group gap={6}>
            <div
              style={{ width: 12, height: 12, borderRadius: 3, background: 'var(--mantine-color-teal-6)' }}
            />
            <Text size="sm">{t('activities.overview.income')}</Text>
          </Group>
          <Group gap={6}>
            <div
              style={{ width: 12, height: 12, borderRadius: 3, background: 'var(--mantine-color-orange-5)' }}
            />
            <Text size="sm">{t('activities.overview.spending')}</Text>
          </Group>
        </Group>
      </Group>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('activities.overview.chartEmpty')}
        </Text>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${W} ${H}`}
            width="100%"
            role="img"
            aria-label={t('activities.overview.chartTitle')}
            style={{ display: 'block' }}
          >
            <line
              x1={left}
              x2={W - left}
              y1={H - bottom}
              y2={H - bottom}
              stroke="var(--mantine-color-gray-4)"
            />
            {months.map((m, i) => {
              const x = left + i * slot + slot / 2;
              const income = scale(m.incomeCents);
              const spending = scale(m.spendingCents);
              return (
                <g key={m.month} data-month={m.month}>
                  <rect
                    x={x - bar - 1}
                    y={H - bottom - income}
                    width={bar}
                    height={income}
                    rx={2}
                    fill="var(--mantine-color-teal-6)"
                  >
                    <title>{`${monthLabel(m.month, lang)} · ${t('activities.overview.income')}: ${money(m.incomeCents, lang)}`}</title>
                  </rect>
                  <rect
                    x={x + 1}
                    y={H - bottom - spending}
                    width={bar}
                    height={spending}
                    rx={2}
                    fill="var(--mantine-color-orange-5)"
                  >
                    <title>{`${monthLabel(m.month, lang)} · ${t('activities.overview.spending')}: ${money(m.spendingCents, lang)}`}</title>
                  </rect>
                  <text
                    x={x}
                    y={H - 10}
                    textAnchor="middle"
                    fontSize={phone ? 10 : 12}
                    fill="var(--mantine-color-gray-7)"
                  >
                    {monthLabel(m.month, lang, 'short').replace('.', '')}
                  </text>
                </g>
              );
            })}
          </svg>
          <Text size="xs" c="dimmed" mt={4}>
            {t('activities.overview.chartScale', { max: money(max, lang) })}
          </Text>
        </>
      )}
    </Card>
  );
}

/** What the budget is made of: invoiced → received → available; committed → free; projection. */
function BudgetCards({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const b = data.budget;
  const c = b.committed;
  const committedParts = [
    { key: 'salaries', cents: c.salariesCents },
    { key: 'expenses', cents: c.expensesCents },
    { key: 'purchases', cents: c.purchasesCents },
    { key: 'instalments', cents: c.loanInstalmentsCents },
  ];
  return (
    <Stack gap="sm" data-testid="budget">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <Figure
          label={t('activities.budget.invoiced')}
          cents={b.invoicedExclVatCents}
          testId="budget-invoiced"
          hint={t('activities.budget.invoicedHint', {
            fee: money(b.feeCents, lang),
            credited: money(b.creditedCents, lang),
          })}
        />
        <Figure
          label={t('activities.budget.received')}
          cents={b.receivedCents}
          testId="budget-received"
          hint={t('activities.budget.receivedHint', { unpaid: money(b.issuedNotPaidCents, lang) })}
        />
        <Figure
          label={t('activities.budget.available')}
          cents={b.availableCents}
          testId="budget-available"
          strong
          color={b.availableCents < 0 ? 'red.7' : undefined}
          hint={t('activities.budget.availableHint', {
            received: money(b.receivedCents, lang),
            otherIn: money(b.otherInCents, lang),
            spent: money(b.spentCents, lang),
          })}
        />
        <Figure
          label={t('activities.budget.committed')}
          cents={b.committedCents}
          testId="budget-committed"
          hint={t('activities.budget.committedHint')}
        >
          {b.committedCents > 0 && (
            <Stack gap={0} mt={4}>
              {committedParts
                .filter((p) => p.cents !== 0)
                .map((p) => (
                  <Group key={p.key} justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="xs">{t(`activities.budget.committedParts.${p.key}`)}</Text>
                    <Text size="xs" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {money(p.cents, lang)}
                    </Text>
                  </Group>
                ))}
            </Stack>
          )}
        </Figure>
        <Figure
          label={t('activities.budget.free')}
          cents={b.freeCents}
          testId="budget-free"
          strong
          color={b.freeCents < 0 ? 'red.7' : 'green.8'}
          hint={
            b.advanceLimitCents > 0
              ? t('activities.budget.freeHintAdvance', { advance: money(b.advanceLimitCents, lang) })
              : t('activities.budget.freeHint')
          }
        />
        <Figure
          label={t('activities.budget.projected')}
          cents={b.projectedCents}
          testId="budget-projected"
          hint={t('activities.budget.projectedHint', {
            available: money(b.availableCents, lang),
            unpaid: money(b.issuedNotPaidCents, lang),
            committed: money(b.committedCents, lang),
          })}
        />
      </SimpleGrid>
      <Flex wrap="wrap" rowGap={4} columnGap="xl">
        <Text size="sm">
          {t('activities.budget.spent')}{' '}
          <strong data-testid="budget-spent">{money(b.spentCents, lang)}</strong>
        </Text>
        <Text size="sm">
          {t('activities.budget.fee')} <strong data-testid="budget-fee">{money(b.feeCents, lang)}</strong>
        </Text>
        {b.otherInCents !== 0 && (
          <Text size="sm">
            {t('activities.budget.otherIn')} <strong>{money(b.otherInCents, lang)}</strong>
          </Text>
        )}
        <Text size="sm" data-testid="budget-carried-over">
          {b.carriedOverCents === null
            ? t('activities.budget.noCarryOver', { year: b.year - 1 })
            : t('activities.budget.carriedOver', {
                year: b.year - 1,
                amount: money(b.carriedOverCents, lang),
              })}
        </Text>
      </Flex>
    </Stack>
  );
}

interface Waiting {
  key: string;
  subjectType: ApprovalSubject | 'financing';
  id: string;
  reference: string;
  who: string;
  what: string;
  amountCents: number;
  date: string;
}

/** The requests whose waiting step the reader decides. */
function WaitingForMe({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const refresh = useRefreshActivity(id);
  const financings = useAllRows<FinancingRow>(id, 'financings', data.lists.financings);
  // The server says which requests wait for this reader's step (`waiting` of the dashboard).
  const rows: Waiting[] = [
    ...data.waiting.map((w) => ({
      key: `${w.subjectType}:${w.id}`,
      subjectType: w.subjectType,
      id: w.id,
      reference: w.reference,
      who: w.personName,
      what: t(`activities.subject.${w.subjectType}`),
      amountCents: w.amountCents,
      date: w.submittedOn,
    })),
    ...(data.me.can.decideStaffSteps
      ? financings
          .filter((f) => f.status === 'requested')
          .map((f) => ({
            key: `f${f.id}`,
            subjectType: 'financing' as const,
            id: f.id,
            reference: f.reference,
            who: data.activity.name,
            what: f.kindLabel,
            amountCents: f.principalCents,
            date: f.firstDueDate,
          }))
      : []),
  ];
  if (rows.length === 0) return null;
  return (
    <Card withBorder data-testid="waiting-for-me" bg="var(--mantine-color-yellow-0)">
      <Title order={4} mb="xs">
        {t('activities.overview.waitingTitle', { count: rows.length })}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key} data-testid="waiting-row" data-reference={r.reference}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {r.what}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {r.reference}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.who}</Text>
                  <Text size="xs" c="dimmed">
                    {date(r.date, lang)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {money(r.amountCents, lang)}
                </Table.Td>
                <Table.Td>
                  {r.subjectType === 'financing' ? (
                    <DecisionButtons
                      approveLabel={t('activities.financing.grant')}
                      onDecide={async (decision, reason) => {
                        await post(`/activities/${id}/financings/${r.id}/decision`, {
                          decision: decision === 'approve' ? 'grant' : 'refuse',
                          ...(reason ? { reason } : {}),
                        });
                        await refresh();
                      }}
                    />
                  ) : (
                    <ApprovalButtons activityId={id} subjectType={r.subjectType} subjectId={r.id} />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** An opening request: the member waits; an adviser or an administrator decides. */
function OpeningRequest({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const refresh = useRefreshActivity(data.activity.id);
  return (
    <Alert color="yellow" title={t('activities.overview.requestedTitle')} data-testid="opening-request">
      <Stack gap="sm">
        <Text size="sm">{data.activity.description}</Text>
        <Text size="sm">
          {data.me.can.decideStaffSteps
            ? t('activities.overview.requestedStaff')
            : t('activities.overview.requested')}
        </Text>
        {data.me.can.decideStaffSteps && (
          <DecisionButtons
            testId="opening-decision"
            approveLabel={t('activities.overview.approveOpening')}
            refuseLabel={t('activities.overview.refuseOpening')}
            onDecide={async (decision, reason) => {
              await post(`/activities/${data.activity.id}/decision`, {
                decision,
                ...(reason ? { reason } : {}),
              });
              await refresh();
            }}
          />
        )}
      </Stack>
    </Alert>
  );
}

/** The Activity at a glance: its budget, its last 12 months, its alerts and what waits for the reader. */
export function OverviewTab({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const status = data.activity.status;
  return (
    <Stack data-testid="overview">
      {status === 'requested' && <OpeningRequest data={data} />}
      {status === 'refused' && (
        <Alert color="red" title={t('activities.overview.refusedTitle')} data-testid="opening-refused">
          {data.activity.refusalReason}
        </Alert>
      )}
      {data.alerts.map((a, i) => (
        <Alert
          key={`${a.code}-${i}`}
          color={a.severity === 'critical' ? 'red' : 'orange'}
          variant="light"
          data-testid="activity-alert"
          data-code={a.code}
        >
          {a.message}
        </Alert>
      ))}
      {(status === 'active' || status === 'closed') && (
        <>
          <WaitingForMe data={data} />
          <BudgetCards data={data} />
          <Text size="xs" c="dimmed">
            {t('activities.budget.explain')}
          </Text>
          <MonthsChart months={data.months} />
        </>
      )}
    </Stack>
  );
}
