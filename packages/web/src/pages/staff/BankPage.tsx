import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApiError, fieldErrors, get, post } from '../../lib/api.ts';
import { date, dateTime, money } from '../../lib/format.ts';
import { toCents } from '../contracts/declaration-form.ts';

/** The largest file the server accepts (see the bank routes). */
const MAX_MB = 20;

interface ImportSummary {
  fileId: string;
  fileName: string;
  alreadyImported: boolean;
  statements: number;
  entries: number;
  transactions: number;
  skipped: number;
  matched: number;
  toReview: number;
  importedAt: string;
}

interface ItemView {
  type: 'invoice' | 'share_request';
  id: string;
  number: string | null;
  communication: string | null;
  name: string;
  dueCents: number;
  totalCents: number;
  dueDate: string | null;
}

interface Suggestion {
  type: 'invoice' | 'share_request';
  id: string;
  score: number;
  reasons: string[];
  dueCents: number;
  item: ItemView;
}

interface Allocation {
  id: string;
  targetType: string;
  targetId: string | null;
  amountCents: number;
  reason: string;
  auto: boolean;
  item: ItemView | null;
}

interface BankLine {
  id: string;
  entityId: string;
  bookingDate: string;
  direction: 'credit' | 'debit';
  amountCents: number;
  openCents: number;
  status: 'matched' | 'partially_matched' | 'unmatched' | 'ignored';
  counterpartyName: string | null;
  counterpartyIbanLast4: string | null;
  remittanceText: string;
  references: string[];
  endToEndId: string | null;
  batchId: string | null;
  note: string | null;
  allocations: Allocation[];
  suggestions: Suggestion[];
}

interface StatementFiles {
  demoStatementAvailable: boolean;
  files: Array<{
    id: string;
    fileName: string;
    importedAt: string;
    importedBy: string | null;
    statements: number;
    transactions: number;
    skipped: number;
    matched: number;
    toReview: number;
    accounts: Array<{
      id: string;
      entityId: string;
      iban: string;
      statementId: string;
      from: string | null;
      to: string | null;
      openingCents: number | null;
      closingCents: number | null;
      entries: number;
    }>;
  }>;
}

interface OpenInvoice {
  id: string;
  number: string;
  clientName: string;
  dueCents: number;
  structuredCommunication: string | null;
}

const LINE_COLORS: Record<BankLine['status'], string> = {
  matched: 'green',
  partially_matched: 'orange',
  unmatched: 'red',
  ignored: 'gray',
};

