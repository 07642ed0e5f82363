import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  CopyButton,
  Divider,
  Grid,
  Group,
  Image,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApiError, fieldErrors, get, post } from '../../lib/api.ts';
import { date, money } from '../../lib/format.ts';
import { useNoReferrer, useVisitorLanguage } from '../../lib/visitor-page.ts';
import type { Language } from '../../i18n/index.ts';

/** The language the visitor chose on this page, for this browser tab. */
const LANGUAGE_KEY = 'partage.client-page.language';

/** What `GET /api/v1/client-access/:token` answers (server `client-access/read-client-page.ts`). */
interface ClientDocument {
  id: string;
  kind: 'invoice' | 'credit_note';
  number: string;
  seller: string;
  issueDate: string;
  dueDate: string | null;
  deliveryFrom: string;
  deliveryTo: string;
  performer: string;
  description: string | null;
  totalInclVatCents: number;
  paidCents: number;
  creditedCents: number;
  dueCents: number;
  status: string;
  open: boolean;
  overdue: boolean;
  credits: string | null;
  payment: {
    beneficiary: string;
    iban: string;
    bic: string | null;
    communication: string;
    amountCents: number;
    qr: boolean;
  } | null;
  ubl: boolean;
}

interface Seller {
  id: string;
  name: string;
  legalForm: string;
  address: string;
  enterpriseNumber: string | null;
  vatNumber: string | null;
  email: string | null;
  website: string | null;
}

interface ClientPageData {
  client: { name: string; language: Language; kind: string; email: string };
  today: string;
  historyMonths: number;
  sellers: Seller[];
  totals: { dueCents: number; overdueCents: number; openCount: number; overdueCount: number };
  documents: ClientDocument[];
  truncated: boolean;
  requests: Array<{
    id: string;
    kind: string;
    invoiceNumber: string | null;
    status: string;
    resolution: string | null;
    createdAt: string;
  }>;
}

const KINDS = ['invoice_change', 'billing_data', 'payment_deadline'] as const;
const MESSAGE_MAX = 2000;

const spacedIban = (iban: string) => iban.replace(/(.{4})/g, '$1 ').trim();

