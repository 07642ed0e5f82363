import {
  Alert,
  Anchor,
  Button,
  Card,
  Divider,
  Fieldset,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
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
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BreakdownTable, percent } from '../../components/BreakdownTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApiError, fieldErrors, post } from '../../lib/api.ts';
import { date, money, todayIso } from '../../lib/format.ts';
import { useSubmission } from '../../lib/submission.ts';
import { countryName, countryOptions } from '../contracts/countries.ts';
import { newDayRow, nextDay, toBasisPoints, type DayRow } from '../contracts/declaration-form.ts';
import type { ContractOptions } from '../contracts/types.ts';
import { DaysInput } from '../contracts/WorkStep.tsx';
import {
  ApprovalButtons,
  canDecide,
  cents,
  MONEY_INPUT,
  monthLabel,
  Pager,
  Status,
  useActivityOptions,
  useContractOptions,
  usePagedRows,
  useRefreshActivity,
  WaitingFor,
  FormError,
  fields,
} from './shared.tsx';
import type { CdiPreview, CdiRow, Dashboard, SalaryPreview, SalaryRequestRow } from './types.ts';

const ENTITY_COUNTRY = 'BE';

interface SalaryForm {
  jobFamily: string;
  jobCode: string;
  description: string;
  countryOfWork: string;
  risks: string[];
  days: DayRow[];
  contractType: string;
  withholdingPercent: number | string;
  mode: 'gross' | 'net';
  amount: number | string;
  posting: {
    hostName: string;
    street: string;
    postalCode: string;
    city: string;
    startDate: string;
    endDate: string;
  };
}

function initialForm(options: ContractOptions, entityId: string): SalaryForm {
  const entity = options.entities.find((e) => e.id === entityId) ?? options.entities[0];
  const type = entity?.contractTypes.find((c) => c.id === 'employee') ?? entity?.contractTypes[0];
  // Like a declaration of the Contract tool: tomorrow, a standard day.
  const first = nextDay(options.today);
  return {
    jobFamily: '',
    jobCode: '',
    description: '',
    countryOfWork: ENTITY_COUNTRY,
    risks: [],
    days: [newDayRow(first, options.limits.standardHoursPerDay)],
    contractType: type?.id ?? 'employee',
    withholdingPercent: (type?.minWithholdingRateBp ?? 0) / 100,
    mode: 'gross',
    amount: '',
    posting: { hostName: '', street: '', postalCode: '', city: '', startDate: '', endDate: '' },
  };
}

function toBody(form: SalaryForm) {
  const dates = form.days
    .map((d) => d.date)
    .filter(Boolean)
    .sort();
  return {
    jobCode: form.jobCode,
    description: form.description,
    countryOfWork: form.countryOfWork,
    risks: form.risks,
    days: form.days.map((d) => ({ date: d.date, hours: Number(d.hours) || 0 })),
    contractType: form.contractType,
    withholdingRateBp: toBasisPoints(form.withholdingPercent),
    ...(form.mode === 'gross' ? { grossCents: cents(form.amount) } : { wishedNetCents: cents(form.amount) }),
    ...(form.countryOfWork !== ENTITY_COUNTRY
      ? {
          posting: {
            ...form.posting,
            startDate: form.posting.startDate || dates[0] || '',
            endDate: form.posting.endDate || dates.at(-1) || '',
          },
        }
      : {}),
  };
}

function Row({
  label,
  value,
  strong,
  testId,
}: {
  label: ReactNode;
  value: ReactNode;
  strong?: boolean;
  testId?: string;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm" c={strong ? undefined : 'dimmed'} fw={strong ? 600 : undefined}>
        {label}
      </Text>
      <Text
        size={strong ? 'lg' : 'sm'}
        fw={strong ? 700 : 500}
        data-testid={testId}
        style={{ whiteSpace: 'nowrap' }}
      >
        {value}
      </Text>
    </Group>
  );
}

