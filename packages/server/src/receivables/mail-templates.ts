import { interpolate, type Language, type LatePaymentRegime, type Translated } from '@partage/domain';

/**
 * E-mails of the receivables: reminders to clients, in the client's language, and the notices of a dispute
 * to the worker and their adviser. `{placeholders}` are filled by the caller; `{costs}` and `{basis}` are
 * sentences chosen by the debtor's regime (`costsNotice`, `legalBasis` below).
 */
export const RECEIVABLES_TEMPLATES: Record<string, { subject: Translated; body: Translated }> = {
  invoice_reminder_friendly: {
    subject: {
      fr: 'Rappel : facture {number} de {entity}',
      nl: 'Herinnering: factuur {number} van {entity}',
      en: 'Reminder: invoice {number} from {entity}',
      de: 'Erinnerung: Rechnung {number} von {entity}',
    },
    body: {
      fr: 'Bonjour,\n\nSauf erreur de notre part, la facture {number} du {issueDate}, échue le {dueDate}, n’est pas encore payée. Reste à payer : {amount}.\n\nMerci de verser ce montant sur le compte {iban} ({bic}) avec la communication structurée {reference}.\n{costs}\n\nVos factures et les détails de paiement : {link}\n\nSi vous avez payé entre-temps, ne tenez pas compte de ce message. Une question ? Répondez simplement à cet e-mail.\n\n{entity} – n° d’entreprise {enterpriseNumber}',
      nl: 'Goeddag,\n\nTenzij wij ons vergissen, is factuur {number} van {issueDate}, vervallen op {dueDate}, nog niet betaald. Nog te betalen: {amount}.\n\nGelieve dit bedrag over te schrijven op rekening {iban} ({bic}) met de gestructureerde mededeling {reference}.\n{costs}\n\nUw facturen en de betalingsgegevens: {link}\n\nHebt u intussen betaald? Dan mag u dit bericht negeren. Een vraag? Antwoord gewoon op deze e-mail.\n\n{entity} – ondernemingsnummer {enterpriseNumber}',
      en: 'Hello,\n\nUnless we are mistaken, invoice {number} of {issueDate}, due on {dueDate}, has not been paid yet. Still to pay: {amount}.\n\nPlease transfer this amount to account {iban} ({bic}) with the structured communication {reference}.\n{costs}\n\nYour invoices and the payment details: {link}\n\nIf you have paid in the meantime, please ignore this message. A question? Simply reply to this e-mail.\n\n{entity} – enterprise number {enterpriseNumber}',
      de: 'Guten Tag,\n\nsofern wir uns nicht irren, ist die Rechnung {number} vom {issueDate}, fällig am {dueDate}, noch nicht bezahlt. Noch zu zahlen: {amount}.\n\nBitte überweisen Sie diesen Betrag auf das Konto {iban} ({bic}) mit der strukturierten Mitteilung {reference}.\n{costs}\n\nIhre Rechnungen und die Zahlungsangaben: {link}\n\nFalls Sie inzwischen bezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos. Eine Frage? Antworten Sie einfach auf diese E-Mail.\n\n{entity} – Unternehmensnummer {enterpriseNumber}',
    },
  },
  invoice_reminder_second: {
    subject: {
      fr: 'Second rappel : facture {number} impayée',
      nl: 'Tweede herinnering: factuur {number} onbetaald',
      en: 'Second reminder: invoice {number} unpaid',
      de: 'Zweite Mahnung: Rechnung {number} unbezahlt',
    },
    body: {
      fr: 'Bonjour,\n\nMalgré notre rappel, la facture {number} du {issueDate}, échue le {dueDate} (il y a {days} jours), reste impayée. Reste à payer : {amount}.\n\nMerci de la régler sans tarder sur le compte {iban} ({bic}) avec la communication structurée {reference}.\n{costs}\n\nVos factures et les détails de paiement : {link}\n\nVous rencontrez une difficulté ? Contactez-nous : un plan de paiement est possible.\n\n{entity} – n° d’entreprise {enterpriseNumber}',
      nl: 'Goeddag,\n\nOndanks onze herinnering blijft factuur {number} van {issueDate}, vervallen op {dueDate} ({days} dagen geleden), onbetaald. Nog te betalen: {amount}.\n\nGelieve ze zonder verwijl te betalen op rekening {iban} ({bic}) met de gestructureerde mededeling {reference}.\n{costs}\n\nUw facturen en de betalingsgegevens: {link}\n\nHebt u het moeilijk? Neem contact met ons op: een afbetalingsplan is mogelijk.\n\n{entity} – ondernemingsnummer {enterpriseNumber}',
      en: 'Hello,\n\nDespite our reminder, invoice {number} of {issueDate}, due on {dueDate} ({days} days ago), remains unpaid. Still to pay: {amount}.\n\nPlease pay it without delay to account {iban} ({bic}) with the structured communication {reference}.\n{costs}\n\nYour invoices and the payment details: {link}\n\nHaving difficulties? Contact us: a payment plan is possible.\n\n{entity} – enterprise number {enterpriseNumber}',
      de: 'Guten Tag,\n\ntrotz unserer Erinnerung ist die Rechnung {number} vom {issueDate}, fällig am {dueDate} (vor {days} Tagen), weiterhin unbezahlt. Noch zu zahlen: {amount}.\n\nBitte begleichen Sie sie unverzüglich auf das Konto {iban} ({bic}) mit der strukturierten Mitteilung {reference}.\n{costs}\n\nIhre Rechnungen und die Zahlungsangaben: {link}\n\nHaben Sie Schwierigkeiten? Kontaktieren Sie uns: ein Zahlungsplan ist möglich.\n\n{entity} – Unternehmensnummer {enterpriseNumber}',
    },
  },
  invoice_formal_notice: {
    subject: {
      fr: 'Mise en demeure : facture {number}',
      nl: 'Ingebrekestelling: factuur {number}',
      en: 'Formal notice: invoice {number}',
      de: 'Inverzugsetzung: Rechnung {number}',
    },
    body: {
      fr: 'Madame, Monsieur,\n\nLa facture {number} du {issueDate}, échue le {dueDate}, reste impayée malgré nos rappels. Par la présente, nous vous mettons en demeure de payer au plus tard le {payBy} :\n\n- montant restant dû : {amount}\n- intérêts de retard au taux annuel de {rate} du {interestFrom} au {date} : {interest}\n- indemnité forfaitaire : {compensation}\n- total : {total}\n\n{basis}\n\nCompte {iban} ({bic}), communication structurée {reference}. Vos factures et les détails de paiement : {link}\n\nÀ défaut de paiement à cette date, le dossier sera transmis à notre service de recouvrement, qui pourra engager une procédure judiciaire.\n\n{entity} – n° d’entreprise {enterpriseNumber}',
      nl: 'Geachte mevrouw, geachte heer,\n\nFactuur {number} van {issueDate}, vervallen op {dueDate}, blijft ondanks onze herinneringen onbetaald. Hierbij stellen wij u in gebreke om uiterlijk op {payBy} te betalen:\n\n- openstaand bedrag: {amount}\n- verwijlinterest tegen {rate} per jaar van {interestFrom} tot {date}: {interest}\n- forfaitaire schadevergoeding: {compensation}\n- totaal: {total}\n\n{basis}\n\nRekening {iban} ({bic}), gestructureerde mededeling {reference}. Uw facturen en de betalingsgegevens: {link}\n\nBij gebrek aan betaling op die datum wordt het dossier aan onze invorderingsdienst overgedragen, die een gerechtelijke procedure kan starten.\n\n{entity} – ondernemingsnummer {enterpriseNumber}',
      en: 'Dear Sir or Madam,\n\nInvoice {number} of {issueDate}, due on {dueDate}, remains unpaid despite our reminders. We hereby give you formal notice to pay by {payBy} at the latest:\n\n- amount still due: {amount}\n- late-payment interest at {rate} a year from {interestFrom} to {date}: {interest}\n- fixed compensation: {compensation}\n- total: {total}\n\n{basis}\n\nAccount {iban} ({bic}), structured communication {reference}. Your invoices and the payment details: {link}\n\nWithout payment by that date, the file will go to our collection service, which may start legal proceedings.\n\n{entity} – enterprise number {enterpriseNumber}',
      de: 'Sehr geehrte Damen und Herren,\n\ndie Rechnung {number} vom {issueDate}, fällig am {dueDate}, ist trotz unserer Erinnerungen unbezahlt. Hiermit setzen wir Sie in Verzug und fordern Sie auf, spätestens am {payBy} zu zahlen:\n\n- offener Betrag: {amount}\n- Verzugszinsen zu {rate} jährlich vom {interestFrom} bis {date}: {interest}\n- Pauschalentschädigung: {compensation}\n- insgesamt: {total}\n\n{basis}\n\nKonto {iban} ({bic}), strukturierte Mitteilung {reference}. Ihre Rechnungen und die Zahlungsangaben: {link}\n\nOhne Zahlung bis zu diesem Datum geht die Akte an unseren Inkassodienst, der ein Gerichtsverfahren einleiten kann.\n\n{entity} – Unternehmensnummer {enterpriseNumber}',
    },
  },
  invoice_disputed: {
    subject: {
      fr: 'Litige sur la facture {number} ({client})',
      nl: 'Betwisting van factuur {number} ({client})',
      en: 'Dispute on invoice {number} ({client})',
      de: 'Streit über Rechnung {number} ({client})',
    },
    body: {
      fr: 'Bonjour {name},\n\nLe client {client} conteste la facture {number} ({amount} restant dû). Motif noté par le service clients :\n{reason}\n\nLes rappels sont suspendus le temps de régler le litige. Votre salaire n’est pas concerné. Le service clients vous contactera si des informations sont nécessaires.\n{link}',
      nl: 'Beste {name},\n\nDe klant {client} betwist factuur {number} ({amount} openstaand). Reden genoteerd door de klantendienst:\n{reason}\n\nDe herinneringen worden opgeschort tot de betwisting geregeld is. Uw loon wordt er niet door geraakt. De klantendienst neemt contact met u op als er informatie nodig is.\n{link}',
      en: 'Hello {name},\n\nThe client {client} disputes invoice {number} ({amount} still due). Reason noted by client service:\n{reason}\n\nReminders are paused until the dispute is settled. Your salary is not affected. Client service will contact you if information is needed.\n{link}',
      de: 'Hallo {name},\n\nder Kunde {client} bestreitet die Rechnung {number} ({amount} offen). Vom Kundendienst notierter Grund:\n{reason}\n\nDie Mahnungen ruhen, bis der Streit beigelegt ist. Ihr Lohn ist davon nicht betroffen. Der Kundendienst meldet sich, falls Informationen nötig sind.\n{link}',
    },
  },
  invoice_dispute_resolved: {
    subject: {
      fr: 'Litige réglé : facture {number} ({client})',
      nl: 'Betwisting geregeld: factuur {number} ({client})',
      en: 'Dispute settled: invoice {number} ({client})',
      de: 'Streit beigelegt: Rechnung {number} ({client})',
    },
    body: {
      fr: 'Bonjour {name},\n\nLe litige sur la facture {number} du client {client} est réglé :\n{outcome}\n\nReste à payer : {amount}. Les rappels reprennent si la facture n’est pas payée.\n{link}',
      nl: 'Beste {name},\n\nDe betwisting van factuur {number} van klant {client} is geregeld:\n{outcome}\n\nNog te betalen: {amount}. De herinneringen worden hervat als de factuur niet betaald wordt.\n{link}',
      en: 'Hello {name},\n\nThe dispute on invoice {number} of client {client} is settled:\n{outcome}\n\nStill to pay: {amount}. Reminders start again if the invoice is not paid.\n{link}',
      de: 'Hallo {name},\n\nder Streit über die Rechnung {number} des Kunden {client} ist beigelegt:\n{outcome}\n\nNoch zu zahlen: {amount}. Die Mahnungen setzen wieder ein, wenn die Rechnung nicht bezahlt wird.\n{link}',
    },
  },
};

