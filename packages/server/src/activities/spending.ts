import type { Queryable } from '@partage/db';
import {
  DomainError,
  RECEIPT_SNIFF_BYTES,
  checkReceipt,
  expenseApprovalRoute,
  purchaseApprovalRoute,
  requireAffordable,
  requireRight,
  validateExpenseClaim,
  validatePurchase,
  type ExpenseClaimInput,
  type FieldIssue,
  type PurchaseInput,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { loadEntity } from '../membership/queries.ts';
import { createHash } from 'node:crypto';
import { UUID } from '../ledger/accounts.ts';
import { loadBudget } from './budget.ts';
import { recordSubmission } from './submitted-request.ts';
import {
  activityActor,
  activityDocumentReference,
  participantsOf,
  requireActive,
  settingsOf,
} from './queries.ts';

/**
 * A receipt or a supplier invoice, uploaded by a participant who may spend: a photo (JPEG, PNG, WebP) or a
 * PDF, judged on its first bytes, at most the entity's size limit. Kept with its SHA-256.
 */
export async function uploadFile(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  file: { bytes: Buffer; declaredType: string; name: string | null },
): Promise<{ id: string; contentType: string; sizeBytes: number }> {
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId);
    requireRight(actor.participant, 'claim_expense');
    requireActive(actor.activity);
    const settings = await settingsOf(tx, actor.activity.entity_id);
    const type = checkReceipt(
      {
        declaredType: file.declaredType,
        sizeBytes: file.bytes.length,
        head: file.bytes.subarray(0, RECEIPT_SNIFF_BYTES),
      },
      settings.receiptMaxBytes,
    );
    // Only the name's printable characters are kept (no control characters, no path separators).
    const name = file.name
      ? [...file.name]
          .map((c) => (c < ' ' || c === '/' || c === '\\' ? '_' : c))
          .join('')
          .slice(0, 200)
      : null;
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO activity_files (activity_id, content_type, file_name, size_bytes, sha256, bytes, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        actor.activity.id,
        type,
        name,
        file.bytes.length,
        createHash('sha256').update(file.bytes).digest('hex'),
        file.bytes,
        actor.user.id,
      ],
    );
    return { id: rows[0]!.id, contentType: type, sizeBytes: file.bytes.length };
  });
}

/** The files of this Activity among `ids` (uploaded, not used by another document). */
async function checkFiles(
  tx: Queryable,
  activityId: string,
  wanted: Array<{ field: string; id: unknown }>,
): Promise<void> {
  const issues: FieldIssue[] = [];
  const ids = wanted.filter((w) => typeof w.id === 'string' && UUID.test(w.id)).map((w) => w.id as string);
  const { rows } = await tx.query<{ id: string }>(
    'SELECT id FROM activity_files WHERE activity_id = $1 AND id = ANY($2::uuid[])',
    [activityId, ids],
  );
  const known = new Set(rows.map((r) => r.id));
  for (const w of wanted) {
    if (typeof w.id !== 'string' || !known.has(w.id))
      issues.push({ field: w.field, code: 'activity.file.required' });
  }
  if (issues.length > 0) throw new DomainError('validation', issues);
}

async function lockedSpender(ctx: AppContext, tx: Queryable, request: FastifyRequest, activityId: string) {
  const actor = await activityActor(tx, request, activityId, true);
  requireRight(actor.participant, 'claim_expense');
  requireActive(actor.activity);
  if (!actor.personId) throw DomainError.forbidden('activity.not_participant');
  const [entity, settings, budget] = await Promise.all([
    loadEntity(tx, actor.activity.entity_id),
    settingsOf(tx, actor.activity.entity_id),
    loadBudget(tx, actor.activity.id, ctx.clock.today()),
  ]);
  return { actor, entity, settings, budget };
}

export type ExpenseClaimBody = ExpenseClaimInput & {
  lines: Array<ExpenseClaimInput['lines'][number] & { receiptFileId?: string }>;
};

/**
 * An expense claim (a participant with `spend`): receipt lines (each with its photo or PDF) and mileage
 * lines; VAT recovered where the law allows it; refused when the free budget cannot cover what it costs
 * the budget (checked on the locked Activity: two claims on the last euros are judged one after the other).
 * It then waits for its approval route.
 */
