import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { percent } from '../../components/BreakdownTable.tsx';
import { countryName, countryOptions } from './countries.ts';
import {
  isPosted,
  newDayRow,
  nextDay,
  sortedDates,
  type DayRow,
  type DeclarationForm,
} from './declaration-form.ts';
import type { ContractOptions } from './types.ts';

const MONEY_INPUT = {
  min: 0,
  decimalScale: 2,
  decimalSeparator: ',',
  thousandSeparator: '.',
  suffix: ' €',
} as const;

/**
 * The days worked: one row per day (date and hours), rows added and removed freely. Used by the Contract
 * tool's declaration and by an Activity's salary request.
 */
export function DaysInput({
  days,
  onChange,
  errors,
  standardHours,
  testId = 'days',
}: {
  days: DayRow[];
  onChange: (days: DayRow[]) => void;
  errors: Record<string, string>;
  standardHours: number;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const total = days.reduce((sum, d) => sum + (Number(d.hours) || 0), 0);
  const setDay = (index: number, patch: Partial<DayRow>) =>
    onChange(days.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <Fieldset legend={t('contracts.work.days')} data-testid={testId}>
      <Stack gap="xs">
        {days.map((day, i) => (
          <Group key={day.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="day-row">
            <TextInput
              type="date"
              aria-label={t('contracts.work.date')}
              label={i === 0 ? t('contracts.work.date') : undefined}
              value={day.date}
              onChange={(e) => setDay(i, { date: e.currentTarget.value })}
              error={errors[`days.${i}.date`]}
              name={`days.${i}.date`}
              style={{ flex: 3 }}
            />
            <NumberInput
              aria-label={t('contracts.work.hours')}
              label={i === 0 ? t('contracts.work.hours') : undefined}
              value={day.hours}
              onChange={(v) => setDay(i, { hours: v })}
              min={0.01}
              max={24}
              step={0.5}
              decimalScale={2}
              decimalSeparator=","
              suffix=" h"
              error={errors[`days.${i}.hours`]}
              name={`days.${i}.hours`}
              style={{ flex: 2 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={i === 0 ? 25 : 0}
              onClick={() => onChange(days.filter((_, j) => j !== i))}
              disabled={days.length === 1}
              aria-label={t('contracts.work.removeDay')}
              title={t('contracts.work.removeDay')}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {errors.days && (
          <Text size="sm" c="red" role="alert">
            {errors.days}
          </Text>
        )}
        <Group justify="space-between">
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => {
              const last = days
                .map((d) => d.date)
                .filter(Boolean)
                .sort()
                .at(-1);
              onChange([...days, newDayRow(last ? nextDay(last) : '', standardHours)]);
            }}
            data-testid={testId === 'days' ? 'add-day' : `${testId}-add-day`}
          >
            {t('contracts.work.addDay')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('contracts.work.daysTotal', {
              count: days.length,
              hours: total.toLocaleString(i18n.language, { maximumFractionDigits: 2 }),
            })}
          </Text>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Step 2 of the declaration: what the work is, when, where, and its price. */
export function WorkStep({
  options,
  form,
  update,
  errors,
}: {
  options: ContractOptions;
  form: DeclarationForm;
  update: (patch: Partial<DeclarationForm>) => void;
  errors: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const entity = options.entities.find((e) => e.id === form.entityId) ?? options.entities[0];
  const type = entity?.contractTypes.find((c) => c.id === form.contractType);
  const family = options.jobFamilies.find((f) => f.code === form.jobFamily);
  const vat = options.vatTreatments.find((v) => v.code === form.vatTreatment);
  const posted = isPosted(form);
  const dates = sortedDates(form);

  function chooseType(entityId: string, typeId: string) {
    const next = options.entities.find((e) => e.id === entityId);
    const chosen = next?.contractTypes.find((c) => c.id === typeId) ?? next?.contractTypes[0];
    update({
      entityId,
      contractType: chosen?.id ?? typeId,
      withholdingPercent: (chosen?.minWithholdingRateBp ?? 0) / 100,
      // The trainers' entity invoices without VAT.
      ...(next?.vatExempt
        ? { vatTreatment: 'exempt_trainer' }
        : form.vatTreatment === 'exempt_trainer'
          ? { vatTreatment: 'standard_21' }
          : {}),
    });
  }

  function chooseJob(code: string | null) {
    const job = family?.jobs.find((j) => j.code === code);
    const patch: Partial<DeclarationForm> = {
      jobCode: code ?? '',
      risks: job ? [...job.typicalRisks] : form.risks,
    };
    // The artistic employee contract is for artistic jobs only (the server refuses it otherwise).
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

  return (
    <Stack mt="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('contracts.work.entity')}
          data={options.entities.map((e) => ({ value: e.id, label: e.name }))}
          value={form.entityId}
          onChange={(v) => v && chooseType(v, form.contractType)}
          allowDeselect={false}
          error={errors.entityId}
          name="entityId"
        />
        <Select
          label={t('contracts.work.contractType')}
          data={(entity?.contractTypes ?? []).map((c) => ({ value: c.id, label: c.label }))}
          value={type?.id ?? null}
          onChange={(v) => v && chooseType(form.entityId, v)}
          allowDeselect={false}
          error={errors.contractType}
          name="contractType"
        />
        <Select
          label={t('contracts.work.jobFamily')}
          placeholder={t('contracts.work.choose')}
          data={options.jobFamilies.map((f) => ({ value: f.code, label: f.label }))}
          value={form.jobFamily || null}
          onChange={(v) => update({ jobFamily: v ?? '', jobCode: '' })}
          searchable
          name="jobFamily"
          data-testid="job-family"
          error={!form.jobFamily ? errors.jobCode : undefined}
        />
        <Select
          label={t('contracts.work.job')}
          placeholder={family ? t('contracts.work.choose') : t('contracts.work.chooseFamilyFirst')}
          data={(family?.jobs ?? []).map((j) => ({ value: j.code, label: j.label }))}
          value={form.jobCode || null}
          onChange={chooseJob}
          disabled={!family}
          searchable
          name="jobCode"
          data-testid="job"
          error={form.jobFamily ? errors.jobCode : undefined}
        />
      </SimpleGrid>
      <Textarea
        label={t('contracts.work.description')}
        description={t('contracts.work.descriptionHelp')}
        value={form.description}
        onChange={(e) => update({ description: e.currentTarget.value })}
        error={errors.description}
        maxLength={500}
        autosize
        minRows={2}
        name="description"
      />
      <DaysInput
        days={form.days}
        onChange={(days) => update({ days })}
        errors={errors}
        standardHours={options.limits.standardHoursPerDay}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('contracts.work.countryOfWork')}
          data={countryOptions(lang)}
          value={form.countryOfWork}
          onChange={(v) => v && update({ countryOfWork: v })}
          searchable
          allowDeselect={false}
          error={errors.countryOfWork}
          name="countryOfWork"
        />
        <MultiSelect
          label={t('contracts.work.risks')}
          description={t('contracts.work.risksHelp')}
          data={options.risks.map((r) => ({ value: r.code, label: r.label }))}
          value={form.risks}
          onChange={(v) => update({ risks: v })}
          error={errors.risks ?? Object.entries(errors).find(([k]) => k.startsWith('risks.'))?.[1]}
          clearable
          name="risks"
        />
      </SimpleGrid>
      {posted && (
        <Fieldset
          legend={t('contracts.posting.legend', { country: countryName(form.countryOfWork, lang) })}
          data-testid="posting"
        >
          <Text size="sm" c="dimmed" mb="sm">
            {t('contracts.posting.intro')}
          </Text>
          <Stack gap="sm">
            <TextInput
              label={t('contracts.posting.hostName')}
              required
              value={form.posting.hostName}
              onChange={(e) => update({ posting: { ...form.posting, hostName: e.currentTarget.value } })}
              error={errors['posting.hostName'] ?? errors.posting}
              name="posting.hostName"
            />
            <TextInput
              label={t('contracts.posting.street')}
              required
              value={form.posting.street}
              onChange={(e) => update({ posting: { ...form.posting, street: e.currentTarget.value } })}
              error={errors['posting.street']}
              name="posting.street"
            />
            <SimpleGrid cols={{ base: 2 }}>
              <TextInput
                label={t('contracts.posting.postalCode')}
                required
                value={form.posting.postalCode}
                onChange={(e) => update({ posting: { ...form.posting, postalCode: e.currentTarget.value } })}
                error={errors['posting.postalCode']}
                name="posting.postalCode"
              />
              <TextInput
                label={t('contracts.posting.city')}
                required
                value={form.posting.city}
                onChange={(e) => update({ posting: { ...form.posting, city: e.currentTarget.value } })}
                error={errors['posting.city']}
                name="posting.city"
              />
              <TextInput
                type="date"
                label={t('contracts.posting.startDate')}
                value={form.posting.startDate || dates[0] || ''}
                onChange={(e) => update({ posting: { ...form.posting, startDate: e.currentTarget.value } })}
                error={errors['posting.startDate']}
                name="posting.startDate"
              />
              <TextInput
                type="date"
                label={t('contracts.posting.endDate')}
                value={form.posting.endDate || dates.at(-1) || ''}
                onChange={(e) => update({ posting: { ...form.posting, endDate: e.currentTarget.value } })}
                error={errors['posting.endDate']}
                name="posting.endDate"
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
      )}
      <Fieldset legend={t('contracts.work.price')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('contracts.work.amount')}
            description={t('contracts.work.amountHelp')}
            value={form.amountEuros}
            onChange={(v) => update({ amountEuros: v })}
            max={options.limits.maxAmountCents / 100}
            error={errors.amountExclVatCents}
            name="amount"
            required
            {...MONEY_INPUT}
          />
          <Select
            label={t('contracts.work.vat')}
            description={vat?.mention ?? t('contracts.work.vatNoMention')}
            data={options.vatTreatments.map((v) => ({ value: v.code, label: v.label }))}
            value={form.vatTreatment}
            onChange={(v) => v && update({ vatTreatment: v })}
            allowDeselect={false}
            error={errors.vatTreatment}
            name="vatTreatment"
            data-testid="vat-treatment"
          />
          <NumberInput
            label={t('contracts.work.withholding')}
            description={
              type
                ? t('contracts.work.withholdingMin', { min: percent(type.minWithholdingRateBp) })
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
          <NumberInput
            label={t('contracts.work.expenses')}
            description={t('contracts.work.expensesHelp')}
            value={form.expensesEuros}
            onChange={(v) => update({ expensesEuros: v })}
            error={errors.expensesCents}
            name="expenses"
            {...MONEY_INPUT}
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
