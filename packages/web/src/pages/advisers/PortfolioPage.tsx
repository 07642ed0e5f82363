import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get, post } from '../../lib/api.ts';
import { date, money, todayIso } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';
import { DecisionControl, type Decision } from './DecisionControl.tsx';
import type {
  Activity,
  Alert as ActivityAlert,
  FinancingRequest,
  FollowedActivity,
  FollowedMember,
  Portfolio,
  WaitingRequest,
} from './types.ts';

const PHONE = '(max-width: 48em)';
const TYPE_COLORS = { expense_claim: 'grape', purchase: 'indigo', salary_request: 'cyan' } as const;

/** Posts a decision with the control's idempotency key (a double click decides once). */
function decidePost(path: string, body: unknown, key: string) {
  return post(path, body, key);
}

function daysSince(iso: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(today) - Date.parse(iso.slice(0, 10))) / 86_400_000));
}

function Section({
  id,
  title,
  count,
  color = 'blue',
  children,
}: {
  id: string;
  title: string;
  count: number;
  color?: string;
  children: ReactNode;
}) {
  const phone = useMediaQuery(PHONE) ?? false;
  return (
    <Card
      withBorder
      padding={phone ? 'sm' : 'lg'}
      id={id}
      data-testid={`section-${id}`}
      style={{ scrollMarginTop: 72 }}
    >
      <Group gap="xs" mb="sm" wrap="nowrap">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Badge
          variant={count > 0 ? 'filled' : 'light'}
          color={count > 0 ? color : 'gray'}
          circle={count < 10}
        >
          {count}
        </Badge>
      </Group>
      {children}
    </Card>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

function SummaryCard({
  href,
  label,
  value,
  color,
}: {
  href: string;
  label: string;
  value: number;
  color: string;
}) {
  return (
    <Paper
      withBorder
      p="sm"
      component="a"
      href={href}
      style={{ textDecoration: 'none', color: 'inherit' }}
      data-testid={`summary-${href.slice(1)}`}
    >
      <Text size="xs" c="dimmed" lh={1.3}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={value > 0 ? color : 'gray.5'} lh={1.2}>
        {value}
      </Text>
    </Paper>
  );
}

/** One opening request: what the member asked, approve or refuse with a reason. */
function OpeningRequest({
  activity,
  onDone,
}: {
  activity: Activity;
  onDone: (d: Decision) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder p="sm" data-testid="opening-request" data-reference={activity.reference}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 280px', minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/activities/${activity.id}`} fw={600}>
              {activity.name}
            </Anchor>
            <Text size="xs" c="dimmed" ff="monospace">
              {activity.reference}
            </Text>
          </Group>
          <Text size="sm">
            {t('advisers.openings.requestedBy', { name: activity.openedBy ?? '–' })}{' '}
            <Text span c="dimmed" size="sm">
              {t('advisers.openings.requestedOn', { date: date(activity.requestedAt, lang) })}
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            {activity.jobFamilyLabel} · {activity.entityName}
          </Text>
          {activity.description && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
              {activity.description}
            </Text>
          )}
        </Stack>
        <DecisionControl
          testId="opening"
          approveHint={t('advisers.openings.approveHelp')}
          decide={(decision, reason, key) =>
            decidePost(`/activities/${activity.id}/decision`, { decision, reason }, key).then(() =>
              onDone(decision),
            )
          }
        />
      </Group>
    </Paper>
  );
}

function AlertLines({ alerts }: { alerts: ActivityAlert[] }) {
  const { t } = useTranslation();
  if (alerts.length === 0)
    return (
      <Text size="sm" c="teal.7">
        {t('advisers.activities.noAlert')}
      </Text>
    );
  return (
    <Stack gap={4}>
      {alerts.map((a, i) => (
        <Group
          key={`${a.code}-${i}`}
          gap={6}
          wrap="nowrap"
          align="flex-start"
          data-testid="alert"
          data-severity={a.severity}
        >
          <Badge
            size="xs"
            mt={3}
            variant={a.severity === 'critical' ? 'filled' : 'light'}
            color={a.severity === 'critical' ? 'red' : 'orange'}
            style={{ flexShrink: 0 }}
          >
            {t(`advisers.activities.${a.severity}`)}
          </Badge>
          <Text
            size="sm"
            c={a.severity === 'critical' ? 'red.8' : 'orange.9'}
            fw={a.severity === 'critical' ? 600 : 400}
          >
            {a.message}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function ActivityName({ activity }: { activity: FollowedActivity }) {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to={`/activities/${activity.id}`} fw={600} size="sm">
        {activity.name}
      </Anchor>
      <Text size="xs" c="dimmed">
        <Text span ff="monospace" size="xs" style={{ whiteSpace: 'nowrap' }}>
          {activity.reference}
        </Text>
        {activity.openedBy ? ` · ${t('advisers.activities.openedBy', { name: activity.openedBy })}` : ''}
      </Text>
    </>
  );
}

function Amount({ cents, strong }: { cents: number; strong?: boolean }) {
  const { i18n } = useTranslation();
  return (
    <Text
      span
      size="sm"
      fw={strong ? 700 : 400}
      c={cents < 0 ? 'red.7' : undefined}
      style={{ whiteSpace: 'nowrap' }}
    >
      {money(cents, i18n.language)}
    </Text>
  );
}

function FollowedActivities({ activities, phone }: { activities: FollowedActivity[]; phone: boolean }) {
  const { t } = useTranslation();
  if (activities.length === 0) return <Empty>{t('advisers.activities.empty')}</Empty>;
  if (phone)
    return (
      <Stack gap="xs">
        {activities.map((a) => (
          <Paper
            key={a.id}
            withBorder
            p="sm"
            bg={a.critical ? 'red.0' : undefined}
            style={a.critical ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}
            data-testid="followed-activity"
            data-critical={a.critical}
          >
            <ActivityName activity={a} />
            <SimpleGrid cols={2} spacing="xs" my="xs">
              <div>
                <Text size="xs" c="dimmed">
                  {t('advisers.activities.free')}
                </Text>
                <Amount cents={a.budget.freeCents} strong />
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('advisers.activities.projected')}
                </Text>
                <Amount cents={a.budget.projectedCents} />
              </div>
            </SimpleGrid>
            <AlertLines alerts={a.alerts} />
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" data-testid="followed-activities">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('advisers.activities.activity')}</Table.Th>
            <Table.Th ta="right">
              <Tooltip label={t('advisers.activities.freeHelp')} multiline w={220}>
                <span style={{ borderBottom: '1px dotted' }}>{t('advisers.activities.free')}</span>
              </Tooltip>
            </Table.Th>
            <Table.Th ta="right">
              <Tooltip label={t('advisers.activities.projectedHelp')} multiline w={220}>
                <span style={{ borderBottom: '1px dotted' }}>{t('advisers.activities.projected')}</span>
              </Tooltip>
            </Table.Th>
            <Table.Th ta="right">{t('advisers.activities.committed')}</Table.Th>
            <Table.Th w="40%">{t('advisers.activities.alerts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((a) => (
            <Table.Tr
              key={a.id}
              bg={a.critical ? 'red.0' : undefined}
              style={a.critical ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-6)' } : undefined}
              data-testid="followed-activity"
              data-critical={a.critical}
            >
              <Table.Td>
                <ActivityName activity={a} />
              </Table.Td>
              <Table.Td ta="right">
                <Amount cents={a.budget.freeCents} strong />
              </Table.Td>
              <Table.Td ta="right">
                <Amount cents={a.budget.projectedCents} />
              </Table.Td>
              <Table.Td ta="right">
                <Text span size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  <Amount cents={a.budget.committedCents} />
                </Text>
              </Table.Td>
              <Table.Td>
                <AlertLines alerts={a.alerts} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Waiting({ iso, today }: { iso: string; today: string }) {
  const { t, i18n } = useTranslation();
  const days = daysSince(iso, today);
  return (
    <>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {date(iso, i18n.language)}
      </Text>
      <Text size="xs" c={days >= 7 ? 'orange.8' : 'dimmed'} fw={days >= 7 ? 600 : undefined}>
        {days === 0 ? t('advisers.approvals.today') : t('advisers.approvals.days', { count: days })}
      </Text>
    </>
  );
}

function RequestType({ request }: { request: WaitingRequest }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge size="sm" variant="light" color={TYPE_COLORS[request.subjectType] ?? 'gray'}>
        {t(`advisers.approvals.type.${request.subjectType}`)}
      </Badge>
      <Text size="xs" c="dimmed" ff="monospace" mt={2} style={{ whiteSpace: 'nowrap' }}>
        {request.reference}
      </Text>
    </>
  );
}

function ActivityLink({ id, name }: { id: string; name: string }) {
  return (
    <Anchor component={Link} to={`/activities/${id}`} size="sm">
      {name}
    </Anchor>
  );
}

function Approvals({
  approvals,
  phone,
  onDone,
}: {
  approvals: WaitingRequest[];
  phone: boolean;
  onDone: (request: WaitingRequest, d: Decision) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  if (approvals.length === 0) return <Empty>{t('advisers.approvals.empty')}</Empty>;
  const control = (r: WaitingRequest) => (
    <DecisionControl
      testId="approval"
      decide={(decision, reason, key) =>
        decidePost(
          `/activities/${r.activityId}/approvals`,
          { subjectType: r.subjectType, subjectId: r.id, decision, reason },
          key,
        ).then(() => onDone(r, decision))
      }
    />
  );
  if (phone)
    return (
      <Stack gap="xs">
        {approvals.map((r) => (
          <Paper
            key={`${r.subjectType}-${r.id}`}
            withBorder
            p="sm"
            data-testid="approval-row"
            data-reference={r.reference}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <RequestType request={r} />
              </div>
              <Text fw={700} style={{ whiteSpace: 'nowrap' }}>
                {money(r.amountCents, i18n.language)}
              </Text>
            </Group>
            <Text size="sm" mt={6}>
              {r.personName} · <ActivityLink id={r.activityId} name={r.activityName} />
            </Text>
            <Group gap={6} mb="xs">
              <Text size="xs" c="dimmed">
                {t('advisers.approvals.waitingSince')}
              </Text>
              <Text size="xs">
                {date(r.submittedOn, i18n.language)} ·{' '}
                {daysSince(r.submittedOn, today) === 0
                  ? t('advisers.approvals.today')
                  : t('advisers.approvals.days', { count: daysSince(r.submittedOn, today) })}
              </Text>
            </Group>
            {control(r)}
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" data-testid="approvals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('advisers.approvals.request')}</Table.Th>
            <Table.Th>{t('advisers.approvals.person')}</Table.Th>
            <Table.Th>{t('advisers.approvals.activity')}</Table.Th>
            <Table.Th ta="right">{t('advisers.approvals.amount')}</Table.Th>
            <Table.Th>{t('advisers.approvals.waitingSince')}</Table.Th>
            <Table.Th>{t('advisers.approvals.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {approvals.map((r) => (
            <Table.Tr
              key={`${r.subjectType}-${r.id}`}
              data-testid="approval-row"
              data-reference={r.reference}
            >
              <Table.Td>
                <RequestType request={r} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.personName}</Text>
              </Table.Td>
              <Table.Td>
                <ActivityLink id={r.activityId} name={r.activityName} />
              </Table.Td>
              <Table.Td ta="right">
                <Amount cents={r.amountCents} strong />
              </Table.Td>
              <Table.Td>
                <Waiting iso={r.submittedOn} today={today} />
              </Table.Td>
              <Table.Td>{control(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Financings({
  financings,
  phone,
  onDone,
}: {
  financings: FinancingRequest[];
  phone: boolean;
  onDone: (financing: FinancingRequest, d: Decision) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const today = todayIso();
  if (financings.length === 0) return <Empty>{t('advisers.financings.empty')}</Empty>;
  const control = (f: FinancingRequest) => (
    <DecisionControl
      testId="financing"
      approveLabel={t('advisers.decision.grant')}
      decide={(decision, reason, key) =>
        decidePost(
          `/activities/${f.activityId}/financings/${f.id}/decision`,
          { decision: decision === 'approve' ? 'grant' : 'refuse', reason },
          key,
        ).then(() => onDone(f, decision))
      }
    />
  );
  const kind = (f: FinancingRequest) => (
    <>
      <Text size="sm" fw={600} c={f.kind === 'loan' ? 'blue.8' : 'orange.8'}>
        {t(`advisers.financings.kind.${f.kind}`, { defaultValue: f.kind })}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" mt={2} style={{ whiteSpace: 'nowrap' }}>
        {f.reference}
      </Text>
    </>
  );
  const terms = (f: FinancingRequest) => (
    <Text size="xs" c="dimmed">
      {t('advisers.financings.terms', {
        months: t('advisers.financings.monthsValue', { count: f.months }),
        fee: f.feeCents > 0 ? money(f.feeCents, lang) : t('advisers.financings.noFee'),
      })}
    </Text>
  );
  if (phone)
    return (
      <Stack gap="xs">
        {financings.map((f) => (
          <Paper key={f.id} withBorder p="sm" data-testid="financing-row" data-reference={f.reference}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>{kind(f)}</div>
              <Text fw={700} style={{ whiteSpace: 'nowrap' }}>
                {money(f.principalCents, lang)}
              </Text>
            </Group>
            {terms(f)}
            <Text size="sm" mt={6}>
              <ActivityLink id={f.activityId} name={f.activityName} />
            </Text>
            <Text size="sm" c="dimmed" mb="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {f.purpose}
            </Text>
            {control(f)}
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" data-testid="financings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('advisers.financings.request')}</Table.Th>
            <Table.Th>{t('advisers.financings.activity')}</Table.Th>
            <Table.Th ta="right">{t('advisers.financings.principal')}</Table.Th>
            <Table.Th>{t('advisers.financings.months')}</Table.Th>
            <Table.Th>{t('advisers.financings.purpose')}</Table.Th>
            <Table.Th>{t('advisers.financings.requestedOn')}</Table.Th>
            <Table.Th>{t('advisers.approvals.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {financings.map((f) => (
            <Table.Tr key={f.id} data-testid="financing-row" data-reference={f.reference}>
              <Table.Td>{kind(f)}</Table.Td>
              <Table.Td>
                <ActivityLink id={f.activityId} name={f.activityName} />
              </Table.Td>
              <Table.Td ta="right">
                <Amount cents={f.principalCents} strong />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {t('advisers.financings.monthsValue', { count: f.months })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('advisers.labelValue', { label: t('advisers.financings.fee') })}{' '}
                  {f.feeCents > 0 ? money(f.feeCents, lang) : t('advisers.financings.noFee')}
                </Text>
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="sm" lineClamp={3}>
                  {f.purpose}
                </Text>
              </Table.Td>
              <Table.Td>
                <Waiting iso={f.requestedAt} today={today} />
              </Table.Td>
              <Table.Td>{control(f)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function LastContact({ member }: { member: FollowedMember }) {
  const { t, i18n } = useTranslation();
  return member.lastNoteOn ? (
    <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
      {date(member.lastNoteOn, i18n.language)}
    </Text>
  ) : (
    <Text span size="sm" c="orange.8">
      {t('advisers.members.never')}
    </Text>
  );
}

function Members({ members, phone }: { members: FollowedMember[]; phone: boolean }) {
  const { t } = useTranslation();
  if (members.length === 0) return <Empty>{t('advisers.members.empty')}</Empty>;
  const link = (m: FollowedMember) => (
    <Anchor component={Link} to={`/staff/people/${m.personId}`} fw={600} size="sm" data-testid="member-link">
      {m.name}
    </Anchor>
  );
  if (phone)
    return (
      <Stack gap="xs">
        {members.map((m) => (
          <Paper key={m.personId} withBorder p="sm" data-testid="member-row" data-email={m.email}>
            <Group justify="space-between" wrap="nowrap">
              {link(m)}
              {m.memberNumber !== null && (
                <Text size="xs" c="dimmed">
                  {t('advisers.members.number')} {m.memberNumber}
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {m.email}
            </Text>
            <Group gap="md" mt={4}>
              <Text size="sm">
                {t('advisers.labelValue', { label: t('advisers.members.activities') })}{' '}
                <b>{m.activityCount}</b>
              </Text>
              <Text size="sm">
                {t('advisers.labelValue', { label: t('advisers.members.lastMeeting') })}{' '}
                <LastContact member={m} />
              </Text>
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover data-testid="members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('advisers.members.name')}</Table.Th>
            <Table.Th ta="right">{t('advisers.members.number')}</Table.Th>
            <Table.Th ta="right">{t('advisers.members.activities')}</Table.Th>
            <Table.Th>{t('advisers.members.lastMeeting')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.personId} data-testid="member-row" data-email={m.email}>
              <Table.Td>
                {link(m)}
                <Text size="xs" c="dimmed">
                  {m.email}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{m.memberNumber ?? '–'}</Table.Td>
              <Table.Td ta="right">{m.activityCount}</Table.Td>
              <Table.Td>
                <LastContact member={m} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The adviser's back office of the Activity tool: opening requests, followed Activities with their budget
 * and alerts (critical first), requests and financings waiting for the staff step, members followed.
 */
export function PortfolioPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const phone = useMediaQuery(PHONE) ?? false;
  const [params, setParams] = useSearchParams();
  const admin = hasRole(user, 'admin');
  const defaultScope = admin && !hasRole(user, 'adviser') ? 'all' : 'mine';
  const scope =
    admin && (params.get('scope') === 'all' || params.get('scope') === 'mine')
      ? params.get('scope')!
      : defaultScope;
  const [done, setDone] = useState<{ text: string; color: string } | null>(null);
  const portfolio = useQuery({
    queryKey: ['advisers', 'portfolio', scope],
    queryFn: () => get<Portfolio>(`/advisers/portfolio?scope=${scope}`),
    placeholderData: keepPreviousData,
    enabled: !!user,
  });

  async function decided(name: string, decision: Decision, granted = false) {
    setDone({
      text: t(
        `advisers.portfolio.done.${decision === 'refuse' ? 'refused' : granted ? 'granted' : 'approved'}`,
        {
          name,
        },
      ),
      color: decision === 'refuse' ? 'orange' : 'teal',
    });
    await queryClient.invalidateQueries({ queryKey: ['advisers'] });
  }

  const p = portfolio.data;
  const critical = p?.activities.filter((a) => a.critical).length ?? 0;

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('advisers.portfolio.title')}</Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t('advisers.portfolio.intro')}
          </Text>
        </div>
        <Group gap="xs">
          {admin && (
            <SegmentedControl
              value={scope}
              onChange={(value) =>
                setParams(value === defaultScope ? {} : { scope: value }, { replace: true })
              }
              data={[
                { value: 'mine', label: t('advisers.portfolio.scopeMine') },
                { value: 'all', label: t('advisers.portfolio.scopeAll') },
              ]}
              aria-label={t('advisers.portfolio.scope')}
              data-testid="portfolio-scope"
            />
          )}
          <Button variant="default" onClick={() => portfolio.refetch()} loading={portfolio.isFetching}>
            {t('advisers.portfolio.refresh')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={portfolio.error} />
      {done && (
        <Alert color={done.color} withCloseButton onClose={() => setDone(null)} data-testid="decision-done">
          {done.text}
        </Alert>
      )}
      {p && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <SummaryCard
              href="#openings"
              label={t('advisers.portfolio.summary.openings')}
              value={p.openingRequests.length}
              color="blue.7"
            />
            <SummaryCard
              href="#activities"
              label={t('advisers.portfolio.summary.critical')}
              value={critical}
              color="red.7"
            />
            <SummaryCard
              href="#approvals"
              label={t('advisers.portfolio.summary.approvals')}
              value={p.approvals.length}
              color="orange.7"
            />
            <SummaryCard
              href="#financings"
              label={t('advisers.portfolio.summary.financings')}
              value={p.financings.length}
              color="grape.7"
            />
          </SimpleGrid>

          <Section id="openings" title={t('advisers.openings.title')} count={p.openingRequests.length}>
            {p.openingRequests.length === 0 ? (
              <Empty>{t('advisers.openings.empty')}</Empty>
            ) : (
              <Stack gap="xs">
                {p.openingRequests.map((a) => (
                  <OpeningRequest key={a.id} activity={a} onDone={(d) => decided(a.name, d)} />
                ))}
              </Stack>
            )}
          </Section>

          <Section
            id="activities"
            title={t('advisers.activities.title')}
            count={p.activities.length}
            color={critical > 0 ? 'red' : 'blue'}
          >
            <FollowedActivities activities={p.activities} phone={phone} />
          </Section>

          <Section
            id="approvals"
            title={t('advisers.approvals.title')}
            count={p.approvals.length}
            color="orange"
          >
            <Approvals
              approvals={p.approvals}
              phone={phone}
              onDone={(r, d) => decided(`${t(`advisers.approvals.type.${r.subjectType}`)} ${r.reference}`, d)}
            />
          </Section>

          <Section
            id="financings"
            title={t('advisers.financings.title')}
            count={p.financings.length}
            color="grape"
          >
            <Financings
              financings={p.financings}
              phone={phone}
              onDone={(f, d) => decided(f.reference, d, true)}
            />
          </Section>

          <Section id="members" title={t('advisers.members.title')} count={p.members.length}>
            <Members members={p.members} phone={phone} />
          </Section>
        </>
      )}
    </Stack>
  );
}
