import { Button, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get } from '../../lib/api.ts';
import { money } from '../../lib/format.ts';
import { activityKey } from './shared.tsx';
import type { Dashboard, Statement } from './types.ts';

/** The lines of a statement, in order; `sign` −1 for what left the budget. */
const LINES: Array<{ key: keyof Statement; sign: 1 | -1; always?: boolean }> = [
  { key: 'salesCents', sign: 1, always: true },
  { key: 'feeCents', sign: -1, always: true },
  { key: 'salariesCents', sign: -1, always: true },
  { key: 'expensesCents', sign: -1, always: true },
  { key: 'purchasesCents', sign: -1, always: true },
  { key: 'investmentsCents', sign: -1 },
  { key: 'loansReceivedCents', sign: 1 },
  { key: 'loanRepaymentsCents', sign: -1 },
  { key: 'financingFeesCents', sign: -1 },
  { key: 'adjustmentsCents', sign: 1 },
];

function StatementCard({
  activityId,
  statement,
  current,
}: {
  activityId: string;
  statement: Statement;
  current: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const line = (label: string, cents: number, strong = false, testId?: string) => (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm" fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text
        size="sm"
        fw={strong ? 700 : 500}
        c={cents < 0 ? 'red.8' : undefined}
        style={{ whiteSpace: 'nowrap' }}
        data-testid={testId}
      >
        {money(cents, lang)}
      </Text>
    </Group>
  );
  return (
    <Card withBorder data-testid="statement" data-year={statement.year}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>
          {current
            ? t('activities.statements.current', { year: statement.year })
            : t('activities.statements.year', { year: statement.year })}
        </Title>
        <Button
          component="a"
          href={`/api/v1/activities/${activityId}/statements/${statement.year}/pdf`}
          target="_blank"
          variant="default"
          size="compact-sm"
          data-testid="statement-pdf"
        >
          {t('activities.common.pdf')}
        </Button>
      </Group>
      <Stack gap={4}>
        {line(t('activities.statements.opening'), statement.openingCents, true)}
        <Divider />
        {LINES.filter((l) => l.always || statement[l.key] !== 0).map((l) =>
          line(t(`activities.statements.lines.${l.key}`), l.sign * Number(statement[l.key]) || 0),
        )}
        <Divider />
        {line(
          current ? t('activities.statements.balance') : t('activities.statements.closing'),
          statement.closingCents,
          true,
          'statement-closing',
        )}
        <Text size="xs" c="dimmed">
          {t('activities.statements.movements', { count: statement.movementCount })}
        </Text>
      </Stack>
    </Card>
  );
}

/** The yearly statements: what came in and went out each year, the closing carried over to the next. */
export function StatementsTab({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const id = data.activity.id;
  const statements = useQuery({
    queryKey: [...activityKey(id), 'statements', i18n.language],
    queryFn: () => get<Statement[]>(`/activities/${id}/statements`),
  });
  const years = [...(statements.data ?? [])].sort((a, b) => b.year - a.year);
  return (
    <Stack data-testid="statements">
      <Text size="sm" c="dimmed">
        {t('activities.statements.intro')}
      </Text>
      <ErrorAlert error={statements.error} />
      {statements.data && years.length === 0 && <Text c="dimmed">{t('activities.statements.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {years.map((s) => (
          <StatementCard key={s.year} activityId={id} statement={s} current={s.year === data.budget.year} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
