import {
  invoiceBudgetCredit,
  payDateFor,
  receivedShare,
  validateFinancingRequest,
  validateSalaryRequest,
  vatAmount,
  type PayRule,
  type SalaryRequestInput,
} from '@partage/domain';
import { seededRandom } from '../lib/random.ts';

/**
 * The history of every generated Activity, drawn in Node with a seeded generator (the same seed gives
 * the same history) and priced by the real domain rules: each invoice's VAT (`vatAmount`) and budget
 * credit (`invoiceBudgetCredit`: the mutualised fee of its date), each salary's breakdown
 * (`validateSalaryRequest`), the loan's fee and schedule (`validateFinancingRequest`), the budget's share
 * of each payment (`receivedShare`). The generator writes these rows into the tables with set-based SQL.
 *
 * The budget is never overdrawn: each Activity's history is replayed day by day, and a cost (expense
 * claim, purchase, salary) is approved only on a day when what clients have paid (the budget's share),
 * plus other money in, minus what was already spent, covers it (the app's own rule, `canAfford`, without
 * advance); otherwise it moves a week later. Within a day, receipts come before costs.
 *
 * Members and clients are referred to by their index (0..): the generator joins them in SQL.
 */

export interface PlanOptions {
  /** The cooperative's today, YYYY-MM-DD: the history ends the day before. */
  today: string;
  seed: number;
  /** Activities in all, the big one included (index 0). */
  activities: number;
  /** Members available as openers and participants (member index 0.. in member-number order). */
  members: number;
  clients: number;
  /** Years of history of the big Activity. */
  years: number;
  big: {
    invoices: number;
    salaries: number;
    expenses: number;
    quotes: number;
    purchases: number;
    creditNotes: number;
  };
  /** Participants of the big Activity besides its opener (members 1..n), who also each open a small one. */
  bigParticipants: number;
  /** How many of them ask for salaries. */
  salaried: number;
  payRule: PayRule;
}

/** Rows of the plan (dates YYYY-MM-DD, times as `YYYY-MM-DD HH:MM:SS+00`, money in cents). */
export interface ActivityPlan {
  a: number;
  big: boolean;
  name: string;
  description: string;
  job_family: string;
  opener: number;
  requested_at: string;
  decided_at: string;
}

export interface ParticipantPlan {
  a: number;
  m: number;
  administrator: boolean;
  rights: string[];
  joined_at: string;
}

export interface QuotePlan {
  q: number;
  a: number;
  c: number;
  by: number;
  quote_date: string;
  valid_until: string;
  title: string;
  description: string;
  quantity_centi: number;
  unit_price: number;
  amount: number;
  vat: number;
  status: 'accepted' | 'refused' | 'sent';
  at: string;
  answered_at: string | null;
}

export interface InvoicePlan {
  i: number;
  a: number;
  c: number;
  by: number;
  q: number | null;
  issue_date: string;
  at: string;
  description: string;
  quantity_centi: number;
  unit_price: number;
  amount: number;
  vat: number;
  vat_rate_bp: number;
  fee: number;
  credit: number;
  /** Paid by the client (0: not paid), on `paid_on`. */
  paid: number;
  paid_on: string | null;
  /** Credited in full (unpaid invoice) by a credit note on that day. */
  credited_on: string | null;
}

export interface ExpensePlan {
  x: number;
  a: number;
  m: number;
  submitted_on: string;
  at: string;
  decided_at: string | null;
  claimed: number;
  vat: number;
  cost: number;
  category: string;
  description: string;
  route: string[];
  /** Steps approved so far (all of them once approved). */
  approved_steps: number;
  status: 'approved' | 'submitted';
  /** Member who approves the Activity's step (its administrator). */
  approver: number;
}

export interface SalaryPlan {
  s: number;
  a: number;
  m: number;
  submitted_on: string;
  at: string;
  decided_at: string | null;
  first_day: string;
  last_day: string;
  pay_date: string;
  input: SalaryRequestInput;
  gross: number;
  net: number;
  employer_cost: number;
  breakdown: unknown;
  job_code: string;
  description: string;
  risks: string[];
  contract_type: string;
  day_count: number;
  total_centi_hours: number;
  withholding_rate_bp: number;
  route: string[];
  approved_steps: number;
  status: 'approved' | 'submitted';
  approver: number;
}

