import { describe, expect, it } from 'vitest';
import {
  ENTITY_CATALOGUE,
  allocatePartialCredit,
  makeEnterpriseNumber,
  type Language,
  type VatTreatment,
} from '@partage/domain';
import type { ClientParty, EntityParty, InvoiceDocument } from '../../contracts/documents/types.ts';
import { vatSummaryOf } from '../vat-summary.ts';
import { buildUbl, unitPrice, splitAddress, type UblLine, type UblView } from './build-ubl.ts';
import { validateUbl } from './validate-ubl.ts';

// --- Fixtures -----------------------------------------------------------------------------------------

function entity(id: string): EntityParty {
  const e = ENTITY_CATALOGUE.find((x) => x.id === id)!;
  return {
    id: e.id,
    name: e.name,
    legalForm: e.legalForm,
    address: e.address,
    country: e.country,
    enterpriseNumber: e.enterpriseNumber,
    vatNumber: e.vatNumber,
    iban: e.iban,
    bic: e.bic,
    email: 'factures@partage.coop',
  };
}

const kbo = makeEnterpriseNumber('08765432');
const CLIENTS = {
  beCompany: {
    name: 'Atelier Graphique SRL',
    kind: 'company',
    street: 'Rue Neuve 5',
    postalCode: '1000',
    city: 'Bruxelles',
    country: 'BE',
    enterpriseNumber: kbo,
    vatNumber: `BE${kbo}`,
    buyerReference: 'PO-2026-118',
  },
  bePublicBody: {
    name: 'Stad Gent – Cultuurdienst',
    kind: 'public_body',
    street: 'Botermarkt 1',
    postalCode: '9000',
    city: 'Gent',
    country: 'BE',
    enterpriseNumber: makeEnterpriseNumber('02073963'),
    vatNumber: null,
    buyerReference: null,
  },
  bePerson: {
    name: 'Camille Dubois',
    kind: 'person',
    street: 'Rue du Midi 12',
    postalCode: '1000',
    city: 'Bruxelles',
    country: 'BE',
    enterpriseNumber: null,
    vatNumber: null,
    buyerReference: null,
  },
  frCompany: {
    name: 'Studio Lumière SAS',
    kind: 'company',
    street: '12 rue de la Roquette',
    postalCode: '75011',
    city: 'Paris',
    country: 'FR',
    enterpriseNumber: null,
    vatNumber: 'FR40513036178',
    buyerReference: null,
  },
  frPerson: {
    name: 'Julie Martin',
    kind: 'person',
    street: '3 place Bellecour',
    postalCode: '69002',
    city: 'Lyon',
    country: 'FR',
    enterpriseNumber: null,
    vatNumber: null,
    buyerReference: null,
  },
  chCompany: {
    name: 'Festival Alpin SA',
    kind: 'company',
    street: 'Rue du Lac 8',
    postalCode: '1003',
    city: 'Lausanne',
    country: 'CH',
    enterpriseNumber: null,
    vatNumber: null,
    buyerReference: null,
  },
} satisfies Record<string, ClientParty>;

interface LineSpec {
  treatment: VatTreatment;
  amount: number;
  quantityCenti?: number;
  unit?: UblLine['unit'];
  description?: string;
}

