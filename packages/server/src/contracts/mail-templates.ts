import type { Translated } from '@partage/domain';
import { CLIENT_ACCESS_TEMPLATES } from '../client-access/mail-templates.ts';

/** E-mails of the Contract tool, in the four languages (merged into the platform's templates). */
export const CONTRACT_TEMPLATES: Record<string, { subject: Translated; body: Translated }> = {
  contract_declared: {
    subject: {
      fr: 'Votre contrat {reference} est prêt',
      nl: 'Uw contract {reference} is klaar',
      en: 'Your contract {reference} is ready',
      de: 'Ihr Vertrag {reference} ist bereit',
    },
    body: {
      fr: 'Bonjour {name},\n\nVotre prestation pour {client} du {from} au {to} est déclarée : la facture est envoyée au client, votre contrat de travail et sa déclaration d’emploi sont faits.\nSalaire net prévu : {net}, payé le {payDate}, que le client ait payé ou non.\n\nVos documents : {link}',
      nl: 'Beste {name},\n\nUw prestatie voor {client} van {from} tot {to} is aangegeven: de factuur is naar de klant verstuurd, uw arbeidsovereenkomst en de aangifte van tewerkstelling zijn gemaakt.\nVerwacht nettoloon: {net}, betaald op {payDate}, of de klant nu betaald heeft of niet.\n\nUw documenten: {link}',
      en: 'Hello {name},\n\nYour work for {client} from {from} to {to} is declared: the invoice is sent to the client, your employment contract and its employment declaration are made.\nExpected net salary: {net}, paid on {payDate} whether or not the client has paid.\n\nYour documents: {link}',
      de: 'Hallo {name},\n\nIhre Leistung für {client} vom {from} bis {to} ist angemeldet: Die Rechnung geht an den Kunden, Ihr Arbeitsvertrag und seine Beschäftigungsmeldung sind erstellt.\nVoraussichtlicher Nettolohn: {net}, gezahlt am {payDate}, ob der Kunde bezahlt hat oder nicht.\n\nIhre Dokumente: {link}',
    },
  },
  invoice_issued: {
    subject: {
      fr: 'Facture {number} de {entity}',
      nl: 'Factuur {number} van {entity}',
      en: 'Invoice {number} from {entity}',
      de: 'Rechnung {number} von {entity}',
    },
    body: {
      fr: 'Bonjour,\n\n{entity} vous adresse la facture {number} pour le travail réalisé par {performer}.\nMontant : {amount}, à payer au plus tard le {due} sur le compte {iban} avec la communication structurée {reference}.\n\nVoir vos factures et payer : {link}\n\nMerci.',
      nl: 'Goedendag,\n\n{entity} stuurt u factuur {number} voor het werk van {performer}.\nBedrag: {amount}, te betalen uiterlijk op {due} op rekening {iban} met de gestructureerde mededeling {reference}.\n\nUw facturen bekijken en betalen: {link}\n\nDank u.',
      en: 'Hello,\n\n{entity} sends you invoice {number} for the work done by {performer}.\nAmount: {amount}, to pay by {due} to account {iban} with the structured communication {reference}.\n\nSee your invoices and pay: {link}\n\nThank you.',
      de: 'Guten Tag,\n\n{entity} sendet Ihnen die Rechnung {number} für die Arbeit von {performer}.\nBetrag: {amount}, zahlbar bis {due} auf das Konto {iban} mit der strukturierten Mitteilung {reference}.\n\nIhre Rechnungen ansehen und bezahlen: {link}\n\nVielen Dank.',
    },
  },
  contract_cancelled: {
    subject: {
      fr: 'Contrat {reference} annulé',
      nl: 'Contract {reference} geannuleerd',
      en: 'Contract {reference} cancelled',
      de: 'Vertrag {reference} storniert',
    },
    body: {
      fr: 'Bonjour {name},\n\nVotre contrat {reference} pour {client} est annulé, ainsi que sa déclaration d’emploi ; la facture est annulée par une note de crédit.',
      nl: 'Beste {name},\n\nUw contract {reference} voor {client} is geannuleerd, net als de aangifte van tewerkstelling; de factuur wordt door een creditnota geannuleerd.',
      en: 'Hello {name},\n\nYour contract {reference} for {client} is cancelled, with its employment declaration; the invoice is cancelled by a credit note.',
      de: 'Hallo {name},\n\nIhr Vertrag {reference} für {client} ist storniert, ebenso seine Beschäftigungsmeldung; die Rechnung wird durch eine Gutschrift storniert.',
    },
  },
  credit_note_issued: {
    subject: {
      fr: 'Note de crédit {number}',
      nl: 'Creditnota {number}',
      en: 'Credit note {number}',
      de: 'Gutschrift {number}',
    },
    body: {
      fr: 'Bonjour,\n\nLa facture {invoice} est annulée par la note de crédit {number}. Vous n’avez rien à payer pour cette facture.',
      nl: 'Goedendag,\n\nFactuur {invoice} wordt geannuleerd door creditnota {number}. U hoeft voor deze factuur niets te betalen.',
      en: 'Hello,\n\nInvoice {invoice} is cancelled by credit note {number}. You have nothing to pay for this invoice.',
      de: 'Guten Tag,\n\nDie Rechnung {invoice} wird durch die Gutschrift {number} storniert. Für diese Rechnung ist nichts zu zahlen.',
    },
  },
  contract_on_hold: {
    subject: {
      fr: 'Votre contrat {reference} est en attente',
      nl: 'Uw contract {reference} staat in de wacht',
      en: 'Your contract {reference} is on hold',
      de: 'Ihr Vertrag {reference} ist angehalten',
    },
    body: {
      fr: 'Bonjour {name},\n\nVotre conseiller a mis le contrat {reference} en attente :\n\n{message}\n\nRépondez-lui ou consultez le contrat : {link}',
      nl: 'Beste {name},\n\nUw adviseur heeft contract {reference} in de wacht gezet:\n\n{message}\n\nAntwoord hem of bekijk het contract: {link}',
      en: 'Hello {name},\n\nYour adviser put contract {reference} on hold:\n\n{message}\n\nAnswer them or see the contract: {link}',
      de: 'Hallo {name},\n\nIhre Beratung hat den Vertrag {reference} angehalten:\n\n{message}\n\nAntworten Sie oder sehen Sie den Vertrag ein: {link}',
    },
  },
  contract_released: {
    subject: {
      fr: 'Votre contrat {reference} reprend son cours',
      nl: 'Uw contract {reference} loopt weer',
      en: 'Your contract {reference} is released',
      de: 'Ihr Vertrag {reference} ist freigegeben',
    },
    body: {
      fr: 'Bonjour {name},\n\nLe contrat {reference} n’est plus en attente ; le salaire sera payé à la date prévue. {link}',
      nl: 'Beste {name},\n\nContract {reference} staat niet langer in de wacht; het loon wordt op de geplande datum betaald. {link}',
      en: 'Hello {name},\n\nContract {reference} is no longer on hold; the salary will be paid on the planned date. {link}',
      de: 'Hallo {name},\n\nDer Vertrag {reference} ist nicht mehr angehalten; der Lohn wird zum geplanten Datum gezahlt. {link}',
    },
  },
  salary_paid: {
    subject: {
      fr: 'Salaire payé – contrat {reference}',
      nl: 'Loon betaald – contract {reference}',
      en: 'Salary paid – contract {reference}',
      de: 'Lohn gezahlt – Vertrag {reference}',
    },
    body: {
      fr: 'Bonjour {name},\n\nNous avons payé {net} le {date} pour le contrat {reference}. Votre fiche de paie : {link}',
      nl: 'Beste {name},\n\nWe hebben op {date} {net} betaald voor contract {reference}. Uw loonbrief: {link}',
      en: 'Hello {name},\n\nWe paid {net} on {date} for contract {reference}. Your payslip: {link}',
      de: 'Hallo {name},\n\nWir haben am {date} {net} für den Vertrag {reference} gezahlt. Ihre Lohnabrechnung: {link}',
    },
  },
  ...CLIENT_ACCESS_TEMPLATES,
};
