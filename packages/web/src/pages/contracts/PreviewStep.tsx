import { Alert, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakdownTable, percent, SharesBar } from '../../components/BreakdownTable.tsx';
import { date, money } from '../../lib/format.ts';
import type { Preview } from './types.ts';

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

/** Step 3: what the client pays and what the worker receives, side by side, then the whole breakdown. */
export function PreviewStep({ preview }: { preview: Preview }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { invoice, breakdown } = preview;
  const period =
    preview.firstDay === preview.lastDay
      ? date(preview.firstDay, lang)
      : `${date(preview.firstDay, lang)} – ${date(preview.lastDay, lang)}`;
  return (
    <Stack mt="md" data-testid="preview">
      <Text size="sm">
        {t('contracts.preview.summary', {
          job: preview.jobLabel,
          client: preview.client.name,
          period,
          count: preview.days.length,
          hours: preview.totalHours.toLocaleString(lang, { maximumFractionDigits: 2 }),
        })}
      </Text>
      {preview.warnings.map((w) => (
        <Alert key={w.code} color="yellow" variant="light" data-testid="preview-warning">
          {w.message}
        </Alert>
      ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder data-testid="client-pays">
          <Title order={4} mb="sm">
            {t('contracts.preview.clientPays')}
          </Title>
          <Stack gap={6}>
            <Row label={t('contracts.preview.exclVat')} value={money(invoice.amountExclVatCents, lang)} />
            <Row
              label={`${t('contracts.preview.vat')} (${percent(invoice.vatRateBp)})`}
              value={money(invoice.vatCents, lang)}
            />
            <Divider />
            <Row
              label={t('contracts.preview.inclVat')}
              value={money(invoice.totalInclVatCents, lang)}
              strong
              testId="preview-total"
            />
            {invoice.mention && (
              <Text size="xs" c="dimmed">
                {invoice.mention}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('contracts.preview.paymentTerms', { days: invoice.paymentTermsDays })}
            </Text>
          </Stack>
        </Card>
        <Card withBorder data-testid="worker-receives" bg="var(--mantine-color-green-0)">
          <Title order={4} mb="sm">
            {t('contracts.preview.youReceive')}
          </Title>
          <Stack gap={6}>
            <Row label={t('contracts.preview.gross')} value={money(breakdown.grossCents, lang)} />
            {breakdown.expensesCents > 0 && (
              <Row label={t('contracts.preview.expenses')} value={money(breakdown.expensesCents, lang)} />
            )}
            <Divider />
            <Row
              label={t('contracts.preview.net')}
              value={
                <span style={{ color: 'var(--mantine-color-green-8)' }}>
                  {money(breakdown.netCents, lang)}
                </span>
              }
              strong
              testId="preview-net"
            />
            <Row
              label={t('contracts.preview.payDate')}
              value={date(preview.payDate, lang)}
              testId="preview-pay-date"
            />
            <Text size="xs" c="dimmed">
              {t('contracts.preview.guarantee')}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>
      {preview.remainingFreePrestations !== null && (
        <Alert color="blue" variant="light">
          {t('contracts.preview.freeLeft', { count: preview.remainingFreePrestations })}
        </Alert>
      )}
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('contracts.preview.whereMoneyGoes')}
        </Title>
        <SharesBar shares={breakdown.shares} total={breakdown.amountExclVatCents} />
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('contracts.preview.breakdown')}
        </Title>
        <BreakdownTable lines={breakdown.lines} testId="preview-lines" />
      </Card>
    </Stack>
  );
}
