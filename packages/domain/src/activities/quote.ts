/**
 * Quotes (devis) of an Activity and the invoices that follow an accepted quote.
 *
 * A quote has lines (description, quantity, unit price excluding VAT, VAT treatment per line) and a
 * validity date; its totals are the invoice's VAT breakdown (`vatSummary`: VAT per treatment on the sum of
 * the bases, half up, EN 16931 BR-CO-17). A line's base is quantity × unit price, half up to the cent.
 *
 * Life cycle:
 *
 *   draft ──send──▶ sent ──accept──▶ accepted
 *                   sent ──refuse──▶ refused
 *                   sent ──expire──▶ expired        (the day after its validity date)
 *
 * A quote is accepted once only: a second acceptance is refused (409 `activity.quote.already_accepted`),
 * as is an acceptance after the validity date (409 `activity.quote.expired`) even if the daily job has not
 * marked it expired yet. The client accepts through the link of the quote e-mail (no login) or staff
 * record the acceptance; a participant with the `sell` right sends it.
 *
 * Invoice schedule: an accepted quote becomes one or several invoices: an optional deposit (first),
 * intermediate invoices, and a final invoice for what remains. Each non-final invoice is a percentage of the
 * quote's total excluding VAT (half up) or an amount; the sum never exceeds the quote. Its amount is spread
 * over the quote's VAT treatments in proportion to what remains to invoice of each (largest remainder),
 * never more than remains of any; the final invoice takes exactly what remains of each treatment, so the
 * invoices of a quote sum to its total excluding VAT to the cent (their VAT, rounded per invoice, may
 * differ from the quote's by a cent per invoice).
 */
import { DomainError } from '../errors.ts';
import { addDays } from '../contracts/dates.ts';
import {
  checkVatTreatment,
  isVatTreatment,
  vatSummary,
  VAT_TREATMENTS,
  type VatSummary,
  type VatTreatment,
  type VatTreatmentParties,
} from '../contracts/vat.ts';
import { formatCents, mulDiv } from '../payroll/arith.ts';
import { date, integer, push, scaled, text, throwIfAny, trustedDate, type Issues } from './input.ts';
import { MAX_AMOUNT_CENTS } from '../payroll/engine.ts';

export const QUOTE_MAX_LINES = 100;
export const QUOTE_LINE_DESCRIPTION_MAX_LENGTH = 500;
/** Longest validity of a quote from its date (platform default). */
export const QUOTE_MAX_VALIDITY_DAYS = 365;
/** Quantities have at most two decimals (hundredths), at most 1,000,000. */
export const QUOTE_MAX_CENTI_QUANTITY = 100_000_000;

export interface QuoteLineInput {
  description: string;
  /** Number of units, at most two decimals (e.g. 1.5 days). */
  quantity: number;
  /** Price of one unit excluding VAT, in cents (0 allowed: an offered item). */
  unitPriceCents: number;
  vatTreatment: string;
}

export interface QuoteInput {
  lines: QuoteLineInput[];
  /** Last day the client may accept, `YYYY-MM-DD`. */
  validUntil: string;
}

export interface QuoteContext {
  /** The quote's date (today, in the entity's time zone). */
  today: string;
  /** When known, each line's VAT treatment is checked for this entity and client (`checkVatTreatment`). */
  parties?: VatTreatmentParties;
}

export interface QuoteLine {
  description: string;
  /** Quantity in hundredths (150 = 1.5). */
  centiQuantity: number;
  unitPriceCents: number;
  /** quantity × unit price, half up. */
  baseCents: number;
  vatTreatment: VatTreatment;
}

export interface ValidQuote {
  date: string;
  validUntil: string;
  lines: QuoteLine[];
  totals: VatSummary;
}

