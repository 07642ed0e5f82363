import type { Queryable } from '@partage/db';
import {
  DomainError,
  formatDate,
  formatMoney,
  invoiceBudgetCredit,
  nextScheduledInvoice,
  requireRight,
  splitByLargestRemainder,
  translator,
  validateQuote,
  vatSummary,
  vatTreatmentRule,
  type QuoteLineInput,
  type ScheduleItemInput,
  type ScheduleKind,
  type ScheduledInvoice,
  type VatTreatment,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { accountFor } from '../ledger/index.ts';
import { loadClient, type ClientRow } from '../clients/queries.ts';
import { loadEntity, type EntityRow } from '../membership/queries.ts';
import { issueInvoice, type InvoiceLineInput } from '../invoicing/issue-invoice.ts';
import { clientAccessLink } from '../client-access/access-link.ts';
import { loadInvoice } from '../invoicing/queries.ts';
import { issueCreditNote } from '../invoicing/issue-credit-note.ts';
import { issuePartialCreditNote } from '../invoicing/issue-partial-credit-note.ts';
import { recordActivitySale } from './sales.ts';
import { loadQuote, quoteStatusOn } from './quotes.ts';
import {
  activityActor,
  recordActivityEvent,
  requireActive,
  type ActivityActor,
  type ActivityRow,
} from './queries.ts';

export interface IssuedActivityInvoice {
  id: string;
  number: string;
  amountExclVatCents: number;
  feeCents: number;
  creditCents: number;
}

type DraftLine = Omit<InvoiceLineInput, 'vatCents' | 'vatRateBp'> & { vatTreatment: VatTreatment };

/** Each line's VAT: its group's VAT (computed on the group's base) split over its lines by their bases. */
function withLineVat(lines: DraftLine[], date: string): InvoiceLineInput[] {
  const summary = vatSummary(
    lines.map((l) => ({ baseCents: l.amountExclVatCents, treatment: l.vatTreatment })),
    date,
  );
  const vat = new Map<number, number>();
  for (const group of summary.groups) {
    const members = lines.flatMap((l, i) => (l.vatTreatment === group.treatment ? [i] : []));
    const shares = splitByLargestRemainder(
      group.vatCents,
      members.map((i) => lines[i]!.amountExclVatCents),
    );
    members.forEach((i, k) => vat.set(i, shares[k]!));
  }
  return lines.map((l, i) => ({
    ...l,
    vatRateBp: vatTreatmentRule(l.vatTreatment, date).rateBp,
    vatCents: vat.get(i) ?? 0,
  }));
}

/**
 * Issues an Activity's invoice inside the caller's transaction: the entity's gap-free number, its Peppol
 * UBL, and the ledger entry
 *   client receivables (incl. VAT) = VAT payable + fee income (the mutualised fee) + the Activity's budget
 *   (amount excluding VAT − fee, `invoiceBudgetCredit`).
 * The budget line is recorded in `activity_sales`; the client gets the invoice e-mail with its page link.
 */
async function issueForActivity(
  ctx: AppContext,
  tx: Queryable,
  request: FastifyRequest,
  activity: ActivityRow,
  input: {
    entity: EntityRow;
    client: ClientRow;
    lines: DraftLine[];
    today: string;
    deliveryFrom: string;
    quoteId: string | null;
    scheduleKind: ScheduleKind | null;
    idempotencyKey: string;
  },
): Promise<IssuedActivityInvoice> {
  const { entity, client, today } = input;
  const lines = withLineVat(input.lines, today);
  const amount = lines.reduce((s, l) => s + l.amountExclVatCents, 0);
  const credit = invoiceBudgetCredit({ entity: entity.id, amountExclVatCents: amount, date: today });
  const feeIncome = await accountFor(tx, entity.id, 'fee_income');
  const issued = await issueInvoice(tx, {
    entity,
    client,
    performer: { personId: null, name: `${activity.name} (${activity.reference})`, memberNumber: null },
    contractId: null,
    activity: { id: activity.id, quoteId: input.quoteId, scheduleKind: input.scheduleKind },
    issueDate: today,
    deliveryFrom: input.deliveryFrom,
    deliveryTo: today,
    lines,
    credits: [
      { accountId: feeIncome.id, amountCents: credit.feeCents },
      { accountId: activity.budget_account_id!, amountCents: credit.creditCents },
    ],
    createdBy: request.user?.id ?? null,
    idempotencyKey: input.idempotencyKey,
  });
  await recordActivitySale(tx, {
    activityId: activity.id,
    invoiceId: issued.id,
    documentId: issued.id,
    kind: 'invoice',
    date: today,
    amountExclVatCents: amount,
    feeCents: credit.feeCents,
    creditCents: credit.creditCents,
    journalEntryId: issued.journalEntryId,
  });
  await recordActivityEvent(tx, activity.id, {
    action: 'invoice_issued',
    subjectType: 'invoice',
    subjectId: issued.id,
    params: { number: issued.number, amountCents: amount, creditCents: credit.creditCents },
    actorId: request.user?.id ?? null,
  });
  await audit(tx, request, {
    action: 'activity.invoice.issue',
    subjectType: 'invoice',
    subjectId: issued.id,
    entityId: entity.id,
    after: {
      activity: activity.id,
      number: issued.number,
      amount,
      fee: credit.feeCents,
      quote: input.quoteId,
    },
  });
  const document = issued.document;
  await queueEmail(
    tx,
    {
      entityId: entity.id,
      to: client.email,
      language: client.language,
      template: 'invoice_issued',
      params: {
        client: client.name,
        entity: entity.name,
        number: issued.number,
        performer: activity.name,
        amount: formatMoney(document.totalInclVatCents, client.language),
        due: formatDate(document.dueDate!, client.language),
        iban: entity.iban ?? '',
        reference: document.structuredCommunication,
        link: await clientAccessLink(tx, ctx.config, client.id),
      },
    },
    ctx.delivery,
  );
  return {
    id: issued.id,
    number: issued.number,
    amountExclVatCents: amount,
    feeCents: credit.feeCents,
    creditCents: credit.creditCents,
  };
}

function requireSeller(actor: ActivityActor): void {
  requireRight(actor.participant, 'issue_invoice');
  requireActive(actor.activity);
}

/**
 * The next invoice of an accepted quote (a participant with `sell`): a deposit, an intermediate invoice
 * (a percentage of the quote or an amount) or the final invoice for what remains (the domain's
 * `nextScheduledInvoice`). The quote is locked so two invoices of one quote are judged one after the other.
 */
export async function invoiceQuote(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  quoteId: string,
  schedule: ScheduleItemInput,
): Promise<IssuedActivityInvoice> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId);
    requireSeller(actor);
    const quote = await loadQuote(tx, quoteId, true);
    if (quote.activity_id !== actor.activity.id) throw DomainError.notFound('activity.quote.not_found');
    if (quoteStatusOn(quote, today) !== 'accepted') {
      throw DomainError.conflict('activity.quote.not_accepted', { number: quote.number });
    }
    const { rows } = await tx.query<{
      id: string;
      schedule_kind: ScheduleKind;
      treatment: VatTreatment;
      base: number;
    }>(
      `SELECT i.id, i.schedule_kind, l.vat_treatment AS treatment, sum(l.amount_excl_vat_cents)::bigint AS base
         FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
        WHERE i.quote_id = $1 AND i.kind = 'invoice' AND i.status <> 'credited'
        GROUP BY i.id, i.schedule_kind, l.vat_treatment ORDER BY min(i.created_at)`,
      [quote.id],
    );
    const invoiced = new Map<
      string,
      ScheduledInvoice & { lines: { treatment: VatTreatment; baseCents: number }[] }
    >();
    for (const row of rows) {
      const entry = invoiced.get(row.id) ?? { kind: row.schedule_kind, lines: [] };
      entry.lines.push({ treatment: row.treatment, baseCents: Number(row.base) });
      invoiced.set(row.id, entry);
    }
    const groups = quote.totals.groups.map((g) => ({ treatment: g.treatment, baseCents: g.baseCents }));
    const next = nextScheduledInvoice(groups, [...invoiced.values()], schedule);
    const [entity, client] = await Promise.all([
      loadEntity(tx, quote.entity_id),
      loadClient(tx, quote.client_id),
    ]);
    const language = client.language;
    let lines: DraftLine[];
    if (next.kind === 'final' && invoiced.size === 0) {
      // The whole quote in one invoice: its own lines.
      lines = quote.lines.map((l) => ({
        description: l.description,
        quantityCenti: l.centiQuantity,
        unit: 'unit',
        unitPriceCents: l.unitPriceCents,
        amountExclVatCents: l.baseCents,
        vatTreatment: l.vatTreatment,
      }));
    } else {
      const label = translator.t(language, `activity.schedule.kind.${next.kind}`);
      const share =
        next.kind === 'final'
          ? ''
          : ` (${((next.amountExclVatCents / quote.total_excl_vat_cents) * 100).toFixed(1).replace('.0', '')} %)`;
      lines = next.lines.map((l) => ({
        description: `${label}${share} – ${quote.number} ${quote.title}`.slice(0, 500),
        quantityCenti: 100,
        unit: 'unit',
        unitPriceCents: l.baseCents,
        amountExclVatCents: l.baseCents,
        vatTreatment: l.treatment,
      }));
    }
    return issueForActivity(ctx, tx, request, actor.activity, {
      entity,
      client,
      lines,
      today,
      deliveryFrom: quote.quote_date,
      quoteId: quote.id,
      scheduleKind: next.kind,
      idempotencyKey: `activity-invoice:${quote.id}:${invoiced.size + 1}`,
    });
  });
}