const COSTS_NOTICE: Record<LatePaymentRegime, Translated> = {
  commercial: {
    fr: 'Conformément à la loi du 2 août 2002, des intérêts de retard au taux de {rate} par an courent depuis l’échéance et une indemnité forfaitaire de {compensation} est due.',
    nl: 'Overeenkomstig de wet van 2 augustus 2002 loopt sinds de vervaldag een verwijlinterest van {rate} per jaar en is een forfaitaire vergoeding van {compensation} verschuldigd.',
    en: 'Under the law of 2 August 2002, late-payment interest at {rate} a year runs from the due date and a fixed compensation of {compensation} is due.',
    de: 'Nach dem Gesetz vom 2. August 2002 laufen seit Fälligkeit Verzugszinsen von {rate} jährlich, und eine Pauschalentschädigung von {compensation} ist geschuldet.',
  },
  consumer: {
    fr: 'Ce rappel est gratuit. Sans paiement au plus tard le {deadline}, nous pourrons vous réclamer des intérêts de retard au taux légal de {rate} par an et une indemnité forfaitaire de {compensation} (Code de droit économique, livre XIX).',
    nl: 'Deze herinnering is kosteloos. Zonder betaling uiterlijk op {deadline} kunnen wij verwijlinterest tegen de wettelijke rentevoet van {rate} per jaar en een forfaitaire schadevergoeding van {compensation} aanrekenen (Wetboek van economisch recht, boek XIX).',
    en: 'This reminder is free of charge. Without payment by {deadline}, we may claim late-payment interest at the legal rate of {rate} a year and a fixed compensation of {compensation} (Code of Economic Law, Book XIX).',
    de: 'Diese Erinnerung ist kostenlos. Ohne Zahlung bis spätestens {deadline} können wir Verzugszinsen zum gesetzlichen Zinssatz von {rate} jährlich und eine Pauschalentschädigung von {compensation} verlangen (Wirtschaftsgesetzbuch, Buch XIX).',
  },
};

