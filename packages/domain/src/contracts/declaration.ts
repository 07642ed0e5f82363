/**
 * Validation of a Contract-tool declaration ("prestation"): a worker declares a job done for a client;
 * the cooperative invoices the client and employs the worker on a fixed-term contract for the days worked
 * (seeds 001:L771-773, 001:L1195-1198, 003:L2044-2046).
 *
 * `validateDeclaration` checks the untrusted input against every rule that does not need the payroll
 * computation and returns ALL problems at once (DomainError 'validation'), or the normalized declaration.
 * The server then runs the payroll engine (`payrollInputFor`), which refuses pay under the legal minimum for
 * the hours declared and expenses that do not fit in the price.
 *
 * Rules:
 * - 1 to 31 days (`rules/be/work-time.ts`), each date once, a contract of at most one calendar month
 *   (last day ≤ first day + 1 month − 1 day);
 * - the first day is not before today: the employment declaration (Dimona) must be made at the latest when
 *   work starts (Royal Decree of 5 November 2002), so work already done cannot be declared; today is allowed;
 * - 3 to 11 hours a day, with at most two decimals (DAILY_HOURS_RULES);
 * - a price above zero, a description of 3 to 500 characters, a known job and at least one known risk, the
 *   country of work as an ISO code;
 * - an A1 posting form request when the work is done outside the employing entity's country, and only then;
 *   its dates lie within the contract's days;
 * - contract type allowed for the entity, and "artistic employee" only for an artistic job;
 * - withholding rate within the Contract tool's bounds (`rules/be/withholding.ts`);
 * - when the context gives them: the VAT treatment for this client (`checkVatTreatment`), no other contract
 *   of the worker on the same days, and the student's annual quota per calendar year.
 */
import { DomainError, type FieldIssue } from '../errors.ts';
import { parsePostalCode } from '../identifiers/postal-code.ts';
import { amountIssues, toCentiHours } from '../payroll/engine.ts';
import type { InvoiceInput } from '../payroll/types.ts';
import { formatBp, formatCentiHours } from '../payroll/arith.ts';
import { isBeContractType, type BeContractType } from '../rules/be/contract-types.ts';
import { DEFAULT_PAYROLL_RULES, type PayrollRuleSet } from '../rules/index.ts';
import { effectiveAt, type EffectiveRule } from '../rules/types.ts';
import { isIsoCountryCode, normalizeCountry, type IsoCountryCode } from './countries.ts';
import { isIsoDate, lastDayOfOneMonthFrom, yearOf } from './dates.ts';
import { declarationTypeFor, type DimonaWorkerType } from './employment-declaration.ts';
import { jobByCode, type JobFamilyCode } from './job-families.ts';
import { overlapIssues, overlappingDates, type ExistingContractDates } from './overlap.ts';
import { isRiskCode, type RiskCode } from './risks.ts';
import { checkStudentQuota, studentQuotaHoursAt, studentQuotaIssue } from './student-quota.ts';
import { checkVatTreatment, isVatTreatment, type ClientType, type VatTreatment } from './vat.ts';

/**
 * Hours worked on one contract day.
 * - At least 3 hours: in Belgium each work period lasts at least 3 hours, unless a royal decree or a
 *   collective agreement allows less (law of 3 July 1978 on employment contracts, art. 11bis; SPF Emploi,
 *   "Limite minimum par prestation": https://emploi.belgique.be/fr/themes/reglementation-du-travail/duree-du-travail-et-temps-de-repos/duree-du-travail-et-0).
 *   Couriers' agreement: 3 paid hours a day too (seeds 001:L1052-1058).
 * - At most 11 hours: the normal limit is 8 h a day (9 or 10 h in some schedules), and even where the law of
 *   16 March 1971 on work allows the limits to be exceeded (art. 25, 26), working time may not exceed
 *   11 hours a day (art. 27 §1; ILO CEACR direct request 2009 on Belgium, Convention n° 1). The platform
 *   takes that absolute limit: a long day of a show or a shooting is declared as it is.
 */
export interface DailyHoursRule extends EffectiveRule {
  minCentiHours: number;
  maxCentiHours: number;
}

