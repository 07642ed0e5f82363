import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get } from '../../lib/api.ts';
import { date, money } from '../../lib/format.ts';
import { ContractStatusBadge } from '../contracts/ContractStatusBadge.tsx';
import { period } from '../contracts/ContractsPage.tsx';
import type { ContractSummary } from '../contracts/types.ts';

const STATUSES = ['declared', 'on_hold', 'paid', 'cancelled'] as const;

/** Advisers check the declarations of the members they follow (or all): warnings first catch the eye. */
export function DeclarationsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [scope, setScope] = useState<'followed' | 'all'>('followed');
  const [status, setStatus] = useState<string | null>(null);
  const [warningsOnly, setWarningsOnly] = useState(false);
  const params = new URLSearchParams({
    scope,
    warningsOnly: String(warningsOnly),
    ...(status ? { status } : {}),
  });
  const query = useQuery({
    queryKey: ['staff-declarations', params.toString(), lang],
    queryFn: () => get<ContractSummary[]>(`/staff/declarations?${params}`),
  });

  return (
    <Stack>
      <Title order={2}>{t('contracts.staff.declarationsTitle')}</Title>
      <Group align="flex-end">
        <SegmentedControl
          value={scope}
          onChange={(v) => setScope(v as 'followed' | 'all')}
          data={[
            { value: 'followed', label: t('contracts.staff.followed') },
            { value: 'all', label: t('contracts.staff.all') },
          ]}
          data-testid="scope"
        />
        <Select
          label={t('contracts.list.status')}
          placeholder={t('common.all')}
          data={STATUSES.map((s) => ({ value: s, label: t(`contracts.status.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={200}
          name="status"
        />
        <Checkbox
          label={t('contracts.staff.warningsOnly')}
          checked={warningsOnly}
          onChange={(e) => setWarningsOnly(e.currentTarget.checked)}
          mb={8}
          name="warningsOnly"
        />
      </Group>
      <ErrorAlert error={query.error} />
      <Table.ScrollContainer minWidth={980}>
        <Table striped highlightOnHover data-testid="declarations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contracts.list.reference')}</Table.Th>
              <Table.Th>{t('contracts.staff.worker')}</Table.Th>
              <Table.Th>{t('contracts.list.client')}</Table.Th>
              <Table.Th>{t('contracts.list.days')}</Table.Th>
              <Table.Th ta="right">{t('contracts.staff.amount')}</Table.Th>
              <Table.Th ta="right">{t('contracts.list.net')}</Table.Th>
              <Table.Th>{t('contracts.list.payDate')}</Table.Th>
              <Table.Th>{t('contracts.list.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data?.map((c) => (
              <Table.Tr key={c.id} data-testid="declaration-row">
                <Table.Td>
                  <Anchor component={Link} to={`/contracts/${c.id}`} ff="monospace" size="sm">
                    {c.reference}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {c.jobLabel} · {c.contractTypeLabel}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.workerName}</Text>
                  <Text size="xs" c="dimmed">
                    {c.memberNumber ? `#${c.memberNumber}` : t('contracts.staff.notMember')}
                  </Text>
                </Table.Td>
                <Table.Td>{c.clientName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{period(c.firstDay, c.lastDay, lang)}</Text>
                  <Text size="xs" c="dimmed">
                    {t('contracts.list.dayCount', { count: c.dayCount })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(c.amountExclVatCents, lang)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(c.netCents, lang)}
                </Table.Td>
                <Table.Td>{date(c.payDate, lang)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <ContractStatusBadge status={c.status} />
                    {c.withoutShares && (
                      <Badge color="gray" variant="outline" size="sm">
                        {t('contracts.staff.withoutShares')}
                      </Badge>
                    )}
                    {c.warnings.map((w) => (
                      <Tooltip key={w.code} label={w.message} multiline w={300} withArrow>
                        <Badge
                          color="yellow"
                          variant="filled"
                          size="sm"
                          data-testid="warning"
                          data-code={w.code}
                        >
                          {t(`contracts.warning.${w.code.replace('contract.warning.', '')}`, {
                            defaultValue: w.message,
                          })}
                        </Badge>
                      </Tooltip>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {query.data?.length === 0 && <Text c="dimmed">{t('common.noData')}</Text>}
    </Stack>
  );
}
