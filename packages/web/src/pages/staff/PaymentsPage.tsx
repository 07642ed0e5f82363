import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, get, patch, post } from '../../lib/api.ts';
import { date, dateTime, money } from '../../lib/format.ts';

type OrderStatus = 'pending' | 'exported' | 'paid' | 'returned';
type BatchStatus = 'exported' | 'partially_confirmed' | 'confirmed';

interface Waiting {
  entityId: string;
  entityName: string;
  requestedExecutionDate: string;
  count: number;
  totalCents: number;
}
interface Order {
  id: string;
  entityId: string;
  kind: 'salary' | 'expenses' | 'share_refund' | 'supplier';
  beneficiaryName: string;
  ibanLast4: string;
  bic: string | null;
  amountCents: number;
  remittance: string;
  endToEndId: string;
  requestedExecutionDate: string;
  status: OrderStatus;
  batchId: string | null;
  messageId: string | null;
  bookedOn: string | null;
}
interface Block {
  paymentInformationId: string;
  requestedExecutionDate: string;
  numberOfTransactions: number;
  controlSumCents: number;
  status: BatchStatus;
}
interface Batch {
  id: string;
  entityId: string;
  messageId: string;
  numberOfTransactions: number;
  controlSumCents: number;
  status: BatchStatus;
  createdAt: string;
  createdBy: string | null;
  paidCount: number;
  blocks: Block[];
}
interface Exported {
  id: string;
  messageId: string;
  numberOfTransactions: number;
  controlSumCents: number;
}

const ORDER_COLOR: Record<OrderStatus, string> = {
  pending: 'gray',
  exported: 'blue',
  paid: 'green',
  returned: 'red',
};
const BATCH_COLOR: Record<BatchStatus, string> = {
  exported: 'blue',
  partially_confirmed: 'yellow',
  confirmed: 'green',
};
/** Status badges show their whole label. */
const FULL_LABEL = { root: { height: 'auto', maxWidth: 'none' }, label: { whiteSpace: 'normal' as const } };
const fileUrl = (batchId: string) => `/api/v1/payments/batches/${batchId}/pain001.xml`;

/**
 * Payroll corrects the account of an order the bank file refused (`correct`), or orders again a transfer the
 * bank returned (`reissue`: an empty IBAN means the beneficiary's current account).
 */
