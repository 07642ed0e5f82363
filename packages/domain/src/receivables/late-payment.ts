/**
 * Late-payment interest and fixed compensation the cooperative may claim on an unpaid invoice, under
 * Belgian law, effective-dated with their sources (see `SOURCES.md` in this folder).
 *
 * - **Commercial** debtors (a company or a public body: client kinds `company`, `public_body`): law of
 *   2 August 2002 on combating late payment in commercial transactions. Interest runs by law, without
 *   notice, from the day after the due date, at the reference rate of art. 5 al. 2 (ECB main refinancing
 *   rate + 8 points, rounded up to the next half point), published per half-year by the FPS Finance;
 *   plus a fixed compensation of 40 € for recovery costs (art. 6).
 * - **Consumers** (client kind `person`): Code of Economic Law, Book XIX "Debts of the consumer" (law of
 *   4 May 2023, in force 1 September 2023). The first reminder is free; no cost may be claimed before 14
 *   calendar days have passed from the day after an e-mailed reminder (art. XIX.2); interest at most the
 *   commercial rate (art. XIX.4): the platform claims the legal interest rate of the year (law of 5 May
 *   1865 art. 2), which is lower, and counts it only from the end of that 14-day period (conservative);
 *   the compensation is capped by tiers on the amount due.
 *
 * Interest is computed per day: Σ over the days of principal × annual rate / 365, on the principal due
 * that day and the rate in force that day, rounded once, half up to the cent.
 */
import { addDays, dayNumber } from '../contracts/dates.ts';
import { mulDiv } from '../payroll/arith.ts';
import { effectiveAt, type EffectiveRule, type RuleDate } from '../rules/types.ts';
import type { ClientType } from '../contracts/vat.ts';

export type LatePaymentRegime = 'commercial' | 'consumer';

/** Which law governs the late payment of this kind of client. */
export function latePaymentRegime(clientKind: ClientType): LatePaymentRegime {
  return clientKind === 'person' ? 'consumer' : 'commercial';
}

export interface InterestRateRule extends EffectiveRule {
  /** Annual rate in basis points (1050 = 10.50 %). */
  rateBp: number;
}

const LAW_2002 =
  'Law of 2 August 2002 on late payment in commercial transactions, art. 5 al. 2 (ECB main refinancing rate + 8 points, rounded up to the half point), FPS Finance half-yearly notice';

/** Reference rate for late payment in commercial transactions, per half-year. */
export const BE_COMMERCIAL_INTEREST_RULES: readonly InterestRateRule[] = [
  {
    validFrom: '2023-01-01',
    validTo: '2023-06-30',
    rateBp: 1050,
    source: `${LAW_2002}; MB 17 March 2023 (reported by mondaq.com, studio-legale.com)`,
    verified: true,
  },
  {
    validFrom: '2023-07-01',
    validTo: '2023-12-31',
    rateBp: 1200,
    source: `${LAW_2002}; second half 2023 (reported by avocation.be, kantoor-jan-loeters.be)`,
    verified: true,
  },
  {
    validFrom: '2024-01-01',
    validTo: '2024-06-30',
    rateBp: 1250,
    source: `${LAW_2002}; first half 2024 (reported by medenam.be, kantoor-jan-loeters.be)`,
    verified: true,
  },
  {
    validFrom: '2024-07-01',
    validTo: '2024-12-31',
    rateBp: 1250,
    source: `${LAW_2002}; second half 2024, MB 30 July 2024 (reported by trendstop.levif.be, forumforthefuture.be)`,
    verified: true,
  },
  {
    validFrom: '2025-01-01',
    validTo: '2025-06-30',
    rateBp: 1150,
    source: `${LAW_2002}; first half 2025 (lawbase.be rate table; ECB 3.15 % + 8 = 11.15 → 11.5)`,
    verified: true,
  },
  {
    validFrom: '2025-07-01',
    validTo: '2025-12-31',
    rateBp: 1050,
    source: `${LAW_2002}; second half 2025 (lawbase.be rate table; ECB 2.15 % + 8 = 10.15 → 10.5)`,
    verified: true,
  },
  {
    validFrom: '2026-01-01',
    validTo: '2026-06-30',
    rateBp: 1050,
    source: `${LAW_2002}; first half 2026 unchanged at 10.50 (embuild.be, January 2026)`,
    verified: true,
  },
  {
    validFrom: '2026-07-01',
    rateBp: 1050,
    source:
      'No published rate found for the second half of 2026 and later: the last known rate (first half 2026) is kept until the FPS Finance figure is entered here',
    verified: false,
  },
];

