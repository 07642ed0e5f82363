import type { Queryable } from '@partage/db';
import {
  ACCOUNT_CODE,
  ACCOUNT_KIND_RULES,
  CURRENCY,
  DomainError,
  accountCodeFor,
  isAccountKind,
  naturalBalance,
  ownerProblem,
  type AccountFlags,
  type AccountKind,
  type AccountOwner,
  type OwnerType,
} from '@partage/domain';

export interface AccountRow {
  id: string;
  entity_id: string;
  code: string;
  kind: AccountKind;
  owner_type: OwnerType | null;
  owner_id: string | null;
  name: string | null;
  currency: string;
  debits_must_not_exceed_credits: boolean;
  credits_must_not_exceed_debits: boolean;
  balance_cents: number;
  created_at: Date;
}

/** An account as the rest of the platform sees it. `balanceCents` is debit-positive (see the domain). */
export interface LedgerAccount {
  id: string;
  entityId: string;
  code: string;
  kind: AccountKind;
  owner: AccountOwner | null;
  name: string | null;
  currency: string;
  flags: AccountFlags;
  balanceCents: number;
  /** The balance as people read it: positive when a budget or a payable holds money. */
  naturalBalanceCents: number;
  createdAt: Date;
}

export const ACCOUNT_COLUMNS = `id, entity_id, code, kind, owner_type, owner_id, name, currency,
  debits_must_not_exceed_credits, credits_must_not_exceed_debits, balance_cents, created_at`;

export function presentAccount(row: AccountRow): LedgerAccount {
  return {
    id: row.id,
    entityId: row.entity_id,
    code: row.code,
    kind: row.kind,
    owner: row.owner_type && row.owner_id ? { type: row.owner_type, id: row.owner_id } : null,
    name: row.name,
    currency: row.currency,
    flags: {
      debitsMustNotExceedCredits: row.debits_must_not_exceed_credits,
      creditsMustNotExceedDebits: row.credits_must_not_exceed_debits,
    },
    balanceCents: row.balance_cents,
    naturalBalanceCents: naturalBalance(row.kind, row.balance_cents),
    createdAt: row.created_at,
  };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadAccount(db: Queryable, id: string): Promise<LedgerAccount> {
  if (!UUID.test(id)) throw DomainError.notFound('ledger.account.unknown');
  const { rows } = await db.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM ledger_accounts WHERE id = $1`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound('ledger.account.unknown');
  return presentAccount(rows[0]);
}

export async function findAccountByCode(
  db: Queryable,
  entityId: string,
  code: string,
): Promise<LedgerAccount | null> {
  const { rows } = await db.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM ledger_accounts WHERE entity_id = $1 AND code = $2`,
    [entityId, code],
  );
  return rows[0] ? presentAccount(rows[0]) : null;
}

async function entityCurrency(db: Queryable, entityId: string): Promise<string> {
  const { rows } = await db.query<{ currency: string }>(
    'SELECT trim(currency) AS currency FROM entities WHERE id = $1',
    [entityId],
  );
  if (!rows[0]) throw DomainError.field('entityId', 'ledger.entity.unknown', { entity: entityId });
  return rows[0].currency;
}

export interface OpenAccountInput {
  entityId: string;
  kind: AccountKind;
  owner?: AccountOwner | null;
  /** Default: the kind's conventional code (`4892-<activity>`, `451`). */
  code?: string;
  name?: string | null;
  /** Default: the entity's currency. */
  currency?: string;
  /** Default: the kind's flags (Activity budgets and contract accounts may not be overdrawn). */
  flags?: Partial<AccountFlags>;
  createdBy?: string | null;
}