const LEGAL_BASIS: Record<LatePaymentRegime, Translated> = {
  commercial: {
    fr: 'Intérêts et indemnité en application des articles 5 et 6 de la loi du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales.',
    nl: 'Interest en vergoeding met toepassing van artikelen 5 en 6 van de wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties.',
    en: 'Interest and compensation under articles 5 and 6 of the law of 2 August 2002 on combating late payment in commercial transactions.',
    de: 'Zinsen und Entschädigung gemäß Artikel 5 und 6 des Gesetzes vom 2. August 2002 zur Bekämpfung von Zahlungsverzug im Geschäftsverkehr.',
  },
  consumer: {
    fr: 'Intérêts au taux légal et indemnité dans les limites du livre XIX du Code de droit économique (dettes du consommateur), après le rappel gratuit et le délai de 14 jours.',
    nl: 'Interest tegen de wettelijke rentevoet en vergoeding binnen de grenzen van boek XIX van het Wetboek van economisch recht (schulden van de consument), na de kosteloze herinnering en de termijn van 14 dagen.',
    en: 'Interest at the legal rate and compensation within the limits of Book XIX of the Code of Economic Law (debts of the consumer), after the free reminder and the 14-day period.',
    de: 'Zinsen zum gesetzlichen Satz und Entschädigung in den Grenzen von Buch XIX des Wirtschaftsgesetzbuchs (Schulden des Verbrauchers), nach der kostenlosen Erinnerung und der Frist von 14 Tagen.',
  },
};

/** The sentence of a free reminder about the costs that may follow, in the client's language. */
export function costsNotice(
  regime: LatePaymentRegime,
  language: Language,
  params: { rate: string; compensation: string; deadline: string },
): string {
  return interpolate(COSTS_NOTICE[regime][language], params);
}

/** The legal basis of what a formal notice claims. */
export function legalBasis(regime: LatePaymentRegime, language: Language): string {
  return LEGAL_BASIS[regime][language];
}
