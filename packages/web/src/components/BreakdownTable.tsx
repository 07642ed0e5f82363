import { Group, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { money } from '../lib/format.ts';

/** One line of a payroll breakdown as the server presents it: already labelled in the reader's language. */
export interface BreakdownLine {
  key: string;
  label: string;
  base: number;
  rateBp?: number;
  multiplier?: number;
  amount: number;
  roundingLabel?: string;
  source: string;
}

/** Where a part of the amount invoiced goes (the shares sum to the amount excluding VAT). */
export interface BreakdownShare {
  key: string;
  label: string;
  amountCents: number;
}

/** The payroll breakdown of the simulator and of the Contract tool (server `presentBreakdown`). */
export interface Breakdown {
  amountExclVatCents: number;
  feeCents: number;
  grossCents: number;
  employerCostCents: number;
  netCents: number;
  expensesCents: number;
  contractTypeLabel?: string;
  lines: BreakdownLine[];
  shares: BreakdownShare[];
}

const COLORS: Record<string, string> = {
  fee: 'var(--mantine-color-grape-5)',
  employer_contributions: 'var(--mantine-color-orange-5)',
  employee_contribution: 'var(--mantine-color-yellow-5)',
  withholding: 'var(--mantine-color-red-5)',
  net: 'var(--mantine-color-green-6)',
  expenses: 'var(--mantine-color-blue-5)',
  remainder: 'var(--mantine-color-gray-5)',
};

/** A rate in basis points as `13,07 %`. */
export function percent(bp?: number): string {
  return bp === undefined ? '' : `${(bp / 100).toLocaleString('de-BE', { maximumFractionDigits: 2 })} %`;
}

/** Where the money goes: one bar, each part in proportion, with a legend. */
export function SharesBar({ shares, total }: { shares: BreakdownShare[]; total: number }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const visible = shares.filter((s) => s.amountCents > 0);
  const part = (cents: number) => (total > 0 ? (cents / total) * 100 : 0);
  return (
    <Stack gap="xs">
      <div
        style={{ display: 'flex', height: 28, borderRadius: 6, overflow: 'hidden' }}
        role="img"
        aria-label={visible.map((s) => `${s.label} ${money(s.amountCents, lang)}`).join(', ')}
      >
        {visible.map((s) => (
          <div
            key={s.key}
            style={{ width: `${part(s.amountCents)}%`, background: COLORS[s.key] ?? 'gray' }}
            title={s.label}
          />
        ))}
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4}>
        {visible.map((s) => (
          <Group key={s.key} gap={6} wrap="nowrap">
            <div
              style={{ width: 12, height: 12, borderRadius: 3, flexShrink: 0, background: COLORS[s.key] }}
            />
            <Text size="sm">
              {s.label}: <strong>{money(s.amountCents, lang)}</strong> ({part(s.amountCents).toFixed(1)} %)
            </Text>
          </Group>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** How a line was computed: `841,50 € × 1,55` or `542,90 € · 13,07 %`, empty for a plain amount. */
function computation(line: BreakdownLine, lang: string): string {
  const factor = line.multiplier
    ? `× ${(line.multiplier / 10_000).toLocaleString(lang)}`
    : line.rateBp !== undefined
      ? percent(line.rateBp)
      : '';
  return [line.base ? money(line.base, lang) : '', factor].filter(Boolean).join(' · ');
}

function LineLabel({ line, detail }: { line: BreakdownLine; detail?: string }) {
  return (
    <>
      <Tooltip
        label={line.source}
        multiline
        w={300}
        withArrow
        events={{ hover: true, focus: true, touch: true }}
      >
        <Text size="sm" style={{ cursor: 'help' }}>
          {line.label}
        </Text>
      </Tooltip>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
      {line.roundingLabel && (
        <Text size="xs" c="dimmed">
          {line.roundingLabel}
        </Text>
      )}
    </>
  );
}

/**
 * The payroll breakdown line by line: base, rate or multiplier, amount; the legal source on hover. On a
 * phone the base and the rate go under the label, so that the amounts stay in sight.
 */
export function BreakdownTable({ lines, testId }: { lines: BreakdownLine[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <>
      {phone ? (
        <Table striped data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('simulator.line')}</Table.Th>
              <Table.Th ta="right">{t('simulator.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.key}>
                <Table.Td>
                  <LineLabel line={line} detail={computation(line, lang)} />
                </Table.Td>
                <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  {money(line.amount, lang)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Table striped data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('simulator.line')}</Table.Th>
              <Table.Th ta="right">{t('simulator.base')}</Table.Th>
              <Table.Th ta="right">{t('simulator.rate')}</Table.Th>
              <Table.Th ta="right">{t('simulator.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.key}>
                <Table.Td>
                  <LineLabel line={line} />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {line.base ? money(line.base, lang) : ''}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {line.multiplier
                    ? `× ${(line.multiplier / 10_000).toLocaleString(lang)}`
                    : percent(line.rateBp)}
                </Table.Td>
                <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {money(line.amount, lang)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('simulator.sourcesNote')}
      </Text>
    </>
  );
}
