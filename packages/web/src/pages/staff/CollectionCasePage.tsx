import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { date, money, todayIso } from '../../lib/format.ts';
import { toCents } from '../contracts/declaration-form.ts';
import { CaseStatusBadge, type CaseStatus, type StepKind } from './ReceivablesPage.tsx';

type Action = 'open' | 'contact' | 'promise' | 'plan' | 'dispute' | 'resolve' | 'legal' | 'write_off';

interface CaseDetail {
  invoice: {
    id: string;
    entityId: string;
    entityName: string;
    number: string;
    issueDate: string;
    dueDate: string;
    totalInclVatCents: number;
    paidCents: number;
    creditedCents: number;
    writtenOffCents: number;
    dueCents: number;
    status: string;
    structuredCommunication: string | null;
    clientName: string;
    contractId: string | null;
    daysOverdue: number;
  };
  client: {
    id: string;
    name: string;
    kind: string;
    email: string;
    language: string;
    regime: 'commercial' | 'consumer';
  };
  worker: { name: string; email: string | null } | null;
  reminders: Array<{
    step: number;
    kind: StepKind;
    sentOn: string;
    amountDueCents: number;
    interestCents: number;
    compensationCents: number;
    emailTo: string;
    language: string;
  }>;
  schedule: Array<{ kind: StepKind; daysAfterDue: number }>;
  nextReminder:
    | { due: true; step: number; kind: StepKind; daysOverdue: number; skipped: number[] }
    | { due: false; reason: string; nextOn: string | null; nextKind: StepKind | null };
  charges: {
    interestCents: number;
    compensationCents: number;
    interestFrom: string | null;
    rateBp: number;
  } | null;
  case: {
    id: string;
    status: CaseStatus;
    openedBy: 'handover' | 'staff';
    openedOn: string;
    nextActionOn: string | null;
    promisedOn: string | null;
    promiseUntil: string | null;
    closedOn: string | null;
  } | null;
  events: Array<{
    id: number;
    kind: string;
    text: string;
    promisedOn: string | null;
    amountCents: number | null;
    statusAfter: CaseStatus;
    occurredOn: string;
    by: string | null;
    at: string;
  }>;
  plan: {
    agreedOn: string;
    totalCents: number;
    graceDays: number;
    instalments: Array<{ dueOn: string; amountCents: number }>;
    state: 'respected' | 'late' | 'broken' | 'completed';
    coveredInstalments: number;
    pending: { seq: number; dueOn: string; missingCents: number; daysLate: number } | null;
    breaksAfter: string | null;
  } | null;
  pastPlans: Array<{
    id: string;
    status: string;
    agreedOn: string;
    endedOn: string | null;
    totalCents: number;
  }>;
  actions: Exclude<Action, 'open'>[];
}

const PLAN_COLORS = { respected: 'teal', late: 'orange', broken: 'red', completed: 'green' } as const;

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

function rate(bp: number, lang: string): string {
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-BE' : 'de-BE', { minimumFractionDigits: 2 }).format(bp / 100)} %`;
}