/** An invoice without a quote (a participant with `sell`): lines checked like a quote's. */
export async function issueDirectInvoice(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: { clientId: string; lines: QuoteLineInput[]; deliveryFrom?: string | undefined; key: string },
): Promise<IssuedActivityInvoice> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId);
    requireSeller(actor);
    const [entity, client] = await Promise.all([
      loadEntity(tx, actor.activity.entity_id),
      loadClient(tx, input.clientId),
    ]);
    const valid = validateQuote(
      { lines: input.lines, validUntil: today },
      {
        today,
        parties: {
          entity: { id: entity.id, country: entity.country, vatRegistered: entity.vat_number !== null },
          client: { kind: client.kind, country: client.country, vatNumber: client.vat_number },
        },
      },
    );
    const deliveryFrom = input.deliveryFrom && input.deliveryFrom <= today ? input.deliveryFrom : today;
    return issueForActivity(ctx, tx, request, actor.activity, {
      entity,
      client,
      lines: valid.lines.map((l) => ({
        description: l.description,
        quantityCenti: l.centiQuantity,
        unit: 'unit',
        unitPriceCents: l.unitPriceCents,
        amountExclVatCents: l.baseCents,
        vatTreatment: l.vatTreatment,
      })),
      today,
      deliveryFrom,
      quoteId: null,
      scheduleKind: null,
      idempotencyKey: `activity-direct-invoice:${actor.activity.id}:${input.key}`,
    });
  });
}

