import type { Queryable } from '@partage/db';
import {
  type Language,
  type QuoteInput,
  type QuoteLine,
  type QuoteStatus,
  type VatSummary,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
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
export declare function loadQuote(db: Queryable, id: string, lock?: boolean): Promise<QuoteRow>;
/** A sent quote whose validity date has passed is shown expired even before the daily job marks it. */
export declare function quoteStatusOn(
  quote: Pick<QuoteRow, 'status' | 'valid_until'>,
  today: string,
): QuoteStatus;
/**
 * The token of a quote's link: base64url(HMAC-SHA-256(K, "activity-quote:<id>")), K derived from the
 * server secret. The database keeps only its SHA-256 (to find the quote from a link); the participants can
 * show the link again, nobody can guess one.
 */
export declare function quoteToken(secret: string, quoteId: string): string;
export declare const QUOTE_TOKEN_PATTERN: RegExp;
export declare function quoteLink(ctx: AppContext, quoteId: string): string;
/** The quote of a link, or 404. */
export declare function quoteOfToken(db: Queryable, token: string, lock?: boolean): Promise<QuoteRow>;
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
export declare function createQuote(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: CreateQuoteInput,
): Promise<{
  id: string;
  number: string;
  link: string | null;
}>;
/** Sends a draft quote to its client (the `sell` right); answers the client's link. */
export declare function sendQuote(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  quoteId: string,
): Promise<{
  link: string;
}>;
/**
 * The client's answer, through the quote's link (no login) or recorded by staff: accept or refuse. A quote
 * is accepted once only (409 `activity.quote.already_accepted`), never after its validity date. The quote's
 * row is locked, so two acceptances at the same moment make one. The participants are told.
 */
export declare function answerQuote(
  ctx: AppContext,
  request: FastifyRequest,
  quote:
    | {
        id: string;
      }
    | {
        token: string;
      },
  input: {
    answer: 'accept' | 'refuse';
    note?: string | undefined;
  },
): Promise<QuoteRow>;
/** Marks expired the sent quotes whose validity date has passed (the daily job). */
export declare function expireQuotes(db: Queryable, today: string): Promise<number>;
