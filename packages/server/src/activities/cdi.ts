import { nextNumber, type Queryable } from '@partage/db';
import {
  DomainError,
  PURPOSE_SALARY,
  cdiFromEstimate,
  monthlyCdi,
  requireCdiReserve,
  salaryRemittance,
  type BeContractType,
  type CdiBreakdown,
  type PayrollBreakdown,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { requireUser } from '../auth/guards.ts';
import { accountFor, postEntry } from '../ledger/index.ts';
import { loadEntity } from '../membership/queries.ts';
import { entityParty } from '../invoicing/parties.ts';
import { loadWorker, workerParty } from '../contracts/worker.ts';
import type { PayslipDocument } from '../contracts/documents/types.ts';
import { createPaymentOrder } from '../payments/create-payment-order.ts';
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

export interface CdiInput {
  personId: string;
  /** `YYYY-MM`: the first month paid. */
  startMonth: string;
  contractType?: 'employee' | 'artistic_employee';
  workTimeBp?: number;
  /** Either a monthly gross… */
  monthlyGrossCents?: number;
  /** …or the estimate of the next 12 months the salary is set from. */
  estimate?: { annualInvoicedExclVatCents: number; plannedAnnualOtherCostsCents?: number };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthDate(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    throw DomainError.field(field, 'field.invalid_date');
  return `${value}-01`;
}

/** The monthly salary of a CDI: from a gross, or from the estimate of future income. */
function computeCdi(
  entityId: string,
  date: string,
  input: CdiInput,
): { cdi: CdiBreakdown; estimate: unknown } {
  const contractType: BeContractType = input.contractType ?? 'employee';
  const hasGross = input.monthlyGrossCents !== undefined && input.monthlyGrossCents !== null;
  if (hasGross === !!input.estimate)
    throw DomainError.field('monthlyGrossCents', 'activity.cdi.amount_choice');
  if (input.estimate) {
    const estimate = cdiFromEstimate({
      entity: entityId,
      date,
      contractType,
      estimatedAnnualInvoicedExclVatCents: input.estimate.annualInvoicedExclVatCents,
      plannedAnnualOtherCostsCents: input.estimate.plannedAnnualOtherCostsCents ?? 0,
      ...(input.workTimeBp === undefined ? {} : { workTimeBp: input.workTimeBp }),
    });
    return { cdi: estimate.cdi, estimate };
  }
  return {
    cdi: monthlyCdi({
      entity: entityId,
      contractType,
      monthlyGrossCents: input.monthlyGrossCents!,
      date,
      ...(input.workTimeBp === undefined ? {} : { workTimeBp: input.workTimeBp }),
    }),
    estimate: null,
  };
}

/**
 * An adviser sets up a permanent contract with smoothed income for a participant: a fixed monthly salary
 * paid from the Activity's budget, from a gross or from the estimate of the next 12 months' invoicing. The
 * budget must already hold the reserve (N months of the CDI's employer cost, the entity's setting).
 * `preview` computes without saving.
 */
export async function setUpCdi(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: CdiInput,
  preview = false,
) {
  const user = requireUser(request);
  requireDecidingStaff(user);
  const today = ctx.clock.today();
  const run = async (tx: Queryable) => {
    const actor = await activityActor(tx, request, activityId, !preview);
    requireActive(actor.activity);
    if (!actor.participants.some((p) => p.person_id === input.personId)) {
      throw DomainError.field('personId', 'activity.participant.unknown');
    }
    const start = monthDate('startMonth', input.startMonth);
    if (start < `${today.slice(0, 7)}-01`) throw DomainError.field('startMonth', 'activity.cdi.start_past');
    const { cdi, estimate } = computeCdi(actor.activity.entity_id, start, input);
    const [settings, budget] = await Promise.all([
      settingsOf(tx, actor.activity.entity_id),
      loadBudget(tx, actor.activity.id, today),
    ]);
    const reserveCents = cdi.employerCostCents * settings.reserveMonths;
    const view = {
      monthlyGrossCents: cdi.monthlyGrossCents,
      monthlyEmployerCostCents: cdi.employerCostCents,
      monthlyNetCents: cdi.netCents,
      withholdingCents: cdi.withholdingCents,
      reserveMonths: settings.reserveMonths,
      reserveCents,
      freeCents: budget.freeCents,
      estimate,
    };
    if (preview) return { ...view, id: null, reference: null };
    requireCdiReserve(budget, cdi.employerCostCents, settings.reserveMonths);
    const { rows: live } = await tx.query(
      'SELECT 1 FROM activity_cdis WHERE person_id = $1 AND status = $2',
      [input.personId, 'active'],
    );
    if (live.length > 0) throw DomainError.conflict('activity.cdi.already');
    const reference = await activityDocumentReference(tx, 'CDI', actor.activity.entity_id);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO activity_cdis (activity_id, entity_id, reference, person_id, contract_type, work_time_bp, start_month,
         monthly_gross_cents, monthly_employer_cost_cents, monthly_net_cents, breakdown, estimate, reserve_months, set_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        actor.activity.id,
        actor.activity.entity_id,
        reference,
        input.personId,
        cdi.contractType,
        cdi.workTimeBp,
        start,
        cdi.monthlyGrossCents,
        cdi.employerCostCents,
        cdi.netCents,
        JSON.stringify(cdi),
        estimate ? JSON.stringify(estimate) : null,
        settings.reserveMonths,
        user.id,
      ],
    );
    const id = rows[0]!.id;
    await recordActivityEvent(tx, actor.activity.id, {
      action: 'cdi_set_up',
      subjectType: 'cdi',
      subjectId: id,
      params: { reference, grossCents: cdi.monthlyGrossCents, costCents: cdi.employerCostCents },
      actorId: user.id,
    });
    await audit(tx, request, {
      action: 'activity.cdi.set_up',
      subjectType: 'activity_cdi',
      subjectId: id,
      entityId: actor.activity.entity_id,
      after: view,
    });
    return { ...view, id, reference };
  };
  return preview ? run(ctx.db) : ctx.db.transaction(run);
}

/** Ends a CDI (an adviser): no month is paid after `endMonth` (`YYYY-MM`, the first month not paid). */
export async function endCdi(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  cdiId: string,
  input: { endMonth: string },
): Promise<void> {
  const user = requireUser(request);
  requireDecidingStaff(user);
  await ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId, true);
    const end = monthDate('endMonth', input.endMonth);
    const { rows } = await tx.query<{ id: string; start_month: string }>(
      `SELECT id, start_month::text FROM activity_cdis WHERE id = $1 AND activity_id = $2 AND status = 'active' FOR UPDATE`,
      [cdiId, actor.activity.id],
    );
    if (!rows[0]) throw DomainError.notFound();
    const { rows: paid } = await tx.query<{ last: string | null }>(
      'SELECT max(month)::text AS last FROM activity_cdi_payslips WHERE cdi_id = $1',
      [cdiId],
    );
    if (end < rows[0].start_month || (paid[0]?.last && end <= paid[0].last))
      throw DomainError.field('endMonth', 'activity.cdi.end_before_paid');
    await tx.query(
      `UPDATE activity_cdis SET status = 'ended', end_month = $2, ended_at = now() WHERE id = $1`,
      [cdiId, end],
    );
    await recordActivityEvent(tx, actor.activity.id, {
      action: 'cdi_ended',
      subjectType: 'cdi',
      subjectId: cdiId,
      params: { endMonth: input.endMonth },
      actorId: user.id,
    });
  });
}

