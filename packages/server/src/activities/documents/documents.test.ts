import { describe, expect, it } from 'vitest';
import {
  PDFArray,
  PDFDocument,
  PDFName,
  StandardFonts,
  decodePDFRawStream,
  type PDFFont,
  type PDFRawStream,
} from 'pdf-lib';
import {
  LANGUAGES,
  MOVEMENT_KINDS,
  activityStatement,
  formatDate,
  formatMoney,
  interpolate,
  translator,
  vatSummary,
  vatTreatmentRule,
  type BudgetMovement,
  type Language,
  type QuoteLine,
} from '@partage/domain';
import { toWinAnsi } from '../../documents/pdf.ts';
import { countryName, docText, formatRate } from '../../contracts/documents/labels.ts';
import { SAMPLE_CLIENT, SAMPLE_EMPLOYER } from '../../contracts/documents/fixtures.ts';
import { QUOTE_DOC, quotePdf, quoteTitle, type QuoteDocument } from './quote-pdf.ts';
import {
  STATEMENT_DOC,
  statementPdf,
  statementRows,
  statementTitle,
  type StatementDocument,
} from './statement-pdf.ts';

// --- Reading back what a PDF draws ------------------------------------------------------------------
// As in the Contract tool's document tests: pdf-lib writes each string of a standard font as a hex
// string of WinAnsi codes (`<48656C6C6F> Tj`) after its text matrix (`1 0 0 1 x y Tm`) and font
// (`/Helvetica-Bold-123 9 Tf`), in Flate-compressed content streams.

const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x84: '„', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—',
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

interface ReadPdf {
  doc: PDFDocument;
  pages: Drawn[][];
  /** Every drawn string of every page, joined by spaces (wrapped paragraphs read back whole). */
  text: string;
}

const NUMBER = '(-?[\\d.]+(?:e-?\\d+)?)';
const OPERATORS = new RegExp(
  [
    `\\/([\\w-]+) ${NUMBER} Tf`,
    `${NUMBER} ${NUMBER} ${NUMBER} ${NUMBER} ${NUMBER} ${NUMBER} Tm`,
    '<([0-9A-Fa-f]*)> Tj',
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
    const texts: Drawn[] = [];
    let font = { name: '', size: 0 };
    let position = { x: 0, y: 0 };
    for (const m of content.matchAll(OPERATORS)) {
      if (m[1] !== undefined) font = { name: m[1], size: Number(m[2]) };
      else if (m[3] !== undefined) position = { x: Number(m[7]), y: Number(m[8]) };
      else if (m[9] !== undefined)
        texts.push({
          text: decodeWinAnsi(m[9]),
          ...position,
          size: font.size,
          bold: font.name.includes('Bold'),
        });
    }
    return texts;
  });
  return { doc, pages, text: pages.flatMap((texts) => texts.map((drawn) => drawn.text)).join(' ') };
}

/** What the PDF shows for a text: the standard fonts' WinAnsi version of it. */
const shown = (text: string) => toWinAnsi(text);

function findText(pdf: ReadPdf, text: string): Drawn[] {
  return pdf.pages.flatMap((texts) => texts.filter((drawn) => drawn.text === shown(text)));
}

/** The strings drawn on the same line as `drawn` (a row of a table or of the totals). */
function sameRow(pdf: ReadPdf, drawn: Drawn): string[] {
  return pdf.pages
    .flatMap((texts) => texts)
    .filter((other) => Math.abs(other.y - drawn.y) < 0.01)
    .map((other) => other.text);
}

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

// --- Fixtures ----------------------------------------------------------------------------------------

const QUOTE_DATE = '2027-03-01';

