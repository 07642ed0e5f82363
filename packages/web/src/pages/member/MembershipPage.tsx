import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Image,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  Select,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { fieldErrors, get, post } from '../../lib/api.ts';
import { date, money } from '../../lib/format.ts';

export interface MembershipView {
  member: {
    id: string;
    entityId: string;
    entityName: string;
    memberNumber: number | null;
    status: string;
    admittedOn: string | null;
    displayName: string;
  };
  holdings: Array<{ category: string; quantity: number; nominalCents: number; totalCents: number }>;
  requests: Array<{
    id: string;
    kind: string;
    category: string;
    quantity: number;
    amountCents: number;
    paidCents: number;
    paymentState: string | null;
    status: string;
    createdAt: string;
    payment: {
      beneficiary: string;
      iban: string;
      bic: string | null;
      amountCents: number;
      dueCents: number;
      reference: string;
    } | null;
  }>;
  refunds: Array<{
    id: string;
    financialYear: number;
    nominalCents: number;
    amountCents: number | null;
    status: string;
  }>;
  register: Array<{
    lineNo: number;
    operation: string;
    category: string;
    quantity: number;
    amountCents: number;
    effectiveOn: string;
  }>;
  settings: { categories: Array<{ code: string; nominalCents: number }>; transfersAllowed: boolean };
}

type Action = 'additional' | 'resignation' | 'transfer';

