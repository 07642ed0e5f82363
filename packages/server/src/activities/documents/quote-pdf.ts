import {
  formatDate,
  formatMoney,
  interpolate,
  vatTreatmentRule,
  type Language,
  type QuoteLine,
  type Translated,
  type VatSummary,
} from '@partage/domain';
import { PdfWriter } from '../../documents/pdf.ts';
import {
  CONTRACT_DOC,
  countryName,
  displayEnterpriseNumber,
  displayVatNumber,
  docText,
  formatQuantity,
  formatRate,
} from '../../contracts/documents/labels.ts';
import type { VatSummaryView } from '../../contracts/documents/types.ts';
import { vatGroupView } from '../../invoicing/vat-summary.ts';

/** A quote as its PDF shows it, read from the database (the builder is a pure function of it). */
export interface QuoteDocument {
  language: Language;
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
  totals: VatSummary;
}

/**
 * Texts of the quote that the invoice's texts (`CONTRACT_DOC`: parties, table headers, VAT summary,
 * totals, page numbers) do not already give, in the four languages.
 */
export const QUOTE_DOC: Record<string, Translated> = {
  quoteTitle: { fr: 'Devis', nl: 'Offerte', en: 'Quote', de: 'Angebot' },
  quoteDate: { fr: 'Date', nl: 'Datum', en: 'Date', de: 'Datum' },
  validUntil: { fr: 'Valable jusqu’au', nl: 'Geldig tot', en: 'Valid until', de: 'Gültig bis' },
  subject: { fr: 'Objet', nl: 'Betreft', en: 'Subject', de: 'Betreff' },
  activity: { fr: 'Activité', nl: 'Activiteit', en: 'Activity', de: 'Aktivität' },
  activityNameReference: {
    fr: '{name} (réf. {reference})',
    nl: '{name} (ref. {reference})',
    en: '{name} (ref. {reference})',
    de: '{name} (Ref. {reference})',
  },
  totalInclVat: {
    fr: 'Total TVAC',
    nl: 'Totaal incl. btw',
    en: 'Total incl. VAT',
    de: 'Gesamtbetrag brutto',
  },
  acceptance: { fr: 'Acceptation', nl: 'Aanvaarding', en: 'Acceptance', de: 'Annahme' },
  howToAccept: {
    fr: 'Ce devis est valable jusqu’au {date}. Pour l’accepter, utilisez le lien de l’e-mail qui l’accompagne, ou renvoyez-le daté et signé à {entity} au plus tard à cette date.',
    nl: 'Deze offerte is geldig tot {date}. Om ze te aanvaarden, gebruikt u de link in de e-mail waarmee ze werd verstuurd, of stuurt u ze uiterlijk op die datum gedateerd en ondertekend terug naar {entity}.',
    en: 'This quote is valid until {date}. To accept it, use the link in the e-mail it came with, or sign, date and return it to {entity} by that date at the latest.',
    de: 'Dieses Angebot ist gültig bis {date}. Um es anzunehmen, nutzen Sie den Link in der E-Mail, mit der es versandt wurde, oder senden Sie es datiert und unterschrieben spätestens an diesem Tag an {entity} zurück.',
  },
  issuedOn: {
    fr: 'Établi le {date}',
    nl: 'Opgemaakt op {date}',
    en: 'Issued on {date}',
    de: 'Erstellt am {date}',
  },
  clientSignature: {
    fr: 'Date et signature, précédées de la mention « bon pour accord »',
    nl: 'Datum en handtekening, voorafgegaan door de vermelding „voor akkoord”',
    en: 'Date and signature, preceded by the words “accepted as quoted”',
    de: 'Datum und Unterschrift mit dem Vermerk „einverstanden“',
  },
};

function quoteText(key: string, language: Language, params?: Record<string, string | number>): string {
  const entry = QUOTE_DOC[key];
  return entry ? interpolate(entry[language], params) : docText(key, language, params);
}

/** The title of the quote in its language: "Devis", "Offerte", "Quote", "Angebot". */
export function quoteTitle(language: Language): string {
  return quoteText('quoteTitle', language);
}

/** The entities of the group are Belgian: a client elsewhere gets its country printed. */
const HOME_COUNTRY = 'BE';

function sellerIdentifiers(seller: QuoteDocument['seller'], language: Language): string[] {
  const lines: string[] = [];
  if (seller.enterpriseNumber)
    lines.push(
      docText('enterpriseNumber', language, { number: displayEnterpriseNumber(seller.enterpriseNumber) }),
    );
  lines.push(
    seller.vatNumber
      ? docText('vatNumber', language, { number: displayVatNumber(seller.vatNumber) })
      : docText('notVatRegistered', language),
  );
  return lines;
}

