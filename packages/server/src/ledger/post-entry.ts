import { createHash } from 'node:crypto';
import { nextNumber, pgConstraint, type Queryable } from '@partage/db';
import {
  DomainError,
  centsToDecimal,
  debitCredit,
  entryFingerprint,
  isReversalOf,
  validateEntry,
  wouldViolateFlags,
  type AccountKind,
  type AccountState,
  type EntryDraft,
  type FieldIssue,
} from '@partage/domain';
import { UUID } from './accounts.ts';

export interface PostingInput {
  accountId: string;
  /** Signed integer cents: positive = debit, negative = credit. */
  amountCents: number;
  /** Default: the account's currency. */
  currency?: string;
}

export interface PostEntryInput {
  entityId: string;
  /** Accounting date, YYYY-MM-DD. */
  date: string;
  description: string;
  reference?: string | null;
  /** Required: the same key twice records the entry once (same content) or is refused (other content). */
  idempotencyKey: string;
  postings: PostingInput[];
  /** What made the entry: 'manual', 'invoice', 'salary'... Default 'manual'. */
  source?: string;
  createdBy?: string | null;
  /** Set by `reverseEntry`. */
  reversesEntryId?: string | null;
}

export interface PostingView {
  lineNo: number;
  accountId: string;
  accountCode: string;
  accountKind: AccountKind;
  amountCents: number;
  debitCents: number;
  creditCents: number;
  currency: string;
}

export interface EntryView {
  id: string;
  entityId: string;
  number: number;
  date: string;
  description: string;
  reference: string | null;
  source: string;
  idempotencyKey: string;
  reversesEntryId: string | null;
  reversedBy: { id: string; number: number } | null;
  createdBy: string | null;
  createdAt: Date;
  postings: PostingView[];
}

export interface PostResult {
  entry: EntryView;
  /** True when the key had already recorded this entry: nothing moved this time. */
  replayed: boolean;
}

export const JOURNAL_COUNTER = 'journal_entry';
const SOURCE = /^[a-z][a-z0-9_.]{0,39}$/;

interface EntryRow {
  id: string;
  entity_id: string;
  number: number;
  entry_date: string;
  description: string;
  reference: string | null;
  source: string;
  idempotency_key: string;
  reverses_entry_id: string | null;
  reversed_by_id: string | null;
  reversed_by_number: number | null;
  created_by: string | null;
  created_at: Date;
}

/** Entries with their postings, in the order of `ids` (unknown ids are left out). Two queries. */
export async function loadEntries(db: Queryable, ids: string[]): Promise<EntryView[]> {
  const valid = ids.filter((id) => UUID.test(id));
  if (valid.length === 0) return [];
  const { rows } = await db.query<EntryRow>(
    `SELECT e.id, e.entity_id, e.number, e.entry_date, e.description, e.reference, e.source, e.idempotency_key,
            e.reverses_entry_id, e.created_by, e.created_at, r.id AS reversed_by_id, r.number AS reversed_by_number
       FROM journal_entries e LEFT JOIN journal_entries r ON r.reverses_entry_id = e.id
      WHERE e.id = ANY($1::uuid[])`,
    [valid],
  );
  const { rows: lines } = await db.query<{
    entry_id: string;
    line_no: number;
    account_id: string;
    code: string;
    kind: AccountKind;
    amount_cents: number;
    currency: string;
  }>(
    `SELECT p.entry_id, p.line_no, p.account_id, a.code, a.kind, p.amount_cents, p.currency
       FROM postings p JOIN ledger_accounts a ON a.id = p.account_id
      WHERE p.entry_id = ANY($1::uuid[]) ORDER BY p.entry_id, p.line_no`,
    [valid],
  );
  const postings = new Map<string, PostingView[]>();
  for (const l of lines) {
    const list = postings.get(l.entry_id) ?? [];
    list.push({
      lineNo: l.line_no,
      accountId: l.account_id,
      accountCode: l.code,
      accountKind: l.kind,
      amountCents: l.amount_cents,
      ...debitCredit(l.amount_cents),
      currency: l.currency,
    });
    postings.set(l.entry_id, list);
  }
  const byId = new Map(
    rows.map((row): [string, EntryView] => [
      row.id,
      {
        id: row.id,
        entityId: row.entity_id,
        number: row.number,
        date: row.entry_date,
        description: row.description,
        reference: row.reference,
        source: row.source,
        idempotencyKey: row.idempotency_key,
        reversesEntryId: row.reverses_entry_id,
        reversedBy: row.reversed_by_id ? { id: row.reversed_by_id, number: row.reversed_by_number! } : null,
        createdBy: row.created_by,
        createdAt: row.created_at,
        postings: postings.get(row.id) ?? [],
      },
    ]),
  );
  return valid.map((id) => byId.get(id)).filter((e): e is EntryView => e !== undefined);
}