export async function claimExpenses(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: ExpenseClaimBody,
): Promise<{ id: string; reference: string; route: string[] }> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const { actor, entity, settings, budget } = await lockedSpender(ctx, tx, request, activityId);
    const claim = validateExpenseClaim(input, {
      today,
      entity: { id: entity.id, vatRegistered: entity.vat_number !== null },
    });
    await checkFiles(
      tx,
      actor.activity.id,
      claim.receiptLines.map((i) => ({
        field: `lines.${i}.receiptFileId`,
        id: input.lines[i]?.receiptFileId,
      })),
    );
    requireAffordable(budget, claim.budgetCostCents);
    const route = expenseApprovalRoute(claim, actor.personId!, participantsOf(actor), settings);
    const reference = await activityDocumentReference(tx, 'NDF', entity.id);
    const lines = claim.lines.map((l, i) => ({
      ...l,
      receiptFileId: l.kind === 'receipt' ? input.lines[i]!.receiptFileId : null,
    }));
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO activity_expense_claims (activity_id, entity_id, reference, person_id, lines, claimed_cents,
         recoverable_vat_cents, budget_cost_cents, route, submitted_on, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        actor.activity.id,
        entity.id,
        reference,
        actor.personId,
        JSON.stringify(lines),
        claim.claimedCents,
        claim.recoverableVatCents,
        claim.budgetCostCents,
        route,
        today,
        actor.user.id,
      ],
    );
    const id = rows[0]!.id;
    await recordSubmission(ctx, tx, request, actor, {
      subjectType: 'expense_claim',
      id,
      reference,
      amountCents: claim.claimedCents,
      route,
      eventAction: 'expense_claimed',
      eventParams: { amountCents: claim.claimedCents },
      auditAction: 'activity.expense.claim',
      auditAfter: { claimed: claim.claimedCents, cost: claim.budgetCostCents },
    });
    return { id, reference, route };
  });
}

/**
 * A supplier's invoice to pay from the budget (a participant with `spend`), with the invoice file; an
 * investment when the equipment is kept for years. The same supplier invoice is accepted once. Refused
 * when the free budget cannot cover it; then it waits for its approval route.
 */
export async function recordPurchase(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: PurchaseInput & { fileId: string },
): Promise<{ id: string; reference: string; route: string[] }> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const { actor, entity, settings, budget } = await lockedSpender(ctx, tx, request, activityId);
    const purchase = validatePurchase(input, {
      today,
      entity: { id: entity.id, vatRegistered: entity.vat_number !== null },
    });
    await checkFiles(tx, actor.activity.id, [{ field: 'fileId', id: input.fileId }]);
    const { rows: seen } = await tx.query(
      `SELECT 1 FROM activity_purchases WHERE entity_id = $1 AND supplier_iban = $2 AND supplier_invoice_number = $3
         AND status <> 'refused'`,
      [entity.id, purchase.supplierIban, purchase.supplierInvoiceNumber],
    );
    if (seen.length > 0) throw DomainError.field('supplierInvoiceNumber', 'activity.purchase.duplicate');
    requireAffordable(budget, purchase.budgetCostCents);
    const route = purchaseApprovalRoute(purchase, actor.personId!, participantsOf(actor), settings);
    const reference = await activityDocumentReference(tx, 'ACH', entity.id);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO activity_purchases (activity_id, entity_id, reference, person_id, supplier_name, supplier_iban,
         supplier_invoice_number, description, category, investment, invoice_date, due_date, amount_excl_vat_cents,
         vat_cents, total_incl_vat_cents, recoverable_vat_cents, budget_cost_cents, file_id, route, submitted_on,
         submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
       RETURNING id`,
      [
        actor.activity.id,
        entity.id,
        reference,
        actor.personId,
        purchase.supplierName,
        purchase.supplierIban,
        purchase.supplierInvoiceNumber,
        purchase.description,
        purchase.category,
        purchase.investment,
        purchase.invoiceDate,
        purchase.dueDate,
        purchase.amountExclVatCents,
        purchase.vatCents,
        purchase.totalInclVatCents,
        purchase.recoverableVatCents,
        purchase.budgetCostCents,
        input.fileId,
        route,
        today,
        actor.user.id,
      ],
    );
    const id = rows[0]!.id;
    await recordSubmission(ctx, tx, request, actor, {
      subjectType: 'purchase',
      id,
      reference,
      amountCents: purchase.totalInclVatCents,
      route,
      eventAction: 'purchase_recorded',
      eventParams: { amountCents: purchase.totalInclVatCents, supplier: purchase.supplierName },
      auditAction: 'activity.purchase.record',
      auditAfter: { total: purchase.totalInclVatCents, cost: purchase.budgetCostCents },
    });
    return { id, reference, route };
  });
}