const LINES: Record<Language, [string, string, string]> = {
  fr: [
    'Animation de trois ateliers de théâtre pour adultes, préparation comprise',
    'Livret du texte (exemplaires imprimés)',
    'Conception du décor',
  ],
  nl: [
    'Begeleiding van drie theaterworkshops voor volwassenen, voorbereiding inbegrepen',
    'Tekstboekje (gedrukte exemplaren)',
    'Ontwerp van het decor',
  ],
  en: [
    'Leading three theatre workshops for adults, preparation included',
    'Script booklet (printed copies)',
    'Stage set design',
  ],
  de: [
    'Leitung von drei Theaterworkshops für Erwachsene, Vorbereitung inbegriffen',
    'Textheft (gedruckte Exemplare)',
    'Entwurf des Bühnenbilds',
  ],
};

const TITLES: Record<Language, string> = {
  fr: 'Ateliers de théâtre du printemps',
  nl: 'Theaterworkshops in de lente',
  en: 'Spring theatre workshops',
  de: 'Theaterworkshops im Frühling',
};

/** A line as the domain computes it: base = quantity × unit price, half up. */
function line(
  description: string,
  centiQuantity: number,
  unitPriceCents: number,
  vatTreatment: QuoteLine['vatTreatment'],
): QuoteLine {
  return {
    description,
    centiQuantity,
    unitPriceCents,
    baseCents: Math.round((centiQuantity * unitPriceCents) / 100),
    vatTreatment,
  };
}

function sampleQuote(language: Language, overrides: Partial<QuoteDocument> = {}): QuoteDocument {
  const [workshops, booklet, design] = LINES[language];
  const lines = overrides.lines ?? [
    line(workshops, 300, 45_000, 'standard_21'), // 3 × 450,00 = 1.350,00
    line(booklet, 1_200, 850, 'reduced_6'), // 12 × 8,50 = 102,00
    line(design, 150, 12_345, 'standard_21'), // 1,5 × 123,45 = 185,175 → 185,18
  ];
  return {
    language,
    number: 'QT-BE-PA-2027-000042',
    title: TITLES[language],
    date: QUOTE_DATE,
    validUntil: '2027-03-31',
    activity: { name: 'Compagnie Exemple', reference: 'ACT-BE-PA-000017' },
    seller: {
      name: SAMPLE_EMPLOYER.name,
      address: SAMPLE_EMPLOYER.address,
      enterpriseNumber: SAMPLE_EMPLOYER.enterpriseNumber,
      vatNumber: SAMPLE_EMPLOYER.vatNumber,
    },
    client: {
      name: SAMPLE_CLIENT.name,
      street: SAMPLE_CLIENT.street,
      postalCode: SAMPLE_CLIENT.postalCode,
      city: SAMPLE_CLIENT.city,
      country: SAMPLE_CLIENT.country,
      vatNumber: SAMPLE_CLIENT.vatNumber,
    },
    lines,
    totals: vatSummary(
      lines.map((l) => ({ baseCents: l.baseCents, treatment: l.vatTreatment })),
      QUOTE_DATE,
    ),
    ...overrides,
  };
}

/** A client in France invoiced under the reverse charge. */
function reverseChargeQuote(language: Language): QuoteDocument {
  const lines = [line(LINES[language][0], 200, 60_000, 'reverse_charge_eu')];
  return sampleQuote(language, {
    client: {
      name: 'Théâtre Exemple SARL',
      street: 'Rue Nationale 1',
      postalCode: '59000',
      city: 'Lille',
      country: 'FR',
      vatNumber: 'FR40303265045',
    },
    lines,
    totals: vatSummary([{ baseCents: 120_000, treatment: 'reverse_charge_eu' }], QUOTE_DATE),
  });
}

