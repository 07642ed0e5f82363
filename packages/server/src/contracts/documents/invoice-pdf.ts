import { formatDate, formatMoney, type Language } from '@partage/domain';
import { PdfWriter, type PanelLine } from '../../documents/pdf.ts';
import {
  CONTRACT_DOC,
  countryName,
  displayEnterpriseNumber,
  displayIban,
  displayVatNumber,
  docText,
  entityFooter,
  entityIdentifiers,
  formatPeriod,
  formatQuantity,
  formatRate,
} from './labels.ts';
import type { ClientParty, InvoiceDocument, InvoiceLineView, VatSummaryView } from './types.ts';

/** The title of the document in its language: "Facture", "Creditnota", ... */
export function invoiceTitle(doc: Pick<InvoiceDocument, 'kind' | 'language'>): string {
  return docText(doc.kind === 'credit_note' ? 'creditNoteTitle' : 'invoiceTitle', doc.language);
}

function clientLines(client: ClientParty, sellerCountry: string, language: Language): string[] {
  const lines = [client.name, client.street, `${client.postalCode} ${client.city}`];
  if (client.country !== sellerCountry) lines.push(countryName(client.country, language));
  const digits = (value: string) => value.replace(/\D/g, '');
  if (client.vatNumber)
    lines.push(docText('vatNumber', language, { number: displayVatNumber(client.vatNumber) }));
  if (
    client.enterpriseNumber &&
    (!client.vatNumber || digits(client.vatNumber) !== digits(client.enterpriseNumber))
  )
    lines.push(
      docText('enterpriseNumber', language, { number: displayEnterpriseNumber(client.enterpriseNumber) }),
    );
  if (client.buyerReference)
    lines.push(docText('yourReference', language, { reference: client.buyerReference }));
  return lines;
}

function unitLabel(line: InvoiceLineView, language: Language): string {
  return docText(`unit_${line.unit}_${line.quantityCenti === 100 ? 'one' : 'other'}`, language);
}

/** "VAT 21 %" for a taxed rate; the treatment's short name (exempt, reverse charge...) at 0 %. */
function treatmentLabel(vat: VatSummaryView, language: Language): string {
  if (vat.rateBp > 0) return docText('vatAt', language, { rate: formatRate(vat.rateBp, language) });
  const key = `treatment_${vat.treatment}`;
  return CONTRACT_DOC[key] ? docText(key, language) : formatRate(0, language);
}

/**
 * The invoice (or credit note) of a Contract-tool declaration, in the client's language, with what the
 * Belgian VAT Code (art. 53 §2), Royal Decree n° 1 (art. 5) and Directive 2006/112/EC (art. 226) ask an
 * invoice to state: date and unique number, supplier and customer with their VAT numbers, date of the
 * service, nature and extent of the service, taxable amount per rate, unit price, rate, VAT due, and the
 * legal mention of an exemption or reverse charge. Adds the person who did the work, the payment terms
 * with the structured communication and the EPC QR code, and the late-payment clause.
 *
 * A credit note shows the same layout with positive amounts under its own title, the invoice it credits
 * and why, and no payment instructions.
 */