function makeView(options: {
  entityId?: string;
  client: ClientParty;
  lines: LineSpec[];
  language?: Language;
  email?: string | null;
}): UblView {
  const language = options.language ?? 'fr';
  const issueDate = '2026-03-02';
  const lines: UblLine[] = options.lines.map((l, i) => {
    const quantityCenti = l.quantityCenti ?? 200;
    const rate = vatSummaryOf(
      [{ amountExclVatCents: l.amount, vatTreatment: l.treatment }],
      language,
      issueDate,
    ).groups[0]!.rateBp;
    return {
      lineNo: i + 1,
      description: l.description ?? `Graphiste – identité visuelle (${i + 1})`,
      quantityCenti,
      unit: l.unit ?? 'day',
      unitPriceCents: Math.round((l.amount * 100) / quantityCenti),
      amountExclVatCents: l.amount,
      vatRateBp: rate,
      vatTreatment: l.treatment,
    };
  });
  const vat = vatSummaryOf(
    lines.map((l) => ({ amountExclVatCents: l.amountExclVatCents, vatTreatment: l.vatTreatment })),
    language,
    issueDate,
  );
  const totalExcl = lines.reduce((s, l) => s + l.amountExclVatCents, 0);
  const document: InvoiceDocument = {
    kind: 'invoice',
    language,
    number: 'BE-PA-2026-000042',
    issueDate,
    dueDate: '2026-04-01',
    deliveryFrom: '2026-02-23',
    deliveryTo: '2026-02-24',
    seller: entity(options.entityId ?? 'BE-PA'),
    performer: { name: 'Camille Dubois', memberNumber: 12 },
    client: options.client,
    lines: lines.map(({ lineNo: _n, vatTreatment: _t, ...l }) => l),
    vat: vat.groups,
    totalExclVatCents: totalExcl,
    totalVatCents: vat.totalVatCents,
    totalInclVatCents: totalExcl + vat.totalVatCents,
    structuredCommunication: '+++200/0000/00197+++',
    paymentTermsDays: 30,
    epcQrPayload: null,
    credits: null,
    reason: null,
  };
  return {
    document,
    lines,
    clientEmail: options.email === undefined ? 'compta@client.example' : options.email,
  };
}

function creditNoteOf(view: UblView): UblView {
  return {
    ...view,
    document: {
      ...view.document,
      kind: 'credit_note',
      number: 'BE-PA-CN-2026-000007',
      issueDate: '2026-03-10',
      dueDate: null,
      credits: { number: view.document.number, issueDate: view.document.issueDate },
      reason: 'Prestation annulée par le client',
    },
  };
}

const rules = (violations: Array<{ rule: string }>) => [...new Set(violations.map((v) => v.rule))].sort();

function expectValid(view: UblView, peppolNetwork = true) {
  const xml = buildUbl(view);
  const violations = validateUbl(xml, { peppolNetwork });
  expect(violations, xml).toEqual([]);
  return xml;
}

/** Builds, breaks the XML with `edit`, and returns the rules the validator reports. */
function brokenRules(view: UblView, edit: (xml: string) => string, peppolNetwork = true): string[] {
  const xml = buildUbl(view);
  const broken = edit(xml);
  expect(broken, 'the edit must change the document').not.toBe(xml);
  return rules(validateUbl(broken, { peppolNetwork }));
}

// --- Valid documents ----------------------------------------------------------------------------------

