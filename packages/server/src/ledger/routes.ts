import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Queryable } from '@partage/db';
import { DomainError, type FieldIssue } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { today } from '../membership/queries.ts';
import {
  ACCOUNT_COLUMNS,
  findAccountByCode,
  loadAccount,
  openAccount,
  presentAccount,
  type AccountRow,
  type LedgerAccount,
} from './accounts.ts';
import { postEntry, loadEntry, type PostingInput } from './post-entry.ts';
import { reverseEntry } from './reverse-entry.ts';
import { grantAdvance, listAdvances, revokeAdvance } from './advances.ts';
import { balanceAt, journalCsv, listEntries, statement, trialBalance, verifyBalances } from './reports.ts';
import {
  accountsQuery,
  balanceQuery,
  entriesQuery,
  grantAdvanceSchema,
  idParams,
  idempotencyHeaders,
  journalQuery,
  manualEntrySchema,
  openAccountSchema,
  periodQuery,
  reverseSchema,
  revokeAdvanceSchema,
  trialBalanceQuery,
  verifyQuery,
} from './schemas.ts';

const READERS = ['admin', 'payroll', 'client_service', 'adviser'] as const;

async function requireEntity(db: Queryable, entityId: string): Promise<void> {
  const { rows } = await db.query('SELECT 1 FROM entities WHERE id = $1', [entityId]);
  if (!rows[0]) throw DomainError.notFound('ledger.entity.unknown', { entity: entityId });
}

/** Postings of a request: accounts by id or by code in the entity. */
async function resolvePostings(
  db: Queryable,
  entityId: string,
  postings: Array<{ accountId?: string; accountCode?: string; amountCents: number; currency?: string }>,
): Promise<PostingInput[]> {
  const issues: FieldIssue[] = [];
  const resolved: PostingInput[] = [];
  for (const [i, p] of postings.entries()) {
    let accountId = p.accountId;
    if (!accountId && p.accountCode) {
      accountId = (await findAccountByCode(db, entityId, p.accountCode))?.id;
      if (!accountId) issues.push({ field: `postings.${i}.accountCode`, code: 'ledger.account.unknown' });
    } else if (!accountId) {
      issues.push({ field: `postings.${i}.accountId`, code: 'field.required' });
    }
    resolved.push({
      accountId: accountId ?? '',
      amountCents: p.amountCents,
      ...(p.currency ? { currency: p.currency } : {}),
    });
  }
  if (issues.length) throw new DomainError('validation', issues);
  return resolved;
}

/** An account with what it may still pay: for a budget, its balance plus its active advance. */
async function accountDetail(db: Queryable, account: LedgerAccount) {
  const advances = await listAdvances(db, account.id);
  const advanceLimitCents = Math.max(0, ...advances.filter((a) => a.active).map((a) => a.limitCents));
  return {
    ...account,
    advanceLimitCents,
    availableCents: account.flags.debitsMustNotExceedCredits
      ? advanceLimitCents - account.balanceCents
      : null,
    advances,
  };
}

/**
 * The ledger over HTTP. Staff read it (administrators, payroll, client service, advisers); only
 * administrators post manual entries and reversals; advisers (and administrators) grant advances.
 * Every money movement takes an `Idempotency-Key` header; every change is audited in its transaction.
 */
