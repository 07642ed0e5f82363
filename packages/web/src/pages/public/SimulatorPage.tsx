import {
  Alert,
  Card,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { BreakdownTable, percent, SharesBar, type Breakdown } from '../../components/BreakdownTable.tsx';
import { fieldErrors, get } from '../../lib/api.ts';
import { money } from '../../lib/format.ts';

interface Options {
  entities: Array<{
    id: string;
    name: string;
    feeRateBp: number;
    contractTypes: Array<{ id: string; label: string; minWithholdingRateBp: number }>;
  }>;
  modes: Array<{ id: 'amount' | 'net'; label: string }>;
  defaults: {
    entity: string;
    contractType: string;
    amountExclVatCents: number;
    days: number;
    withholdingRateBp: number;
  };
}
type Result = Breakdown;

export function SimulatorPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const options = useQuery({
    queryKey: ['simulator-options', lang],
    queryFn: () => get<Options>('/simulator/options'),
  });
  const [entity, setEntity] = useState('BE-PA');
  const [contractType, setContractType] = useState('employee');
  const [mode, setMode] = useState<'amount' | 'net'>('amount');
  const [euros, setEuros] = useState<number | string>(500);
  const [days, setDays] = useState<number | string>(1);
  const [withholding, setWithholding] = useState<number | string>('');
  const [expenses, setExpenses] = useState<number | string>(0);

  const entityOptions = options.data?.entities.find((e) => e.id === entity);
  const type =
    entityOptions?.contractTypes.find((c) => c.id === contractType) ?? entityOptions?.contractTypes[0];
  useEffect(() => {
    if (entityOptions && !entityOptions.contractTypes.some((c) => c.id === contractType))
      setContractType(entityOptions.contractTypes[0]!.id);
  }, [entityOptions, contractType]);
  useEffect(() => {
    if (type && withholding === '') setWithholding(type.minWithholdingRateBp / 100);
  }, [type, withholding]);

  const params = new URLSearchParams({
    entity,
    contractType: type?.id ?? contractType,
    mode,
    days: String(days),
    [mode === 'amount' ? 'amountExclVatCents' : 'wishedNetCents']: String(Math.round(Number(euros) * 100)),
    expensesCents: String(Math.round(Number(expenses || 0) * 100)),
    ...(withholding !== '' ? { withholdingRateBp: String(Math.round(Number(withholding) * 100)) } : {}),
  });
  const [query] = useDebouncedValue(params.toString(), 250);
  const result = useQuery({
    queryKey: ['simulate', query, lang],
    queryFn: () => get<Result>(`/simulator?${query}`),
    enabled: !!options.data,
    placeholderData: keepPreviousData,
  });
  const errors = fieldErrors(result.error);

  return (
    <Stack maw={1000}>
      <Title order={2}>{t('simulator.title')}</Title>
      <Text>{t('simulator.intro')}</Text>
      <Card withBorder>
        <Text size="sm" fw={500} mb={4}>
          {t('simulator.mode')}
        </Text>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'amount' | 'net')}
          data={(options.data?.modes ?? []).map((m) => ({ value: m.id, label: m.label }))}
          mb="md"
          data-testid="sim-mode"
        />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <NativeSelect
            label={t('simulator.entity')}
            value={entity}
            onChange={(e) => setEntity(e.currentTarget.value)}
            data={(options.data?.entities ?? []).map((e) => ({ value: e.id, label: e.name }))}
            name="entity"
          />
          <NativeSelect
            label={t('simulator.contractType')}
            value={type?.id ?? ''}
            onChange={(e) => {
              setContractType(e.currentTarget.value);
              setWithholding('');
            }}
            data={(entityOptions?.contractTypes ?? []).map((c) => ({ value: c.id, label: c.label }))}
            name="contractType"
            error={errors.contractType}
          />
          <NumberInput
            label={mode === 'amount' ? t('simulator.amount') : t('simulator.wishedNet')}
            value={euros}
            onChange={setEuros}
            min={0}
            decimalScale={2}
            decimalSeparator=","
            thousandSeparator="."
            suffix=" €"
            name="amount"
            error={errors.amountExclVatCents ?? errors.wishedNetCents}
          />
          <NumberInput
            label={t('simulator.days')}
            value={days}
            onChange={setDays}
            min={1}
            max={31}
            allowDecimal={false}
            name="days"
            error={errors.days}
          />
          <NumberInput
            label={t('simulator.withholding')}
            description={
              type ? t('simulator.withholdingMin', { min: percent(type.minWithholdingRateBp) }) : undefined
            }
            value={withholding}
            onChange={setWithholding}
            min={0}
            max={100}
            decimalScale={2}
            decimalSeparator=","
            suffix=" %"
            name="withholding"
            error={errors.withholdingRateBp}
          />
          <NumberInput
            label={t('simulator.expenses')}
            value={expenses}
            onChange={setExpenses}
            min={0}
            decimalScale={2}
            decimalSeparator=","
            thousandSeparator="."
            suffix=" €"
            name="expenses"
            error={errors.expensesCents}
          />
        </SimpleGrid>
      </Card>
      {result.error && Object.keys(errors).length === 0 ? <ErrorAlert error={result.error} /> : null}
      {result.error && Object.keys(errors).length > 0 && (
        <Alert color="red">{Object.values(errors).join(' ')}</Alert>
      )}
      {result.data && !result.error && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {t('simulator.invoiced')}
              </Text>
              <Text size="xl" fw={700} data-testid="sim-invoiced">
                {money(result.data.amountExclVatCents, lang)}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {t('simulator.gross')}
              </Text>
              <Text size="xl" fw={700}>
                {money(result.data.grossCents, lang)}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {t('simulator.net')}
              </Text>
              <Text size="xl" fw={700} c="green.8" data-testid="sim-net">
                {money(result.data.netCents, lang)}
              </Text>
            </Card>
          </SimpleGrid>
          <Card withBorder>
            <Title order={4} mb="sm">
              {t('simulator.whereMoneyGoes')}
            </Title>
            <SharesBar shares={result.data.shares} total={result.data.amountExclVatCents} />
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              {t('simulator.breakdown')}
            </Title>
            <BreakdownTable lines={result.data.lines} testId="sim-lines" />
          </Card>
        </>
      )}
    </Stack>
  );
}
