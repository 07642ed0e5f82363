import { Alert, Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { date, money } from '../../lib/format.ts';
import { get } from '../../lib/api.ts';
import { ContractStatusBadge } from './ContractStatusBadge.tsx';
import { MembershipInvite } from './MembershipInvite.tsx';
import type { ContractList } from './types.ts';

export function period(first: string, last: string, lang: string): string {
  return first === last ? date(first, lang) : `${date(first, lang)} – ${date(last, lang)}`;
}

/** The worker's contracts, newest first, and the way to declare a new job. */
export function ContractsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useQuery({ queryKey: ['contracts', lang], queryFn: () => get<ContractList>('/contracts') });
  const phone = useMediaQuery('(max-width: 36em)');
  const worker = query.data?.worker ?? null;
  const remaining = worker?.remainingFreePrestations ?? null;

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('contracts.list.title')}</Title>
        {worker && (
          <Button component={Link} to="/contracts/new" data-testid="declare" disabled={remaining === 0}>
            {t('contracts.list.declare')}
          </Button>
        )}
      </Group>
      <Text c="dimmed">{t('contracts.list.intro')}</Text>
      <ErrorAlert error={query.error} />
      {remaining !== null && <MembershipInvite remaining={remaining} />}
      {query.data && !worker && <Alert color="gray">{t('contracts.list.noWorker')}</Alert>}
      {query.data && query.data.contracts.length === 0 && worker && (
        <Card withBorder>
          <Text>{t('contracts.list.none')}</Text>
        </Card>
      )}
      {query.data && query.data.contracts.length > 0 && phone && (
        <Stack gap="xs" data-testid="contracts">
          {query.data.contracts.map((c) => (
            <Card key={c.id} withBorder padding="sm" data-testid="contract-row">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Anchor component={Link} to={`/contracts/${c.id}`} ff="monospace" size="sm">
                    {c.reference}
                  </Anchor>
                  <Text size="sm">{c.clientName}</Text>
                  <Text size="xs" c="dimmed">
                    {c.jobLabel} · {period(c.firstDay, c.lastDay, lang)}
                  </Text>
                </div>
                <ContractStatusBadge status={c.status} />
              </Group>
              <Group justify="space-between" mt={6}>
                <Text size="sm" c="dimmed">
                  {t('contracts.list.payDate')}: {date(c.payDate, lang)}
                </Text>
                <Text fw={700}>{money(c.netCents, lang)}</Text>
              </Group>
              {c.status === 'on_hold' && c.holdMessage && (
                <Text size="xs" c="orange.8" mt={4} lineClamp={2}>
                  {c.holdMessage}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
      {query.data && query.data.contracts.length > 0 && !phone && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover data-testid="contracts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.list.reference')}</Table.Th>
                <Table.Th>{t('contracts.list.client')}</Table.Th>
                <Table.Th>{t('contracts.list.days')}</Table.Th>
                <Table.Th ta="right">{t('contracts.list.net')}</Table.Th>
                <Table.Th>{t('contracts.list.payDate')}</Table.Th>
                <Table.Th>{t('contracts.list.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.contracts.map((c) => (
                <Table.Tr key={c.id} data-testid="contract-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/contracts/${c.id}`} ff="monospace" size="sm">
                      {c.reference}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {c.jobLabel}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.clientName}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{period(c.firstDay, c.lastDay, lang)}</Text>
                    <Text size="xs" c="dimmed">
                      {t('contracts.list.dayCount', { count: c.dayCount })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {money(c.netCents, lang)}
                  </Table.Td>
                  <Table.Td>{date(c.payDate, lang)}</Table.Td>
                  <Table.Td>
                    <ContractStatusBadge status={c.status} />
                    {c.status === 'on_hold' && c.holdMessage && (
                      <Text size="xs" c="orange.8" mt={2} lineClamp={2}>
                        {c.holdMessage}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