export const DAILY_HOURS_RULES: readonly DailyHoursRule[] = [
  {
    validFrom: '2015-01-01',
    minCentiHours: 300,
    maxCentiHours: 1100,
    source:
      'Minimum 3 h per work period: law of 3 July 1978 art. 11bis, SPF Emploi https://emploi.belgique.be/fr/themes/reglementation-du-travail/duree-du-travail-et-temps-de-repos/duree-du-travail-et-0 ; maximum 11 h a day: law of 16 March 1971 art. 27 §1 (ILO NORMLEX, CEACR direct request 2009, Belgium, C001); validFrom: earliest date the platform attests (the rules are older)',
    verified: true,
  },
];

export const DESCRIPTION_MIN_LENGTH = 3;
export const DESCRIPTION_MAX_LENGTH = 500;
export const POSTING_TEXT_MAX_LENGTH = 200;

export interface DeclarationDayInput {
  date: string;
  hours: number;
}

export interface PostingInput {
  /** The host (the client or the place) in the country of work. */
  hostName: string;
  street: string;
  postalCode: string;
  city: string;
  startDate: string;
  endDate: string;
}

/** What the worker sends. Every field is untrusted: the function checks types too. */
export interface DeclarationInput {
  jobCode: string;
  description: string;
  /** ISO 3166-1 alpha-2 code of the country where the work is done. */
  countryOfWork: string;
  risks: string[];
  days: DeclarationDayInput[];
  contractType: string;
  amountExclVatCents: number;
  vatTreatment: string;
  withholdingRateBp: number;
  expensesCents: number;
  posting?: PostingInput | null;
}

export interface DeclarationContext {
  /** Today in the entity's time zone, `YYYY-MM-DD`. */
  today: string;
  entity: { id: string; country: string; vatRegistered?: boolean };
  /** The client invoiced: with `entity.vatRegistered`, the VAT treatment is checked for it. */
  client?: { kind: ClientType; country: string; vatNumber: string | null };
  /** The worker's other live contracts (not cancelled): their days must not be declared again. */
  existingContracts?: readonly ExistingContractDates[];
  /** Student hours already used per calendar year (`'2026'` → centi-hours), all employers. */
  studentUsedCentiHoursByYear?: Readonly<Record<string, number>>;
  rules?: PayrollRuleSet;
}

export interface PostingForm {
  hostName: string;
  street: string;
  postalCode: string;
  city: string;
  country: IsoCountryCode;
  startDate: string;
  endDate: string;
}

export interface ValidDeclaration {
  jobCode: string;
  jobFamily: JobFamilyCode;
  description: string;
  countryOfWork: IsoCountryCode;
  risks: RiskCode[];
  /** Days sorted by date. */
  days: { date: string; centiHours: number }[];
  dates: string[];
  firstDay: string;
  lastDay: string;
  dayCount: number;
  totalCentiHours: number;
  /** Hours per calendar year (a contract may straddle 31 December), for the student quota. */
  centiHoursByYear: Record<string, number>;
  contractType: BeContractType;
  amountExclVatCents: number;
  vatTreatment: VatTreatment;
  withholdingRateBp: number;
  expensesCents: number;
  /** The work is done outside the employing entity's country: an A1 posting form is requested. */
  posted: boolean;
  posting: PostingForm | null;
  /** Worker type of the employment declaration (Dimona). */
  dimonaType: DimonaWorkerType;
}

type Issues = FieldIssue[];

function push(issues: Issues, field: string, code: string, params?: FieldIssue['params']): void {
  issues.push({ field, code, ...(params ? { params } : {}) });
}

/** Trimmed text between min and max characters; undefined (with an issue) otherwise. */
function text(issues: Issues, field: string, value: unknown, min: number, max: number): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '') push(issues, field, 'field.required');
  else if ([...trimmed].length < min) push(issues, field, 'field.too_short', { min });
  else if ([...trimmed].length > max) push(issues, field, 'field.too_long', { max });
  else return trimmed;
  return undefined;
}

interface DaysResult {
  days: { date: string; centiHours: number }[];
  complete: boolean;
}

