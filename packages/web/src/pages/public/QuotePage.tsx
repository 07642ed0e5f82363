import {
  Alert,
  Button,
  Card,
  Divider,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { percent } from '../../components/BreakdownTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApiError, get, post } from '../../lib/api.ts';
import { date, money } from '../../lib/format.ts';
import { useNoReferrer, useVisitorLanguage } from '../../lib/visitor-page.ts';
import { countryName } from '../contracts/countries.ts';
import type { ContractOptions } from '../contracts/types.ts';
import type { PublicQuote } from '../activities/types.ts';

/** The language the visitor chose on this page, for this browser tab. */
const LANGUAGE_KEY = 'partage.quote-page.language';

const quantity = (centi: number, lang: string) =>
  (centi / 100).toLocaleString(lang === 'en' ? 'en-BE' : 'de-BE', { maximumFractionDigits: 2 });

/** The client's answer: accept or refuse, with an optional note for the seller. */
function AnswerForm({ token, onAnswered }: { token: string; onAnswered: (q: unknown) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'accept' | 'refuse' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = useRef(crypto.randomUUID());
  async function answer(value: 'accept' | 'refuse') {
    setBusy(value);
    setError(null);
    try {
      const result = await post<unknown>(
        `/public/quotes/${token}/answer`,
        { answer: value, ...(note.trim() ? { note: note.trim() } : {}) },
        `${key.current}:${value}`,
      );
      onAnswered(result);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }
  return (
    <Card withBorder padding="lg" data-testid="quote-answer-form">
      <Title order={3}>{t('activities.public.answerTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('activities.public.answerIntro')}
      </Text>
      <Textarea
        label={t('activities.public.note')}
        description={t('activities.public.noteHelp')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
        name="quote-note"
      />
      <ErrorAlert error={error} />
      <Group justify="flex-end" mt="md">
        <Button
          variant="light"
          color="red"
          loading={busy === 'refuse'}
          disabled={busy !== null}
          onClick={() => void answer('refuse')}
          data-testid="refuse-quote"
        >
          {t('activities.public.refuse')}
        </Button>
        <Button
          color="green"
          loading={busy === 'accept'}
          disabled={busy !== null}
          onClick={() => void answer('accept')}
          data-testid="accept-quote"
        >
          {t('activities.public.accept')}
        </Button>
      </Group>
    </Card>
  );
}

/**
 * A quote as its client reads it through the link of the quote's e-mail, without an account: who sends
 * it, the lines and totals, the PDF, and the buttons to accept or refuse it while it is valid.
 */
export function QuotePage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [answered, setAnswered] = useState(false);
  const query = useQuery({
    queryKey: ['public-quote', token, lang],
    queryFn: () => get<PublicQuote>(`/public/quotes/${token}`),
  });
  const vat = useQuery({
    queryKey: ['contract-options', lang],
    queryFn: () => get<ContractOptions>('/contracts/options'),
    staleTime: 5 * 60_000,
  });
  const quote = query.data;
  useVisitorLanguage(LANGUAGE_KEY, quote?.language);
  useNoReferrer();

  if (query.isLoading)
    return (
      <Group justify="center" mt="xl">
        <Loader />
      </Group>
    );
  if (query.error instanceof ApiError && query.error.status === 404)
    return (
      <Alert
        color="gray"
        title={t('activities.public.title')}
        maw={640}
        mx="auto"
        mt="xl"
        data-testid="quote-not-found"
      >
        {t('activities.public.notFound')}
      </Alert>
    );
  if (!quote) return <ErrorAlert error={query.error} />;

  const doc = quote.document;
  const treatment = (code: string) => vat.data?.vatTreatments.find((v) => v.code === code);
  const mentions = [
    ...new Set(doc.totals.groups.map((g) => treatment(g.treatment)?.mention).filter((m): m is string => !!m)),
  ];
  const onAnswered = async () => {
    setAnswered(true);
    await queryClient.invalidateQueries({ queryKey: ['public-quote', token] });
  };

  return (
    <Stack maw={960} mx="auto" gap="lg" data-testid="public-quote" data-status={quote.status}>
      <div>
        <Text c="dimmed" size="sm">
          {t('activities.public.from', { seller: doc.seller.name, activity: doc.activity.name })}
        </Text>
        <Title order={2}>{t('activities.public.heading', { number: quote.number })}</Title>
        <Text fz="lg" fw={500}>
          {quote.title}
        </Text>
      </div>

      {quote.status === 'sent' && !answered && (
        <Alert color="blue" data-testid="quote-open">
          {t('activities.public.validUntil', { date: date(quote.validUntil, lang) })}
        </Alert>
      )}
      {quote.status === 'accepted' && (
        <Alert color="green" title={t('activities.public.accepted')} data-testid="quote-result">
          {t('activities.public.acceptedText', {
            seller: doc.seller.name,
            date: quote.answeredAt ? date(quote.answeredAt, lang) : '',
          })}
          {quote.answerNote ? ` « ${quote.answerNote} »` : ''}
        </Alert>
      )}
      {quote.status === 'refused' && (
        <Alert color="gray" title={t('activities.public.refused')} data-testid="quote-result">
          {t('activities.public.refusedText', {
            seller: doc.seller.name,
            date: quote.answeredAt ? date(quote.answeredAt, lang) : '',
          })}
          {quote.answerNote ? ` « ${quote.answerNote} »` : ''}
        </Alert>
      )}
      {quote.status === 'expired' && (
        <Alert color="orange" title={t('activities.public.expired')} data-testid="quote-result">
          {t('activities.public.expiredText', {
            date: date(quote.validUntil, lang),
            seller: doc.seller.name,
          })}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('activities.public.seller')}
          </Text>
          <Text fw={600}>{doc.seller.name}</Text>
          <Text size="sm">{doc.seller.address}</Text>
          {doc.seller.vatNumber && (
            <Text size="sm" c="dimmed">
              {t('activities.public.vatNumber', { number: doc.seller.vatNumber })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('activities.public.activity', { name: doc.activity.name, reference: doc.activity.reference })}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('activities.public.client')}
          </Text>
          <Text fw={600}>{doc.client.name}</Text>
          <Text size="sm">
            {doc.client.street}, {doc.client.postalCode} {doc.client.city}
            {doc.client.country !== 'BE' ? ` (${countryName(doc.client.country, lang)})` : ''}
          </Text>
          {doc.client.vatNumber && (
            <Text size="sm" c="dimmed">
              {t('activities.public.vatNumber', { number: doc.client.vatNumber })}
            </Text>
          )}
          <Text size="sm" c="dimmed" mt={4}>
            {t('activities.public.dates', {
              date: date(quote.date, lang),
              validUntil: date(quote.validUntil, lang),
            })}
          </Text>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        {phone ? (
          <Stack gap="xs" data-testid="public-quote-lines">
            {doc.lines.map((l, i) => (
              <div key={i}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Text size="sm">{l.description}</Text>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {money(l.baseCents, lang)}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  {quantity(l.centiQuantity, lang)} × {money(l.unitPriceCents, lang)}
                  {treatment(l.vatTreatment) ? ` · ${treatment(l.vatTreatment)!.label}` : ''}
                </Text>
              </div>
            ))}
          </Stack>
        ) : (
          <Table data-testid="public-quote-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.lines.description')}</Table.Th>
                <Table.Th ta="right">{t('activities.lines.quantity')}</Table.Th>
                <Table.Th ta="right">{t('activities.lines.unitPrice')}</Table.Th>
                <Table.Th ta="right">{t('activities.lines.vat')}</Table.Th>
                <Table.Th ta="right">{t('activities.lines.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.lines.map((l, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{l.description}</Table.Td>
                  <Table.Td ta="right">{quantity(l.centiQuantity, lang)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(l.unitPriceCents, lang)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {percent(treatment(l.vatTreatment)?.rateBp ?? 0)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(l.baseCents, lang)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Stack gap={2} mt="md" ml="auto" w="100%" maw={360} data-testid="public-quote-totals">
          <Group justify="space-between">
            <Text size="sm">{t('activities.lines.totalExclVat')}</Text>
            <Text size="sm" fw={600}>
              {money(doc.totals.totalBaseCents, lang)}
            </Text>
          </Group>
          {doc.totals.groups
            .filter((g) => g.rateBp > 0)
            .map((g) => (
              <Group key={g.treatment} justify="space-between">
                <Text size="sm">{t('activities.lines.vatAt', { rate: percent(g.rateBp) })}</Text>
                <Text size="sm">{money(g.vatCents, lang)}</Text>
              </Group>
            ))}
          <Divider />
          <Group justify="space-between">
            <Text fw={700}>{t('activities.lines.totalInclVat')}</Text>
            <Text fw={700} fz="xl" data-testid="public-quote-total">
              {money(doc.totals.totalInclVatCents, lang)}
            </Text>
          </Group>
        </Stack>
        {mentions.map((m) => (
          <Text key={m} size="xs" c="dimmed" mt="xs">
            {m}
          </Text>
        ))}
        <Group justify="flex-end" mt="md">
          <Button
            component="a"
            href={`/api/v1/public/quotes/${token}/pdf`}
            target="_blank"
            rel="noreferrer"
            variant="default"
            data-testid="public-quote-pdf"
          >
            {t('activities.public.pdf')}
          </Button>
        </Group>
      </Card>

      {quote.status === 'sent' && <AnswerForm token={token} onAnswered={() => void onAnswered()} />}
    </Stack>
  );
}
