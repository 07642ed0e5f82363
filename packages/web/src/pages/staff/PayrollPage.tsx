import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get, post } from '../../lib/api.ts';
import { date, dateTime, money } from '../../lib/format.ts';
import type { ContractOptions } from '../contracts/types.ts';
import { CdiRunCard } from '../advisers/CdiRunCard.tsx';

interface Due {
  today: string;
  payDates: Array<{
    payDate: string;
    contracts: number;
    onHold: number;
    grossCents: number;
    netCents: number;
    clientUnpaid: number;
  }>;
}
interface PayRun {
  id: string;
  payDate: string;
  contractCount: number;
  grossCents: number;
  netCents: number;
  advancedCents: number;
  createdAt: string;
  runBy: string | null;
}
interface Fund {
  fundBalanceCents: number;
  outstandingAdvancesCents: number;
  advances: Array<{
    id: string;
    contractId: string;
    reference: string;
    invoiceNumber: string;
    clientName: string;
    workerName: string;
    amountCents: number;
    reimbursedCents: number;
    dueDate: string | null;
    advancedAt: string;
  }>;
}

/** Payroll: pays the contracts whose pay date has come, paid by the client or not (the guarantee fund advances). */
export function PayrollPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [entityId, setEntityId] = useState('BE-PA');
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<PayRun | null>(null);
  const options = useQuery({
    queryKey: ['contract-options', lang],
    queryFn: () => get<ContractOptions>('/contracts/options'),
  });
  const due = useQuery({
    queryKey: ['payroll', 'due', entityId],
    queryFn: () => get<Due>(`/payroll/due?entityId=${entityId}`),
  });
  const runs = useQuery({
    queryKey: ['payroll', 'runs', entityId],
    queryFn: () => get<PayRun[]>(`/payroll/runs?entityId=${entityId}`),
  });
  const fund = useQuery({
    queryKey: ['payroll', 'fund', entityId],
    queryFn: () => get<Fund>(`/payroll/guarantee-fund?entityId=${entityId}`),
  });

  async function run(payDate: string) {
    setRunning(payDate);
    setError(null);
    setDone(null);
    try {
      const result = await post<PayRun>('/payroll/runs', { entityId, payDate });
      setDone(result);
      await queryClient.invalidateQueries({ queryKey: ['payroll'] });
    } catch (e) {
      setError(e);
    } finally {
      setRunning(null);
    }
  }

  const today = due.data?.today;
  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('contracts.payroll.title')}</Title>
        <Select
          label={t('contracts.work.entity')}
          data={(options.data?.entities ?? [{ id: 'BE-PA', name: 'BE-PA' }]).map((e) => ({
            value: e.id,
            label: e.name,
          }))}
          value={entityId}
          onChange={(v) => v && setEntityId(v)}
          allowDeselect={false}
          w={280}
          name="entityId"
        />
      </Group>
      <Text c="dimmed">{t('contracts.payroll.intro')}</Text>
      <ErrorAlert error={error ?? due.error} />
      {done && (
        <Alert
          color="green"
          title={t('contracts.payroll.doneTitle')}
          data-testid="run-done"
          withCloseButton
          onClose={() => setDone(null)}
        >
          {t('payments.payroll.done', {
            count: done.contractCount,
            net: money(done.netCents, lang),
            advanced: money(done.advancedCents, lang),
          })}{' '}
          <Anchor component={Link} to="/staff/payments">
            {t('payments.payroll.toPayments')}
          </Anchor>
        </Alert>
      )}

      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('contracts.payroll.due')}</Title>
          {today && (
            <Text size="sm" c="dimmed">
              {t('contracts.payroll.today', { date: date(today, lang) })}
            </Text>
          )}
        </Group>
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="pay-dates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.payroll.payDate')}</Table.Th>
                <Table.Th ta="right">{t('contracts.payroll.contracts')}</Table.Th>
                <Table.Th ta="right">{t('contracts.payroll.onHold')}</Table.Th>
                <Table.Th ta="right">{t('contracts.payroll.gross')}</Table.Th>
                <Table.Th ta="right">{t('contracts.payroll.net')}</Table.Th>
                <Table.Th ta="right">{t('contracts.payroll.clientUnpaid')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {due.data?.payDates.map((d) => {
                const future = !today || d.payDate > today;
                const payable = d.contracts - d.onHold;
                return (
                  <Table.Tr key={d.payDate} data-testid="pay-date-row" data-date={d.payDate}>
                    <Table.Td fw={500}>{date(d.payDate, lang)}</Table.Td>
                    <Table.Td ta="right">{d.contracts}</Table.Td>
                    <Table.Td ta="right" c={d.onHold > 0 ? 'orange.8' : undefined}>
                      {d.onHold}
                    </Table.Td>
                    <Table.Td ta="right">{money(d.grossCents, lang)}</Table.Td>
                    <Table.Td ta="right">{money(d.netCents, lang)}</Table.Td>
                    <Table.Td ta="right">{d.clientUnpaid}</Table.Td>
                    <Table.Td ta="right">
                      <Tooltip
                        label={future ? t('contracts.payroll.notYet') : t('contracts.payroll.onlyHeld')}
                        disabled={!future && payable > 0}
                      >
                        <span>
                          <Button
                            size="compact-sm"
                            onClick={() => run(d.payDate)}
                            loading={running === d.payDate}
                            disabled={future || payable === 0 || running !== null}
                            data-testid="run-pay"
                          >
                            {t('contracts.payroll.run')}
                          </Button>
                        </span>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {due.data?.payDates.length === 0 && <Text c="dimmed">{t('contracts.payroll.nothingDue')}</Text>}
      </Card>

      <CdiRunCard
        key={entityId}
        entities={options.data?.entities ?? [{ id: 'BE-PA', name: 'BE-PA' }]}
        entityId={entityId}
      />

      <Card withBorder>
        <Title order={4} mb="sm">
          {t('contracts.payroll.fund')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
          <div>
            <Text size="sm" c="dimmed">
              {t('contracts.payroll.fundBalance')}
            </Text>
            <Text size="xl" fw={700} data-testid="fund-balance">
              {money(fund.data?.fundBalanceCents, lang)}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('contracts.payroll.outstanding')}
            </Text>
            <Text size="xl" fw={700} c="orange.8" data-testid="fund-outstanding">
              {money(fund.data?.outstandingAdvancesCents, lang)}
            </Text>
          </div>
        </SimpleGrid>
        <ErrorAlert error={fund.error} />
        {fund.data && fund.data.advances.length > 0 ? (
          <Table.ScrollContainer minWidth={760}>
            <Table striped data-testid="advances">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contracts.list.reference')}</Table.Th>
                  <Table.Th>{t('contracts.staff.worker')}</Table.Th>
                  <Table.Th>{t('contracts.list.client')}</Table.Th>
                  <Table.Th>{t('contracts.invoices.dueDate')}</Table.Th>
                  <Table.Th ta="right">{t('contracts.payroll.advanced')}</Table.Th>
                  <Table.Th ta="right">{t('contracts.payroll.reimbursed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fund.data.advances.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/contracts/${a.contractId}`} ff="monospace" size="sm">
                        {a.reference}
                      </Anchor>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {a.invoiceNumber}
                      </Text>
                    </Table.Td>
                    <Table.Td>{a.workerName}</Table.Td>
                    <Table.Td>{a.clientName}</Table.Td>
                    <Table.Td>{date(a.dueDate, lang)}</Table.Td>
                    <Table.Td ta="right">{money(a.amountCents, lang)}</Table.Td>
                    <Table.Td ta="right">{money(a.reimbursedCents, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('contracts.payroll.noAdvance')}
          </Text>
        )}
      </Card>

      <Card withBorder>
        <Title order={4} mb="sm">
          {t('contracts.payroll.runs')}
        </Title>
        {runs.data && runs.data.length > 0 ? (
          <Table.ScrollContainer minWidth={700}>
            <Table striped data-testid="pay-runs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contracts.payroll.payDate')}</Table.Th>
                  <Table.Th>{t('contracts.payroll.runAt')}</Table.Th>
                  <Table.Th ta="right">{t('contracts.payroll.contracts')}</Table.Th>
                  <Table.Th ta="right">{t('contracts.payroll.gross')}</Table.Th>
                  <Table.Th ta="right">{t('contracts.payroll.net')}</Table.Th>
                  <Table.Th ta="right">{t('contracts.payroll.advanced')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.data.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{date(r.payDate, lang)}</Table.Td>
                    <Table.Td>
                      {dateTime(r.createdAt, lang)}
                      {r.runBy ? ` · ${r.runBy}` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{r.contractCount}</Table.Td>
                    <Table.Td ta="right">{money(r.grossCents, lang)}</Table.Td>
                    <Table.Td ta="right">{money(r.netCents, lang)}</Table.Td>
                    <Table.Td ta="right">{money(r.advancedCents, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('contracts.payroll.noRun')}
          </Text>
        )}
      </Card>
    </Stack>
  );
}
