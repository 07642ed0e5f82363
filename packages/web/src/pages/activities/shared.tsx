/** What the tabs of an Activity share: its queries, money inputs, status badges, decision buttons, upload. */
import { Alert, Badge, Button, Group, Modal, Pagination, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import i18n from '../../i18n/index.ts';
import { ApiError, fieldErrors, get, post } from '../../lib/api.ts';
import { money } from '../../lib/format.ts';
import type { ContractOptions } from '../contracts/types.ts';
import type { ActivityOptions, ApprovalSubject, Dashboard, Page } from './types.ts';

export const MONEY_INPUT = {
  decimalScale: 2,
  decimalSeparator: ',',
  thousandSeparator: '.',
  suffix: ' €',
} as const;

export const activityKey = (id: string) => ['activity', id] as const;

/** The dashboard of one Activity (budget, lists, rights), in the reader's language. */
export function useDashboard(id: string) {
  const { i18n: i } = useTranslation();
  return useQuery({
    queryKey: [...activityKey(id), 'dashboard', i.language],
    queryFn: () => get<Dashboard>(`/activities/${id}`),
  });
}

export function useActivityOptions() {
  const { i18n: i } = useTranslation();
  return useQuery({
    queryKey: ['activity-options', i.language],
    queryFn: () => get<ActivityOptions>('/activities/options'),
    staleTime: 5 * 60_000,
  });
}

export function useContractOptions() {
  const { i18n: i } = useTranslation();
  return useQuery({
    queryKey: ['contract-options', i.language],
    queryFn: () => get<ContractOptions>('/contracts/options'),
    staleTime: 5 * 60_000,
  });
}

/** After any change: the dashboard, the lists and the history of the Activity are read again. */
export function useRefreshActivity(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: activityKey(id) });
}

const COLORS: Record<string, string> = {
  requested: 'yellow',
  approved: 'teal',
  active: 'green',
  refused: 'red',
  closed: 'gray',
  draft: 'gray',
  sent: 'blue',
  accepted: 'green',
  expired: 'gray',
  submitted: 'yellow',
  cancelled: 'gray',
  issued: 'blue',
  partially_paid: 'orange',
  paid: 'green',
  credited: 'gray',
  written_off: 'red',
  granted: 'green',
  repaid: 'teal',
  ended: 'gray',
  declared: 'blue',
  on_hold: 'orange',
};

export function Status({ value, label, testId }: { value: string; label: string; testId?: string }) {
  return (
    <Badge color={COLORS[value] ?? 'gray'} variant="light" data-status={value} data-testid={testId}>
      {label}
    </Badge>
  );
}

/** Who a request waits for, or nothing once it is decided. */
export function WaitingFor({ step }: { step: 'activity' | 'staff' | null }) {
  const { t } = useTranslation();
  if (!step) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="waiting-step" data-step={step}>
      {t(`activities.waiting.${step}`)}
    </Text>
  );
}