/** The text of a file, in the encoding its XML declaration names (banks still send ISO-8859-1). */
async function readXml(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const encoding = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function useItemLabel() {
  const { t } = useTranslation();
  return (item: ItemView) =>
    item.type === 'invoice'
      ? t('bank.queue.invoice', { number: item.number })
      : t('bank.queue.share', { communication: item.communication ?? '' });
}

type FileResult = { fileName: string; summary?: ImportSummary; error?: unknown };

/** Upload: a drop zone and a file picker; each file is sent on its own and answered on its own. */
function ImportCard({ demo }: { demo: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<FileResult[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  async function importFiles(files: File[]) {
    const done: FileResult[] = [];
    for (const file of files) {
      setBusy(file.name);
      if (file.size > MAX_MB * 1024 * 1024) {
        done.push({ fileName: file.name, error: new Error(t('bank.import.tooLarge', { max: MAX_MB })) });
        continue;
      }
      try {
        const xml = await readXml(file);
        const summary = await post<ImportSummary>('/bank/statements', { fileName: file.name, xml });
        done.push({ fileName: file.name, summary });
      } catch (error) {
        done.push({ fileName: file.name, error });
      }
      setResults([...done]);
    }
    setResults(done);
    setBusy(null);
    if (input.current) input.current.value = '';
    await queryClient.invalidateQueries({ queryKey: ['bank'] });
    await queryClient.invalidateQueries({ queryKey: ['invoices'] });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    void importFiles([...event.dataTransfer.files]);
  }

  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('bank.import.title')}</Title>
        <Paper
          withBorder
          p="lg"
          bg={over ? 'blue.0' : undefined}
          style={{ borderStyle: 'dashed', textAlign: 'center' }}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-testid="camt-drop"
        >
          <Stack align="center" gap="xs">
            <Text fw={500}>{t('bank.import.drop')}</Text>
            <Text size="sm" c="dimmed" maw={640}>
              {t('bank.import.help')}
            </Text>
            <input
              ref={input}
              type="file"
              multiple
              accept=".xml,text/xml,application/xml"
              hidden
              data-testid="camt-files"
              onChange={(e) => void importFiles([...(e.currentTarget.files ?? [])])}
            />
            <Button onClick={() => input.current?.click()} loading={busy !== null} data-testid="camt-choose">
              {t('bank.import.choose')}
            </Button>
            {busy && (
              <Text size="sm" c="dimmed">
                {t('bank.import.importing', { name: busy })}
              </Text>
            )}
          </Stack>
        </Paper>
        {demo && (
          <Anchor href="/api/v1/bank/demo-statement.xml" size="sm" data-testid="demo-statement">
            {t('bank.import.demo')}
          </Anchor>
        )}
        {results.length > 0 && (
          <Table data-testid="import-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bank.import.file')}</Table.Th>
                <Table.Th>{t('bank.import.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.map((r, i) => (
                <Table.Tr key={`${r.fileName}-${i}`} data-testid="import-result" data-file={r.fileName}>
                  <Table.Td ff="monospace">{r.fileName}</Table.Td>
                  <Table.Td>
                    {r.summary?.alreadyImported && (
                      <Text size="sm" c="dimmed">
                        {t('bank.import.already', { date: dateTime(r.summary.importedAt, lang) })}
                      </Text>
                    )}
                    {r.summary && !r.summary.alreadyImported && (
                      <Stack gap={2}>
                        <Text size="sm" c="green.8" fw={500}>
                          {t('bank.import.done', {
                            statements: r.summary.statements,
                            transactions: r.summary.transactions,
                            matched: r.summary.matched,
                            toReview: r.summary.toReview,
                          })}
                        </Text>
                        {r.summary.skipped > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('bank.import.skipped', { count: r.summary.skipped })}
                          </Text>
                        )}
                      </Stack>
                    )}
                    {r.error !== undefined && (
                      <Text size="sm" c="red.7" data-testid="import-error">
                        {r.error instanceof ApiError || r.error instanceof Error
                          ? r.error.message
                          : t('common.errorTitle')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

type Line = { targetType: 'invoice' | 'share_request'; targetId: string; label: string; dueCents: number };

/** Allocates a payment to invoices found by search (several if one transfer paid several). */
function AllocateModal({ line, onClose }: { line: BankLine; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q.trim(), 250);
  const [chosen, setChosen] = useState<Array<Line & { amount: number | string }>>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [reimbursed, setReimbursed] = useState<number | null>(null);
  const key = useRef(crypto.randomUUID());
  const found = useQuery({
    queryKey: ['invoices', 'open', query],
    queryFn: () => get<OpenInvoice[]>(`/invoices?status=open&limit=20&q=${encodeURIComponent(query)}`),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
  const allocated = chosen.reduce((sum, c) => sum + toCents(c.amount), 0);
  const left = line.openCents - allocated;
  const errors = fieldErrors(error);

  function add(invoice: OpenInvoice) {
    if (chosen.some((c) => c.targetId === invoice.id)) return;
    setChosen([
      ...chosen,
      {
        targetType: 'invoice',
        targetId: invoice.id,
        label: `${invoice.number} · ${invoice.clientName}`,
        dueCents: invoice.dueCents,
        amount: Math.max(0, Math.min(left, invoice.dueCents)) / 100,
      },
    ]);
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const result = await post<{ reimbursedCents: number }>(
        `/bank/transactions/${line.id}/allocations`,
        {
          allocations: chosen.map((c) => ({
            targetType: c.targetType,
            targetId: c.targetId,
            amountCents: toCents(c.amount),
          })),
        },
        key.current,
      );
      setReimbursed(result.reimbursedCents);
      await queryClient.invalidateQueries({ queryKey: ['bank'] });
      await queryClient.invalidateQueries({ queryKey: ['invoices'] });
    } catch (e) {
      setError(e);
      key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('bank.allocate.title')} size="lg">
      {reimbursed !== null ? (
        <Stack>
          <Alert color="green" title={t('bank.allocate.done')} data-testid="allocation-done">
            {reimbursed > 0 && t('bank.allocate.reimbursed', { amount: money(reimbursed, lang) })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            {line.counterpartyName ?? '–'} · {money(line.amountCents, lang)} · {date(line.bookingDate, lang)}
          </Text>
          {line.remittanceText && (
            <Text size="sm" ff="monospace" c="dimmed">
              {line.remittanceText}
            </Text>
          )}
          <Text fw={600} data-testid="allocate-left">
            {t('bank.allocate.left', { amount: money(left, lang) })}
          </Text>
          <ErrorAlert error={error} />
          <TextInput
            placeholder={t('bank.allocate.search')}
            aria-label={t('bank.allocate.search')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            name="invoice-search"
            data-autofocus
          />
          {query.length >= 2 && (
            <Table data-testid="invoice-results">
              <Table.Tbody>
                {found.data?.map((inv) => (
                  <Table.Tr key={inv.id} data-testid="invoice-result" data-number={inv.number}>
                    <Table.Td ff="monospace">{inv.number}</Table.Td>
                    <Table.Td>{inv.clientName}</Table.Td>
                    <Table.Td ta="right">
                      {t('bank.queue.due', { amount: money(inv.dueCents, lang) })}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => add(inv)}
                        data-testid="add-invoice"
                      >
                        {t('bank.allocate.add')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {chosen.length > 0 && (
            <Stack gap="xs">
              <Text fw={500}>{t('bank.allocate.lines')}</Text>
              {chosen.map((c, i) => (
                <Group key={c.targetId} align="flex-end" wrap="nowrap">
                  <Text size="sm" style={{ flex: 1 }}>
                    {c.label}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {t('bank.queue.due', { amount: money(c.dueCents, lang) })}
                    </Text>
                  </Text>
                  <NumberInput
                    label={t('bank.allocate.amount')}
                    value={c.amount}
                    onChange={(value) =>
                      setChosen(chosen.map((x, j) => (j === i ? { ...x, amount: value } : x)))
                    }
                    min={0.01}
                    decimalScale={2}
                    fixedDecimalScale
                    decimalSeparator=","
                    thousandSeparator="."
                    suffix=" €"
                    w={160}
                    error={errors[`allocations.${i}.amountCents`] ?? errors[`allocations.${i}.targetId`]}
                    name={`allocation-${i}`}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => setChosen(chosen.filter((_, j) => j !== i))}
                  >
                    {t('bank.allocate.remove')}
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={save}
              loading={busy}
              disabled={chosen.length === 0 || left < 0}
              data-testid="allocate-save"
            >
              {t('bank.allocate.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function IgnoreModal({ line, onClose }: { line: BankLine; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await post(`/bank/transactions/${line.id}/ignore`, { reason }, key.current);
      await queryClient.invalidateQueries({ queryKey: ['bank'] });
      onClose();
    } catch (e) {
      setError(e);
      key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('bank.ignore.title')}>
      <Stack>
        <Text size="sm">
          {line.counterpartyName ?? line.remittanceText} · {money(line.openCents, i18n.language)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('bank.ignore.help')}
        </Text>
        <ErrorAlert error={error} />
        <Textarea
          label={t('bank.ignore.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          autosize
          minRows={2}
          name="reason"
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={busy} data-testid="ignore-save">
            {t('bank.ignore.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** One bank line of the queue: what came in or went out, and what it may be for. */
function LineRow({
  line,
  onAllocate,
  onIgnore,
}: {
  line: BankLine;
  onAllocate: () => void;
  onIgnore: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = useItemLabel();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const waiting = line.openCents > 0 && line.status !== 'matched';
  const overpaid = line.allocations.find((a) => a.reason === 'overpaid');

  async function accept(s: Suggestion) {
    setBusy(s.id);
    setError(null);
    try {
      await post(`/bank/transactions/${line.id}/allocations`, {
        allocations: [
          { targetType: s.type, targetId: s.id, amountCents: Math.min(line.openCents, s.item.dueCents) },
        ],
        suggested: true,
      });
      await queryClient.invalidateQueries({ queryKey: ['bank'] });
      await queryClient.invalidateQueries({ queryKey: ['invoices'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Table.Tr data-testid="bank-line" data-status={line.status} data-amount={line.amountCents}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(line.bookingDate, lang)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" fw={600} c={line.direction === 'credit' ? 'green.8' : 'red.8'}>
          {line.direction === 'credit' ? '+' : '−'} {money(line.amountCents, lang)}
        </Text>
        {waiting && line.openCents !== line.amountCents && (
          <Text size="xs" c="dimmed">
            {t('bank.queue.open')}: {money(line.openCents, lang)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {line.counterpartyName ?? (line.direction === 'debit' ? t('bank.queue.outgoing') : '–')}
        </Text>
        {line.counterpartyIbanLast4 && (
          <Text size="xs" c="dimmed" ff="monospace">
            … {line.counterpartyIbanLast4}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={200}>
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
          {line.remittanceText || line.endToEndId || line.batchId || '–'}
        </Text>
      </Table.Td>
      <Table.Td miw={160}>
        <Badge color={LINE_COLORS[line.status]} variant="light" data-status={line.status}>
          {t(`bank.lineStatus.${line.status}`)}
        </Badge>
        {overpaid && line.status !== 'matched' && (
          <Text size="xs" c="orange.8">
            {t('bank.queue.overpaid', { amount: money(line.openCents, lang) })}
          </Text>
        )}
        {line.note && (
          <Text size="xs" c="dimmed">
            {t('bank.queue.ignoredBecause', { reason: line.note })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          {line.allocations
            .filter((a) => a.item)
            .map((a) => (
              <Text size="xs" key={a.id}>
                {t('bank.queue.allocatedTo')}: {label(a.item!)} · {money(a.amountCents, lang)} (
                {t(`bank.queue.allocationReason.${a.reason}`)})
              </Text>
            ))}
          {waiting &&
            line.direction === 'credit' &&
            line.suggestions.map((s) => (
              <Stack key={s.id} gap={2} data-testid="suggestion">
                <Text size="sm">
                  {label(s.item)} · {s.item.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('bank.queue.due', { amount: money(s.item.dueCents, lang) })} ·{' '}
                  {s.reasons.map((r) => t(`bank.queue.reason.${r}`)).join(', ')} ·{' '}
                  {t('bank.queue.score', { score: s.score })}
                </Text>
                <div>
                  <Button
                    size="compact-xs"
                    variant="light"
                    loading={busy === s.id}
                    onClick={() => void accept(s)}
                    data-testid="accept-suggestion"
                  >
                    {t('bank.queue.accept', {
                      amount: money(Math.min(line.openCents, s.item.dueCents), lang),
                    })}
                  </Button>
                </div>
              </Stack>
            ))}
          {waiting && line.direction === 'credit' && line.suggestions.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('bank.queue.noSuggestion')}
            </Text>
          )}
          <ErrorAlert error={error} />
          {waiting && (
            <Group gap="xs">
              {line.direction === 'credit' && (
                <Button size="compact-xs" variant="default" onClick={onAllocate} data-testid="allocate">
                  {t('bank.queue.allocate')}
                </Button>
              )}
              {line.status !== 'ignored' && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  onClick={onIgnore}
                  data-testid="ignore"
                >
                  {t('bank.queue.ignore')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

const FILTERS = ['review', 'ignored', 'matched', 'all'] as const;

function QueueCard() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>('review');
  const [allocating, setAllocating] = useState<BankLine | null>(null);
  const [ignoring, setIgnoring] = useState<BankLine | null>(null);
  const lines = useQuery({
    queryKey: ['bank', 'transactions', status],
    queryFn: () => get<BankLine[]>(`/bank/transactions?status=${status}&limit=200`),
    placeholderData: keepPreviousData,
  });

  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('bank.queue.title')}</Title>
          <SegmentedControl
            value={status}
            onChange={setStatus}
            data={FILTERS.map((f) => ({ value: f, label: t(`bank.queue.filter.${f}`) }))}
            data-testid="queue-filter"
          />
        </Group>
        <ErrorAlert error={lines.error} />
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" data-testid="bank-queue">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bank.queue.date')}</Table.Th>
                <Table.Th ta="right">{t('bank.queue.amount')}</Table.Th>
                <Table.Th>{t('bank.queue.counterparty')}</Table.Th>
                <Table.Th>{t('bank.queue.text')}</Table.Th>
                <Table.Th>{t('bank.queue.status')}</Table.Th>
                <Table.Th>{t('bank.queue.suggestions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.data?.map((line) => (
                <LineRow
                  key={line.id}
                  line={line}
                  onAllocate={() => setAllocating(line)}
                  onIgnore={() => setIgnoring(line)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {lines.data?.length === 0 && (
          <Text c="dimmed" data-testid="queue-empty">
            {status === 'review' ? t('bank.queue.empty') : t('common.noData')}
          </Text>
        )}
      </Stack>
      {allocating && <AllocateModal line={allocating} onClose={() => setAllocating(null)} />}
      {ignoring && <IgnoreModal line={ignoring} onClose={() => setIgnoring(null)} />}
    </Card>
  );
}

function StatementsCard({ data }: { data: StatementFiles | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('bank.statements.title')}</Title>
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="statement-files">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bank.statements.importedAt')}</Table.Th>
                <Table.Th>{t('bank.import.file')}</Table.Th>
                <Table.Th>{t('bank.statements.accounts')}</Table.Th>
                <Table.Th ta="right">{t('bank.statements.lines')}</Table.Th>
                <Table.Th ta="right">{t('bank.statements.matched')}</Table.Th>
                <Table.Th ta="right">{t('bank.statements.toReview')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.files.map((f) => (
                <Table.Tr key={f.id} data-testid="statement-file">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {dateTime(f.importedAt, lang)}
                    {f.importedBy && (
                      <Text size="xs" c="dimmed">
                        {t('bank.statements.by')} {f.importedBy}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace">{f.fileName}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {f.accounts.map((a) => (
                        <Text size="xs" key={a.id}>
                          <Text span ff="monospace" size="xs">
                            {a.iban}
                          </Text>{' '}
                          ({a.entityId}) · {a.statementId}
                          {a.from &&
                            ` · ${t('bank.statements.period', { from: date(a.from, lang), to: date(a.to, lang) })}`}
                          {a.openingCents !== null &&
                            a.closingCents !== null &&
                            ` · ${t('bank.statements.balances', {
                              opening: money(a.openingCents, lang),
                              closing: money(a.closingCents, lang),
                            })}`}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td ta="right">{f.transactions}</Table.Td>
                  <Table.Td ta="right">{f.matched}</Table.Td>
                  <Table.Td ta="right">{f.toReview}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data?.files.length === 0 && <Text c="dimmed">{t('common.noData')}</Text>}
      </Stack>
    </Card>
  );
}

/** Client service: import the bank's statements, match what the import could not, see what came in. */
export function BankPage() {
  const { t } = useTranslation();
  const files = useQuery({
    queryKey: ['bank', 'statements'],
    queryFn: () => get<StatementFiles>('/bank/statements'),
  });
  return (
    <Stack>
      <Title order={2}>{t('bank.title')}</Title>
      <ErrorAlert error={files.error} />
      <ImportCard demo={files.data?.demoStatementAvailable ?? false} />
      <QueueCard />
      <StatementsCard data={files.data} />
    </Stack>
  );
}