/** One form per action, sent with an idempotency key (a double click acts once). */
function ActionModal({
  detail,
  action,
  onClose,
}: {
  detail: CaseDetail;
  action: Action;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<string>('call');
  const [day, setDay] = useState('');
  const [nextOn, setNextOn] = useState('');
  const [instalments, setInstalments] = useState<Array<{ dueOn: string; amount: number | string }>>([
    { dueOn: '', amount: detail.invoice.dueCents / 100 },
  ]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);
  const invoiceId = detail.invoice.id;
  const due = money(detail.invoice.dueCents, lang);
  const planSum = instalments.reduce((sum, i) => sum + toCents(i.amount), 0);

  function body(): unknown {
    const next = nextOn ? { nextActionOn: nextOn } : {};
    switch (action) {
      case 'open':
        return text.trim() ? { note: text } : {};
      case 'contact':
        return { kind, text, ...next };
      case 'promise':
        return { promisedOn: day, ...(text.trim() ? { text } : {}) };
      case 'plan':
        return {
          instalments: instalments.map((i) => ({ dueOn: i.dueOn, amountCents: toCents(i.amount) })),
          ...(text.trim() ? { text } : {}),
        };
      case 'dispute':
        return { reason: text, ...next };
      case 'resolve':
        return { outcome: text };
      case 'legal':
        return { text, ...next };
      case 'write_off':
        return { reason: text };
    }
  }

  async function send() {
    setBusy(true);
    setError(null);
    try {
      const path = action === 'contact' ? 'events' : action === 'write_off' ? 'write-off' : action;
      await post(`/receivables/cases/${invoiceId}/${path}`, body(), key.current);
      await queryClient.invalidateQueries({ queryKey: ['receivables'] });
      onClose();
    } catch (e) {
      setError(e);
      key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  const textLabel: Record<Action, string> = {
    open: t('receivables.form.note'),
    contact: t('receivables.form.text'),
    promise: t('receivables.form.note'),
    plan: t('receivables.form.note'),
    dispute: t('receivables.form.reason'),
    resolve: t('receivables.form.outcome'),
    legal: t('receivables.form.legalText'),
    write_off: t('receivables.form.writeOffReason'),
  };
  const required = ['contact', 'dispute', 'resolve', 'legal', 'write_off'].includes(action);
  const textField =
    action === 'write_off'
      ? 'reason'
      : action === 'dispute'
        ? 'reason'
        : action === 'resolve'
          ? 'outcome'
          : action === 'open'
            ? 'note'
            : 'text';

  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t(`receivables.action.${action}`)} — ${detail.invoice.number}`}
      size="lg"
    >
      <Stack>
        <ErrorAlert error={error} />
        {action === 'contact' && (
          <Select
            label={t('receivables.form.kind')}
            value={kind}
            onChange={(v) => setKind(v ?? 'call')}
            allowDeselect={false}
            data={['call', 'email', 'letter', 'note'].map((k) => ({
              value: k,
              label: t(`receivables.event.${k}`),
            }))}
            error={errors.kind}
          />
        )}
        {action === 'promise' && (
          <TextInput
            type="date"
            required
            label={t('receivables.form.promisedOn')}
            description={t('receivables.form.promiseHelp')}
            value={day}
            min={todayIso()}
            onChange={(e) => setDay(e.currentTarget.value)}
            error={errors.promisedOn}
            name="promisedOn"
          />
        )}
        {action === 'plan' && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('receivables.form.instalments')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('receivables.form.planHelp')}
            </Text>
            {instalments.map((inst, i) => (
              <Group key={i} align="flex-start" wrap="nowrap">
                <TextInput
                  type="date"
                  aria-label={`${t('receivables.case.instalmentDue')} ${i + 1}`}
                  value={inst.dueOn}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setInstalments((all) => all.map((x, j) => (j === i ? { ...x, dueOn: v } : x)));
                  }}
                  error={errors[`instalments.${i}.dueOn`]}
                  name={`instalments.${i}.dueOn`}
                />
                <NumberInput
                  aria-label={`${t('receivables.case.amount')} ${i + 1}`}
                  value={inst.amount}
                  onChange={(v) =>
                    setInstalments((all) => all.map((x, j) => (j === i ? { ...x, amount: v } : x)))
                  }
                  min={0.01}
                  decimalScale={2}
                  fixedDecimalScale
                  decimalSeparator=","
                  thousandSeparator="."
                  suffix=" €"
                  error={errors[`instalments.${i}.amountCents`]}
                  name={`instalments.${i}.amount`}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('receivables.form.remove')}
                  disabled={instalments.length === 1}
                  onClick={() => setInstalments((all) => all.filter((_x, j) => j !== i))}
                  mt={6}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group justify="space-between">
              <Button
                size="compact-sm"
                variant="light"
                disabled={instalments.length >= 12}
                onClick={() => setInstalments((all) => [...all, { dueOn: '', amount: 0 }])}
              >
                {t('receivables.form.addInstalment')}
              </Button>
              <Text size="sm" c={planSum === detail.invoice.dueCents ? 'teal' : 'red'} data-testid="plan-sum">
                {t('receivables.form.planSum', { sum: money(planSum, lang), due })}
              </Text>
            </Group>
            {errors.instalments && (
              <Text size="sm" c="red">
                {errors.instalments}
              </Text>
            )}
          </Stack>
        )}
        {action === 'dispute' && (
          <Text size="sm" c="dimmed">
            {t('receivables.form.disputeHelp')}
          </Text>
        )}
        {action === 'write_off' && (
          <Alert color="red" variant="light">
            {t('receivables.form.writeOffHelp', { amount: due })}
          </Alert>
        )}
        <Textarea
          label={textLabel[action]}
          required={required}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors[textField]}
          name={textField}
        />
        {['contact', 'dispute', 'legal'].includes(action) && (
          <TextInput
            type="date"
            label={t('receivables.form.nextActionOn')}
            value={nextOn}
            min={todayIso()}
            onChange={(e) => setNextOn(e.currentTarget.value)}
            error={errors.nextActionOn}
            name="nextActionOn"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={send}
            loading={busy}
            color={action === 'write_off' ? 'red' : undefined}
            data-testid="case-action-save"
          >
            {action === 'write_off'
              ? t('receivables.form.writeOffConfirm', { amount: due })
              : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** One unpaid invoice: what was sent, what was said, what comes next, and the actions of client service. */
export function CollectionCasePage() {
  const { invoiceId } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [action, setAction] = useState<Action | null>(null);
  const detail = useQuery({
    queryKey: ['receivables', 'case', invoiceId],
    queryFn: () => get<CaseDetail>(`/receivables/cases/${invoiceId}`),
  });
  const d = detail.data;
  if (!d) return <ErrorAlert error={detail.error} />;
  const inv = d.invoice;
  const next = d.nextReminder;
  const actions: Action[] = d.case ? d.actions : inv.dueCents > 0 ? ['open', ...d.actions] : [];

  return (
    <Stack>
      <Anchor component={Link} to="/staff/receivables" size="sm">
        ← {t('receivables.case.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>
            {t('receivables.case.invoice')} {inv.number}
          </Title>
          <Text c="dimmed">{d.client.name}</Text>
        </div>
        <CaseStatusBadge status={d.case?.status ?? null} />
      </Group>

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Fact label={t('receivables.case.entity')}>{inv.entityName}</Fact>
            <Group grow>
              <Fact label={t('receivables.case.issued')}>{date(inv.issueDate, lang)}</Fact>
              <Fact label={t('receivables.case.dueDate')}>{date(inv.dueDate, lang)}</Fact>
            </Group>
            <Group grow>
              <Fact label={t('receivables.case.total')}>{money(inv.totalInclVatCents, lang)}</Fact>
              <Fact label={t('receivables.case.paid')}>{money(inv.paidCents, lang)}</Fact>
            </Group>
            {(inv.creditedCents > 0 || inv.writtenOffCents > 0) && (
              <Group grow>
                <Fact label={t('receivables.case.credited')}>{money(inv.creditedCents, lang)}</Fact>
                <Fact label={t('receivables.case.writtenOff')}>{money(inv.writtenOffCents, lang)}</Fact>
              </Group>
            )}
            <Group grow>
              <Fact label={t('receivables.case.stillDue')}>
                <Text span fw={700} c={inv.dueCents > 0 ? 'red.7' : undefined} data-testid="still-due">
                  {money(inv.dueCents, lang)}
                </Text>
              </Fact>
              <Fact label={t('receivables.case.daysOverdue')}>{inv.daysOverdue}</Fact>
            </Group>
            {inv.structuredCommunication && (
              <Fact label={t('receivables.case.communication')}>
                <Text span ff="monospace" size="sm">
                  {inv.structuredCommunication}
                </Text>
              </Fact>
            )}
            {d.worker && (
              <Fact label={t('receivables.case.worker')}>
                {d.worker.name}
                {inv.contractId && (
                  <>
                    {' · '}
                    <Anchor component={Link} to={`/contracts/${inv.contractId}`} size="sm">
                      {t('receivables.case.contract')}
                    </Anchor>
                  </>
                )}
              </Fact>
            )}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Fact label={t('receivables.case.client')}>{d.client.name}</Fact>
            <Fact label={t('receivables.case.clientEmail')}>
              <Text span size="sm" style={{ wordBreak: 'break-all' }}>
                {d.client.email}
              </Text>{' '}
              ({d.client.language.toUpperCase()})
            </Fact>
            <Fact label={t('receivables.case.regime')}>{t(`receivables.regime.${d.client.regime}`)}</Fact>
            <Fact label={t('receivables.case.charges')}>
              {d.charges && (d.charges.interestCents > 0 || d.charges.compensationCents > 0) ? (
                <Table withRowBorders={false} fz="sm" data-testid="charges">
                  <Table.Tbody>
                    <Table.Tr>
                      <Table.Td px={0}>
                        {t('receivables.case.interest')}
                        {d.charges.interestFrom && (
                          <Text size="xs" c="dimmed">
                            {t('receivables.case.interestDetail', {
                              rate: rate(d.charges.rateBp, lang),
                              from: date(d.charges.interestFrom, lang),
                            })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{money(d.charges.interestCents, lang)}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Td px={0}>{t('receivables.case.compensation')}</Table.Td>
                      <Table.Td ta="right">{money(d.charges.compensationCents, lang)}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Td px={0} fw={600}>
                        {t('receivables.case.totalClaim')}
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {money(inv.dueCents + d.charges.interestCents + d.charges.compensationCents, lang)}
                      </Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('receivables.case.noCharges')}
                </Text>
              )}
            </Fact>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Fact label={t('receivables.case.caseTitle')}>
              {d.case ? (
                <>
                  <CaseStatusBadge status={d.case.status} />{' '}
                  <Text span size="xs" c="dimmed">
                    {t('receivables.case.openedOn', {
                      date: date(d.case.openedOn, lang),
                      by: t(`receivables.openedBy.${d.case.openedBy}`),
                    })}
                  </Text>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('receivables.case.noCase')}
                </Text>
              )}
            </Fact>
            {d.case?.promisedOn && (
              <Group grow>
                <Fact label={t('receivables.case.promisedOn')}>{date(d.case.promisedOn, lang)}</Fact>
                <Fact label={t('receivables.case.pausedUntil')}>{date(d.case.promiseUntil, lang)}</Fact>
              </Group>
            )}
            {d.case?.nextActionOn && (
              <Fact label={t('receivables.case.nextActionOn')}>
                <Text span size="sm" fw={500} c={d.case.nextActionOn < todayIso() ? 'red.7' : undefined}>
                  {date(d.case.nextActionOn, lang)}
                </Text>
              </Fact>
            )}
            {d.case?.closedOn && (
              <Fact label={t('receivables.case.closedOn')}>{date(d.case.closedOn, lang)}</Fact>
            )}
            <Fact label={t('receivables.case.nextStep')}>
              <span data-testid="next-step">
                {next.due
                  ? t('receivables.case.dueToday', { step: t(`receivables.step.${next.kind}`) })
                  : next.nextOn && next.nextKind
                    ? t('receivables.case.onDate', {
                        step: t(`receivables.step.${next.nextKind}`),
                        date: date(next.nextOn, lang),
                      })
                    : t(`receivables.pause.${next.reason}`)}
              </span>
            </Fact>
            <Text size="xs" c="dimmed">
              {t('receivables.case.schedule', {
                steps: d.schedule
                  .map((s) =>
                    t('receivables.case.scheduleStep', {
                      step: t(`receivables.step.${s.kind}`),
                      days: s.daysAfterDue,
                    }),
                  )
                  .join(' · '),
              })}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>

      {actions.length > 0 && (
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t('receivables.action.title')}
          </Text>
          <Group gap="xs">
            {actions.map((a) => (
              <Button
                key={a}
                variant={a === 'write_off' ? 'outline' : 'light'}
                color={a === 'write_off' ? 'red' : undefined}
                onClick={() => setAction(a)}
                data-testid={`case-action-${a}`}
              >
                {t(`receivables.action.${a}`)}
              </Button>
            ))}
          </Group>
        </Card>
      )}

      {d.plan && (
        <Card withBorder data-testid="plan">
          <Group justify="space-between" mb="xs">
            <Text fw={600}>{t('receivables.case.plan')}</Text>
            <Badge color={PLAN_COLORS[d.plan.state]} variant="light">
              {t(`receivables.planState.${d.plan.state}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('receivables.case.planAgreed', {
              date: date(d.plan.agreedOn, lang),
              total: money(d.plan.totalCents, lang),
              count: d.plan.instalments.length,
            })}{' '}
            {t('receivables.case.planCovered', {
              covered: d.plan.coveredInstalments,
              count: d.plan.instalments.length,
            })}
          </Text>
          {d.plan.pending && d.plan.state !== 'respected' && (
            <Text size="sm" c="orange.8">
              {t('receivables.case.planPending', {
                seq: d.plan.pending.seq,
                missing: money(d.plan.pending.missingCents, lang),
                days: d.plan.pending.daysLate,
                date: date(d.plan.breaksAfter, lang),
              })}
            </Text>
          )}
          <Table mt="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('receivables.case.instalment')}</Table.Th>
                <Table.Th>{t('receivables.case.instalmentDue')}</Table.Th>
                <Table.Th ta="right">{t('receivables.case.amount')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.plan.instalments.map((inst, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{date(inst.dueOn, lang)}</Table.Td>
                  <Table.Td ta="right">{money(inst.amountCents, lang)}</Table.Td>
                  <Table.Td>
                    {i < d.plan!.coveredInstalments && (
                      <Badge color="green" variant="light" size="sm">
                        {t('receivables.event.paid')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}

      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t('receivables.case.reminders')}
          </Text>
          {d.reminders.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('receivables.case.noReminders')}
            </Text>
          ) : (
            <Table data-testid="reminders">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('receivables.case.step')}</Table.Th>
                  <Table.Th>{t('receivables.case.sentOn')}</Table.Th>
                  <Table.Th ta="right">{t('receivables.case.stillDue')}</Table.Th>
                  <Table.Th ta="right">{t('receivables.case.interest')}</Table.Th>
                  <Table.Th ta="right">{t('receivables.case.compensation')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.reminders.map((r) => (
                  <Table.Tr key={r.step}>
                    <Table.Td>
                      {t(`receivables.step.${r.kind}`)}
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                        {t('receivables.case.sentTo')} {r.emailTo} ({r.language.toUpperCase()})
                      </Text>
                    </Table.Td>
                    <Table.Td>{date(r.sentOn, lang)}</Table.Td>
                    <Table.Td ta="right">{money(r.amountDueCents, lang)}</Table.Td>
                    <Table.Td ta="right">{r.interestCents ? money(r.interestCents, lang) : '–'}</Table.Td>
                    <Table.Td ta="right">
                      {r.compensationCents ? money(r.compensationCents, lang) : '–'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t('receivables.case.log')}
          </Text>
          {d.events.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('receivables.case.noEvents')}
            </Text>
          ) : (
            <Timeline active={d.events.length - 1} bulletSize={14} lineWidth={2} data-testid="contact-log">
              {d.events.map((e) => (
                <Timeline.Item key={e.id} title={t(`receivables.event.${e.kind}`)}>
                  {e.text && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {e.text}
                    </Text>
                  )}
                  {(e.promisedOn || e.amountCents !== null) && (
                    <Text size="xs">
                      {e.amountCents !== null && money(e.amountCents, lang)}{' '}
                      {e.promisedOn && t('receivables.case.promisedFor', { date: date(e.promisedOn, lang) })}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {date(e.occurredOn, lang)} ·{' '}
                    {e.by ? t('receivables.case.by', { name: e.by }) : t('receivables.case.system')}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          )}
          {d.pastPlans.length > 0 && (
            <Text size="xs" c="dimmed" mt="sm">
              {t('receivables.case.pastPlans')}:{' '}
              {d.pastPlans
                .map(
                  (p) =>
                    `${date(p.agreedOn, lang)} ${money(p.totalCents, lang)} (${t(`receivables.planState.${p.status}`)})`,
                )
                .join(' · ')}
            </Text>
          )}
        </Card>
      </SimpleGrid>
      {action && <ActionModal detail={d} action={action} onClose={() => setAction(null)} />}
    </Stack>
  );
}