/**
 * A credit note on one of the Activity's invoices (a participant with `sell`, or client service): the whole
 * invoice while nothing was paid (its entry reversed), or part of what is still due (`amountExclVatCents`).
 * Either way the budget gives back what the credited part had brought it.
 */
export async function creditActivityInvoice(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  invoiceId: string,
  input: { amountExclVatCents?: number | undefined; reason: string },
): Promise<{ id: string; number: string }> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId, true);
    if (!actor.user.roles.some((r) => r === 'client_service' || r === 'admin')) {
      requireRight(actor.participant, 'issue_credit_note');
    }
    const invoice = await loadInvoice(tx, invoiceId, true);
    if (invoice.activity_id !== actor.activity.id || invoice.kind !== 'invoice') {
      throw DomainError.notFound('invoice.not_found');
    }
    const args = { invoiceId: invoice.id, date: today, reason: input.reason, createdBy: actor.user.id };
    const note =
      input.amountExclVatCents === undefined
        ? await issueCreditNote(tx, args)
        : await issuePartialCreditNote(tx, { ...args, amountExclVatCents: input.amountExclVatCents });
    await recordActivityEvent(tx, actor.activity.id, {
      action: 'credit_note_issued',
      subjectType: 'invoice',
      subjectId: note.id,
      params: { number: note.number, invoice: invoice.number },
      message: input.reason,
      actorId: actor.user.id,
    });
    await audit(tx, request, {
      action: 'activity.invoice.credit',
      subjectType: 'invoice',
      subjectId: invoice.id,
      entityId: invoice.entity_id,
      after: {
        creditNote: note.number,
        amountExclVatCents: input.amountExclVatCents ?? null,
        reason: input.reason,
      },
    });
    return { id: note.id, number: note.number };
  });
}
