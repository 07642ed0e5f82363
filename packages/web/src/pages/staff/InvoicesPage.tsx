import {
  Anchor,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { date, money, todayIso } from '../../lib/format.ts';
import { InvoiceStatusBadge } from '../contracts/ContractStatusBadge.tsx';
import { toCents } from '../contracts/declaration-form.ts';
import type { Invoice } from '../contracts/types.ts';
import { ClientLinkModal } from './ClientRequestsPage.tsx';

const STATUSES = ['open', 'paid', 'credited', 'all'] as const;

/** Records a client's transfer; tells how much of it went back to the salary guarantee fund. */
function PaymentModal({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState<number | string>(
    (invoice.totalInclVatCents - invoice.paidCents) / 100,
  );
  const [paidOn, setPaidOn] = useState(todayIso());
  const [bankReference, setBankReference] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ reimbursedCents: number; invoice: Invoice } | null>(null);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const saved = await post<{ reimbursedCents: number; invoice: Invoice }>(
        `/invoices/${invoice.id}/payments`,
        { amountCents: toCents(amount), paidOn, bankReference },
        key.current,
      );
      setResult(saved);
      await queryClient.invalidateQueries({ queryKey: ['invoices'] });
    } catch (e) {
      setError(e);
      key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`${t('contracts.invoices.record')} — ${invoice.number}`}>
      {result ? (
        <Stack>
          <Alert color="green" title={t('contracts.invoices.recorded')} data-testid="payment-recorded">
            <Text size="sm">
              {t('contracts.invoices.nowPaid', {
                paid: money(result.invoice.paidCents, lang),
                total: money(result.invoice.totalInclVatCents, lang),
              })}
            </Text>
            <Text size="sm" fw={600} data-testid="reimbursed">
              {result.reimbursedCents > 0
                ? t('contracts.invoices.reimbursed', { amount: money(result.reimbursedCents, lang) })
                : t('contracts.invoices.noReimbursement')}
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            {invoice.clientName} ·{' '}
            {t('contracts.invoices.stillDue', {
              amount: money(invoice.totalInclVatCents - invoice.paidCents, lang),
            })}
          </Text>
          {invoice.structuredCommunication && (
            <Text size="sm" ff="monospace">
              {invoice.structuredCommunication}
            </Text>
          )}
          <ErrorAlert error={error} />
          <NumberInput
            label={t('contracts.invoices.amount')}
            value={amount}
            onChange={setAmount}
            min={0.01}
            decimalScale={2}
            fixedDecimalScale
            decimalSeparator=","
            thousandSeparator="."
            suffix=" €"
            error={errors.amountCents}
            name="amount"
          />
          <TextInput
            type="date"
            label={t('contracts.invoices.paidOn')}
            value={paidOn}
            onChange={(e) => setPaidOn(e.currentTarget.value)}
            error={errors.paidOn}
            name="paidOn"
          />
          <TextInput
            label={t('contracts.invoices.bankReference')}
            required
            value={bankReference}
            onChange={(e) => setBankReference(e.currentTarget.value)}
            error={errors.bankReference}
            name="bankReference"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={save} loading={busy} data-testid="invoice-payment-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Client service: the invoices still open, searched by number, client or structured communication. */
export function InvoicesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [status, setStatus] = useState<string>('open');
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q.trim(), 250);
  const [paying, setPaying] = useState<Invoice | null>(null);
  const [clientPageOf, setClientPageOf] = useState<string | null>(null);
  const invoices = useQuery({
    queryKey: ['invoices', status, query],
    queryFn: () => get<Invoice[]>(`/invoices?status=${status}&q=${encodeURIComponent(query)}`),
    placeholderData: keepPreviousData,
  });
  const today = todayIso();

  return (
    <Stack>
      <Title order={2}>{t('contracts.invoices.title')}</Title>
      <Group align="flex-end">
        <SegmentedControl
          value={status}
          onChange={setStatus}
          data={STATUSES.map((s) => ({ value: s, label: t(`contracts.invoices.filter.${s}`) }))}
        />
        <TextInput
          placeholder={t('contracts.invoices.search')}
          aria-label={t('contracts.invoices.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={320}
          name="q"
        />
      </Group>
      <ErrorAlert error={invoices.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="invoices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contracts.invoices.number')}</Table.Th>
              <Table.Th>{t('contracts.list.client')}</Table.Th>
              <Table.Th>{t('contracts.invoices.issued')}</Table.Th>
              <Table.Th>{t('contracts.invoices.dueDate')}</Table.Th>
              <Table.Th ta="right">{t('contracts.invoices.total')}</Table.Th>
              <Table.Th ta="right">{t('contracts.invoices.paid')}</Table.Th>
              <Table.Th>{t('contracts.list.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.data?.map((inv) => {
              const open = inv.status === 'issued' || inv.status === 'partially_paid';
              const overdue = open && inv.dueDate !== null && inv.dueDate < today;
              return (
                <Table.Tr key={inv.id} data-testid="invoice-row" data-number={inv.number}>
                  <Table.Td ff="monospace">
                    <Anchor
                      component={Link}
                      to={`/staff/invoices/${inv.id}`}
                      size="sm"
                      ff="monospace"
                      data-testid="invoice-link"
                    >
                      {inv.number}
                    </Anchor>
                    {inv.structuredCommunication && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {inv.structuredCommunication}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{inv.clientName}</Table.Td>
                  <Table.Td>{date(inv.issueDate, lang)}</Table.Td>
                  <Table.Td c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined}>
                    {date(inv.dueDate, lang)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(inv.totalInclVatCents, lang)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(inv.paidCents, lang)}
                  </Table.Td>
                  <Table.Td>
                    <InvoiceStatusBadge status={inv.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {open && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => setPaying(inv)}
                          data-testid="record-invoice-payment"
                        >
                          {t('contracts.invoices.record')}
                        </Button>
                      )}
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setClientPageOf(inv.id)}
                        data-testid="invoice-client-page"
                      >
                        {t('client.staff.clientPage')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {invoices.data?.length === 0 && <Text c="dimmed">{t('common.noData')}</Text>}
      {paying && <PaymentModal invoice={paying} onClose={() => setPaying(null)} />}
      {clientPageOf && <ClientLinkModal invoiceId={clientPageOf} onClose={() => setClientPageOf(null)} />}
    </Stack>
  );
}
