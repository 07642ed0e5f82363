import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import QRCode from 'qrcode';
import {
  PDFArray,
  PDFDocument,
  PDFName,
  StandardFonts,
  decodePDFRawStream,
  type PDFFont,
  type PDFRawStream,
} from 'pdf-lib';
import { LANGUAGES, formatDate, formatMoney, payrollMessages, type Language } from '@partage/domain';
import { QR_CODE_TAG, toWinAnsi } from '../../documents/pdf.ts';
import { invoicePdf, invoiceTitle } from './invoice-pdf.ts';
import { employmentContractPdf, hourlyGrossCents } from './contract-pdf.ts';
import { payslipPdf } from './payslip-pdf.ts';
import {
  CONTRACT_DOC,
  countryName,
  docText,
  formatCentiHours,
  formatDateTime,
  formatPeriod,
  formatRate,
} from './labels.ts';
import {
  SAMPLE_CLIENT,
  SAMPLE_EMPLOYER,
  SAMPLE_WORKER,
  sampleBreakdown,
  sampleContract,
  sampleCreditNote,
  sampleInvoice,
  samplePayslip,
} from './fixtures.ts';

// --- Reading back what a PDF draws ------------------------------------------------------------------
// pdf-lib writes each string with a standard font as a hex string of WinAnsi codes (`<48656C6C6F> Tj`)
// after a text matrix (`1 0 0 1 x y Tm`) and a font selection (`/Helvetica-Bold-123 9 Tf`), in
// Flate-compressed content streams. Decoding them gives back every drawn string with its position.

const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
}; // prettier-ignore

function decodeWinAnsi(hex: string): string {
  let text = '';
  for (let i = 0; i < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    text += WIN_ANSI_HIGH[code] ?? String.fromCharCode(code);
  }
  return text;
}

interface Drawn {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

interface PageContent {
  texts: Drawn[];
  /** Rectangles (`x y w h re`) drawn inside the QR code's marked content. */
  qrRects: Array<[number, number, number, number]>;
}

interface ReadPdf {
  doc: PDFDocument;
  pages: PageContent[];
  /** Every drawn string of every page, joined by spaces (wrapped paragraphs read back whole). */
  text: string;
}

const NUMBER = '(-?[\\d.]+(?:e-?\\d+)?)';
const OPERATORS = new RegExp(
  [
    `\\/([\\w-]+) ${NUMBER} Tf`,
    `${NUMBER} ${NUMBER} ${NUMBER} ${NUMBER} ${NUMBER} ${NUMBER} Tm`,
    '<([0-9A-Fa-f]*)> Tj',
    `\\/${QR_CODE_TAG} BMC`,
    'EMC',
    `${NUMBER} ${NUMBER} ${NUMBER} ${NUMBER} re`,
  ].join('|'),
  'g',
);

async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await PDFDocument.load(bytes);
  const pages = doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const content = streams
      .map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1'))
      .join('\n');
    const result: PageContent = { texts: [], qrRects: [] };
    let font = { name: '', size: 0 };
    let position = { x: 0, y: 0 };
    let inQr = false;
    for (const m of content.matchAll(OPERATORS)) {
      if (m[1] !== undefined) font = { name: m[1], size: Number(m[2]) };
      else if (m[3] !== undefined) position = { x: Number(m[7]), y: Number(m[8]) };
      else if (m[9] !== undefined)
        result.texts.push({
          text: decodeWinAnsi(m[9]),
          ...position,
          size: font.size,
          bold: font.name.includes('Bold'),
        });
      else if (m[0] === `/${QR_CODE_TAG} BMC`) inQr = true;
      else if (m[0] === 'EMC') inQr = false;
      else if (m[10] !== undefined && inQr)
        result.qrRects.push([m[10], m[11], m[12], m[13]].map(Number) as never);
    }
    return result;
  });
  const text = pages.flatMap((page) => page.texts.map((drawn) => drawn.text)).join(' ');
  return { doc, pages, text };
}