export async function loadEntry(db: Queryable, id: string): Promise<EntryView> {
  const [entry] = await loadEntries(db, [id]);
  if (!entry) throw DomainError.notFound('ledger.entry.not_found');
  return entry;
}

interface LockedAccountRow {
  id: string;
  entity_id: string;
  code: string;
  currency: string;
  debits_must_not_exceed_credits: boolean;
  credits_must_not_exceed_debits: boolean;
  balance_cents: number;
  advance_cents: number;
}

const ACCOUNT_STATE_SQL = `
  SELECT a.id, a.entity_id, a.code, a.currency, a.debits_must_not_exceed_credits, a.credits_must_not_exceed_debits,
         a.balance_cents,
         COALESCE((SELECT max(v.limit_cents) FROM ledger_advances v
                    WHERE v.account_id = a.id AND v.revoked_at IS NULL
                      AND ledger_today() BETWEEN v.valid_from AND v.valid_until), 0)::bigint AS advance_cents
    FROM ledger_accounts a WHERE a.id = ANY($1::uuid[]) ORDER BY a.id`;

async function accountStates(
  tx: Queryable,
  ids: string[],
  lock: boolean,
): Promise<Map<string, AccountState>> {
  const valid = [...new Set(ids.filter((id) => typeof id === 'string' && UUID.test(id)))];
  if (valid.length === 0) return new Map();
  const { rows } = await tx.query<LockedAccountRow>(ACCOUNT_STATE_SQL + (lock ? ' FOR UPDATE OF a' : ''), [
    valid,
  ]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        entityId: r.entity_id,
        code: r.code,
        currency: r.currency,
        flags: {
          debitsMustNotExceedCredits: r.debits_must_not_exceed_credits,
          creditsMustNotExceedDebits: r.credits_must_not_exceed_debits,
        },
        balanceCents: r.balance_cents,
        advanceLimitCents: r.advance_cents,
      },
    ]),
  );
}

/**
 * Takes the entity's journal: the counter row that numbers entries, locked until the transaction ends
 * (without taking a number yet). Every writer of the entity's ledger takes it first, then its accounts
 * in id order: writers never wait on each other in a cycle.
 */
async function lockJournal(tx: Queryable, entityId: string): Promise<void> {
  await tx.query(
    `INSERT INTO counters (entity_id, name, scope, value) VALUES ($1, $2, '', 0) ON CONFLICT DO NOTHING`,
    [entityId, JOURNAL_COUNTER],
  );
  await tx.query(`SELECT value FROM counters WHERE entity_id = $1 AND name = $2 AND scope = '' FOR UPDATE`, [
    entityId,
    JOURNAL_COUNTER,
  ]);
}

async function replayOf(
  tx: Queryable,
  entityId: string,
  key: string,
  fingerprint: string,
): Promise<PostResult | null> {
  const { rows } = await tx.query<{ id: string; fingerprint: string }>(
    'SELECT id, fingerprint FROM journal_entries WHERE entity_id = $1 AND idempotency_key = $2',
    [entityId, key],
  );
  if (!rows[0]) return null;
  if (rows[0].fingerprint !== fingerprint)
    throw new DomainError(
      'ledger.idempotency.conflict',
      [{ field: 'idempotencyKey', code: 'ledger.idempotency.conflict' }],
      {},
      409,
    );
  return { entry: await loadEntry(tx, rows[0].id), replayed: true };
}

function flagError(
  violations: ReturnType<typeof wouldViolateFlags>,
  accounts: Map<string, AccountState>,
  input: PostEntryInput,
): DomainError {
  const issues: FieldIssue[] = violations.map((v) => {
    const account = accounts.get(v.accountId)!;
    const index = input.postings.findIndex((p) => p.accountId === v.accountId);
    return {
      field: `postings.${index}.amountCents`,
      code: v.code,
      params: {
        account: account.code,
        available: centsToDecimal(v.availableCents),
        needed: centsToDecimal(v.neededCents),
        currency: account.currency,
      },
    };
  });
  const first = issues[0]!;
  return new DomainError(first.code, issues, first.params, 409);
}