const LAW_1865 =
  'Legal interest rate in civil matters and between a business and a consumer: law of 5 May 1865 on interest-bearing loans, art. 2 §1 (1-year Euribor of December rounded up to the quarter point + 2), FPS Finance yearly notice';

/** Legal interest rate of the year. */
export const BE_LEGAL_INTEREST_RULES: readonly InterestRateRule[] = [
  {
    validFrom: '2023-01-01',
    validTo: '2023-12-31',
    rateBp: 525,
    source: `${LAW_1865}; 2023: 5.25 % (MB 31 January 2023, reported by mondaq.com, kluwer.be)`,
    verified: true,
  },
  {
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
    rateBp: 575,
    source: `${LAW_1865}; 2024: 5.75 % (reported by kantoor-jan-loeters.be)`,
    verified: true,
  },
  {
    validFrom: '2025-01-01',
    validTo: '2025-12-31',
    rateBp: 450,
    source: `${LAW_1865}; 2025: 4.50 % (lawbase.be rate table)`,
    verified: true,
  },
  {
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    rateBp: 450,
    source: `${LAW_1865}; 2026: 4.50 %, published in the Moniteur belge (embuild.be, January 2026)`,
    verified: true,
  },
  {
    validFrom: '2027-01-01',
    rateBp: 450,
    source:
      'Not published yet: the last known legal rate (2026) is kept until the FPS Finance figure for the year is entered here',
    verified: false,
  },
];

/** Fixed compensation for recovery costs owed by a commercial debtor: 40 € (law of 2 August 2002, art. 6). */
export const COMMERCIAL_COMPENSATION_CENTS = 4000;

/** CEL art. XIX.2: costs only after 14 calendar days counted from the day after an e-mailed reminder. */
export const CONSUMER_DELAY_DAYS = 14;

/**
 * Book XIX applies to consumer debts from 1 September 2023 (law of 4 May 2023, MB 23 May 2023; for
 * contracts concluded earlier, from 1 December 2023).
 */
export const CONSUMER_RULES_FROM: RuleDate = '2023-09-01';

/**
 * Maximum compensation a consumer may be asked for, on the amount due (CEL art. XIX.4; tiers reported by
 * crivitspersyn.be, lawcom.be): ≤ 150 € → 20 €; 150.01–500 € → 30 € + 10 % of the part above 150 €;
 * above 500 € → 65 € + 5 % of the part above 500 €, at most 2,000 €. Half up to the cent.
 */
export function consumerCompensationCents(amountDueCents: number): number {
  if (amountDueCents <= 0) return 0;
  if (amountDueCents <= 15_000) return 2_000;
  if (amountDueCents <= 50_000) return 3_000 + mulDiv(amountDueCents - 15_000, 10, 100, 'half-up');
  return Math.min(200_000, 6_500 + mulDiv(amountDueCents - 50_000, 5, 100, 'half-up'));
}

/** The fixed compensation of the regime on the amount still due. */
export function compensationCents(regime: LatePaymentRegime, amountDueCents: number): number {
  if (amountDueCents <= 0) return 0;
  return regime === 'commercial' ? COMMERCIAL_COMPENSATION_CENTS : consumerCompensationCents(amountDueCents);
}

export function interestRulesOf(regime: LatePaymentRegime): readonly InterestRateRule[] {
  return regime === 'commercial' ? BE_COMMERCIAL_INTEREST_RULES : BE_LEGAL_INTEREST_RULES;
}

/** The annual rate in force on `date` for the regime; throws when no rule covers the date. */
export function interestRateAt(regime: LatePaymentRegime, date: RuleDate): InterestRateRule {
  const rule = effectiveAt(interestRulesOf(regime), date);
  if (!rule) throw new RangeError(`no ${regime} late-payment interest rate for ${date}`);
  return rule;
}

/** The principal due from a date on (until the next change). */
export interface PrincipalChange {
  from: RuleDate;
  amountCents: number;
}