export async function invoicePdf(doc: InvoiceDocument): Promise<Uint8Array> {
  const lang = doc.language;
  const t = (key: string, params?: Record<string, string | number>) => docText(key, lang, params);
  const money = (cents: number) => formatMoney(cents, lang);
  const credit = doc.kind === 'credit_note';
  const title = invoiceTitle(doc);
  const { seller } = doc;

  const facts: Array<[string, string]> = [
    [t('number'), doc.number],
    [t('issueDate'), formatDate(doc.issueDate, lang)],
  ];
  if (credit && doc.credits) facts.push([t('creditedInvoice'), doc.credits.number]);
  if (!credit && doc.dueDate) facts.push([t('dueDate'), formatDate(doc.dueDate, lang)]);
  facts.push([t('deliveryPeriod'), formatPeriod(doc.deliveryFrom, doc.deliveryTo, lang)]);

  const supplierLines = [seller.name, seller.address, ...entityIdentifiers(seller, lang)];
  if (seller.iban)
    supplierLines.push(
      seller.bic
        ? t('ibanBic', { iban: displayIban(seller.iban), bic: seller.bic })
        : t('iban', { iban: displayIban(seller.iban) }),
    );

  const pdf = await PdfWriter.create(`${title} ${doc.number}`, lang);
  pdf
    .letterhead([seller.name, `${seller.legalForm} · ${seller.address}`], title, facts)
    .columns([
      { caption: t('supplier'), lines: supplierLines },
      { caption: t('client'), lines: clientLines(doc.client, seller.country, lang) },
    ])
    .paragraph(
      doc.performer.memberNumber === null
        ? t('performedBy', { name: doc.performer.name })
        : t('performedByMember', { name: doc.performer.name, number: doc.performer.memberNumber }),
      9.5,
      true,
    )
    .note(t('performerEmployed', { entity: seller.name }));

  if (credit) {
    const lines: PanelLine[] = [];
    if (doc.credits) {
      lines.push({
        text: t('creditsInvoice', {
          number: doc.credits.number,
          date: formatDate(doc.credits.issueDate, lang),
        }),
        bold: true,
      });
    }
    if (doc.reason) lines.push({ text: t('reason', { reason: doc.reason }) });
    if (doc.credits) lines.push({ text: t('deductFrom', { number: doc.credits.number }) });
    if (lines.length > 0) pdf.panel(lines);
  }

  pdf.dataTable(
    [
      { header: t('description'), width: 0.37 },
      { header: t('quantity'), width: 0.1, align: 'right' },
      { header: '', width: 0.1 },
      { header: t('unitPrice'), width: 0.16, align: 'right' },
      { header: t('amountExclVat'), width: 0.16, align: 'right' },
      { header: t('vatRate'), width: 0.11, align: 'right' },
    ],
    doc.lines.map((line) => [
      line.description,
      formatQuantity(line.quantityCenti, lang),
      unitLabel(line, lang),
      money(line.unitPriceCents),
      money(line.amountExclVatCents),
      formatRate(line.vatRateBp, lang),
    ]),
  );

  // The VAT summary and the totals stay together on one page.
  pdf
    .keep(150 + 20 * doc.vat.length)
    .dataTable(
      [
        { header: t('vatSummary'), width: 0.52 },
        { header: t('vatBase'), width: 0.24, align: 'right' },
        { header: t('vatAmount'), width: 0.24, align: 'right' },
      ],
      doc.vat.map((vat) => [treatmentLabel(vat, lang), money(vat.baseCents), money(vat.vatCents)]),
    )
    .totals([
      { label: t('totalExclVat'), value: money(doc.totalExclVatCents) },
      { label: t('totalVat'), value: money(doc.totalVatCents) },
      { label: t(credit ? 'totalCredited' : 'totalDue'), value: money(doc.totalInclVatCents), strong: true },
    ]);

  for (const mention of new Set(doc.vat.map((vat) => vat.mention).filter((m): m is string => !!m))) {
    pdf.note(mention, 8.5);
  }
  if (credit && doc.totalVatCents > 0) pdf.note(t('creditVatToRepay'), 8.5);

  if (!credit) {
    const due = doc.dueDate ? formatDate(doc.dueDate, lang) : formatDate(doc.issueDate, lang);
    const lines: PanelLine[] = [
      { text: t('payment'), bold: true, size: 11 },
      {
        text:
          doc.paymentTermsDays > 0
            ? t('payWithin', { days: doc.paymentTermsDays, due })
            : t('payOnReceipt', { due }),
      },
    ];
    if (seller.iban)
      lines.push({
        text: t('payTo', { iban: displayIban(seller.iban), bic: seller.bic ?? '–', name: seller.name }),
      });
    lines.push(
      { text: t('payWithCommunication'), muted: true },
      { text: doc.structuredCommunication, bold: true, size: 15 },
    );
    pdf
      .space(4)
      .panel(lines, doc.epcQrPayload ? { payload: doc.epcQrPayload, caption: t('scanToPay') } : undefined);
    pdf.note(t(doc.client.kind === 'person' ? 'lateConsumer' : 'lateBusiness'), 7.5);
  }

  pdf.pageFooter(entityFooter(seller, lang), (page, total) => t('page', { page, total }));
  return pdf.bytes();
}