/** What the PDF shows for a text: the standard fonts' WinAnsi version of it. */
const shown = (text: string) => toWinAnsi(text);

let fonts: { regular: PDFFont; bold: PDFFont } | undefined;
async function rightEdge(drawn: Drawn): Promise<number> {
  if (!fonts) {
    const scratch = await PDFDocument.create();
    fonts = {
      regular: await scratch.embedFont(StandardFonts.Helvetica),
      bold: await scratch.embedFont(StandardFonts.HelveticaBold),
    };
  }
  return drawn.x + (drawn.bold ? fonts.bold : fonts.regular).widthOfTextAtSize(drawn.text, drawn.size);
}

function findText(pdf: ReadPdf, text: string): Drawn[] {
  return pdf.pages.flatMap((page) => page.texts.filter((drawn) => drawn.text === shown(text)));
}

// --- Each document in each language -------------------------------------------------------------------

describe.each(LANGUAGES)('documents in %s', (lang: Language) => {
  const t = (key: string, params?: Record<string, string | number>) => shown(docText(key, lang, params));
  const money = (cents: number) => shown(formatMoney(cents, lang));

  it('renders the invoice with its number, parties, totals, structured communication and payment terms', async () => {
    const invoice = sampleInvoice(lang);
    const pdf = await readPdf(await invoicePdf(invoice));

    expect(pdf.doc.getPageCount()).toBe(1);
    expect(pdf.doc.getTitle()).toBe(shown(`${docText('invoiceTitle', lang)} ${invoice.number}`));
    expect(pdf.doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${lang})`);
    const title = findText(pdf, docText('invoiceTitle', lang));
    expect(title).toHaveLength(1);
    expect(title[0]!.size).toBeGreaterThanOrEqual(18);

    expect(pdf.text).toContain(invoice.number);
    expect(pdf.text).toContain(invoice.structuredCommunication);
    expect(findText(pdf, invoice.structuredCommunication)[0]!.bold).toBe(true);
    expect(pdf.text).toContain(t('performedByMember', { name: SAMPLE_WORKER.name, number: 1024 }));
    expect(pdf.text).toContain(t('vatNumber', { number: 'BE 0455.948.203' }));
    expect(pdf.text).toContain(
      t('vatNumber', {
        number: `BE ${SAMPLE_CLIENT.enterpriseNumber!.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1.$2.$3')}`,
      }),
    );
    expect(pdf.text).toContain(t('registerCourt', { court: 'Bruxelles' }));
    expect(pdf.text).toContain('IBAN BE71 0961 2345 6769');
    expect(pdf.text).toContain(t('yourReference', { reference: 'PO-2026-118' }));
    expect(pdf.text).toContain(shown(formatPeriod(invoice.deliveryFrom, invoice.deliveryTo, lang)));
    expect(pdf.text).toContain(shown(formatDate(invoice.dueDate!, lang)));
    expect(pdf.text).toContain(t('payWithin', { days: 30, due: formatDate(invoice.dueDate!, lang) }));
    expect(pdf.text).toContain(t('lateBusiness'));
    expect(pdf.text).toContain(t('scanToPay'));
    for (const cents of [50_000, 100_000, 21_000, 121_000]) expect(pdf.text).toContain(money(cents));
    expect(findText(pdf, formatMoney(121_000, lang)).some((drawn) => drawn.bold)).toBe(true);
    expect(pdf.text).toContain(t('unit_day_other'));
    expect(pdf.text).toContain(t('page', { page: 1, total: 1 }));
    expect(pdf.pages[0]!.qrRects.length).toBeGreaterThan(0);
  });

  it('renders the credit note with positive amounts, the credited invoice, the reason and no payment', async () => {
    const note = sampleCreditNote(lang);
    const pdf = await readPdf(await invoicePdf(note));

    expect(pdf.doc.getPageCount()).toBe(1);
    expect(pdf.doc.getTitle()).toBe(shown(`${docText('creditNoteTitle', lang)} ${note.number}`));
    expect(findText(pdf, docText('creditNoteTitle', lang))).toHaveLength(1);
    expect(findText(pdf, docText('invoiceTitle', lang))).toHaveLength(0);
    expect(pdf.text).toContain(
      t('creditsInvoice', { number: note.credits!.number, date: formatDate(note.credits!.issueDate, lang) }),
    );
    expect(pdf.text).toContain(t('deductFrom', { number: note.credits!.number }));
    expect(pdf.text).toContain(t('reason', { reason: note.reason! }));
    expect(pdf.text).toContain(t('creditVatToRepay'));
    expect(findText(pdf, formatMoney(121_000, lang))).not.toHaveLength(0);
    const amounts = pdf.pages[0]!.texts.filter((drawn) => drawn.text.includes('€'));
    expect(amounts.length).toBeGreaterThan(0);
    for (const drawn of amounts) expect(drawn.text).not.toMatch(/-\s*€?\s*\d/);
    expect(pdf.pages[0]!.qrRects).toHaveLength(0);
    expect(pdf.text).not.toContain(t('scanToPay'));
    expect(pdf.text).not.toContain(t('payWithCommunication'));
    expect(pdf.text).not.toContain(t('lateBusiness'));
  });

  it('renders the employment contract with parties, days, pay, declaration, insurance and joint committee', async () => {
    const contract = sampleContract(lang);
    const pdf = await readPdf(await employmentContractPdf(contract));
    const breakdown = sampleBreakdown();

    expect(pdf.doc.getPageCount()).toBe(2);
    expect(pdf.doc.getTitle()).toBe(shown(`${docText('contractTitle', lang)} ${contract.reference}`));
    expect(pdf.text).toContain(contract.reference);
    expect(pdf.text).toContain(t('bornOn', { date: formatDate('1988-04-12', lang) }));
    expect(pdf.text).toContain(t('law_employee'));
    expect(pdf.text).toContain(shown(contract.jobLabel));
    expect(pdf.text).toContain(shown(contract.description));
    expect(pdf.text).toContain(shown(countryName('BE', lang)));
    expect(findText(pdf, formatCentiHours(760, lang))).toHaveLength(2);
    expect(findText(pdf, formatCentiHours(1520, lang))[0]!.bold).toBe(true);
    expect(pdf.text).toContain(money(breakdown.grossCents));
    expect(pdf.text).toContain(money(3969));
    expect(pdf.text).toContain(shown(formatRate(1111, lang)));
    expect(pdf.text).toContain(shown(formatDate(contract.payDate, lang)));
    expect(pdf.text).toContain(contract.declaration.reference);
    expect(pdf.text).toContain(t('declarationStatus_declared'));
    expect(pdf.text).toContain(shown(formatDateTime(contract.declaration.declaredAt, lang)));
    expect(pdf.text).toContain(shown(contract.risks[0]!));
    expect(pdf.text).toContain(t('insurance'));
    expect(pdf.text).toContain('Commission paritaire / Paritair comité 200');
    expect(pdf.text).toContain(t('committeeDefault'));
    expect(pdf.text).toContain(
      t('acceptedElectronically', { date: formatDateTime(contract.issuedAt, lang) }),
    );
    expect(pdf.text).not.toContain('A1');
    expect(pdf.text).toContain(t('page', { page: 2, total: 2 }));
  });

  it('renders the payslip with every line of the breakdown and the net paid in bold', async () => {
    const payslip = samplePayslip(lang);
    const pdf = await readPdf(await payslipPdf(payslip));
    const { breakdown } = payslip;

    expect(pdf.doc.getPageCount()).toBe(1);
    expect(pdf.doc.getTitle()).toBe(shown(`${docText('payslipTitle', lang)} ${payslip.number}`));
    expect(pdf.text).toContain(payslip.contractReference);
    expect(pdf.text).toContain(payslip.invoiceNumber);
    expect(pdf.text).toContain(t('accountEnding', { last4: '6769' }));
    expect(pdf.text).toContain(t('socialSecurityNumber', { number: '1234567-89' }));
    for (const line of breakdown.lines) {
      const label = findText(pdf, payrollMessages[line.key]![lang]);
      expect(label.length, line.key).toBeGreaterThan(0);
      expect(pdf.text).toContain(money(line.amount));
      if (line.rateBp !== undefined) expect(pdf.text).toContain(shown(formatRate(line.rateBp, lang)));
    }
    expect(pdf.text).toContain(money(-breakdown.employeeContributionCents));
    expect(pdf.text).toContain(money(-breakdown.withholdingCents));
    const net = findText(pdf, docText('netPaid', lang));
    expect(net).toHaveLength(1);
    expect(net[0]!.bold).toBe(true);
    const netAmount = findText(pdf, formatMoney(breakdown.netCents, lang)).find(
      (drawn) => drawn.y === net[0]!.y,
    );
    expect(netAmount?.bold).toBe(true);
    expect(pdf.text).toContain(t('netPaidOn', { date: formatDate(payslip.payDate, lang), last4: '6769' }));
    expect(pdf.text).not.toContain(t('payslipCorrective', { number: 'X' }).split(':')[0]!);
  });
});