/** Days that share one principal and one rate. */
export interface InterestPeriod {
  from: RuleDate;
  to: RuleDate;
  days: number;
  principalCents: number;
  rateBp: number;
}

export interface InterestResult {
  interestCents: number;
  periods: InterestPeriod[];
}

export const INTEREST_DAY_BASIS = 365;

/**
 * Interest of the regime for each day from `from` to `to` (both included), on the principal in force that
 * day (`principal`: changes in date order; before the first one nothing is due). Exact: the sum of
 * principal × rate over the days, divided by 10,000 × 365 once, half up to the cent.
 */
export function lateInterest(
  regime: LatePaymentRegime,
  principal: readonly PrincipalChange[],
  from: RuleDate,
  to: RuleDate,
): InterestResult {
  const changes = [...principal].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const periods: InterestPeriod[] = [];
  let numerator = 0n;
  const first = dayNumber(from);
  const last = dayNumber(to);
  let index = -1;
  for (let day = first; day <= last; day++) {
    const date = addDays(from, day - first);
    while (index + 1 < changes.length && changes[index + 1]!.from <= date) index++;
    const amount = index >= 0 ? Math.max(0, changes[index]!.amountCents) : 0;
    if (amount === 0) continue;
    const rateBp = interestRateAt(regime, date).rateBp;
    numerator += BigInt(amount) * BigInt(rateBp);
    const current = periods[periods.length - 1];
    if (
      current &&
      current.principalCents === amount &&
      current.rateBp === rateBp &&
      addDays(current.to, 1) === date
    ) {
      current.to = date;
      current.days += 1;
    } else {
      periods.push({ from: date, to: date, days: 1, principalCents: amount, rateBp });
    }
  }
  const denominator = BigInt(10_000 * INTEREST_DAY_BASIS);
  let interest = numerator / denominator;
  if (2n * (numerator % denominator) >= denominator) interest += 1n;
  return { interestCents: Number(interest), periods };
}

export interface ReminderChargesInput {
  regime: LatePaymentRegime;
  dueDate: RuleDate;
  /** The day the charges are computed for (the day of the formal notice), included. */
  date: RuleDate;
  /** What was due, from the due date on, after each payment or credit. */
  principal: readonly PrincipalChange[];
  amountDueCents: number;
  /** Consumers: the day the first free reminder was sent (null when none was). */
  firstFreeReminderOn: RuleDate | null;
}

export interface ReminderCharges extends InterestResult {
  compensationCents: number;
  /** First day of interest (the day after the due date; for a consumer, the end of the free period). */
  interestFrom: RuleDate | null;
  /** Consumers: first day any cost may be claimed. */
  costsAllowedFrom: RuleDate;
}

/** The first day a consumer may be charged after a free reminder e-mailed on `sentOn`. */
export function consumerCostsAllowedFrom(sentOn: RuleDate): RuleDate {
  return addDays(sentOn, CONSUMER_DELAY_DAYS + 1);
}

/**
 * What a formal notice claims on `date`: the late-payment interest to that day and the fixed
 * compensation, or nothing for a consumer whose free period is not over (or who had no free reminder).
 */
export function reminderCharges(input: ReminderChargesInput): ReminderCharges {
  const dayAfterDue = addDays(input.dueDate, 1);
  if (input.regime === 'commercial') {
    const interest = lateInterest('commercial', input.principal, dayAfterDue, input.date);
    return {
      ...interest,
      compensationCents: compensationCents('commercial', input.amountDueCents),
      interestFrom: input.date >= dayAfterDue ? dayAfterDue : null,
      costsAllowedFrom: dayAfterDue,
    };
  }
  const allowed = input.firstFreeReminderOn ? consumerCostsAllowedFrom(input.firstFreeReminderOn) : null;
  if (!allowed || input.date < allowed || input.date < CONSUMER_RULES_FROM) {
    return {
      interestCents: 0,
      periods: [],
      compensationCents: 0,
      interestFrom: null,
      costsAllowedFrom: allowed ?? '9999-12-31',
    };
  }
  const from = allowed > dayAfterDue ? allowed : dayAfterDue;
  const interest = lateInterest('consumer', input.principal, from, input.date);
  return {
    ...interest,
    compensationCents: compensationCents('consumer', input.amountDueCents),
    interestFrom: from,
    costsAllowedFrom: allowed,
  };
}