describe('UBL of invoices that pass EN 16931 and Peppol BIS 3.0', () => {
  it('standard 21 % to a Belgian company: Peppol addresses 0208, SEPA transfer, buyer reference', () => {
    const xml = expectValid(
      makeView({ client: CLIENTS.beCompany, lines: [{ treatment: 'standard_21', amount: 100_000 }] }),
    );
    expect(xml).toContain(
      '<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>',
    );
    expect(xml).toContain('<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>');
    expect(xml).toContain('<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>');
    expect(xml).toContain('<cbc:EndpointID schemeID="0208">0455948203</cbc:EndpointID>');
    expect(xml).toContain(`<cbc:EndpointID schemeID="0208">${kbo}</cbc:EndpointID>`);
    expect(xml).toContain('<cbc:BuyerReference>PO-2026-118</cbc:BuyerReference>');
    expect(xml).toContain('<cbc:PaymentMeansCode name="SEPA credit transfer">58</cbc:PaymentMeansCode>');
    expect(xml).toContain('<cbc:PaymentID>200000000197</cbc:PaymentID>');
    expect(xml).toContain('<cbc:ID>BE71096123456769</cbc:ID>');
    expect(xml).toContain('<cbc:Note>Prestation réalisée par Camille Dubois (membre n° 12)</cbc:Note>');
    expect(xml).toContain('<cbc:InvoicedQuantity unitCode="DAY">2</cbc:InvoicedQuantity>');
    expect(xml).toContain('<cbc:TaxAmount currencyID="EUR">210.00</cbc:TaxAmount>');
    expect(xml).toContain('<cbc:PayableAmount currencyID="EUR">1210.00</cbc:PayableAmount>');
    expect(xml).toMatch(
      /<cbc:StartDate>2026-02-23<\/cbc:StartDate>\s*<cbc:EndDate>2026-02-24<\/cbc:EndDate>/,
    );
    expect(xml).toContain('<cbc:ActualDeliveryDate>2026-02-24</cbc:ActualDeliveryDate>');
    expect(xml).toMatch(
      /<cbc:Note>Payable dans les 30 jours, au plus tard le 1 avril 2026\. Retard de paiement/,
    );
  });

  it('6 % to a Belgian public body without VAT number: the invoice number is the buyer reference', () => {
    const xml = expectValid(
      makeView({
        client: CLIENTS.bePublicBody,
        language: 'nl',
        lines: [{ treatment: 'reduced_6', amount: 45_000 }],
      }),
    );
    expect(xml).toContain('<cbc:BuyerReference>BE-PA-2026-000042</cbc:BuyerReference>');
    expect(xml).toContain('<cbc:Percent>6</cbc:Percent>');
    expect(xml).toContain('<cbc:TaxAmount currencyID="EUR">27.00</cbc:TaxAmount>');
    expect(xml).toContain('Prestatie uitgevoerd door Camille Dubois');
  });

  it('mixed rates: one VAT breakdown per rate', () => {
    const xml = expectValid(
      makeView({
        client: CLIENTS.beCompany,
        lines: [
          { treatment: 'standard_21', amount: 33_333 },
          { treatment: 'reduced_6', amount: 12_345 },
          { treatment: 'reduced_12', amount: 9_999 },
          { treatment: 'zero', amount: 1_000 },
          { treatment: 'standard_21', amount: 1, quantityCenti: 300, unit: 'hour' },
        ],
      }),
    );
    expect(xml.match(/<cac:TaxSubtotal>/g)).toHaveLength(4);
    expect(xml).toContain('<cbc:InvoicedQuantity unitCode="HUR">3</cbc:InvoicedQuantity>');
  });

  it('trainer exemption: a seller without VAT number, category E with VATEX-EU-132-1I and the legal mention', () => {
    const xml = expectValid(
      makeView({
        entityId: 'BE-FA',
        client: CLIENTS.beCompany,
        lines: [{ treatment: 'exempt_trainer', amount: 80_000 }],
      }),
    );
    expect(xml).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-132-1I</cbc:TaxExemptionReasonCode>');
    expect(xml).toContain('article 44, § 2, 4°, a) du Code de la TVA');
    expect(xml).toMatch(
      /<cbc:CompanyID>0475300493<\/cbc:CompanyID>\s*<cac:TaxScheme>\s*<cbc:ID>TAX<\/cbc:ID>/,
    );
    expect(xml).not.toContain('BE0475300493');
  });

  it('intra-EU reverse charge to a French company: its French VAT number is its Peppol address (9957)', () => {
    const xml = expectValid(
      makeView({ client: CLIENTS.frCompany, lines: [{ treatment: 'reverse_charge_eu', amount: 150_000 }] }),
    );
    expect(xml).toContain('<cbc:EndpointID schemeID="9957">FR40513036178</cbc:EndpointID>');
    expect(xml).toContain('<cbc:ID>AE</cbc:ID>');
    expect(xml).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>');
    expect(xml).toContain('<cbc:TaxInclusiveAmount currencyID="EUR">1500.00</cbc:TaxInclusiveAmount>');
  });

  it('export outside the EU (category G), in English, to a client reached by e-mail', () => {
    const xml = expectValid(
      makeView({
        client: CLIENTS.chCompany,
        language: 'en',
        lines: [{ treatment: 'export_non_eu', amount: 70_000 }],
      }),
      false,
    );
    expect(xml).toContain('<cbc:EndpointID schemeID="EM">compta@client.example</cbc:EndpointID>');
    expect(xml).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-G</cbc:TaxExemptionReasonCode>');
    expect(xml).toContain('Work performed by Camille Dubois (member no. 12)');
  });

  it('a French private person (Belgian VAT 21 %) and a Belgian private person: valid EN 16931, e-mail address', () => {
    for (const client of [CLIENTS.frPerson, CLIENTS.bePerson]) {
      const view = makeView({ client, lines: [{ treatment: 'standard_21', amount: 25_000 }] });
      const xml = expectValid(view, false);
      expect(xml).toContain('<cbc:EndpointID schemeID="EM">compta@client.example</cbc:EndpointID>');
      expect(xml).toContain('Retard de paiement : en cas de non-paiement');
      // The e-mail scheme is not routed by Peppol: such a document goes by e-mail, never over Peppol.
      expect(rules(validateUbl(xml, { peppolNetwork: true }))).toEqual(['PEPPOL-EN16931-CL008']);
    }
  });

  it('a credit note: type 381, the credited invoice, the reason, no payment means', () => {
    const xml = expectValid(
      creditNoteOf(
        makeView({ client: CLIENTS.beCompany, lines: [{ treatment: 'standard_21', amount: 100_000 }] }),
      ),
    );
    expect(xml).toContain('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"');
    expect(xml).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(xml).toMatch(
      /<cac:BillingReference>\s*<cac:InvoiceDocumentReference>\s*<cbc:ID>BE-PA-2026-000042<\/cbc:ID>\s*<cbc:IssueDate>2026-03-02<\/cbc:IssueDate>/,
    );
    expect(xml).toContain('<cbc:CreditedQuantity unitCode="DAY">2</cbc:CreditedQuantity>');
    expect(xml).toContain('Motif : Prestation annulée par le client');
    expect(xml).not.toContain('PaymentMeans');
    expect(xml).not.toContain('<cbc:DueDate>');
  });

  it('a partial credit note whose VAT is computed on the cumulative credited base (one cent off its own base)', () => {
    // Invoice 0.05 at 21 %: VAT 0.01. Credited as 0.02 then 0.03: VAT 0.00 then 0.01 (0.03 × 21 % = 0.0063).
    const view = makeView({ client: CLIENTS.beCompany, lines: [{ treatment: 'standard_21', amount: 5 }] });
    const first = allocatePartialCredit({
      lines: [{ lineNo: 1, treatment: 'standard_21', amountExclVatCents: 5, creditedCents: 2 }],
      creditedVatCents: { standard_21: 0 },
      totalExclVatCents: 5,
      creditedExclVatCents: 2,
      feeCents: 0,
      dueCents: 4,
      amountExclVatCents: 3,
      date: '2026-03-02',
    });
    expect(first.ok && first.totalVatCents).toBe(1);
    if (!first.ok) return;
    const note = creditNoteOf(view);
    note.lines = [
      { ...view.lines[0]!, quantityCenti: 100, unit: 'unit', unitPriceCents: 3, amountExclVatCents: 3 },
    ];
    note.document = {
      ...note.document,
      lines: note.lines,
      vat: [{ treatment: 'standard_21', rateBp: 2100, baseCents: 3, vatCents: 1, mention: null }],
      totalExclVatCents: 3,
      totalVatCents: 1,
      totalInclVatCents: 4,
    };
    expectValid(note);
  });

  it('prices with six decimals keep quantity × price = line amount (31 days for 1,000.00)', () => {
    expect(unitPrice(100_000, 3_100)).toBe('32.258065');
    expect(unitPrice(100_000, 200)).toBe('500.00');
    expectValid(
      makeView({
        client: CLIENTS.beCompany,
        lines: [{ treatment: 'standard_21', amount: 100_000, quantityCenti: 3_100 }],
      }),
    );
  });

  it('is deterministic: the same document gives the same bytes', () => {
    const view = makeView({
      client: CLIENTS.beCompany,
      lines: [{ treatment: 'standard_21', amount: 100_000 }],
    });
    expect(buildUbl(view)).toBe(buildUbl(structuredClone(view)));
  });

  it('splits the entity address into street, postal code and city', () => {
    expect(splitAddress('Rue Coenraets 72, 1060 Saint-Gilles')).toEqual({
      street: 'Rue Coenraets 72',
      postalCode: '1060',
      city: 'Saint-Gilles',
    });
    expect(splitAddress('7 rue de Rocroy, 75010 Paris').postalCode).toBe('75010');
  });
});

