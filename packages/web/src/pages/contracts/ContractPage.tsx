import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { BreakdownTable, percent, SharesBar } from '../../components/BreakdownTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { date, dateTime, money } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';
import { ContractStatusBadge, InvoiceStatusBadge } from './ContractStatusBadge.tsx';
import { period } from './ContractsPage.tsx';
import { countryName } from './countries.ts';
import type { ContractDetail } from './types.ts';

type Action = 'cancel' | 'correct' | 'hold' | 'release';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId} component="div">
        {children}
      </Text>
    </div>
  );
}

/** Cancel (worker, before the first day), correct (staff, with a reason), hold (with a message) or release. */
function ActionModal({
  contract,
  action,
  onClose,
}: {
  contract: ContractDetail;
  action: Action;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const needsText = action === 'hold' || action === 'correct';

  async function send() {
    setBusy(true);
    setError(null);
    try {
      const path = action === 'correct' ? 'cancel' : action;
      const body =
        action === 'hold'
          ? { message: text }
          : action === 'release'
            ? {}
            : text.trim()
              ? { reason: text }
              : {};
      await post(`/contracts/${contract.id}/${path}`, body);
      await queryClient.invalidateQueries({ queryKey: ['contract', contract.id] });
      await queryClient.invalidateQueries({ queryKey: ['contracts'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t(`contracts.detail.action.${action}`)}>
      <Stack>
        <Text size="sm">{t(`contracts.detail.confirm.${action}`, { reference: contract.reference })}</Text>
        <ErrorAlert error={error} />
        {action !== 'release' && (
          <Textarea
            label={action === 'hold' ? t('contracts.detail.holdMessage') : t('contracts.detail.reason')}
            description={action === 'hold' ? t('contracts.detail.holdMessageHelp') : undefined}
            required={needsText}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.message ?? errors.reason}
            autosize
            minRows={3}
            name={action === 'hold' ? 'message' : 'reason'}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('contracts.detail.keep')}
          </Button>
          <Button
            color={action === 'release' ? 'blue' : action === 'hold' ? 'orange' : 'red'}
            onClick={send}
            loading={busy}
            disabled={needsText && text.trim().length < 3}
            data-testid="action-confirm"
          >
            {t(`contracts.detail.action.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** One contract: its status, documents, days, breakdown, declarations and history, with the actions allowed. */
export function ContractPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = useSession();
  const [action, setAction] = useState<Action | null>(null);
  const query = useQuery({
    queryKey: ['contract', id, lang],
    queryFn: () => get<ContractDetail>(`/contracts/${id}`),
  });
  const c = query.data;
  // Staff come from their queues; workers from their contracts.
  const staffView =
    !hasRole(user, 'member') && hasRole(user, 'adviser', 'payroll', 'client_service', 'admin');
  const backTo = staffView ? '/staff/declarations' : '/contracts';
  if (!c) {
    return (
      <Stack maw={1000}>
        <Anchor component={Link} to={backTo} size="sm">
          {t('contracts.detail.back')}
        </Anchor>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }

  const canHold = hasRole(user, 'adviser', 'admin');
  const canCorrect = hasRole(user, 'adviser', 'payroll', 'admin');
  // The server allows a plain cancellation before the first day; afterwards only staff correct with a reason.
  const correctable = c.canCorrect && canCorrect;
  const doc = (kind: string) => `/api/v1/contracts/${c.id}/documents/${kind}`;
  const docButton = (kind: string, label: string) => (
    <Button
      component="a"
      href={doc(kind)}
      target="_blank"
      rel="noopener"
      variant="light"
      data-testid={`doc-${kind}`}
      leftSection={<span aria-hidden>⤓</span>}
    >
      {label}
    </Button>
  );

  return (
    <Stack maw={1000} data-testid="contract">
      <Anchor component={Link} to={backTo} size="sm">
        {t('contracts.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2} ff="monospace" fz={{ base: 'lg', sm: 'xl' }} data-testid="contract-reference">
              {c.reference}
            </Title>
            <ContractStatusBadge status={c.status} />
          </Group>
          <Text c="dimmed">
            {c.jobLabel} · {c.clientName}
          </Text>
        </div>
        <Group gap="xs">
          {c.canCancel && (
            <Button variant="light" color="red" onClick={() => setAction('cancel')} data-testid="cancel">
              {t('contracts.detail.action.cancel')}
            </Button>
          )}
          {canHold && c.status === 'declared' && (
            <Button variant="light" color="orange" onClick={() => setAction('hold')} data-testid="hold">
              {t('contracts.detail.action.hold')}
            </Button>
          )}
          {canHold && c.status === 'on_hold' && (
            <Button variant="light" onClick={() => setAction('release')} data-testid="release">
              {t('contracts.detail.action.release')}
            </Button>
          )}
          {correctable && (
            <Button variant="subtle" color="red" onClick={() => setAction('correct')} data-testid="correct">
              {t('contracts.detail.action.correct')}
            </Button>
          )}
        </Group>
      </Group>

      {c.status === 'on_hold' && (
        <Alert
          color="orange"
          variant="filled"
          title={staffView ? t('contracts.detail.onHoldStaffTitle') : t('contracts.detail.onHoldTitle')}
          data-testid="hold-message"
        >
          <Text size="md" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
            {c.holdMessage}
          </Text>
          {!staffView && (
            <Text size="sm" mt="xs">
              {t('contracts.detail.onHoldHelp')}
            </Text>
          )}
        </Alert>
      )}
      {c.status === 'cancelled' && (
        <Alert color="gray" variant="light">
          {t('contracts.detail.cancelledNote')}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('contracts.detail.invoiced')}
          </Text>
          <Text size="xl" fw={700}>
            {money(c.amountExclVatCents, lang)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('contracts.detail.plusVat', { vat: money(c.vatCents, lang) })}
          </Text>
        </Card>
        <Card withBorder bg="var(--mantine-color-green-0)">
          <Text size="sm" c="dimmed">
            {t('contracts.detail.net')}
          </Text>
          <Text size="xl" fw={700} c="green.8" data-testid="contract-net">
            {money(c.netCents, lang)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('contracts.detail.gross', { gross: money(c.breakdown.grossCents, lang) })}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {c.payslip ? t('contracts.detail.paidOn') : t('contracts.detail.payDate')}
          </Text>
          <Text size="xl" fw={700} data-testid="contract-pay-date">
            {date(c.payslip?.payDate ?? c.payDate, lang)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('contracts.detail.guarantee')}
          </Text>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Title order={4} mb="sm">
          {t('contracts.detail.documents')}
        </Title>
        <Group gap="sm">
          {docButton('contract', t('contracts.detail.doc.contract'))}
          {c.invoice && docButton('invoice', t('contracts.detail.doc.invoice', { number: c.invoice.number }))}
          {c.invoice && docButton('invoice-ubl', t('contracts.detail.doc.invoiceUbl'))}
          {c.creditNote &&
            docButton('credit-note', t('contracts.detail.doc.creditNote', { number: c.creditNote.number }))}
          {c.payslip && docButton('payslip', t('contracts.detail.doc.payslip', { number: c.payslip.number }))}
        </Group>
        {!c.payslip && c.status !== 'cancelled' && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('contracts.detail.payslipLater', { date: date(c.payDate, lang) })}
          </Text>
        )}
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={4} mb="sm">
            {t('contracts.detail.work')}
          </Title>
          <SimpleGrid cols={2} spacing="sm">
            <Fact label={t('contracts.detail.entity')}>{c.entityName}</Fact>
            <Fact label={t('contracts.detail.contractType')}>{c.contractTypeLabel}</Fact>
            <Fact label={t('contracts.detail.job')}>
              {c.jobLabel}
              <Text size="xs" c="dimmed">
                {c.jobFamilyLabel}
              </Text>
            </Fact>
            <Fact label={t('contracts.detail.countryOfWork')}>{countryName(c.countryOfWork, lang)}</Fact>
            <Fact label={t('contracts.detail.period')}>{period(c.firstDay, c.lastDay, lang)}</Fact>
            <Fact label={t('contracts.detail.withholding')}>{percent(c.withholdingRateBp)}</Fact>
          </SimpleGrid>
          {c.description && (
            <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.description}
            </Text>
          )}
          {c.risks.length > 0 && (
            <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
              <Fact label={t('contracts.detail.risks')} testId="contract-risks">
                {c.risks.join(' · ')}
              </Fact>
            </div>
          )}
        </Card>
        <Card withBorder>
          <Title order={4} mb="sm">
            {t('contracts.detail.days', { count: c.days.length })}
          </Title>
          <Table data-testid="contract-days">
            <Table.Tbody>
              {c.days.map((d) => (
                <Table.Tr key={d.date}>
                  <Table.Td>{date(d.date, lang)}</Table.Td>
                  <Table.Td ta="right">
                    {d.hours.toLocaleString(lang, { maximumFractionDigits: 2 })} h
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td fw={600}>{t('contracts.detail.totalHours')}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {c.totalHours.toLocaleString(lang, { maximumFractionDigits: 2 })} h
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={4} mb="sm">
            {t('contracts.detail.declarations')}
          </Title>
          <Stack gap="sm">
            <Fact label={t('contracts.detail.employmentDeclaration')} testId="declaration">
              {c.declaration ? (
                <Group gap="xs">
                  <span style={{ fontFamily: 'monospace' }}>{c.declaration.reference}</span>
                  <Badge
                    variant="light"
                    color={c.declaration.status === 'cancelled' ? 'gray' : 'green'}
                    size="sm"
                  >
                    {t(`contracts.declarationStatus.${c.declaration.status}`)}
                  </Badge>
                </Group>
              ) : (
                '–'
              )}
            </Fact>
            {c.posting && (
              <Fact
                label={t('contracts.detail.posting', { country: countryName(c.posting.country, lang) })}
                testId="posting-status"
              >
                <Group gap="xs">
                  <Badge
                    variant="light"
                    color={
                      c.posting.status === 'issued'
                        ? 'green'
                        : c.posting.status === 'cancelled'
                          ? 'gray'
                          : 'orange'
                    }
                    size="sm"
                  >
                    {t(`contracts.postingStatus.${c.posting.status}`)}
                  </Badge>
                  {c.posting.a1Reference && (
                    <span style={{ fontFamily: 'monospace' }}>{c.posting.a1Reference}</span>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {c.posting.hostName}, {c.posting.city} ·{' '}
                  {period(c.posting.startDate, c.posting.endDate, lang)}
                </Text>
              </Fact>
            )}
            {c.invoice && (
              <Fact label={t('contracts.detail.invoice', { number: c.invoice.number })}>
                <Group gap="xs">
                  <InvoiceStatusBadge status={c.invoice.status} />
                  <Text size="xs" c="dimmed" component="span">
                    {t('contracts.detail.invoicePaid', {
                      paid: money(c.invoice.paidCents, lang),
                      total: money(c.invoice.totalInclVatCents, lang),
                      due: date(c.invoice.dueDate, lang),
                    })}
                  </Text>
                </Group>
              </Fact>
            )}
            {c.guaranteeAdvance && (
              <Text size="xs" c="dimmed">
                {t('contracts.detail.advance', {
                  amount: money(c.guaranteeAdvance.amountCents, lang),
                  reimbursed: money(c.guaranteeAdvance.reimbursedCents, lang),
                })}
              </Text>
            )}
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={4} mb="sm">
            {t('contracts.detail.history')}
          </Title>
          <Timeline bulletSize={14} lineWidth={2} active={c.events.length - 1} data-testid="events">
            {c.events.map((e, i) => (
              <Timeline.Item key={i} title={t(`contracts.event.${e.action}`)}>
                <Text size="xs" c="dimmed">
                  {dateTime(e.at, lang)}
                  {e.actorName ? ` · ${e.actorName}` : ''}
                </Text>
                {e.message && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.message}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Title order={4} mb="sm">
          {t('contracts.detail.whereMoneyGoes')}
        </Title>
        <SharesBar shares={c.breakdown.shares} total={c.breakdown.amountExclVatCents} />
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('contracts.detail.breakdown')}
        </Title>
        <BreakdownTable lines={c.breakdown.lines} testId="contract-lines" />
      </Card>
      {action && <ActionModal contract={c} action={action} onClose={() => setAction(null)} />}
    </Stack>
  );
}
