import { createHmac, hkdfSync } from 'node:crypto';
import type { Queryable } from '@partage/db';
import {
  DomainError,
  formatDate,
  formatMoney,
  quoteTransition,
  requireRight,
  translator,
  validateQuote,
  type Language,
  type QuoteInput,
  type QuoteLine,
  type QuoteStatus,
  type VatSummary,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { loadClient } from '../clients/queries.ts';
import { loadEntity } from '../membership/queries.ts';
import { sha256 } from '../security/crypto.ts';
import {
  activityActor,
  activityDocumentReference,
  isDecidingStaff,
  loadActivity,
  recordActivityEvent,
  requireActive,
  type ActivityRow,
} from './queries.ts';

export interface QuoteRow {
  id: string;
  activity_id: string;
  entity_id: string;
  number: string;
  client_id: string;
  status: QuoteStatus;
  quote_date: string;
  valid_until: string;
  title: string;
  lines: QuoteLine[];
  totals: VatSummary;
  total_excl_vat_cents: number;
  total_vat_cents: number;
  total_incl_vat_cents: number;
  language: Language;
  sent_at: Date | null;
  answered_at: Date | null;
  answered_by: 'client' | 'staff' | 'system' | null;
  answer_note: string | null;
  created_at: Date;
}

export async function loadQuote(db: Queryable, id: string, lock = false): Promise<QuoteRow> {
  const { rows } = await db.query<QuoteRow>(
    `SELECT * FROM activity_quotes WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound('activity.quote.not_found');
  return rows[0];
}

/** A sent quote whose validity date has passed is shown expired even before the daily job marks it. */
export function quoteStatusOn(quote: Pick<QuoteRow, 'status' | 'valid_until'>, today: string): QuoteStatus {
  return quote.status === 'sent' && quote.valid_until < today ? 'expired' : quote.status;
}

// --- The client's link --------------------------------------------------------------------------------

const keys = new Map<string, Buffer>();

/**
 * The token of a quote's link: base64url(HMAC-SHA-256(K, "activity-quote:<id>")), K derived from the
 * server secret. The database keeps only its SHA-256 (to find the quote from a link); the participants can
 * show the link again, nobody can guess one.
 */
export function quoteToken(secret: string, quoteId: string): string {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), 'partage', 'activity-quote-link', 32));
    keys.set(secret, key);
  }
  return createHmac('sha256', key).update(`activity-quote:${quoteId}`).digest('base64url');
}

export const QUOTE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function quoteLink(ctx: AppContext, quoteId: string): string {
  return `${ctx.config.publicUrl}/q/${quoteToken(ctx.config.secret, quoteId)}`;
}

/** The quote of a link, or 404. */
export async function quoteOfToken(db: Queryable, token: string, lock = false): Promise<QuoteRow> {
  if (!QUOTE_TOKEN_PATTERN.test(token)) throw DomainError.notFound('activity.quote.not_found');
  const { rows } = await db.query<{ id: string }>('SELECT id FROM activity_quotes WHERE token_hash = $1', [
    sha256(token),
  ]);
  if (!rows[0]) throw DomainError.notFound('activity.quote.not_found');
  return loadQuote(db, rows[0].id, lock);
}

// --- Use cases ----------------------------------------------------------------------------------------

export interface CreateQuoteInput extends QuoteInput {
  clientId: string;
  title: string;
  /** Send it to the client at once. */
  send?: boolean;
}

/**
 * A participant with the `sell` right writes a quote for a client: lines with their VAT treatment (checked
 * for the entity and the client), a validity date; totals per VAT treatment. Saved as a draft, or sent at
 * once to the client with the link to answer it.
 */
export async function createQuote(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: CreateQuoteInput,
): Promise<{ id: string; number: string; link: string | null }> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId);
    requireRight(actor.participant, 'create_quote');
    requireActive(actor.activity);
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    if (title.length === 0) throw DomainError.field('title', 'field.required');
    if (title.length > 200) throw DomainError.field('title', 'field.too_long', { max: 200 });
    const [entity, client] = await Promise.all([
      loadEntity(tx, actor.activity.entity_id),
      loadClient(tx, input.clientId),
    ]);
    const valid = validateQuote(input, {
      today,
      parties: {
        entity: { id: entity.id, country: entity.country, vatRegistered: entity.vat_number !== null },
        client: { kind: client.kind, country: client.country, vatNumber: client.vat_number },
      },
    });
    const number = await activityDocumentReference(tx, 'DEV', entity.id);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO activity_quotes (activity_id, entity_id, number, client_id, quote_date, valid_until, title, lines,
         totals, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents, language, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        actor.activity.id,
        entity.id,
        number,
        client.id,
        valid.date,
        valid.validUntil,
        title,
        JSON.stringify(valid.lines),
        JSON.stringify(valid.totals),
        valid.totals.totalBaseCents,
        valid.totals.totalVatCents,
        valid.totals.totalInclVatCents,
        client.language,
        actor.user.id,
      ],
    );
    const id = rows[0]!.id;
    await recordActivityEvent(tx, actor.activity.id, {
      action: 'quote_created',
      subjectType: 'quote',
      subjectId: id,
      params: { number, amountCents: valid.totals.totalBaseCents },
      actorId: actor.user.id,
    });
    const link = input.send ? await send(ctx, tx, request, actor.activity, id, today) : null;
    return { id, number, link };
  });
}

/** Sends a draft quote to its client (the `sell` right); answers the client's link. */
export async function sendQuote(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  quoteId: string,
): Promise<{ link: string }> {
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId);
    requireRight(actor.participant, 'send_quote');
    requireActive(actor.activity);
    return { link: await send(ctx, tx, request, actor.activity, quoteId, ctx.clock.today()) };
  });
}

async function send(
  ctx: AppContext,
  tx: Queryable,
  request: FastifyRequest,
  activity: ActivityRow,
  quoteId: string,
  today: string,
): Promise<string> {
  const quote = await loadQuote(tx, quoteId, true);
  if (quote.activity_id !== activity.id) throw DomainError.notFound('activity.quote.not_found');
  const next = quoteTransition(quote.status, 'send', {
    actor: 'participant',
    today,
    validUntil: quote.valid_until,
  });
  const token = quoteToken(ctx.config.secret, quote.id);
  await tx.query('UPDATE activity_quotes SET status = $2, token_hash = $3, sent_at = now() WHERE id = $1', [
    quote.id,
    next,
    sha256(token),
  ]);
  const [client, entity] = await Promise.all([
    loadClient(tx, quote.client_id),
    loadEntity(tx, quote.entity_id),
  ]);
  const link = `${ctx.config.publicUrl}/q/${token}`;
  await queueEmail(
    tx,
    {
      entityId: quote.entity_id,
      to: client.email,
      language: client.language,
      template: 'quote_sent',
      params: {
        number: quote.number,
        entity: entity.name,
        title: quote.title,
        amount: formatMoney(quote.total_incl_vat_cents, client.language),
        validUntil: formatDate(quote.valid_until, client.language),
        link,
      },
    },
    ctx.delivery,
  );
  await recordActivityEvent(tx, activity.id, {
    action: 'quote_sent',
    subjectType: 'quote',
    subjectId: quote.id,
    params: { number: quote.number },
    actorId: request.user?.id ?? null,
  });
  return link;
}

/**
 * The client's answer, through the quote's link (no login) or recorded by staff: accept or refuse. A quote
 * is accepted once only (409 `activity.quote.already_accepted`), never after its validity date. The quote's
 * row is locked, so two acceptances at the same moment make one. The participants are told.
 */
export async function answerQuote(
  ctx: AppContext,
  request: FastifyRequest,
  quote: { id: string } | { token: string },
  input: { answer: 'accept' | 'refuse'; note?: string | undefined },
): Promise<QuoteRow> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    let row: QuoteRow;
    let by: 'client' | 'staff';
    if ('token' in quote) {
      row = await quoteOfToken(tx, quote.token, true);
      by = 'client';
    } else {
      const user = request.user;
      if (!user || (!isDecidingStaff(user) && !user.roles.includes('client_service')))
        throw DomainError.forbidden('activity.staff_only');
      row = await loadQuote(tx, quote.id, true);
      by = 'staff';
    }
    const next = quoteTransition(row.status, input.answer, { actor: by, today, validUntil: row.valid_until });
    const note = input.note?.trim() ? input.note.trim().slice(0, 1000) : null;
    await tx.query(
      `UPDATE activity_quotes SET status = $2, answered_at = now(), answered_by = $3, answer_note = $4 WHERE id = $1`,
      [row.id, next, by, note],
    );
    const activity = await loadActivity(tx, row.activity_id);
    await recordActivityEvent(tx, activity.id, {
      action: input.answer === 'accept' ? 'quote_accepted' : 'quote_refused',
      subjectType: 'quote',
      subjectId: row.id,
      params: { number: row.number, by },
      message: note,
      actorId: request.user?.id ?? null,
    });
    await audit(tx, request, {
      action: `activity.quote.${input.answer}`,
      subjectType: 'activity_quote',
      subjectId: row.id,
      entityId: row.entity_id,
      after: { by, note },
    });
    const client = await loadClient(tx, row.client_id);
    const { rows: sellers } = await tx.query<{ first_name: string; email: string; language: Language }>(
      `SELECT p.first_name, p.email, p.language FROM activity_participants ap JOIN people p ON p.id = ap.person_id
        WHERE ap.activity_id = $1 AND ap.removed_at IS NULL AND (ap.administrator OR 'sell' = ANY(ap.rights))`,
      [activity.id],
    );
    for (const seller of sellers) {
      await queueEmail(
        tx,
        {
          entityId: row.entity_id,
          to: seller.email,
          language: seller.language,
          template: 'quote_answered',
          params: {
            name: seller.first_name,
            client: client.name,
            number: row.number,
            title: row.title,
            answer: translator.t(seller.language, `activity.quote.status.label.${next}`),
            link: `${ctx.config.publicUrl}/activities/${activity.id}`,
          },
        },
        ctx.delivery,
      );
    }
    return loadQuote(tx, row.id);
  });
}

/** Marks expired the sent quotes whose validity date has passed (the daily job). */
export async function expireQuotes(db: Queryable, today: string): Promise<number> {
  const { rows } = await db.query(
    `UPDATE activity_quotes SET status = 'expired' WHERE status = 'sent' AND valid_until < $1 RETURNING id`,
    [today],
  );
  return rows.length;
}
