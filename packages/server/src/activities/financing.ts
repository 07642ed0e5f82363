import type { Queryable } from '@partage/db';
import {
  DomainError,
  requireRight,
  validateFinancingRequest,
  type FinancingRequestInput,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { requireUser } from '../auth/guards.ts';
import { accountFor, postEntry } from '../ledger/index.ts';
import { UUID } from '../ledger/accounts.ts';
import { loadBudget } from './budget.ts';
import {
  activityActor,
  activityDocumentReference,
  loadActivity,
  recordActivityEvent,
  requireActive,
  requireDecidingStaff,
  settingsOf,
} from './queries.ts';

/**
 * The Activity's administrator (right `manage`) asks for an internal 0 % loan or an equipment financing:
 * principal, months, first due date, purpose; the arrangement fee of the day and the monthly schedule are
 * computed and shown to staff, who decide.
 */
export async function requestFinancing(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: FinancingRequestInput,
): Promise<{ id: string; reference: string }> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId);
    requireRight(actor.participant, 'request_financing');
    requireActive(actor.activity);
    const settings = await settingsOf(tx, actor.activity.entity_id);
    const valid = validateFinancingRequest(input, { today, settings });
    const reference = await activityDocumentReference(tx, 'FIN', actor.activity.entity_id);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO activity_financings (activity_id, entity_id, reference, kind, principal_cents, months, first_due_date,
         purpose, arrangement_fee_cents, arrangement_fee_rate_bp, arrangement_fee_source, requested_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        actor.activity.id,
        actor.activity.entity_id,
        reference,
        valid.kind,
        valid.principalCents,
        valid.months,
        valid.firstDueDate,
        valid.purpose,
        valid.arrangementFeeCents,
        valid.arrangementFeeRateBp,
        valid.arrangementFeeSource,
        actor.user.id,
      ],
    );
    const id = rows[0]!.id;
    await tx.query(
      `INSERT INTO activity_financing_instalments (financing_id, number, due_date, amount_cents)
       SELECT $1, n, d, a FROM unnest($2::int[], $3::date[], $4::bigint[]) AS t(n, d, a)`,
      [
        id,
        valid.instalments.map((i) => i.number),
        valid.instalments.map((i) => i.dueDate),
        valid.instalments.map((i) => i.amountCents),
      ],
    );
    await recordActivityEvent(tx, actor.activity.id, {
      action: 'financing_requested',
      subjectType: 'financing',
      subjectId: id,
      params: { reference, kind: valid.kind, amountCents: valid.principalCents },
      actorId: actor.user.id,
    });
    await audit(tx, request, {
      action: 'activity.financing.request',
      subjectType: 'activity_financing',
      subjectId: id,
      entityId: actor.activity.entity_id,
      after: { reference, kind: valid.kind, principal: valid.principalCents, months: valid.months },
    });
    return { id, reference };
  });
}

/**
 * Staff decide a financing request. Granting credits the principal to the budget and takes the arrangement
 * fee from it in one entry:
 *   debit internal loans (what the Activity owes) / credit the budget (principal);
 *   debit the budget / credit fee income (arrangement fee, when there is one).
 * Refusing needs a reason.
 */
export async function decideFinancing(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  financingId: string,
  input: { decision: 'grant' | 'refuse'; reason?: string | undefined },
): Promise<void> {
  const user = requireUser(request);
  requireDecidingStaff(user);
  if (!UUID.test(financingId)) throw DomainError.notFound();
  const today = ctx.clock.today();
  await ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId, true);
    const { rows } = await tx.query<{
      id: string;
      reference: string;
      status: string;
      principal_cents: number;
      arrangement_fee_cents: number;
      kind: string;
    }>('SELECT * FROM activity_financings WHERE id = $1 AND activity_id = $2 FOR UPDATE', [
      financingId,
      actor.activity.id,
    ]);
    const financing = rows[0];
    if (!financing) throw DomainError.notFound();
    if (financing.status !== 'requested') {
      throw DomainError.conflict('activity.financing.decided', { status: financing.status });
    }
    if (input.decision === 'refuse') {
      const reason = input.reason?.trim() ?? '';
      if (reason.length === 0) throw DomainError.field('reason', 'activity.approval.reason_required');
      await tx.query(
        `UPDATE activity_financings SET status = 'refused', decided_by = $2, decided_at = now(), refusal_reason = $3
          WHERE id = $1`,
        [financing.id, user.id, reason],
      );
    } else {
      requireActive(actor.activity);
      const principal = Number(financing.principal_cents);
      const fee = Number(financing.arrangement_fee_cents);
      const loans = await accountFor(tx, actor.activity.entity_id, 'internal_loans', {
        type: 'activity',
        id: actor.activity.id,
      });
      const { entry } = await postEntry(tx, {
        entityId: actor.activity.entity_id,
        date: today,
        description: `Internal financing ${financing.reference} to Activity ${actor.activity.reference}`,
        reference: financing.reference,
        idempotencyKey: `activity-financing:${financing.id}`,
        source: 'activity.loan',
        createdBy: user.id,
        postings: [
          { accountId: loans.id, amountCents: principal },
          { accountId: actor.activity.budget_account_id!, amountCents: -principal },
        ],
      });
      if (fee > 0) {
        const feeIncome = await accountFor(tx, actor.activity.entity_id, 'fee_income');
        await postEntry(tx, {
          entityId: actor.activity.entity_id,
          date: today,
          description: `Arrangement fee of ${financing.reference}`,
          reference: financing.reference,
          idempotencyKey: `activity-financing-fee:${financing.id}`,
          source: 'activity.loan_fee',
          createdBy: user.id,
          postings: [
            { accountId: actor.activity.budget_account_id!, amountCents: fee },
            { accountId: feeIncome.id, amountCents: -fee },
          ],
        });
      }
      await tx.query(
        `UPDATE activity_financings SET status = 'granted', decided_by = $2, decided_at = now(), journal_entry_id = $3
          WHERE id = $1`,
        [financing.id, user.id, entry.id],
      );
    }
    await recordActivityEvent(tx, actor.activity.id, {
      action: input.decision === 'grant' ? 'financing_granted' : 'financing_refused',
      subjectType: 'financing',
      subjectId: financing.id,
      params: { reference: financing.reference },
      message: input.reason ?? null,
      actorId: user.id,
    });
    await audit(tx, request, {
      action: `activity.financing.${input.decision}`,
      subjectType: 'activity_financing',
      subjectId: financing.id,
      entityId: actor.activity.entity_id,
    });
  });
}

