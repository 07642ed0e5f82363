/**
 * Internal credit to an Activity: a 0 % loan (goods, training, working capital) or an equipment financing
 * (the cooperative buys the equipment, the Activity repays it), requested by the administrator (right
 * `manage`) and decided by staff. No interest: the Activity repays the principal in monthly instalments
 * taken from its budget; an arrangement fee may be taken once, apart from the instalments.
 *
 * Arrangement fee (seeds 003:L3617-3644, DOMAIN.md §3 "Internal credit"):
 * - since 2018 in Belgium, investment credit (equipment) carried an arrangement fee of 3 % of the amount
 *   granted;
 * - within the Corona plan and until the end of 2021, the loan was offered without arrangement fee or
 *   interest ("prêt à taux zéro"); the start of that offer is not dated in the seeds: the platform takes
 *   1 June 2020, after the Brussels government's press release of 28 May 2020 on zero-rate loans to
 *   cooperatives (003:L663-676);
 * - from 2022 the seeds say nothing: the platform applies the 2018 rule again to equipment (3 %) and no fee
 *   to other loans. Both are configurable defaults (`verified: false`).
 * Equipment leasing of 2017 (001:L1546-1583, 271 files, 14 months on average) is modelled as an equipment
 * financing at 0 %.
 *
 * Schedule: integer cents; every instalment is ⌊principal ÷ months⌋ and the last absorbs the rounding, so
 * the instalments sum to the principal exactly. Due dates fall on the first due date's day of each month
 * (the month's last day when shorter).
 */
import { DomainError } from '../errors.ts';
import { addDays, daysInMonth } from '../contracts/dates.ts';
import { mulDiv } from '../payroll/arith.ts';
import { effectiveAt, type EffectiveRule } from '../rules/types.ts';
import { cents, date, integer, push, text, throwIfAny, trustedDate, type Issues } from './input.ts';
import { DEFAULT_ACTIVITY_SETTINGS, type ActivitySettings } from './settings.ts';