function RequestModal({
  view,
  action,
  onClose,
}: {
  view: MembershipView;
  action: Action;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const held = view.holdings.map((h) => h.category);
  const [category, setCategory] = useState(held[0] ?? 'A');
  const [quantity, setQuantity] = useState<number>(1);
  const [toMemberNumber, setTo] = useState<number | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const titles: Record<Action, string> = {
    additional: t('membership.buyMore'),
    resignation: t('membership.resign'),
    transfer: t('membership.transfer'),
  };

  async function send() {
    setBusy(true);
    setError(null);
    try {
      await post('/membership/requests', {
        entityId: view.member.entityId,
        kind: action,
        category,
        quantity,
        ...(action === 'transfer' && toMemberNumber !== '' ? { toMemberNumber } : {}),
        ...(note ? { note } : {}),
      });
      await client.invalidateQueries({ queryKey: ['membership'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={titles[action]}>
      <Stack>
        <ErrorAlert error={error} />
        <Select
          label={t('membership.category')}
          data={(action === 'additional' ? view.settings.categories.map((c) => c.code) : held).map((c) => ({
            value: c,
            label: c,
          }))}
          value={category}
          onChange={(v) => v && setCategory(v)}
          allowDeselect={false}
          error={errors.category}
        />
        <NumberInput
          label={t('membership.quantity')}
          min={1}
          allowDecimal={false}
          value={quantity}
          onChange={(v) => setQuantity(Number(v) || 0)}
          error={errors.quantity}
          name="quantity"
        />
        {action === 'transfer' && (
          <NumberInput
            label={t('membership.toMemberNumber')}
            min={1}
            allowDecimal={false}
            value={toMemberNumber}
            onChange={(v) => setTo(v === '' ? '' : Number(v))}
            error={errors.toMemberNumber}
          />
        )}
        {action === 'resignation' && <Alert color="yellow">{t('membership.resignNote')}</Alert>}
        <Textarea
          label={t('membership.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={send} loading={busy} data-testid="request-submit">
            {t('common.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function MembershipCard({ view }: { view: MembershipView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [action, setAction] = useState<Action | null>(null);
  const m = view.member;
  const open = view.requests.filter((r) => r.payment && r.payment.dueCents > 0);
  const isMember = m.status === 'member';
  return (
    <Stack>
      <Card withBorder>
        <Group justify="space-between">
          <div>
            <Text c="dimmed" size="sm">
              {m.entityName}
            </Text>
            <Title order={3}>{m.displayName}</Title>
          </div>
          <StatusBadge value={m.status} label={t(`membership.statusValue.${m.status}`)} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
          <div>
            <Text size="sm" c="dimmed">
              {t('membership.memberNumber')}
            </Text>
            <Text fw={600} data-testid="member-number">
              {m.memberNumber ?? '–'}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('membership.since')}
            </Text>
            <Text fw={600}>{date(m.admittedOn, lang)}</Text>
          </div>
          <div>
            {(isMember || m.status === 'resigned') && (
              <Button
                component="a"
                href={`/api/v1/membership/members/${m.id}/certificate.pdf`}
                target="_blank"
                variant="light"
                data-testid="certificate"
              >
                {t('membership.certificate')}
              </Button>
            )}
          </div>
        </SimpleGrid>
      </Card>

      {open.map((r) => (
        <Card withBorder key={r.id} data-testid="payment-instructions">
          <Title order={4} mb="xs">
            {t('membership.payTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('membership.payIntro')}
          </Text>
          <Group align="flex-start" wrap="wrap">
            <Table variant="vertical" withTableBorder style={{ flex: 1, minWidth: 260 }}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>{t('membership.beneficiary')}</Table.Th>
                  <Table.Td>{r.payment!.beneficiary}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>IBAN</Table.Th>
                  <Table.Td>{r.payment!.iban.replace(/(.{4})/g, '$1 ').trim()}</Table.Td>
                </Table.Tr>
                {r.payment!.bic && (
                  <Table.Tr>
                    <Table.Th>BIC</Table.Th>
                    <Table.Td>{r.payment!.bic}</Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr>
                  <Table.Th>{t('membership.due')}</Table.Th>
                  <Table.Td fw={700}>{money(r.payment!.dueCents, lang)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('membership.reference')}</Table.Th>
                  <Table.Td ff="monospace" data-testid="structured-reference">
                    {r.payment!.reference}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Image
              src={`/api/v1/membership/requests/${r.id}/payment-qr.svg`}
              alt={t('membership.qrAlt')}
              w={160}
              h={160}
            />
          </Group>
        </Card>
      ))}

      {view.holdings.length > 0 && (
        <Card withBorder>
          <Title order={4} mb="xs">
            {t('membership.holdings')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('membership.category')}</Table.Th>
                <Table.Th ta="right">{t('membership.quantity')}</Table.Th>
                <Table.Th ta="right">{t('membership.nominal')}</Table.Th>
                <Table.Th ta="right">{t('membership.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.holdings.map((h) => (
                <Table.Tr key={h.category}>
                  <Table.Td>{h.category}</Table.Td>
                  <Table.Td ta="right" data-testid={`holding-${h.category}`}>
                    {h.quantity}
                  </Table.Td>
                  <Table.Td ta="right">{money(h.nominalCents, lang)}</Table.Td>
                  <Table.Td ta="right">{money(h.totalCents, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}

      {isMember && (
        <Card withBorder>
          <Title order={4} mb="xs">
            {t('membership.actions')}
          </Title>
          <Group>
            <Button variant="light" onClick={() => setAction('additional')}>
              {t('membership.buyMore')}
            </Button>
            {view.settings.transfersAllowed && (
              <Button variant="light" onClick={() => setAction('transfer')}>
                {t('membership.transfer')}
              </Button>
            )}
            <Button variant="light" color="red" onClick={() => setAction('resignation')}>
              {t('membership.resign')}
            </Button>
          </Group>
        </Card>
      )}
      {action && <RequestModal view={view} action={action} onClose={() => setAction(null)} />}

      <Card withBorder>
        <Title order={4} mb="xs">
          {t('membership.requests')}
        </Title>
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('membership.date')}</Table.Th>
                <Table.Th>{t('membership.kind')}</Table.Th>
                <Table.Th ta="right">{t('membership.quantity')}</Table.Th>
                <Table.Th ta="right">{t('membership.amount')}</Table.Th>
                <Table.Th>{t('membership.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.requests.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{date(r.createdAt, lang)}</Table.Td>
                  <Table.Td>{t(`membership.kinds.${r.kind}`)}</Table.Td>
                  <Table.Td ta="right">{r.quantity}</Table.Td>
                  <Table.Td ta="right">{money(r.amountCents, lang)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <StatusBadge value={r.status} label={t(`membership.requestStatus.${r.status}`)} />
                      {r.paymentState && r.status !== 'completed' && (
                        <StatusBadge
                          value={r.paymentState}
                          label={t(`membership.payment.${r.paymentState}`)}
                        />
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      {view.register.length > 0 && (
        <Card withBorder>
          <Title order={4} mb="xs">
            {t('membership.register')}
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="register-lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('membership.line')}</Table.Th>
                  <Table.Th>{t('membership.date')}</Table.Th>
                  <Table.Th>{t('membership.operation')}</Table.Th>
                  <Table.Th>{t('membership.category')}</Table.Th>
                  <Table.Th ta="right">{t('membership.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('membership.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.register.map((l) => (
                  <Table.Tr key={l.lineNo}>
                    <Table.Td>{l.lineNo}</Table.Td>
                    <Table.Td>{date(l.effectiveOn, lang)}</Table.Td>
                    <Table.Td>{t(`membership.operations.${l.operation}`)}</Table.Td>
                    <Table.Td>{l.category}</Table.Td>
                    <Table.Td ta="right">{l.quantity}</Table.Td>
                    <Table.Td ta="right">{money(l.amountCents, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}

      {view.refunds.length > 0 && (
        <Card withBorder>
          <Title order={4} mb="xs">
            {t('membership.refunds')}
          </Title>
          {view.refunds.map((r) => (
            <Group key={r.id} justify="space-between">
              <Text>
                {r.financialYear} — {money(r.amountCents ?? r.nominalCents, lang)}
              </Text>
              <StatusBadge value={r.status} label={t(`membership.refundStatus.${r.status}`)} />
            </Group>
          ))}
        </Card>
      )}
    </Stack>
  );
}

export function MembershipPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['membership'],
    queryFn: () => get<{ memberships: MembershipView[] }>('/membership/me'),
  });
  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={2}>{t('membership.title')}</Title>
        <Anchor href="/api/v1/membership/me/export" size="sm" data-testid="export-data">
          {t('membership.exportData')}
        </Anchor>
      </Group>
      <ErrorAlert error={query.error} />
      {query.data?.memberships.length === 0 && (
        <Alert>
          {t('membership.none')}{' '}
          <Anchor component={Link} to="/join">
            {t('common.join')}
          </Anchor>
        </Alert>
      )}
      {query.data?.memberships.map((view) => (
        <MembershipCard key={view.member.id} view={view} />
      ))}
      <Text size="sm" c="dimmed">
        {t('membership.gateInfo')}
      </Text>
    </Stack>
  );
}