/**
 * Takes the instalments due on or before `today` from the budgets (the daily job), each Activity in its own
 * transaction on its locked row: debit the budget / credit internal loans. An instalment the budget cannot
 * pay (available plus authorised advance) waits: it stays committed and the adviser sees the alert.
 */
export async function collectInstalments(
  ctx: AppContext,
  today: string,
): Promise<{ collected: number; waiting: number }> {
  const { rows: due } = await ctx.db.query<{ financing_id: string; number: number; activity_id: string }>(
    `SELECT i.financing_id, i.number, f.activity_id FROM activity_financing_instalments i
       JOIN activity_financings f ON f.id = i.financing_id
      WHERE f.status = 'granted' AND i.paid_on IS NULL AND i.due_date <= $1
      ORDER BY i.due_date, f.reference, i.number`,
    [today],
  );
  let collected = 0;
  let waiting = 0;
  for (const item of due) {
    const paid = await ctx.db.transaction(async (tx) => collectOne(tx, item, today));
    if (paid) collected += 1;
    else waiting += 1;
  }
  return { collected, waiting };
}

async function collectOne(
  tx: Queryable,
  item: { financing_id: string; number: number; activity_id: string },
  today: string,
): Promise<boolean> {
  const activity = await loadActivity(tx, item.activity_id, true);
  const { rows } = await tx.query<{ amount_cents: number; paid_on: string | null; reference: string }>(
    `SELECT i.amount_cents, i.paid_on, f.reference FROM activity_financing_instalments i
       JOIN activity_financings f ON f.id = i.financing_id
      WHERE i.financing_id = $1 AND i.number = $2 FOR UPDATE OF i`,
    [item.financing_id, item.number],
  );
  const instalment = rows[0];
  if (!instalment || instalment.paid_on) return true;
  const amount = Number(instalment.amount_cents);
  const budget = await loadBudget(tx, activity.id, today);
  if (amount > budget.availableCents + budget.advanceLimitCents) return false;
  const loans = await accountFor(tx, activity.entity_id, 'internal_loans', {
    type: 'activity',
    id: activity.id,
  });
  const { entry } = await postEntry(tx, {
    entityId: activity.entity_id,
    date: today,
    description: `Instalment ${item.number} of ${instalment.reference} – Activity ${activity.reference}`,
    reference: instalment.reference,
    idempotencyKey: `activity-instalment:${item.financing_id}:${item.number}`,
    source: 'activity.repayment',
    createdBy: null,
    postings: [
      { accountId: activity.budget_account_id!, amountCents: amount },
      { accountId: loans.id, amountCents: -amount },
    ],
  });
  await tx.query(
    `UPDATE activity_financing_instalments SET paid_on = $3, journal_entry_id = $4
      WHERE financing_id = $1 AND number = $2`,
    [item.financing_id, item.number, today, entry.id],
  );
  await tx.query(
    `UPDATE activity_financings SET status = 'repaid' WHERE id = $1 AND status = 'granted'
        AND NOT EXISTS (SELECT 1 FROM activity_financing_instalments WHERE financing_id = $1 AND paid_on IS NULL)`,
    [item.financing_id],
  );
  await recordActivityEvent(tx, activity.id, {
    action: 'instalment_paid',
    subjectType: 'financing',
    subjectId: item.financing_id,
    params: { reference: instalment.reference, number: item.number, amountCents: amount },
    actorId: null,
  });
  return true;
}