/** The budget movements of an Activity over three years, every kind, credit notes and reversals. */
const MOVEMENTS: BudgetMovement[] = [
  { date: '2025-06-10', kind: 'sale', amountCents: 400_000 },
  { date: '2025-06-10', kind: 'fee', amountCents: -26_000 },
  { date: '2025-09-30', kind: 'salary', amountCents: -250_000 },
  { date: '2026-01-15', kind: 'sale', amountCents: 1_200_000 },
  { date: '2026-01-15', kind: 'fee', amountCents: -78_000 },
  { date: '2026-02-03', kind: 'sale', amountCents: -50_000 }, // a credit note
  { date: '2026-02-03', kind: 'fee', amountCents: 3_250 }, // its fee given back
  { date: '2026-02-28', kind: 'salary', amountCents: -612_345 },
  { date: '2026-03-12', kind: 'expense', amountCents: -18_790 },
  { date: '2026-04-01', kind: 'purchase', amountCents: -45_000 },
  { date: '2026-04-20', kind: 'investment', amountCents: -150_000 },
  { date: '2026-05-02', kind: 'loan_received', amountCents: 300_000 },
  { date: '2026-06-02', kind: 'loan_repayment', amountCents: -25_000 },
  { date: '2026-05-02', kind: 'financing_fee', amountCents: -1_500 },
  { date: '2026-07-07', kind: 'adjustment', amountCents: -12_345 },
  { date: '2026-08-08', kind: 'adjustment', amountCents: 2_000 },
  { date: '2027-01-10', kind: 'sale', amountCents: 999_999 },
];

const YEAR = 2026;
/** The opening of 2026 is the closing of 2025. */
const OPENING = activityStatement(MOVEMENTS, 2025, 0).closingCents;

function sampleStatement(language: Language, overrides: Partial<StatementDocument> = {}): StatementDocument {
  return {
    language,
    activity: { reference: 'ACT-BE-PA-000017', name: 'Compagnie Exemple' },
    entityName: SAMPLE_EMPLOYER.name,
    statement: activityStatement(MOVEMENTS, YEAR, OPENING),
    final: true,
    printedOn: '2027-01-20',
    ...overrides,
  };
}

// --- Each document in each language -----------------------------------------------------------------

