import {
  ActionIcon,
  Button,
  Card,
  Divider,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { percent } from '../../components/BreakdownTable.tsx';
import { money } from '../../lib/format.ts';
import { cents, MONEY_INPUT, useContractOptions } from './shared.tsx';

export interface LineRow {
  key: number;
  description: string;
  quantity: number | string;
  unitPrice: number | string;
  vatTreatment: string;
}

let lineKey = 0;
/** A new line; an empty VAT treatment means the entity's usual one (`useDefaultVat`). */
export function newLine(vatTreatment = ''): LineRow {
  lineKey += 1;
  return { key: lineKey, description: '', quantity: 1, unitPrice: '', vatTreatment };
}

/** The usual VAT treatment of an entity's sales: 21 %, or the training exemption of the trainers' entity. */
export function useDefaultVat(entityId: string): string {
  const options = useContractOptions();
  return options.data?.entities.find((e) => e.id === entityId)?.vatExempt ? 'exempt_trainer' : 'standard_21';
}

/** The lines as the API takes them (quantity as a number, unit price in cents). */
export function linesBody(lines: LineRow[], defaultVat: string) {
  return lines.map((l) => ({
    description: l.description.trim(),
    quantity: typeof l.quantity === 'number' ? l.quantity : Number(String(l.quantity).replace(',', '.')) || 0,
    unitPriceCents: cents(l.unitPrice),
    vatTreatment: l.vatTreatment || defaultVat,
  }));
}

/**
 * The lines of a quote or of an invoice without a quote: description, quantity, unit price excluding VAT
 * and VAT treatment, with the totals as they will be computed (VAT per treatment on its total base).
 */
export function LinesEditor({
  entityId,
  lines,
  onChange,
  errors,
}: {
  entityId: string;
  lines: LineRow[];
  onChange: (lines: LineRow[]) => void;
  errors: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const options = useContractOptions();
  const treatments = options.data?.vatTreatments ?? [];
  const set = (i: number, patch: Partial<LineRow>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const defaultVat = useDefaultVat(entityId);
  const body = linesBody(lines, defaultVat);
  const bases = body.map((l) => Math.round(l.quantity * l.unitPriceCents));
  const groups = new Map<string, number>();
  body.forEach((l, i) => groups.set(l.vatTreatment, (groups.get(l.vatTreatment) ?? 0) + bases[i]!));
  const vatRows = [...groups].map(([code, base]) => {
    const rateBp = treatments.find((v) => v.code === code)?.rateBp ?? 0;
    return { code, rateBp, vatCents: Math.round((base * rateBp) / 10_000) };
  });
  const vat = vatRows.reduce((sum, r) => sum + r.vatCents, 0);
  const total = bases.reduce((s, b) => s + b, 0);
  const mentions = [...groups.keys()]
    .map((code) => treatments.find((v) => v.code === code)?.mention)
    .filter((m): m is string => !!m);

  return (
    <Stack gap="xs" data-testid="lines">
      {errors.lines && (
        <Text size="sm" c="red" role="alert">
          {errors.lines}
        </Text>
      )}
      {lines.map((line, i) => (
        <Card key={line.key} withBorder padding="sm" data-testid="line-row">
          <Stack gap="xs">
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                label={t('activities.lines.description')}
                value={line.description}
                onChange={(e) => set(i, { description: e.currentTarget.value })}
                error={errors[`lines.${i}.description`]}
                maxLength={500}
                name={`lines.${i}.description`}
                style={{ flex: 1 }}
                required
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={25}
                onClick={() => onChange(lines.filter((_, j) => j !== i))}
                disabled={lines.length === 1}
                aria-label={t('activities.lines.remove')}
                title={t('activities.lines.remove')}
              >
                ×
              </ActionIcon>
            </Group>
            <Group gap="xs" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
              <NumberInput
                label={t('activities.lines.quantity')}
                value={line.quantity}
                onChange={(v) => set(i, { quantity: v })}
                min={0}
                decimalScale={2}
                decimalSeparator=","
                error={errors[`lines.${i}.quantity`]}
                name={`lines.${i}.quantity`}
                miw={90}
              />
              <NumberInput
                label={t('activities.lines.unitPrice')}
                value={line.unitPrice}
                onChange={(v) => set(i, { unitPrice: v })}
                min={0}
                {...MONEY_INPUT}
                error={errors[`lines.${i}.unitPriceCents`]}
                name={`lines.${i}.unitPrice`}
                miw={130}
              />
              <Select
                label={t('activities.lines.vat')}
                data={treatments.map((v) => ({ value: v.code, label: v.label }))}
                value={line.vatTreatment || defaultVat}
                onChange={(v) => v && set(i, { vatTreatment: v })}
                allowDeselect={false}
                error={errors[`lines.${i}.vatTreatment`]}
                name={`lines.${i}.vatTreatment`}
                miw={180}
              />
            </Group>
            <Text size="xs" c="dimmed" ta="right">
              {t('activities.lines.lineTotal', { amount: money(bases[i], lang) })}
            </Text>
          </Stack>
        </Card>
      ))}
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => onChange([...lines, newLine(lines.at(-1)?.vatTreatment)])}
          data-testid="add-line"
        >
          {t('activities.lines.add')}
        </Button>
        <Stack gap={2} miw={240} data-testid="lines-totals">
          <Group justify="space-between" gap="md">
            <Text size="sm">{t('activities.lines.totalExclVat')}</Text>
            <Text size="sm" fw={600} data-testid="lines-total-excl">
              {money(total, lang)}
            </Text>
          </Group>
          {vatRows
            .filter((r) => r.rateBp > 0)
            .map((r) => (
              <Group key={r.code} justify="space-between" gap="md">
                <Text size="sm">{t('activities.lines.vatAt', { rate: percent(r.rateBp) })}</Text>
                <Text size="sm">{money(r.vatCents, lang)}</Text>
              </Group>
            ))}
          {vatRows.every((r) => r.rateBp === 0) && (
            <Group justify="space-between" gap="md">
              <Text size="sm">{t('activities.lines.totalVat')}</Text>
              <Text size="sm">{money(0, lang)}</Text>
            </Group>
          )}
          <Divider />
          <Group justify="space-between" gap="md">
            <Text fw={600}>{t('activities.lines.totalInclVat')}</Text>
            <Text fw={700} data-testid="lines-total-incl">
              {money(total + vat, lang)}
            </Text>
          </Group>
          {mentions.map((m) => (
            <Text key={m} size="xs" c="dimmed" maw={320}>
              {m}
            </Text>
          ))}
        </Stack>
      </Group>
    </Stack>
  );
}
