import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { get } from '../../lib/api.ts';
import { date } from '../../lib/format.ts';
import { MembershipCard, type MembershipView } from '../member/MembershipPage.tsx';

interface Page {
  total: number;
  totalCapped: boolean;
  items: Item[];
}
interface Item {
  id: string;
  memberNumber: number | null;
  status: string;
  admittedOn: string | null;
  displayName: string;
  email: string;
  city: string;
  categories: string[];
  shares: number;
}
interface Figures {
  byCategory: Array<{ entityId: string; category: string; members: number; shares: number }>;
  newMembersByYear: Array<{ entityId: string; year: number; admitted: number }>;
}

const PAGE = 50;

function MemberDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['register-member', id],
    queryFn: () => get<MembershipView & { person: Record<string, string | null> }>(`/register/members/${id}`),
  });
  const p = query.data?.person;
  return (
    <Modal opened onClose={onClose} size="xl" title={t('staff.detail')}>
      <ErrorAlert error={query.error} />
      {p && (
        <Card withBorder mb="md">
          <Title order={5} mb="xs">
            {t('staff.identity')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4}>
            <Text size="sm">NISS: {p.niss ?? '–'}</Text>
            <Text size="sm">
              {t('join.birthDate')}: {date(p.birth_date, i18n.language)}
            </Text>
            <Text size="sm">
              {p.street}, {p.postal_code} {p.city} ({p.country})
            </Text>
            <Text size="sm">IBAN: {p.iban}</Text>
            <Text size="sm">{p.email}</Text>
            <Text size="sm">{p.phone ?? ''}</Text>
          </SimpleGrid>
        </Card>
      )}
      {query.data && <MembershipCard view={query.data} />}
    </Modal>
  );
}

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [status, setStatus] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
  if (debounced.trim()) params.set('q', debounced.trim());
  if (status) params.set('status', status);
  if (category) params.set('category', category);
  const list = useQuery({
    queryKey: ['register', params.toString()],
    queryFn: () => get<Page>(`/register/members?${params}`),
  });
  const figures = useQuery({ queryKey: ['figures'], queryFn: () => get<Figures>('/register/figures') });
  const csv = new URLSearchParams(params);
  csv.delete('limit');
  csv.delete('offset');

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('staff.registerTitle')}</Title>
        <Button component="a" href={`/api/v1/register/members.csv?${csv}`} variant="light">
          {t('common.exportCsv')}
        </Button>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          placeholder={t('staff.searchPlaceholder')}
          aria-label={t('common.search')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setOffset(0);
          }}
          style={{ flex: 1, minWidth: 220 }}
          data-testid="register-search"
        />
        <Select
          placeholder={t('staff.status')}
          clearable
          value={status}
          onChange={(v) => {
            setStatus(v);
            setOffset(0);
          }}
          data={['applicant', 'member', 'refused', 'resigned'].map((s) => ({
            value: s,
            label: t(`membership.statusValue.${s}`),
          }))}
          w={200}
        />
        <Select
          placeholder={t('membership.category')}
          clearable
          value={category}
          onChange={setCategory}
          data={['A', 'B', 'C']}
          w={140}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Text size="sm" c="dimmed">
        {t('staff.results', { count: list.data?.total ?? 0 })}
        {list.data?.totalCapped ? '+' : ''}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover data-testid="register-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('staff.member')}</Table.Th>
              <Table.Th>{t('staff.city')}</Table.Th>
              <Table.Th>{t('staff.categories')}</Table.Th>
              <Table.Th ta="right">{t('staff.shares')}</Table.Th>
              <Table.Th>{t('staff.admitted')}</Table.Th>
              <Table.Th>{t('staff.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((m) => (
              <Table.Tr key={m.id} onClick={() => setSelected(m.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>{m.memberNumber ?? '–'}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {m.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {m.email}
                  </Text>
                </Table.Td>
                <Table.Td>{m.city}</Table.Td>
                <Table.Td>
                  {m.categories.map((c) => (
                    <Badge key={c} variant="outline" mr={4}>
                      {c}
                    </Badge>
                  ))}
                </Table.Td>
                <Table.Td ta="right">{m.shares}</Table.Td>
                <Table.Td>{date(m.admittedOn, lang)}</Table.Td>
                <Table.Td>
                  <StatusBadge value={m.status} label={t(`membership.statusValue.${m.status}`)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button
          variant="default"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE))}
        >
          {t('staff.previous')}
        </Button>
        <Button
          variant="default"
          disabled={!list.data || offset + PAGE >= list.data.total}
          onClick={() => setOffset(offset + PAGE)}
        >
          {t('staff.nextPage')}
        </Button>
      </Group>

      <Title order={3} mt="lg">
        {t('staff.figures')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={5} mb="xs">
            {t('staff.byCategory')}
          </Title>
          <Table data-testid="figures-category">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Entity</Table.Th>
                <Table.Th>{t('membership.category')}</Table.Th>
                <Table.Th ta="right">{t('staff.members')}</Table.Th>
                <Table.Th ta="right">{t('staff.shares')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.data?.byCategory.map((r) => (
                <Table.Tr key={r.entityId + r.category}>
                  <Table.Td>{r.entityId}</Table.Td>
                  <Table.Td>{r.category}</Table.Td>
                  <Table.Td ta="right">{r.members}</Table.Td>
                  <Table.Td ta="right">{r.shares}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={5} mb="xs">
            {t('staff.newByYear')}
          </Title>
          <Stack gap={6}>
            {(() => {
              const rows = figures.data?.newMembersByYear ?? [];
              const max = Math.max(1, ...rows.map((r) => r.admitted));
              return rows.map((r) => (
                <Group key={r.entityId + r.year} gap="xs" wrap="nowrap">
                  <Text size="sm" w={90}>
                    {r.year} {r.entityId !== 'BE-COOP' ? r.entityId : ''}
                  </Text>
                  <div
                    style={{
                      background: 'var(--mantine-color-blue-5)',
                      height: 14,
                      width: `${(r.admitted / max) * 70}%`,
                      borderRadius: 3,
                    }}
                  />
                  <Text size="sm">{r.admitted}</Text>
                </Group>
              ));
            })()}
          </Stack>
        </Card>
      </SimpleGrid>
      {selected && <MemberDetail id={selected} onClose={() => setSelected(null)} />}
    </Stack>
  );
}
