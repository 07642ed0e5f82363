import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Collapse,
  Divider,
  FileButton,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors, post } from '../../lib/api.ts';
import { date, money, todayIso } from '../../lib/format.ts';
import { useSubmission } from '../../lib/submission.ts';
import {
  ApprovalButtons,
  canDecide,
  cents,
  fileUrl,
  MONEY_INPUT,
  Pager,
  Status,
  uploadFile,
  useActivityOptions,
  usePagedRows,
  useRefreshActivity,
  WaitingFor,
  FormError,
  fields,
} from './shared.tsx';
import type { Dashboard, ExpenseClaimRow, PurchaseRow } from './types.ts';

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';
const ON_ASSIGNMENT = ['meals', 'accommodation'];

/** A receipt or a supplier invoice: picked, uploaded at once, then shown with a link to open it. */
function FileField({
  activityId,
  file,
  onChange,
  error,
  name,
  label,
}: {
  activityId: string;
  file: { id: string; name: string; size: number } | null;
  onChange: (file: { id: string; name: string; size: number } | null) => void;
  error?: string | undefined;
  name: string;
  label: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  async function pick(picked: File | null) {
    if (!picked) return;
    setBusy(true);
    setFailure(null);
    try {
      const stored = await uploadFile(activityId, picked);
      onChange({ id: stored.id, name: picked.name, size: stored.sizeBytes });
    } catch (e) {
      setFailure(e);
      onChange(null);
    } finally {
      setBusy(false);
    }
  }
  const message =
    failure instanceof ApiError
      ? (failure.errors[0]?.message ?? failure.title)
      : failure
        ? t('common.errorTitle')
        : error;
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap="xs" wrap="wrap">
        <FileButton onChange={(f) => void pick(f)} accept={ACCEPT} name={name}>
          {(props) => (
            <Button
              {...props}
              variant={file ? 'default' : 'light'}
              size="xs"
              loading={busy}
              color={message ? 'red' : undefined}
            >
              {file ? t('activities.file.replace') : t('activities.file.attach')}
            </Button>
          )}
        </FileButton>
        {file && (
          <Anchor href={fileUrl(activityId, file.id)} target="_blank" size="sm" data-testid="file-uploaded">
            ✓ {file.name} ({Math.max(1, Math.round(file.size / 1024))} KB)
          </Anchor>
        )}
      </Group>
      <Text size="xs" c={message ? 'red' : 'dimmed'} mt={2} role={message ? 'alert' : undefined}>
        {message ?? t('activities.file.help')}
      </Text>
    </div>
  );
}

interface ClaimLine {
  key: number;
  kind: 'receipt' | 'mileage';
  category: string;
  date: string;
  description: string;
  amount: number | string;
  vat: number | string;
  vatInvoice: boolean;
  onAssignment: boolean;
  file: { id: string; name: string; size: number } | null;
  km: number | string;
  from: string;
  to: string;
}

let claimKey = 0;
function newClaimLine(kind: 'receipt' | 'mileage', today: string): ClaimLine {
  claimKey += 1;
  return {
    key: claimKey,
    kind,
    category: '',
    date: today,
    description: '',
    amount: '',
    vat: 0,
    vatInvoice: false,
    onAssignment: false,
    file: null,
    km: '',
    from: '',
    to: '',
  };
}

/** Cents of a mileage line: tenths of a km × the rate (hundredths of a cent per km), half up. */
function mileageCents(km: number | string, rate: number): number {
  const deciKm = Math.round((Number(String(km).replace(',', '.')) || 0) * 10);
  return Math.round((deciKm * rate) / 1000);
}

