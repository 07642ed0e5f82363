import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, post, get } from '../../lib/api.ts';
import { dateTime } from '../../lib/format.ts';
import { period } from '../contracts/ContractsPage.tsx';
import { countryName } from '../contracts/countries.ts';

interface PostingForm {
  id: string;
  contractId: string;
  reference: string;
  country: string;
  hostName: string;
  street: string;
  postalCode: string;
  city: string;
  startDate: string;
  endDate: string;
  status: 'requested' | 'submitted' | 'issued' | 'cancelled';
  a1Reference: string | null;
  workerName: string;
  createdAt: string;
}

const STATUSES = ['requested', 'submitted', 'issued', 'cancelled'] as const;

/** Records that a posting form went to the social security, or that the A1 certificate came back. */
function HandleModal({
  form,
  status,
  onClose,
}: {
  form: PostingForm;
  status: 'submitted' | 'issued';
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [a1Reference, setA1] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  async function save() {
    setBusy(true);
    setError(null);
    try {
      await post(`/staff/postings/${form.id}`, { status, ...(a1Reference.trim() ? { a1Reference } : {}) });
      await queryClient.invalidateQueries({ queryKey: ['staff-postings'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t(`contracts.staff.posting.mark.${status}`)} — ${form.reference}`}
    >
      <Stack>
        <Text size="sm">
          {form.workerName} · {countryName(form.country, i18n.language)} · {form.hostName}
        </Text>
        <ErrorAlert error={error} />
        <TextInput
          label={t('contracts.staff.posting.a1Reference')}
          description={status === 'submitted' ? t('contracts.staff.posting.a1Optional') : undefined}
          required={status === 'issued'}
          value={a1Reference}
          onChange={(e) => setA1(e.currentTarget.value)}
          error={errors.a1Reference}
          name="a1Reference"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={busy} data-testid="posting-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The queue of A1 certificate requests made when work is done abroad. */
export function PostingsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [status, setStatus] = useState<string>('requested');
  const [handling, setHandling] = useState<{ form: PostingForm; status: 'submitted' | 'issued' } | null>(
    null,
  );
  const query = useQuery({
    queryKey: ['staff-postings', status],
    queryFn: () => get<PostingForm[]>(`/staff/postings?status=${status}`),
  });

  return (
    <Stack>
      <Title order={2}>{t('contracts.staff.postingsTitle')}</Title>
      <Text c="dimmed">{t('contracts.staff.postingsIntro')}</Text>
      <SegmentedControl
        value={status}
        onChange={setStatus}
        data={STATUSES.map((s) => ({ value: s, label: t(`contracts.postingStatus.${s}`) }))}
        w="fit-content"
        data-testid="posting-status-filter"
      />
      <ErrorAlert error={query.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="postings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contracts.list.reference')}</Table.Th>
              <Table.Th>{t('contracts.staff.worker')}</Table.Th>
              <Table.Th>{t('contracts.staff.posting.country')}</Table.Th>
              <Table.Th>{t('contracts.staff.posting.host')}</Table.Th>
              <Table.Th>{t('contracts.staff.posting.period')}</Table.Th>
              <Table.Th>{t('contracts.list.status')}</Table.Th>
              <Table.Th>{t('contracts.staff.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data?.map((f) => (
              <Table.Tr key={f.id} data-testid="posting-row">
                <Table.Td>
                  <Anchor component={Link} to={`/contracts/${f.contractId}`} ff="monospace" size="sm">
                    {f.reference}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {dateTime(f.createdAt, lang)}
                  </Text>
                </Table.Td>
                <Table.Td>{f.workerName}</Table.Td>
                <Table.Td>{countryName(f.country, lang)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{f.hostName}</Text>
                  <Text size="xs" c="dimmed">
                    {f.street}, {f.postalCode} {f.city}
                  </Text>
                </Table.Td>
                <Table.Td>{period(f.startDate, f.endDate, lang)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    variant="light"
                    color={f.status === 'issued' ? 'green' : f.status === 'cancelled' ? 'gray' : 'orange'}
                  >
                    {t(`contracts.postingStatus.${f.status}`)}
                  </Badge>
                  {f.a1Reference && (
                    <Text size="xs" ff="monospace">
                      {f.a1Reference}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {f.status === 'requested' && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => setHandling({ form: f, status: 'submitted' })}
                      >
                        {t('contracts.staff.posting.mark.submitted')}
                      </Button>
                    )}
                    {(f.status === 'requested' || f.status === 'submitted') && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="green"
                        onClick={() => setHandling({ form: f, status: 'issued' })}
                      >
                        {t('contracts.staff.posting.mark.issued')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {query.data?.length === 0 && <Text c="dimmed">{t('common.noData')}</Text>}
      {handling && <HandleModal {...handling} onClose={() => setHandling(null)} />}
    </Stack>
  );
}