// --- Details that do not depend on the language ------------------------------------------------------

describe('invoice details', () => {
  it('draws the EPC QR code of the payload, module for module', async () => {
    const invoice = sampleInvoice('fr');
    const pdf = await readPdf(await invoicePdf(invoice));
    const rects = pdf.pages[0]!.qrRects;
    const expected = QRCode.create(invoice.epcQrPayload!, { errorCorrectionLevel: 'M' }).modules;

    const left = Math.min(...rects.map(([x]) => x));
    const right = Math.max(...rects.map(([x, , w]) => x + w));
    const top = Math.max(...rects.map(([, y, , h]) => y + h));
    const module = (right - left) / expected.size;
    const drawn = Array.from({ length: expected.size }, () => Array<boolean>(expected.size).fill(false));
    for (const [x, y, w, h] of rects) {
      expect(h).toBeCloseTo(module, 6);
      const row = Math.round((top - y - h) / module);
      const first = Math.round((x - left) / module);
      for (let col = first; col < first + Math.round(w / module); col++) drawn[row]![col] = true;
    }
    for (let row = 0; row < expected.size; row++)
      for (let col = 0; col < expected.size; col++)
        expect(drawn[row]![col], `module ${row},${col}`).toBe(Boolean(expected.get(row, col)));
  });

  it('aligns the totals on their right edge', async () => {
    const pdf = await readPdf(await invoicePdf(sampleInvoice('nl')));
    const edges = await Promise.all(
      [100_000, 21_000, 121_000].map((cents) => {
        const drawn = findText(pdf, formatMoney(cents, 'nl'));
        return rightEdge(drawn[drawn.length - 1]!);
      }),
    );
    expect(edges[1]).toBeCloseTo(edges[0]!, 1);
    expect(edges[2]).toBeCloseTo(edges[0]!, 1);
  });

  it('flows a long invoice onto several pages, repeating the table header and numbering every page', async () => {
    const lines = Array.from({ length: 45 }, (_, i) => ({
      description: `Atelier ${i + 1} : préparation, animation et rangement du matériel de scène`,
      quantityCenti: 100,
      unit: 'hour' as const,
      unitPriceCents: 4_000 + i,
      amountExclVatCents: 4_000 + i,
      vatRateBp: 2100,
    }));
    const pdf = await readPdf(await invoicePdf(sampleInvoice('fr', { lines })));
    const pages = pdf.doc.getPageCount();

    expect(pages).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => {
      const texts = page.texts.map((drawn) => drawn.text);
      expect(texts).toContain(shown(docText('page', 'fr', { page: i + 1, total: pages })));
      expect(texts.some((text) => text.startsWith('Productions Associées (ASBL)'))).toBe(true);
    });
    expect(findText(pdf, 'Description').length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(pdf.text).toContain(shown(formatMoney(line.amountExclVatCents, 'fr')));
    expect(pdf.text).toContain(shown(docText('unit_hour_one', 'fr')));
  });

  it('prints the consumer clause for a private client, the country of a foreign client and a reverse charge', async () => {
    const consumer = await readPdf(
      await invoicePdf(
        sampleInvoice('en', {
          client: {
            ...SAMPLE_CLIENT,
            kind: 'person',
            vatNumber: null,
            enterpriseNumber: null,
            buyerReference: null,
          },
        }),
      ),
    );
    expect(consumer.text).toContain(shown(docText('lateConsumer', 'en')));
    expect(consumer.text).not.toContain(shown(docText('lateBusiness', 'en')));

    const mention = 'Reverse charge: VAT due by the customer (Directive 2006/112/EC, art. 196).';
    const foreign = await readPdf(
      await invoicePdf(
        sampleInvoice('de', {
          client: {
            ...SAMPLE_CLIENT,
            country: 'FR',
            vatNumber: 'FR40303265045',
            enterpriseNumber: null,
            city: 'Lille',
          },
          vat: [{ treatment: 'reverse_charge_eu', rateBp: 0, baseCents: 100_000, vatCents: 0, mention }],
          totalVatCents: 0,
          totalInclVatCents: 100_000,
        }),
      ),
    );
    expect(foreign.text).toContain(shown(countryName('FR', 'de')));
    expect(foreign.text).toContain('MwSt. FR 40303265045');
    expect(foreign.text).toContain(shown(docText('treatment_reverse_charge_eu', 'de')));
    expect(foreign.text).toContain(mention);
  });

  it('says when the seller is not VAT-registered, and prints the communication without a QR code', async () => {
    const pdf = await readPdf(
      await invoicePdf(
        sampleInvoice('fr', {
          seller: { ...SAMPLE_EMPLOYER, vatNumber: null },
          epcQrPayload: null,
          paymentTermsDays: 0,
        }),
      ),
    );
    expect(pdf.text).toContain(shown(docText('notVatRegistered', 'fr')));
    expect(pdf.pages[0]!.qrRects).toHaveLength(0);
    expect(pdf.text).toContain('+++200/0000/12394+++');
    expect(pdf.text).toContain(shown(docText('payOnReceipt', 'fr', { due: formatDate('2027-01-02', 'fr') })));
  });
});

