/** The shapes the Activity tool's API answers with (server `activities/read.ts`, `routes.ts`). */
import type { Breakdown } from '../../components/BreakdownTable.tsx';

export type ActivityStatus = 'requested' | 'approved' | 'refused' | 'active' | 'closed';
export type RequestStatus = 'submitted' | 'approved' | 'refused' | 'cancelled';
export type WaitingStep = 'activity' | 'staff' | null;
export type Right = 'sell' | 'spend' | 'request_salary' | 'manage';

export interface Activity {
  id: string;
  reference: string;
  name: string;
  description: string;
  jobFamily: string;
  jobFamilyLabel: string;
  entityId: string;
  entityName: string;
  status: ActivityStatus;
  statusLabel: string;
  openedBy: string | null;
  adviserName: string | null;
  requestedAt: string;
  decidedAt: string | null;
  refusalReason: string | null;
}

export interface Option {
  code: string;
  label: string;
}

export interface ActivityOptions {
  today: string;
  entities: Array<{ id: string; name: string }>;
  jobFamilies: Option[];
  rights: Option[];
  expenseCategories: Option[];
  scheduleKinds: Option[];
  financingKinds: Option[];
  /** Hundredths of a cent per km: 4309 = 0,4309 €/km. */
  mileageRate: { rate: number; source: string } | null;
}

