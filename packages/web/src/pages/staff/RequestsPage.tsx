import {
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
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { date, money, todayIso } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';

interface QueueItem {
  id: string;
  kind: string;
  category: string;
  quantity: number;
  amountCents: number;
  paidCents: number;
  paymentState: string | null;
  status: string;
  createdAt: string;
  displayName: string;
  memberNumber: number | null;
  email: string;
  structuredReference: string | null;
  decision: { outcome: string; decidedOn: string; reason: string | null } | null;
}

function PaymentModal({ item, onClose }: { item: QueueItem; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [amount, setAmount] = useState<number | string>((item.amountCents - item.paidCents) / 100);
  const [paidOn, setPaidOn] = useState(todayIso());
  const [bankReference, setRef] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  async function save() {
    setError(null);
    try {
      await post(`/membership/requests/${item.id}/payments`, {
        amountCents: Math.round(Number(amount) * 100),
        paidOn,
        ...(bankReference ? { bankReference } : {}),
      });
      await client.invalidateQueries({ queryKey: ['queue'] });
      onClose();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Modal opened onClose={onClose} title={`${t('staff.recordPayment')} — ${item.displayName}`}>
      <Stack>
        <ErrorAlert error={error} />
        <Text size="sm" ff="monospace">
          {item.structuredReference}
        </Text>
        <NumberInput
          label={t('staff.amountEur')}
          decimalScale={2}
          min={0.01}
          value={amount}
          onChange={setAmount}
          error={errors.amountCents}
          name="amount"
          decimalSeparator=","
        />
        <TextInput
          label={t('staff.paidOn')}
          type="date"
          value={paidOn}
          onChange={(e) => setPaidOn(e.currentTarget.value)}
          error={errors.paidOn}
        />
        <TextInput
          label={t('staff.bankReference')}
          value={bankReference}
          onChange={(e) => setRef(e.currentTarget.value)}
          error={errors.bankReference}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} data-testid="payment-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DecisionModal({
  item,
  outcome,
  onClose,
  actingForBoard,
}: {
  item: QueueItem;
  outcome: 'approved' | 'refused';
  onClose: () => void;
  actingForBoard: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  async function save() {
    setError(null);
    try {
      await post(`/membership/requests/${item.id}/decision`, {
        outcome,
        decidedOn,
        ...(reason ? { reason } : {}),
      });
      await client.invalidateQueries({ queryKey: ['queue'] });
      onClose();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${outcome === 'approved' ? t('staff.approve') : t('staff.refuse')} — ${item.displayName}`}
    >
      <Stack>
        {actingForBoard && <Alert color="blue">{t('staff.actingForBoard')}</Alert>}
        <ErrorAlert error={error} />
        <TextInput
          label={t('staff.decidedOn')}
          type="date"
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.currentTarget.value)}
          error={errors.decidedOn}
        />
        <Textarea
          label={t('staff.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          required={outcome === 'refused'}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={outcome === 'approved' ? 'green' : 'red'} onClick={save} data-testid="decision-save">
            {outcome === 'approved' ? t('staff.approve') : t('staff.refuse')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function RequestsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = useSession();
  const [status, setStatus] = useState('open');
  const [paying, setPaying] = useState<QueueItem | null>(null);
  const [deciding, setDeciding] = useState<{ item: QueueItem; outcome: 'approved' | 'refused' } | null>(null);
  const query = useQuery({
    queryKey: ['queue', status],
    queryFn: () => get<QueueItem[]>(`/membership/requests?status=${status}&limit=200`),
  });
  const canPay = hasRole(user, 'client_service', 'admin');
  const canDecide = hasRole(user, 'board', 'admin');

  return (
    <Stack>
      <Title order={2}>{t('staff.requestsTitle')}</Title>
      <SegmentedControl
        value={status}
        onChange={setStatus}
        data={[
          { value: 'open', label: t('staff.statusOpen') },
          { value: 'completed', label: t('membership.requestStatus.completed') },
          { value: 'refused', label: t('membership.requestStatus.refused') },
        ]}
        w="fit-content"
      />
      <ErrorAlert error={query.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="queue">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('membership.date')}</Table.Th>
              <Table.Th>{t('staff.member')}</Table.Th>
              <Table.Th>{t('staff.kind')}</Table.Th>
              <Table.Th ta="right">{t('membership.quantity')}</Table.Th>
              <Table.Th ta="right">{t('staff.amount')}</Table.Th>
              <Table.Th ta="right">{t('staff.paid')}</Table.Th>
              <Table.Th>{t('staff.status')}</Table.Th>
              <Table.Th>{t('staff.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data?.map((item) => {
              const payable =
                (item.kind === 'subscription' || item.kind === 'additional') &&
                item.paidCents < item.amountCents &&
                item.status !== 'refused';
              return (
                <Table.Tr key={item.id} data-testid="queue-row" data-email={item.email}>
                  <Table.Td>{date(item.createdAt, lang)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {item.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {item.memberNumber ? `#${item.memberNumber} · ` : ''}
                      {item.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t(`membership.kinds.${item.kind}`)} {item.category}
                  </Table.Td>
                  <Table.Td ta="right">{item.quantity}</Table.Td>
                  <Table.Td ta="right">{money(item.amountCents, lang)}</Table.Td>
                  <Table.Td ta="right">{item.paymentState ? money(item.paidCents, lang) : '–'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <StatusBadge value={item.status} label={t(`membership.requestStatus.${item.status}`)} />
                      {item.paymentState && (
                        <StatusBadge
                          value={item.paymentState}
                          label={t(`membership.payment.${item.paymentState}`)}
                        />
                      )}
                    </Group>
                    {item.decision?.reason && (
                      <Text size="xs" c="dimmed">
                        {item.decision.reason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {canPay && payable && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => setPaying(item)}
                          data-testid="record-payment"
                        >
                          {t('staff.recordPayment')}
                        </Button>
                      )}
                      {canDecide && item.status === 'pending' && (
                        <>
                          <Button
                            size="compact-xs"
                            color="green"
                            variant="light"
                            onClick={() => setDeciding({ item, outcome: 'approved' })}
                            data-testid="approve"
                          >
                            {t('staff.approve')}
                          </Button>
                          <Button
                            size="compact-xs"
                            color="red"
                            variant="subtle"
                            onClick={() => setDeciding({ item, outcome: 'refused' })}
                          >
                            {t('staff.refuse')}
                          </Button>
                        </>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {query.data?.length === 0 && <Text c="dimmed">{t('common.noData')}</Text>}
      {paying && <PaymentModal item={paying} onClose={() => setPaying(null)} />}
      {deciding && (
        <DecisionModal
          {...deciding}
          actingForBoard={!hasRole(user, 'board')}
          onClose={() => setDeciding(null)}
        />
      )}
    </Stack>
  );
}