/** The CDI's month as the payslip shows it: the Contract tool's breakdown shape, no fee. */
function payslipBreakdown(cdi: CdiBreakdown, month: string): PayrollBreakdown {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  let days = 0;
  for (let d = 1; d <= daysInMonth(y, m); d += 1) {
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days += 1;
  }
  return {
    entity: cdi.entity,
    contractType: cdi.contractType,
    date: month,
    clientKind: 'natural',
    days,
    hours: Math.round(days * 7.6 * cdi.workTimeBp) / 10000,
    amountExclVatCents: cdi.employerCostCents,
    feeRateBp: 0,
    feeCents: 0,
    expensesCents: 0,
    employmentBudgetCents: cdi.employerCostCents,
    multiplier: cdi.multiplier,
    grossCents: cdi.monthlyGrossCents,
    employerCostCents: cdi.employerCostCents,
    remainderCents: 0,
    employeeContributionRateBp: cdi.employeeContributionRateBp,
    employeeContributionCents: cdi.employeeContributionCents,
    taxableCents: cdi.taxableCents,
    withholdingRateBp:
      cdi.taxableCents > 0 ? Math.round((cdi.withholdingCents * 10000) / cdi.taxableCents) : 0,
    withholdingCents: cdi.withholdingCents,
    netCents: cdi.netCents,
    minimumGrossCents: cdi.minimumMonthlyCents,
    lines: cdi.lines,
  };
}