export interface PurchasePlan {
  u: number;
  a: number;
  m: number;
  supplier_name: string;
  supplier_iban: string;
  supplier_invoice_number: string;
  description: string;
  category: string;
  invoice_date: string;
  due_date: string;
  amount: number;
  vat: number;
  at: string;
  decided_at: string | null;
  route: string[];
  approved_steps: number;
  status: 'approved' | 'submitted';
  approver: number;
}

export interface FinancingPlan {
  a: number;
  by: number;
  principal: number;
  months: number;
  first_due_date: string;
  purpose: string;
  fee: number;
  fee_rate_bp: number;
  fee_source: string;
  requested_at: string;
  decided_at: string;
  instalments: Array<{ number: number; due_date: string; amount: number; paid_on: string | null }>;
}

export interface Plan {
  activities: ActivityPlan[];
  participants: ParticipantPlan[];
  quotes: QuotePlan[];
  invoices: InvoicePlan[];
  expenses: ExpensePlan[];
  salaries: SalaryPlan[];
  purchases: PurchasePlan[];
  financings: FinancingPlan[];
  /** Lowest "available" budget of any Activity on any day of the replay (≥ 0 by construction). */
  lowestAvailableCents: number;
}

/** The payroll rules of the domain start on this day (minimum wage): older salaries are priced with them. */
const PAYROLL_RULES_FROM = '2024-04-15';
const STAFF_THRESHOLD_CENTS = 100_000;

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const at = (day: number, minutes: number) =>
  `${dateOf(day)} ${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(Math.floor(minutes % 60)).padStart(2, '0')}:00+00`;

const KINDS = [
  'Studio',
  'Atelier',
  'Compagnie',
  'Collectif',
  'Ensemble',
  'Bureau',
  'Maison',
  'Werkplaats',
  'Trio',
];
const CORES = [
  'Lumière',
  'Horizon',
  'Boréal',
  'Zénith',
  'Noord',
  'Papillon',
  'Escale',
  'Rivage',
  'Ondes',
  'Parcours',
  'Meridiaan',
  'Archipel',
  'Sablon',
  'Ardenne',
  'Schelde',
  'Semois',
  'Flagey',
  'Kanaal',
  'Prisme',
  'Tempo',
  'Kompas',
  'Spiegel',
  'Contrepoint',
  'Polyphonie',
];
const FAMILIES: Array<[string, string]> = [
  ['it_graphics_language', 'Identités visuelles, mise en page et traduction pour l’édition et la culture.'],
  ['performing_arts_literature', 'Théâtre jeune public en tournée dans les écoles et les centres culturels.'],
  ['music_song', 'Concerts, enregistrements et ateliers de chant.'],
  ['image_sound_stage', 'Régie son et lumière pour festivals et salles de spectacle.'],
  ['training_teaching', 'Formations et ateliers pour associations et entreprises.'],
  ['visual_arts_crafts', 'Céramique, illustration et pièces uniques sur commande.'],
  ['audiovisual', 'Captations, montages et documentaires.'],
];
const SERVICES = [
  'Mise en page',
  'Illustrations',
  'Représentation',
  'Atelier',
  'Régie',
  'Traduction',
  'Concert',
  'Formation',
  'Captation',
  'Conception graphique',
  'Accompagnement',
  'Création sonore',
];
const EXPENSES: Array<[string, string]> = [
  ['supplies', 'Fournitures et petit matériel'],
  ['travel', 'Train pour un rendez-vous client'],
  ['supplies', 'Papier, encres et impressions'],
  ['meals', 'Repas de travail avec un client'],
  ['travel', 'Parking et péages de la tournée'],
  ['services', 'Location de salle de répétition'],
  ['supplies', 'Câbles et consommables de régie'],
];
const SUPPLIERS = [
  'Imprimerie des Marolles SRL',
  'Sono Location SA',
  'Lumières du Nord BV',
  'Décors et Cie SRL',
  'Studio Flagey Rental',
  'Transports Meuse SA',
];
const JOBS: Array<[string, 'employee' | 'artistic_employee', string[], string]> = [
  ['graphic_designer', 'employee', ['office_work'], 'Mise en page de la collection'],
  ['actor', 'artistic_employee', ['stage_events'], 'Représentations de la tournée'],
  ['musician', 'artistic_employee', ['stage_events'], 'Concert et répétitions'],
  ['trainer', 'employee', ['office_work', 'public_contact'], 'Animation d’ateliers'],
  ['lighting_technician', 'employee', ['work_at_height', 'electrical'], 'Régie lumière'],
];
const OPENER_RIGHTS = ['sell', 'spend', 'request_salary', 'manage'];

