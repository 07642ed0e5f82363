import {
  formatDate,
  formatMoney,
  interpolate,
  translator,
  type ActivityStatement,
  type Language,
  type MovementKind,
  type Translated,
} from '@partage/domain';
import { PdfWriter, type TableRow } from '../../documents/pdf.ts';
import { docText } from '../../contracts/documents/labels.ts';

/** What the yearly statement of an Activity shows (the builder is a pure function of it). */
export interface StatementDocument {
  language: Language;
  activity: { reference: string; name: string };
  entityName: string;
  statement: ActivityStatement;
  /** The year is over (its closing is carried over); false: the current year so far. */
  final: boolean;
  printedOn: string;
}

/**
 * Texts of the statement in the four languages; the headings of the movements are the domain's
 * (`activity.movement.<kind>`), the page numbers and "Amount" the Contract tool documents' (`CONTRACT_DOC`).
 */
export const STATEMENT_DOC: Record<string, Translated> = {
  statementTitle: {
    fr: 'Relevé annuel de l’Activité',
    nl: 'Jaaroverzicht van de Activiteit',
    en: 'Annual statement of the Activity',
    de: 'Jahresübersicht der Aktivität',
  },
  activity: { fr: 'Activité', nl: 'Activiteit', en: 'Activity', de: 'Aktivität' },
  entity: { fr: 'Entité', nl: 'Entiteit', en: 'Entity', de: 'Einheit' },
  year: { fr: 'Exercice', nl: 'Boekjaar', en: 'Year', de: 'Geschäftsjahr' },
  status: { fr: 'Statut', nl: 'Status', en: 'Status', de: 'Status' },
  statusFinal: { fr: 'Définitif', nl: 'Definitief', en: 'Final', de: 'Endgültig' },
  statusProvisional: { fr: 'Provisoire', nl: 'Voorlopig', en: 'Provisional', de: 'Vorläufig' },
  printedOn: { fr: 'Imprimé le', nl: 'Afgedrukt op', en: 'Printed on', de: 'Gedruckt am' },
  finalNotice: {
    fr: 'Relevé définitif : l’exercice {year} est clôturé et son solde est reporté sur l’exercice {next}.',
    nl: 'Definitief overzicht: het boekjaar {year} is afgesloten en het saldo ervan is overgedragen naar het boekjaar {next}.',
    en: 'Final statement: the year {year} is closed and its balance is carried over to {next}.',
    de: 'Endgültige Übersicht: Das Geschäftsjahr {year} ist abgeschlossen, sein Saldo wird auf das Geschäftsjahr {next} vorgetragen.',
  },
  provisionalNotice: {
    fr: 'Relevé provisoire : l’exercice {year} est en cours ; situation au {date}. Les montants peuvent encore changer jusqu’à la clôture.',
    nl: 'Voorlopig overzicht: het boekjaar {year} loopt nog; stand op {date}. De bedragen kunnen tot de afsluiting nog veranderen.',
    en: 'Provisional statement: the year {year} is not over; position on {date}. The amounts may still change until the year is closed.',
    de: 'Vorläufige Übersicht: Das Geschäftsjahr {year} läuft noch; Stand am {date}. Die Beträge können sich bis zum Abschluss noch ändern.',
  },
  movements: {
    fr: 'Mouvements de l’exercice {year}',
    nl: 'Bewegingen van het boekjaar {year}',
    en: 'Movements of {year}',
    de: 'Bewegungen des Geschäftsjahres {year}',
  },
  heading: { fr: 'Poste', nl: 'Post', en: 'Item', de: 'Posten' },
  opening: {
    fr: 'Report de l’exercice {previous} (ouverture)',
    nl: 'Overgedragen van het boekjaar {previous} (opening)',
    en: 'Carried over from {previous} (opening)',
    de: 'Vortrag aus dem Geschäftsjahr {previous} (Eröffnung)',
  },
  totalIn: { fr: 'Total des entrées', nl: 'Totaal inkomsten', en: 'Total in', de: 'Summe der Eingänge' },
  totalOut: { fr: 'Total des sorties', nl: 'Totaal uitgaven', en: 'Total out', de: 'Summe der Ausgänge' },
  closingFinal: {
    fr: 'Solde reporté sur {next}',
    nl: 'Saldo overgedragen naar {next}',
    en: 'Balance carried over to {next}',
    de: 'Saldovortrag auf {next}',
  },
  closingProvisional: {
    fr: 'Solde au {date}',
    nl: 'Saldo op {date}',
    en: 'Balance on {date}',
    de: 'Saldo am {date}',
  },
  explanation: {
    fr: 'Les ventes sont comptées hors TVA, nettes des notes de crédit ; les sorties sont précédées du signe moins. Le solde est le report d’ouverture plus les entrées moins les sorties ; il est reporté en entier sur l’exercice suivant.',
    nl: 'Verkopen worden geteld exclusief btw, na aftrek van creditnota’s; uitgaven staan met een minteken. Het saldo is de overdracht bij de opening plus de inkomsten min de uitgaven; het wordt volledig overgedragen naar het volgende boekjaar.',
    en: 'Sales are counted excluding VAT, net of credit notes; money out has a minus sign. The balance is the opening carry-over plus money in minus money out; it is carried over in full to the next year.',
    de: 'Umsätze werden ohne MwSt. und abzüglich Gutschriften gezählt; Ausgänge stehen mit Minuszeichen. Der Saldo ist der Eröffnungsvortrag plus Eingänge minus Ausgänge; er wird vollständig auf das nächste Geschäftsjahr vorgetragen.',
  },
};