function checkDays(issues: Issues, value: unknown, hoursRule: DailyHoursRule): DaysResult {
  if (!Array.isArray(value)) {
    push(issues, 'days', 'field.required');
    return { days: [], complete: false };
  }
  const seen = new Set<string>();
  const days: DaysResult['days'] = [];
  let complete = true;
  value.forEach((raw: unknown, i) => {
    const day = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<DeclarationDayInput>;
    const date = day.date;
    let dateOk = false;
    if (!isIsoDate(date)) push(issues, `days.${i}.date`, 'field.invalid_date');
    else if (seen.has(date)) push(issues, `days.${i}.date`, 'contract.days.duplicate', { date });
    else dateOk = true;
    if (typeof date === 'string') seen.add(date);
    const centi = toCentiHours(day.hours);
    let hoursOk = false;
    if (centi === undefined) push(issues, `days.${i}.hours`, 'contract.day.hours_invalid');
    else if (centi < hoursRule.minCentiHours)
      push(issues, `days.${i}.hours`, 'contract.day.hours_min', {
        min: formatCentiHours(hoursRule.minCentiHours),
      });
    else if (centi > hoursRule.maxCentiHours)
      push(issues, `days.${i}.hours`, 'contract.day.hours_max', {
        max: formatCentiHours(hoursRule.maxCentiHours),
      });
    else hoursOk = true;
    if (dateOk && centi !== undefined) days.push({ date: date as string, centiHours: centi });
    if (!dateOk || !hoursOk) complete = false;
  });
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { days, complete };
}

function checkPosting(
  issues: Issues,
  value: unknown,
  country: IsoCountryCode | undefined,
  span: { firstDay: string; lastDay: string } | undefined,
): PostingForm | undefined {
  const posting = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof PostingInput, unknown>
  >;
  const before = issues.length;
  const hostName = text(issues, 'posting.hostName', posting.hostName, 1, POSTING_TEXT_MAX_LENGTH);
  const street = text(issues, 'posting.street', posting.street, 1, POSTING_TEXT_MAX_LENGTH);
  const city = text(issues, 'posting.city', posting.city, 1, POSTING_TEXT_MAX_LENGTH);
  let postalCode: string | undefined;
  if (typeof posting.postalCode !== 'string' || posting.postalCode.trim() === '') {
    push(issues, 'posting.postalCode', 'field.required');
  } else if (country) {
    const parsed = parsePostalCode(country, posting.postalCode);
    if (parsed.ok) postalCode = parsed.value;
    else push(issues, 'posting.postalCode', parsed.code, parsed.params);
  }
  const { startDate, endDate } = posting;
  if (!isIsoDate(startDate)) push(issues, 'posting.startDate', 'field.invalid_date');
  if (!isIsoDate(endDate)) push(issues, 'posting.endDate', 'field.invalid_date');
  if (isIsoDate(startDate) && isIsoDate(endDate)) {
    if (endDate < startDate) push(issues, 'posting.endDate', 'contract.posting.dates_order');
    else if (span && (startDate < span.firstDay || endDate > span.lastDay)) {
      push(issues, 'posting.startDate', 'contract.posting.dates_outside', span);
    }
  }
  if (issues.length > before || !country || !hostName || !street || !city || !postalCode) return undefined;
  return {
    hostName,
    street,
    postalCode,
    city,
    country,
    startDate: startDate as string,
    endDate: endDate as string,
  };
}

/**
 * Checks a declaration; returns it normalized, or throws DomainError('validation', issues) with every
 * problem found. `context.today` and `context.entity` are trusted (the server sets them).
 */