/** Checks a quote draft; every problem at once (422), lines named `lines.<i>.<field>`. */
export function validateQuote(input: QuoteInput, context: QuoteContext): ValidQuote {
  const today = trustedDate('today', context.today);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<string, unknown>>;
  const issues: Issues = [];
  const lines: QuoteLine[] = [];
  if (!Array.isArray(raw.lines) || raw.lines.length === 0)
    push(issues, 'lines', 'activity.quote.lines_required');
  else if (raw.lines.length > QUOTE_MAX_LINES)
    push(issues, 'lines', 'field.too_big', { max: QUOTE_MAX_LINES });
  else {
    raw.lines.forEach((value: unknown, i) => {
      const line = (typeof value === 'object' && value !== null ? value : {}) as Partial<
        Record<string, unknown>
      >;
      const f = `lines.${i}`;
      const description = text(
        issues,
        `${f}.description`,
        line.description,
        1,
        QUOTE_LINE_DESCRIPTION_MAX_LENGTH,
      );
      const centiQuantity = scaled(issues, `${f}.quantity`, line.quantity, 2, QUOTE_MAX_CENTI_QUANTITY);
      const unitPriceCents = integer(issues, `${f}.unitPriceCents`, line.unitPriceCents, 0, MAX_AMOUNT_CENTS);
      let vatTreatment: VatTreatment | undefined;
      if (!isVatTreatment(line.vatTreatment)) {
        push(issues, `${f}.vatTreatment`, 'contract.vat.unknown', { treatment: String(line.vatTreatment) });
      } else {
        vatTreatment = line.vatTreatment;
        if (context.parties) {
          for (const issue of checkVatTreatment({ treatment: vatTreatment, ...context.parties })) {
            issues.push({ ...issue, field: `${f}.vatTreatment` });
          }
        }
      }
      if (
        description === undefined ||
        centiQuantity === undefined ||
        unitPriceCents === undefined ||
        !vatTreatment
      )
        return;
      const baseCents = mulDiv(centiQuantity, unitPriceCents, 100, 'half-up');
      if (baseCents > MAX_AMOUNT_CENTS) {
        push(issues, `${f}.unitPriceCents`, 'field.too_big', { max: formatCents(MAX_AMOUNT_CENTS) });
        return;
      }
      lines.push({ description, centiQuantity, unitPriceCents, baseCents, vatTreatment });
    });
  }
  const validUntil = date(issues, 'validUntil', raw.validUntil);
  if (validUntil !== undefined) {
    if (validUntil < today) push(issues, 'validUntil', 'activity.quote.valid_until_past', { today });
    else if (validUntil > addDays(today, QUOTE_MAX_VALIDITY_DAYS)) {
      push(issues, 'validUntil', 'activity.quote.valid_until_too_far', { max: QUOTE_MAX_VALIDITY_DAYS });
    }
  }
  throwIfAny(issues);
  const totals = vatSummary(
    lines.map((l) => ({ baseCents: l.baseCents, treatment: l.vatTreatment })),
    today,
  );
  if (totals.totalBaseCents <= 0) throw DomainError.field('lines', 'activity.quote.total_zero');
  if (totals.totalBaseCents > MAX_AMOUNT_CENTS) {
    throw DomainError.field('lines', 'activity.quote.total_too_big', { max: formatCents(MAX_AMOUNT_CENTS) });
  }
  return { date: today, validUntil: validUntil!, lines, totals };
}

// --- Life cycle --------------------------------------------------------------------------------------

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'refused', 'expired'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const QUOTE_ACTIONS = ['send', 'accept', 'refuse', 'expire'] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];

/**
 * participant: a participant of the Activity (the server checks the `sell` right with `can`); client: the
 * client through the quote's link; staff: back office; system: the daily job.
 */
export type QuoteActor = 'participant' | 'client' | 'staff' | 'system';

export interface QuoteTransitionContext {
  actor: QuoteActor;
  today: string;
  validUntil: string;
}

const QUOTE_RULES: Readonly<
  Record<QuoteAction, { from: QuoteStatus; to: QuoteStatus; actors: readonly QuoteActor[] }>
> = {
  send: { from: 'draft', to: 'sent', actors: ['participant', 'staff'] },
  accept: { from: 'sent', to: 'accepted', actors: ['client', 'staff'] },
  refuse: { from: 'sent', to: 'refused', actors: ['client', 'staff'] },
  expire: { from: 'sent', to: 'expired', actors: ['system', 'staff'] },
};

export function isQuoteStatus(value: unknown): value is QuoteStatus {
  return typeof value === 'string' && (QUOTE_STATUSES as readonly string[]).includes(value);
}

export function isQuoteAction(value: unknown): value is QuoteAction {
  return typeof value === 'string' && (QUOTE_ACTIONS as readonly string[]).includes(value);
}

/**
 * The quote's status after `action`, or a DomainError: 403 actor, 409 status (a second acceptance is
 * `activity.quote.already_accepted`; an acceptance after the validity date `activity.quote.expired`).
 */
export function quoteTransition(
  status: QuoteStatus,
  action: QuoteAction,
  context: QuoteTransitionContext,
): QuoteStatus {
  const rule = isQuoteAction(action) ? QUOTE_RULES[action] : undefined;
  if (!rule || !isQuoteStatus(status)) {
    throw DomainError.conflict('activity.quote.transition', { from: String(status), action: String(action) });
  }
  if (!rule.actors.includes(context.actor)) {
    throw DomainError.forbidden('activity.quote.actor_forbidden', { action, actor: String(context.actor) });
  }
  const today = trustedDate('today', context.today);
  const validUntil = trustedDate('validUntil', context.validUntil);
  if (action === 'accept' && status === 'accepted')
    throw DomainError.conflict('activity.quote.already_accepted');
  if (status !== rule.from) throw DomainError.conflict('activity.quote.transition', { from: status, action });
  if ((action === 'accept' || action === 'refuse') && today > validUntil) {
    throw DomainError.conflict('activity.quote.expired', { validUntil });
  }
  if (action === 'send' && today > validUntil)
    throw DomainError.conflict('activity.quote.expired', { validUntil });
  if (action === 'expire' && today <= validUntil) {
    throw DomainError.conflict('activity.quote.still_valid', { validUntil });
  }
  return rule.to;
}