function statementText(key: string, language: Language, params?: Record<string, string | number>): string {
  const entry = STATEMENT_DOC[key];
  return entry ? interpolate(entry[language], params) : docText(key, language, params);
}

/** The title of the statement in its language. */
export function statementTitle(language: Language): string {
  return statementText('statementTitle', language);
}

/** Money out as a negative amount (never `-0`). */
const out = (cents: number) => (cents === 0 ? 0 : -cents);

/** The movements of the year by heading, signed as they affect the budget (positive = in). */
export function statementRows(statement: ActivityStatement): Array<[MovementKind, number]> {
  return [
    ['sale', statement.salesCents],
    ['fee', out(statement.feeCents)],
    ['salary', out(statement.salariesCents)],
    ['expense', out(statement.expensesCents)],
    ['purchase', out(statement.purchasesCents)],
    ['investment', out(statement.investmentsCents)],
    ['loan_received', statement.loansReceivedCents],
    ['loan_repayment', out(statement.loanRepaymentsCents)],
    ['financing_fee', out(statement.financingFeesCents)],
    ['adjustment', statement.adjustmentsCents],
  ];
}

/**
 * The yearly statement of an Activity in the reader's language: the Activity, its entity and the year,
 * whether the statement is final (the year is closed, its balance carried over) or provisional (the year
 * so far), then the opening carried over from the year before, the year's movements by heading (sales
 * excluding VAT, mutualised fee, salaries, expenses, purchases, investments, loans and their repayments,
 * arrangement fees, transfers and corrections), the totals in and out and the closing balance.
 */
export async function statementPdf(doc: StatementDocument): Promise<Uint8Array> {
  const lang = doc.language;
  const t = (key: string, params?: Record<string, string | number>) => statementText(key, lang, params);
  const money = (cents: number) => formatMoney(cents, lang);
  const { statement } = doc;
  const year = statement.year;
  const title = statementTitle(lang);
  const printedOn = formatDate(doc.printedOn, lang);

  const pdf = await PdfWriter.create(`${title} ${doc.activity.reference} ${year}`, lang);
  pdf
    .letterhead([doc.entityName, doc.activity.name], title, [
      [t('year'), String(year)],
      [t('status'), t(doc.final ? 'statusFinal' : 'statusProvisional')],
      [t('printedOn'), printedOn],
    ])
    .fields(
      [
        [t('activity'), doc.activity.name],
        [t('reference'), doc.activity.reference],
        [t('entity'), doc.entityName],
      ],
      { keyWidth: 110 },
    )
    .panel([
      {
        text: doc.final
          ? t('finalNotice', { year, next: year + 1 })
          : t('provisionalNotice', { year, date: printedOn }),
        bold: true,
      },
    ]);

  const rows: TableRow[] = [
    {
      cells: [t('opening', { previous: year - 1 }), money(statement.openingCents)],
      bold: true,
      shade: true,
    },
    ...statementRows(statement).map(([kind, cents]) => [
      translator.t(lang, `activity.movement.${kind}`),
      money(cents),
    ]),
  ];
  pdf
    .keep(120)
    .heading(t('movements', { year }), 11.5)
    .dataTable(
      [
        { header: t('heading'), width: 0.7 },
        { header: t('amount'), width: 0.3, align: 'right' },
      ],
      rows,
    )
    .keep(110)
    .totals([
      { label: t('totalIn'), value: money(statement.inCents) },
      { label: t('totalOut'), value: money(out(statement.outCents)) },
      {
        label: doc.final
          ? t('closingFinal', { next: year + 1 })
          : t('closingProvisional', { date: printedOn }),
        value: money(statement.closingCents),
        strong: true,
      },
    ])
    .note(t('explanation'), 8.5);

  pdf.pageFooter(
    [`${doc.entityName} · ${doc.activity.name} (${doc.activity.reference})`, `${title} ${year}`],
    (page, total) => t('page', { page, total }),
  );
  return pdf.bytes();
}
