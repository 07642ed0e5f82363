import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { date, dateTime, money } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';
import { toCents } from '../contracts/declaration-form.ts';

type InvoiceStatus = 'issued' | 'partially_paid' | 'paid' | 'credited' | 'written_off';

interface InvoiceSummary {
  id: string;
  kind: 'invoice' | 'credit_note';
  contractId: string | null;
  number: string;
  issueDate: string;
  dueDate: string | null;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  paidCents: number;
  creditedCents: number;
  writtenOffCents: number;
  dueCents: number;
  status: InvoiceStatus;
  structuredCommunication: string | null;
  clientName: string;
}

interface InvoiceDetail {
  invoice: InvoiceSummary & { language: string; creditsInvoiceId: string | null };
  document: {
    deliveryFrom: string;
    deliveryTo: string;
    seller: { name: string; legalForm: string; enterpriseNumber: string | null; vatNumber: string | null };
    performer: { name: string; memberNumber: number | null };
    client: {
      name: string;
      street: string;
      postalCode: string;
      city: string;
      country: string;
      enterpriseNumber: string | null;
      vatNumber: string | null;
      buyerReference: string | null;
    };
    vat: Array<{
      treatment: string;
      rateBp: number;
      baseCents: number;
      vatCents: number;
      mention: string | null;
    }>;
    credits: { number: string; issueDate: string } | null;
    reason: string | null;
  };
  lines: Array<{
    lineNo: number;
    description: string;
    quantityCenti: number;
    unit: 'day' | 'hour' | 'unit';
    unitPriceCents: number;
    amountExclVatCents: number;
    vatRateBp: number;
    vatCents: number;
  }>;
  payments: Array<{ id: string; amountCents: number; paidOn: string; bankReference: string }>;
  creditNotes: Array<InvoiceSummary & { reason: string | null }>;
  deliveries: Array<{
    id: string;
    invoiceId: string;
    channel: 'peppol' | 'email' | 'postal';
    recipientId: string | null;
    recipientAddress: string | null;
    status: 'stored' | 'sent' | 'delivered' | 'failed';
    attempts: number;
    lastError: string | null;
    createdAt: string;
    sentAt: string | null;
  }>;
  contract: { id: string; reference: string; status: string } | null;
  credit: {
    maxExclVatCents: number;
    blocked: 'invoice.not_an_invoice' | 'invoice.credited' | 'invoice.credit_note.contract_not_paid' | null;
  } | null;
}

const STATUS_COLORS: Record<string, string> = {
  issued: 'blue',
  partially_paid: 'orange',
  paid: 'green',
  credited: 'gray',
  written_off: 'red',
  stored: 'gray',
  sent: 'blue',
  delivered: 'green',
  failed: 'red',
};

