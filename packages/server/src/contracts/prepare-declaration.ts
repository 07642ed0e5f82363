import type { Queryable } from '@partage/db';
import {
  DomainError,
  DEFAULT_PAYROLL_RULES,
  checkPlatformAgreement,
  checkStudentQuota,
  checkVatTreatment,
  computeFromInvoice,
  declarationWarnings,
  membershipGate,
  overlappingDates,
  payDateFor,
  payRuleForEntity,
  ruleAt,
  validateDeclaration,
  vatAmount,
  vatTreatmentRule,
  type FieldIssue,
  type PayrollBreakdown,
  type VatTreatment,
} from '@partage/domain';
import { loadEntity, type EntityRow } from '../membership/queries.ts';
import { loadClient, type ClientRow } from '../clients/queries.ts';
import type { WorkerRow } from './worker.ts';
import type { DeclarationInput } from './schemas.ts';

export interface PlatformTerms {
  agreementId: string;
  minPaidCentiHoursPerDay: number;
  minHourlyGrossCents: number;
}

/** Everything a declaration will create, computed and checked, before anything is written. */
export interface PreparedDeclaration {
  input: DeclarationInput;
  worker: WorkerRow;
  entity: EntityRow;
  client: ClientRow;
  firstDay: string;
  lastDay: string;
  days: Array<{ date: string; centiHours: number }>;
  totalCentiHours: number;
  posted: boolean;
  breakdown: PayrollBreakdown;
  vatRateBp: number;
  vatCents: number;
  payDate: string;
  warnings: Array<{ code: string; params?: Record<string, string | number> }>;
  consumesFreePrestation: boolean;
  remainingFreePrestations: number | null;
}

const DAILY_HISTORY = 20;

/**
 * Checks a declaration against every rule and computes what it will create: the shape of the days (not in
 * the past, at most a month, 3 to 11 hours a day), the client and the VAT treatment, the payroll breakdown
 * (legal minimum pay, withholding floor), no other contract of the worker on those days, the student quota,
 * the members-only gate and, for a client platform, its agreed minimums. All input problems are reported
 * together; nothing is written. Inside `confirmDeclaration` the same checks run on locked rows.
 */