describe('employment contract details', () => {
  it('mentions the A1 posting when the work is done abroad', async () => {
    const pdf = await readPdf(
      await employmentContractPdf(sampleContract('nl', { posted: true, countryOfWork: 'FR' })),
    );
    expect(pdf.text).toContain(shown(countryName('FR', 'nl')));
    expect(pdf.text).toContain(shown(docText('posted', 'nl', { home: countryName('BE', 'nl') })));
  });

  it('follows the contract type: student law, interim joint committee, and a committee set by payroll', async () => {
    const student = await readPdf(
      await employmentContractPdf(sampleContract('fr', { contractType: 'student' })),
    );
    expect(student.text).toContain(shown(docText('law_student', 'fr')));
    expect(student.text).toContain(shown(payrollMessages['payroll.contract_type.label.student']!.fr));

    const interim = await readPdf(
      await employmentContractPdf(sampleContract('fr', { contractType: 'interim' })),
    );
    expect(interim.text).toContain('Commission paritaire / Paritair comité 322');
    expect(interim.text).toContain(shown(docText('law_interim', 'fr')));

    const chosen = await readPdf(
      await employmentContractPdf(sampleContract('en', { jointCommittee: '304' })),
    );
    expect(chosen.text).toContain('Commission paritaire / Paritair comité 304');
    expect(chosen.text).toContain(shown(docText('committeeChosen', 'en')));
    expect(chosen.text).not.toContain(shown(docText('committeeDefault', 'en')));
  });

  it('keeps German quotation marks, which the standard fonts can draw', async () => {
    const pdf = await readPdf(await employmentContractPdf(sampleContract('de')));
    expect(pdf.text).toContain('„der Arbeitgeber“');
  });

  it('prints the insurer and a cancelled declaration', async () => {
    const pdf = await readPdf(
      await employmentContractPdf(
        sampleContract('en', {
          workAccidentInsurer: 'Example Insurance SA, policy 42',
          declaration: { reference: 'DIM-1', status: 'cancelled', declaredAt: '2026-11-28' },
        }),
      ),
    );
    expect(pdf.text).toContain(
      shown(docText('insurer', 'en', { insurer: 'Example Insurance SA, policy 42' })),
    );
    expect(pdf.text).toContain(shown(docText('declarationStatus_cancelled', 'en')));
  });

  it('rounds the hourly gross half up to the cent', () => {
    expect(hourlyGrossCents(60_322, 1_520)).toBe(3_969); // 39,685 → 39,69
    expect(hourlyGrossCents(100, 300)).toBe(33); // 0,3333
    expect(hourlyGrossCents(50, 100)).toBe(50);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 1, max: 74_400 }),
        (gross, centi) => {
          const hourly = hourlyGrossCents(gross, centi);
          // |hourly − exact| ≤ ½ cent, and an exact half goes up.
          const twice = 2 * (hourly * centi - gross * 100);
          return twice > -centi && twice <= centi;
        },
      ),
    );
  });
});

