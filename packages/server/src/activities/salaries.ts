import type { Queryable } from '@partage/db';
import {
  DomainError,
  payDateFor,
  payRuleForEntity,
  requireRight,
  salaryApprovalRoute,
  validateSalaryRequest,
  type BudgetView,
  type Language,
  type SalaryRequestInput,
  type ValidSalaryRequest,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { accountFor, postEntry, reverseEntry } from '../ledger/index.ts';
import { loadEntity, type EntityRow } from '../membership/queries.ts';
import { insertContract } from '../contracts/write-contract.ts';
import { loadWorker } from '../contracts/worker.ts';
import { presentBreakdown } from '../simulator/simulate.ts';
import { loadBudget } from './budget.ts';
import { recordSubmission } from './submitted-request.ts';
import {
  activityActor,
  activityDocumentReference,
  participantsOf,
  recordActivityEvent,
  requireActive,
  settingsOf,
  type ActivityRow,
} from './queries.ts';

/** The worker's other live contracts and student hours: what the Contract tool's rule needs. */
async function workerCalendar(db: Queryable, personId: string, dates: unknown) {
  const days = Array.isArray(dates)
    ? dates.map((d: unknown) => (d && typeof d === 'object' ? (d as { date?: unknown }).date : null))
    : [];
  const valid = days.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  const [{ rows: taken }, { rows: student }] = await Promise.all([
    db.query<{ reference: string; day: string }>(
      `SELECT c.reference, d.day::text AS day FROM contract_days d JOIN contracts c ON c.id = d.contract_id
        WHERE d.person_id = $1 AND NOT d.cancelled AND d.day = ANY($2::date[])`,
      [personId, valid],
    ),
    db.query<{ year: string; used: number }>(
      `SELECT extract(year FROM d.day)::text AS year, sum(d.centi_hours)::int AS used
         FROM contract_days d JOIN contracts c ON c.id = d.contract_id
        WHERE d.person_id = $1 AND NOT d.cancelled AND c.contract_type = 'student' GROUP BY 1`,
      [personId],
    ),
  ]);
  const byReference = new Map<string, string[]>();
  for (const row of taken)
    byReference.set(row.reference, [...(byReference.get(row.reference) ?? []), row.day]);
  return {
    existingContracts: [...byReference].map(([reference, dates]) => ({ reference, dates })),
    studentUsedCentiHoursByYear: Object.fromEntries(student.map((s) => [s.year, s.used])),
  };
}

async function checkRequest(
  db: Queryable,
  entity: EntityRow,
  personId: string,
  input: SalaryRequestInput,
  today: string,
  budget: BudgetView | undefined,
): Promise<ValidSalaryRequest> {
  const calendar = await workerCalendar(db, personId, input.days);
  return validateSalaryRequest(input, {
    today,
    entity: { id: entity.id, country: entity.country },
    ...calendar,
    ...(budget ? { budget } : {}),
  });
}

/** What a salary request would cost the budget and pay the participant (nothing is saved). */
export async function previewSalary(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: SalaryRequestInput,
) {
  const today = ctx.clock.today();
  const actor = await activityActor(ctx.db, request, activityId);
  requireRight(actor.participant, 'request_salary');
  requireActive(actor.activity);
  const [entity, budget] = await Promise.all([
    loadEntity(ctx.db, actor.activity.entity_id),
    loadBudget(ctx.db, actor.activity.id, today),
  ]);
  const valid = await checkRequest(ctx.db, entity, actor.personId!, input, today, undefined);
  return presentSalary(valid, budget, entity, request.lang);
}

export function presentSalary(
  valid: ValidSalaryRequest,
  budget: BudgetView,
  entity: EntityRow,
  lang: Language,
) {
  return {
    mode: valid.mode,
    grossCents: valid.grossCents,
    netCents: valid.netCents,
    employerCostCents: valid.employerCostCents,
    multiplier: valid.multiplier,
    firstDay: valid.work.firstDay,
    lastDay: valid.work.lastDay,
    dayCount: valid.work.dayCount,
    payDate: payDateFor(valid.work.lastDay, payRuleForEntity(entity.settings)),
    breakdown: presentBreakdown({ ...valid.breakdown, lines: valid.lines }, lang),
    freeCents: budget.freeCents + budget.advanceLimitCents,
    affordable: valid.employerCostCents <= budget.freeCents + budget.advanceLimitCents,
  };
}

/**
 * A participant with the `request_salary` right asks to be paid for days of work. Checked by the Contract
 * tool's rules (days, hours, overlap, student quota, legal minimum, withholding) and against the free
 * budget on the locked Activity: two requests on the last euros are judged one after the other, and the
 * second is refused with what is missing. The cost is committed until the request is decided.
 */
export async function requestSalary(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: SalaryRequestInput,
): Promise<{ id: string; reference: string; route: string[]; employerCostCents: number }> {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId, true);
    requireRight(actor.participant, 'request_salary');
    requireActive(actor.activity);
    const [entity, settings, budget] = await Promise.all([
      loadEntity(tx, actor.activity.entity_id),
      settingsOf(tx, actor.activity.entity_id),
      loadBudget(tx, actor.activity.id, today),
    ]);
    const valid = await checkRequest(tx, entity, actor.personId!, input, today, budget);
    const route = salaryApprovalRoute(valid, actor.personId!, participantsOf(actor), settings);
    const reference = await activityDocumentReference(tx, 'SAL', entity.id);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO activity_salary_requests (activity_id, entity_id, reference, person_id, input, mode, first_day,
         last_day, gross_cents, net_cents, employer_cost_cents, breakdown, route, submitted_on, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [
        actor.activity.id,
        entity.id,
        reference,
        actor.personId,
        JSON.stringify(input),
        valid.mode,
        valid.work.firstDay,
        valid.work.lastDay,
        valid.grossCents,
        valid.netCents,
        valid.employerCostCents,
        JSON.stringify(valid.breakdown),
        route,
        today,
        actor.user.id,
      ],
    );
    const id = rows[0]!.id;
    await recordSubmission(ctx, tx, request, actor, {
      subjectType: 'salary_request',
      id,
      reference,
      amountCents: valid.employerCostCents,
      route,
      eventAction: 'salary_requested',
      eventParams: { amountCents: valid.employerCostCents },
      auditAction: 'activity.salary.request',
      auditAfter: { gross: valid.grossCents, cost: valid.employerCostCents },
    });
    return { id, reference, route, employerCostCents: valid.employerCostCents };
  });
}