export async function ledgerRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['ledger'];

  // ---- Accounts ----

  app.get(
    '/ledger/accounts',
    { schema: { tags, summary: 'Accounts of an entity with their balances', querystring: accountsQuery } },
    async (request) => {
      requireRole(request, guard, ...READERS);
      const q = request.query;
      await requireEntity(ctx.db, q.entityId);
      const { rows } = await ctx.db.query<AccountRow>(
        `SELECT ${ACCOUNT_COLUMNS} FROM ledger_accounts
        WHERE entity_id = $1 AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR owner_type = $3) AND ($4::text IS NULL OR owner_id = $4)
        ORDER BY currency, code LIMIT $5 OFFSET $6`,
        [q.entityId, q.kind ?? null, q.ownerType ?? null, q.ownerId ?? null, q.limit, q.offset],
      );
      return rows.map(presentAccount);
    },
  );

  app.post(
    '/ledger/accounts',
    { schema: { tags, summary: 'Open an account (administrators)', body: openAccountSchema } },
    async (request, reply) => {
      const user = requireRole(request, guard, 'admin');
      const body = request.body;
      const account = await ctx.db.transaction(async (tx) => {
        await requireEntity(tx, body.entityId);
        const opened = await openAccount(tx, { ...body, owner: body.owner ?? null, createdBy: user.id });
        await audit(tx, request, {
          action: 'ledger.account_opened',
          subjectType: 'ledger_account',
          subjectId: opened.id,
          entityId: opened.entityId,
          after: opened,
        });
        return opened;
      });
      return reply.status(201).send(account);
    },
  );

  app.get(
    '/ledger/accounts/:id',
    {
      schema: {
        tags,
        summary: 'An account, its balance, advances and what it may still pay',
        params: idParams,
      },
    },
    async (request) => {
      requireRole(request, guard, ...READERS);
      return accountDetail(ctx.db, await loadAccount(ctx.db, request.params.id));
    },
  );

  app.get(
    '/ledger/accounts/:id/balance',
    {
      schema: {
        tags,
        summary: 'Balance at the end of a day, from the postings',
        params: idParams,
        querystring: balanceQuery,
      },
    },
    async (request) => {
      requireRole(request, guard, ...READERS);
      return balanceAt(ctx.db, request.params.id, request.query.at ?? today());
    },
  );

  app.get(
    '/ledger/accounts/:id/statement',
    {
      schema: {
        tags,
        summary: 'Postings between two dates with the running balance',
        params: idParams,
        querystring: periodQuery,
      },
    },
    async (request) => {
      requireRole(request, guard, ...READERS);
      return statement(ctx.db, request.params.id, request.query.from, request.query.to, request.query.limit);
    },
  );

  // ---- Advances ----

  app.get(
    '/ledger/accounts/:id/advances',
    { schema: { tags, summary: 'Advances of an account', params: idParams } },
    async (request) => {
      requireRole(request, guard, ...READERS);
      const account = await loadAccount(ctx.db, request.params.id);
      return listAdvances(ctx.db, account.id);
    },
  );

  app.post(
    '/ledger/accounts/:id/advances',
    {
      schema: {
        tags,
        summary: 'Authorise an account to go below zero down to a limit (advisers)',
        params: idParams,
        body: grantAdvanceSchema,
      },
      config: { idempotent: true },
    },
    async (request, reply) => {
      const user = requireRole(request, guard, 'adviser', 'admin');
      const advance = await ctx.db.transaction(async (tx) => {
        const granted = await grantAdvance(tx, {
          ...request.body,
          accountId: request.params.id,
          grantedBy: user.id,
        });
        await audit(tx, request, {
          action: 'ledger.advance_granted',
          subjectType: 'ledger_account',
          subjectId: granted.accountId,
          entityId: granted.entityId,
          after: granted,
        });
        return granted;
      });
      return reply.status(201).send(advance);
    },
  );

  app.post(
    '/ledger/advances/:id/revoke',
    {
      schema: { tags, summary: 'Revoke an advance (advisers)', params: idParams, body: revokeAdvanceSchema },
      config: { idempotent: true },
    },
    async (request) => {
      const user = requireRole(request, guard, 'adviser', 'admin');
      return ctx.db.transaction(async (tx) => {
        const { before, after } = await revokeAdvance(tx, {
          advanceId: request.params.id,
          revokedBy: user.id,
          reason: request.body.reason ?? null,
        });
        await audit(tx, request, {
          action: 'ledger.advance_revoked',
          subjectType: 'ledger_account',
          subjectId: after.accountId,
          entityId: after.entityId,
          before,
          after,
        });
        return after;
      });
    },
  );

  // ---- Entries ----

  app.get(
    '/ledger/entries',
    { schema: { tags, summary: 'Journal entries of an entity, newest first', querystring: entriesQuery } },
    async (request) => {
      requireRole(request, guard, ...READERS);
      await requireEntity(ctx.db, request.query.entityId);
      return listEntries(ctx.db, request.query);
    },
  );

  app.get(
    '/ledger/entries/:id',
    { schema: { tags, summary: 'A journal entry and its postings', params: idParams } },
    async (request) => {
      requireRole(request, guard, ...READERS);
      return loadEntry(ctx.db, request.params.id);
    },
  );

  app.post(
    '/ledger/entries',
    {
      schema: {
        tags,
        summary:
          'Post a manual journal entry (administrators). Amounts in signed cents: positive = debit, negative = credit',
        headers: idempotencyHeaders,
        body: manualEntrySchema,
      },
    },
    async (request, reply) => {
      const user = requireRole(request, guard, 'admin');
      const body = request.body;
      const now = today();
      const date = body.date ?? now;
      if (date > now) throw DomainError.field('date', 'field.date_in_future');
      const result = await ctx.db.transaction(async (tx) => {
        await requireEntity(tx, body.entityId);
        const postings = await resolvePostings(tx, body.entityId, body.postings);
        const posted = await postEntry(tx, {
          entityId: body.entityId,
          date,
          description: body.description,
          reference: body.reference ?? null,
          idempotencyKey: request.headers['idempotency-key'],
          postings,
          source: 'manual',
          createdBy: user.id,
        });
        if (!posted.replayed)
          await audit(tx, request, {
            action: 'ledger.entry_posted',
            subjectType: 'journal_entry',
            subjectId: posted.entry.id,
            entityId: body.entityId,
            after: posted.entry,
          });
        return posted;
      });
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.replayed ? 200 : 201).send(result.entry);
    },
  );

  app.post(
    '/ledger/entries/:id/reverse',
    {
      schema: {
        tags,
        summary: 'Reverse an entry with a new one that negates it (administrators)',
        params: idParams,
        headers: idempotencyHeaders,
        body: reverseSchema,
      },
    },
    async (request, reply) => {
      const user = requireRole(request, guard, 'admin');
      if (request.body.date && request.body.date > today())
        throw DomainError.field('date', 'field.date_in_future');
      const result = await ctx.db.transaction(async (tx) => {
        const posted = await reverseEntry(tx, {
          entryId: request.params.id,
          idempotencyKey: request.headers['idempotency-key'],
          ...(request.body.date ? { date: request.body.date } : {}),
          ...(request.body.description ? { description: request.body.description } : {}),
          language: request.lang,
          createdBy: user.id,
        });
        if (!posted.replayed)
          await audit(tx, request, {
            action: 'ledger.entry_reversed',
            subjectType: 'journal_entry',
            subjectId: request.params.id,
            entityId: posted.entry.entityId,
            after: posted.entry,
          });
        return posted;
      });
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.replayed ? 200 : 201).send(result.entry);
    },
  );

  // ---- Reports ----

  app.get(
    '/ledger/trial-balance',
    { schema: { tags, summary: 'Trial balance of an entity at a date', querystring: trialBalanceQuery } },
    async (request) => {
      requireRole(request, guard, ...READERS);
      await requireEntity(ctx.db, request.query.entityId);
      return trialBalance(ctx.db, request.query.entityId, request.query.at ?? today());
    },
  );

  app.get(
    '/ledger/journal.csv',
    {
      schema: {
        tags,
        summary: 'Journal export for the accountants (CSV, one line per posting)',
        querystring: journalQuery,
      },
    },
    async (request, reply) => {
      requireRole(request, guard, ...READERS);
      const q = request.query;
      await requireEntity(ctx.db, q.entityId);
      const { csv, lines } = await journalCsv(ctx.db, q.entityId, {
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        decimal: q.decimal,
      });
      await audit(ctx.db, request, {
        action: 'ledger.journal_exported',
        subjectType: 'journal',
        subjectId: q.entityId,
        entityId: q.entityId,
        after: { from: q.from ?? null, to: q.to ?? null, lines },
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="journal-${q.entityId}${q.from ? `-${q.from}` : ''}${q.to ? `-${q.to}` : ''}.csv"`,
        )
        .send(csv);
    },
  );

  app.get(
    '/ledger/verify',
    {
      schema: {
        tags,
        summary: 'Check cached balances against the postings and the ledger invariants',
        querystring: verifyQuery,
      },
    },
    async (request) => {
      requireRole(request, guard, ...READERS);
      return verifyBalances(ctx.db, request.query.entityId);
    },
  );
}