describe('payslip details', () => {
  it('says which payslip a corrective one replaces', async () => {
    const pdf = await readPdf(await payslipPdf(samplePayslip('de', { corrects: 'PS-BE-PA-2026-000100' })));
    expect(pdf.text).toContain(shown(docText('payslipCorrective', 'de', { number: 'PS-BE-PA-2026-000100' })));
  });

  it('shows the gross as the budget divided by the multiplier and the employer cost as the gross times it', async () => {
    const pdf = await readPdf(await payslipPdf(samplePayslip('fr')));
    const rows = (key: string) => {
      const label = findText(pdf, payrollMessages[key]!.fr)[0]!;
      return pdf.pages[0]!.texts.filter((drawn) => Math.abs(drawn.y - label.y) < 0.01).map(
        (drawn) => drawn.text,
      );
    };
    expect(rows('payroll.line.gross')).toContain('÷ 1,55');
    expect(rows('payroll.line.employer_cost')).toContain('× 1,55');
    expect(rows('payroll.line.fee')).toContain('6,50 %');
  });
});

describe('document texts', () => {
  it('have the four languages and the same placeholders in each', () => {
    for (const [key, entry] of Object.entries(CONTRACT_DOC)) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const lang of LANGUAGES) {
        expect(entry[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
        expect(placeholders(entry[lang]), `${key}.${lang}`).toEqual(placeholders(entry.fr));
      }
    }
  });

  it('format periods, rates and hours the Belgian way', () => {
    expect(formatPeriod('2026-12-01', '2026-12-01', 'fr')).toBe(formatDate('2026-12-01', 'fr'));
    expect(formatPeriod('2026-12-28', '2027-01-02', 'nl')).toContain('2027');
    expect(formatRate(650, 'fr')).toBe('6,50 %');
    expect(formatRate(2100, 'de')).toBe('21 %');
    expect(formatRate(1111, 'en')).toBe('11.11%');
    expect(formatCentiHours(760, 'nl')).toBe('7,60');
    expect(formatDateTime('2026-11-28T09:14:00Z', 'fr')).toContain('10:14');
  });

  it('titles each document in its language', () => {
    expect(LANGUAGES.map((language) => invoiceTitle({ kind: 'invoice', language }))).toEqual([
      'Facture',
      'Factuur',
      'Invoice',
      'Rechnung',
    ]);
    expect(invoiceTitle({ kind: 'credit_note', language: 'nl' })).toBe('Creditnota');
  });
});