function AccountModal({
  order,
  mode,
  onClose,
}: {
  order: Order;
  mode: 'correct' | 'reissue';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [iban, setIban] = useState('');
  const [bic, setBic] = useState(order.bic ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      if (mode === 'correct') await patch(`/payments/orders/${order.id}`, { iban, bic: bic.trim() || null });
      else
        await post(
          `/payments/orders/${order.id}/reissue`,
          { iban: iban.trim() || null, bic: bic.trim() || null },
          key.current,
        );
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['payments'] });
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
      title={t('payments.orders.correctTitle', { name: order.beneficiaryName })}
    >
      {saved ? (
        <Stack>
          <Alert color="green" data-testid="account-saved">
            {t(mode === 'correct' ? 'payments.orders.saved' : 'payments.orders.reissued')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {t(mode === 'correct' ? 'payments.orders.correctHelp' : 'payments.orders.reissueHelp')}
          </Text>
          <Text size="sm" ff="monospace">
            {order.endToEndId} · •••• {order.ibanLast4}
          </Text>
          <ErrorAlert error={error} />
          <TextInput
            label={t('payments.orders.iban')}
            value={iban}
            onChange={(e) => setIban(e.currentTarget.value)}
            error={errors.iban}
            name="iban"
            required={mode === 'correct'}
            autoComplete="off"
          />
          <TextInput
            label={t('payments.orders.bic')}
            value={bic}
            onChange={(e) => setBic(e.currentTarget.value)}
            error={errors.bic}
            name="bic"
            autoComplete="off"
          />
          <Group justify="flex-end">
            <Button
              onClick={save}
              loading={busy}
              disabled={mode === 'correct' && iban.trim() === ''}
              data-testid="save-account"
            >
              {t(mode === 'correct' ? 'payments.orders.save' : 'payments.orders.reissue')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/**
 * Payments by bank transfer: the orders waiting per entity and execution date, the SEPA file export, the
 * orders and the files with what the bank confirmed.
 */
export function PaymentsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<OrderStatus | 'all'>('pending');
  const [exporting, setExporting] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [exported, setExported] = useState<Exported | null>(null);
  const [editing, setEditing] = useState<{ order: Order; mode: 'correct' | 'reissue' } | null>(null);
  const keys = useRef(new Map<string, string>());

  const waiting = useQuery({
    queryKey: ['payments', 'pending'],
    queryFn: () => get<Waiting[]>('/payments/pending'),
  });
  const orders = useQuery({
    queryKey: ['payments', 'orders', status],
    queryFn: () => get<Order[]>(`/payments/orders${status === 'all' ? '' : `?status=${status}`}`),
  });
  const batches = useQuery({
    queryKey: ['payments', 'batches'],
    queryFn: () => get<Batch[]>('/payments/batches'),
  });

  /** One idempotency key per export asked, kept while it fails, so that a double click exports once. */
  async function exportFile(entityId: string, executionDate?: string) {
    const target = `${entityId}/${executionDate ?? ''}`;
    const key = keys.current.get(target) ?? crypto.randomUUID();
    keys.current.set(target, key);
    setExporting(target);
    setError(null);
    setExported(null);
    try {
      const result = await post<Exported>('/payments/batches', { entityId, executionDate }, key);
      setExported(result);
      await queryClient.invalidateQueries({ queryKey: ['payments'] });
    } catch (e) {
      setError(e);
    } finally {
      keys.current.delete(target);
      setExporting(null);
    }
  }

  const byEntity = new Map<string, Waiting[]>();
  for (const row of waiting.data ?? [])
    byEntity.set(row.entityId, [...(byEntity.get(row.entityId) ?? []), row]);

  return (
    <Stack maw={1200}>
      <Title order={2}>{t('payments.title')}</Title>
      <Text c="dimmed">{t('payments.intro')}</Text>
      <ErrorAlert error={error ?? waiting.error} />
      {exported && (
        <Alert
          color="green"
          title={t('payments.waiting.exportedTitle')}
          data-testid="export-done"
          withCloseButton
          onClose={() => setExported(null)}
        >
          <Stack gap={4}>
            <Text size="sm">
              {t('payments.waiting.exported', {
                messageId: exported.messageId,
                count: exported.numberOfTransactions,
                total: money(exported.controlSumCents, lang),
              })}
            </Text>
            <Text size="sm">{t('payments.waiting.upload')}</Text>
            <Anchor
              href={fileUrl(exported.id)}
              download={`${exported.messageId}.xml`}
              data-testid="download-new"
            >
              {t('payments.waiting.download')}
            </Anchor>
          </Stack>
        </Alert>
      )}

      <Card withBorder>
        <Title order={4} mb="sm">
          {t('payments.waiting.title')}
        </Title>
        {byEntity.size === 0 ? (
          <Text size="sm" c="dimmed">
            {t('payments.waiting.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table data-testid="waiting">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('payments.waiting.entity')}</Table.Th>
                  <Table.Th>{t('payments.waiting.executionDate')}</Table.Th>
                  <Table.Th ta="right">{t('payments.waiting.count')}</Table.Th>
                  <Table.Th ta="right">{t('payments.waiting.total')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...byEntity].map(([entityId, rows]) => (
                  <Fragment key={entityId}>
                    {rows.map((row) => (
                      <Table.Tr key={row.requestedExecutionDate} data-testid="waiting-row">
                        <Table.Td>{row.entityName}</Table.Td>
                        <Table.Td>{date(row.requestedExecutionDate, lang)}</Table.Td>
                        <Table.Td ta="right">{row.count}</Table.Td>
                        <Table.Td ta="right">{money(Number(row.totalCents), lang)}</Table.Td>
                        <Table.Td ta="right">
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => exportFile(entityId, row.requestedExecutionDate)}
                            loading={exporting === `${entityId}/${row.requestedExecutionDate}`}
                            disabled={exporting !== null}
                          >
                            {t('payments.waiting.exportDate')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                    <Table.Tr bg="var(--mantine-color-gray-0)">
                      <Table.Td colSpan={2} fw={600}>
                        {t('payments.waiting.subtotal', { entity: rows[0]!.entityName })}
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {rows.reduce((n, r) => n + r.count, 0)}
                      </Table.Td>
                      <Table.Td ta="right" fw={600} data-testid="entity-total">
                        {money(
                          rows.reduce((s, r) => s + Number(r.totalCents), 0),
                          lang,
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="compact-sm"
                          onClick={() => exportFile(entityId)}
                          loading={exporting === `${entityId}/`}
                          disabled={exporting !== null}
                          data-testid="export"
                        >
                          {t('payments.waiting.export')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('payments.orders.title')}</Title>
          <Select
            aria-label={t('payments.orders.status')}
            data={[
              ...(['pending', 'exported', 'paid', 'returned'] as const).map((s) => ({
                value: s,
                label: t(`payments.orderStatus.${s}`),
              })),
              { value: 'all', label: t('payments.orders.all') },
            ]}
            value={status}
            onChange={(v) => v && setStatus(v as OrderStatus | 'all')}
            allowDeselect={false}
            w={260}
            name="status"
          />
        </Group>
        <ErrorAlert error={orders.error} />
        {orders.data && orders.data.length > 0 ? (
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="orders">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('payments.orders.beneficiary')}</Table.Th>
                  <Table.Th>{t('payments.orders.account')}</Table.Th>
                  <Table.Th>{t('payments.orders.reference')}</Table.Th>
                  <Table.Th>{t('payments.orders.executionDate')}</Table.Th>
                  <Table.Th ta="right">{t('payments.orders.amount')}</Table.Th>
                  <Table.Th>{t('payments.orders.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {orders.data.map((o) => (
                  <Table.Tr key={o.id} data-testid="order-row">
                    <Table.Td>
                      <Text size="sm">{o.beneficiaryName}</Text>
                      <Text size="xs" c="dimmed" title={t(`payments.kind.${o.kind}`)}>
                        {o.remittance}
                      </Text>
                    </Table.Td>
                    <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      •••• {o.ibanLast4}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {o.endToEndId}
                      </Text>
                      {o.messageId && (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {o.messageId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{date(o.bookedOn ?? o.requestedExecutionDate, lang)}</Table.Td>
                    <Table.Td ta="right">{money(Number(o.amountCents), lang)}</Table.Td>
                    <Table.Td>
                      <Badge color={ORDER_COLOR[o.status]} variant="light" tt="none" styles={FULL_LABEL}>
                        {t(`payments.orderStatus.${o.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      {o.status === 'pending' && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setEditing({ order: o, mode: 'correct' })}
                        >
                          {t('payments.orders.correct')}
                        </Button>
                      )}
                      {o.status === 'returned' && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setEditing({ order: o, mode: 'reissue' })}
                        >
                          {t('payments.orders.reissue')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('payments.orders.none')}
          </Text>
        )}
      </Card>

      <Card withBorder>
        <Title order={4} mb="sm">
          {t('payments.batches.title')}
        </Title>
        <ErrorAlert error={batches.error} />
        {batches.data && batches.data.length > 0 ? (
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="batches">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('payments.batches.messageId')}</Table.Th>
                  <Table.Th>{t('payments.batches.createdAt')}</Table.Th>
                  <Table.Th>{t('payments.batches.blocks')}</Table.Th>
                  <Table.Th ta="right">{t('payments.batches.transactions')}</Table.Th>
                  <Table.Th ta="right">{t('payments.batches.total')}</Table.Th>
                  <Table.Th>{t('payments.batches.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {batches.data.map((b) => (
                  <Table.Tr key={b.id} data-testid="batch-row">
                    <Table.Td ff="monospace" fz="sm">
                      {b.messageId}
                    </Table.Td>
                    <Table.Td>
                      {dateTime(b.createdAt, lang)}
                      {b.createdBy ? ` · ${b.createdBy}` : ''}
                    </Table.Td>
                    <Table.Td>
                      {b.blocks.map((k) => date(k.requestedExecutionDate, lang)).join(', ')}
                    </Table.Td>
                    <Table.Td ta="right">{b.numberOfTransactions}</Table.Td>
                    <Table.Td ta="right">{money(Number(b.controlSumCents), lang)}</Table.Td>
                    <Table.Td>
                      <Badge color={BATCH_COLOR[b.status]} variant="light" tt="none" styles={FULL_LABEL}>
                        {t(`payments.batchStatus.${b.status}`)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t('payments.batches.paid', { paid: b.paidCount, count: b.numberOfTransactions })}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Anchor href={fileUrl(b.id)} download={`${b.messageId}.xml`} size="sm">
                        {t('payments.batches.download')}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('payments.batches.none')}
          </Text>
        )}
      </Card>
      {editing && <AccountModal order={editing.order} mode={editing.mode} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
