import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { PG, pgConstraint, pgErrorCode, type Queryable } from '@partage/db';
import {
  DomainError,
  OpenItemBook,
  bankLinesOf,
  parseCamt053,
  type BankLine,
  type CamtStatement,
  type MessageParams,
} from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { confirmPaymentBatch, confirmPaymentOrder } from '../payments/confirm-payment.ts';
import {
  allocateToInvoice,
  allocateToShareRequest,
  allocateToSuspense,
  recordConfirmation,
  type Allocator,
} from './allocate.ts';
import { entitiesByIban, lockOpenItem, openItemsOf, type BankTransactionStatus } from './queries.ts';

export interface ImportInput {
  fileName: string;
  xml: string;
}

export interface ImportSummary {
  fileId: string;
  fileName: string;
  /** The same file (same SHA-256) was imported before: nothing changed. */
  alreadyImported: boolean;
  version: string;
  statements: number;
  /** Booked entries in the file. */
  entries: number;
  /** Lines recorded now (an entry may hold several). */
  transactions: number;
  /** Lines already known from another file, left alone. */
  skipped: number;
  /** Settled automatically: invoices and share subscriptions paid, transfers confirmed. */
  matched: number;
  /** Waiting for client service in the queue (not matched, partly matched or overpaid). */
  toReview: number;
  importedAt: Date;
}

/** A row of `bank_statement_files`. */
export interface FileRow {
  id: string;
  entity_id: string;
  file_name: string;
  camt_version: string;
  statement_count: number;
  entry_count: number;
  transaction_count: number;
  skipped_count: number;
  matched_count: number;
  review_count: number;
  imported_at: Date;
}

