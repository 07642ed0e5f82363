import {
  Alert,
  Anchor,
  Badge,
  Button,
  CopyButton,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { date, dateTime } from '../../lib/format.ts';

/** What `GET /api/v1/client-requests` answers (server `client-access/routes.ts`). */
interface ClientRequest {
  id: string;
  entityId: string;
  clientId: string;
  clientName: string;
  invoiceId: string | null;
  invoiceNumber: string | null;
  performer: string | null;
  kind: string;
  message: string;
  contactEmail: string;
  language: string;
  status: 'open' | 'closed';
  resolution: string | null;
  closedBy: string | null;
  closedAt: string | null;
  createdAt: string;
}

interface AccessLink {
  clientId: string;
  clientName: string;
  clientEmail: string;
  link: string;
}

const STATUSES = ['open', 'closed', 'all'] as const;

/**
 * The link to a client's own page, for client service: open it, copy it, send it again to the client, or
 * replace it when it went astray. Reached from an invoice (the client of that invoice).
 */
export function ClientLinkModal({ invoiceId, onClose }: { invoiceId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const sendKey = useRef(crypto.randomUUID());
  const access = useQuery({
    queryKey: ['client-access-link', invoiceId],
    queryFn: () => get<AccessLink>(`/invoices/${invoiceId}/client-access-link`),
  });
  const queryClient = useQueryClient();
  const data = access.data;

  async function run(action: 'send' | 'revoke') {
    if (!data) return;
    setBusy(true);
    setError(null);
    try {
      if (action === 'send') {
        const reply = await post<{ sentTo: string }>(
          `/clients/${data.clientId}/access-link/send`,
          {},
          sendKey.current,
        );
        setSent(reply.sentTo);
      } else {
        await post(`/clients/${data.clientId}/access-link/revoke`);
        setRevoked(true);
        setSent(null);
        sendKey.current = crypto.randomUUID();
        await queryClient.invalidateQueries({ queryKey: ['client-access-link'] });
      }
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
      size="lg"
      title={data ? t('client.staff.link.title', { client: data.clientName }) : ''}
    >
      <Stack>
        <ErrorAlert error={access.error ?? error} />
        {data && (
          <>
            <Text size="sm">{t('client.staff.link.intro')}</Text>
            <TextInput readOnly value={data.link} ff="monospace" data-testid="client-link" aria-label="URL" />
            <Group>
              <Button
                component="a"
                href={data.link}
                target="_blank"
                rel="noreferrer"
                data-testid="client-link-open"
              >
                {t('client.staff.link.open')}
              </Button>
              <CopyButton value={data.link}>
                {({ copied, copy }) => (
                  <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
                    {copied ? t('client.staff.link.copied') : t('client.staff.link.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button
                variant="light"
                loading={busy}
                onClick={() => run('send')}
                data-testid="client-link-send"
              >
                {t('client.staff.link.send', { email: data.clientEmail })}
              </Button>
            </Group>
            {sent && (
              <Alert color="teal" data-testid="client-link-sent">
                {t('client.staff.link.sent', { email: sent })}
              </Alert>
            )}
            {revoked && <Alert color="orange">{t('client.staff.link.revoked')}</Alert>}
            <Group justify="space-between" align="flex-end">
              <Text size="xs" c="dimmed" maw={380}>
                {t('client.staff.link.revokeHelp')}
              </Text>
              <Button variant="subtle" color="red" loading={busy} onClick={() => run('revoke')}>
                {t('client.staff.link.revoke')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}

function CloseModal({ request, onClose }: { request: ClientRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await post(`/client-requests/${request.id}/close`, { resolution }, key.current);
      await queryClient.invalidateQueries({ queryKey: ['client-requests'] });
      onClose();
    } catch (e) {
      setError(e);
      key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('client.staff.closeTitle', { client: request.clientName })}>
      <Stack>
        <ErrorAlert error={error} />
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {request.message}
        </Text>
        <Textarea
          label={t('client.staff.resolution')}
          description={t('client.staff.resolutionHelp')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={resolution}
          onChange={(e) => setResolution(e.currentTarget.value)}
          error={errors.resolution}
          name="resolution"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={busy} data-testid="client-request-close-save">
            {t('client.staff.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Client service: what clients asked from their page, to answer and close. */
export function ClientRequestsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [status, setStatus] = useState<string>('open');
  const [closing, setClosing] = useState<ClientRequest | null>(null);
  const [linkOf, setLinkOf] = useState<string | null>(null);
  const requests = useQuery({
    queryKey: ['client-requests', status],
    queryFn: () => get<ClientRequest[]>(`/client-requests?status=${status}`),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Title order={2}>{t('client.staff.title')}</Title>
      <Text c="dimmed" maw={760}>
        {t('client.staff.intro')}
      </Text>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={setStatus}
        data={STATUSES.map((s) => ({ value: s, label: t(`client.staff.filter.${s}`) }))}
      />
      <ErrorAlert error={requests.error} />
      <Table.ScrollContainer minWidth={960}>
        <Table striped verticalSpacing="sm" data-testid="client-requests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('client.staff.received')}</Table.Th>
              <Table.Th>{t('client.staff.client')}</Table.Th>
              <Table.Th>{t('client.staff.kind')}</Table.Th>
              <Table.Th>{t('client.staff.message')}</Table.Th>
              <Table.Th>{t('client.staff.contact')}</Table.Th>
              <Table.Th>{t('client.staff.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.data?.map((r) => (
              <Table.Tr key={r.id} data-testid="client-request-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(r.createdAt, lang)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {r.clientName}
                  </Text>
                  {r.invoiceNumber && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {t('client.staff.invoice')} {r.invoiceNumber}
                    </Text>
                  )}
                  {r.performer && (
                    <Text size="xs" c="dimmed">
                      {t('client.staff.performer')}: {r.performer}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`client.request.kinds.${r.kind}`)}</Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
                    {r.message}
                  </Text>
                  {r.resolution && (
                    <Text size="xs" c="teal.8" mt={4}>
                      {r.resolution}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor href={`mailto:${r.contactEmail}`} size="sm">
                    {r.contactEmail}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {r.language.toUpperCase()}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={r.status === 'open' ? 'blue' : 'gray'}>
                    {t(`client.staff.${r.status}`)}
                  </Badge>
                  {r.closedBy && r.closedAt && (
                    <Text size="xs" c="dimmed">
                      {t('client.staff.closedBy', { name: r.closedBy, date: date(r.closedAt, lang) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {r.invoiceId && (
                      <Button size="compact-xs" variant="subtle" onClick={() => setLinkOf(r.invoiceId)}>
                        {t('client.staff.clientPage')}
                      </Button>
                    )}
                    {r.status === 'open' && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => setClosing(r)}
                        data-testid="client-request-close"
                      >
                        {t('client.staff.close')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {requests.data?.length === 0 && <Text c="dimmed">{t('common.noData')}</Text>}
      {closing && <CloseModal request={closing} onClose={() => setClosing(null)} />}
      {linkOf && <ClientLinkModal invoiceId={linkOf} onClose={() => setLinkOf(null)} />}
    </Stack>
  );
}