export interface SalaryRequestRow {
  id: string;
  activity_id: string;
  entity_id: string;
  reference: string;
  person_id: string;
  input: SalaryRequestInput;
  employer_cost_cents: number;
}

/**
 * An approved salary request becomes an employment contract, inside the approval's transaction, exactly as
 * the Contract tool makes one (days, insurance, employment declaration, posting form), without a client:
 * the Activity's budget pays its employer cost into the worker's contract account
 *   debit the Activity's budget / credit the worker's contract account,
 * from which the pay run pays it on the pay date (contributions, withholding, net by transfer, payslip).
 * The request is checked again (the days may have been taken meanwhile).
 */
export async function contractForSalary(
  ctx: AppContext,
  tx: Queryable,
  activity: ActivityRow,
  salary: SalaryRequestRow,
  actorId: string,
): Promise<{ contractId: string; reference: string }> {
  const today = ctx.clock.today();
  const entity = await loadEntity(tx, activity.entity_id);
  const worker = await loadWorker(tx, salary.person_id, true);
  const valid = await checkRequest(tx, entity, salary.person_id, salary.input, today, undefined);
  if (valid.employerCostCents !== Number(salary.employer_cost_cents)) {
    // The rules in force changed since the request: the participant asks again.
    throw DomainError.conflict('activity.salary.changed');
  }
  const w = valid.work;
  const { contractId, reference } = await insertContract(tx, {
    entityId: entity.id,
    personId: salary.person_id,
    clientId: null,
    activityId: activity.id,
    platformAgreementId: null,
    jobCode: w.jobCode,
    description: w.description,
    countryOfWork: w.countryOfWork,
    risks: w.risks,
    contractType: w.contractType,
    firstDay: w.firstDay,
    lastDay: w.lastDay,
    days: w.days,
    totalCentiHours: w.totalCentiHours,
    amountExclVatCents: valid.employerCostCents,
    vatTreatment: 'zero',
    vatRateBp: 0,
    vatCents: 0,
    withholdingRateBp: w.withholdingRateBp,
    expensesCents: 0,
    breakdown: valid.breakdown,
    warnings: [],
    payDate: payDateFor(w.lastDay, payRuleForEntity(entity.settings)),
    withoutShares: false,
    language: worker.language,
    posting: w.posting
      ? {
          hostName: w.posting.hostName,
          street: w.posting.street,
          postalCode: w.posting.postalCode,
          city: w.posting.city,
          startDate: w.posting.startDate,
          endDate: w.posting.endDate,
        }
      : null,
    actorId,
    today,
  });
  const contractAccount = await accountFor(tx, entity.id, 'member_contract', {
    type: 'member',
    id: salary.person_id,
  });
  await postEntry(tx, {
    entityId: entity.id,
    date: today,
    description: `Salary ${reference} paid by Activity ${activity.reference}`,
    reference,
    idempotencyKey: `activity-salary:${salary.id}`,
    source: 'activity.salary',
    createdBy: actorId,
    postings: [
      { accountId: activity.budget_account_id!, amountCents: valid.employerCostCents },
      { accountId: contractAccount.id, amountCents: -valid.employerCostCents },
    ],
  });
  return { contractId, reference };
}

/**
 * A contract made from a salary request is cancelled (before its first day, or corrected by staff): the
 * entry that paid its employer cost from the budget is reversed, inside the cancellation's transaction,
 * and the request is marked cancelled.
 */
export async function cancelActivitySalary(
  tx: Queryable,
  contractId: string,
  activityId: string,
  today: string,
  actorId: string | null,
): Promise<void> {
  const { rows } = await tx.query<{ id: string; reference: string; entry_id: string }>(
    `SELECT r.id, r.reference, e.id AS entry_id FROM activity_salary_requests r
       JOIN journal_entries e ON e.idempotency_key = 'activity-salary:' || r.id
      WHERE r.contract_id = $1 FOR UPDATE OF r`,
    [contractId],
  );
  const salary = rows[0];
  if (!salary) throw new Error(`no salary request behind contract ${contractId}`);
  await reverseEntry(tx, {
    entryId: salary.entry_id,
    date: today,
    description: `Salary ${salary.reference} cancelled: back to the Activity's budget`,
    idempotencyKey: `activity-salary-cancel:${salary.id}`,
    createdBy: actorId,
  });
  await tx.query(`UPDATE activity_salary_requests SET status = 'cancelled' WHERE id = $1`, [salary.id]);
  await recordActivityEvent(tx, activityId, {
    action: 'salary_cancelled',
    subjectType: 'salary_request',
    subjectId: salary.id,
    params: { reference: salary.reference },
    actorId,
  });
}
