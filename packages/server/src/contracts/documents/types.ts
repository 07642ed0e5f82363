import type { Language, PayrollBreakdown } from '@partage/domain';

/**
 * What the Contract tool's documents show, already read from the database. The PDF builders are pure
 * functions of these views (no database access), so they are easy to test and to re-render identically.
 * Money is integer cents; dates are ISO `YYYY-MM-DD`; hours are hundredths of an hour (760 = 7.6 h).
 */

/** The issuing or employing entity of the group. */
export interface EntityParty {
  id: string;
  name: string;
  legalForm: string;
  address: string;
  country: string;
  enterpriseNumber: string | null;
  vatNumber: string | null;
  iban: string | null;
  bic: string | null;
  /**
   * Seat of the enterprise court whose register of legal entities holds the entity (RPM/RPR), printed
   * after the enterprise number as the Code of Companies and Associations art. 2:20 asks. Optional.
   */
  registerCourt?: string | null;
  /** The employer's registration number at the national social security office (printed on payslips). */
  socialSecurityNumber?: string | null;
  /** Contact e-mail and website of the entity (CSA art. 2:20, when it has them). */
  email?: string | null;
  website?: string | null;
}

export interface ClientParty {
  name: string;
  kind: 'company' | 'person' | 'public_body';
  street: string;
  postalCode: string;
  city: string;
  country: string;
  enterpriseNumber: string | null;
  vatNumber: string | null;
  /** Reference the client asked to quote (purchase order), if any. */
  buyerReference: string | null;
}

export interface WorkerParty {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  birthDate: string | null;
  /** Member number when the worker is a member of the cooperative, else null. */
  memberNumber: number | null;
  /** Last four characters of the IBAN the net is paid to. */
  ibanLast4: string;
}

export interface InvoiceLineView {
  description: string;
  /** Quantity in hundredths (100 = 1). */
  quantityCenti: number;
  unit: 'day' | 'hour' | 'unit';
  unitPriceCents: number;
  amountExclVatCents: number;
  vatRateBp: number;
}

export interface VatSummaryView {
  /** A VAT treatment code of the domain (`standard_21`, `reverse_charge_eu`, ...). */
  treatment: string;
  rateBp: number;
  baseCents: number;
  vatCents: number;
  /** The legal mention of an exemption or reverse charge, in the document's language, else null. */
  mention: string | null;
}

/** An invoice or a credit note, as issued (frozen). */
export interface InvoiceDocument {
  kind: 'invoice' | 'credit_note';
  language: Language;
  number: string;
  issueDate: string;
  /** Due date (invoice only; a credit note has none). */
  dueDate: string | null;
  deliveryFrom: string;
  deliveryTo: string;
  seller: EntityParty;
  /** The worker who did the work, named on the invoice. */
  performer: { name: string; memberNumber: number | null };
  client: ClientParty;
  lines: InvoiceLineView[];
  vat: VatSummaryView[];
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  /** Belgian structured communication, formatted `+++123/4567/89012+++`. */
  structuredCommunication: string;
  paymentTermsDays: number;
  /** EPC QR payload (invoice only), null when the seller has no IBAN or the total is zero. */
  epcQrPayload: string | null;
  /** For a credit note: the invoice it credits and why. */
  credits: { number: string; issueDate: string } | null;
  reason: string | null;
}

export interface ContractDayView {
  date: string;
  centiHours: number;
}

/** The fixed-term employment contract generated with the invoice. */
export interface EmploymentContractDocument {
  language: Language;
  /** Contract reference, e.g. `C-2026-000123`. */
  reference: string;
  employer: EntityParty;
  worker: WorkerParty;
  /** Contract type code of the domain: employee, artistic_employee, student, interim, trainer. */
  contractType: string;
  /** Job and job family, already translated. */
  jobLabel: string;
  jobFamilyLabel: string;
  description: string;
  /** Country where the work is done (ISO 3166 alpha-2) and whether an A1 posting form was requested. */
  countryOfWork: string;
  posted: boolean;
  /** Risks of the work, already translated. */
  risks: string[];
  clientName: string;
  days: ContractDayView[];
  grossCents: number;
  withholdingRateBp: number;
  payDate: string;
  /** The employment declaration (Dimona-style) record. */
  declaration: { reference: string; status: string; declaredAt: string };
  issuedAt: string;
  /**
   * Joint committee chosen by payroll staff (e.g. `200`, `304`). When absent the contract prints the
   * platform default for the contract type (200 for employees, 322 for temporary agency work).
   */
  jointCommittee?: string | null;
  /** Work accident insurer and policy, as printed (e.g. `Insurer SA, policy 123`), when known. */
  workAccidentInsurer?: string | null;
}

/** A payslip: every line of the payroll breakdown, and the net paid. */
export interface PayslipDocument {
  language: Language;
  number: string;
  employer: EntityParty;
  worker: WorkerParty;
  contractReference: string;
  invoiceNumber: string;
  periodFrom: string;
  periodTo: string;
  payDate: string;
  breakdown: PayrollBreakdown;
  /** Is this payslip corrective (replacing an earlier one)? */
  corrects: string | null;
}