export function validateDeclaration(input: DeclarationInput, context: DeclarationContext): ValidDeclaration {
  if (!isIsoDate(context.today))
    throw new RangeError(`context.today must be YYYY-MM-DD, got ${context.today}`);
  const rules = context.rules ?? DEFAULT_PAYROLL_RULES;
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<
    Record<keyof DeclarationInput, unknown>
  >;
  const issues: Issues = [];

  // Job, description, country, risks.
  const job = typeof raw.jobCode === 'string' ? jobByCode(raw.jobCode) : undefined;
  if (!job) push(issues, 'jobCode', 'contract.job.unknown', { job: String(raw.jobCode) });
  const description = text(
    issues,
    'description',
    raw.description,
    DESCRIPTION_MIN_LENGTH,
    DESCRIPTION_MAX_LENGTH,
  );
  const country = normalizeCountry(raw.countryOfWork);
  const countryOfWork = isIsoCountryCode(country) ? country : undefined;
  if (!countryOfWork)
    push(issues, 'countryOfWork', 'contract.country.invalid', { country: String(raw.countryOfWork) });
  const risks: RiskCode[] = [];
  if (Array.isArray(raw.risks)) {
    raw.risks.forEach((risk: unknown, i) => {
      if (!isRiskCode(risk)) push(issues, `risks.${i}`, 'contract.risk.unknown', { risk: String(risk) });
      else if (!risks.includes(risk)) risks.push(risk);
    });
  }
  if (risks.length === 0 && !issues.some((i) => i.field.startsWith('risks.'))) {
    push(issues, 'risks', 'contract.risks.required');
  }

  // Days.
  const hoursRule =
    effectiveAt(DAILY_HOURS_RULES, context.today) ?? DAILY_HOURS_RULES[DAILY_HOURS_RULES.length - 1]!;
  const { days, complete } = checkDays(issues, raw.days, hoursRule);
  const count = Array.isArray(raw.days) ? raw.days.length : 0;
  const firstDay = days[0]?.date;
  const lastDay = days[days.length - 1]?.date;
  const time = effectiveAt(rules.be.workTime, firstDay ?? context.today);
  if (time && Array.isArray(raw.days)) {
    if (count < time.minDays) push(issues, 'days', 'payroll.days.min', { min: time.minDays });
    if (count > time.maxDays) push(issues, 'days', 'payroll.days.max', { max: time.maxDays });
  }
  let span: { firstDay: string; lastDay: string } | undefined;
  if (firstDay && lastDay) {
    if (firstDay < context.today)
      push(issues, 'days', 'contract.first_day.past', { firstDay, today: context.today });
    const maxLastDay = lastDayOfOneMonthFrom(firstDay);
    if (lastDay > maxLastDay) push(issues, 'days', 'contract.days.span', { firstDay, maxLastDay });
    span = { firstDay, lastDay };
  }
  if (context.existingContracts && days.length > 0) {
    issues.push(
      ...overlapIssues(
        overlappingDates(
          days.map((d) => d.date),
          context.existingContracts,
        ),
      ),
    );
  }

  // Contract type.
  let contractType: BeContractType | undefined;
  if (!isBeContractType(raw.contractType)) {
    push(issues, 'contractType', 'payroll.contract_type.unknown', { contractType: String(raw.contractType) });
  } else {
    contractType = raw.contractType;
    const payrollEntity = rules.entities[context.entity.id];
    if (payrollEntity && !payrollEntity.contractTypes.includes(contractType)) {
      push(issues, 'contractType', 'payroll.contract_type.not_allowed', {
        entity: context.entity.id,
        contractType,
      });
    } else if (contractType === 'artistic_employee' && job && !job.artistic) {
      push(issues, 'contractType', 'contract.contract_type.not_artistic', { job: job.code });
    }
  }

  // Student quota, per calendar year of the days.
  const centiHoursByYear: Record<string, number> = {};
  for (const day of days)
    centiHoursByYear[yearOf(day.date)] = (centiHoursByYear[yearOf(day.date)] ?? 0) + day.centiHours;
  if (contractType === 'student' && context.studentUsedCentiHoursByYear && complete) {
    for (const [year, newCentiHours] of Object.entries(centiHoursByYear)) {
      const firstOfYear = days.find((d) => yearOf(d.date) === year)!.date;
      const quotaHours = studentQuotaHoursAt(firstOfYear, rules);
      if (quotaHours === undefined) continue;
      const quotaInput = {
        usedCentiHours: Math.max(0, Math.trunc(context.studentUsedCentiHoursByYear[year] ?? 0)),
        newCentiHours,
        quotaHours,
      };
      const result = checkStudentQuota(quotaInput);
      if (!result.ok) issues.push(studentQuotaIssue(quotaInput, result, year));
    }
  }

  // Money.
  if (raw.amountExclVatCents === 0) push(issues, 'amountExclVatCents', 'contract.amount.zero');
  else issues.push(...amountIssues('amountExclVatCents', raw.amountExclVatCents, 'amount'));
  const expenses = raw.expensesCents ?? 0;
  if (typeof expenses !== 'number' || !Number.isSafeInteger(expenses)) {
    push(issues, 'expensesCents', 'payroll.expenses.not_integer');
  } else if (expenses < 0) {
    push(issues, 'expensesCents', 'payroll.expenses.min', { min: '0.00' });
  }
  const rate = raw.withholdingRateBp;
  if (typeof rate !== 'number' || !Number.isSafeInteger(rate)) {
    push(issues, 'withholdingRateBp', 'payroll.withholding.not_integer');
  } else if (contractType) {
    const floor = effectiveAt(rules.be.contractToolWithholding, firstDay ?? context.today);
    if (floor && rate < floor.minRateBp[contractType]) {
      push(issues, 'withholdingRateBp', 'payroll.withholding.min', {
        min: formatBp(floor.minRateBp[contractType]),
      });
    }
    if (floor && rate > floor.maxRateBp) {
      push(issues, 'withholdingRateBp', 'payroll.withholding.max', { max: formatBp(floor.maxRateBp) });
    }
  }

  // VAT.
  let vatTreatment: VatTreatment | undefined;
  if (!isVatTreatment(raw.vatTreatment)) {
    push(issues, 'vatTreatment', 'contract.vat.unknown', { treatment: String(raw.vatTreatment) });
  } else {
    vatTreatment = raw.vatTreatment;
    if (context.client && context.entity.vatRegistered !== undefined) {
      issues.push(
        ...checkVatTreatment({
          treatment: vatTreatment,
          entity: { ...context.entity, vatRegistered: context.entity.vatRegistered },
          client: context.client,
        }),
      );
    }
  }

  // Posting (A1 form request) when working outside the entity's country.
  const posted = countryOfWork !== undefined && countryOfWork !== context.entity.country;
  const hasPosting = raw.posting !== undefined && raw.posting !== null;
  let posting: PostingForm | undefined;
  if (posted && !hasPosting) push(issues, 'posting', 'contract.posting.required', { country: countryOfWork });
  else if (posted) posting = checkPosting(issues, raw.posting, countryOfWork, span);
  else if (hasPosting && countryOfWork)
    push(issues, 'posting', 'contract.posting.not_needed', { country: countryOfWork });

  if (issues.length > 0) throw new DomainError('validation', issues);
  return {
    jobCode: job!.code,
    jobFamily: job!.family,
    description: description!,
    countryOfWork: countryOfWork!,
    risks,
    days,
    dates: days.map((d) => d.date),
    firstDay: firstDay!,
    lastDay: lastDay!,
    dayCount: days.length,
    totalCentiHours: days.reduce((sum, d) => sum + d.centiHours, 0),
    centiHoursByYear,
    contractType: contractType!,
    amountExclVatCents: raw.amountExclVatCents as number,
    vatTreatment: vatTreatment!,
    withholdingRateBp: rate as number,
    expensesCents: expenses as number,
    posted,
    posting: posting ?? null,
    dimonaType: declarationTypeFor(contractType!),
  };
}

/**
 * The payroll engine's input for a validated declaration: days = number of days, hours = total hours,
 * rules dated on the first day. The engine then refuses pay under the legal minimum for those hours.
 */
export function payrollInputFor(declaration: ValidDeclaration, entity: string): InvoiceInput {
  return {
    entity,
    contractType: declaration.contractType,
    amountExclVatCents: declaration.amountExclVatCents,
    days: declaration.dayCount,
    hours: declaration.totalCentiHours / 100,
    withholdingRateBp: declaration.withholdingRateBp,
    expensesCents: declaration.expensesCents,
    date: declaration.firstDay,
  };
}