const percent = (bp: number) => `${(bp / 100).toLocaleString('de-BE')} %`;
const quantity = (centi: number, lang: string) =>
  (centi / 100).toLocaleString(lang === 'en' ? 'en-BE' : 'de-BE', { maximumFractionDigits: 2 });

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** Client service credits part of an invoice; the server spreads it over the VAT rates. */
function PartialCreditForm({ invoice, maxCents }: { invoice: InvoiceDetail['invoice']; maxCents: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{
    number: string;
    totalInclVatCents: number;
    guaranteeFundCents: number;
  } | null>(null);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const result = await post<{
        creditNote: { number: string; totalInclVatCents: number; guaranteeFundCents: number };
      }>(
        `/invoices/${invoice.id}/credit-notes`,
        { amountExclVatCents: toCents(amount), reason },
        key.current,
      );
      setDone(result.creditNote);
      setAmount('');
      setReason('');
      key.current = crypto.randomUUID();
      await queryClient.invalidateQueries({ queryKey: ['invoice', invoice.id] });
      await queryClient.invalidateQueries({ queryKey: ['invoices'] });
    } catch (e) {
      setError(e);
      key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder data-testid="partial-credit">
      <Stack gap="sm">
        <Title order={4}>{t('invoicing.credit.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('invoicing.credit.intro')}
        </Text>
        {done && (
          <Alert color="green" data-testid="credit-note-issued">
            <Text size="sm">
              {t('invoicing.credit.done', {
                number: done.number,
                amount: money(done.totalInclVatCents, lang),
              })}
            </Text>
            {done.guaranteeFundCents > 0 && (
              <Text size="sm">
                {t('invoicing.credit.fund', { amount: money(done.guaranteeFundCents, lang) })}
              </Text>
            )}
          </Alert>
        )}
        <ErrorAlert error={error} />
        <Text size="sm">{t('invoicing.credit.max', { amount: money(maxCents, lang) })}</Text>
        <Group align="flex-start" grow>
          <NumberInput
            label={t('invoicing.credit.amount')}
            value={amount}
            onChange={setAmount}
            min={0.01}
            max={maxCents / 100}
            decimalScale={2}
            fixedDecimalScale
            decimalSeparator=","
            thousandSeparator="."
            suffix=" €"
            required
            error={errors.amountExclVatCents}
            name="amountExclVatCents"
          />
          <Textarea
            label={t('invoicing.credit.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={1}
            maxLength={500}
            error={errors.reason}
            name="reason"
          />
        </Group>
        <Group justify="flex-end">
          <Button
            onClick={submit}
            loading={busy}
            disabled={amount === '' || reason.trim().length < 3}
            data-testid="credit-note-submit"
          >
            {t('invoicing.credit.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** One invoice or credit note for client service: what it says, how it went out, what settled it. */
export function InvoicePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = useSession();
  const query = useQuery({ queryKey: ['invoice', id], queryFn: () => get<InvoiceDetail>(`/invoices/${id}`) });
  const detail = query.data;

  const back = (
    <Anchor component={Link} to="/staff/invoices" size="sm">
      {t('invoicing.page.back')}
    </Anchor>
  );
  if (!detail) {
    return (
      <Stack maw={1100}>
        {back}
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }

  const { invoice, document: doc } = detail;
  const numberOf = new Map([
    [invoice.id, invoice.number],
    ...detail.creditNotes.map((n): [string, string] => [n.id, n.number]),
  ]);
  const canCredit = hasRole(user, 'client_service', 'admin');
  const download = (path: string, label: string, testId: string) => (
    <Button
      component="a"
      href={`/api/v1/invoices/${invoice.id}/${path}`}
      target="_blank"
      rel="noopener"
      variant="light"
      data-testid={testId}
      leftSection={<span aria-hidden>⤓</span>}
    >
      {label}
    </Button>
  );
  const blockedKey = detail.credit?.blocked?.split('.').pop();

  return (
    <Stack maw={1100} data-testid="invoice">
      {back}
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2} ff="monospace" fz={{ base: 'lg', sm: 'xl' }} data-testid="invoice-number">
              {invoice.number}
            </Title>
            <Badge
              color={STATUS_COLORS[invoice.status] ?? 'gray'}
              variant="light"
              data-status={invoice.status}
            >
              {invoice.kind === 'invoice'
                ? t(`invoicing.status.${invoice.status}`)
                : t('invoicing.kind.credit_note')}
            </Badge>
          </Group>
          <Text c="dimmed">
            {t(`invoicing.kind.${invoice.kind}`)} · {invoice.clientName}
          </Text>
        </div>
        <Group gap="xs">
          {download('pdf', t('invoicing.page.pdf'), 'invoice-pdf')}
          {download('ubl.xml', t('invoicing.page.ubl'), 'invoice-ubl')}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Field label={t('invoicing.page.client')}>
              <strong>{doc.client.name}</strong>
              <br />
              {doc.client.street}, {doc.client.postalCode} {doc.client.city} ({doc.client.country})
            </Field>
            {doc.client.enterpriseNumber && (
              <Field label={t('invoicing.page.enterpriseNumber')}>{doc.client.enterpriseNumber}</Field>
            )}
            {doc.client.vatNumber && (
              <Field label={t('invoicing.page.vatNumber')}>{doc.client.vatNumber}</Field>
            )}
            {doc.client.buyerReference && (
              <Field label={t('invoicing.page.reference')}>{doc.client.buyerReference}</Field>
            )}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Field label={t('invoicing.page.seller')}>
              {doc.seller.name} {doc.seller.legalForm}
            </Field>
            <Field label={t('invoicing.page.worker')}>
              {doc.performer.name}
              {doc.performer.memberNumber !== null &&
                ` (${t('invoicing.page.memberNumber', { number: doc.performer.memberNumber })})`}
            </Field>
            <Field label={t('invoicing.page.period')}>
              {date(doc.deliveryFrom, lang)} – {date(doc.deliveryTo, lang)}
            </Field>
            {detail.contract && (
              <Field label={t('invoicing.page.contract')}>
                <Anchor component={Link} to={`/contracts/${detail.contract.id}`} ff="monospace" size="sm">
                  {detail.contract.reference}
                </Anchor>
              </Field>
            )}
            {invoice.creditsInvoiceId && doc.credits && (
              <Field label={t('invoicing.page.credits')}>
                <Anchor
                  component={Link}
                  to={`/staff/invoices/${invoice.creditsInvoiceId}`}
                  ff="monospace"
                  size="sm"
                >
                  {doc.credits.number}
                </Anchor>
              </Field>
            )}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Field label={t('invoicing.page.issued')}>{date(invoice.issueDate, lang)}</Field>
            {invoice.dueDate && <Field label={t('invoicing.page.due')}>{date(invoice.dueDate, lang)}</Field>}
            {invoice.kind === 'invoice' && invoice.structuredCommunication && (
              <Field label={t('invoicing.page.communication')}>
                <Text span ff="monospace" size="sm">
                  {invoice.structuredCommunication}
                </Text>
              </Field>
            )}
            {doc.reason && <Field label={t('invoicing.creditNotes.reason')}>{doc.reason}</Field>}
          </Stack>
        </Card>
      </SimpleGrid>

      <Title order={4}>{t('invoicing.lines.title')}</Title>
      <Table.ScrollContainer minWidth={700}>
        <Table data-testid="invoice-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoicing.lines.description')}</Table.Th>
              <Table.Th ta="right">{t('invoicing.lines.quantity')}</Table.Th>
              <Table.Th ta="right">{t('invoicing.lines.unitPrice')}</Table.Th>
              <Table.Th ta="right">{t('invoicing.lines.vat')}</Table.Th>
              <Table.Th ta="right">{t('invoicing.lines.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.lines.map((l) => (
              <Table.Tr key={l.lineNo}>
                <Table.Td>{l.description}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {quantity(l.quantityCenti, lang)} {t(`invoicing.unit.${l.unit}`)}
                </Table.Td>
                <Table.Td ta="right">{money(l.unitPriceCents, lang)}</Table.Td>
                <Table.Td ta="right">{percent(l.vatRateBp)}</Table.Td>
                <Table.Td ta="right">{money(l.amountExclVatCents, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={5} mb="xs">
            {t('invoicing.vat.title')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoicing.vat.rate')}</Table.Th>
                <Table.Th ta="right">{t('invoicing.vat.base')}</Table.Th>
                <Table.Th ta="right">{t('invoicing.vat.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.vat.map((g) => (
                <Table.Tr key={g.treatment}>
                  <Table.Td>
                    {percent(g.rateBp)}
                    {g.mention && (
                      <Text size="xs" c="dimmed">
                        {g.mention}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{money(g.baseCents, lang)}</Table.Td>
                  <Table.Td ta="right">{money(g.vatCents, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder data-testid="invoice-totals">
          <Stack gap={4}>
            {(
              [
                ['excl', invoice.totalExclVatCents],
                ['vat', invoice.totalVatCents],
                ['incl', invoice.totalInclVatCents],
                ...(invoice.kind === 'invoice'
                  ? ([
                      ['paid', -invoice.paidCents],
                      ['credited', -invoice.creditedCents],
                      ['writtenOff', -invoice.writtenOffCents],
                    ] as const)
                  : []),
              ] as const
            )
              .filter(([key, cents]) => cents !== 0 || key === 'excl' || key === 'vat' || key === 'incl')
              .map(([key, cents]) => (
                <Group key={key} justify="space-between">
                  <Text size="sm" fw={key === 'incl' ? 600 : undefined}>
                    {t(`invoicing.totals.${key}`)}
                  </Text>
                  <Text size="sm" fw={key === 'incl' ? 600 : undefined}>
                    {money(cents, lang)}
                  </Text>
                </Group>
              ))}
            {invoice.kind === 'invoice' && (
              <Group justify="space-between" data-testid="invoice-due">
                <Text fw={700}>{t('invoicing.totals.due')}</Text>
                <Text fw={700}>{money(invoice.dueCents, lang)}</Text>
              </Group>
            )}
          </Stack>
        </Card>
      </SimpleGrid>

      <Title order={4}>{t('invoicing.deliveries.title')}</Title>
      {detail.deliveries.length === 0 ? (
        <Text c="dimmed">{t('invoicing.deliveries.none')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {detail.deliveries.some((d) => d.channel === 'peppol')
              ? t('invoicing.deliveries.explainPeppol')
              : t('invoicing.deliveries.explainEmail')}
          </Text>
          <Table.ScrollContainer minWidth={700}>
            <Table data-testid="invoice-deliveries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('invoicing.deliveries.document')}</Table.Th>
                  <Table.Th>{t('invoicing.deliveries.channel')}</Table.Th>
                  <Table.Th>{t('invoicing.deliveries.recipient')}</Table.Th>
                  <Table.Th>{t('invoicing.deliveries.status')}</Table.Th>
                  <Table.Th ta="right">{t('invoicing.deliveries.attempts')}</Table.Th>
                  <Table.Th>{t('invoicing.deliveries.date')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.deliveries.map((d) => (
                  <Table.Tr key={d.id} data-testid="delivery-row" data-channel={d.channel}>
                    <Table.Td ff="monospace">{numberOf.get(d.invoiceId)}</Table.Td>
                    <Table.Td>{t(`invoicing.channel.${d.channel}`)}</Table.Td>
                    <Table.Td ff="monospace">{d.recipientId ?? d.recipientAddress ?? '–'}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[d.status] ?? 'gray'} variant="light" data-status={d.status}>
                        {t(`invoicing.deliveryStatus.${d.status}`)}
                      </Badge>
                      {d.lastError && (
                        <Text size="xs" c="red.7">
                          {d.lastError}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{d.attempts}</Table.Td>
                    <Table.Td>{dateTime(d.sentAt ?? d.createdAt, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}

      {invoice.kind === 'invoice' && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Title order={5} mb="xs">
              {t('invoicing.payments.title')}
            </Title>
            {detail.payments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('invoicing.payments.none')}
              </Text>
            ) : (
              <Table data-testid="invoice-payments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('invoicing.payments.date')}</Table.Th>
                    <Table.Th>{t('invoicing.payments.reference')}</Table.Th>
                    <Table.Th ta="right">{t('invoicing.payments.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {detail.payments.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{date(p.paidOn, lang)}</Table.Td>
                      <Table.Td ff="monospace">{p.bankReference}</Table.Td>
                      <Table.Td ta="right">{money(p.amountCents, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
          <Card withBorder>
            <Title order={5} mb="xs">
              {t('invoicing.creditNotes.title')}
            </Title>
            {detail.creditNotes.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('invoicing.creditNotes.none')}
              </Text>
            ) : (
              <Table data-testid="invoice-credit-notes">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('invoicing.creditNotes.number')}</Table.Th>
                    <Table.Th>{t('invoicing.creditNotes.date')}</Table.Th>
                    <Table.Th ta="right">{t('invoicing.creditNotes.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {detail.creditNotes.map((n) => (
                    <Table.Tr key={n.id} data-testid="credit-note-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/staff/invoices/${n.id}`} ff="monospace" size="sm">
                          {n.number}
                        </Anchor>
                        {n.reason && (
                          <Text size="xs" c="dimmed">
                            {n.reason}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{date(n.issueDate, lang)}</Table.Td>
                      <Table.Td ta="right">{money(n.totalInclVatCents, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </SimpleGrid>
      )}

      {invoice.kind === 'invoice' &&
        canCredit &&
        detail.credit &&
        (detail.credit.blocked ? (
          <Alert color="gray" data-testid="credit-blocked">
            {t(`invoicing.credit.${blockedKey}`)}
          </Alert>
        ) : detail.credit.maxExclVatCents > 0 ? (
          <PartialCreditForm invoice={invoice} maxCents={detail.credit.maxExclVatCents} />
        ) : (
          <Text c="dimmed">{t('invoicing.credit.nothing')}</Text>
        ))}
    </Stack>
  );
}
