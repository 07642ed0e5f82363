import { Alert, Anchor, Group, Loader, ScrollArea, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../lib/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FinancingTab } from './FinancingTab.tsx';
import { HistoryTab } from './HistoryTab.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { ParticipantsTab } from './ParticipantsTab.tsx';
import { SalariesTab } from './SalariesTab.tsx';
import { SalesTab } from './SalesTab.tsx';
import { Status, useDashboard } from './shared.tsx';
import { SpendingTab } from './SpendingTab.tsx';
import { StatementsTab } from './StatementsTab.tsx';

const TABS = [
  'overview',
  'sales',
  'spending',
  'salaries',
  'financing',
  'participants',
  'history',
  'statements',
] as const;
type Tab = (typeof TABS)[number];
/** Tabs that make sense before the Activity has a budget. */
const BEFORE_BUDGET: readonly Tab[] = ['overview', 'participants', 'history'];

/** One Activity: its budget, its sales, its spending, its people and its history, one tab each. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const dashboard = useDashboard(id);
  const data = dashboard.data;

  if (dashboard.isLoading)
    return (
      <Group justify="center" mt="xl">
        <Loader />
      </Group>
    );
  if (dashboard.error instanceof ApiError && dashboard.error.status === 404)
    return (
      <Alert color="gray" title={t('activities.page.notFoundTitle')} data-testid="activity-not-found">
        {t('activities.page.notFound')}{' '}
        <Anchor component={Link} to="/activities">
          {t('activities.page.backToList')}
        </Anchor>
      </Alert>
    );
  if (!data) return <ErrorAlert error={dashboard.error} />;

  const { activity } = data;
  const withBudget = activity.status === 'active' || activity.status === 'closed';
  const tabs = TABS.filter((tab) => withBudget || BEFORE_BUDGET.includes(tab));
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && tabs.includes(asked) ? asked : 'overview';
  const select = (value: string | null) => {
    if (!value) return;
    const next = new URLSearchParams();
    if (value !== 'overview') next.set('tab', value);
    setParams(next);
  };

  return (
    <Stack maw={1180} data-testid="activity-page" data-status={activity.status}>
      <div>
        <Anchor component={Link} to="/activities" size="sm">
          {t('activities.page.backToList')}
        </Anchor>
        <Group justify="space-between" align="flex-start" mt={4} gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={2} data-testid="activity-name">
              {activity.name}
            </Title>
            <Text size="sm" c="dimmed">
              <span style={{ fontFamily: 'monospace' }} data-testid="activity-reference">
                {activity.reference}
              </span>{' '}
              · {activity.jobFamilyLabel} · {activity.entityName}
            </Text>
            <Text size="sm" c="dimmed">
              {activity.adviserName
                ? t('activities.list.adviser', { name: activity.adviserName })
                : t('activities.list.noAdviser')}
            </Text>
          </div>
          <Status value={activity.status} label={activity.statusLabel} testId="activity-status" />
        </Group>
      </div>
      <Tabs value={tab} onChange={select} keepMounted={false}>
        <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars>
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            {tabs.map((value) => (
              <Tabs.Tab key={value} value={value} data-testid={`tab-${value}`}>
                {t(`activities.tabs.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab data={data} />
        </Tabs.Panel>
        {withBudget && (
          <>
            <Tabs.Panel value="sales" pt="md">
              <SalesTab data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="spending" pt="md">
              <SpendingTab data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="salaries" pt="md">
              <SalariesTab data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="financing" pt="md">
              <FinancingTab data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="statements" pt="md">
              <StatementsTab data={data} />
            </Tabs.Panel>
          </>
        )}
        <Tabs.Panel value="participants" pt="md">
          <ParticipantsTab data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab data={data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