describe.each(LANGUAGES)('Activity documents in %s', (lang: Language) => {
  const money = (cents: number) => shown(formatMoney(cents, lang));
  const qt = (key: string, params?: Record<string, string | number>) =>
    shown(QUOTE_DOC[key] ? interpolate(QUOTE_DOC[key][lang], params) : docText(key, lang, params));
  const st = (key: string, params?: Record<string, string | number>) =>
    shown(STATEMENT_DOC[key] ? interpolate(STATEMENT_DOC[key][lang], params) : docText(key, lang, params));

  it('renders the quote with its number, parties, lines, VAT breakdown, totals and how to accept it', async () => {
    const quote = sampleQuote(lang);
    const pdf = await readPdf(await quotePdf(quote));

    expect(pdf.doc.getPageCount()).toBe(1);
    expect(pdf.doc.getTitle()).toBe(shown(`${quoteTitle(lang)} ${quote.number}`));
    expect(pdf.doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${lang})`);
    const title = findText(pdf, quoteTitle(lang));
    expect(title).toHaveLength(1);
    expect(title[0]!.size).toBeGreaterThanOrEqual(18);

    expect(findText(pdf, quote.number)).not.toHaveLength(0);
    expect(findText(pdf, SAMPLE_CLIENT.name).some((drawn) => drawn.bold)).toBe(true);
    expect(pdf.text).toContain(shown(docText('vatNumber', lang, { number: 'BE 0455.948.203' })));
    expect(pdf.text).toContain(shown(quote.title));
    expect(pdf.text).toContain(
      qt('activityNameReference', { name: 'Compagnie Exemple', reference: 'ACT-BE-PA-000017' }),
    );
    expect(pdf.text).toContain(shown(formatDate(quote.date, lang)));
    expect(pdf.text).toContain(shown(formatDate(quote.validUntil, lang)));
    expect(pdf.text).toContain(
      qt('howToAccept', { date: formatDate(quote.validUntil, lang), entity: SAMPLE_EMPLOYER.name }),
    );

    for (const l of quote.lines) {
      expect(pdf.text).toContain(shown(l.description));
      expect(pdf.text).toContain(money(l.unitPriceCents));
      expect(pdf.text).toContain(money(l.baseCents));
    }
    expect(findText(pdf, lang === 'en' ? '1.5' : '1,5')).toHaveLength(1);
    expect(findText(pdf, '12')).toHaveLength(1);
    expect(findText(pdf, formatRate(600, lang))).toHaveLength(1); // the booklet's line
    expect(pdf.text).toContain(money(18_518)); // 1,5 × 123,45, half up

    // 21 % on 1.350,00 + 185,18 = 1.535,18 → 322,39; 6 % on 102,00 → 6,12.
    expect(quote.totals.groups.map((g) => [g.treatment, g.baseCents, g.vatCents])).toEqual([
      ['standard_21', 153_518, 32_239],
      ['reduced_6', 10_200, 612],
    ]);
    expect(pdf.text).toContain(shown(docText('vatAt', lang, { rate: formatRate(2100, lang) })));
    expect(pdf.text).toContain(shown(docText('vatAt', lang, { rate: formatRate(600, lang) })));
    for (const cents of [32_239, 612, 163_718, 32_851, 196_569]) expect(pdf.text).toContain(money(cents));
    const total = findText(pdf, QUOTE_DOC.totalInclVat![lang])[0]!;
    expect(total.bold).toBe(true);
    expect(sameRow(pdf, total)).toContain(money(196_569));
    expect(findText(pdf, formatMoney(196_569, lang))[0]!.bold).toBe(true);
    expect(sameRow(pdf, findText(pdf, docText('totalExclVat', lang))[0]!)).toContain(money(163_718));

    // Only non-standard treatments carry a mention.
    expect(pdf.text).not.toContain(shown(vatTreatmentRule('reduced_6').mention[lang]));
    expect(pdf.text).toContain(shown(docText('page', lang, { page: 1, total: 1 })));
  });

  it('prints the reverse charge of a client in another EU country with its legal mention', async () => {
    const quote = reverseChargeQuote(lang);
    const pdf = await readPdf(await quotePdf(quote));

    expect(pdf.text).toContain(shown(vatTreatmentRule('reverse_charge_eu', QUOTE_DATE).mention[lang]));
    expect(pdf.text).toContain(shown(docText('treatment_reverse_charge_eu', lang)));
    expect(pdf.text).toContain(shown(countryName('FR', lang)));
    expect(pdf.text).toContain(shown(docText('vatNumber', lang, { number: 'FR 40303265045' })));
    expect(findText(pdf, 'Théâtre Exemple SARL')).not.toHaveLength(0);
    const exclVat = findText(pdf, docText('totalExclVat', lang))[0]!;
    const vat = findText(pdf, docText('totalVat', lang)).find((drawn) => drawn.y < exclVat.y)!;
    expect(sameRow(pdf, vat)).toContain(money(0));
    expect(sameRow(pdf, findText(pdf, QUOTE_DOC.totalInclVat![lang])[0]!)).toContain(money(120_000));
  });

  it('renders the final statement with every figure, and the closing = opening + in − out', async () => {
    const doc = sampleStatement(lang);
    const { statement } = doc;
    const pdf = await readPdf(await statementPdf(doc));

    expect(pdf.doc.getPageCount()).toBe(1);
    expect(pdf.doc.getTitle()).toBe(shown(`${statementTitle(lang)} ACT-BE-PA-000017 ${YEAR}`));
    expect(pdf.text).toContain(shown(statementTitle(lang)));
    expect(findText(pdf, String(YEAR))).toHaveLength(1);
    expect(pdf.text).toContain('Compagnie Exemple');
    expect(pdf.text).toContain('ACT-BE-PA-000017');
    expect(pdf.text).toContain(shown(SAMPLE_EMPLOYER.name));

    // The figures, independently of the domain: 2025 closes at 4.000 − 260 − 2.500 = 1.240,00.
    expect(OPENING).toBe(124_000);
    const expected: Record<string, number> = {
      sale: 1_150_000,
      fee: -74_750,
      salary: -612_345,
      expense: -18_790,
      purchase: -45_000,
      investment: -150_000,
      loan_received: 300_000,
      loan_repayment: -25_000,
      financing_fee: -1_500,
      adjustment: -10_345,
    };
    const opening = findText(pdf, st('opening', { previous: YEAR - 1 }))[0]!;
    expect(opening.bold).toBe(true);
    expect(sameRow(pdf, opening)).toContain(money(OPENING));
    for (const kind of MOVEMENT_KINDS) {
      const label = findText(pdf, translator.t(lang, `activity.movement.${kind}`));
      expect(label, kind).toHaveLength(1);
      expect(sameRow(pdf, label[0]!), kind).toContain(money(expected[kind]!));
    }

    const yearMovements = MOVEMENTS.filter((m) => m.date.startsWith(String(YEAR)));
    const inCents = yearMovements.filter((m) => m.amountCents > 0).reduce((s, m) => s + m.amountCents, 0);
    const outCents = -yearMovements.filter((m) => m.amountCents < 0).reduce((s, m) => s + m.amountCents, 0);
    expect([statement.inCents, statement.outCents]).toEqual([inCents, outCents]);
    expect(sameRow(pdf, findText(pdf, st('totalIn'))[0]!)).toContain(money(inCents));
    expect(sameRow(pdf, findText(pdf, st('totalOut'))[0]!)).toContain(money(-outCents));
    const closing = findText(pdf, st('closingFinal', { next: YEAR + 1 }))[0]!;
    expect(closing.bold).toBe(true);
    expect(sameRow(pdf, closing)).toContain(money(OPENING + inCents - outCents));
    expect(OPENING + Object.values(expected).reduce((s, c) => s + c, 0)).toBe(OPENING + inCents - outCents);

    expect(pdf.text).toContain(st('statusFinal'));
    expect(pdf.text).toContain(st('finalNotice', { year: YEAR, next: YEAR + 1 }));
    expect(pdf.text).not.toContain(st('statusProvisional'));
    expect(pdf.text).not.toContain(st('closingProvisional', { date: formatDate(doc.printedOn, lang) }));
    expect(pdf.text).toContain(shown(docText('page', lang, { page: 1, total: 1 })));
  });

  it('says a statement of the current year is provisional, as of its printing date', async () => {
    const doc = sampleStatement(lang, { final: false, printedOn: '2026-09-15' });
    const pdf = await readPdf(await statementPdf(doc));
    const date = formatDate('2026-09-15', lang);

    expect(pdf.text).toContain(st('statusProvisional'));
    expect(pdf.text).toContain(st('provisionalNotice', { year: YEAR, date }));
    const closing = findText(pdf, st('closingProvisional', { date }))[0]!;
    expect(sameRow(pdf, closing)).toContain(money(doc.statement.closingCents));
    expect(pdf.text).not.toContain(st('statusFinal'));
    expect(pdf.text).not.toContain(st('closingFinal', { next: YEAR + 1 }));
  });
});

// --- Details ---------------------------------------------------------------------------------------

describe('quote details', () => {
  it('aligns the amounts of the lines and of the totals on their right edges', async () => {
    const quote = sampleQuote('nl');
    const pdf = await readPdf(await quotePdf(quote));
    // The lines' table comes first, the totals last (the VAT summary may repeat an amount in between).
    const edge = async (cents: number, which: 'first' | 'last') => {
      const drawn = findText(pdf, formatMoney(cents, 'nl'));
      return rightEdge(drawn[which === 'first' ? 0 : drawn.length - 1]!);
    };
    const lines = await Promise.all(quote.lines.map((l) => edge(l.baseCents, 'first')));
    for (const x of lines) expect(x).toBeCloseTo(lines[0]!, 1);
    const totals = await Promise.all([163_718, 32_851, 196_569].map((cents) => edge(cents, 'last')));
    for (const x of totals) expect(x).toBeCloseTo(totals[0]!, 1);
  });

  it('flows a long quote onto several pages, numbering every page', async () => {
    const lines = Array.from({ length: 45 }, (_, i) =>
      line(
        `Atelier ${i + 1} : préparation, animation et rangement du matériel de scène`,
        100,
        4_000 + i,
        'standard_21',
      ),
    );
    const quote = sampleQuote('fr', {
      lines,
      totals: vatSummary(
        lines.map((l) => ({ baseCents: l.baseCents, treatment: l.vatTreatment })),
        QUOTE_DATE,
      ),
    });
    const pdf = await readPdf(await quotePdf(quote));
    const pages = pdf.doc.getPageCount();

    expect(pages).toBeGreaterThan(1);
    pdf.pages.forEach((texts, i) =>
      expect(texts.map((drawn) => drawn.text)).toContain(
        shown(docText('page', 'fr', { page: i + 1, total: pages })),
      ),
    );
    expect(findText(pdf, 'Description').length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(pdf.text).toContain(shown(formatMoney(l.baseCents, 'fr')));
    expect(pdf.text).toContain(shown(formatMoney(quote.totals.totalInclVatCents, 'fr')));
  });

  it('says when the seller is not VAT-registered, and prints the exemption of a training quote', async () => {
    const lines = [line('Formation à la gestion de projet', 100, 90_000, 'exempt_trainer')];
    const pdf = await readPdf(
      await quotePdf(
        sampleQuote('fr', {
          seller: { ...sampleQuote('fr').seller, vatNumber: null },
          lines,
          totals: vatSummary([{ baseCents: 90_000, treatment: 'exempt_trainer' }], QUOTE_DATE),
        }),
      ),
    );
    expect(pdf.text).toContain(shown(docText('notVatRegistered', 'fr')));
    expect(pdf.text).toContain(shown(vatTreatmentRule('exempt_trainer', QUOTE_DATE).mention.fr));
  });
});

describe('statement details', () => {
  it('lists every heading signed as it moves the budget, summing to closing − opening', () => {
    const statement = activityStatement(MOVEMENTS, YEAR, OPENING);
    const rows = statementRows(statement);
    expect(rows.map(([kind]) => kind)).toEqual([...MOVEMENT_KINDS]);
    expect(rows.reduce((sum, [, cents]) => sum + cents, 0)).toBe(
      statement.closingCents - statement.openingCents,
    );
  });

  it('prints a year without movements with zeros, never as -0, and a negative closing', async () => {
    const empty = activityStatement([], 2028, -5_000);
    const pdf = await readPdf(await statementPdf(sampleStatement('fr', { statement: empty })));
    expect(pdf.text).not.toMatch(/-\s?0,00/);
    expect(findText(pdf, formatMoney(0, 'fr')).length).toBe(MOVEMENT_KINDS.length + 2);
    const closing = findText(pdf, interpolate(STATEMENT_DOC.closingFinal!.fr, { next: 2029 }))[0]!;
    expect(sameRow(pdf, closing)).toContain(shown(formatMoney(-5_000, 'fr')));
  });
});

describe('document texts', () => {
  it('have the four languages and the same placeholders in each', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries({ ...QUOTE_DOC, ...STATEMENT_DOC })) {
      for (const lang of LANGUAGES) {
        expect(entry[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
        expect(placeholders(entry[lang]), `${key}.${lang}`).toEqual(placeholders(entry.fr));
      }
    }
  });

  it('find a label in the domain for every heading of the statement', () => {
    for (const kind of MOVEMENT_KINDS) expect(translator.has(`activity.movement.${kind}`), kind).toBe(true);
  });

  it('title each document in its language', () => {
    expect(LANGUAGES.map(quoteTitle)).toEqual(['Devis', 'Offerte', 'Quote', 'Angebot']);
    expect(statementTitle('nl')).toBe('Jaaroverzicht van de Activiteit');
  });
});