export interface Budget {
  invoicedExclVatCents: number;
  feeCents: number;
  creditedCents: number;
  receivedCents: number;
  issuedNotPaidCents: number;
  otherInCents: number;
  spentCents: number;
  availableCents: number;
  committed: {
    salariesCents: number;
    expensesCents: number;
    purchasesCents: number;
    loanInstalmentsCents: number;
  };
  committedCents: number;
  freeCents: number;
  projectedCents: number;
  advanceLimitCents: number;
  carriedOverCents: number | null;
  year: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface QuoteRow {
  id: string;
  number: string;
  title: string;
  status: 'draft' | 'sent' | 'accepted' | 'refused' | 'expired';
  statusLabel: string;
  date: string;
  validUntil: string;
  totalExclVatCents: number;
  totalInclVatCents: number;
  clientName: string;
  clientId: string;
  invoicedExclVatCents: number;
}

export interface InvoiceRow {
  id: string;
  number: string;
  kind: 'invoice' | 'credit_note';
  issueDate: string;
  dueDate: string | null;
  totalExclVatCents: number;
  totalInclVatCents: number;
  paidCents: number;
  creditedCents: number;
  writtenOffCents: number;
  status: 'issued' | 'partially_paid' | 'paid' | 'credited' | 'written_off';
  scheduleKind: 'deposit' | 'intermediate' | 'final' | null;
  clientName: string;
  quoteNumber: string | null;
  creditsNumber: string | null;
  creditCents: number;
  dueCents: number;
}

export interface ExpenseLine {
  kind: 'receipt' | 'mileage';
  category: string | null;
  date: string;
  description: string;
  amountInclVatCents: number;
  vatCents: number;
  recoverableVatCents: number;
  budgetCostCents: number;
  vatInvoice: boolean;
  onAssignment: boolean;
  deciKm: number | null;
  mileageRate: number | null;
  from: string | null;
  to: string | null;
  receiptFileId: string | null;
}

interface RequestRow {
  id: string;
  reference: string;
  personId: string;
  personName: string;
  status: RequestStatus;
  statusLabel: string;
  route: Array<'activity' | 'staff'>;
  refusalReason: string | null;
  waitingStep: WaitingStep;
}

export interface ExpenseClaimRow extends RequestRow {
  submittedOn: string;
  claimedCents: number;
  recoverableVatCents: number;
  budgetCostCents: number;
  lines: ExpenseLine[];
}

export interface PurchaseRow extends RequestRow {
  supplierName: string;
  supplierInvoiceNumber: string;
  description: string;
  category: string;
  investment: boolean;
  invoiceDate: string;
  dueDate: string;
  totalInclVatCents: number;
  recoverableVatCents: number;
  budgetCostCents: number;
  fileId: string | null;
}

export interface SalaryRequestRow extends RequestRow {
  firstDay: string;
  lastDay: string;
  grossCents: number;
  netCents: number;
  employerCostCents: number;
  contractId: string | null;
  contractReference: string | null;
  contractStatus: string | null;
  payDate: string | null;
}

export interface CdiRow {
  id: string;
  reference: string;
  personId: string;
  personName: string;
  startMonth: string;
  endMonth: string | null;
  monthlyGrossCents: number;
  monthlyEmployerCostCents: number;
  monthlyNetCents: number;
  reserveMonths: number;
  status: 'active' | 'ended';
  lastPaidMonth: string | null;
}

export interface FinancingRow {
  id: string;
  reference: string;
  kind: string;
  kindLabel: string;
  principalCents: number;
  months: number;
  firstDueDate: string;
  purpose: string;
  arrangementFeeCents: number;
  arrangementFeeRateBp: number;
  status: 'requested' | 'granted' | 'refused' | 'repaid';
  refusalReason: string | null;
  paidCount: number;
  remainingCents: number;
  nextDueDate: string | null;
}

export interface Participant {
  personId: string;
  name: string;
  email: string;
  memberNumber: number | null;
  administrator: boolean;
  rights: Right[];
}

export interface Alert {
  code: string;
  severity: 'critical' | 'warning';
  message: string;
  subject: { type: 'invoice' | 'expense_claim'; id: string } | null;
}

/** What an approval route decides on. */
export type ApprovalSubject = 'expense_claim' | 'purchase' | 'salary_request';

export interface Dashboard {
  activity: Activity;
  me: {
    personId: string | null;
    participant: boolean;
    administrator: boolean;
    rights: Right[];
    staff: boolean;
    followingAdviser: boolean;
    can: {
      sell: boolean;
      spend: boolean;
      requestSalary: boolean;
      manage: boolean;
      decideStaffSteps: boolean;
    };
  };
  participants: Participant[];
  budget: Budget;
  settings: {
    staffApprovalThresholdCents: number;
    reserveMonths: number;
    receiptMaxBytes: number;
    financingMaxMonths: number;
  };
  months: Array<{ month: string; incomeCents: number; spendingCents: number }>;
  alerts: Alert[];
  /** Requests waiting for a step this reader decides. */
  waiting: Array<{
    subjectType: ApprovalSubject;
    id: string;
    reference: string;
    personId: string;
    personName: string;
    amountCents: number;
    submittedOn: string;
    step: 'activity' | 'staff';
  }>;
  lists: {
    quotes: Page<QuoteRow>;
    invoices: Page<InvoiceRow>;
    expenseClaims: Page<ExpenseClaimRow>;
    purchases: Page<PurchaseRow>;
    salaryRequests: Page<SalaryRequestRow>;
    cdis: Page<CdiRow>;
    financings: Page<FinancingRow>;
  };
}

export interface QuoteLine {
  description: string;
  centiQuantity: number;
  unitPriceCents: number;
  baseCents: number;
  vatTreatment: string;
}

export interface VatTotals {
  groups: Array<{ treatment: string; category: string; rateBp: number; baseCents: number; vatCents: number }>;
  totalBaseCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
}

export interface QuoteDetail {
  id: string;
  number: string;
  title: string;
  status: QuoteRow['status'];
  date: string;
  validUntil: string;
  language: string;
  lines: QuoteLine[];
  totals: VatTotals;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  answeredAt: string | null;
  answeredBy: 'client' | 'staff' | 'system' | null;
  answerNote: string | null;
  link?: string | null;
  /** Participants' view: the invoices made from the quote and what they invoiced (credited ones aside). */
  invoices?: Array<{
    id: string;
    number: string;
    scheduleKind: string;
    status: string;
    totalExclVatCents: number;
  }>;
  invoicedExclVatCents?: number;
}

export interface PublicQuote extends QuoteDetail {
  document: {
    language: string;
    number: string;
    title: string;
    date: string;
    validUntil: string;
    activity: { name: string; reference: string };
    seller: { name: string; address: string; enterpriseNumber: string | null; vatNumber: string | null };
    client: {
      name: string;
      street: string;
      postalCode: string;
      city: string;
      country: string;
      vatNumber: string | null;
    };
    lines: QuoteLine[];
    totals: VatTotals;
  };
}

export interface SalaryPreview {
  mode: 'gross' | 'net';
  grossCents: number;
  netCents: number;
  employerCostCents: number;
  multiplier: number;
  firstDay: string;
  lastDay: string;
  dayCount: number;
  payDate: string;
  breakdown: Breakdown;
  freeCents: number;
  affordable: boolean;
}

export interface CdiPreview {
  monthlyGrossCents: number;
  monthlyEmployerCostCents: number;
  monthlyNetCents: number;
  withholdingCents: number;
  reserveMonths: number;
  reserveCents: number;
  freeCents: number;
  id: string | null;
  reference: string | null;
}

export interface HistoryEvent {
  id: number;
  action: string;
  label: string;
  subjectType: string | null;
  subjectId: string | null;
  message: string | null;
  at: string;
  actorName: string | null;
}

export interface AdviserNote {
  id: string;
  kind: string;
  metOn: string;
  body: string;
  authorName: string;
}

export interface Statement {
  year: number;
  openingCents: number;
  salesCents: number;
  feeCents: number;
  salariesCents: number;
  expensesCents: number;
  purchasesCents: number;
  investmentsCents: number;
  loanRepaymentsCents: number;
  financingFeesCents: number;
  loansReceivedCents: number;
  adjustmentsCents: number;
  inCents: number;
  outCents: number;
  closingCents: number;
  movementCount: number;
}