function summaryOf(row: FileRow, alreadyImported: boolean): ImportSummary {
  return {
    fileId: row.id,
    fileName: row.file_name,
    alreadyImported,
    version: row.camt_version,
    statements: row.statement_count,
    entries: row.entry_count,
    transactions: row.transaction_count,
    skipped: row.skipped_count,
    matched: row.matched_count,
    toReview: row.review_count,
    importedAt: row.imported_at,
  };
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const fingerprintOf = (line: BankLine) =>
  createHash('sha256').update(line.fingerprintSource).digest('base64url');

function fileError(code: string, params: MessageParams): DomainError {
  return new DomainError(code, [{ field: 'xml', code, params }], params, 422);
}

async function findFile(db: Queryable, sha: string): Promise<FileRow | null> {
  const { rows } = await db.query<FileRow>('SELECT * FROM bank_statement_files WHERE sha256 = $1', [sha]);
  return rows[0] ?? null;
}

/** Each statement's account must be an entity's bank account, in that entity's currency. */
async function accountsOf(db: Queryable, fileName: string, statements: CamtStatement[]) {
  const ibans = [...new Set(statements.map((s) => s.iban).filter((iban): iban is string => !!iban))];
  const known = await entitiesByIban(db, ibans);
  return statements.map((statement) => {
    const entity = statement.iban ? known.get(statement.iban) : undefined;
    if (!entity)
      throw fileError('bank.camt.unknown_account', {
        file: fileName,
        statement: statement.id,
        iban: statement.iban ?? statement.otherAccountId ?? '—',
      });
    if (statement.currency && statement.currency !== entity.currency)
      throw fileError('bank.camt.currency', {
        file: fileName,
        statement: statement.id,
        currency: statement.currency,
        expected: entity.currency,
      });
    const strayEntry = statement.entries.find((e) => e.currency && e.currency !== entity.currency);
    if (strayEntry)
      throw fileError('bank.camt.currency', {
        file: fileName,
        statement: statement.id,
        currency: strayEntry.currency!,
        expected: entity.currency,
      });
    return { statement, entityId: entity.id, currency: entity.currency, iban: statement.iban! };
  });
}

/**
 * Imports one camt.053 file, all or nothing, in one transaction:
 * - the same file again (same SHA-256) changes nothing and says so (`alreadyImported`);
 * - a file that cannot be read, for an unknown account or another currency, is refused whole;
 * - each booked line not seen before (its fingerprint) is recorded and reconciled: payments received are
 *   matched to open invoices and share subscriptions (references first, then amount and name), the rest
 *   waits in suspense for client service; payments made confirm the SEPA transfers they carry out.
 */
export async function importStatementFile(
  ctx: AppContext,
  request: FastifyRequest,
  input: ImportInput,
): Promise<ImportSummary> {
  const sha = sha256Hex(input.xml);
  const existing = await findFile(ctx.db, sha);
  if (existing) return summaryOf(existing, true);
  const document = parseCamt053(input.xml, input.fileName);
  const accounts = await accountsOf(ctx.db, input.fileName, document.statements);
  const actorId = request.user?.id ?? null;

  try {
    return await ctx.db.transaction(async (tx) => {
      // Two imports of the same file at the same moment: the second waits here, then finds the first.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`bank-file:${sha}`]);
      const raced = await findFile(tx, sha);
      if (raced) return summaryOf(raced, true);

      const fileId = randomUUID();
      const allocator: Allocator = { ctx, tx, request, accounts: new Map() };
      const books = new Map<string, OpenItemBook>();
      const bookOf = async (entityId: string) => {
        let book = books.get(entityId);
        if (!book) {
          book = new OpenItemBook(await openItemsOf(tx, entityId));
          books.set(entityId, book);
        }
        return book;
      };
      const counts = { entries: 0, transactions: 0, skipped: 0, matched: 0, toReview: 0 };

      for (const { statement, entityId, currency, iban } of accounts) {
        counts.entries += statement.entries.length;
        const statementRowId = await saveStatement(tx, fileId, entityId, currency, iban, statement);
        const lines = bankLinesOf(statement).filter((l) => l.amountCents > 0);
        const fingerprints = lines.map(fingerprintOf);
        const { rows: seen } = await tx.query<{ fingerprint: string }>(
          'SELECT fingerprint FROM bank_transactions WHERE fingerprint = ANY($1::text[])',
          [fingerprints],
        );
        const known = new Set(seen.map((r) => r.fingerprint));
        for (const [i, line] of lines.entries()) {
          const fingerprint = fingerprints[i]!;
          if (known.has(fingerprint)) {
            counts.skipped += 1;
            continue;
          }
          known.add(fingerprint);
          const status = await reconcileLine(allocator, bookOf, {
            statementRowId,
            entityId,
            iban,
            line,
            fingerprint,
            actorId,
          });
          counts.transactions += 1;
          if (status === 'matched') counts.matched += 1;
          else counts.toReview += 1;
        }
      }

      const { rows } = await tx.query<FileRow>(
        `INSERT INTO bank_statement_files (id, entity_id, sha256, file_name, camt_version, message_id, statement_count,
            entry_count, transaction_count, skipped_count, matched_count, review_count, imported_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
        [
          fileId,
          request.user?.entityId ?? accounts[0]!.entityId,
          sha,
          input.fileName,
          document.version,
          document.messageId,
          document.statements.length,
          counts.entries,
          counts.transactions,
          counts.skipped,
          counts.matched,
          counts.toReview,
          actorId,
        ],
      );
      const file = rows[0]!;
      await audit(tx, request, {
        action: 'bank.statement_imported',
        subjectType: 'bank_statement_file',
        subjectId: file.id,
        entityId: file.entity_id,
        after: {
          fileName: input.fileName,
          sha256: sha,
          version: document.version,
          statements: document.statements.map((s) => ({ id: s.id, iban: s.iban, entries: s.entries.length })),
          ...counts,
        },
      });
      return summaryOf(file, false);
    });
  } catch (error) {
    // Another server process imported the same file between our check and our insert.
    if (
      pgErrorCode(error) === PG.uniqueViolation &&
      pgConstraint(error) === 'bank_statement_files_sha256_key'
    ) {
      const file = await findFile(ctx.db, sha);
      if (file) return summaryOf(file, true);
    }
    throw error;
  }
}

/** The statement's row: a statement already received in another file (same account and id) is reused. */
async function saveStatement(
  tx: Queryable,
  fileId: string,
  entityId: string,
  currency: string,
  iban: string,
  s: CamtStatement,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO bank_statements (file_id, entity_id, account_iban, currency, statement_id, electronic_sequence,
        legal_sequence, bank_created_at, from_date, to_date, opening_cents, opening_date, closing_cents, closing_date,
        entry_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (account_iban, statement_id) DO NOTHING RETURNING id`,
    [
      fileId,
      entityId,
      iban,
      currency,
      s.id,
      s.electronicSequence,
      s.legalSequence,
      s.createdAt,
      s.fromDate,
      s.toDate,
      s.opening?.amountCents ?? null,
      s.opening?.date ?? null,
      s.closing?.amountCents ?? null,
      s.closing?.date ?? null,
      s.entries.length,
    ],
  );
  if (rows[0]) return rows[0].id;
  const { rows: found } = await tx.query<{ id: string }>(
    'SELECT id FROM bank_statements WHERE account_iban = $1 AND statement_id = $2',
    [iban, s.id],
  );
  return found[0]!.id;
}

interface LineToReconcile {
  statementRowId: string;
  entityId: string;
  iban: string;
  line: BankLine;
  fingerprint: string;
  actorId: string | null;
}

/** Records one line and reconciles it; returns its status. */
async function reconcileLine(
  a: Allocator,
  bookOf: (entityId: string) => Promise<OpenItemBook>,
  { statementRowId, entityId, iban, line, fingerprint, actorId }: LineToReconcile,
): Promise<BankTransactionStatus> {
  const iban4 = line.counterpartyIban ? line.counterpartyIban.slice(-4) : null;
  const { rows } = await a.tx.query<{ id: string }>(
    `INSERT INTO bank_transactions (statement_id, entity_id, account_iban, entry_no, detail_no, booking_date, value_date,
        direction, amount_cents, counterparty_name, counterparty_iban_enc, counterparty_iban_last4, remittance_text,
        refs, end_to_end_id, batch_id, acct_svcr_ref, fingerprint, status, open_cents)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 'unmatched', $9)
     RETURNING id`,
    [
      statementRowId,
      entityId,
      iban,
      line.entryIndex,
      line.detailIndex,
      line.bookingDate,
      line.valueDate,
      line.direction,
      line.amountCents,
      line.counterpartyName?.slice(0, 140) ?? null,
      line.counterpartyIban ? a.ctx.protector.encrypt(line.counterpartyIban) : null,
      iban4,
      line.remittanceText,
      line.references,
      line.endToEndId,
      line.batchId,
      line.accountServicerReference,
      fingerprint,
    ],
  );
  const row = {
    id: rows[0]!.id,
    entity_id: entityId,
    fingerprint,
    booking_date: line.bookingDate,
    direction: line.direction,
  };
  let allocated = 0;
  let lineNo = 0;

  if (line.direction === 'credit') {
    const book = await bookOf(entityId);
    const result = book.match({
      amountCents: line.amountCents,
      references: line.references,
      counterpartyName: line.counterpartyName,
      remittanceText: line.remittanceText,
    });
    for (const planned of result.allocations) {
      // What the item owes now, under lock (another payment may have come since the book was read).
      const item = await lockOpenItem(a.tx, planned.type, planned.id);
      const amount = Math.min(planned.amountCents, item?.dueCents ?? 0);
      if (amount <= 0) continue;
      const input = {
        lineNo: ++lineNo,
        amountCents: amount,
        source: 'bank' as const,
        reason: result.rule!,
        auto: true,
      };
      if (planned.type === 'invoice') await allocateToInvoice(a, row, planned.id, input);
      else await allocateToShareRequest(a, row, planned.id, input);
      book.settle(planned.type, planned.id, amount);
      allocated += amount;
    }
    const rest = line.amountCents - allocated;
    if (rest > 0)
      await allocateToSuspense(a, row, {
        lineNo: lineNo + 1,
        amountCents: rest,
        reason: allocated > 0 ? 'overpaid' : 'unmatched',
      });
  } else {
    const confirmation = {
      entityId,
      amountCents: line.amountCents,
      bookingDate: line.bookingDate,
      bankTransactionId: row.id,
      actorId,
    };
    let confirmed: {
      type: 'payment_order' | 'payment_batch';
      id: string;
      journalEntryId: string | null;
    } | null = null;
    if (line.batchId) {
      const result = await confirmPaymentBatch(a.tx, { ...confirmation, paymentInformationId: line.batchId });
      if (result.matched)
        confirmed = { type: 'payment_batch', id: line.batchId, journalEntryId: result.journalEntryId };
    }
    if (!confirmed && line.endToEndId) {
      const result = await confirmPaymentOrder(a.tx, { ...confirmation, endToEndId: line.endToEndId });
      if (result.matched)
        confirmed = { type: 'payment_order', id: line.endToEndId, journalEntryId: result.journalEntryId };
    }
    if (confirmed) {
      await recordConfirmation(
        a,
        row,
        { type: confirmed.type, id: confirmed.id },
        { lineNo: 1, amountCents: line.amountCents, reason: confirmed.type },
        confirmed.journalEntryId,
      );
      allocated = line.amountCents;
    } else {
      await allocateToSuspense(a, row, {
        lineNo: 1,
        amountCents: line.amountCents,
        reason: 'unmatched',
      });
    }
  }

  const open = line.amountCents - allocated;
  const status: BankTransactionStatus =
    open === 0 ? 'matched' : allocated > 0 ? 'partially_matched' : 'unmatched';
  if (status !== 'unmatched')
    await a.tx.query('UPDATE bank_transactions SET status = $2, open_cents = $3 WHERE id = $1', [
      row.id,
      status,
      open,
    ]);
  return status;
}
