import type { Catalogue } from '../i18n/languages.ts';

/**
 * Messages of the client's own page (opened from the link in the invoice e-mails) and of the requests a
 * client sends from it: error codes, and the names of the request kinds (`client_request.kind.<kind>`) used
 * in the e-mail to the worker.
 */
export const clientAccessMessages: Catalogue = {
  'client_access.rate_limited': {
    fr: 'Trop de tentatives depuis votre connexion. Réessayez dans {minutes} minutes.',
    nl: 'Te veel pogingen vanaf uw verbinding. Probeer opnieuw over {minutes} minuten.',
    en: 'Too many attempts from your connection. Try again in {minutes} minutes.',
    de: 'Zu viele Versuche von Ihrer Verbindung. Versuchen Sie es in {minutes} Minuten erneut.',
  },
  'client_access.no_invoice': {
    fr: "Aucune facture n'est encore liée à votre page : contactez la personne qui a travaillé pour vous.",
    nl: 'Er is nog geen factuur aan uw pagina gekoppeld: neem contact op met wie voor u gewerkt heeft.',
    en: 'No invoice is linked to your page yet: contact the person who worked for you.',
    de: 'Ihrer Seite ist noch keine Rechnung zugeordnet: Wenden Sie sich an die Person, die für Sie gearbeitet hat.',
  },
  'client_request.invoice_required': {
    fr: 'Choisissez la facture concernée.',
    nl: 'Kies de factuur waarover het gaat.',
    en: 'Choose the invoice this is about.',
    de: 'Wählen Sie die betroffene Rechnung.',
  },
  'client_request.invoice_unknown': {
    fr: 'Cette facture ne fait pas partie de vos factures.',
    nl: 'Deze factuur hoort niet bij uw facturen.',
    en: 'This invoice is not one of your invoices.',
    de: 'Diese Rechnung gehört nicht zu Ihren Rechnungen.',
  },
  'client_request.too_many': {
    fr: 'Vous avez déjà envoyé {count} demandes aujourd’hui : nous les traitons. Réessayez demain.',
    nl: 'U hebt vandaag al {count} verzoeken gestuurd: we behandelen ze. Probeer morgen opnieuw.',
    en: 'You have already sent {count} requests today: we are handling them. Try again tomorrow.',
    de: 'Sie haben heute bereits {count} Anfragen gesendet: Wir bearbeiten sie. Versuchen Sie es morgen erneut.',
  },
  'client_request.closed': {
    fr: 'Cette demande est déjà clôturée.',
    nl: 'Dit verzoek is al afgesloten.',
    en: 'This request is already closed.',
    de: 'Diese Anfrage ist bereits abgeschlossen.',
  },
  'client_request.kind.invoice_change': {
    fr: 'modification de la facture',
    nl: 'wijziging van de factuur',
    en: 'change to the invoice',
    de: 'Änderung der Rechnung',
  },
  'client_request.kind.billing_data': {
    fr: 'modification des données de facturation',
    nl: 'wijziging van de facturatiegegevens',
    en: 'change to the billing data',
    de: 'Änderung der Rechnungsdaten',
  },
  'client_request.kind.payment_deadline': {
    fr: 'délai de paiement',
    nl: 'uitstel van betaling',
    en: 'more time to pay',
    de: 'Zahlungsaufschub',
  },
};
