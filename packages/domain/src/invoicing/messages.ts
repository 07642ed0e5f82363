import type { Catalogue } from '../i18n/languages.ts';

/**
 * Messages of invoices and credit notes (issue, credit, electronic invoice and its delivery), in the four
 * languages. A plain object: other features add their invoice codes here.
 */
export const invoicingMessages: Catalogue = {
  'invoice.not_an_invoice': {
    fr: 'Ce document est une note de crédit, pas une facture.',
    nl: 'Dit document is een creditnota, geen factuur.',
    en: 'This document is a credit note, not an invoice.',
    de: 'Dieses Dokument ist eine Gutschrift, keine Rechnung.',
  },
  'invoice.already_credited': {
    fr: 'Cette facture a déjà été créditée.',
    nl: 'Deze factuur is al gecrediteerd.',
    en: 'This invoice has already been credited.',
    de: 'Diese Rechnung wurde bereits gutgeschrieben.',
  },
  'invoice.credited': {
    fr: 'Cette facture est entièrement créditée : plus rien n’est dû.',
    nl: 'Deze factuur is volledig gecrediteerd: er is niets meer verschuldigd.',
    en: 'This invoice is fully credited: nothing is due any more.',
    de: 'Diese Rechnung ist vollständig gutgeschrieben: es ist nichts mehr fällig.',
  },
  'invoice.credit_paid': {
    fr: 'Cette facture a déjà reçu un paiement : remboursez-le d’abord ou émettez une note de crédit partielle.',
    nl: 'Op deze factuur is al een betaling ontvangen: betaal die eerst terug of maak een gedeeltelijke creditnota.',
    en: 'This invoice has already received a payment: refund it first or issue a partial credit note.',
    de: 'Auf diese Rechnung ist bereits eine Zahlung eingegangen: erstatten Sie sie zuerst oder stellen Sie eine Teilgutschrift aus.',
  },
  'invoice.payment.too_much': {
    fr: 'Le montant dépasse ce qui reste dû sur la facture ({due} €).',
    nl: 'Het bedrag is hoger dan wat nog verschuldigd is op de factuur ({due} €).',
    en: 'The amount is more than what is still due on the invoice ({due} €).',
    de: 'Der Betrag übersteigt den auf der Rechnung noch offenen Betrag ({due} €).',
  },
  'invoice.payment.duplicate': {
    fr: 'Ce virement (même référence bancaire) a déjà été enregistré.',
    nl: 'Deze overschrijving (zelfde bankreferentie) is al geregistreerd.',
    en: 'This transfer (same bank reference) has already been recorded.',
    de: 'Diese Überweisung (gleiche Bankreferenz) wurde bereits erfasst.',
  },
  'invoice.credit_note.too_large': {
    fr: 'La note de crédit dépasse ce qui peut encore être crédité sur cette facture : au plus {max} € HTVA.',
    nl: 'De creditnota is hoger dan wat nog op deze factuur gecrediteerd kan worden: hoogstens {max} € excl. btw.',
    en: 'The credit note is larger than what can still be credited on this invoice: at most {max} € excl. VAT.',
    de: 'Die Gutschrift übersteigt, was auf dieser Rechnung noch gutgeschrieben werden kann: höchstens {max} € netto.',
  },
  'invoice.credit_note.contract_not_paid': {
    fr: 'Le salaire de ce contrat n’est pas encore payé : pour corriger la facture, annulez ou corrigez le contrat (sa note de crédit est émise avec).',
    nl: 'Het loon van dit contract is nog niet betaald: annuleer of corrigeer het contract om de factuur te verbeteren (de creditnota wordt meteen gemaakt).',
    en: 'The salary of this contract is not paid yet: to correct the invoice, cancel or correct the contract (its credit note is issued with it).',
    de: 'Der Lohn dieses Vertrags ist noch nicht gezahlt: um die Rechnung zu berichtigen, stornieren oder berichtigen Sie den Vertrag (seine Gutschrift wird dabei ausgestellt).',
  },
  'invoice.ubl.invalid': {
    fr: 'La facture électronique (UBL) de ce document enfreindrait les règles {rules} : rien n’a été émis. Prévenez l’équipe technique.',
    nl: 'De elektronische factuur (UBL) van dit document zou de regels {rules} schenden: er werd niets uitgegeven. Verwittig het technische team.',
    en: 'The electronic invoice (UBL) of this document would break the rules {rules}: nothing was issued. Please tell the technical team.',
    de: 'Die elektronische Rechnung (UBL) dieses Dokuments würde die Regeln {rules} verletzen: es wurde nichts ausgestellt. Bitte informieren Sie das technische Team.',
  },
  'invoice.ubl.missing': {
    fr: 'Aucune facture électronique (UBL) n’a été conservée pour ce document.',
    nl: 'Voor dit document werd geen elektronische factuur (UBL) bewaard.',
    en: 'No electronic invoice (UBL) was kept for this document.',
    de: 'Für dieses Dokument wurde keine elektronische Rechnung (UBL) aufbewahrt.',
  },
};