function checkOpenInput(input: OpenAccountInput): { code: string; flags: AccountFlags } {
  if (!isAccountKind(input.kind)) throw DomainError.field('kind', 'field.invalid_choice');
  const ownerIssue = ownerProblem(input.kind, input.owner);
  const code = input.code ?? accountCodeFor(input.kind, input.owner);
  const flags = { ...ACCOUNT_KIND_RULES[input.kind].flags, ...input.flags };
  const issues = [];
  if (ownerIssue) issues.push({ field: 'owner', code: ownerIssue });
  if (!ACCOUNT_CODE.test(code)) issues.push({ field: 'code', code: 'ledger.account.code_invalid' });
  if (input.currency !== undefined && !CURRENCY.test(input.currency))
    issues.push({ field: 'currency', code: 'ledger.posting.currency_invalid' });
  if (flags.debitsMustNotExceedCredits && flags.creditsMustNotExceedDebits)
    issues.push({ field: 'flags', code: 'ledger.account.flags_conflict' });
  if (issues.length) throw new DomainError('validation', issues);
  return { code, flags };
}

/**
 * Opens an account, inside the caller's transaction. Refuses (409) a code already used in the entity,
 * or a second account of the same kind, owner and currency (use `accountFor` to get-or-create).
 */
export async function openAccount(tx: Queryable, input: OpenAccountInput): Promise<LedgerAccount> {
  const { code, flags } = checkOpenInput(input);
  const currency = input.currency ?? (await entityCurrency(tx, input.entityId));
  const { rows } = await tx.query<AccountRow>(
    `INSERT INTO ledger_accounts (entity_id, code, kind, owner_type, owner_id, name, currency,
        debits_must_not_exceed_credits, credits_must_not_exceed_debits, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING ${ACCOUNT_COLUMNS}`,
    [
      input.entityId,
      code,
      input.kind,
      input.owner?.type ?? null,
      input.owner?.id ?? null,
      input.name ?? null,
      currency,
      flags.debitsMustNotExceedCredits,
      flags.creditsMustNotExceedDebits,
      input.createdBy ?? null,
    ],
  );
  if (rows[0]) return presentAccount(rows[0]);
  const existing = await findNatural(tx, input.entityId, input.kind, input.owner ?? null, currency);
  if (existing) throw DomainError.conflict('ledger.account.exists', { code: existing.code });
  throw new DomainError(
    'ledger.account.code_taken',
    [{ field: 'code', code: 'ledger.account.code_taken', params: { code } }],
    { code },
    409,
  );
}

async function findNatural(
  db: Queryable,
  entityId: string,
  kind: AccountKind,
  owner: AccountOwner | null,
  currency: string,
): Promise<LedgerAccount | null> {
  const { rows } = await db.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM ledger_accounts
      WHERE entity_id = $1 AND kind = $2 AND COALESCE(owner_type, '') = $3 AND COALESCE(owner_id, '') = $4 AND currency = $5`,
    [entityId, kind, owner?.type ?? '', owner?.id ?? '', currency],
  );
  return rows[0] ? presentAccount(rows[0]) : null;
}

/**
 * The account of a kind (and owner) in an entity, created with the kind's defaults the first time:
 * `accountFor(tx, 'BE-PA', 'activity_budget', { type: 'activity', id })`, `accountFor(tx, 'BE-PA',
 * 'vat_payable')`. Safe when two transactions ask for the same new account together.
 */
export async function accountFor(
  tx: Queryable,
  entityId: string,
  kind: AccountKind,
  owner: AccountOwner | null = null,
  options: { currency?: string; name?: string | null; createdBy?: string | null } = {},
): Promise<LedgerAccount> {
  checkOpenInput({ entityId, kind, owner });
  const currency = options.currency ?? (await entityCurrency(tx, entityId));
  const found = await findNatural(tx, entityId, kind, owner, currency);
  if (found) return found;
  try {
    return await openAccount(tx, {
      entityId,
      kind,
      owner,
      currency,
      name: options.name ?? null,
      createdBy: options.createdBy ?? null,
    });
  } catch (error) {
    // Another transaction opened it meanwhile: take it.
    if (!(error instanceof DomainError) || error.code !== 'ledger.account.exists') throw error;
    const raced = await findNatural(tx, entityId, kind, owner, currency);
    if (!raced) throw error;
    return raced;
  }
}
