import { Badge, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get, patch } from '../../lib/api.ts';
import type { Role } from '../../lib/session.ts';

interface User {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  totpEnabled: boolean;
  disabledAt: string | null;
}
const ROLES: Role[] = ['member', 'adviser', 'client_service', 'payroll', 'board', 'admin'];

export function UsersPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [error, setError] = useState<unknown>(null);
  const users = useQuery({
    queryKey: ['users', debounced],
    queryFn: () =>
      get<User[]>(`/admin/users?limit=100${debounced ? `&q=${encodeURIComponent(debounced)}` : ''}`),
  });

  async function toggle(user: User, role: Role, on: boolean) {
    setError(null);
    const roles = on ? [...user.roles, role] : user.roles.filter((r) => r !== role);
    try {
      await patch(`/admin/users/${user.id}`, { roles });
      await client.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Stack>
      <Title order={2}>{t('staff.usersTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('staff.usersNote')}
      </Text>
      <TextInput
        placeholder={t('common.search')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={360}
      />
      <ErrorAlert error={error ?? users.error} />
      <Table.ScrollContainer minWidth={860}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.member')}</Table.Th>
              {ROLES.map((r) => (
                <Table.Th key={r}>{t(`roles.${r}`)}</Table.Th>
              ))}
              <Table.Th>2FA</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {u.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {u.email}
                  </Text>
                </Table.Td>
                {ROLES.map((r) => (
                  <Table.Td key={r}>
                    <Checkbox
                      aria-label={`${u.email} ${r}`}
                      checked={u.roles.includes(r)}
                      onChange={(e) => toggle(u, r, e.currentTarget.checked)}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  <Group gap={4}>
                    {u.totpEnabled ? <Badge color="green">✓</Badge> : <Badge color="gray">–</Badge>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