/**
 * The replay of one Activity's budget: money in by day (the budget's share of each client payment, other
 * money in) and the costs approved by day, with their running sums.
 */
class BudgetReplay {
  private inflows: Array<[number, number]> = [];
  private inflowSums: number[] = [];
  private dirty = false;
  private readonly costDays: number[] = [];
  private readonly costAmounts: number[] = [];
  private readonly costSums: number[] = [];
  lowest = Number.POSITIVE_INFINITY;

  income(day: number, cents: number): void {
    this.inflows.push([day, cents]);
    this.dirty = true;
  }

  /** Money in on or before `day` minus costs approved on or before `day`. */
  available(day: number): number {
    if (this.dirty) {
      this.inflows.sort((x, y) => x[0] - y[0]);
      let sum = 0;
      this.inflowSums = this.inflows.map(([, c]) => (sum += c));
      this.dirty = false;
    }
    const i = upperBound(this.inflows, day, (x) => x[0]);
    const c = upperBound(this.costDays, day, (x) => x);
    return (i > 0 ? this.inflowSums[i - 1]! : 0) - (c > 0 ? this.costSums[c - 1]! : 0);
  }

  /**
   * The first day from `day` (by steps of a week, up to `last`) on which the cost fits, and keeps fitting
   * on every later day a cost was already approved (a loan instalment due); null if none.
   */
  place(day: number, cents: number, last: number): number | null {
    for (let d = day; d <= last; d += 7) {
      if (this.fitsFrom(d, cents)) {
        this.force(d, cents);
        return d;
      }
    }
    return null;
  }

  /** A cost taken whatever the budget (a loan instalment collected on its due date). */
  force(day: number, cents: number): void {
    const at = upperBound(this.costDays, day, (x) => x);
    this.costDays.splice(at, 0, day);
    this.costAmounts.splice(at, 0, cents);
    this.costSums.splice(at, 0, 0);
    for (let k = at; k < this.costDays.length; k++) {
      this.costSums[k] = (k > 0 ? this.costSums[k - 1]! : 0) + this.costAmounts[k]!;
    }
  }

  private fitsFrom(day: number, cents: number): boolean {
    if (this.available(day) < cents) return false;
    for (let k = upperBound(this.costDays, day, (x) => x); k < this.costDays.length; k++) {
      if (this.available(this.costDays[k]!) < cents) return false;
    }
    return true;
  }

  /** Records the lowest available budget after each day with a cost. */
  settle(): void {
    for (const day of this.costDays) this.lowest = Math.min(this.lowest, this.available(day));
  }
}

