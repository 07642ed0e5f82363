import type { Queryable } from '@partage/db';
import {
  DomainError,
  PURPOSE_SUPPLIER,
  decideApproval,
  expenseRemittance,
  toSepaText,
  translator,
  type ApprovalState,
  type ApprovalStep,
  type Approver,
  type Language,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { accountFor, postEntry } from '../ledger/index.ts';
import { createPaymentOrder } from '../payments/create-payment-order.ts';
import { UUID } from '../ledger/accounts.ts';
import { contractForSalary, type SalaryRequestRow } from './salaries.ts';
import { notifyApprovers, type ApprovalSubject } from './submitted-request.ts';
import { activityActor, isDecidingStaff, recordActivityEvent, type ActivityActor } from './queries.ts';

export { APPROVAL_SUBJECTS, type ApprovalSubject } from './submitted-request.ts';

const TABLE: Record<ApprovalSubject, string> = {
  expense_claim: 'activity_expense_claims',
  purchase: 'activity_purchases',
  salary_request: 'activity_salary_requests',
};

/** What the approvers' e-mail says of a request: its reference, who asked, what it takes from the budget. */
function approvalSubject(type: ApprovalSubject, row: SubjectRow) {
  const amount = {
    expense_claim: 'claimed_cents',
    purchase: 'total_incl_vat_cents',
    salary_request: 'employer_cost_cents',
  }[type];
  return { id: row.id, reference: row.reference, personId: row.person_id, amountCents: Number(row[amount]) };
}

interface SubjectRow {
  id: string;
  activity_id: string;
  entity_id: string;
  reference: string;
  person_id: string;
  route: ApprovalStep[];
  status: 'submitted' | 'approved' | 'refused' | 'cancelled';
  [column: string]: unknown;
}

/** The approval state of a request: its route, the steps approved so far, who submitted it. */
export async function approvalState(
  db: Queryable,
  subjectType: ApprovalSubject,
  subject: SubjectRow,
): Promise<ApprovalState> {
  const { rows } = await db.query<{ step: ApprovalStep; person_id: string | null; decided_by: string }>(
    `SELECT step, person_id, decided_by FROM activity_approvals
      WHERE subject_type = $1 AND subject_id = $2 AND decision = 'approve' ORDER BY id`,
    [subjectType, subject.id],
  );
  return {
    route: subject.route,
    approvals: rows.map((r) => ({ step: r.step, by: r.person_id ?? r.decided_by })),
    submitterId: subject.person_id,
    status: subject.status === 'cancelled' ? 'refused' : subject.status,
  };
}

/** Who decides: a participant for the Activity's step, staff for the staff step. */
export function approverOf(actor: ActivityActor, step: ApprovalStep | null): Approver {
  if (step === 'staff' || !actor.participant) {
    return { kind: 'staff', personId: actor.personId ?? actor.user.id, roles: actor.user.roles };
  }
  return { kind: 'participant', participant: actor.participant };
}

export interface ApprovalResult {
  status: 'submitted' | 'approved' | 'refused';
  next: ApprovalStep | null;
  contractId?: string;
}

/**
 * Decides the waiting step of an expense claim, a purchase or a salary request: the Activity's
 * administrator first (never one's own request), then staff above the entity's threshold. When the last
 * step approves, the money moves in the same transaction (the Activity's row is locked first):
 * - expense claim: debit the budget (what it bears) and VAT (recovered) / credit expenses payable to the
 *   participant, and a transfer order to the participant's account;
 * - purchase: debit the budget (or investment) and VAT / credit suppliers payable, and a transfer order to
 *   the supplier for its due date;
 * - salary request: the employment contract, and its employer cost from the budget to the contract account.
 * A refusal needs a reason. The submitter is told either way.
 */
export async function decideSpending(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: { subjectType: ApprovalSubject; subjectId: string; decision: 'approve' | 'refuse'; reason?: string },
): Promise<ApprovalResult> {
  if (!UUID.test(input.subjectId)) throw DomainError.notFound();
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId, true);
    const { rows } = await tx.query<SubjectRow>(
      `SELECT * FROM ${TABLE[input.subjectType]} WHERE id = $1 AND activity_id = $2 FOR UPDATE`,
      [input.subjectId, actor.activity.id],
    );
    const subject = rows[0];
    if (!subject) throw DomainError.notFound();
    const state = await approvalState(tx, input.subjectType, subject);
    const waiting = state.status === 'submitted' ? (state.route[state.approvals.length] ?? null) : null;
    if (waiting === 'staff' && !isDecidingStaff(actor.user)) {
      throw DomainError.forbidden('activity.approval.not_allowed', { step: 'staff' });
    }
    const outcome = decideApproval(state, input.decision, approverOf(actor, waiting), input.reason);
    await tx.query(
      `INSERT INTO activity_approvals (activity_id, subject_type, subject_id, step, decision, decided_by, person_id,
         reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        actor.activity.id,
        input.subjectType,
        subject.id,
        outcome.step,
        input.decision,
        actor.user.id,
        actor.personId,
        outcome.reason,
      ],
    );
    const result: ApprovalResult = { status: outcome.status, next: outcome.next };
    if (outcome.status === 'refused') {
      await tx.query(
        `UPDATE ${TABLE[input.subjectType]} SET status = 'refused', decided_at = now(), refusal_reason = $2 WHERE id = $1`,
        [subject.id, outcome.reason],
      );
    } else if (outcome.status === 'approved') {
      const done = await execute(ctx, tx, actor, input.subjectType, subject);
      if (done.contractId) result.contractId = done.contractId;
    }
    await recordActivityEvent(tx, actor.activity.id, {
      action: `${input.subjectType}_${outcome.status === 'submitted' ? 'step_approved' : outcome.status}`,
      subjectType: input.subjectType,
      subjectId: subject.id,
      params: { reference: subject.reference, step: outcome.step },
      message: outcome.reason,
      actorId: actor.user.id,
    });
    await audit(tx, request, {
      action: `activity.${input.subjectType}.${input.decision}`,
      subjectType: `activity_${input.subjectType}`,
      subjectId: subject.id,
      entityId: subject.entity_id,
      after: { step: outcome.step, status: outcome.status, reason: outcome.reason },
    });
    if (outcome.status !== 'submitted') {
      await notifySubmitter(ctx, tx, actor, input.subjectType, subject, outcome);
    } else if (outcome.next) {
      const next = approvalSubject(input.subjectType, subject);
      await notifyApprovers(ctx, tx, actor, input.subjectType, next, outcome.next);
    }
    return result;
  });
}

async function execute(
  ctx: AppContext,
  tx: Queryable,
  actor: ActivityActor,
  subjectType: ApprovalSubject,
  subject: SubjectRow,
): Promise<{ contractId?: string }> {
  const { activity } = actor;
  const today = ctx.clock.today();
  const userId = actor.user.id;
  if (subjectType === 'salary_request') {
    const { contractId } = await contractForSalary(
      ctx,
      tx,
      activity,
      subject as unknown as SalaryRequestRow,
      userId,
    );
    await tx.query(
      `UPDATE activity_salary_requests SET status = 'approved', decided_at = now(), contract_id = $2 WHERE id = $1`,
      [subject.id, contractId],
    );
    return { contractId };
  }
  const vat = Number(subject.recoverable_vat_cents);
  const cost = Number(subject.budget_cost_cents);
  const vatPayable = vat > 0 ? await accountFor(tx, activity.entity_id, 'vat_payable') : null;
  if (subjectType === 'expense_claim') {
    const claimed = Number(subject.claimed_cents);
    const payable = await accountFor(tx, activity.entity_id, 'expenses_payable', {
      type: 'member',
      id: subject.person_id,
    });
    const { entry } = await postEntry(tx, {
      entityId: activity.entity_id,
      date: today,
      description: `Expense claim ${subject.reference} – Activity ${activity.reference}`,
      reference: subject.reference,
      idempotencyKey: `activity-expense:${subject.id}`,
      source: 'activity.expense',
      createdBy: userId,
      postings: [
        ...(cost > 0 ? [{ accountId: activity.budget_account_id!, amountCents: cost }] : []),
        ...(vatPayable ? [{ accountId: vatPayable.id, amountCents: vat }] : []),
        { accountId: payable.id, amountCents: -claimed },
      ],
    });
    const { rows } = await tx.query<{ language: Language }>('SELECT language FROM people WHERE id = $1', [
      subject.person_id,
    ]);
    const order = await createPaymentOrder(tx, ctx.protector, {
      entityId: activity.entity_id,
      kind: 'expenses',
      sourceType: 'expense_claim',
      sourceId: subject.id,
      beneficiary: { personId: subject.person_id },
      amountCents: claimed,
      remittance: expenseRemittance(rows[0]?.language ?? 'fr', subject.reference),
      requestedExecutionDate: today,
      settlements: [{ accountId: payable.id, amountCents: claimed }],
      createdBy: userId,
    });
    await tx.query(
      `UPDATE activity_expense_claims SET status = 'approved', decided_at = now(), journal_entry_id = $2,
              payment_order_id = $3 WHERE id = $1`,
      [subject.id, entry.id, order.id],
    );
    return {};
  }
  const total = Number(subject.total_incl_vat_cents);
  const suppliers = await accountFor(tx, activity.entity_id, 'suppliers_payable');
  const { entry } = await postEntry(tx, {
    entityId: activity.entity_id,
    date: today,
    description: `Purchase ${subject.reference} – ${String(subject.supplier_name)}`.slice(0, 500),
    reference: subject.reference,
    idempotencyKey: `activity-purchase:${subject.id}`,
    source: subject.investment ? 'activity.investment' : 'activity.purchase',
    createdBy: userId,
    postings: [
      ...(cost > 0 ? [{ accountId: activity.budget_account_id!, amountCents: cost }] : []),
      ...(vatPayable ? [{ accountId: vatPayable.id, amountCents: vat }] : []),
      { accountId: suppliers.id, amountCents: -total },
    ],
  });
  const due = String(subject.due_date);
  const order = await createPaymentOrder(tx, ctx.protector, {
    entityId: activity.entity_id,
    kind: 'supplier',
    sourceType: 'supplier_invoice',
    sourceId: subject.id,
    beneficiary: { name: String(subject.supplier_name), iban: String(subject.supplier_iban) },
    amountCents: total,
    remittance: toSepaText(String(subject.supplier_invoice_number), 140) || subject.reference,
    requestedExecutionDate: due > today ? due : today,
    purpose: PURPOSE_SUPPLIER,
    settlements: [{ accountId: suppliers.id, amountCents: total }],
    createdBy: userId,
  });
  await tx.query(
    `UPDATE activity_purchases SET status = 'approved', decided_at = now(), journal_entry_id = $2,
            payment_order_id = $3 WHERE id = $1`,
    [subject.id, entry.id, order.id],
  );
  return {};
}

async function notifySubmitter(
  ctx: AppContext,
  tx: Queryable,
  actor: ActivityActor,
  subjectType: ApprovalSubject,
  subject: SubjectRow,
  outcome: { status: string; reason: string | null },
): Promise<void> {
  const { rows } = await tx.query<{ first_name: string; email: string; language: Language }>(
    'SELECT first_name, email, language FROM people WHERE id = $1',
    [subject.person_id],
  );
  const person = rows[0];
  if (!person) return;
  const lang = person.language;
  await queueEmail(
    tx,
    {
      entityId: subject.entity_id,
      to: person.email,
      language: lang,
      template: 'activity_request_decided',
      params: {
        name: person.first_name,
        what: translator.t(lang, `activity.subject.${subjectType}`),
        reference: subject.reference,
        activity: actor.activity.name,
        decision: translator.t(lang, `activity.decision.${outcome.status}`),
        reason: outcome.reason ?? '',
        link: `${ctx.config.publicUrl}/activities/${actor.activity.id}`,
      },
    },
    ctx.delivery,
  );
}