export async function prepareDeclaration(
  db: Queryable,
  worker: WorkerRow,
  input: DeclarationInput,
  today: string,
  platform: PlatformTerms | null = null,
): Promise<PreparedDeclaration> {
  const entity = await loadEntity(db, input.entityId);
  const client = await loadClient(db, input.clientId);

  const gate = membershipGate(
    {
      isMember: worker.member_status === 'member',
      prestationsWithoutShares: worker.prestations_without_shares,
    },
    'declare_prestation',
  );
  if (!gate.allowed) throw DomainError.forbidden(gate.code, { limit: gate.limit });
  // Free prestations are counted on the membership row every sign-up creates.
  if (gate.consumesFreePrestation && !worker.member_id)
    throw DomainError.forbidden('contract.worker_required');

  const declaration = validateDeclaration(input, {
    today,
    entity: { id: entity.id, country: entity.country },
  });
  const issues: FieldIssue[] = [];
  issues.push(
    ...checkVatTreatment({
      treatment: input.vatTreatment,
      entity: { id: entity.id, country: entity.country, vatRegistered: entity.vat_number !== null },
      client: { kind: client.kind, country: client.country, vatNumber: client.vat_number },
    }),
  );

  // Other contracts of the worker on the same days.
  const { rows: taken } = await db.query<{ reference: string; day: string }>(
    `SELECT c.reference, d.day::text AS day FROM contract_days d JOIN contracts c ON c.id = d.contract_id
      WHERE d.person_id = $1 AND NOT d.cancelled AND d.day = ANY($2::date[])`,
    [worker.person_id, declaration.dates],
  );
  const byReference = new Map<string, string[]>();
  for (const row of taken)
    byReference.set(row.reference, [...(byReference.get(row.reference) ?? []), row.day]);
  const overlaps = overlappingDates(
    declaration.dates,
    [...byReference].map(([reference, dates]) => ({ reference, dates })),
  );
  if (overlaps.length > 0) {
    issues.push({
      field: 'days',
      code: 'contract.days.overlap',
      params: {
        dates: overlaps.map((o) => o.date).join(', '),
        reference: [...new Set(overlaps.map((o) => o.reference))].join(', '),
      },
    });
  }

  // Student quota: hours already worked under student contracts this calendar year.
  let studentQuota: { usedCentiHours: number; newCentiHours: number; quotaHours: number } | undefined;
  let studentHoursUsed: number | undefined;
  if (input.contractType === 'student') {
    const year = declaration.firstDay.slice(0, 4);
    const { rows } = await db.query<{ used: number }>(
      `SELECT COALESCE(sum(d.centi_hours), 0)::int AS used FROM contract_days d JOIN contracts c ON c.id = d.contract_id
        WHERE d.person_id = $1 AND NOT d.cancelled AND c.contract_type = 'student'
          AND d.day >= $2::date AND d.day < ($2::date + interval '1 year')`,
      [worker.person_id, `${year}-01-01`],
    );
    const quotaHours = ruleAt(
      DEFAULT_PAYROLL_RULES.be.studentSolidarity,
      declaration.firstDay,
      'student_solidarity',
    ).quotaHours;
    studentQuota = { usedCentiHours: rows[0]!.used, newCentiHours: declaration.totalCentiHours, quotaHours };
    studentHoursUsed = rows[0]!.used / 100;
    const check = checkStudentQuota(studentQuota);
    if (!check.ok) {
      issues.push({
        field: 'days',
        code: 'contract.student.quota_exceeded',
        params: {
          quota: quotaHours,
          used: rows[0]!.used / 100,
          remaining: check.remainingCentiHours / 100,
        },
      });
    }
  }
  if (issues.length > 0) throw new DomainError('validation', issues);

  // The money: fee, employer cost, gross, contributions, withholding, net. Refuses pay under the legal
  // minimum for the hours declared and a withholding rate under the floor.
  const breakdown = computeFromInvoice(
    {
      entity: entity.id,
      contractType: input.contractType,
      amountExclVatCents: input.amountExclVatCents,
      days: declaration.dayCount,
      hours: declaration.totalCentiHours / 100,
      withholdingRateBp: input.withholdingRateBp,
      expensesCents: input.expensesCents,
      date: declaration.firstDay,
      ...(studentHoursUsed === undefined ? {} : { studentHoursUsedThisYear: studentHoursUsed }),
    },
    DEFAULT_PAYROLL_RULES,
  );
  if (platform) {
    const platformIssues = checkPlatformTerms(platform, declaration.days, breakdown);
    if (platformIssues.length > 0) throw new DomainError('validation', platformIssues);
  }

  const { rows: history } = await db.query<{ daily: number }>(
    `SELECT (amount_excl_vat_cents / day_count)::bigint AS daily FROM contracts
      WHERE person_id = $1 AND status <> 'cancelled' ORDER BY created_at DESC LIMIT ${DAILY_HISTORY}`,
    [worker.person_id],
  );
  const warnings = declarationWarnings({
    amountExclVatCents: input.amountExclVatCents,
    dayCount: declaration.dayCount,
    recentDailyAmountsCents: history.map((h) => Number(h.daily)),
    posted: declaration.posted,
    postingFormComplete: declaration.posted ? input.posting !== undefined : true,
    contractType: input.contractType,
    ...(studentQuota ? { studentQuota } : {}),
  });

  const treatment = input.vatTreatment as VatTreatment;
  const vatRateBp = vatTreatmentRule(treatment, declaration.firstDay).rateBp;
  return {
    input,
    worker,
    entity,
    client,
    firstDay: declaration.firstDay,
    lastDay: declaration.lastDay,
    days: declaration.days,
    totalCentiHours: declaration.totalCentiHours,
    posted: declaration.posted,
    breakdown,
    vatRateBp,
    vatCents: vatAmount(input.amountExclVatCents, treatment, declaration.firstDay),
    payDate: payDateFor(declaration.lastDay, payRuleForEntity(entity.settings)),
    warnings,
    consumesFreePrestation: gate.consumesFreePrestation,
    remainingFreePrestations: gate.remainingFreePrestations,
  };
}

function checkPlatformTerms(
  platform: PlatformTerms,
  days: Array<{ date: string; centiHours: number }>,
  breakdown: PayrollBreakdown,
): FieldIssue[] {
  return checkPlatformAgreement(
    {
      minPaidCentiHoursPerDay: platform.minPaidCentiHoursPerDay,
      minHourlyGrossCents: platform.minHourlyGrossCents,
    },
    { days, grossCents: breakdown.grossCents, totalCentiHours: Math.round(breakdown.hours * 100) },
  );
}