/**
 * Records a balanced journal entry, inside the caller's transaction (`db.transaction(tx => postEntry(tx,
 * ...))`): later features call it together with their own writes, so that the invoice and its entry,
 * or the payslip and its entry, are committed together or not at all.
 *
 * - Validates the entry (I1–I4) and answers 422 with every wrong field.
 * - Idempotent by `idempotencyKey` within the entity (I11): the same key and content return the entry
 *   already recorded (`replayed: true`, nothing moves); other content is refused with 409.
 * - Takes the entity's journal, then locks the entry's accounts in id order (`SELECT ... FOR UPDATE`),
 *   checks their flags against the current balance and active advances (I7): an overdraft is refused
 *   with 409 and leaves no trace.
 * - Numbers the entry gap-free (I10), inserts it and its postings (one statement); the database moves
 *   the cached balances and checks I1–I10 again (see 0003_ledger.sql).
 *
 * Callers must not lock ledger rows themselves before calling it (the journal comes first).
 */
export async function postEntry(tx: Queryable, input: PostEntryInput): Promise<PostResult> {
  const postingsIn = Array.isArray(input.postings) ? input.postings : [];
  const known = await accountStates(
    tx,
    postingsIn.map((p) => p.accountId),
    false,
  );
  const draft: EntryDraft = {
    entityId: input.entityId,
    date: input.date,
    description: typeof input.description === 'string' ? input.description.trim() : input.description,
    reference: input.reference ?? null,
    idempotencyKey: input.idempotencyKey,
    reversesEntryId: input.reversesEntryId ?? null,
    postings: postingsIn.map((p) => ({
      accountId: p.accountId,
      amountCents: p.amountCents,
      currency: p.currency ?? known.get(p.accountId)?.currency ?? '',
    })),
  };
  // A posting without a currency on an unknown account is reported once, as an unknown account.
  const issues = validateEntry(draft, known).filter((issue) => {
    const at = /^postings\.(\d+)\.currency$/.exec(issue.field);
    return !(
      at &&
      issue.code === 'ledger.posting.currency_invalid' &&
      postingsIn[Number(at[1])]?.currency === undefined
    );
  });
  if (input.source !== undefined && !SOURCE.test(input.source))
    issues.push({ field: 'source', code: 'field.invalid' });
  if (issues.length) throw new DomainError('validation', issues);
  const fingerprint = createHash('sha256').update(entryFingerprint(draft)).digest('hex');

  // A replay answers without waiting for the journal.
  const early = await replayOf(tx, draft.entityId, draft.idempotencyKey, fingerprint);
  if (early) return early;

  await lockJournal(tx, draft.entityId);
  const raced = await replayOf(tx, draft.entityId, draft.idempotencyKey, fingerprint);
  if (raced) return raced;

  const accounts = await accountStates(
    tx,
    draft.postings.map((p) => p.accountId),
    true,
  );

  if (draft.reversesEntryId) {
    const original = await loadEntry(tx, draft.reversesEntryId);
    if (original.entityId !== draft.entityId) throw DomainError.notFound('ledger.entry.not_found');
    if (original.reversedBy)
      throw DomainError.conflict('ledger.entry.already_reversed', { number: original.number });
    if (
      !isReversalOf(
        draft.postings,
        original.postings.map((p) => ({
          accountId: p.accountId,
          amountCents: p.amountCents,
          currency: p.currency,
        })),
      )
    )
      throw DomainError.field('postings', 'ledger.entry.reversal_mismatch');
    if (draft.date < original.date)
      throw DomainError.field('date', 'ledger.entry.reversal_before_original', { date: original.date });
  }

  const violations = wouldViolateFlags(accounts, draft);
  if (violations.length) throw flagError(violations, accounts, input);

  const number = await nextNumber(tx, draft.entityId, JOURNAL_COUNTER);
  try {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO journal_entries (entity_id, number, entry_date, description, reference, source, idempotency_key,
          fingerprint, posting_count, reverses_entry_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        draft.entityId,
        number,
        draft.date,
        draft.description,
        draft.reference,
        input.source ?? (draft.reversesEntryId ? 'reversal' : 'manual'),
        draft.idempotencyKey,
        fingerprint,
        draft.postings.length,
        draft.reversesEntryId,
        input.createdBy ?? null,
      ],
    );
    const entryId = rows[0]!.id;
    const params: unknown[] = [entryId, draft.entityId];
    const values = draft.postings.map((p, i) => {
      params.push(i + 1, p.accountId, p.amountCents, p.currency);
      const n = params.length;
      return `($1, $2, $${n - 3}, $${n - 2}::uuid, $${n - 1}::bigint, $${n})`;
    });
    await tx.query(
      `INSERT INTO postings (entry_id, entity_id, line_no, account_id, amount_cents, currency) VALUES ${values.join(', ')}`,
      params,
    );
    return { entry: await loadEntry(tx, entryId), replayed: false };
  } catch (error) {
    // The checks above make these unreachable; the database holds the line if they ever are not.
    if (pgConstraint(error) === 'ledger_accounts_flags')
      throw DomainError.conflict('ledger.account.limit_exceeded');
    throw error;
  }
}