// --- Broken documents ---------------------------------------------------------------------------------

describe('the validator catches broken documents', () => {
  const standard = () =>
    makeView({ client: CLIENTS.beCompany, lines: [{ treatment: 'standard_21', amount: 100_000 }] });

  it('totals off by one cent', () => {
    expect(
      brokenRules(standard(), (x) =>
        x.replace('PayableAmount currencyID="EUR">1210.00', 'PayableAmount currencyID="EUR">1210.01'),
      ),
    ).toEqual(['BR-CO-16']);
    expect(
      brokenRules(standard(), (x) =>
        x.replace(
          'TaxInclusiveAmount currencyID="EUR">1210.00',
          'TaxInclusiveAmount currencyID="EUR">1209.99',
        ),
      ),
    ).toEqual(['BR-CO-15', 'BR-CO-16']);
    expect(
      brokenRules(standard(), (x) =>
        x.replace(/(<cac:InvoiceLine>[\s\S]*?LineExtensionAmount currencyID="EUR">)1000\.00/, '$11000.01'),
      ),
    ).toEqual(['BR-CO-10', 'BR-S-08']);
  });

  it('a line whose quantity × price is off by more than the 0.02 Peppol allows', () => {
    expect(
      brokenRules(standard(), (x) =>
        x.replace('PriceAmount currencyID="EUR">500.00', 'PriceAmount currencyID="EUR">500.02'),
      ),
    ).toEqual(['PEPPOL-EN16931-R120']);
    expect(
      brokenRules(standard(), (x) =>
        x.replace('PriceAmount currencyID="EUR">500.00', 'PriceAmount currencyID="EUR">500.01'),
      ),
    ).toEqual([]);
  });

  it('a VAT amount that is not taxable amount × rate', () => {
    expect(
      brokenRules(standard(), (x) =>
        x.replaceAll('TaxAmount currencyID="EUR">210.00', 'TaxAmount currencyID="EUR">210.02'),
      ),
    ).toEqual(['BR-CO-15', 'BR-CO-17', 'BR-S-09']);
  });

  it('missing seller VAT number on a standard-rated invoice', () => {
    const found = brokenRules(standard(), (x) =>
      x.replace(
        /<cac:PartyTaxScheme>\s*<cbc:CompanyID>BE0455948203<\/cbc:CompanyID>[\s\S]*?<\/cac:PartyTaxScheme>/,
        '',
      ),
    );
    expect(found).toEqual(['BR-S-02']);
  });

  it('category S with a rate of 0', () => {
    const found = brokenRules(standard(), (x) =>
      x.replaceAll('<cbc:Percent>21</cbc:Percent>', '<cbc:Percent>0</cbc:Percent>'),
    );
    expect(found).toContain('BR-S-05');
    expect(found).toContain('BR-S-09');
  });

  it('reverse charge without the buyer VAT number', () => {
    const view = makeView({
      client: CLIENTS.frCompany,
      lines: [{ treatment: 'reverse_charge_eu', amount: 150_000 }],
    });
    const found = brokenRules(view, (x) =>
      x.replace(
        /<cac:PartyTaxScheme>\s*<cbc:CompanyID>FR40513036178<\/cbc:CompanyID>[\s\S]*?<\/cac:PartyTaxScheme>/,
        '',
      ),
    );
    expect(found).toEqual(['BR-AE-02']);
  });

  it('reverse charge with VAT charged', () => {
    const view = makeView({
      client: CLIENTS.frCompany,
      lines: [{ treatment: 'reverse_charge_eu', amount: 150_000 }],
    });
    const found = brokenRules(view, (x) =>
      x.replaceAll('<cbc:Percent>0</cbc:Percent>', '<cbc:Percent>21</cbc:Percent>'),
    );
    expect(found).toContain('BR-AE-05');
  });

  it('exemptions without a reason, zero rate with one', () => {
    const exempt = makeView({
      entityId: 'BE-FA',
      client: CLIENTS.beCompany,
      lines: [{ treatment: 'exempt_trainer', amount: 80_000 }],
    });
    expect(
      brokenRules(exempt, (x) =>
        x.replace(
          /<cbc:TaxExemptionReasonCode>.*<\/cbc:TaxExemptionReasonCode>\s*<cbc:TaxExemptionReason>.*<\/cbc:TaxExemptionReason>/,
          '',
        ),
      ),
    ).toEqual(['BR-E-10']);
    const zero = makeView({ client: CLIENTS.beCompany, lines: [{ treatment: 'zero', amount: 10_000 }] });
    expect(
      brokenRules(zero, (x) =>
        x.replace(
          '<cbc:Percent>0</cbc:Percent>',
          '<cbc:Percent>0</cbc:Percent><cbc:TaxExemptionReason>Zero</cbc:TaxExemptionReason>',
        ),
      ),
    ).toEqual(['BR-Z-10']);
  });

  it('Peppol document rules: one note, a buyer reference, no empty element, the right specification', () => {
    expect(
      brokenRules(standard(), (x) =>
        x.replace('<cbc:DocumentCurrencyCode>', '<cbc:Note>Second</cbc:Note><cbc:DocumentCurrencyCode>'),
      ),
    ).toEqual(['PEPPOL-EN16931-R002']);
    expect(
      brokenRules(standard(), (x) => x.replace(/<cbc:BuyerReference>.*<\/cbc:BuyerReference>/, '')),
    ).toEqual(['PEPPOL-EN16931-R003']);
    expect(
      brokenRules(standard(), (x) =>
        x.replace(/<cbc:BuyerReference>.*<\/cbc:BuyerReference>/, '<cbc:BuyerReference/>'),
      ),
    ).toEqual(['PEPPOL-EN16931-R003', 'PEPPOL-EN16931-R008']);
    expect(
      brokenRules(standard(), (x) =>
        x.replace('poacc:billing:3.0</cbc:CustomizationID>', 'poacc:billing:2.0</cbc:CustomizationID>'),
      ),
    ).toEqual(['PEPPOL-EN16931-R004']);
    expect(
      brokenRules(standard(), (x) =>
        x.replace(/<cbc:EndpointID schemeID="0208">08/, '<cbc:EndpointID schemeID="0208">18'),
      ),
    ).toEqual(['PEPPOL-COMMON-R043']);
    expect(
      brokenRules(standard(), (x) => x.replace('<cbc:InvoiceTypeCode>380', '<cbc:InvoiceTypeCode>384')),
    ).toEqual(['PEPPOL-EN16931-P0100']);
  });

  it('amounts: decimals and currency', () => {
    expect(
      brokenRules(standard(), (x) =>
        x.replace('PayableAmount currencyID="EUR">1210.00', 'PayableAmount currencyID="EUR">1210.001'),
      ),
    ).toEqual(['BR-DEC-18']);
    expect(
      brokenRules(standard(), (x) =>
        x.replace('PayableAmount currencyID="EUR"', 'PayableAmount currencyID="USD"'),
      ),
    ).toEqual(['PEPPOL-EN16931-R051']);
  });

  it('a missing electronic address, a missing line, a malformed file', () => {
    expect(
      brokenRules(standard(), (x) =>
        x.replace(/<cbc:EndpointID schemeID="0208">0455948203<\/cbc:EndpointID>/, ''),
      ),
    ).toEqual(['PEPPOL-EN16931-R020']);
    expect(
      brokenRules(standard(), (x) => x.replace(/<cac:InvoiceLine>[\s\S]*<\/cac:InvoiceLine>/, '')),
    ).toEqual(['BR-16', 'BR-CO-10', 'BR-S-08']);
    expect(brokenRules(standard(), (x) => x.slice(0, x.length - 20))).toEqual(['XML']);
  });
});