/** What the request would cost the budget and pay, recomputed as the form changes. */
function SalaryPreviewCard({ preview, loading }: { preview: SalaryPreview; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Stack data-testid="salary-preview" style={{ opacity: loading ? 0.6 : 1 }}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Title order={4} mb="sm">
            {t('activities.salary.budgetPays')}
          </Title>
          <Stack gap={6}>
            <Row label={t('activities.salary.gross')} value={money(preview.grossCents, lang)} />
            <Row
              label={t('activities.salary.multiplier', {
                multiplier: (preview.multiplier / 10_000).toLocaleString(lang),
              })}
              value={money(preview.employerCostCents - preview.grossCents, lang)}
            />
            <Divider />
            <Row
              label={t('activities.salary.cost')}
              value={money(preview.employerCostCents, lang)}
              strong
              testId="salary-cost"
            />
            {preview.affordable ? (
              <Text size="xs" c="green.8" data-testid="salary-affordable">
                {t('activities.salary.affordable', { free: money(preview.freeCents, lang) })}
              </Text>
            ) : (
              <Text size="xs" c="red.8" fw={600} data-testid="salary-not-affordable">
                {t('activities.salary.notAffordable', {
                  free: money(preview.freeCents, lang),
                  missing: money(preview.employerCostCents - preview.freeCents, lang),
                })}
              </Text>
            )}
          </Stack>
        </Card>
        <Card withBorder bg="var(--mantine-color-green-0)">
          <Title order={4} mb="sm">
            {t('activities.salary.youReceive')}
          </Title>
          <Stack gap={6}>
            <Row
              label={t('activities.salary.net')}
              value={
                <span style={{ color: 'var(--mantine-color-green-8)' }}>{money(preview.netCents, lang)}</span>
              }
              strong
              testId="salary-net"
            />
            <Row
              label={t('activities.salary.payDate')}
              value={date(preview.payDate, lang)}
              testId="salary-pay-date"
            />
            <Text size="xs" c="dimmed">
              {t('activities.salary.period', {
                count: preview.dayCount,
                first: date(preview.firstDay, lang),
                last: date(preview.lastDay, lang),
              })}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('activities.salary.breakdown')}
        </Title>
        <BreakdownTable lines={preview.breakdown.lines} testId="salary-breakdown" />
      </Card>
    </Stack>
  );
}

