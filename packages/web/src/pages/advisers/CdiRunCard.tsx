import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, post } from '../../lib/api.ts';
import { money, todayIso } from '../../lib/format.ts';
import type { CdiRunResult } from './types.ts';

const LOCALES: Record<string, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB', de: 'de-BE' };

/** `2026-12` as "December 2026" in the reader's language. */
function monthName(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(LOCALES[lang] ?? 'fr-BE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/**
 * Payroll: pays a month of every CDI (permanent contract with smoothed income) of an entity from the
 * budgets of their Activities, and shows what was paid and what was skipped for want of budget.
 */
export function CdiRunCard({
  entities,
  entityId: initialEntity,
}: {
  entities: Array<{ id: string; name: string }>;
  entityId: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const thisMonth = todayIso().slice(0, 7);
  const [entityId, setEntityId] = useState(initialEntity);
  const [month, setMonth] = useState(thisMonth);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<CdiRunResult | null>(null);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);

  async function run() {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await post<CdiRunResult>('/activities/cdi-runs', { entityId, month }, key.current));
    } catch (e) {
      setError(e);
    } finally {
      key.current = crypto.randomUUID();
      setBusy(false);
    }
  }

  return (
    <Card withBorder data-testid="cdi-run-card">
      <Title order={4}>{t('advisers.cdi.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm" maw={760}>
        {t('advisers.cdi.intro')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('advisers.cdi.entity')}
          data={entities.map((e) => ({ value: e.id, label: e.name }))}
          value={entityId}
          onChange={(v) => {
            if (v) setEntityId(v);
            setResult(null);
          }}
          allowDeselect={false}
          error={errors.entityId}
          w={260}
          name="cdi-entityId"
        />
        <TextInput
          type="month"
          label={t('advisers.cdi.month')}
          value={month}
          max={thisMonth}
          onChange={(e) => {
            setMonth(e.currentTarget.value);
            setResult(null);
          }}
          error={errors.month}
          w={180}
          name="cdi-month"
        />
        <Button onClick={run} loading={busy} disabled={!month} data-testid="cdi-run">
          {t('advisers.cdi.run')}
        </Button>
      </Group>
      {error && Object.keys(errors).length === 0 ? (
        <Stack mt="sm">
          <ErrorAlert error={error} />
        </Stack>
      ) : null}
      {result && (
        <Stack mt="md" gap="sm" data-testid="cdi-run-result">
          <Group gap="xs">
            <Text fw={600}>{t('advisers.cdi.result', { month: monthName(result.month, lang) })}</Text>
            <Badge color="teal" variant="light">
              {t('advisers.cdi.paidCount', { count: result.paid.length })}
            </Badge>
            {result.skipped.length > 0 && (
              <Badge color="red" variant="filled">
                {t('advisers.cdi.skippedCount', { count: result.skipped.length })}
              </Badge>
            )}
          </Group>
          {result.paid.length === 0 && result.skipped.length === 0 && (
            <Alert color="gray" variant="light">
              {t('advisers.cdi.nothing')}
            </Alert>
          )}
          {result.paid.length > 0 && (
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('advisers.cdi.paid')}
              </Text>
              <Table.ScrollContainer minWidth={420}>
                <Table striped data-testid="cdi-paid">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('advisers.cdi.reference')}</Table.Th>
                      <Table.Th>{t('advisers.cdi.payslip')}</Table.Th>
                      <Table.Th ta="right">{t('advisers.cdi.net')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.paid.map((p) => (
                      <Table.Tr key={p.reference}>
                        <Table.Td ff="monospace" fz="sm">
                          {p.reference}
                        </Table.Td>
                        <Table.Td ff="monospace" fz="sm">
                          {p.payslip}
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {money(p.netCents, lang)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Anchor component={Link} to="/staff/payments" size="sm">
                {t('advisers.cdi.toPayments')}
              </Anchor>
            </div>
          )}
          {result.skipped.length > 0 && (
            <div>
              <Text size="sm" fw={500} c="red.8" mb={4}>
                {t('advisers.cdi.skipped')}
              </Text>
              <Table.ScrollContainer minWidth={420}>
                <Table striped data-testid="cdi-skipped">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('advisers.cdi.reference')}</Table.Th>
                      <Table.Th ta="right">{t('advisers.cdi.missing')}</Table.Th>
                      <Table.Th>{t('advisers.cdi.activity')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.skipped.map((s) => (
                      <Table.Tr key={s.reference}>
                        <Table.Td ff="monospace" fz="sm">
                          {s.reference}
                        </Table.Td>
                        <Table.Td ta="right" c="red.8" fw={600} style={{ whiteSpace: 'nowrap' }}>
                          {money(s.missingCents, lang)}
                        </Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/activities/${s.activityId}`} size="sm">
                            {t('advisers.cdi.openActivity')}
                          </Anchor>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </div>
          )}
        </Stack>
      )}
    </Card>
  );
}
