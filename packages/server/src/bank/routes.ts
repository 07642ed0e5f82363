import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, OpenItemBook, type OpenItemType } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { importStatementFile, type FileRow } from './import-statement.ts';
import { allocateTransaction } from './allocate-transaction.ts';
import { ignoreTransaction } from './ignore-transaction.ts';
import { demoStatementFile } from './demo.ts';
import {
  itemViews,
  openItemsOf,
  presentAllocation,
  presentTransaction,
  type BankAllocationRow,
  type BankTransactionRow,
} from './queries.ts';

/** The largest statement file accepted (a year of a busy account in camt.053 stays well below). */
export const MAX_STATEMENT_BYTES = 20 * 1024 * 1024;

const STATUS_FILTERS = {
  review: ['unmatched', 'partially_matched'],
  unmatched: ['unmatched'],
  partially_matched: ['partially_matched'],
  ignored: ['ignored'],
  matched: ['matched'],
  all: ['matched', 'partially_matched', 'unmatched', 'ignored'],
} as const;

export async function bankRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['bank'];
  const staff = (request: Parameters<typeof requireRole>[0]) =>
    requireRole(request, guard, 'client_service', 'admin');

  app.post(
    '/bank/statements',
    {
      // The XML travels inside JSON, where quotes and line ends take two characters.
      bodyLimit: Math.ceil(MAX_STATEMENT_BYTES * 1.5),
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Import a camt.053 bank statement file: all or nothing; the same file twice changes nothing (alreadyImported)',
        body: z.object({
          fileName: z.string().trim().min(1).max(255),
          xml: z.string().min(1).max(MAX_STATEMENT_BYTES),
        }),
      },
    },
    async (request, reply) => {
      staff(request);
      const summary = await importStatementFile(ctx, request, request.body);
      return reply.code(summary.alreadyImported ? 200 : 201).send(summary);
    },
  );

  app.get(
    '/bank/statements',
    {
      schema: {
        tags,
        summary: 'Statement files imported, latest first, with their statements',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
      },
    },
    async (request) => {
      staff(request);
      const { rows: files } = await ctx.db.query<FileRow & { imported_by_name: string | null }>(
        `SELECT f.*, u.display_name AS imported_by_name FROM bank_statement_files f
           LEFT JOIN users u ON u.id = f.imported_by ORDER BY f.imported_at DESC LIMIT $1`,
        [request.query.limit],
      );
      const { rows: statements } = await ctx.db.query<{
        id: string;
        file_id: string;
        entity_id: string;
        account_iban: string;
        statement_id: string;
        from_date: string | null;
        to_date: string | null;
        opening_cents: number | null;
        closing_cents: number | null;
        entry_count: number;
      }>(
        `SELECT id, file_id, entity_id, account_iban, statement_id, from_date::text, to_date::text, opening_cents,
                closing_cents, entry_count
           FROM bank_statements WHERE file_id = ANY($1::uuid[]) ORDER BY account_iban, statement_id`,
        [files.map((f) => f.id)],
      );
      return {
        demoStatementAvailable: ctx.config.demoSeed,
        files: files.map((f) => ({
          id: f.id,
          fileName: f.file_name,
          version: f.camt_version,
          importedAt: f.imported_at,
          importedBy: f.imported_by_name,
          statements: f.statement_count,
          entries: f.entry_count,
          transactions: f.transaction_count,
          skipped: f.skipped_count,
          matched: f.matched_count,
          toReview: f.review_count,
          accounts: statements
            .filter((s) => s.file_id === f.id)
            .map((s) => ({
              id: s.id,
              entityId: s.entity_id,
              iban: s.account_iban,
              statementId: s.statement_id,
              from: s.from_date,
              to: s.to_date,
              openingCents: s.opening_cents === null ? null : Number(s.opening_cents),
              closingCents: s.closing_cents === null ? null : Number(s.closing_cents),
              entries: s.entry_count,
            })),
        })),
      };
    },
  );

  app.get(
    '/bank/transactions',
    {
      schema: {
        tags,
        summary: 'Bank lines: by default those waiting for client service, each with suggestions',
        querystring: z.object({
          status: z.enum(Object.keys(STATUS_FILTERS) as [keyof typeof STATUS_FILTERS]).default('review'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (request) => {
      staff(request);
      const { rows } = await ctx.db.query<BankTransactionRow>(
        `SELECT * FROM bank_transactions WHERE status = ANY($1::text[])
          ORDER BY booking_date DESC, created_at DESC, entry_no, detail_no LIMIT $2`,
        [STATUS_FILTERS[request.query.status], request.query.limit],
      );
      const { rows: allocations } = await ctx.db.query<BankAllocationRow>(
        'SELECT * FROM bank_allocations WHERE transaction_id = ANY($1::uuid[]) ORDER BY transaction_id, line_no',
        [rows.map((r) => r.id)],
      );
      // Suggestions for what waits: against what each entity is owed now.
      const books = new Map<string, OpenItemBook>();
      const suggestions = new Map<string, ReturnType<OpenItemBook['suggest']>>();
      for (const row of rows) {
        if (row.direction !== 'credit' || Number(row.open_cents) === 0 || row.status === 'matched') continue;
        let book = books.get(row.entity_id);
        if (!book) {
          book = new OpenItemBook(await openItemsOf(ctx.db, row.entity_id));
          books.set(row.entity_id, book);
        }
        suggestions.set(
          row.id,
          book.suggest({
            amountCents: Number(row.open_cents),
            references: row.refs,
            counterpartyName: row.counterparty_name,
            remittanceText: row.remittance_text,
          }),
        );
      }
      const keys: Array<{ type: OpenItemType; id: string }> = [
        ...[...suggestions.values()].flat().map((s) => ({ type: s.type, id: s.id })),
        ...allocations
          .filter((a) => a.target_type === 'invoice' || a.target_type === 'share_request')
          .map((a) => ({ type: a.target_type as OpenItemType, id: a.target_id! })),
      ];
      const views = await itemViews(ctx.db, keys);
      return rows.map((row) =>
        presentTransaction(
          row,
          allocations
            .filter((a) => a.transaction_id === row.id)
            .map((a) => presentAllocation(a, views.get(`${a.target_type}:${a.target_id}`))),
          (suggestions.get(row.id) ?? [])
            .map((s) => ({ ...s, item: views.get(`${s.type}:${s.id}`)! }))
            .filter((s) => s.item !== undefined),
        ),
      );
    },
  );

  app.post(
    '/bank/transactions/:id/allocations',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Allocate a payment waiting in suspense to invoices or a share subscription (suspense / receivables)',
        params: z.object({ id: z.uuid() }),
        body: z.object({
          allocations: z
            .array(
              z.object({
                targetType: z.enum(['invoice', 'share_request']),
                targetId: z.uuid(),
                amountCents: z.number().int().min(1),
              }),
            )
            .min(1)
            .max(50),
          /** The allocation accepts one of the suggestions shown (kept in the trail). */
          suggested: z.boolean().default(false),
        }),
      },
    },
    async (request, reply) => {
      staff(request);
      const result = await allocateTransaction(ctx, request, request.params.id, request.body);
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/bank/transactions/:id/ignore',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Set a line aside with a reason (bank fees, not for us): it stays in suspense, out of the queue',
        params: z.object({ id: z.uuid() }),
        body: z.object({ reason: z.string().trim().min(3).max(500) }),
      },
    },
    async (request) => {
      staff(request);
      await ignoreTransaction(ctx, request, request.params.id, request.body.reason);
      return { ignored: true };
    },
  );

  app.get(
    '/bank/demo-statement.xml',
    {
      schema: {
        tags,
        summary: 'Demo only: a camt.053 statement paying the open demo invoices and share subscriptions',
      },
    },
    async (request, reply) => {
      staff(request);
      if (!ctx.config.demoSeed) throw DomainError.notFound();
      const file = await demoStatementFile(ctx);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.xml);
    },
  );
}