/** A salary paid from the budget for days of work: the Contract tool's days, job and risks, then a gross or a net. */
function SalaryRequestForm({
  data,
  options,
  onDone,
  onCancel,
}: {
  data: Dashboard;
  options: ContractOptions;
  onDone: (reference: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const refresh = useRefreshActivity(id);
  const [form, setForm] = useState<SalaryForm>(() => initialForm(options, data.activity.entityId));
  const { busy, error, run } = useSubmission();
  const update = (patch: Partial<SalaryForm>) => setForm((f) => ({ ...f, ...patch }));
  const entity = options.entities.find((e) => e.id === data.activity.entityId) ?? options.entities[0];
  const type = entity?.contractTypes.find((c) => c.id === form.contractType);
  const family = options.jobFamilies.find((f) => f.code === form.jobFamily);
  const body = useMemo(() => toBody(form), [form]);
  const [debounced] = useDebouncedValue(JSON.stringify(body), 400);
  const ready = form.jobCode !== '' && cents(form.amount) > 0 && form.days.every((d) => d.date);
  const preview = useQuery({
    queryKey: ['salary-preview', id, debounced, lang],
    queryFn: () => post<SalaryPreview>(`/activities/${id}/salary-requests/preview`, JSON.parse(debounced)),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const errors = { ...fieldErrors(ready ? preview.error : null), ...fieldErrors(error) };

  function chooseJob(code: string | null) {
    const job = family?.jobs.find((j) => j.code === code);
    const patch: Partial<SalaryForm> = {
      jobCode: code ?? '',
      risks: job ? [...job.typicalRisks] : form.risks,
    };
    const switchTo =
      job?.artistic && form.contractType === 'employee'
        ? 'artistic_employee'
        : job && !job.artistic && form.contractType === 'artistic_employee'
          ? 'employee'
          : null;
    const switched = switchTo ? entity?.contractTypes.find((c) => c.id === switchTo) : undefined;
    if (switched) {
      patch.contractType = switched.id;
      patch.withholdingPercent = switched.minWithholdingRateBp / 100;
    }
    update(patch);
  }

  async function submit() {
    const created = await run(async (idempotencyKey) => {
      const done = await post<{ reference: string }>(
        `/activities/${id}/salary-requests`,
        body,
        idempotencyKey,
      );
      await refresh();
      return done;
    });
    if (created) onDone(created.reference);
  }

  return (
    <Card withBorder padding="lg" data-testid="salary-form">
      <Title order={3}>{t('activities.salary.newTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('activities.salary.newIntro', { free: money(data.budget.freeCents, lang) })}
      </Text>
      <FormError
        error={error}
        placed={fields(
          'jobCode',
          'description',
          'countryOfWork',
          'risks',
          'risks.',
          'days',
          'days.',
          'contractType',
          'withholdingRateBp',
          'grossCents',
          'wishedNetCents',
          'posting',
          'posting.',
        )}
      />
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('activities.salary.jobFamily')}
            placeholder={t('activities.common.choose')}
            data={options.jobFamilies.map((f) => ({ value: f.code, label: f.label }))}
            value={form.jobFamily || null}
            onChange={(v) => update({ jobFamily: v ?? '', jobCode: '' })}
            searchable
            data-testid="salary-job-family"
          />
          <Select
            label={t('activities.salary.job')}
            placeholder={family ? t('activities.common.choose') : t('activities.salary.chooseFamilyFirst')}
            data={(family?.jobs ?? []).map((j) => ({ value: j.code, label: j.label }))}
            value={form.jobCode || null}
            onChange={chooseJob}
            disabled={!family}
            searchable
            error={errors.jobCode}
            data-testid="salary-job"
          />
        </SimpleGrid>
        <Textarea
          label={t('activities.salary.description')}
          description={t('activities.salary.descriptionHelp')}
          value={form.description}
          onChange={(e) => update({ description: e.currentTarget.value })}
          error={errors.description}
          maxLength={500}
          autosize
          minRows={2}
          name="salary-description"
        />
        <DaysInput
          days={form.days}
          onChange={(days) => update({ days })}
          errors={errors}
          standardHours={options.limits.standardHoursPerDay}
          testId="salary-days"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('activities.salary.country')}
            data={countryOptions(lang)}
            value={form.countryOfWork}
            onChange={(v) => v && update({ countryOfWork: v })}
            searchable
            allowDeselect={false}
            error={errors.countryOfWork}
          />
          <MultiSelect
            label={t('activities.salary.risks')}
            description={t('activities.salary.risksHelp')}
            data={options.risks.map((r) => ({ value: r.code, label: r.label }))}
            value={form.risks}
            onChange={(v) => update({ risks: v })}
            error={errors.risks ?? Object.entries(errors).find(([k]) => k.startsWith('risks.'))?.[1]}
            clearable
          />
        </SimpleGrid>
        {form.countryOfWork !== ENTITY_COUNTRY && (
          <Fieldset
            legend={t('activities.salary.posting', { country: countryName(form.countryOfWork, lang) })}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {(['hostName', 'street', 'postalCode', 'city'] as const).map((k) => (
                <TextInput
                  key={k}
                  label={t(`activities.salary.postingFields.${k}`)}
                  value={form.posting[k]}
                  onChange={(e) => update({ posting: { ...form.posting, [k]: e.currentTarget.value } })}
                  error={errors[`posting.${k}`] ?? (k === 'hostName' ? errors.posting : undefined)}
                  required
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        )}
        <Fieldset legend={t('activities.salary.pay')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('activities.salary.contractType')}
              data={(entity?.contractTypes ?? []).map((c) => ({ value: c.id, label: c.label }))}
              value={type?.id ?? null}
              onChange={(v) => {
                const chosen = entity?.contractTypes.find((c) => c.id === v);
                if (chosen)
                  update({ contractType: chosen.id, withholdingPercent: chosen.minWithholdingRateBp / 100 });
              }}
              allowDeselect={false}
              error={errors.contractType}
            />
            <NumberInput
              label={t('activities.salary.withholding')}
              description={
                type
                  ? t('activities.salary.withholdingMin', { min: percent(type.minWithholdingRateBp) })
                  : undefined
              }
              value={form.withholdingPercent}
              onChange={(v) => update({ withholdingPercent: v })}
              min={0}
              max={100}
              decimalScale={2}
              decimalSeparator=","
              suffix=" %"
              error={errors.withholdingRateBp}
              name="withholding"
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('activities.salary.amountMode')}
              </Text>
              <SegmentedControl
                value={form.mode}
                onChange={(v) => update({ mode: v as SalaryForm['mode'] })}
                data={[
                  { value: 'gross', label: t('activities.salary.byGross') },
                  { value: 'net', label: t('activities.salary.byNet') },
                ]}
                data-testid="salary-mode"
              />
            </div>
            <NumberInput
              label={
                form.mode === 'gross' ? t('activities.salary.grossAmount') : t('activities.salary.netAmount')
              }
              value={form.amount}
              onChange={(v) => update({ amount: v })}
              min={0}
              {...MONEY_INPUT}
              error={form.mode === 'gross' ? errors.grossCents : errors.wishedNetCents}
              name="salary-amount"
              required
            />
          </SimpleGrid>
        </Fieldset>
        {!ready && (
          <Text size="sm" c="dimmed">
            {t('activities.salary.previewWaiting')}
          </Text>
        )}
        {ready && preview.isFetching && !preview.data && <Loader size="sm" />}
        {ready && preview.data && !preview.error && (
          <SalaryPreviewCard preview={preview.data} loading={preview.isFetching} />
        )}
        {ready &&
          preview.error instanceof ApiError &&
          Object.keys(fieldErrors(preview.error)).length === 0 && <ErrorAlert error={preview.error} />}
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            {t('activities.common.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={busy}
            disabled={!ready || !preview.data || !!preview.error || preview.data.affordable === false}
            data-testid="salary-submit"
          >
            {t('activities.salary.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function SalaryRequests({ data, rows }: { data: Dashboard; rows: SalaryRequestRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const phone = useMediaQuery('(max-width: 36em)');
  const id = data.activity.id;
  const contract = (r: SalaryRequestRow) =>
    r.contractId ? (
      <Stack gap={0}>
        <Anchor
          component={Link}
          to={`/contracts/${r.contractId}`}
          size="sm"
          ff="monospace"
          data-testid="salary-contract"
        >
          {r.contractReference}
        </Anchor>
        <Text size="xs" c="dimmed">
          {r.contractStatus ? t(`activities.contractStatus.${r.contractStatus}`) : ''}
          {r.payDate ? ` · ${t('activities.salary.paidOn', { date: date(r.payDate, lang) })}` : ''}
        </Text>
      </Stack>
    ) : null;
  const period = (r: SalaryRequestRow) =>
    r.firstDay === r.lastDay
      ? date(r.firstDay, lang)
      : `${date(r.firstDay, lang)} – ${date(r.lastDay, lang)}`;
  if (phone)
    return (
      <Stack gap="xs" data-testid="salary-requests">
        {rows.map((r) => (
          <Card
            key={r.id}
            withBorder
            padding="sm"
            data-testid="salary-row"
            data-reference={r.reference}
            data-status={r.status}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text size="sm" ff="monospace" fw={500}>
                  {r.reference}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.personName} · {period(r)}
                </Text>
              </div>
              <Status value={r.status} label={r.statusLabel} />
            </Group>
            <Group justify="space-between" mt={4}>
              <Text size="xs" c="dimmed">
                {t('activities.salary.grossNet', {
                  gross: money(r.grossCents, lang),
                  net: money(r.netCents, lang),
                })}
              </Text>
              <Text fw={700}>{money(r.employerCostCents, lang)}</Text>
            </Group>
            <WaitingFor step={r.waitingStep} />
            {contract(r)}
            {canDecide(data.me, r) && (
              <ApprovalButtons activityId={id} subjectType="salary_request" subjectId={r.id} />
            )}
          </Card>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped data-testid="salary-requests">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activities.salary.reference')}</Table.Th>
            <Table.Th>{t('activities.salary.daysColumn')}</Table.Th>
            <Table.Th ta="right">{t('activities.salary.gross')}</Table.Th>
            <Table.Th ta="right">{t('activities.salary.net')}</Table.Th>
            <Table.Th ta="right">{t('activities.salary.cost')}</Table.Th>
            <Table.Th>{t('activities.request.status')}</Table.Th>
            <Table.Th>{t('activities.salary.contract')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid="salary-row" data-reference={r.reference} data-status={r.status}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {r.reference}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.personName}
                </Text>
              </Table.Td>
              <Table.Td>{period(r)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(r.grossCents, lang)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(r.netCents, lang)}
              </Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {money(r.employerCostCents, lang)}
              </Table.Td>
              <Table.Td>
                <Status value={r.status} label={r.statusLabel} />
                <WaitingFor step={r.waitingStep} />
                {r.refusalReason && (
                  <Text size="xs" c="red.8">
                    {r.refusalReason}
                  </Text>
                )}
                {canDecide(data.me, r) && (
                  <div style={{ marginTop: 4 }}>
                    <ApprovalButtons activityId={id} subjectType="salary_request" subjectId={r.id} />
                  </div>
                )}
              </Table.Td>
              <Table.Td>{contract(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** An adviser sets up a CDI paid from the budget: a monthly gross, or the estimate of the next 12 months. */
function CdiForm({ data, onDone }: { data: Dashboard; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const refresh = useRefreshActivity(id);
  const options = useActivityOptions();
  const thisMonth = (options.data?.today ?? todayIso()).slice(0, 7);
  const [f, setF] = useState({
    personId: data.participants[0]?.personId ?? '',
    startMonth: thisMonth,
    contractType: 'employee' as 'employee' | 'artistic_employee',
    mode: 'gross' as 'gross' | 'estimate',
    gross: '' as number | string,
    annual: '' as number | string,
    other: '' as number | string,
  });
  const [preview, setPreview] = useState<CdiPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'save' | null>(null);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => {
    setF({ ...f, [k]: v });
    setPreview(null);
  };
  const body = {
    personId: f.personId,
    startMonth: f.startMonth,
    contractType: f.contractType,
    ...(f.mode === 'gross'
      ? { monthlyGrossCents: cents(f.gross) }
      : {
          estimate: {
            annualInvoicedExclVatCents: cents(f.annual),
            plannedAnnualOtherCostsCents: cents(f.other || 0),
          },
        }),
  };
  async function run(save: boolean) {
    setBusy(save ? 'save' : 'preview');
    setError(null);
    try {
      const result = await post<CdiPreview>(
        `/activities/${id}/cdis${save ? '' : '/preview'}`,
        body,
        save ? key.current : undefined,
      );
      if (save) {
        key.current = crypto.randomUUID();
        await refresh();
        onDone();
      } else setPreview(result);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }
  return (
    <Card withBorder padding="lg" data-testid="cdi-form">
      <Title order={4}>{t('activities.cdi.newTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('activities.cdi.newIntro', { months: data.settings.reserveMonths })}
      </Text>
      <FormError error={error} placed={fields('personId', 'startMonth', 'monthlyGrossCents', 'estimate.')} />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Select
            label={t('activities.cdi.participant')}
            data={data.participants.map((p) => ({ value: p.personId, label: p.name }))}
            value={f.personId || null}
            onChange={(v) => set('personId', v ?? '')}
            error={errors.personId}
            allowDeselect={false}
          />
          <TextInput
            type="month"
            label={t('activities.cdi.startMonth')}
            value={f.startMonth}
            onChange={(e) => set('startMonth', e.currentTarget.value)}
            error={errors.startMonth}
          />
          <Select
            label={t('activities.salary.contractType')}
            data={[
              { value: 'employee', label: t('activities.cdi.employee') },
              { value: 'artistic_employee', label: t('activities.cdi.artistic') },
            ]}
            value={f.contractType}
            onChange={(v) => v && set('contractType', v as typeof f.contractType)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <SegmentedControl
          value={f.mode}
          onChange={(v) => set('mode', v as typeof f.mode)}
          data={[
            { value: 'gross', label: t('activities.cdi.byGross') },
            { value: 'estimate', label: t('activities.cdi.byEstimate') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        {f.mode === 'gross' ? (
          <NumberInput
            label={t('activities.cdi.monthlyGross')}
            value={f.gross}
            onChange={(v) => set('gross', v)}
            min={0}
            {...MONEY_INPUT}
            error={errors.monthlyGrossCents}
            maw={260}
            name="cdi-gross"
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <NumberInput
              label={t('activities.cdi.annualInvoiced')}
              value={f.annual}
              onChange={(v) => set('annual', v)}
              min={0}
              {...MONEY_INPUT}
              error={errors['estimate.annualInvoicedExclVatCents'] ?? errors.monthlyGrossCents}
            />
            <NumberInput
              label={t('activities.cdi.otherCosts')}
              value={f.other}
              onChange={(v) => set('other', v)}
              min={0}
              {...MONEY_INPUT}
              error={errors['estimate.plannedAnnualOtherCostsCents']}
            />
          </SimpleGrid>
        )}
        {preview && (
          <Card withBorder bg="var(--mantine-color-gray-0)" data-testid="cdi-preview">
            <Stack gap={4}>
              <Row label={t('activities.cdi.monthlyGross')} value={money(preview.monthlyGrossCents, lang)} />
              <Row
                label={t('activities.cdi.monthlyCost')}
                value={money(preview.monthlyEmployerCostCents, lang)}
                strong
              />
              <Row label={t('activities.cdi.monthlyNet')} value={money(preview.monthlyNetCents, lang)} />
              <Divider />
              <Row
                label={t('activities.cdi.reserve', { months: preview.reserveMonths })}
                value={money(preview.reserveCents, lang)}
              />
              <Row label={t('activities.budget.free')} value={money(preview.freeCents, lang)} />
              <Text size="sm" c={preview.freeCents >= preview.reserveCents ? 'green.8' : 'red.8'} fw={600}>
                {preview.freeCents >= preview.reserveCents
                  ? t('activities.cdi.reserveOk')
                  : t('activities.cdi.reserveMissing', {
                      missing: money(preview.reserveCents - preview.freeCents, lang),
                    })}
              </Text>
            </Stack>
          </Card>
        )}
        <Group justify="flex-end">
          <Button
            variant="light"
            loading={busy === 'preview'}
            onClick={() => void run(false)}
            data-testid="cdi-preview-button"
          >
            {t('activities.cdi.preview')}
          </Button>
          <Button
            loading={busy === 'save'}
            disabled={!preview || preview.freeCents < preview.reserveCents}
            onClick={() => void run(true)}
            data-testid="cdi-submit"
          >
            {t('activities.cdi.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Ending a CDI: the first month no longer paid. */
function EndCdi({ activityId, cdi }: { activityId: string; cdi: CdiRow }) {
  const { t } = useTranslation();
  const refresh = useRefreshActivity(activityId);
  const [month, setMonth] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function end() {
    setBusy(true);
    setError(null);
    try {
      await post(`/activities/${activityId}/cdis/${cdi.id}/end`, { endMonth: month });
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          type="month"
          size="xs"
          label={t('activities.cdi.endMonth')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          error={fieldErrors(error).endMonth}
        />
        <Button
          size="xs"
          variant="light"
          color="red"
          disabled={!month}
          loading={busy}
          onClick={() => void end()}
        >
          {t('activities.cdi.end')}
        </Button>
      </Group>
      {error !== null && !fieldErrors(error).endMonth && <ErrorAlert error={error} />}
    </Stack>
  );
}

function Cdis({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const cdis = usePagedRows<CdiRow>(id, 'cdis', data.lists.cdis);
  const [form, setForm] = useState(false);
  const staff = data.me.can.decideStaffSteps && data.activity.status === 'active';
  return (
    <Stack gap="sm" data-testid="cdis">
      <Group justify="space-between">
        <Title order={3}>{t('activities.cdi.title')}</Title>
        {staff && !form && (
          <Button variant="light" onClick={() => setForm(true)} data-testid="new-cdi">
            {t('activities.cdi.new')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('activities.cdi.intro')}
      </Text>
      {form && <CdiForm data={data} onDone={() => setForm(false)} />}
      {cdis.total === 0 ? (
        <Text c="dimmed">{t('activities.cdi.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.salary.reference')}</Table.Th>
                <Table.Th>{t('activities.cdi.months')}</Table.Th>
                <Table.Th ta="right">{t('activities.cdi.monthlyGross')}</Table.Th>
                <Table.Th ta="right">{t('activities.cdi.monthlyNet')}</Table.Th>
                <Table.Th ta="right">{t('activities.cdi.monthlyCost')}</Table.Th>
                <Table.Th>{t('activities.request.status')}</Table.Th>
                {staff && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cdis.rows.map((c) => (
                <Table.Tr key={c.id} data-testid="cdi-row">
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {c.reference}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {c.personName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {monthLabel(c.startMonth, lang)}
                      {c.endMonth ? ` → ${monthLabel(c.endMonth, lang)}` : ''}
                    </Text>
                    {c.lastPaidMonth && (
                      <Text size="xs" c="dimmed">
                        {t('activities.cdi.lastPaid', { month: monthLabel(c.lastPaidMonth, lang) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{money(c.monthlyGrossCents, lang)}</Table.Td>
                  <Table.Td ta="right">{money(c.monthlyNetCents, lang)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {money(c.monthlyEmployerCostCents, lang)}
                  </Table.Td>
                  <Table.Td>
                    <Status value={c.status} label={t(`activities.cdiStatus.${c.status}`)} />
                  </Table.Td>
                  {staff && (
                    <Table.Td>{c.status === 'active' && <EndCdi activityId={id} cdi={c} />}</Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pager {...cdis} />
    </Stack>
  );
}

/** Salaries paid from the budget: requests (each becomes a contract once approved) and CDIs. */
export function SalariesTab({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const id = data.activity.id;
  const options = useContractOptions();
  const [form, setForm] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const requests = usePagedRows<SalaryRequestRow>(id, 'salary-requests', data.lists.salaryRequests);
  const canRequest = data.me.can.requestSalary && data.activity.status === 'active';
  return (
    <Stack data-testid="salaries">
      {done && (
        <Alert color="green" withCloseButton onClose={() => setDone(null)} data-testid="salary-done">
          {t('activities.salary.submitted', { reference: done })}
        </Alert>
      )}
      {canRequest && !form && (
        <Group>
          <Button onClick={() => setForm(true)} data-testid="new-salary">
            {t('activities.salary.new')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={options.error} />
      {form && options.data && (
        <SalaryRequestForm
          data={data}
          options={options.data}
          onCancel={() => setForm(false)}
          onDone={(reference) => {
            setForm(false);
            setDone(reference);
          }}
        />
      )}
      <Title order={3}>{t('activities.salary.listTitle', { count: requests.total })}</Title>
      {requests.total === 0 ? (
        <Text c="dimmed">{t('activities.salary.none')}</Text>
      ) : (
        <>
          <SalaryRequests data={data} rows={requests.rows} />
          <Pager {...requests} />
        </>
      )}
      <Divider />
      <Cdis data={data} />
    </Stack>
  );
}