function Copyable({
  label,
  value,
  copy = value,
  mono = true,
  testId,
}: {
  label: string;
  value: string;
  copy?: string;
  mono?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Text
          fw={600}
          ff={mono ? 'monospace' : undefined}
          data-testid={testId}
          style={{ wordBreak: 'break-word' }}
        >
          {value}
        </Text>
        <CopyButton value={copy}>
          {({ copied, copy: doCopy }) => (
            <Button size="compact-xs" variant="subtle" color={copied ? 'teal' : 'gray'} onClick={doCopy}>
              {copied ? t('client.pay.copied') : t('client.pay.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </div>
  );
}

function Downloads({ token, doc }: { token: string; doc: ClientDocument }) {
  const { t } = useTranslation();
  const base = `/api/v1/client-access/${token}/invoices/${doc.id}`;
  return (
    <Group gap="xs">
      <Button
        component="a"
        href={`${base}/pdf`}
        target="_blank"
        rel="noreferrer"
        size="compact-sm"
        variant="light"
        data-testid={`pdf-${doc.number}`}
      >
        {t('client.invoice.pdf')}
      </Button>
      {doc.ubl && (
        <Button
          component="a"
          href={`${base}/ubl.xml`}
          size="compact-sm"
          variant="subtle"
          data-testid={`xml-${doc.number}`}
        >
          {t('client.invoice.xml')}
        </Button>
      )}
    </Group>
  );
}

function OpenInvoice({
  token,
  doc,
  onAsk,
}: {
  token: string;
  doc: ClientDocument;
  onAsk: (doc: ClientDocument) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pay = doc.payment;
  return (
    <Card withBorder padding="lg" data-testid="open-invoice" data-number={doc.number}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Title order={4}>{t('client.invoice.invoice', { number: doc.number })}</Title>
                <Text size="sm" c="dimmed">
                  {t('client.invoice.workBy', { performer: doc.performer })}
                </Text>
              </div>
              {doc.overdue ? (
                <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
                  {t('client.status.overdue')}
                </Badge>
              ) : (
                <Badge variant="light" style={{ flexShrink: 0 }}>
                  {t(`client.status.${doc.status}`)}
                </Badge>
              )}
            </Group>
            {doc.description && <Text size="sm">{doc.description}</Text>}
            <Table variant="vertical" withRowBorders={false} verticalSpacing={2}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w="45%">{t('client.invoice.period')}</Table.Th>
                  <Table.Td>
                    {doc.deliveryFrom === doc.deliveryTo
                      ? date(doc.deliveryFrom, lang)
                      : `${date(doc.deliveryFrom, lang)} – ${date(doc.deliveryTo, lang)}`}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('client.invoice.issued')}</Table.Th>
                  <Table.Td>{date(doc.issueDate, lang)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('client.invoice.dueDate')}</Table.Th>
                  <Table.Td c={doc.overdue ? 'orange.8' : undefined} fw={doc.overdue ? 600 : undefined}>
                    {doc.overdue
                      ? t('client.invoice.overdueSince', { date: date(doc.dueDate, lang) })
                      : date(doc.dueDate, lang)}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('client.invoice.total')}</Table.Th>
                  <Table.Td>{money(doc.totalInclVatCents, lang)}</Table.Td>
                </Table.Tr>
                {doc.paidCents > 0 && (
                  <Table.Tr>
                    <Table.Th>{t('client.invoice.paid')}</Table.Th>
                    <Table.Td>{money(doc.paidCents, lang)}</Table.Td>
                  </Table.Tr>
                )}
                {doc.creditedCents > 0 && (
                  <Table.Tr>
                    <Table.Th>{t('client.invoice.credited')}</Table.Th>
                    <Table.Td>{money(doc.creditedCents, lang)}</Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr>
                  <Table.Th>{t('client.invoice.remaining')}</Table.Th>
                  <Table.Td fw={700} data-testid="invoice-due">
                    {money(doc.dueCents, lang)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Group justify="space-between" mt="xs">
              <Downloads token={token} doc={doc} />
              <Anchor component="button" type="button" size="sm" onClick={() => onAsk(doc)}>
                {t('client.invoice.ask')}
              </Anchor>
            </Group>
          </Stack>
        </Grid.Col>
        {pay && (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper bg="gray.0" p="md" radius="md" data-testid="pay-panel">
              <Stack gap="xs">
                <Title order={5}>{t('client.pay.title')}</Title>
                <Copyable
                  label={t('client.pay.amount')}
                  value={money(pay.amountCents, lang)}
                  copy={(pay.amountCents / 100).toFixed(2).replace('.', ',')}
                  testId="pay-amount"
                />
                <Copyable
                  label={t('client.pay.beneficiary')}
                  value={pay.beneficiary}
                  mono={false}
                  testId="pay-beneficiary"
                />
                <Copyable
                  label={t('client.pay.iban')}
                  value={spacedIban(pay.iban)}
                  copy={pay.iban}
                  testId="pay-iban"
                />
                {pay.bic && <Copyable label={t('client.pay.bic')} value={pay.bic} testId="pay-bic" />}
                <Copyable
                  label={t('client.pay.communication')}
                  value={pay.communication}
                  testId="pay-communication"
                />
                <Text size="xs" c="dimmed">
                  {t('client.pay.communicationHelp')}
                </Text>
                {pay.qr && (
                  <Group wrap="nowrap" align="center" mt="xs">
                    <Image
                      src={`/api/v1/client-access/${token}/invoices/${doc.id}/qr.svg`}
                      alt={t('client.pay.qrAlt', {
                        amount: money(pay.amountCents, lang),
                        number: doc.number,
                      })}
                      w={148}
                      h={148}
                      loading="lazy"
                      bg="white"
                      data-testid="pay-qr"
                    />
                    <Text size="sm">{t('client.pay.qr')}</Text>
                  </Group>
                )}
              </Stack>
            </Paper>
          </Grid.Col>
        )}
      </Grid>
    </Card>
  );
}

function RequestForm({
  token,
  data,
  target,
}: {
  token: string;
  data: ClientPageData;
  target: { invoiceId: string; nonce: number } | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<string>('invoice_change');
  const [invoiceId, setInvoiceId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [contactEmail, setContactEmail] = useState(data.client.email);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const narrow = useMediaQuery('(max-width: 36em)');
  const errors = fieldErrors(error);

  useEffect(() => {
    if (!target) return;
    setKind('invoice_change');
    setInvoiceId(target.invoiceId);
    setSent(false);
  }, [target]);

  const invoices = data.documents.filter((d) => d.kind === 'invoice');

  async function send() {
    setBusy(true);
    setError(null);
    try {
      await post(`/client-access/${token}/requests`, {
        kind,
        invoiceId: invoiceId ?? null,
        message,
        contactEmail,
      });
      setSent(true);
      setMessage('');
      await queryClient.invalidateQueries({ queryKey: ['client-page', token] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (sent)
    return (
      <Alert color="teal" title={t('client.request.sent')} data-testid="request-sent">
        <Button variant="subtle" size="compact-sm" onClick={() => setSent(false)}>
          {t('client.request.another')}
        </Button>
      </Alert>
    );

  const generalError = error instanceof ApiError && error.errors.length === 0 ? error : null;
  return (
    <Stack>
      <ErrorAlert error={generalError} />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('client.request.kind')}
        </Text>
        <SegmentedControl
          fullWidth
          orientation={narrow ? 'vertical' : 'horizontal'}
          value={kind}
          onChange={setKind}
          data={KINDS.map((k) => ({ value: k, label: t(`client.request.kinds.${k}`) }))}
          data-testid="request-kind"
        />
        {errors.kind && (
          <Text size="xs" c="red">
            {errors.kind}
          </Text>
        )}
      </div>
      <Select
        label={kind === 'billing_data' ? t('client.request.invoiceOptional') : t('client.request.invoice')}
        placeholder={t('client.request.choose')}
        data={invoices.map((d) => ({
          value: d.id,
          label: `${d.number} · ${date(d.issueDate, lang)} · ${money(d.totalInclVatCents, lang)}`,
        }))}
        value={invoiceId}
        onChange={setInvoiceId}
        clearable
        required={kind !== 'billing_data'}
        error={errors.invoiceId}
        data-testid="request-invoice"
      />
      <Textarea
        label={t('client.request.message')}
        required
        autosize
        minRows={4}
        maxLength={MESSAGE_MAX}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        description={t('client.request.messageHelp', { count: message.length, max: MESSAGE_MAX })}
        error={errors.message}
        name="message"
      />
      <TextInput
        type="email"
        label={t('client.request.contactEmail')}
        required
        value={contactEmail}
        onChange={(e) => setContactEmail(e.currentTarget.value)}
        error={errors.contactEmail}
        name="contactEmail"
      />
      <Group justify="flex-end">
        <Button onClick={send} loading={busy} data-testid="request-send">
          {t('client.request.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The client's own page, opened from the link in the invoice e-mails without an account: who invoices it,
 * what it owes and how to pay each open invoice (IBAN, structured communication, EPC QR code), its settled
 * invoices and credit notes, downloads, and a form to ask for a change.
 */
export function ClientPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const formRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState<{ invoiceId: string; nonce: number } | null>(null);
  const page = useQuery({
    queryKey: ['client-page', token],
    queryFn: () => get<ClientPageData>(`/client-access/${token}`),
  });
  const data = page.data;
  useVisitorLanguage(LANGUAGE_KEY, data?.client.language);
  useNoReferrer();

  if (page.isLoading)
    return (
      <Group justify="center" mt="xl">
        <Loader />
      </Group>
    );
  if (page.error instanceof ApiError && page.error.status === 404)
    return (
      <Alert
        color="gray"
        title={t('client.page.title')}
        maw={640}
        mx="auto"
        mt="xl"
        data-testid="client-not-found"
      >
        {t('client.page.notFound')}
      </Alert>
    );
  if (!data) return <ErrorAlert error={page.error} />;

  const sellers = data.sellers.map((s) => s.name).join(', ');
  const open = data.documents.filter((d) => d.open);
  const settled = data.documents.filter((d) => !d.open);
  const ask = (doc: ClientDocument) => {
    setTarget({ invoiceId: doc.id, nonce: Date.now() });
    formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <Stack maw={1040} mx="auto" gap="lg" data-testid="client-page">
      <div>
        <Text c="dimmed" size="sm">
          {data.client.name}
        </Text>
        <Title order={2}>
          {sellers ? t('client.page.from', { seller: sellers }) : t('client.page.title')}
        </Title>
        {sellers && (
          <Text mt={4} maw={720}>
            {t('client.page.intro', { seller: sellers, months: data.historyMonths })}
          </Text>
        )}
      </div>

      {data.totals.dueCents === 0 ? (
        <Alert color="teal" title={t('client.summary.nothingDue')} data-testid="client-nothing-due" />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Paper withBorder p="md">
            <Text size="sm" c="dimmed">
              {t('client.summary.due')}
            </Text>
            <Text fz={30} fw={700} data-testid="client-due">
              {money(data.totals.dueCents, lang)}
            </Text>
            <Text size="sm">{t('client.summary.open', { count: data.totals.openCount })}</Text>
          </Paper>
          <Paper withBorder p="md" bg={data.totals.overdueCents > 0 ? 'orange.0' : undefined}>
            <Text size="sm" c="dimmed">
              {t('client.summary.overdue')}
            </Text>
            <Text
              fz={30}
              fw={700}
              c={data.totals.overdueCents > 0 ? 'orange.9' : undefined}
              data-testid="client-overdue"
            >
              {money(data.totals.overdueCents, lang)}
            </Text>
            {data.totals.overdueCount > 0 && (
              <Text size="sm">{t('client.summary.overdueCount', { count: data.totals.overdueCount })}</Text>
            )}
          </Paper>
        </SimpleGrid>
      )}

      {open.length > 0 && (
        <Stack gap="sm">
          <Title order={3}>{t('client.open.title')}</Title>
          {open.map((doc) => (
            <OpenInvoice key={doc.id} token={token} doc={doc} onAsk={ask} />
          ))}
        </Stack>
      )}

      <Stack gap="sm">
        <Title order={3}>{t('client.history.title')}</Title>
        {settled.length === 0 ? (
          <Text c="dimmed">{t('client.history.empty', { months: data.historyMonths })}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="client-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('client.history.document')}</Table.Th>
                  <Table.Th>{t('client.history.issued')}</Table.Th>
                  <Table.Th>{t('client.history.performer')}</Table.Th>
                  <Table.Th ta="right">{t('client.history.total')}</Table.Th>
                  <Table.Th>{t('client.history.status')}</Table.Th>
                  <Table.Th>{t('client.history.downloads')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {settled.map((doc) => (
                  <Table.Tr key={doc.id} data-testid="settled-document" data-number={doc.number}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {t(`client.invoice.${doc.kind}`, { number: doc.number })}
                      </Text>
                      {doc.credits && (
                        <Text size="xs" c="dimmed">
                          {t('client.invoice.credits', { number: doc.credits })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{date(doc.issueDate, lang)}</Table.Td>
                    <Table.Td>{doc.performer}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {money(doc.totalInclVatCents, lang)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={doc.kind === 'credit_note' ? 'grape' : 'gray'}>
                        {doc.kind === 'credit_note'
                          ? t('client.status.credit_note')
                          : t(`client.status.${doc.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Downloads token={token} doc={doc} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {data.truncated && (
          <Text size="sm" c="dimmed">
            {t('client.page.truncated')}
          </Text>
        )}
      </Stack>

      {data.requests.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('client.requests.title')}</Title>
          {data.requests.map((r) => (
            <Paper key={r.id} withBorder p="sm" data-testid="client-request">
              <Group justify="space-between">
                <Text size="sm" fw={500}>
                  {t(`client.request.kinds.${r.kind}`)}
                  {r.invoiceNumber ? ` · ${r.invoiceNumber}` : ''}
                </Text>
                <Badge variant="light" color={r.status === 'open' ? 'blue' : 'teal'}>
                  {t(`client.requests.${r.status}`)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {t('client.requests.sentOn', { date: date(r.createdAt, lang) })}
              </Text>
              {r.resolution && <Text size="sm">{r.resolution}</Text>}
            </Paper>
          ))}
        </Stack>
      )}

      <Card withBorder padding="lg" ref={formRef}>
        <Title order={3}>{t('client.request.title')}</Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('client.request.intro')}
        </Text>
        <RequestForm token={token} data={data} target={target} />
      </Card>

      {data.sellers.length > 0 && (
        <>
          <Divider />
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('client.seller.title')}
            </Text>
            {data.sellers.map((s) => (
              <Text key={s.id} size="sm" c="dimmed">
                {s.name} {s.legalForm} · {s.address}
                {s.enterpriseNumber ? ` · ${t('client.seller.enterprise')} ${s.enterpriseNumber}` : ''}
                {s.vatNumber ? ` · ${t('client.seller.vat')} ${s.vatNumber}` : ''}
                {s.email ? ` · ${s.email}` : ''}
              </Text>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