/** A figure of the budget: label, amount, a short explanation. */
export function Figure({
  label,
  cents,
  hint,
  testId,
  strong,
  color,
  children,
}: {
  label: string;
  cents: number;
  hint?: ReactNode;
  testId: string;
  strong?: boolean;
  color?: string;
  children?: ReactNode;
}) {
  const { i18n: i } = useTranslation();
  return (
    <Paper withBorder p="md" bg={strong ? 'var(--mantine-color-blue-0)' : undefined}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text
        fz={strong ? 28 : 22}
        fw={700}
        c={color}
        data-testid={testId}
        data-cents={cents}
        style={{ whiteSpace: 'nowrap' }}
      >
        {money(cents, i.language)}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/**
 * Approve / refuse buttons of a request (expense claim, purchase, salary, financing, opening); refusing
 * asks for a reason in a dialog.
 */
export function DecisionButtons({
  onDecide,
  approveLabel,
  refuseLabel,
  testId = 'decision',
}: {
  onDecide: (decision: 'approve' | 'refuse', reason?: string) => Promise<unknown>;
  approveLabel?: string;
  refuseLabel?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'approve' | 'refuse' | null>(null);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  async function decide(decision: 'approve' | 'refuse') {
    setBusy(decision);
    setError(null);
    try {
      await onDecide(decision, decision === 'refuse' ? reason.trim() : undefined);
      setRefusing(false);
      setReason('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }
  const errors = fieldErrors(error);
  return (
    <>
      <Group gap="xs" wrap="nowrap" data-testid={testId}>
        <Button
          size="compact-sm"
          color="green"
          loading={busy === 'approve'}
          onClick={() => void decide('approve')}
          data-testid="approve"
        >
          {approveLabel ?? t('activities.decision.approve')}
        </Button>
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          onClick={() => setRefusing(true)}
          data-testid="refuse"
        >
          {refuseLabel ?? t('activities.decision.refuse')}
        </Button>
      </Group>
      {!refusing && error !== null && <ErrorAlert error={error} />}
      <Modal
        opened={refusing}
        onClose={() => setRefusing(false)}
        title={refuseLabel ?? t('activities.decision.refuse')}
      >
        <Stack>
          <Textarea
            label={t('activities.decision.reason')}
            description={t('activities.decision.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            maxLength={1000}
            autosize
            minRows={3}
            required
            name="reason"
            data-autofocus
          />
          {error instanceof ApiError && !errors.reason && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRefusing(false)}>
              {t('activities.common.cancel')}
            </Button>
            <Button
              color="red"
              loading={busy === 'refuse'}
              disabled={reason.trim().length === 0}
              onClick={() => void decide('refuse')}
              data-testid="refuse-confirm"
            >
              {refuseLabel ?? t('activities.decision.refuse')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * Uploads a receipt or a supplier invoice: the file itself as the body (the API's `files` route), with the
 * session's CSRF token and the interface language, like every other call of `lib/api.ts`.
 */
export async function uploadFile(
  activityId: string,
  file: File,
): Promise<{ id: string; contentType: string; sizeBytes: number }> {
  // The CSRF token is the session's (stable while it lasts): `/auth/me` hands it out.
  const me = await get<{ csrfToken: string }>('/auth/me');
  const response = await fetch(`/api/v1/activities/${activityId}/files`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'accept-language': i18n.language,
      'x-csrf-token': me.csrfToken,
      'content-type': file.type || 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
    },
    body: file,
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok)
    throw new ApiError(
      response.status,
      data?.code ?? 'internal',
      data?.title ?? response.statusText,
      data?.errors ?? [],
    );
  return data;
}

/** The link to download a file of the Activity (receipt, supplier invoice). */
export const fileUrl = (activityId: string, fileId: string) =>
  `/api/v1/activities/${activityId}/files/${fileId}`;

/** Euros typed in a NumberInput (a number, or '' when empty) to integer cents. */
export function cents(value: number | string): number {
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : 0;
}

/** `YYYY-MM` as `mars 2027`. */
export function monthLabel(month: string, lang: string, style: 'long' | 'short' = 'long'): string {
  const d = new Date(`${month}-15T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-BE`, {
    month: style,
    year: style === 'long' ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(d);
}

export type { ApprovalSubject } from './types.ts';

/**
 * Whether the reader decides the step a request waits for: the Activity's step for a participant who may
 * manage it and did not submit it, the staff step for advisers and administrators.
 */
export function canDecide(
  me: Dashboard['me'],
  row: { status: string; waitingStep: 'activity' | 'staff' | null; personId: string },
): boolean {
  if (row.status !== 'submitted') return false;
  if (row.waitingStep === 'activity') return me.can.manage && me.participant && row.personId !== me.personId;
  if (row.waitingStep === 'staff') return me.can.decideStaffSteps && row.personId !== me.personId;
  return false;
}

/** Approve / refuse the waiting step of an expense claim, a purchase or a salary request. */
export function ApprovalButtons({
  activityId,
  subjectType,
  subjectId,
}: {
  activityId: string;
  subjectType: ApprovalSubject;
  subjectId: string;
}) {
  const refresh = useRefreshActivity(activityId);
  return (
    <DecisionButtons
      onDecide={async (decision, reason) => {
        await post(`/activities/${activityId}/approvals`, {
          subjectType,
          subjectId,
          decision,
          ...(reason ? { reason } : {}),
        });
        await refresh();
      }}
    />
  );
}

/** Every row of a list: the dashboard's ten newest, or the whole list when there are more. */
export function useAllRows<T>(activityId: string, type: string, page: Page<T>): T[] {
  const { i18n: i } = useTranslation();
  const more = page.total > page.items.length;
  const all = useQuery({
    queryKey: [...activityKey(activityId), 'documents', type, 'all', i.language],
    queryFn: () => get<Page<T>>(`/activities/${activityId}/documents/${type}?limit=200`),
    enabled: more,
  });
  return more && all.data ? all.data.items : page.items;
}

export const PAGE_SIZE = 10;

/** One page of a list: the first from the dashboard, the next ones from the documents route. */
export function usePagedRows<T>(activityId: string, type: string, first: Page<T>) {
  const { i18n: i } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  const current = Math.min(page, pages);
  const other = useQuery({
    queryKey: [...activityKey(activityId), 'documents', type, current, i.language],
    queryFn: () =>
      get<Page<T>>(
        `/activities/${activityId}/documents/${type}?limit=${PAGE_SIZE}&offset=${(current - 1) * PAGE_SIZE}`,
      ),
    enabled: current > 1,
  });
  const rows = current === 1 ? first.items : (other.data?.items ?? []);
  return { rows, page: current, pages, setPage, total: first.total };
}

/** The pager under a list, shown when there is more than one page. */
export function Pager({
  page,
  pages,
  setPage,
}: {
  page: number;
  pages: number;
  setPage: (p: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <Group justify="center">
      <Pagination value={page} onChange={setPage} total={pages} size="sm" />
    </Group>
  );
}

/**
 * The error of a form: its title, and the messages of the fields the form does not show next to an input
 * (those it shows are left to their input).
 */
export function FormError({ error, placed }: { error: unknown; placed: (field: string) => boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) return <ErrorAlert error={error} />;
  const others = error.errors.filter((e) => !placed(e.field));
  return (
    <Alert color="red" title={error.title} role="alert" data-testid="error">
      {others.length > 0
        ? others.map((e) => (
            <Text size="sm" key={e.field + e.code}>
              {e.message}
            </Text>
          ))
        : error.errors.length > 0 && <Text size="sm">{t('activities.common.fixFields')}</Text>}
    </Alert>
  );
}

/** A field-name test for `FormError`: exact names, and prefixes ending with a dot (`lines.`). */
export const fields =
  (...names: string[]) =>
  (field: string) =>
    names.some((n) => (n.endsWith('.') ? field.startsWith(n) : field === n));