/** An expense claim: receipts (each with its photo or PDF) and kilometres driven. */
function ExpenseClaimForm({
  activityId,
  onDone,
  onCancel,
}: {
  activityId: string;
  onDone: (reference: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const options = useActivityOptions();
  const refresh = useRefreshActivity(activityId);
  const today = options.data?.today ?? todayIso();
  const rate = options.data?.mileageRate?.rate ?? 0;
  const [lines, setLines] = useState<ClaimLine[]>(() => [newClaimLine('receipt', today)]);
  const { busy, error, run } = useSubmission();
  const errors = fieldErrors(error);
  const set = (i: number, patch: Partial<ClaimLine>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const lineCents = (l: ClaimLine) => (l.kind === 'receipt' ? cents(l.amount) : mileageCents(l.km, rate));
  const total = lines.reduce((s, l) => s + lineCents(l), 0);
  const categories = (options.data?.expenseCategories ?? []).map((c) => ({ value: c.code, label: c.label }));

  async function submit() {
    const body = {
      lines: lines.map((l) =>
        l.kind === 'receipt'
          ? {
              kind: 'receipt',
              category: l.category,
              date: l.date,
              description: l.description.trim(),
              amountInclVatCents: cents(l.amount),
              vatCents: cents(l.vat),
              vatInvoice: l.vatInvoice,
              onAssignment: ON_ASSIGNMENT.includes(l.category) && l.onAssignment,
              ...(l.file ? { receiptFileId: l.file.id } : {}),
            }
          : {
              kind: 'mileage',
              date: l.date,
              description: l.description.trim(),
              km: Number(String(l.km).replace(',', '.')) || 0,
              ...(l.from.trim() ? { from: l.from.trim() } : {}),
              ...(l.to.trim() ? { to: l.to.trim() } : {}),
            },
      ),
    };
    const created = await run(async (idempotencyKey) => {
      const done = await post<{ reference: string }>(
        `/activities/${activityId}/expense-claims`,
        body,
        idempotencyKey,
      );
      await refresh();
      return done;
    });
    if (created) onDone(created.reference);
  }

  return (
    <Card withBorder padding="lg" data-testid="expense-form">
      <Title order={3}>{t('activities.expense.newTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('activities.expense.newIntro')}
      </Text>
      <FormError error={error} placed={fields('lines', 'lines.')} />
      <Stack gap="sm" mt="sm">
        {lines.map((l, i) => (
          <Card key={l.key} withBorder padding="sm" data-testid="expense-line" data-kind={l.kind}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text fw={600} size="sm">
                {l.kind === 'receipt' ? t('activities.expense.receipt') : t('activities.expense.mileage')}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Text fw={600} size="sm" data-testid="expense-line-amount">
                  {money(lineCents(l), lang)}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => setLines(lines.filter((_, j) => j !== i))}
                  disabled={lines.length === 1}
                  aria-label={t('activities.lines.remove')}
                  title={t('activities.lines.remove')}
                >
                  ×
                </ActionIcon>
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
              {l.kind === 'receipt' && (
                <Select
                  label={t('activities.expense.category')}
                  placeholder={t('activities.common.choose')}
                  data={categories}
                  value={l.category || null}
                  onChange={(v) => set(i, { category: v ?? '' })}
                  error={errors[`lines.${i}.category`]}
                  name={`lines.${i}.category`}
                  data-testid={`lines.${i}.category`}
                  required
                />
              )}
              <TextInput
                type="date"
                label={t('activities.expense.date')}
                value={l.date}
                max={today}
                onChange={(e) => set(i, { date: e.currentTarget.value })}
                error={errors[`lines.${i}.date`]}
                name={`lines.${i}.date`}
              />
              <TextInput
                label={t('activities.expense.description')}
                value={l.description}
                onChange={(e) => set(i, { description: e.currentTarget.value })}
                error={errors[`lines.${i}.description`]}
                maxLength={200}
                name={`lines.${i}.description`}
                required
              />
              {l.kind === 'receipt' ? (
                <>
                  <NumberInput
                    label={t('activities.expense.amountInclVat')}
                    value={l.amount}
                    onChange={(v) => set(i, { amount: v })}
                    min={0}
                    {...MONEY_INPUT}
                    error={errors[`lines.${i}.amountInclVatCents`]}
                    name={`lines.${i}.amount`}
                    required
                  />
                  <NumberInput
                    label={t('activities.expense.vat')}
                    description={t('activities.expense.vatHelp')}
                    value={l.vat}
                    onChange={(v) => set(i, { vat: v })}
                    min={0}
                    {...MONEY_INPUT}
                    error={errors[`lines.${i}.vatCents`]}
                    name={`lines.${i}.vat`}
                  />
                </>
              ) : (
                <>
                  <NumberInput
                    label={t('activities.expense.km')}
                    description={
                      rate
                        ? t('activities.expense.rate', {
                            rate: (rate / 10_000).toLocaleString(lang === 'en' ? 'en-BE' : 'de-BE', {
                              minimumFractionDigits: 4,
                            }),
                          })
                        : undefined
                    }
                    value={l.km}
                    onChange={(v) => set(i, { km: v })}
                    min={0}
                    decimalScale={1}
                    decimalSeparator=","
                    suffix=" km"
                    error={errors[`lines.${i}.km`]}
                    name={`lines.${i}.km`}
                    required
                  />
                  <TextInput
                    label={t('activities.expense.from')}
                    value={l.from}
                    onChange={(e) => set(i, { from: e.currentTarget.value })}
                    error={errors[`lines.${i}.from`]}
                    name={`lines.${i}.from`}
                  />
                  <TextInput
                    label={t('activities.expense.to')}
                    value={l.to}
                    onChange={(e) => set(i, { to: e.currentTarget.value })}
                    error={errors[`lines.${i}.to`]}
                    name={`lines.${i}.to`}
                  />
                </>
              )}
            </SimpleGrid>
            {l.kind === 'receipt' && (
              <Stack gap={6} mt="xs">
                <Checkbox
                  label={t('activities.expense.vatInvoice')}
                  description={t('activities.expense.vatInvoiceHelp')}
                  checked={l.vatInvoice}
                  onChange={(e) => set(i, { vatInvoice: e.currentTarget.checked })}
                  name={`lines.${i}.vatInvoice`}
                />
                {ON_ASSIGNMENT.includes(l.category) && (
                  <Checkbox
                    label={t('activities.expense.onAssignment')}
                    description={t('activities.expense.onAssignmentHelp')}
                    checked={l.onAssignment}
                    onChange={(e) => set(i, { onAssignment: e.currentTarget.checked })}
                    error={errors[`lines.${i}.onAssignment`]}
                    name={`lines.${i}.onAssignment`}
                  />
                )}
                <FileField
                  activityId={activityId}
                  file={l.file}
                  onChange={(file) => set(i, { file })}
                  error={errors[`lines.${i}.receiptFileId`]}
                  name={`lines.${i}.file`}
                  label={t('activities.expense.receiptFile')}
                />
              </Stack>
            )}
          </Card>
        ))}
        {errors.lines && (
          <Text size="sm" c="red" role="alert">
            {errors.lines}
          </Text>
        )}
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => setLines([...lines, newClaimLine('receipt', today)])}
              data-testid="add-receipt"
            >
              {t('activities.expense.addReceipt')}
            </Button>
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => setLines([...lines, newClaimLine('mileage', today)])}
              data-testid="add-mileage"
            >
              {t('activities.expense.addMileage')}
            </Button>
          </Group>
          <Text fw={700} data-testid="expense-total">
            {t('activities.expense.total', { amount: money(total, lang) })}
          </Text>
        </Group>
        <Divider />
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            {t('activities.common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} data-testid="expense-submit">
            {t('activities.expense.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** A supplier's invoice, paid from the budget once approved. */
function PurchaseForm({
  activityId,
  onDone,
  onCancel,
}: {
  activityId: string;
  onDone: (reference: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const options = useActivityOptions();
  const refresh = useRefreshActivity(activityId);
  const today = options.data?.today ?? todayIso();
  const [f, setF] = useState({
    supplierName: '',
    supplierIban: '',
    supplierInvoiceNumber: '',
    description: '',
    category: '',
    investment: false,
    invoiceDate: today,
    dueDate: today,
    amount: '' as number | string,
    vat: '' as number | string,
  });
  const [file, setFile] = useState<{ id: string; name: string; size: number } | null>(null);
  const { busy, error, run } = useSubmission();
  const errors = fieldErrors(error);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF({ ...f, [k]: v });
  async function submit() {
    const created = await run(async (idempotencyKey) => {
      const done = await post<{ reference: string }>(
        `/activities/${activityId}/purchases`,
        {
          supplierName: f.supplierName.trim(),
          supplierIban: f.supplierIban.replace(/\s+/g, '').toUpperCase(),
          supplierInvoiceNumber: f.supplierInvoiceNumber.trim(),
          description: f.description.trim(),
          category: f.category,
          investment: f.investment,
          invoiceDate: f.invoiceDate,
          dueDate: f.dueDate,
          amountExclVatCents: cents(f.amount),
          vatCents: cents(f.vat || 0),
          fileId: file?.id ?? '',
        },
        idempotencyKey,
      );
      await refresh();
      return done;
    });
    if (created) onDone(created.reference);
  }
  return (
    <Card withBorder padding="lg" data-testid="purchase-form">
      <Title order={3}>{t('activities.purchase.newTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('activities.purchase.newIntro')}
      </Text>
      <FormError
        error={error}
        placed={fields(
          'supplierName',
          'supplierIban',
          'supplierInvoiceNumber',
          'description',
          'category',
          'invoiceDate',
          'dueDate',
          'amountExclVatCents',
          'vatCents',
          'fileId',
        )}
      />
      <Stack gap="sm" mt="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput
            label={t('activities.purchase.supplier')}
            value={f.supplierName}
            onChange={(e) => set('supplierName', e.currentTarget.value)}
            error={errors.supplierName}
            maxLength={200}
            required
            name="supplierName"
          />
          <TextInput
            label={t('activities.purchase.iban')}
            value={f.supplierIban}
            onChange={(e) => set('supplierIban', e.currentTarget.value)}
            error={errors.supplierIban}
            required
            name="supplierIban"
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <TextInput
            label={t('activities.purchase.invoiceNumber')}
            value={f.supplierInvoiceNumber}
            onChange={(e) => set('supplierInvoiceNumber', e.currentTarget.value)}
            error={errors.supplierInvoiceNumber}
            maxLength={60}
            required
            name="supplierInvoiceNumber"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t('activities.purchase.description')}
            value={f.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description}
            maxLength={500}
            required
            name="purchase-description"
          />
          <Select
            label={t('activities.expense.category')}
            placeholder={t('activities.common.choose')}
            data={(options.data?.expenseCategories ?? []).map((c) => ({ value: c.code, label: c.label }))}
            value={f.category || null}
            onChange={(v) => set('category', v ?? '')}
            error={errors.category}
            required
            name="purchase-category"
            data-testid="purchase-category"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <TextInput
            type="date"
            label={t('activities.purchase.invoiceDate')}
            value={f.invoiceDate}
            onChange={(e) => set('invoiceDate', e.currentTarget.value)}
            error={errors.invoiceDate}
            name="invoiceDate"
          />
          <TextInput
            type="date"
            label={t('activities.purchase.dueDate')}
            value={f.dueDate}
            onChange={(e) => set('dueDate', e.currentTarget.value)}
            error={errors.dueDate}
            name="dueDate"
          />
          <NumberInput
            label={t('activities.purchase.amountExclVat')}
            value={f.amount}
            onChange={(v) => set('amount', v)}
            min={0}
            {...MONEY_INPUT}
            error={errors.amountExclVatCents}
            required
            name="purchase-amount"
          />
          <NumberInput
            label={t('activities.expense.vat')}
            value={f.vat}
            onChange={(v) => set('vat', v)}
            min={0}
            {...MONEY_INPUT}
            error={errors.vatCents}
            name="purchase-vat"
          />
        </SimpleGrid>
        <Checkbox
          label={t('activities.purchase.investment')}
          description={t('activities.purchase.investmentHelp')}
          checked={f.investment}
          onChange={(e) => set('investment', e.currentTarget.checked)}
          name="investment"
        />
        <FileField
          activityId={activityId}
          file={file}
          onChange={setFile}
          error={errors.fileId}
          name="purchase-file"
          label={t('activities.purchase.file')}
        />
        <Text fw={700} ta="right">
          {t('activities.purchase.total', { amount: money(cents(f.amount) + cents(f.vat || 0), lang) })}
        </Text>
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            {t('activities.common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} data-testid="purchase-submit">
            {t('activities.purchase.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ClaimLines({ activityId, claim }: { activityId: string; claim: ExpenseClaimRow }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const options = useActivityOptions();
  const category = (code: string | null) =>
    options.data?.expenseCategories.find((c) => c.code === code)?.label ?? code ?? '';
  return (
    <Stack gap={4} data-testid="claim-lines">
      {claim.lines.map((l, i) => (
        <Group key={i} justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text size="sm">
              {l.kind === 'mileage'
                ? `${t('activities.expense.mileage')} · ${((l.deciKm ?? 0) / 10).toLocaleString(lang)} km${
                    l.from || l.to ? ` (${[l.from, l.to].filter(Boolean).join(' → ')})` : ''
                  }`
                : category(l.category)}{' '}
              · {l.description}
            </Text>
            <Text size="xs" c="dimmed">
              {date(l.date, lang)}
              {l.recoverableVatCents > 0
                ? ` · ${t('activities.expense.vatRecovered', { amount: money(l.recoverableVatCents, lang) })}`
                : ''}
              {l.receiptFileId && (
                <>
                  {' · '}
                  <Anchor
                    href={fileUrl(activityId, l.receiptFileId)}
                    target="_blank"
                    size="xs"
                    data-testid="receipt-link"
                  >
                    {t('activities.expense.viewReceipt')}
                  </Anchor>
                </>
              )}
            </Text>
          </div>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {money(l.amountInclVatCents, lang)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function ClaimCard({ data, claim }: { data: Dashboard; claim: ExpenseClaimRow }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="expense-row"
      data-reference={claim.reference}
      data-status={claim.status}
    >
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text size="sm" ff="monospace" fw={500}>
              {claim.reference}
            </Text>
            <Status value={claim.status} label={claim.statusLabel} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('activities.expense.by', { name: claim.personName, date: date(claim.submittedOn, lang) })}
          </Text>
          <WaitingFor step={claim.waitingStep} />
          {claim.refusalReason && (
            <Text size="xs" c="red.8">
              {t('activities.request.refusedBecause', { reason: claim.refusalReason })}
            </Text>
          )}
        </div>
        <div style={{ textAlign: 'right' }}>
          <Text fw={700} style={{ whiteSpace: 'nowrap' }}>
            {money(claim.claimedCents, lang)}
          </Text>
          {claim.budgetCostCents !== claim.claimedCents && (
            <Text size="xs" c="dimmed">
              {t('activities.expense.budgetCost', { amount: money(claim.budgetCostCents, lang) })}
            </Text>
          )}
        </div>
      </Group>
      <Group justify="space-between" mt={6} wrap="wrap" gap="xs">
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setOpen((o) => !o)}
          data-testid="claim-toggle"
        >
          {open
            ? t('activities.expense.hideLines')
            : t('activities.expense.showLines', { count: claim.lines.length })}
        </Anchor>
        {canDecide(data.me, claim) && (
          <ApprovalButtons activityId={data.activity.id} subjectType="expense_claim" subjectId={claim.id} />
        )}
      </Group>
      <Collapse expanded={open}>
        <Divider my="xs" />
        <ClaimLines activityId={data.activity.id} claim={claim} />
      </Collapse>
    </Card>
  );
}

function PurchasesTable({ data, rows }: { data: Dashboard; rows: PurchaseRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const phone = useMediaQuery('(max-width: 36em)');
  const id = data.activity.id;
  if (phone)
    return (
      <Stack gap="xs" data-testid="purchases">
        {rows.map((p) => (
          <Card key={p.id} withBorder padding="sm" data-testid="purchase-row" data-reference={p.reference}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text size="sm" fw={500}>
                  {p.supplierName}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {p.reference} · {p.supplierInvoiceNumber}
                </Text>
              </div>
              <Status value={p.status} label={p.statusLabel} />
            </Group>
            <Text size="sm">{p.description}</Text>
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t('activities.purchase.dueOn', { date: date(p.dueDate, lang) })}
              </Text>
              <Text fw={700}>{money(p.totalInclVatCents, lang)}</Text>
            </Group>
            <WaitingFor step={p.waitingStep} />
            <Group justify="space-between" mt={4}>
              {p.fileId ? (
                <Anchor href={fileUrl(id, p.fileId)} target="_blank" size="sm">
                  {t('activities.purchase.viewFile')}
                </Anchor>
              ) : (
                <span />
              )}
              {canDecide(data.me, p) && (
                <ApprovalButtons activityId={id} subjectType="purchase" subjectId={p.id} />
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped data-testid="purchases">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activities.purchase.supplier')}</Table.Th>
            <Table.Th>{t('activities.purchase.description')}</Table.Th>
            <Table.Th>{t('activities.purchase.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('activities.purchase.totalInclVat')}</Table.Th>
            <Table.Th ta="right">{t('activities.purchase.budgetCost')}</Table.Th>
            <Table.Th>{t('activities.request.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id} data-testid="purchase-row" data-reference={p.reference}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {p.supplierName}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {p.reference} · {p.supplierInvoiceNumber}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.description}</Text>
                {p.investment && (
                  <Text size="xs" c="dimmed">
                    {t('activities.purchase.investmentShort')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{date(p.dueDate, lang)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(p.totalInclVatCents, lang)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(p.budgetCostCents, lang)}
              </Table.Td>
              <Table.Td>
                <Status value={p.status} label={p.statusLabel} />
                <WaitingFor step={p.waitingStep} />
                {p.refusalReason && (
                  <Text size="xs" c="red.8">
                    {p.refusalReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {p.fileId && (
                    <Anchor href={fileUrl(id, p.fileId)} target="_blank" size="sm">
                      {t('activities.purchase.viewFile')}
                    </Anchor>
                  )}
                  {canDecide(data.me, p) && (
                    <ApprovalButtons activityId={id} subjectType="purchase" subjectId={p.id} />
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Spending: expense claims and suppliers' invoices, each waiting for its approvals. */
export function SpendingTab({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = data.activity.id;
  const [form, setForm] = useState<'expense' | 'purchase' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [list, setList] = useState<'expenses' | 'purchases'>('expenses');
  const claims = usePagedRows<ExpenseClaimRow>(id, 'expense-claims', data.lists.expenseClaims);
  const purchases = usePagedRows<PurchaseRow>(id, 'purchases', data.lists.purchases);
  const canSpend = data.me.can.spend && data.activity.status === 'active';
  const finish = (reference: string) => {
    setForm(null);
    setDone(reference);
  };
  return (
    <Stack data-testid="spending">
      <Text size="sm" c="dimmed">
        {t('activities.spending.intro', {
          free: money(data.budget.freeCents, lang),
          threshold: money(data.settings.staffApprovalThresholdCents, lang),
        })}
      </Text>
      {done && (
        <Alert color="green" withCloseButton onClose={() => setDone(null)} data-testid="spending-done">
          {t('activities.spending.submitted', { reference: done })}
        </Alert>
      )}
      {canSpend && !form && (
        <Group>
          <Button onClick={() => setForm('expense')} data-testid="new-expense">
            {t('activities.expense.new')}
          </Button>
          <Button variant="light" onClick={() => setForm('purchase')} data-testid="new-purchase">
            {t('activities.purchase.new')}
          </Button>
        </Group>
      )}
      {form === 'expense' && (
        <ExpenseClaimForm activityId={id} onDone={finish} onCancel={() => setForm(null)} />
      )}
      {form === 'purchase' && <PurchaseForm activityId={id} onDone={finish} onCancel={() => setForm(null)} />}
      <SegmentedControl
        value={list}
        onChange={(v) => setList(v as typeof list)}
        data={[
          { value: 'expenses', label: t('activities.expense.listTitle', { count: claims.total }) },
          { value: 'purchases', label: t('activities.purchase.listTitle', { count: purchases.total }) },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {list === 'expenses' &&
        (claims.total === 0 ? (
          <Text c="dimmed">{t('activities.expense.none')}</Text>
        ) : (
          <Stack gap="xs" data-testid="expense-claims">
            {claims.rows.map((c) => (
              <ClaimCard key={c.id} data={data} claim={c} />
            ))}
            <Pager {...claims} />
          </Stack>
        ))}
      {list === 'purchases' &&
        (purchases.total === 0 ? (
          <Text c="dimmed">{t('activities.purchase.none')}</Text>
        ) : (
          <>
            <PurchasesTable data={data} rows={purchases.rows} />
            <Pager {...purchases} />
          </>
        ))}
    </Stack>
  );
}
