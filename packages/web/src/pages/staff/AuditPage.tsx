import { Code, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get } from '../../lib/api.ts';
import { dateTime } from '../../lib/format.ts';

interface Line {
  id: number;
  at: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  actor: string | null;
  before: unknown;
  after: unknown;
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState('');
  const [debounced] = useDebouncedValue(action, 300);
  const query = useQuery({
    queryKey: ['audit', debounced],
    queryFn: () =>
      get<Line[]>(`/audit?limit=100${debounced ? `&action=${encodeURIComponent(debounced)}` : ''}`),
  });
  return (
    <Stack>
      <Title order={2}>{t('staff.auditTitle')}</Title>
      <TextInput
        placeholder={t('staff.action')}
        value={action}
        onChange={(e) => setAction(e.currentTarget.value)}
        maw={320}
      />
      <ErrorAlert error={query.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('membership.date')}</Table.Th>
              <Table.Th>{t('staff.action')}</Table.Th>
              <Table.Th>{t('staff.subjectCol')}</Table.Th>
              <Table.Th>{t('staff.actor')}</Table.Th>
              <Table.Th>Before → after</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data?.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>
                  <Text size="xs">{dateTime(line.at, i18n.language)}</Text>
                </Table.Td>
                <Table.Td>
                  <Code>{line.action}</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {line.subjectType} {line.subjectId?.slice(0, 12)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{line.actor ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {line.before ? JSON.stringify(line.before) : ''}{' '}
                    {line.after ? `→ ${JSON.stringify(line.after)}` : ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
