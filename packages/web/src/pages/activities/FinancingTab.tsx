import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, post } from '../../lib/api.ts';
import { date, money, todayIso } from '../../lib/format.ts';
import { useSubmission } from '../../lib/submission.ts';
import { percent } from '../../components/BreakdownTable.tsx';
import {
  cents,
  DecisionButtons,
  MONEY_INPUT,
  Pager,
  Status,
  useActivityOptions,
  usePagedRows,
  useRefreshActivity,
  FormError,
  fields,
} from './shared.tsx';
import type { Dashboard, FinancingRow } from './types.ts';

const addMonth = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

/** An internal 0 % loan or an equipment financing, asked by the Activity's manager; staff decide. */
function FinancingForm({ data, onDone }: { data: Dashboard; onDone: (reference: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const options = useActivityOptions();
  const refresh = useRefreshActivity(id);
  const today = options.data?.today ?? todayIso();
  const [f, setF] = useState({
    kind: 'loan',
    principal: '' as number | string,
    months: 12 as number | string,
    firstDueDate: addMonth(today),
    purpose: '',
  });
  const { busy, error, run } = useSubmission();
  const errors = fieldErrors(error);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF({ ...f, [k]: v });
  const months = Number(f.months) || 0;
  const principal = cents(f.principal);
  async function submit() {
    const created = await run(async (idempotencyKey) => {
      const done = await post<{ reference: string }>(
        `/activities/${id}/financings`,
        {
          kind: f.kind,
          principalCents: principal,
          months,
          firstDueDate: f.firstDueDate,
          purpose: f.purpose.trim(),
        },
        idempotencyKey,
      );
      await refresh();
      return done;
    });
    if (created) onDone(created.reference);
  }
  return (
    <Card withBorder padding="lg" data-testid="financing-form">
      <Title order={4}>{t('activities.financing.newTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('activities.financing.newIntro')}
      </Text>
      <FormError
        error={error}
        placed={fields('kind', 'principalCents', 'months', 'firstDueDate', 'purpose')}
      />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="xs">
          <Select
            label={t('activities.financing.kind')}
            data={(options.data?.financingKinds ?? []).map((k) => ({ value: k.code, label: k.label }))}
            value={f.kind}
            onChange={(v) => v && set('kind', v)}
            allowDeselect={false}
            error={errors.kind}
          />
          <NumberInput
            label={t('activities.financing.principal')}
            value={f.principal}
            onChange={(v) => set('principal', v)}
            min={0}
            {...MONEY_INPUT}
            error={errors.principalCents}
            required
            name="financing-principal"
          />
          <NumberInput
            label={t('activities.financing.months')}
            description={t('activities.financing.monthsMax', { max: data.settings.financingMaxMonths })}
            value={f.months}
            onChange={(v) => set('months', v)}
            min={1}
            max={data.settings.financingMaxMonths}
            allowDecimal={false}
            error={errors.months}
          />
          <TextInput
            type="date"
            label={t('activities.financing.firstDueDate')}
            value={f.firstDueDate}
            onChange={(e) => set('firstDueDate', e.currentTarget.value)}
            error={errors.firstDueDate}
          />
        </SimpleGrid>
        <Textarea
          label={t('activities.financing.purpose')}
          value={f.purpose}
          onChange={(e) => set('purpose', e.currentTarget.value)}
          error={errors.purpose}
          maxLength={1000}
          autosize
          minRows={2}
          required
          name="financing-purpose"
        />
        {principal > 0 && months > 0 && (
          <Text size="sm" c="dimmed">
            {t('activities.financing.instalment', {
              amount: money(Math.ceil(principal / months), lang),
              months,
            })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={busy} data-testid="financing-submit">
            {t('activities.financing.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Internal loans and equipment financing: asked by the manager, granted or refused by staff, repaid monthly. */
export function FinancingTab({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const refresh = useRefreshActivity(id);
  const list = usePagedRows<FinancingRow>(id, 'financings', data.lists.financings);
  const [form, setForm] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const mayAsk = data.me.can.manage && data.activity.status === 'active';
  const staff = data.me.can.decideStaffSteps;
  return (
    <Stack data-testid="financing">
      <Text size="sm" c="dimmed">
        {t('activities.financing.intro')}
      </Text>
      {done && (
        <Alert color="green" withCloseButton onClose={() => setDone(null)}>
          {t('activities.financing.requested', { reference: done })}
        </Alert>
      )}
      {mayAsk && !form && (
        <Group>
          <Button onClick={() => setForm(true)} data-testid="new-financing">
            {t('activities.financing.new')}
          </Button>
        </Group>
      )}
      {form && (
        <FinancingForm
          data={data}
          onDone={(reference) => {
            setForm(false);
            setDone(reference);
          }}
        />
      )}
      {list.total === 0 ? (
        <Text c="dimmed">{t('activities.financing.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="financings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.financing.reference')}</Table.Th>
                <Table.Th ta="right">{t('activities.financing.principal')}</Table.Th>
                <Table.Th ta="right">{t('activities.financing.fee')}</Table.Th>
                <Table.Th>{t('activities.financing.schedule')}</Table.Th>
                <Table.Th ta="right">{t('activities.financing.remaining')}</Table.Th>
                <Table.Th>{t('activities.financing.nextDue')}</Table.Th>
                <Table.Th>{t('activities.request.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.rows.map((f) => (
                <Table.Tr key={f.id} data-testid="financing-row" data-reference={f.reference}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {f.reference}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {f.kindLabel} · {f.purpose}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(f.principalCents, lang)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(f.arrangementFeeCents, lang)}
                    <Text size="xs" c="dimmed">
                      {percent(f.arrangementFeeRateBp)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('activities.financing.paidOf', { paid: f.paidCount, months: f.months })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('activities.financing.from', { date: date(f.firstDueDate, lang) })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(f.remainingCents, lang)}
                  </Table.Td>
                  <Table.Td>{f.status === 'granted' ? date(f.nextDueDate, lang) : '–'}</Table.Td>
                  <Table.Td>
                    <Status value={f.status} label={t(`activities.financingStatus.${f.status}`)} />
                    {f.refusalReason && (
                      <Text size="xs" c="red.8">
                        {f.refusalReason}
                      </Text>
                    )}
                    {staff && f.status === 'requested' && (
                      <div style={{ marginTop: 4 }}>
                        <DecisionButtons
                          approveLabel={t('activities.financing.grant')}
                          onDecide={async (decision, reason) => {
                            await post(`/activities/${id}/financings/${f.id}/decision`, {
                              decision: decision === 'approve' ? 'grant' : 'refuse',
                              ...(reason ? { reason } : {}),
                            });
                            await refresh();
                          }}
                        />
                      </div>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pager {...list} />
    </Stack>
  );
}