/** Index of the first element whose key is greater than `value` (the list is sorted by key). */
function upperBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildPlan(o: PlanOptions): Plan {
  const next = seededRandom(o.seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  /** Log-uniform amount in whole euros between `min` and `max`, in cents. */
  const euros = (min: number, max: number) =>
    Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min)))) * 100;

  const today = dayOf(o.today);
  const last = today - 1;
  const start = today - Math.round(o.years * 365.25);
  const plan: Plan = {
    activities: [],
    participants: [],
    quotes: [],
    invoices: [],
    expenses: [],
    salaries: [],
    purchases: [],
    financings: [],
    lowestAvailableCents: Number.POSITIVE_INFINITY,
  };

  const addInvoice = (
    replay: BudgetReplay,
    row: Omit<
      InvoicePlan,
      'i' | 'vat' | 'vat_rate_bp' | 'fee' | 'credit' | 'paid' | 'paid_on' | 'credited_on'
    >,
    payment: { paidShare: number; delay: number } | null,
  ): InvoicePlan => {
    const vat = vatAmount(row.amount, 'standard_21', row.issue_date);
    const credit = invoiceBudgetCredit({
      entity: 'BE-PA',
      amountExclVatCents: row.amount,
      date: row.issue_date,
    });
    const invoice: InvoicePlan = {
      ...row,
      i: plan.invoices.length,
      vat,
      vat_rate_bp: 2100,
      fee: credit.feeCents,
      credit: credit.creditCents,
      paid: 0,
      paid_on: null,
      credited_on: null,
    };
    const payDay = dayOf(row.issue_date) + (payment?.delay ?? 0);
    if (payment && payDay <= last) {
      const total = row.amount + vat;
      invoice.paid = payment.paidShare >= 1 ? total : Math.floor(total * payment.paidShare);
      invoice.paid_on = dateOf(payDay);
      replay.income(
        payDay,
        receivedShare({
          creditCents: credit.creditCents,
          totalInclVatCents: total,
          paidInclVatCents: invoice.paid,
        }),
      );
    }
    plan.invoices.push(invoice);
    return invoice;
  };

  /**
   * Draws a client payment: invoices of more than four months ago are nearly all paid (a few in part or
   * not at all: disputes); recent ones are paid 7 to 75 days after issue, so the last weeks' are still open.
   */
  const drawPayment = (day: number, recentPaidRate: number) => {
    const old = day < last - 120;
    const paidRate = old ? 0.985 : recentPaidRate;
    const r = next();
    if (r < paidRate) return { paidShare: 1, delay: old && next() < 0.1 ? int(76, 110) : int(7, 75) };
    if (r < paidRate + (old ? 0.0075 : 0.03)) return { paidShare: 0.3 + next() * 0.4, delay: int(10, 60) };
    return null;
  };

  const expenseClaim = (a: number, m: number, day: number, approver: number, route: string[]) => {
    const [category, description] = pick(EXPENSES);
    const claimed = euros(8, 600);
    const vatInvoice = category !== 'travel' && next() < 0.7;
    const vat = vatInvoice ? Math.round((claimed * 21) / 121) : 0;
    const row: ExpensePlan = {
      x: plan.expenses.length,
      a,
      m,
      submitted_on: dateOf(day),
      at: at(day, int(9 * 60, 12 * 60)),
      decided_at: null,
      claimed,
      vat,
      cost: claimed - vat,
      category,
      description,
      route,
      approved_steps: 0,
      status: 'submitted',
      approver,
    };
    return row;
  };

  // The big Activity: opener member 0, participants 1..n; the n also each open a small Activity.
  const bigOpen = start;
  plan.activities.push({
    a: 0,
    big: true,
    name: 'Compagnie Horizon Collectif',
    description:
      'Théâtre, musique et ateliers en tournée : cinq années de spectacles, de formations et de créations.',
    job_family: 'performing_arts_literature',
    opener: 0,
    requested_at: at(bigOpen - 6, 10 * 60),
    decided_at: at(bigOpen, 11 * 60),
  });
  plan.participants.push({
    a: 0,
    m: 0,
    administrator: true,
    rights: OPENER_RIGHTS,
    joined_at: at(bigOpen - 6, 600),
  });
  const bigMembers = Array.from({ length: o.bigParticipants }, (_, k) => k + 1);
  for (const m of bigMembers) {
    plan.participants.push({
      a: 0,
      m,
      administrator: false,
      rights: m <= o.salaried ? ['sell', 'spend', 'request_salary'] : ['sell', 'spend'],
      joined_at: at(bigOpen + int(1, 25), int(600, 1000)),
    });
  }
  const seller = () => (next() < 0.3 ? 0 : pick(bigMembers));
  const bigReplay = new BudgetReplay();

  // Quotes: about one invoice in eight of the big Activity is the final invoice of an accepted quote.
  const bigClient = () => 1 + Math.floor(next() * next() * Math.min(150, o.clients));
  const quoteInvoices: Array<{ q: QuotePlan; day: number }> = [];
  for (let q = 0; q < o.big.quotes; q++) {
    const day = int(start + 5, last - 2);
    const amount = euros(800, 15_000);
    const status = next();
    const answered = day + int(2, 25);
    const accepted = status < 0.83 && answered <= last;
    const refused = !accepted && status < 0.93 && answered <= last;
    const quote: QuotePlan = {
      q: plan.quotes.length,
      a: 0,
      c: bigClient(),
      by: seller(),
      quote_date: dateOf(day),
      valid_until: dateOf(day + 30),
      title: `${pick(SERVICES)} – saison ${dateOf(day).slice(0, 4)}`,
      description: pick(SERVICES),
      quantity_centi: 100,
      unit_price: amount,
      amount,
      vat: vatAmount(amount, 'standard_21', dateOf(day)),
      status: accepted ? 'accepted' : refused ? 'refused' : 'sent',
      at: at(day, int(9 * 60, 17 * 60)),
      answered_at: accepted || refused ? at(answered, int(9 * 60, 17 * 60)) : null,
    };
    plan.quotes.push(quote);
    if (accepted) {
      const invoiceDay = answered + int(3, 40);
      if (invoiceDay <= last) quoteInvoices.push({ q: quote, day: invoiceDay });
    }
  }
  const fromQuotes = quoteInvoices.slice(0, o.big.invoices);
  for (const { q, day } of fromQuotes) {
    addInvoice(
      bigReplay,
      {
        a: 0,
        c: q.c,
        by: q.by,
        q: q.q,
        issue_date: dateOf(day),
        at: at(day, int(8 * 60, 12 * 60)),
        description: q.description,
        quantity_centi: q.quantity_centi,
        unit_price: q.unit_price,
        amount: q.amount,
      },
      drawPayment(day, 0.9),
    );
  }
  // Direct invoices; a few of them, unpaid, credited in full later (a client refused the work).
  const directDays = Array.from({ length: Math.max(0, o.big.invoices - fromQuotes.length) }, () =>
    int(start + 3, last),
  );
  const creditable = directDays.flatMap((day, k) => (day < last - 40 ? [k] : []));
  const credited = new Set<number>();
  while (credited.size < Math.min(o.big.creditNotes, creditable.length))
    credited.add(creditable[Math.floor(next() * creditable.length)]!);
  directDays.forEach((day, k) => {
    const amount = euros(300, 9_000);
    const days = int(1, 4);
    const invoice = addInvoice(
      bigReplay,
      {
        a: 0,
        c: bigClient(),
        by: seller(),
        q: null,
        issue_date: dateOf(day),
        at: at(day, int(8 * 60, 12 * 60)),
        description: pick(SERVICES),
        quantity_centi: days * 100,
        unit_price: amount / days,
        amount,
      },
      credited.has(k) ? null : drawPayment(day, 0.9),
    );
    if (credited.has(k)) invoice.credited_on = dateOf(day + int(5, 30));
  });
  // Unit prices must be whole cents: one unit when the amount does not divide.
  for (const invoice of plan.invoices) {
    if (!Number.isInteger(invoice.unit_price))
      [invoice.quantity_centi, invoice.unit_price] = [100, invoice.amount];
  }

  // The loan: asked for two years ago, 36 monthly instalments collected on their due dates (a year left).
  const requested = last - 700;
  const granted = requested + 3;
  const loan = validateFinancingRequest(
    {
      kind: 'loan',
      principalCents: 3_000_000,
      months: 36,
      firstDueDate: dateOf(granted + 30),
      purpose: 'Fonds de roulement pour la création de la saison',
    },
    { today: dateOf(requested) },
  );
  bigReplay.income(granted, loan.principalCents);
  if (loan.arrangementFeeCents > 0) bigReplay.force(granted, loan.arrangementFeeCents);
  const instalments = loan.instalments.map((i) => {
    const due = dayOf(i.dueDate);
    if (due <= last) bigReplay.force(due, i.amountCents);
    return {
      number: i.number,
      due_date: i.dueDate,
      amount: i.amountCents,
      paid_on: due <= last ? i.dueDate : null,
    };
  });
  plan.financings.push({
    a: 0,
    by: 0,
    principal: loan.principalCents,
    months: loan.months,
    first_due_date: loan.firstDueDate,
    purpose: loan.purpose,
    fee: loan.arrangementFeeCents,
    fee_rate_bp: loan.arrangementFeeRateBp,
    fee_source: loan.arrangementFeeSource,
    requested_at: at(requested, 14 * 60),
    decided_at: at(granted, 10 * 60),
    instalments,
  });

  // Costs of the big Activity, in order of their wished day, each approved on the first day it fits.
  type Cost = { day: number; kind: 'expense' | 'salary' | 'purchase'; n: number };
  const costs: Cost[] = [];
  for (let n = 0; n < o.big.expenses; n++)
    costs.push({ day: int(start + 30, last - 12), kind: 'expense', n });
  for (let n = 0; n < o.big.salaries; n++) costs.push({ day: int(start + 60, last - 3), kind: 'salary', n });
  for (let n = 0; n < o.big.purchases; n++)
    costs.push({ day: int(start + 45, last - 10), kind: 'purchase', n });
  costs.sort((x, y) => x.day - y.day || x.n - y.n);
  const takenDays = new Map<number, Set<number>>();
  const salaryCost = (m: number, decided: number, submitted: number) => {
    // Days: the first free days of the worker from 1 to 14 days after the decision.
    const taken = takenDays.get(m) ?? new Set<number>();
    takenDays.set(m, taken);
    const count = int(2, 8);
    let first = decided + int(1, 14);
    while (Array.from({ length: count }, (_, d) => first + d).some((d) => taken.has(d))) first += 1;
    const hours = pick([7.6, 7.6, 6, 4, 8]);
    const [jobCode, contractType, risks, description] = pick(JOBS);
    const days = Array.from({ length: count }, (_, d) => dateOf(first + d));
    // The domain's payroll rules start in 2024: an older salary is priced with the first rules in force.
    const shift = Math.max(0, dayOf(PAYROLL_RULES_FROM) - first);
    for (let attempt = 0; ; attempt++) {
      const grossCents = Math.round((250 + next() * 300 + attempt * 40) * count) * 100;
      const input = {
        jobCode,
        description,
        countryOfWork: 'BE',
        risks,
        days: days.map((date) => ({ date: dateOf(dayOf(date) + shift), hours })),
        contractType,
        withholdingRateBp: 1111,
        grossCents,
      } as SalaryRequestInput;
      try {
        const valid = validateSalaryRequest(input, {
          today: dateOf(submitted + shift),
          entity: { id: 'BE-PA', country: 'BE' },
        });
        return {
          days,
          hours,
          input: { ...input, days: days.map((date) => ({ date, hours })) },
          valid,
          breakdown: { ...valid.breakdown, date: days[0] },
          route: valid.employerCostCents > STAFF_THRESHOLD_CENTS ? ['activity', 'staff'] : ['activity'],
        };
      } catch (error) {
        if (attempt > 20) throw error;
      }
    }
  };

  const pushSalary = (m: number, decided: number | null, submitted: number) => {
    const priced = salaryCost(m, decided ?? submitted, submitted);
    const { valid } = priced;
    if (decided !== null && bigReplay.place(decided, valid.employerCostCents, decided) === null) return null;
    for (const d of priced.days) takenDays.get(m)!.add(dayOf(d));
    const lastDay = priced.days[priced.days.length - 1]!;
    plan.salaries.push({
      s: plan.salaries.length,
      a: 0,
      m,
      submitted_on: dateOf(submitted),
      at: at(submitted, int(9 * 60, 12 * 60)),
      decided_at: decided === null ? null : at(decided, int(13 * 60, 18 * 60)),
      first_day: priced.days[0]!,
      last_day: lastDay,
      pay_date: payDateFor(lastDay, o.payRule),
      input: priced.input,
      gross: valid.grossCents,
      net: valid.netCents,
      employer_cost: valid.employerCostCents,
      breakdown: priced.breakdown,
      job_code: valid.work.jobCode,
      description: valid.work.description,
      risks: [...valid.work.risks],
      contract_type: valid.work.contractType,
      day_count: priced.days.length,
      total_centi_hours: Math.round(priced.hours * 100) * priced.days.length,
      withholding_rate_bp: valid.work.withholdingRateBp,
      route: priced.route,
      approved_steps: decided === null ? 0 : priced.route.length,
      status: decided === null ? 'submitted' : 'approved',
      approver: 0,
    });
    return valid.employerCostCents;
  };

  /** A supplier's invoice recorded by a participant (not decided yet); its cost to the budget excludes VAT. */
  const purchase = (m: number, submitted: number): PurchasePlan => {
    const amount = euros(150, 6_000);
    const vat = vatAmount(amount, 'standard_21', dateOf(submitted));
    const u = plan.purchases.length;
    return {
      u,
      a: 0,
      m,
      supplier_name: SUPPLIERS[u % SUPPLIERS.length]!,
      supplier_iban: `BE68539007547${String(34 + (u % SUPPLIERS.length)).padStart(3, '0')}`,
      supplier_invoice_number: `F-${dateOf(submitted).slice(0, 4)}-${String(1000 + u)}`,
      description: pick(['Location de matériel de scène', 'Impression des affiches', 'Transport des décors']),
      category: 'services',
      invoice_date: dateOf(submitted - 2),
      due_date: dateOf(submitted + 28),
      amount,
      vat,
      at: at(submitted, int(9 * 60, 12 * 60)),
      decided_at: null,
      route: amount + vat > STAFF_THRESHOLD_CENTS ? ['activity', 'staff'] : ['activity'],
      approved_steps: 0,
      status: 'submitted',
      approver: 0,
    };
  };

  const salaried = bigMembers.slice(0, o.salaried);
  const queue = [...costs];
  while (queue.length > 0) {
    const cost = queue.shift()!;
    if (cost.day > last - 2)
      throw new Error(`the big Activity cannot afford its ${cost.kind} costs: raise its income`);
    if (cost.kind === 'salary') {
      const m = salaried[cost.n % salaried.length]!;
      const submitted = cost.day - int(0, 3);
      if (pushSalary(m, cost.day, submitted) === null) {
        // Not affordable that day: a week later, in order.
        const later = { ...cost, day: cost.day + 7 };
        const index = queue.findIndex((c) => c.day > later.day);
        queue.splice(index < 0 ? queue.length : index, 0, later);
      }
      continue;
    }
    const submitted = cost.day - int(1, 7);
    if (cost.kind === 'expense') {
      const claim = expenseClaim(0, pick(bigMembers), submitted, 0, ['activity']);
      const day = bigReplay.place(cost.day, claim.cost, cost.day);
      if (day === null) {
        const later = { ...cost, day: cost.day + 7 };
        const index = queue.findIndex((c) => c.day > later.day);
        queue.splice(index < 0 ? queue.length : index, 0, later);
        continue;
      }
      plan.expenses.push({
        ...claim,
        decided_at: at(day, int(13 * 60, 18 * 60)),
        approved_steps: 1,
        status: 'approved',
      });
      continue;
    }
    const row = purchase(pick(bigMembers), submitted);
    const day = bigReplay.place(cost.day, row.amount, cost.day);
    if (day === null) {
      const later = { ...cost, day: cost.day + 7 };
      const index = queue.findIndex((c) => c.day > later.day);
      queue.splice(index < 0 ? queue.length : index, 0, later);
      continue;
    }
    plan.purchases.push({
      ...row,
      decided_at: at(day, int(13 * 60, 18 * 60)),
      approved_steps: row.route.length,
      status: 'approved',
    });
  }
  // What waits today: expense claims of the last days, one above the threshold past its first step, two
  // salary requests and a purchase.
  for (let k = 0; k < 4; k++)
    plan.expenses.push(expenseClaim(0, pick(bigMembers), last - k * 2, 0, ['activity']));
  const large = expenseClaim(0, pick(bigMembers), last - 5, 0, ['activity', 'staff']);
  large.claimed = 142_000;
  large.vat = Math.round((large.claimed * 21) / 121);
  large.cost = large.claimed - large.vat;
  plan.expenses.push({ ...large, approved_steps: 1 });
  for (const m of salaried.slice(0, 2)) pushSalary(m, null, last - 1);
  plan.purchases.push(purchase(pick(bigMembers), last - 3));
  bigReplay.settle();
  plan.lowestAvailableCents = Math.min(plan.lowestAvailableCents, bigReplay.lowest);

  // The small Activities: opened over the years, each with a few invoices and expense claims.
  const span = last - 60 - (start + 10);
  for (let a = 1; a < o.activities; a++) {
    const opened = start + 10 + Math.floor((span * (a - 1)) / (o.activities - 1)) + int(0, 20);
    const [family, description] = pick(FAMILIES);
    plan.activities.push({
      a,
      big: false,
      name: `${pick(KINDS)} ${pick(CORES)} ${a}`,
      description,
      job_family: family,
      opener: a,
      requested_at: at(opened - int(3, 20), int(9 * 60, 17 * 60)),
      decided_at: at(opened, int(9 * 60, 17 * 60)),
    });
    plan.participants.push({
      a,
      m: a,
      administrator: true,
      rights: OPENER_RIGHTS,
      joined_at: at(opened - 3, 600),
    });
    const extra = next() < 0.5 ? 0 : next() < 0.7 ? 1 : 2;
    const others: number[] = [];
    for (let k = 0; k < extra; k++) {
      const m = int(0, o.members - 1);
      if (m === a || others.includes(m)) continue;
      others.push(m);
      plan.participants.push({
        a,
        m,
        administrator: false,
        rights: ['sell', 'spend'],
        joined_at: at(Math.min(last, opened + int(0, 200)), int(600, 1000)),
      });
    }
    const replay = new BudgetReplay();
    const draw = next();
    const invoices = draw < 0.1 ? 0 : draw < 0.3 ? 1 : draw < 0.55 ? 2 : draw < 0.75 ? 3 : draw < 0.9 ? 4 : 5;
    for (let k = 0; k < invoices; k++) {
      const day = int(Math.min(last, opened + 7), last);
      const amount = euros(300, 5_000);
      addInvoice(
        replay,
        {
          a,
          c: int(1, o.clients),
          by: a,
          q: null,
          issue_date: dateOf(day),
          at: at(day, int(8 * 60, 12 * 60)),
          description: pick(SERVICES),
          quantity_centi: 100,
          unit_price: amount,
          amount,
        },
        drawPayment(day, 0.85),
      );
    }
    const claims = invoices === 0 ? 0 : int(0, 3);
    for (let k = 0; k < claims; k++) {
      const by = others.length > 0 && next() < 0.4 ? pick(others) : a;
      // The opener's own claim goes to staff (no other manager); a participant's to the opener.
      const route = by === a ? ['staff'] : ['activity'];
      const wished = int(Math.min(last, opened + 14), last);
      const claim = expenseClaim(a, by, wished - int(1, 5), a, route);
      const day = replay.place(wished, claim.cost, last);
      if (day === null) continue;
      plan.expenses.push({
        ...claim,
        submitted_on: dateOf(Math.min(dayOf(claim.submitted_on), day)),
        at: at(Math.min(dayOf(claim.submitted_on), day), int(9 * 60, 12 * 60)),
        decided_at: at(day, int(13 * 60, 18 * 60)),
        approved_steps: 1,
        status: 'approved',
      });
    }
    replay.settle();
    plan.lowestAvailableCents = Math.min(plan.lowestAvailableCents, replay.lowest);
  }
  plan.invoices.forEach((invoice, i) => (invoice.i = i));
  return plan;
}
