import {
  computeFromInvoice,
  epcQrPayload,
  formatStructuredCommunication,
  makeEnterpriseNumber,
  makeStructuredCommunication,
  type Language,
  type PayrollBreakdown,
} from '@partage/domain';
import type {
  ClientParty,
  EmploymentContractDocument,
  EntityParty,
  InvoiceDocument,
  PayslipDocument,
  WorkerParty,
} from './types.ts';

/**
 * Realistic views of the Contract tool's documents for tests and previews: a two-day job invoiced
 * 1.000,00 € excl. VAT by Productions Associées (BE-PA) for a member, its contract, payslip and credit note.
 */

export const SAMPLE_EMPLOYER: EntityParty = {
  id: 'BE-PA',
  name: 'Productions Associées',
  legalForm: 'ASBL',
  address: 'Rue Coenraets 72, 1060 Saint-Gilles',
  country: 'BE',
  enterpriseNumber: '0455948203',
  vatNumber: 'BE0455948203',
  iban: 'BE71096123456769',
  bic: 'GKCCBEBB',
  registerCourt: 'Bruxelles',
  socialSecurityNumber: '1234567-89',
  email: 'factures@partage.coop',
};

const CLIENT_NUMBER = makeEnterpriseNumber('08765432');

export const SAMPLE_CLIENT: ClientParty = {
  name: 'Atelier Exemple SRL',
  kind: 'company',
  street: 'Avenue Louise 100',
  postalCode: '1050',
  city: 'Ixelles',
  country: 'BE',
  enterpriseNumber: CLIENT_NUMBER,
  vatNumber: `BE${CLIENT_NUMBER}`,
  buyerReference: 'PO-2026-118',
};

export const SAMPLE_WORKER: WorkerParty = {
  name: 'Camille Dubois',
  street: 'Rue de la Victoire 12',
  postalCode: '1060',
  city: 'Saint-Gilles',
  country: 'BE',
  birthDate: '1988-04-12',
  memberNumber: 1024,
  ibanLast4: '6769',
};

/** The payroll breakdown of the sample job: 1.000,00 € excl. VAT, 2 days, withholding 11,11 %. */
export function sampleBreakdown(): PayrollBreakdown {
  return computeFromInvoice({
    entity: 'BE-PA',
    contractType: 'employee',
    amountExclVatCents: 100_000,
    days: 2,
    withholdingRateBp: 1111,
    date: '2026-12-01',
  });
}

const JOB: Record<Language, { job: string; family: string; line: string; risk: string }> = {
  fr: {
    job: 'Animateur·rice d’ateliers de théâtre',
    family: 'Arts de la scène',
    line: 'Animation de deux ateliers de théâtre pour adultes',
    risk: 'Manutention de décors',
  },
  nl: {
    job: 'Begeleider theaterworkshops',
    family: 'Podiumkunsten',
    line: 'Begeleiding van twee theaterworkshops voor volwassenen',
    risk: 'Verplaatsen van decorstukken',
  },
  en: {
    job: 'Theatre workshop leader',
    family: 'Performing arts',
    line: 'Leading two theatre workshops for adults',
    risk: 'Handling of stage sets',
  },
  de: {
    job: 'Leiter(in) von Theaterworkshops',
    family: 'Darstellende Künste',
    line: 'Leitung von zwei Theaterworkshops für Erwachsene',
    risk: 'Transport von Bühnenbildern',
  },
};

const COMMUNICATION = formatStructuredCommunication(makeStructuredCommunication(2_000_000_123));

export function sampleInvoice(language: Language, overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  const total = { excl: 100_000, vat: 21_000, incl: 121_000 };
  return {
    kind: 'invoice',
    language,
    number: 'BE-PA-2026-000123',
    issueDate: '2026-12-03',
    dueDate: '2027-01-02',
    deliveryFrom: '2026-12-01',
    deliveryTo: '2026-12-02',
    seller: SAMPLE_EMPLOYER,
    performer: { name: SAMPLE_WORKER.name, memberNumber: SAMPLE_WORKER.memberNumber },
    client: SAMPLE_CLIENT,
    lines: [
      {
        description: JOB[language].line,
        quantityCenti: 200,
        unit: 'day',
        unitPriceCents: 50_000,
        amountExclVatCents: total.excl,
        vatRateBp: 2100,
      },
    ],
    vat: [
      { treatment: 'standard_21', rateBp: 2100, baseCents: total.excl, vatCents: total.vat, mention: null },
    ],
    totalExclVatCents: total.excl,
    totalVatCents: total.vat,
    totalInclVatCents: total.incl,
    structuredCommunication: COMMUNICATION,
    paymentTermsDays: 30,
    epcQrPayload: epcQrPayload({
      bic: SAMPLE_EMPLOYER.bic!,
      name: SAMPLE_EMPLOYER.name,
      iban: SAMPLE_EMPLOYER.iban!,
      amountCents: total.incl,
      currency: 'EUR',
      structuredReference: COMMUNICATION,
    }),
    credits: null,
    reason: null,
    ...overrides,
  };
}

export function sampleCreditNote(language: Language): InvoiceDocument {
  return sampleInvoice(language, {
    kind: 'credit_note',
    number: 'BE-PA-CN-2026-000007',
    issueDate: '2026-12-10',
    dueDate: null,
    epcQrPayload: null,
    credits: { number: 'BE-PA-2026-000123', issueDate: '2026-12-03' },
    reason: 'Cancelled by the client / annulé par le client',
  });
}

export function sampleContract(
  language: Language,
  overrides: Partial<EmploymentContractDocument> = {},
): EmploymentContractDocument {
  const breakdown = sampleBreakdown();
  return {
    language,
    reference: 'CT-BE-PA-2026-000123',
    employer: SAMPLE_EMPLOYER,
    worker: SAMPLE_WORKER,
    contractType: 'employee',
    jobLabel: JOB[language].job,
    jobFamilyLabel: JOB[language].family,
    description: JOB[language].line,
    countryOfWork: 'BE',
    posted: false,
    risks: [JOB[language].risk],
    clientName: SAMPLE_CLIENT.name,
    days: [
      { date: '2026-12-01', centiHours: 760 },
      { date: '2026-12-02', centiHours: 760 },
    ],
    grossCents: breakdown.grossCents,
    withholdingRateBp: breakdown.withholdingRateBp,
    payDate: '2026-12-10',
    declaration: {
      reference: 'DIM-BE-PA-2026-000123',
      status: 'declared',
      declaredAt: '2026-11-28T09:15:00Z',
    },
    issuedAt: '2026-11-28T09:14:00Z',
    ...overrides,
  };
}

export function samplePayslip(language: Language, overrides: Partial<PayslipDocument> = {}): PayslipDocument {
  return {
    language,
    number: 'PS-BE-PA-2026-000123',
    employer: SAMPLE_EMPLOYER,
    worker: SAMPLE_WORKER,
    contractReference: 'CT-BE-PA-2026-000123',
    invoiceNumber: 'BE-PA-2026-000123',
    periodFrom: '2026-12-01',
    periodTo: '2026-12-02',
    payDate: '2026-12-10',
    breakdown: sampleBreakdown(),
    corrects: null,
    ...overrides,
  };
}