// --- Invoice schedule --------------------------------------------------------------------------------

export const SCHEDULE_KINDS = ['deposit', 'intermediate', 'final'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** One planned invoice: a percentage (basis points of the quote's total excl. VAT) or an amount. */
export interface ScheduleItemInput {
  kind: ScheduleKind;
  /** 3000 = 30 %. */
  percentBp?: number;
  amountCents?: number;
}

/** The quote's base per VAT treatment (its `totals.groups`). */
export interface TreatmentAmount {
  treatment: VatTreatment;
  baseCents: number;
}

/** An invoice already made from the quote. */
export interface ScheduledInvoice {
  kind: ScheduleKind;
  lines: readonly TreatmentAmount[];
}

export interface NextInvoice {
  kind: ScheduleKind;
  amountExclVatCents: number;
  /** Base per VAT treatment (non-zero ones, in the order of `VAT_TREATMENTS`). */
  lines: TreatmentAmount[];
  /** What remains to invoice after this one. */
  remainingAfterCents: number;
}

function byTreatment(amounts: readonly TreatmentAmount[]): Map<VatTreatment, number> {
  const map = new Map<VatTreatment, number>();
  for (const a of amounts) map.set(a.treatment, (map.get(a.treatment) ?? 0) + a.baseCents);
  return map;
}

/** What remains to invoice of the quote, in total and per VAT treatment. */
export function remainingToInvoice(
  quote: readonly TreatmentAmount[],
  invoiced: readonly ScheduledInvoice[],
): { totalCents: number; lines: TreatmentAmount[] } {
  const bases = byTreatment(quote);
  const done = byTreatment(invoiced.flatMap((i) => i.lines));
  const lines = VAT_TREATMENTS.flatMap((treatment) => {
    const base = bases.get(treatment);
    if (base === undefined) return [];
    return [{ treatment, baseCents: base - (done.get(treatment) ?? 0) }];
  });
  return { totalCents: lines.reduce((s, l) => s + l.baseCents, 0), lines };
}

/** The amount of a share of `totalCents`: percentage half up, or the amount. Issues on `field`. */
function shareAmount(issues: Issues, field: string, item: Partial<ScheduleItemInput>, totalCents: number) {
  const hasPercent = item.percentBp !== undefined && item.percentBp !== null;
  const hasAmount = item.amountCents !== undefined && item.amountCents !== null;
  if (hasPercent === hasAmount) {
    push(issues, field, 'activity.schedule.share_required');
    return undefined;
  }
  if (hasPercent) {
    const bp = integer(issues, `${field}.percentBp`, item.percentBp, 1, 10_000);
    return bp === undefined ? undefined : mulDiv(totalCents, bp, 10_000, 'half-up');
  }
  return integer(issues, `${field}.amountCents`, item.amountCents, 1, MAX_AMOUNT_CENTS);
}

function checkKindOrder(kind: ScheduleKind, previous: readonly ScheduleKind[]): string | undefined {
  if (previous.includes('final')) return 'activity.schedule.final_done';
  if (kind === 'deposit' && previous.length > 0) return 'activity.schedule.deposit_first';
  return undefined;
}

/**
 * Spreads `amount` over the remaining bases in proportion, largest remainder first, never more than
 * remains of a treatment. Requires 0 < amount ≤ Σ remaining.
 */
function spread(amount: number, remaining: readonly TreatmentAmount[]): TreatmentAmount[] {
  const positive = remaining.filter((r) => r.baseCents > 0);
  const total = positive.reduce((s, r) => s + r.baseCents, 0);
  const parts = positive.map((r) => {
    const product = BigInt(amount) * BigInt(r.baseCents);
    return {
      treatment: r.treatment,
      max: r.baseCents,
      cents: Number(product / BigInt(total)),
      rest: product % BigInt(total),
    };
  });
  let left = amount - parts.reduce((s, p) => s + p.cents, 0);
  const order = [...parts].sort((a, b) => (a.rest === b.rest ? 0 : a.rest > b.rest ? -1 : 1));
  for (const part of order) {
    if (left === 0) break;
    if (part.cents < part.max) {
      part.cents += 1;
      left -= 1;
    }
  }
  if (left !== 0) throw new Error('spread: amount exceeds what remains');
  return parts.filter((p) => p.cents > 0).map((p) => ({ treatment: p.treatment, baseCents: p.cents }));
}

/**
 * The next invoice of an accepted quote. `quote` is its base per treatment (`totals.groups`), `invoiced`
 * the invoices already made from it. Errors (field `schedule`): a second deposit or a deposit after another
 * invoice, anything after the final invoice, nothing left, or an amount above what remains (409
 * `activity.schedule.exceeds`, with `remaining`). A final invoice gives no percentage or amount.
 */
export function nextScheduledInvoice(
  quote: readonly TreatmentAmount[],
  invoiced: readonly ScheduledInvoice[],
  request: ScheduleItemInput,
): NextInvoice {
  const raw = (typeof request === 'object' && request !== null ? request : {}) as Partial<ScheduleItemInput>;
  if (!(SCHEDULE_KINDS as readonly unknown[]).includes(raw.kind)) {
    throw DomainError.field('kind', 'field.invalid_choice');
  }
  const kind = raw.kind as ScheduleKind;
  const orderProblem = checkKindOrder(
    kind,
    invoiced.map((i) => i.kind),
  );
  if (orderProblem) throw DomainError.conflict(orderProblem);
  const quoteTotal = quote.reduce((s, q) => s + q.baseCents, 0);
  const remaining = remainingToInvoice(quote, invoiced);
  if (remaining.totalCents <= 0) throw DomainError.conflict('activity.schedule.nothing_left');
  if (kind === 'final') {
    if (raw.percentBp !== undefined || raw.amountCents !== undefined) {
      throw DomainError.field('schedule', 'activity.schedule.final_is_rest');
    }
    return {
      kind,
      amountExclVatCents: remaining.totalCents,
      lines: remaining.lines.filter((l) => l.baseCents !== 0),
      remainingAfterCents: 0,
    };
  }
  const issues: Issues = [];
  const amount = shareAmount(issues, 'schedule', raw, quoteTotal);
  throwIfAny(issues);
  if (amount! > remaining.totalCents) {
    throw DomainError.conflict('activity.schedule.exceeds', {
      remaining: formatCents(remaining.totalCents),
      remainingCents: remaining.totalCents,
    });
  }
  return {
    kind,
    amountExclVatCents: amount!,
    lines: spread(amount!, remaining.lines),
    remainingAfterCents: remaining.totalCents - amount!,
  };
}

export interface PlannedInvoice {
  kind: ScheduleKind;
  amountExclVatCents: number;
}

/**
 * Checks a whole schedule at once (the plan shown when the quote is accepted): kinds in order, shares
 * valid, their sum within the quote total; a final item takes the rest and must have something left.
 * Returns the amounts and what would remain to invoice. Issues are named `schedule.<i>`.
 */
export function planSchedule(
  totalExclVatCents: number,
  items: readonly ScheduleItemInput[],
): { invoices: PlannedInvoice[]; remainingCents: number } {
  if (!Number.isSafeInteger(totalExclVatCents) || totalExclVatCents <= 0) {
    throw new RangeError('the quote total must be positive integer cents');
  }
  const issues: Issues = [];
  if (!Array.isArray(items) || items.length === 0) {
    throw DomainError.field('schedule', 'field.required');
  }
  const kinds: ScheduleKind[] = [];
  const invoices: PlannedInvoice[] = [];
  let left = totalExclVatCents;
  items.forEach((value, i) => {
    const item = (typeof value === 'object' && value !== null ? value : {}) as Partial<ScheduleItemInput>;
    const field = `schedule.${i}`;
    if (!(SCHEDULE_KINDS as readonly unknown[]).includes(item.kind)) {
      push(issues, `${field}.kind`, 'field.invalid_choice');
      return;
    }
    const kind = item.kind as ScheduleKind;
    const problem = checkKindOrder(kind, kinds);
    kinds.push(kind);
    if (problem) {
      push(issues, `${field}.kind`, problem);
      return;
    }
    if (kind === 'final') {
      if (item.percentBp !== undefined || item.amountCents !== undefined) {
        push(issues, field, 'activity.schedule.final_is_rest');
      } else if (left <= 0) push(issues, field, 'activity.schedule.nothing_left');
      else {
        invoices.push({ kind, amountExclVatCents: left });
        left = 0;
      }
      return;
    }
    const amount = shareAmount(issues, field, item, totalExclVatCents);
    if (amount === undefined) return;
    if (amount > left) {
      push(issues, field, 'activity.schedule.exceeds', {
        remaining: formatCents(left),
        remainingCents: left,
      });
      return;
    }
    invoices.push({ kind, amountExclVatCents: amount });
    left -= amount;
  });
  throwIfAny(issues);
  return { invoices, remainingCents: left };
}
