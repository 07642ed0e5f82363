import { Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { money, todayIso } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';

interface Refund {
  id: string;
  financialYear: number;
  nominalCents: number;
  amountCents: number | null;
  status: string;
  memberNumber: number;
  displayName: string;
}

export function RefundsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = useSession();
  const client = useQueryClient();
  const refunds = useQuery({ queryKey: ['refunds'], queryFn: () => get<Refund[]>('/membership/refunds') });
  const [year, setYear] = useState<number>(new Date().getFullYear() - 1);
  const [approvedOn, setApprovedOn] = useState(todayIso());
  const [ratio, setRatio] = useState<number>(100);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);

  async function approve() {
    setError(null);
    try {
      await post('/membership/accounts-approvals', {
        entityId: 'BE-COOP',
        financialYear: year,
        approvedOn,
        refundRatioBp: Math.round(ratio * 100),
      });
      await client.invalidateQueries({ queryKey: ['refunds'] });
    } catch (e) {
      setError(e);
    }
  }
  async function markPaid(id: string) {
    setError(null);
    try {
      await post(`/membership/refunds/${id}/paid`, { paidOn: todayIso() });
      await client.invalidateQueries({ queryKey: ['refunds'] });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Stack>
      <Title order={2}>{t('staff.refundsTitle')}</Title>
      <ErrorAlert error={error} />
      {hasRole(user, 'admin') && (
        <Card withBorder>
          <Title order={5} mb="xs">
            {t('staff.approveAccounts')}
          </Title>
          <Group align="flex-end" wrap="wrap">
            <NumberInput
              label={t('staff.financialYear')}
              value={year}
              onChange={(v) => setYear(Number(v))}
              allowDecimal={false}
              w={140}
              error={errors.financialYear}
            />
            <TextInput
              label={t('staff.approvedOn')}
              type="date"
              value={approvedOn}
              onChange={(e) => setApprovedOn(e.currentTarget.value)}
              error={errors.approvedOn}
            />
            <NumberInput
              label={t('staff.ratio')}
              value={ratio}
              min={0}
              max={100}
              onChange={(v) => setRatio(Number(v))}
              w={260}
              error={errors.refundRatioBp}
            />
            <Button onClick={approve}>{t('common.save')}</Button>
          </Group>
        </Card>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('staff.member')}</Table.Th>
              <Table.Th>{t('staff.financialYear')}</Table.Th>
              <Table.Th ta="right">{t('staff.nominal')}</Table.Th>
              <Table.Th ta="right">{t('staff.refund')}</Table.Th>
              <Table.Th>{t('staff.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {refunds.data?.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.memberNumber}</Table.Td>
                <Table.Td>{r.displayName}</Table.Td>
                <Table.Td>{r.financialYear}</Table.Td>
                <Table.Td ta="right">{money(r.nominalCents, lang)}</Table.Td>
                <Table.Td ta="right">{money(r.amountCents, lang)}</Table.Td>
                <Table.Td>
                  <StatusBadge value={r.status} label={t(`membership.refundStatus.${r.status}`)} />
                </Table.Td>
                <Table.Td>
                  {r.status === 'payable' && hasRole(user, 'client_service', 'admin') && (
                    <Button size="compact-xs" onClick={() => markPaid(r.id)}>
                      {t('staff.markPaid')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {refunds.data?.length === 0 && <Text c="dimmed">{t('common.noData')}</Text>}
    </Stack>
  );
}