function clientLines(client: QuoteDocument['client'], language: Language): string[] {
  const lines = [client.name, client.street, `${client.postalCode} ${client.city}`];
  if (client.country !== HOME_COUNTRY) lines.push(countryName(client.country, language));
  if (client.vatNumber)
    lines.push(docText('vatNumber', language, { number: displayVatNumber(client.vatNumber) }));
  return lines;
}

/** "VAT 21 %" for a taxed rate; the treatment's short name (exempt, reverse charge...) at 0 %. */
function treatmentLabel(vat: VatSummaryView, language: Language): string {
  if (vat.rateBp > 0) return docText('vatAt', language, { rate: formatRate(vat.rateBp, language) });
  const key = `treatment_${vat.treatment}`;
  return CONTRACT_DOC[key] ? docText(key, language) : formatRate(0, language);
}

/**
 * The quote of an Activity in its language: seller and client with their VAT numbers, number, date and
 * validity, subject and Activity, the lines (description, quantity, unit price and amount excluding VAT,
 * VAT rate), the VAT breakdown per treatment with the legal mention of an exemption or reverse charge,
 * the totals, and how the client accepts it (the e-mail's link, or signed and returned before the
 * validity date).
 */
export async function quotePdf(doc: QuoteDocument): Promise<Uint8Array> {
  const lang = doc.language;
  const t = (key: string, params?: Record<string, string | number>) => quoteText(key, lang, params);
  const money = (cents: number) => formatMoney(cents, lang);
  const title = quoteTitle(lang);
  const { seller, totals } = doc;
  const groups = totals.groups.map((group) => vatGroupView(group, lang, doc.date));

  const pdf = await PdfWriter.create(`${title} ${doc.number}`, lang);
  pdf
    .letterhead([seller.name, seller.address], title, [
      [t('number'), doc.number],
      [t('quoteDate'), formatDate(doc.date, lang)],
      [t('validUntil'), formatDate(doc.validUntil, lang)],
    ])
    .columns([
      { caption: t('supplier'), lines: [seller.name, seller.address, ...sellerIdentifiers(seller, lang)] },
      { caption: t('client'), lines: clientLines(doc.client, lang) },
    ])
    .fields(
      [
        [t('subject'), doc.title],
        [
          t('activity'),
          t('activityNameReference', { name: doc.activity.name, reference: doc.activity.reference }),
        ],
      ],
      { keyWidth: 90 },
    );

  pdf.dataTable(
    [
      { header: t('description'), width: 0.39 },
      { header: t('quantity'), width: 0.11, align: 'right' },
      { header: t('unitPrice'), width: 0.18, align: 'right' },
      { header: t('amountExclVat'), width: 0.19, align: 'right' },
      { header: t('vatRate'), width: 0.13, align: 'right' },
    ],
    doc.lines.map((line) => [
      line.description,
      formatQuantity(line.centiQuantity, lang),
      money(line.unitPriceCents),
      money(line.baseCents),
      formatRate(vatTreatmentRule(line.vatTreatment, doc.date).rateBp, lang),
    ]),
  );

  // The VAT summary, the totals and their mentions stay together on one page.
  pdf
    .keep(150 + 20 * groups.length)
    .dataTable(
      [
        { header: t('vatSummary'), width: 0.52 },
        { header: t('vatBase'), width: 0.24, align: 'right' },
        { header: t('vatAmount'), width: 0.24, align: 'right' },
      ],
      groups.map((vat) => [treatmentLabel(vat, lang), money(vat.baseCents), money(vat.vatCents)]),
    )
    .totals([
      { label: t('totalExclVat'), value: money(totals.totalBaseCents) },
      { label: t('totalVat'), value: money(totals.totalVatCents) },
      { label: t('totalInclVat'), value: money(totals.totalInclVatCents), strong: true },
    ]);
  for (const mention of new Set(groups.map((vat) => vat.mention).filter((m): m is string => !!m))) {
    pdf.note(mention, 8.5);
  }

  pdf
    .keep(170)
    .space(4)
    .panel([
      { text: t('acceptance'), bold: true, size: 11 },
      { text: t('howToAccept', { date: formatDate(doc.validUntil, lang), entity: seller.name }) },
    ])
    .columns(
      [
        { caption: t('supplier'), lines: [seller.name, t('issuedOn', { date: formatDate(doc.date, lang) })] },
        { caption: t('client'), lines: [doc.client.name, t('clientSignature')] },
      ],
      { box: true, minHeight: 78 },
    );

  const footer = [seller.name, seller.address, ...sellerIdentifiers(seller, lang)].join(' · ');
  pdf.pageFooter([footer, `${title} ${doc.number}`], (page, total) => t('page', { page, total }));
  return pdf.bytes();
}
