/** The shapes the Contract tool's API answers with (server `contracts/present.ts`, `invoicing/queries.ts`). */
import type { Breakdown } from '../../components/BreakdownTable.tsx';

export type ContractStatus = 'declared' | 'on_hold' | 'paid' | 'cancelled';
export type ClientKind = 'company' | 'person' | 'public_body';

export interface ContractTypeOption {
  id: string;
  label: string;
  minWithholdingRateBp: number;
}

export interface EntityOption {
  id: string;
  name: string;
  vatExempt?: boolean;
  contractTypes: ContractTypeOption[];
}

export interface JobOption {
  code: string;
  label: string;
  artistic: boolean;
  typicalRisks: string[];
}

export interface ContractOptions {
  today: string;
  entities: EntityOption[];
  withholding?: { maxRateBp: number; source: string };
  limits: { maxAmountCents: number; minDays: number; maxDays: number; standardHoursPerDay: number };
  defaults: { entity: string; contractType: string; withholdingRateBp: number };
  jobFamilies: Array<{ code: string; label: string; jobs: JobOption[] }>;
  risks: Array<{ code: string; label: string }>;
  vatTreatments: Array<{ code: string; label: string; rateBp: number; mention: string | null }>;
}

export interface Client {
  id: string;
  kind: ClientKind;
  name: string;
  country: string;
  enterpriseNumber: string | null;
  vatNumber: string | null;
  street: string;
  postalCode: string;
  city: string;
  email: string;
  language: string;
  paymentTermsDays: number;
}

export interface Warning {
  code: string;
  message: string;
}

export interface Posting {
  hostName: string;
  street: string;
  postalCode: string;
  city: string;
  startDate: string;
  endDate: string;
}

/** The body of `POST /contracts/preview` and `POST /contracts`. */
export interface DeclarationBody {
  entityId: string;
  clientId: string;
  jobCode: string;
  description: string;
  countryOfWork: string;
  risks: string[];
  days: Array<{ date: string; hours: number }>;
  contractType: string;
  amountExclVatCents: number;
  vatTreatment: string;
  withholdingRateBp: number;
  expensesCents: number;
  posting?: Posting;
}

export interface Preview {
  entity: { id: string; name: string };
  client: { id: string; name: string };
  firstDay: string;
  lastDay: string;
  days: Array<{ date: string; hours: number }>;
  totalHours: number;
  posted: boolean;
  payDate: string;
  invoice: {
    amountExclVatCents: number;
    vatTreatment: string;
    vatRateBp: number;
    vatCents: number;
    totalInclVatCents: number;
    mention: string | null;
    paymentTermsDays: number;
  };
  breakdown: Breakdown;
  warnings: Warning[];
  remainingFreePrestations: number | null;
  jobLabel: string;
  jobFamilyLabel: string;
}

export interface Confirmed {
  contractId: string;
  reference: string;
  invoiceNumber: string;
  payDate: string;
}

export interface ContractSummary {
  id: string;
  reference: string;
  entityId: string;
  status: ContractStatus;
  workerName: string;
  memberNumber: number | null;
  clientName: string;
  contractType: string;
  contractTypeLabel: string;
  firstDay: string;
  lastDay: string;
  dayCount: number;
  amountExclVatCents: number;
  netCents: number;
  payDate: string;
  holdMessage: string | null;
  withoutShares: boolean;
  warnings: Warning[];
  jobLabel: string;
  jobFamilyLabel: string;
}

export interface Invoice {
  id: string;
  entityId: string;
  kind: 'invoice' | 'credit_note';
  contractId: string | null;
  number: string;
  issueDate: string;
  dueDate: string | null;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  paidCents: number;
  status: 'issued' | 'partially_paid' | 'paid' | 'credited' | 'written_off';
  structuredCommunication: string | null;
  clientName: string;
}

export interface ContractEvent {
  action: string;
  statusAfter: string;
  message: string | null;
  at: string;
  actorName: string | null;
}

export interface ContractDetail extends ContractSummary {
  description: string;
  countryOfWork: string;
  risks: string[];
  days: Array<{ date: string; hours: number }>;
  totalHours: number;
  vatTreatment: string;
  vatCents: number;
  withholdingRateBp: number;
  expensesCents: number;
  breakdown: Breakdown;
  entityName: string;
  declaration: { reference: string; type: string; status: string; declaredAt: string } | null;
  posting: {
    id: string;
    country: string;
    hostName: string;
    city: string;
    startDate: string;
    endDate: string;
    status: string;
    a1Reference: string | null;
  } | null;
  invoice: Invoice | null;
  creditNote: Invoice | null;
  payslip: { number: string; payDate: string; grossCents: number; netCents: number } | null;
  guaranteeAdvance: { amountCents: number; reimbursedCents: number } | null;
  events: ContractEvent[];
  canCancel: boolean;
  canCorrect: boolean;
}

export interface ContractList {
  contracts: ContractSummary[];
  worker: {
    isMember: boolean;
    prestationsWithoutShares: number;
    freePrestationsLimit: number;
    remainingFreePrestations: number | null;
  } | null;
}
