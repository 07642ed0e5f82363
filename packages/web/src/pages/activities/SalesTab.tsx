import {
  Alert,
  Anchor,
  Button,
  Card,
  CopyButton,
  Divider,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { percent } from '../../components/BreakdownTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApiError, fieldErrors, get, post } from '../../lib/api.ts';
import { date, dateTime, money, todayIso } from '../../lib/format.ts';
import { useSubmission } from '../../lib/submission.ts';
import { hasRole, useSession } from '../../lib/session.ts';
import { ClientStep } from '../contracts/ClientStep.tsx';
import type { Client } from '../contracts/types.ts';
import { LinesEditor, linesBody, newLine, useDefaultVat, type LineRow } from './LinesEditor.tsx';
import {
  activityKey,
  cents,
  MONEY_INPUT,
  Pager,
  Status,
  useActivityOptions,
  useAllRows,
  useContractOptions,
  usePagedRows,
  useRefreshActivity,
  FormError,
  fields,
} from './shared.tsx';
import type { Dashboard, InvoiceRow, QuoteDetail as Quote, QuoteRow } from './types.ts';

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The client's link of a sent quote, to copy into a message of one's own. */
export function QuoteLinkBox({ link }: { link: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={t('activities.quote.linkTitle')} data-testid="quote-link-box">
      <Text size="sm" mb="xs">
        {t('activities.quote.linkHelp')}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          value={link}
          readOnly
          aria-label={t('activities.quote.linkTitle')}
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1, minWidth: 0 }}
          styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          data-testid="quote-link"
        />
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button color={copied ? 'teal' : 'blue'} onClick={copy} data-testid="quote-link-copy">
              {copied ? t('activities.common.copied') : t('activities.common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}

/** A new quote: the client, a title, its validity and its lines; saved as a draft or sent at once. */
function QuoteForm({
  activityId,
  entityId,
  today,
  onDone,
  onCancel,
}: {
  activityId: string;
  entityId: string;
  today: string;
  onDone: (quote: { id: string; number: string; link: string | null }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshActivity(activityId);
  const defaultVat = useDefaultVat(entityId);
  const [client, setClient] = useState<Client | null>(null);
  const [title, setTitle] = useState('');
  const [validUntil, setValidUntil] = useState(addDays(today, 30));
  const [lines, setLines] = useState<LineRow[]>([newLine()]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'draft' | 'send' | null>(null);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);

  async function save(send: boolean) {
    if (!client) {
      setError(new ApiError(422, 'client', t('activities.quote.clientRequired')));
      return;
    }
    setBusy(send ? 'send' : 'draft');
    setError(null);
    try {
      const created = await post<{ id: string; number: string; link: string | null }>(
        `/activities/${activityId}/quotes`,
        { clientId: client.id, title, validUntil, lines: linesBody(lines, defaultVat), send },
        `${key.current}:${send}`,
      );
      key.current = crypto.randomUUID();
      await refresh();
      onDone(created);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card withBorder padding="lg" data-testid="quote-form">
      <Title order={3}>{t('activities.quote.newTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('activities.quote.newIntro')}
      </Text>
      <Stack mt="sm">
        <FormError error={error} placed={fields('clientId', 'title', 'validUntil', 'lines', 'lines.')} />
        <div>
          <Text fw={600} size="sm">
            {t('activities.quote.client')}
          </Text>
          <ClientStep client={client} onChange={setClient} error={errors.clientId} />
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('activities.quote.title')}
            description={t('activities.quote.titleHelp')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            maxLength={200}
            required
            name="quote-title"
          />
          <TextInput
            type="date"
            label={t('activities.quote.validUntil')}
            description={t('activities.quote.validUntilHelp')}
            value={validUntil}
            min={today}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            error={errors.validUntil}
            name="quote-validUntil"
          />
        </SimpleGrid>
        <LinesEditor entityId={entityId} lines={lines} onChange={setLines} errors={errors} />
        <Group justify="space-between" wrap="wrap">
          <Button variant="default" onClick={onCancel}>
            {t('activities.common.cancel')}
          </Button>
          <Group gap="xs">
            <Button
              variant="light"
              loading={busy === 'draft'}
              disabled={busy !== null}
              onClick={() => void save(false)}
              data-testid="quote-save-draft"
            >
              {t('activities.quote.saveDraft')}
            </Button>
            <Button
              loading={busy === 'send'}
              disabled={busy !== null}
              onClick={() => void save(true)}
              data-testid="quote-send"
            >
              {t('activities.quote.sendNow')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}

/** The next invoice of an accepted quote: a deposit, an intermediate invoice or the final one. */
function NextInvoiceForm({
  activityId,
  quote,
  invoiced,
  count,
}: {
  activityId: string;
  quote: Quote;
  invoiced: number;
  count: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const refresh = useRefreshActivity(activityId);
  const [kind, setKind] = useState<'deposit' | 'intermediate' | 'final'>('final');
  const [by, setBy] = useState<'percent' | 'amount'>('percent');
  const [share, setShare] = useState<number | string>(30);
  const { busy, error, run } = useSubmission();
  const [issued, setIssued] = useState<IssuedInvoice | null>(null);
  const remaining = quote.totalExclVatCents - invoiced;
  const shareCents =
    kind === 'final'
      ? remaining
      : by === 'percent'
        ? Math.round((quote.totalExclVatCents * (Number(share) || 0)) / 100)
        : cents(share);
  const errors = fieldErrors(error);
  const kinds = (['deposit', 'intermediate', 'final'] as const).filter((k) => k !== 'deposit' || count === 0);

  async function issue() {
    const body =
      kind === 'final'
        ? { kind }
        : by === 'percent'
          ? { kind, percentBp: Math.round((Number(share) || 0) * 100) }
          : { kind, amountCents: cents(share) };
    await run(async (idempotencyKey) => {
      setIssued(
        await post<IssuedInvoice>(
          `/activities/${activityId}/quotes/${quote.id}/invoices`,
          body,
          idempotencyKey,
        ),
      );
      await refresh();
    });
  }

  if (remaining <= 0 && !issued)
    return (
      <Alert color="green" data-testid="quote-fully-invoiced">
        {t('activities.quote.fullyInvoiced')}
      </Alert>
    );

  return (
    <Card withBorder data-testid="next-invoice">
      <Title order={4}>{t('activities.quote.nextInvoice')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('activities.quote.invoicedSoFar', {
          invoiced: money(invoiced, lang),
          total: money(quote.totalExclVatCents, lang),
          remaining: money(remaining, lang),
        })}
      </Text>
      {issued && (
        <Alert
          color="green"
          mb="sm"
          data-testid="invoice-issued"
          title={t('activities.invoice.issuedTitle', { number: issued.number })}
        >
          {t('activities.invoice.issued', {
            amount: money(issued.amountExclVatCents, lang),
            fee: money(issued.feeCents, lang),
            credit: money(issued.creditCents, lang),
          })}
        </Alert>
      )}
      {remaining > 0 && (
        <Stack gap="sm">
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as typeof kind)}
            data={kinds.map((k) => ({ value: k, label: t(`activities.schedule.${k}`) }))}
            data-testid="invoice-kind"
          />
          {kind !== 'final' && (
            <Group align="flex-end" gap="xs" wrap="wrap">
              <SegmentedControl
                value={by}
                onChange={(v) => {
                  setBy(v as typeof by);
                  setShare('');
                }}
                data={[
                  { value: 'percent', label: t('activities.quote.byPercent') },
                  { value: 'amount', label: t('activities.quote.byAmount') },
                ]}
              />
              {by === 'percent' ? (
                <NumberInput
                  label={t('activities.quote.percent')}
                  value={share}
                  onChange={setShare}
                  min={0.01}
                  max={100}
                  decimalScale={2}
                  decimalSeparator=","
                  suffix=" %"
                  error={errors['schedule.percentBp'] ?? errors.schedule}
                  name="invoice-percent"
                  w={140}
                />
              ) : (
                <NumberInput
                  label={t('activities.quote.amount')}
                  value={share}
                  onChange={setShare}
                  min={0}
                  {...MONEY_INPUT}
                  error={errors['schedule.amountCents'] ?? errors.schedule}
                  name="invoice-amount"
                  w={180}
                />
              )}
            </Group>
          )}
          <Text size="sm">
            {t('activities.quote.thisInvoice', {
              amount: money(shareCents, lang),
              after: money(Math.max(0, remaining - shareCents), lang),
            })}
          </Text>
          <FormError error={error} placed={fields('schedule', 'schedule.')} />
          <Group justify="flex-end">
            <Button onClick={() => void issue()} loading={busy} data-testid="issue-invoice">
              {t(`activities.quote.issue.${kind}`)}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

/** Staff record the client's answer given outside the link (by e-mail, on paper). */
function RecordAnswer({ activityId, quote }: { activityId: string; quote: Quote }) {
  const { t } = useTranslation();
  const refresh = useRefreshActivity(activityId);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function answer(value: 'accept' | 'refuse') {
    setBusy(value);
    setError(null);
    try {
      await post(`/activities/${activityId}/quotes/${quote.id}/answer`, {
        answer: value,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }
  return (
    <Card withBorder data-testid="record-answer">
      <Title order={4}>{t('activities.quote.recordAnswer')}</Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('activities.quote.recordAnswerHelp')}
      </Text>
      <Textarea
        label={t('activities.quote.answerNote')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
      />
      <ErrorAlert error={error} />
      <Group justify="flex-end" mt="sm">
        <Button variant="light" color="red" loading={busy === 'refuse'} onClick={() => void answer('refuse')}>
          {t('activities.quote.recordRefused')}
        </Button>
        <Button color="green" loading={busy === 'accept'} onClick={() => void answer('accept')}>
          {t('activities.quote.recordAccepted')}
        </Button>
      </Group>
    </Card>
  );
}

/** One quote: its lines, totals, status, PDF, link, the client's answer and the invoices made from it. */
function QuoteView({
  data,
  quoteId,
  justSent,
  onBack,
}: {
  data: Dashboard;
  quoteId: string;
  justSent: string | null;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const { user } = useSession();
  const refresh = useRefreshActivity(id);
  const options = useContractOptions();
  const query = useQuery({
    queryKey: [...activityKey(id), 'quote', quoteId, lang],
    queryFn: () => get<Quote>(`/activities/${id}/quotes/${quoteId}`),
  });
  const invoices = useAllRows<InvoiceRow>(id, 'invoices', data.lists.invoices);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const quote = query.data;
  if (!quote) return <ErrorAlert error={query.error} />;
  const ofQuote = invoices.filter((i) => i.kind === 'invoice' && i.quoteNumber === quote.number);
  const invoiced = quote.invoicedExclVatCents ?? 0;
  const staffMayAnswer = hasRole(user, 'adviser', 'admin', 'client_service');
  const label = (code: string) => options.data?.vatTreatments.find((v) => v.code === code)?.label ?? code;

  async function send() {
    setSending(true);
    setError(null);
    try {
      await post(`/activities/${id}/quotes/${quoteId}/send`);
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  }

  return (
    <Stack data-testid="quote-detail" data-status={quote.status}>
      <Anchor component="button" type="button" size="sm" onClick={onBack} ta="left">
        {t('activities.quote.backToSales')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>{quote.title}</Title>
          <Text size="sm" c="dimmed" ff="monospace" data-testid="quote-number">
            {quote.number}
          </Text>
          <Text size="sm" c="dimmed">
            {t('activities.quote.dates', {
              date: date(quote.date, lang),
              validUntil: date(quote.validUntil, lang),
            })}
          </Text>
        </div>
        <Group gap="xs">
          <Status
            value={quote.status}
            label={t(`activities.quoteStatus.${quote.status}`)}
            testId="quote-status"
          />
          <Button
            component="a"
            href={`/api/v1/activities/${id}/quotes/${quote.id}/pdf`}
            target="_blank"
            variant="default"
            size="compact-sm"
            data-testid="quote-pdf"
          >
            {t('activities.common.pdf')}
          </Button>
        </Group>
      </Group>
      {justSent && <QuoteLinkBox link={justSent} />}
      {!justSent && quote.link && quote.status === 'sent' && <QuoteLinkBox link={quote.link} />}
      {quote.answeredAt && (
        <Alert
          color={quote.status === 'accepted' ? 'green' : 'gray'}
          data-testid="quote-answer"
          title={t(`activities.quote.answered.${quote.status === 'accepted' ? 'accepted' : 'refused'}`, {
            date: dateTime(quote.answeredAt, lang),
          })}
        >
          {t(`activities.quote.answeredBy.${quote.answeredBy ?? 'client'}`)}
          {quote.answerNote ? ` — « ${quote.answerNote} »` : ''}
        </Alert>
      )}
      <Card withBorder>
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid="quote-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.lines.description')}</Table.Th>
                <Table.Th ta="right">{t('activities.lines.quantity')}</Table.Th>
                <Table.Th ta="right">{t('activities.lines.unitPrice')}</Table.Th>
                <Table.Th>{t('activities.lines.vat')}</Table.Th>
                <Table.Th ta="right">{t('activities.lines.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quote.lines.map((l, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{l.description}</Table.Td>
                  <Table.Td ta="right">
                    {(l.centiQuantity / 100).toLocaleString(lang === 'en' ? 'en-BE' : 'de-BE')}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(l.unitPriceCents, lang)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{label(l.vatTreatment)}</Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(l.baseCents, lang)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Stack gap={2} mt="sm" ml="auto" miw={240} maw={360} w="100%" data-testid="quote-totals">
          <Group justify="space-between">
            <Text size="sm">{t('activities.lines.totalExclVat')}</Text>
            <Text size="sm" fw={600}>
              {money(quote.totalExclVatCents, lang)}
            </Text>
          </Group>
          {quote.totals.groups
            .filter((g) => g.rateBp > 0)
            .map((g) => (
              <Group key={g.treatment} justify="space-between">
                <Text size="sm">{t('activities.lines.vatAt', { rate: percent(g.rateBp) })}</Text>
                <Text size="sm">{money(g.vatCents, lang)}</Text>
              </Group>
            ))}
          <Divider />
          <Group justify="space-between">
            <Text fw={600}>{t('activities.lines.totalInclVat')}</Text>
            <Text fw={700} data-testid="quote-total">
              {money(quote.totalInclVatCents, lang)}
            </Text>
          </Group>
        </Stack>
      </Card>
      <ErrorAlert error={error} />
      {quote.status === 'draft' && data.me.can.sell && (
        <Group justify="flex-end">
          <Button onClick={() => void send()} loading={sending} data-testid="quote-send-draft">
            {t('activities.quote.send')}
          </Button>
        </Group>
      )}
      {quote.status === 'sent' && staffMayAnswer && <RecordAnswer activityId={id} quote={quote} />}
      {quote.status === 'accepted' && data.me.can.sell && data.activity.status === 'active' && (
        <NextInvoiceForm
          activityId={id}
          quote={quote}
          invoiced={invoiced}
          count={quote.invoices?.length ?? 0}
        />
      )}
      {ofQuote.length > 0 && (
        <div>
          <Title order={4} mb="xs">
            {t('activities.quote.invoicesOfQuote')}
          </Title>
          <InvoicesTable data={data} rows={ofQuote} />
        </div>
      )}
    </Stack>
  );
}

/** A credit note on an invoice: the whole invoice while nothing was paid, or part of what is due. */
function CreditNoteModal({
  activityId,
  invoice,
  onClose,
}: {
  activityId: string;
  invoice: InvoiceRow;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const refresh = useRefreshActivity(activityId);
  const whole = invoice.paidCents === 0 && invoice.creditedCents === 0;
  const [mode, setMode] = useState<'whole' | 'part'>(whole ? 'whole' : 'part');
  const [amount, setAmount] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);
  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const note = await post<{ number: string }>(
        `/activities/${activityId}/invoices/${invoice.id}/credit-notes`,
        { reason: reason.trim(), ...(mode === 'part' ? { amountExclVatCents: cents(amount) } : {}) },
        key.current,
      );
      setDone(note.number);
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title={t('activities.invoice.creditTitle', { number: invoice.number })}>
      {done ? (
        <Stack>
          <Alert color="green" data-testid="credit-note-done">
            {t('activities.invoice.creditDone', { number: done })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('activities.common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('activities.invoice.creditHelp', {
              total: money(invoice.totalExclVatCents, lang),
              due: money(invoice.dueCents, lang),
            })}
          </Text>
          {whole && (
            <SegmentedControl
              value={mode}
              onChange={(v) => setMode(v as typeof mode)}
              data={[
                { value: 'whole', label: t('activities.invoice.creditWhole') },
                { value: 'part', label: t('activities.invoice.creditPart') },
              ]}
            />
          )}
          {mode === 'part' && (
            <NumberInput
              label={t('activities.invoice.creditAmount')}
              value={amount}
              onChange={setAmount}
              min={0}
              {...MONEY_INPUT}
              error={errors.amountExclVatCents}
              name="credit-amount"
            />
          )}
          <Textarea
            label={t('activities.invoice.creditReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            maxLength={500}
            autosize
            minRows={2}
            required
            name="credit-reason"
          />
          <FormError error={error} placed={fields('amountExclVatCents', 'reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('activities.common.cancel')}
            </Button>
            <Button color="red" onClick={() => void submit()} loading={busy} data-testid="credit-note-submit">
              {t('activities.invoice.creditSubmit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function InvoicesTable({ data, rows }: { data: Dashboard; rows: InvoiceRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const { user } = useSession();
  const phone = useMediaQuery('(max-width: 36em)');
  const [crediting, setCrediting] = useState<InvoiceRow | null>(null);
  const mayCredit = data.me.can.sell || hasRole(user, 'client_service', 'admin');
  const creditable = (i: InvoiceRow) =>
    mayCredit &&
    i.kind === 'invoice' &&
    (i.status === 'issued' || i.status === 'partially_paid') &&
    i.dueCents > 0;
  const pdf = (i: InvoiceRow) => (
    <Anchor
      href={`/api/v1/activities/${id}/invoices/${i.id}/pdf`}
      target="_blank"
      size="sm"
      data-testid="invoice-pdf"
    >
      {t('activities.common.pdf')}
    </Anchor>
  );
  const title = (i: InvoiceRow) => (
    <>
      <Text size="sm" ff="monospace" fw={500}>
        {i.number}
      </Text>
      <Text size="xs" c="dimmed">
        {i.kind === 'credit_note'
          ? t('activities.invoice.creditNoteOf', { number: i.creditsNumber ?? '' })
          : i.scheduleKind
            ? `${t(`activities.schedule.${i.scheduleKind}`)} · ${i.quoteNumber ?? ''}`
            : t('activities.invoice.withoutQuote')}
      </Text>
    </>
  );
  return (
    <>
      {crediting && (
        <CreditNoteModal activityId={id} invoice={crediting} onClose={() => setCrediting(null)} />
      )}
      {phone ? (
        <Stack gap="xs" data-testid="invoices">
          {rows.map((i) => (
            <Card key={i.id} withBorder padding="sm" data-testid="invoice-row" data-number={i.number}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>{title(i)}</div>
                <Status
                  value={i.kind === 'credit_note' ? 'credited' : i.status}
                  label={t(`activities.invoiceStatus.${i.kind === 'credit_note' ? 'credit_note' : i.status}`)}
                />
              </Group>
              <Text size="sm">{i.clientName}</Text>
              <Group justify="space-between" mt={4}>
                <Text size="xs" c="dimmed">
                  {date(i.issueDate, lang)}
                  {i.dueDate ? ` → ${date(i.dueDate, lang)}` : ''}
                </Text>
                <Text fw={700}>{money(i.totalInclVatCents, lang)}</Text>
              </Group>
              {i.kind === 'invoice' && (
                <Text size="xs" c="dimmed">
                  {t('activities.invoice.paidDue', {
                    paid: money(i.paidCents, lang),
                    due: money(i.dueCents, lang),
                  })}
                </Text>
              )}
              <Group justify="space-between" mt={4}>
                {pdf(i)}
                {creditable(i) && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setCrediting(i)}>
                    {t('activities.invoice.credit')}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="invoices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.invoice.number')}</Table.Th>
                <Table.Th>{t('activities.invoice.client')}</Table.Th>
                <Table.Th>{t('activities.invoice.dates')}</Table.Th>
                <Table.Th ta="right">{t('activities.invoice.exclVat')}</Table.Th>
                <Table.Th ta="right">{t('activities.invoice.inclVat')}</Table.Th>
                <Table.Th ta="right">{t('activities.invoice.paid')}</Table.Th>
                <Table.Th ta="right">{t('activities.invoice.due')}</Table.Th>
                <Table.Th>{t('activities.invoice.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((i) => (
                <Table.Tr key={i.id} data-testid="invoice-row" data-number={i.number}>
                  <Table.Td>{title(i)}</Table.Td>
                  <Table.Td>{i.clientName}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{date(i.issueDate, lang)}</Text>
                    {i.dueDate && (
                      <Text size="xs" c="dimmed">
                        {t('activities.invoice.dueOn', { date: date(i.dueDate, lang) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(i.totalExclVatCents, lang)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(i.totalInclVatCents, lang)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {i.kind === 'invoice' ? money(i.paidCents, lang) : ''}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {i.kind === 'invoice' ? money(i.dueCents, lang) : ''}
                  </Table.Td>
                  <Table.Td>
                    <Status
                      value={i.kind === 'credit_note' ? 'credited' : i.status}
                      label={t(
                        `activities.invoiceStatus.${i.kind === 'credit_note' ? 'credit_note' : i.status}`,
                      )}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {pdf(i)}
                      {creditable(i) && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setCrediting(i)}
                          data-testid="credit-invoice"
                        >
                          {t('activities.invoice.credit')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

/** An invoice without a quote: the client and the lines, issued at once. */
function DirectInvoiceForm({
  activityId,
  entityId,
  onCancel,
}: {
  activityId: string;
  entityId: string;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const refresh = useRefreshActivity(activityId);
  const defaultVat = useDefaultVat(entityId);
  const [client, setClient] = useState<Client | null>(null);
  const [deliveryFrom, setDeliveryFrom] = useState('');
  const [lines, setLines] = useState<LineRow[]>([newLine()]);
  const { busy, error, setError, run } = useSubmission();
  const [issued, setIssued] = useState<IssuedInvoice | null>(null);
  const errors = fieldErrors(error);
  async function issue() {
    if (!client) {
      setError(new ApiError(422, 'client', t('activities.quote.clientRequired')));
      return;
    }
    const body = {
      clientId: client.id,
      lines: linesBody(lines, defaultVat),
      ...(deliveryFrom ? { deliveryFrom } : {}),
    };
    await run(async (idempotencyKey) => {
      setIssued(await post<IssuedInvoice>(`/activities/${activityId}/invoices`, body, idempotencyKey));
      setLines([newLine()]);
      await refresh();
    });
  }
  return (
    <Card withBorder padding="lg" data-testid="direct-invoice-form">
      <Title order={3}>{t('activities.invoice.directTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('activities.invoice.directIntro')}
      </Text>
      <Stack mt="sm">
        {issued && (
          <Alert
            color="green"
            data-testid="invoice-issued"
            title={t('activities.invoice.issuedTitle', { number: issued.number })}
          >
            {t('activities.invoice.issued', {
              amount: money(issued.amountExclVatCents, lang),
              fee: money(issued.feeCents, lang),
              credit: money(issued.creditCents, lang),
            })}
          </Alert>
        )}
        <FormError error={error} placed={fields('clientId', 'deliveryFrom', 'lines', 'lines.')} />
        <div>
          <Text fw={600} size="sm">
            {t('activities.quote.client')}
          </Text>
          <ClientStep client={client} onChange={setClient} error={errors.clientId} />
        </div>
        <TextInput
          type="date"
          label={t('activities.invoice.deliveryFrom')}
          description={t('activities.invoice.deliveryFromHelp')}
          value={deliveryFrom}
          onChange={(e) => setDeliveryFrom(e.currentTarget.value)}
          error={errors.deliveryFrom}
          maw={260}
        />
        <LinesEditor entityId={entityId} lines={lines} onChange={setLines} errors={errors} />
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            {t('activities.common.close')}
          </Button>
          <Button onClick={() => void issue()} loading={busy} data-testid="direct-invoice-submit">
            {t('activities.invoice.directSubmit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function QuotesTable({ rows, onOpen }: { rows: QuoteRow[]; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const phone = useMediaQuery('(max-width: 36em)');
  if (phone)
    return (
      <Stack gap="xs" data-testid="quotes">
        {rows.map((q) => (
          <Card key={q.id} withBorder padding="sm" data-testid="quote-row" data-number={q.number}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Anchor component="button" type="button" onClick={() => onOpen(q.id)} fw={500} ta="left">
                  {q.title}
                </Anchor>
                <Text size="xs" c="dimmed" ff="monospace">
                  {q.number}
                </Text>
              </div>
              <Status value={q.status} label={q.statusLabel} />
            </Group>
            <Group justify="space-between" mt={4}>
              <Text size="sm">{q.clientName}</Text>
              <Text fw={700}>{money(q.totalExclVatCents, lang)}</Text>
            </Group>
          </Card>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="quotes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activities.quote.number')}</Table.Th>
            <Table.Th>{t('activities.quote.client')}</Table.Th>
            <Table.Th>{t('activities.quote.validUntil')}</Table.Th>
            <Table.Th ta="right">{t('activities.quote.totalExclVat')}</Table.Th>
            <Table.Th ta="right">{t('activities.quote.invoiced')}</Table.Th>
            <Table.Th>{t('activities.quote.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((q) => (
            <Table.Tr key={q.id} data-testid="quote-row" data-number={q.number}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onOpen(q.id)}
                  size="sm"
                  fw={500}
                  ta="left"
                  data-testid="quote-open"
                >
                  {q.title}
                </Anchor>
                <Text size="xs" c="dimmed" ff="monospace">
                  {q.number}
                </Text>
              </Table.Td>
              <Table.Td>{q.clientName}</Table.Td>
              <Table.Td>{date(q.validUntil, lang)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(q.totalExclVatCents, lang)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(q.invoicedExclVatCents, lang)}
              </Table.Td>
              <Table.Td>
                <Status value={q.status} label={q.statusLabel} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What the server answers when it issues an Activity's invoice. */
interface IssuedInvoice {
  number: string;
  amountExclVatCents: number;
  feeCents: number;
  creditCents: number;
}

/** Selling: quotes (written, sent, answered, invoiced) and invoices (with or without a quote). */
export function SalesTab({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const id = data.activity.id;
  const [params, setParams] = useSearchParams();
  const quoteId = params.get('quote');
  const [form, setForm] = useState<'quote' | 'invoice' | null>(null);
  const [justSent, setJustSent] = useState<{ id: string; link: string } | null>(null);
  const quotes = usePagedRows<QuoteRow>(id, 'quotes', data.lists.quotes);
  const invoices = usePagedRows<InvoiceRow>(id, 'invoices', data.lists.invoices);
  const options = useActivityOptions();
  const canSell = data.me.can.sell && data.activity.status === 'active';
  const open = (quote: string | null) => {
    const next = new URLSearchParams({ tab: 'sales' });
    if (quote) next.set('quote', quote);
    setParams(next);
    window.scrollTo(0, 0);
  };

  if (quoteId)
    return (
      <QuoteView
        data={data}
        quoteId={quoteId}
        justSent={justSent?.id === quoteId ? justSent.link : null}
        onBack={() => open(null)}
      />
    );

  return (
    <Stack data-testid="sales">
      {canSell && !form && (
        <Group>
          <Button onClick={() => setForm('quote')} data-testid="new-quote">
            {t('activities.quote.new')}
          </Button>
          <Button variant="light" onClick={() => setForm('invoice')} data-testid="new-direct-invoice">
            {t('activities.invoice.direct')}
          </Button>
        </Group>
      )}
      {form === 'quote' && (
        <QuoteForm
          activityId={id}
          entityId={data.activity.entityId}
          today={options.data?.today ?? todayIso()}
          onCancel={() => setForm(null)}
          onDone={(q) => {
            setForm(null);
            if (q.link) setJustSent({ id: q.id, link: q.link });
            open(q.id);
          }}
        />
      )}
      {form === 'invoice' && (
        <DirectInvoiceForm activityId={id} entityId={data.activity.entityId} onCancel={() => setForm(null)} />
      )}
      <Title order={3}>{t('activities.quote.listTitle', { count: quotes.total })}</Title>
      {quotes.total === 0 ? (
        <Text c="dimmed">{t('activities.quote.none')}</Text>
      ) : (
        <>
          <QuotesTable rows={quotes.rows} onOpen={open} />
          <Pager {...quotes} />
        </>
      )}
      <Title order={3}>{t('activities.invoice.listTitle', { count: invoices.total })}</Title>
      {invoices.total === 0 ? (
        <Text c="dimmed">{t('activities.invoice.none')}</Text>
      ) : (
        <>
          <InvoicesTable data={data} rows={invoices.rows} />
          <Pager {...invoices} />
        </>
      )}
    </Stack>
  );
}