export const FINANCING_KINDS = ['loan', 'equipment'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

export function isFinancingKind(value: unknown): value is FinancingKind {
  return typeof value === 'string' && (FINANCING_KINDS as readonly string[]).includes(value);
}

export interface ArrangementFeeRule extends EffectiveRule {
  /** Fee on the principal, basis points (300 = 3 %). */
  rateBp: number;
}

const ZERO_RATE =
  'Seeds 003:L3617-3621 (until the end of 2021, loan "sans frais de dossier ni intérêt" within the Corona plan); start taken as 1 June 2020 after the Brussels press release of 28 May 2020 (003:L663-676)';

export const ARRANGEMENT_FEE_RULES: Readonly<Record<FinancingKind, readonly ArrangementFeeRule[]>> = {
  equipment: [
    {
      validFrom: '2018-01-01',
      validTo: '2020-05-31',
      rateBp: 300,
      source:
        'Seeds 003:L3636-3644: since 2018 in Belgium, investment credit for equipment "moyennant des frais de dossier équivalent à 3% du montant accordé"',
      verified: true,
    },
    { validFrom: '2020-06-01', validTo: '2021-12-31', rateBp: 0, source: ZERO_RATE, verified: false },
    {
      validFrom: '2022-01-01',
      rateBp: 300,
      source:
        'Configurable default: the seeds end with the zero-rate offer (end of 2021); the 2018 rule (3 %, 003:L3636-3644) applies again',
      verified: false,
    },
  ],
  loan: [
    { validFrom: '2020-06-01', validTo: '2021-12-31', rateBp: 0, source: ZERO_RATE, verified: false },
    {
      validFrom: '2022-01-01',
      rateBp: 0,
      source:
        'Configurable default: internal 0 % loan ("crédit interne", 003:L3622-3630) without arrangement fee, as offered until the end of 2021',
      verified: false,
    },
  ],
};

/** The arrangement fee of a financing granted on `date`: principal × rate, half up to the cent. */
export function arrangementFee(
  kind: FinancingKind,
  principalCents: number,
  date: string,
): { feeCents: number; rateBp: number; source: string } {
  const rule = effectiveAt(ARRANGEMENT_FEE_RULES[kind], date);
  if (!rule) throw DomainError.field('date', 'activity.financing.no_rule', { date, kind });
  return {
    feeCents: mulDiv(principalCents, rule.rateBp, 10_000, 'half-up'),
    rateBp: rule.rateBp,
    source: rule.source,
  };
}

/** `date` moved by `months` calendar months, on the same day or the month's last day. */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface Instalment {
  /** 1-based. */
  number: number;
  dueDate: string;
  amountCents: number;
}

/**
 * Monthly repayments of `principalCents` over `months`: ⌊principal ÷ months⌋ each, the last absorbing the
 * rounding. Requires principal ≥ months (every instalment at least one cent).
 */
export function repaymentSchedule(
  principalCents: number,
  months: number,
  firstDueDate: string,
): Instalment[] {
  if (!Number.isSafeInteger(months) || months < 1) throw new RangeError('months must be a positive integer');
  if (!Number.isSafeInteger(principalCents) || principalCents < months) {
    throw new RangeError('the principal must be integer cents, at least one cent per month');
  }
  trustedDate('firstDueDate', firstDueDate);
  const each = Math.floor(principalCents / months);
  return Array.from({ length: months }, (_, i) => ({
    number: i + 1,
    dueDate: addMonths(firstDueDate, i),
    amountCents: i === months - 1 ? principalCents - each * (months - 1) : each,
  }));
}

export const FINANCING_PURPOSE_MAX_LENGTH = 1000;
/** The first instalment falls within this many days of the request. */
export const FINANCING_FIRST_DUE_MAX_DAYS = 366;

export interface FinancingRequestInput {
  kind: string;
  principalCents: number;
  months: number;
  firstDueDate: string;
  purpose: string;
}

export interface ValidFinancingRequest {
  kind: FinancingKind;
  principalCents: number;
  months: number;
  firstDueDate: string;
  purpose: string;
  /** Taken once from the budget when the financing is granted, apart from the instalments. */
  arrangementFeeCents: number;
  arrangementFeeRateBp: number;
  arrangementFeeSource: string;
  instalments: Instalment[];
}

/**
 * Checks a financing request (every problem at once, 422) and computes its fee and schedule. `today` is the
 * request's date; the fee rule of that date applies (staff decide with the figures shown).
 */
export function validateFinancingRequest(
  input: FinancingRequestInput,
  context: { today: string; settings?: Pick<ActivitySettings, 'financingMaxMonths'> },
): ValidFinancingRequest {
  const today = trustedDate('today', context.today);
  const maxMonths = (context.settings ?? DEFAULT_ACTIVITY_SETTINGS).financingMaxMonths;
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<string, unknown>>;
  const issues: Issues = [];
  if (!isFinancingKind(raw.kind)) push(issues, 'kind', 'field.invalid_choice');
  const principal = cents(issues, 'principalCents', raw.principalCents, 100);
  const months = integer(issues, 'months', raw.months, 1, maxMonths);
  if (principal !== undefined && months !== undefined && principal < months) {
    push(issues, 'principalCents', 'activity.financing.principal_too_small', { months });
  }
  const first = date(issues, 'firstDueDate', raw.firstDueDate);
  if (first !== undefined && (first <= today || first > addDays(today, FINANCING_FIRST_DUE_MAX_DAYS))) {
    push(issues, 'firstDueDate', 'activity.financing.first_due_date', {
      max: FINANCING_FIRST_DUE_MAX_DAYS,
    });
  }
  const purpose = text(issues, 'purpose', raw.purpose, 3, FINANCING_PURPOSE_MAX_LENGTH);
  throwIfAny(issues);
  const kind = raw.kind as FinancingKind;
  const fee = arrangementFee(kind, principal!, today);
  return {
    kind,
    principalCents: principal!,
    months: months!,
    firstDueDate: first!,
    purpose: purpose!,
    arrangementFeeCents: fee.feeCents,
    arrangementFeeRateBp: fee.rateBp,
    arrangementFeeSource: fee.source,
    instalments: repaymentSchedule(principal!, months!, first!),
  };
}