interface CdiRunLine {
  reference: string;
  personName: string;
  activityId: string;
  activityReference: string;
  activityName: string;
}

export interface CdiRunResult {
  month: string;
  paid: Array<CdiRunLine & { payslip: string; netCents: number }>;
  /** CDIs whose budget could not pay the month: an advance or a decision is needed. */
  skipped: Array<CdiRunLine & { missingCents: number }>;
}

/**
 * Pays the month of every live CDI of an entity (payroll), each in its own transaction: the Activity's
 * budget pays the employer cost
 *   debit the budget / credit employee and employer contributions, withholding tax, salaries payable (net),
 * a numbered payslip and a transfer order of the net on the month's last day. A month is paid once. A
 * budget that cannot pay (free budget plus authorised advance) is skipped and reported: the adviser sees
 * the alert and decides (advance, lower salary, end of the CDI).
 */
export async function payCdiMonth(
  ctx: AppContext,
  request: FastifyRequest,
  input: { entityId: string; month: string },
): Promise<CdiRunResult> {
  const month = monthDate('month', input.month);
  const today = ctx.clock.today();
  if (month > `${today.slice(0, 7)}-01`) throw DomainError.field('month', 'activity.cdi.month_future');
  const entity = await loadEntity(ctx.db, input.entityId);
  const { rows: cdis } = await ctx.db.query<{
    id: string;
    activity_id: string;
    reference: string;
    person_name: string;
    activity_reference: string;
    activity_name: string;
  }>(
    `SELECT c.id, c.activity_id, c.reference, p.first_name || ' ' || p.last_name AS person_name,
            a.reference AS activity_reference, a.name AS activity_name
       FROM activity_cdis c JOIN people p ON p.id = c.person_id JOIN activities a ON a.id = c.activity_id
      WHERE c.entity_id = $1 AND c.start_month <= $2 AND (c.end_month IS NULL OR c.end_month > $2)
        AND NOT EXISTS (SELECT 1 FROM activity_cdi_payslips p WHERE p.cdi_id = c.id AND p.month = $2)
      ORDER BY c.reference`,
    [entity.id, month],
  );
  const result: CdiRunResult = { month: input.month, paid: [], skipped: [] };
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const payDate = `${month.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
  for (const row of cdis) {
    const outcome = await ctx.db.transaction(async (tx) => {
      const activity = await loadActivity(tx, row.activity_id, true);
      const { rows } = await tx.query<{
        id: string;
        reference: string;
        person_id: string;
        breakdown: CdiBreakdown;
        monthly_employer_cost_cents: number;
      }>('SELECT * FROM activity_cdis WHERE id = $1', [row.id]);
      const cdi = rows[0]!;
      const cost = Number(cdi.monthly_employer_cost_cents);
      const budget = await loadBudget(tx, activity.id, today);
      const room = budget.availableCents + budget.advanceLimitCents;
      if (cost > room) return { skipped: cost - room };
      const b = payslipBreakdown(cdi.breakdown, month);
      const owner = { type: 'member' as const, id: cdi.person_id };
      const [employee, withholding, employer, salaries] = await Promise.all([
        accountFor(tx, entity.id, 'employee_contributions_payable'),
        accountFor(tx, entity.id, 'withholding_tax_payable'),
        accountFor(tx, entity.id, 'employer_contributions_payable'),
        accountFor(tx, entity.id, 'salaries_payable', owner),
      ]);
      const { entry } = await postEntry(tx, {
        entityId: entity.id,
        date: payDate,
        description: `CDI salary ${cdi.reference} ${input.month} – Activity ${activity.reference}`,
        reference: cdi.reference,
        idempotencyKey: `activity-cdi:${cdi.id}:${input.month}`,
        source: 'activity.cdi',
        createdBy: request.user?.id ?? null,
        postings: [
          { accountId: activity.budget_account_id!, amountCents: b.employerCostCents },
          { accountId: employee.id, amountCents: -b.employeeContributionCents },
          { accountId: withholding.id, amountCents: -b.withholdingCents },
          { accountId: employer.id, amountCents: -(b.employerCostCents - b.grossCents) },
          { accountId: salaries.id, amountCents: -b.netCents },
        ].filter((p) => p.amountCents !== 0),
      });
      const worker = await loadWorker(tx, cdi.person_id);
      const year = payDate.slice(0, 4);
      const number = `PS-${entity.id}-${year}-${String(await nextNumber(tx, entity.id, 'payslip', year)).padStart(6, '0')}`;
      const document: PayslipDocument = {
        language: worker.language,
        number,
        employer: entityParty(entity),
        worker: workerParty(worker),
        contractReference: cdi.reference,
        invoiceNumber: activity.reference,
        periodFrom: month,
        periodTo: payDate,
        payDate,
        breakdown: b,
        corrects: null,
      };
      const { rows: slips } = await tx.query<{ id: string }>(
        `INSERT INTO activity_cdi_payslips (cdi_id, activity_id, entity_id, month, number, person_id, pay_date,
           gross_cents, net_cents, employer_cost_cents, document, journal_entry_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          cdi.id,
          activity.id,
          entity.id,
          month,
          number,
          cdi.person_id,
          payDate,
          b.grossCents,
          b.netCents,
          b.employerCostCents,
          JSON.stringify(document),
          entry.id,
        ],
      );
      await createPaymentOrder(tx, ctx.protector, {
        entityId: entity.id,
        kind: 'salary',
        sourceType: 'cdi_payslip',
        sourceId: slips[0]!.id,
        beneficiary: { personId: cdi.person_id },
        amountCents: b.netCents,
        remittance: salaryRemittance(worker.language, number, month, payDate, false),
        requestedExecutionDate: payDate,
        purpose: PURPOSE_SALARY,
        settlements: [{ accountId: salaries.id, amountCents: b.netCents }],
        createdBy: request.user?.id ?? null,
      });
      await recordActivityEvent(tx, activity.id, {
        action: 'cdi_paid',
        subjectType: 'cdi',
        subjectId: cdi.id,
        params: { month: input.month, payslip: number, costCents: b.employerCostCents },
        actorId: request.user?.id ?? null,
      });
      return { payslip: number, net: b.netCents };
    });
    const line: CdiRunLine = {
      reference: row.reference,
      personName: row.person_name,
      activityId: row.activity_id,
      activityReference: row.activity_reference,
      activityName: row.activity_name,
    };
    if ('skipped' in outcome) result.skipped.push({ ...line, missingCents: outcome.skipped! });
    else result.paid.push({ ...line, payslip: outcome.payslip!, netCents: outcome.net! });
  }
  await audit(ctx.db, request, {
    action: 'activity.cdi.run',
    subjectType: 'entity',
    subjectId: entity.id,
    entityId: entity.id,
    after: result,
  });
  return result;
}
