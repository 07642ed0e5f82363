import {
  formatDate,
  interpolate,
  localeOf,
  parseEnterpriseNumber,
  parseIban,
  parseVatNumber,
  type Language,
  type Translated,
} from '@partage/domain';
import type { EntityParty } from './types.ts';

/**
 * Texts of the Contract tool's documents (invoice, credit note, employment contract, payslip) in the four
 * languages, and how numbers, identifiers and dates appear in them. Legal wording is the platform's own;
 * the rule each sentence follows is named in it or in the comment above it.
 */
export const CONTRACT_DOC: Record<string, Translated> = {
  // --- Shared ---------------------------------------------------------------------------------------
  page: {
    fr: 'Page {page} / {total}',
    nl: 'Pagina {page} / {total}',
    en: 'Page {page} / {total}',
    de: 'Seite {page} / {total}',
  },
  enterpriseNumber: {
    fr: 'BCE {number}',
    nl: 'KBO {number}',
    en: 'Enterprise no. {number}',
    de: 'ZDU {number}',
  },
  vatNumber: { fr: 'TVA {number}', nl: 'Btw {number}', en: 'VAT {number}', de: 'MwSt. {number}' },
  notVatRegistered: {
    fr: 'Non assujetti à la TVA',
    nl: 'Niet btw-plichtig',
    en: 'Not registered for VAT',
    de: 'Nicht mehrwertsteuerpflichtig',
  },
  // Code of Companies and Associations art. 2:20 4°: "RPM" / "RPR" followed by the seat of the court.
  registerCourt: { fr: 'RPM {court}', nl: 'RPR {court}', en: 'RLE {court}', de: 'RJP {court}' },
  socialSecurityNumber: { fr: 'ONSS {number}', nl: 'RSZ {number}', en: 'NSSO {number}', de: 'LSS {number}' },
  ibanBic: {
    fr: 'IBAN {iban} · BIC {bic}',
    nl: 'IBAN {iban} · BIC {bic}',
    en: 'IBAN {iban} · BIC {bic}',
    de: 'IBAN {iban} · BIC {bic}',
  },
  iban: { fr: 'IBAN {iban}', nl: 'IBAN {iban}', en: 'IBAN {iban}', de: 'IBAN {iban}' },
  memberNumber: {
    fr: 'Membre n° {number}',
    nl: 'Lid nr. {number}',
    en: 'Member no. {number}',
    de: 'Mitglied Nr. {number}',
  },
  number: { fr: 'Numéro', nl: 'Nummer', en: 'Number', de: 'Nummer' },
  total: { fr: 'Total', nl: 'Totaal', en: 'Total', de: 'Gesamt' },

  // --- Invoice and credit note ----------------------------------------------------------------------
  invoiceTitle: { fr: 'Facture', nl: 'Factuur', en: 'Invoice', de: 'Rechnung' },
  creditNoteTitle: { fr: 'Note de crédit', nl: 'Creditnota', en: 'Credit note', de: 'Gutschrift' },
  issueDate: { fr: "Date d'émission", nl: 'Uitgiftedatum', en: 'Issue date', de: 'Ausstellungsdatum' },
  dueDate: { fr: 'Échéance', nl: 'Vervaldag', en: 'Due date', de: 'Fällig am' },
  deliveryPeriod: { fr: 'Prestation', nl: 'Prestatie', en: 'Service period', de: 'Leistungszeitraum' },
  creditedInvoice: {
    fr: 'Facture créditée',
    nl: 'Gecrediteerde factuur',
    en: 'Credited invoice',
    de: 'Berichtigte Rechnung',
  },
  supplier: { fr: 'Fournisseur', nl: 'Leverancier', en: 'Supplier', de: 'Leistungserbringer' },
  client: { fr: 'Client', nl: 'Klant', en: 'Customer', de: 'Kunde' },
  yourReference: {
    fr: 'Votre référence : {reference}',
    nl: 'Uw referentie: {reference}',
    en: 'Your reference: {reference}',
    de: 'Ihre Referenz: {reference}',
  },
  performedByMember: {
    fr: 'Prestation réalisée par {name} (membre n° {number})',
    nl: 'Prestatie uitgevoerd door {name} (lid nr. {number})',
    en: 'Work performed by {name} (member no. {number})',
    de: 'Leistung erbracht von {name} (Mitglied Nr. {number})',
  },
  performedBy: {
    fr: 'Prestation réalisée par {name}',
    nl: 'Prestatie uitgevoerd door {name}',
    en: 'Work performed by {name}',
    de: 'Leistung erbracht von {name}',
  },
  performerEmployed: {
    fr: '{entity} facture cette prestation et emploie la personne qui l’a réalisée sous contrat de travail.',
    nl: '{entity} factureert deze prestatie en stelt de persoon die ze heeft uitgevoerd tewerk met een arbeidsovereenkomst.',
    en: '{entity} invoices this work and employs the person who performed it under an employment contract.',
    de: '{entity} stellt diese Leistung in Rechnung und beschäftigt die Person, die sie erbracht hat, mit einem Arbeitsvertrag.',
  },
  description: { fr: 'Description', nl: 'Omschrijving', en: 'Description', de: 'Beschreibung' },
  quantity: { fr: 'Quantité', nl: 'Aantal', en: 'Quantity', de: 'Menge' },
  unitPrice: {
    fr: 'Prix unitaire HTVA',
    nl: 'Eenheidsprijs excl. btw',
    en: 'Unit price excl. VAT',
    de: 'Einzelpreis netto',
  },
  amountExclVat: { fr: 'Montant HTVA', nl: 'Bedrag excl. btw', en: 'Amount excl. VAT', de: 'Betrag netto' },
  vatRate: { fr: 'TVA', nl: 'Btw', en: 'VAT', de: 'MwSt.' },
  unit_day_one: { fr: 'jour', nl: 'dag', en: 'day', de: 'Tag' },
  unit_day_other: { fr: 'jours', nl: 'dagen', en: 'days', de: 'Tage' },
  unit_hour_one: { fr: 'heure', nl: 'uur', en: 'hour', de: 'Stunde' },
  unit_hour_other: { fr: 'heures', nl: 'uren', en: 'hours', de: 'Stunden' },
  unit_unit_one: { fr: 'unité', nl: 'stuk', en: 'unit', de: 'Stück' },
  unit_unit_other: { fr: 'unités', nl: 'stuks', en: 'units', de: 'Stück' },
  vatSummary: { fr: 'Récapitulatif TVA', nl: 'Btw-overzicht', en: 'VAT summary', de: 'MwSt.-Aufstellung' },
  vatTreatment: {
    fr: 'Taux / régime',
    nl: 'Tarief / regeling',
    en: 'Rate / treatment',
    de: 'Satz / Regelung',
  },
  vatBase: { fr: 'Base HTVA', nl: 'Maatstaf van heffing', en: 'Taxable amount', de: 'Bemessungsgrundlage' },
  vatAmount: { fr: 'Montant TVA', nl: 'Btw-bedrag', en: 'VAT amount', de: 'MwSt.-Betrag' },
  vatAt: { fr: 'TVA {rate}', nl: 'Btw {rate}', en: 'VAT {rate}', de: 'MwSt. {rate}' },
  treatment_zero: { fr: 'TVA 0 %', nl: 'Btw 0 %', en: 'VAT 0%', de: 'MwSt. 0 %' },
  treatment_exempt_trainer: {
    fr: 'Exonéré (formation)',
    nl: 'Vrijgesteld (opleiding)',
    en: 'Exempt (training)',
    de: 'Befreit (Weiterbildung)',
  },
  treatment_reverse_charge_eu: {
    fr: 'Autoliquidation',
    nl: 'Verlegging van heffing',
    en: 'Reverse charge',
    de: 'Steuerschuldnerschaft des Leistungsempfängers',
  },
  treatment_export_non_eu: {
    fr: 'Hors champ (hors UE)',
    nl: 'Buiten toepassingsgebied (buiten EU)',
    en: 'Outside the scope (non-EU)',
    de: 'Nicht steuerbar (außerhalb der EU)',
  },
  totalExclVat: { fr: 'Total HTVA', nl: 'Totaal excl. btw', en: 'Total excl. VAT', de: 'Gesamtbetrag netto' },
  totalVat: { fr: 'TVA', nl: 'Btw', en: 'VAT', de: 'MwSt.' },
  totalDue: { fr: 'Total à payer', nl: 'Te betalen', en: 'Amount due', de: 'Zu zahlen' },
  totalCredited: {
    fr: 'Total crédité TVAC',
    nl: 'Totaal gecrediteerd incl. btw',
    en: 'Total credited incl. VAT',
    de: 'Gutgeschrieben brutto',
  },
  payment: { fr: 'Paiement', nl: 'Betaling', en: 'Payment', de: 'Zahlung' },
  payWithin: {
    fr: 'Payable dans les {days} jours, au plus tard le {due}.',
    nl: 'Te betalen binnen {days} dagen, uiterlijk op {due}.',
    en: 'Payable within {days} days, by {due} at the latest.',
    de: 'Zahlbar innerhalb von {days} Tagen, spätestens am {due}.',
  },
  payOnReceipt: {
    fr: 'Payable à réception, au plus tard le {due}.',
    nl: 'Te betalen bij ontvangst, uiterlijk op {due}.',
    en: 'Payable on receipt, by {due} at the latest.',
    de: 'Zahlbar bei Erhalt, spätestens am {due}.',
  },
  payTo: {
    fr: 'Par virement au compte {iban} (BIC {bic}) de {name}.',
    nl: 'Door overschrijving op rekening {iban} (BIC {bic}) van {name}.',
    en: 'By transfer to account {iban} (BIC {bic}) of {name}.',
    de: 'Per Überweisung auf das Konto {iban} (BIC {bic}) von {name}.',
  },
  payWithCommunication: {
    fr: 'Communication structurée à mentionner :',
    nl: 'Te vermelden gestructureerde mededeling:',
    en: 'Structured communication to quote:',
    de: 'Anzugebende strukturierte Mitteilung:',
  },
  scanToPay: {
    fr: 'Scannez pour payer',
    nl: 'Scan om te betalen',
    en: 'Scan to pay',
    de: 'Zum Bezahlen scannen',
  },
  // Law of 2 August 2002 on combating late payment in commercial transactions, art. 5 (interest at the
  // reference rate, due by law without notice) and art. 6 (fixed 40 EUR compensation for recovery costs,
  // without prejudice to further reasonable recovery costs). Applies between businesses and to public
  // authorities.
  lateBusiness: {
    fr: 'Retard de paiement : toute somme impayée à l’échéance produit de plein droit et sans mise en demeure un intérêt au taux légal applicable aux transactions commerciales, et donne droit à une indemnité forfaitaire de 40 € pour frais de recouvrement, sans préjudice d’une indemnisation raisonnable des autres frais de recouvrement (loi du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales, art. 5 et 6).',
    nl: 'Laattijdige betaling: elk bedrag dat op de vervaldag niet betaald is, brengt van rechtswege en zonder ingebrekestelling interest op tegen de wettelijke rentevoet voor handelstransacties, en geeft recht op een forfaitaire vergoeding van 40 € voor invorderingskosten, onverminderd een redelijke vergoeding van de overige invorderingskosten (wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties, art. 5 en 6).',
    en: 'Late payment: any amount unpaid on the due date bears, by law and without notice, interest at the legal rate for commercial transactions, and entitles us to a fixed compensation of 40 € for recovery costs, without prejudice to reasonable compensation for further recovery costs (Belgian law of 2 August 2002 on combating late payment in commercial transactions, art. 5 and 6).',
    de: 'Zahlungsverzug: Jeder am Fälligkeitstag nicht gezahlte Betrag trägt von Rechts wegen und ohne Mahnung Zinsen zum gesetzlichen Zinssatz für Handelsgeschäfte und gibt Anspruch auf eine Pauschalentschädigung von 40 € für Beitreibungskosten, unbeschadet einer angemessenen Entschädigung für weitere Beitreibungskosten (belgisches Gesetz vom 2. August 2002 zur Bekämpfung von Zahlungsverzug im Handelsverkehr, Art. 5 und 6).',
  },
  // Consumers: Code of Economic Law, Book XIX (debts of consumers): no cost or interest before a free
  // first reminder and the waiting period it sets.
  lateConsumer: {
    fr: 'Retard de paiement : en cas de non-paiement à l’échéance, vous recevrez d’abord un rappel gratuit ; aucun intérêt ni frais ne sera réclamé avant l’expiration du délai fixé par le livre XIX du Code de droit économique.',
    nl: 'Laattijdige betaling: bij niet-betaling op de vervaldag ontvangt u eerst een kosteloze herinnering; er worden geen interesten of kosten gevraagd vóór het verstrijken van de termijn van boek XIX van het Wetboek van economisch recht.',
    en: 'Late payment: if the invoice is not paid on the due date, you will first receive a free reminder; no interest or costs will be claimed before the period set by Book XIX of the Belgian Code of Economic Law has expired.',
    de: 'Zahlungsverzug: Bei Nichtzahlung am Fälligkeitstag erhalten Sie zunächst eine kostenlose Erinnerung; vor Ablauf der in Buch XIX des belgischen Wirtschaftsgesetzbuches festgelegten Frist werden weder Zinsen noch Kosten verlangt.',
  },
  creditsInvoice: {
    fr: 'Note de crédit relative à la facture n° {number} du {date}.',
    nl: 'Creditnota met betrekking tot factuur nr. {number} van {date}.',
    en: 'Credit note for invoice no. {number} of {date}.',
    de: 'Gutschrift zur Rechnung Nr. {number} vom {date}.',
  },
  deductFrom: {
    fr: 'À déduire de la facture n° {number}.',
    nl: 'In mindering te brengen van factuur nr. {number}.',
    en: 'To be deducted from invoice no. {number}.',
    de: 'Von der Rechnung Nr. {number} abzuziehen.',
  },
  reason: { fr: 'Motif : {reason}', nl: 'Reden: {reason}', en: 'Reason: {reason}', de: 'Grund: {reason}' },
  // Royal Decree n° 4 on VAT refunds, art. 4: the mention on the credit note's copy when VAT is credited.
  creditVatToRepay: {
    fr: 'TVA à reverser à l’État dans la mesure où elle a été initialement déduite.',
    nl: 'Btw terug te storten aan de Staat in de mate waarin ze oorspronkelijk in aftrek werd gebracht.',
    en: 'VAT to be repaid to the State insofar as it was initially deducted.',
    de: 'MwSt. ist an den Staat zurückzuzahlen, soweit sie ursprünglich abgezogen wurde.',
  },

  // --- Employment contract ---------------------------------------------------------------------------
  contractTitle: {
    fr: 'Contrat de travail à durée déterminée',
    nl: 'Arbeidsovereenkomst voor bepaalde tijd',
    en: 'Fixed-term employment contract',
    de: 'Befristeter Arbeitsvertrag',
  },
  reference: { fr: 'Référence', nl: 'Referentie', en: 'Reference', de: 'Referenz' },
  issuedOn: { fr: 'Établi le', nl: 'Opgemaakt op', en: 'Issued on', de: 'Ausgestellt am' },
  employer: { fr: 'Employeur', nl: 'Werkgever', en: 'Employer', de: 'Arbeitgeber' },
  worker: { fr: 'Travailleur', nl: 'Werknemer', en: 'Worker', de: 'Arbeitnehmer' },
  bornOn: { fr: 'Né(e) le {date}', nl: 'Geboren op {date}', en: 'Born on {date}', de: 'Geboren am {date}' },
  // Law of 3 July 1978 on employment contracts: art. 7 (contract for a fixed term or for a clearly
  // defined work), art. 9 (in writing, for each worker, at the latest when work starts), art. 11bis
  // (part-time: the working schedule in writing).
  contractIntro: {
    fr: 'Entre {employer}, ci-après « l’employeur », et {worker}, ci-après « le travailleur », est conclu le présent contrat de travail à durée déterminée, pour le travail nettement défini décrit ci-dessous et pour les seuls jours et heures indiqués. Il est constaté par écrit avant le début du travail ({law}).',
    nl: 'Tussen {employer}, hierna „de werkgever”, en {worker}, hierna „de werknemer”, wordt deze arbeidsovereenkomst voor bepaalde tijd gesloten, voor het hieronder duidelijk omschreven werk en uitsluitend voor de vermelde dagen en uren. Ze wordt schriftelijk vastgesteld vóór het begin van het werk ({law}).',
    en: 'Between {employer}, hereafter "the employer", and {worker}, hereafter "the worker", this fixed-term employment contract is concluded for the clearly defined work described below and for the days and hours listed only. It is put in writing before the work starts ({law}).',
    de: 'Zwischen {employer}, nachstehend „der Arbeitgeber“, und {worker}, nachstehend „der Arbeitnehmer“, wird dieser befristete Arbeitsvertrag für die unten genau bestimmte Arbeit und ausschließlich für die angegebenen Tage und Stunden geschlossen. Er wird vor Beginn der Arbeit schriftlich festgehalten ({law}).',
  },
  law_employee: {
    fr: 'loi du 3 juillet 1978 relative aux contrats de travail, art. 7, 9 et 11bis',
    nl: 'wet van 3 juli 1978 betreffende de arbeidsovereenkomsten, art. 7, 9 en 11bis',
    en: 'Belgian law of 3 July 1978 on employment contracts, art. 7, 9 and 11bis',
    de: 'Gesetz vom 3. Juli 1978 über die Arbeitsverträge, Art. 7, 9 und 11bis',
  },
  // Same law, title VII: the student employment contract (art. 120 and following, mentions of art. 124).
  law_student: {
    fr: 'loi du 3 juillet 1978 relative aux contrats de travail, titre VII, contrat d’occupation d’étudiant, art. 120 et suivants',
    nl: 'wet van 3 juli 1978 betreffende de arbeidsovereenkomsten, titel VII, overeenkomst voor tewerkstelling van studenten, art. 120 en volgende',
    en: 'Belgian law of 3 July 1978 on employment contracts, title VII, student employment contract, art. 120 and following',
    de: 'Gesetz vom 3. Juli 1978 über die Arbeitsverträge, Titel VII, Vertrag über die Beschäftigung von Studenten, Art. 120 ff.',
  },
  // Law of 24 July 1987 on temporary work, art. 8: the temporary work contract in writing.
  law_interim: {
    fr: 'loi du 24 juillet 1987 sur le travail temporaire, le travail intérimaire et la mise de travailleurs à la disposition d’utilisateurs, art. 8',
    nl: 'wet van 24 juli 1987 betreffende de tijdelijke arbeid, de uitzendarbeid en het ter beschikking stellen van werknemers ten behoeve van gebruikers, art. 8',
    en: 'Belgian law of 24 July 1987 on temporary work, temporary agency work and the hiring-out of workers to users, art. 8',
    de: 'Gesetz vom 24. Juli 1987 über die zeitweilige Arbeit, die Leiharbeit und die Überlassung von Arbeitnehmern an Entleiher, Art. 8',
  },
  sectionWork: {
    fr: '1. Fonction et travail',
    nl: '1. Functie en werk',
    en: '1. Function and work',
    de: '1. Funktion und Arbeit',
  },
  job: { fr: 'Fonction', nl: 'Functie', en: 'Function', de: 'Funktion' },
  jobFamily: { fr: 'Famille de métiers', nl: 'Beroepsfamilie', en: 'Job family', de: 'Berufsfamilie' },
  contractType: { fr: 'Type de contrat', nl: 'Soort overeenkomst', en: 'Contract type', de: 'Vertragsart' },
  workFor: {
    fr: 'Travail effectué pour',
    nl: 'Werk uitgevoerd voor',
    en: 'Work done for',
    de: 'Arbeit ausgeführt für',
  },
  workDescription: {
    fr: 'Travail convenu',
    nl: 'Overeengekomen werk',
    en: 'Agreed work',
    de: 'Vereinbarte Arbeit',
  },
  sectionPlace: {
    fr: '2. Lieu de travail',
    nl: '2. Plaats van tewerkstelling',
    en: '2. Place of work',
    de: '2. Arbeitsort',
  },
  country: { fr: 'Pays', nl: 'Land', en: 'Country', de: 'Land' },
  // Regulation (EC) n° 883/2004 art. 12: a posted worker stays under the social security of the sending
  // State; the A1 document certifies it.
  posted: {
    fr: 'Le travailleur est détaché pour ce travail : il reste soumis à la sécurité sociale du pays de l’employeur ({home}) et un formulaire A1 a été demandé (règlement (CE) n° 883/2004, art. 12).',
    nl: 'De werknemer wordt voor dit werk gedetacheerd: hij blijft onderworpen aan de sociale zekerheid van het land van de werkgever ({home}) en er werd een A1-formulier aangevraagd (verordening (EG) nr. 883/2004, art. 12).',
    en: 'The worker is posted for this work: they remain covered by the social security of the employer’s country ({home}) and an A1 form has been requested (Regulation (EC) No 883/2004, art. 12).',
    de: 'Der Arbeitnehmer wird für diese Arbeit entsandt: Er bleibt der sozialen Sicherheit des Landes des Arbeitgebers ({home}) unterstellt, und ein A1-Formular wurde beantragt (Verordnung (EG) Nr. 883/2004, Art. 12).',
  },
  sectionTime: {
    fr: '3. Jours et heures de travail',
    nl: '3. Arbeidsdagen en -uren',
    en: '3. Working days and hours',
    de: '3. Arbeitstage und -stunden',
  },
  day: { fr: 'Jour', nl: 'Dag', en: 'Day', de: 'Tag' },
  hours: { fr: 'Heures', nl: 'Uren', en: 'Hours', de: 'Stunden' },
  timeEnd: {
    fr: 'Le contrat couvre uniquement les jours ci-dessus et prend fin de plein droit au terme du dernier jour.',
    nl: 'De overeenkomst geldt uitsluitend voor de dagen hierboven en eindigt van rechtswege na de laatste dag.',
    en: 'The contract covers the days above only and ends by law at the end of the last day.',
    de: 'Der Vertrag gilt nur für die oben genannten Tage und endet von Rechts wegen mit Ablauf des letzten Tages.',
  },
  sectionPay: { fr: '4. Rémunération', nl: '4. Loon', en: '4. Pay', de: '4. Entlohnung' },
  grossForContract: {
    fr: 'Salaire brut du contrat',
    nl: 'Brutoloon van de overeenkomst',
    en: 'Gross pay for the contract',
    de: 'Bruttolohn des Vertrags',
  },
  hourlyGross: {
    fr: 'Salaire horaire brut',
    nl: 'Bruto uurloon',
    en: 'Hourly gross pay',
    de: 'Bruttostundenlohn',
  },
  payDate: { fr: 'Date de paiement', nl: 'Betaaldatum', en: 'Pay date', de: 'Zahltag' },
  withholdingChosen: {
    fr: 'Précompte professionnel choisi',
    nl: 'Gekozen bedrijfsvoorheffing',
    en: 'Withholding tax rate chosen',
    de: 'Gewählter Steuervorabzug',
  },
  payAccount: {
    fr: 'Compte de paiement',
    nl: 'Betaalrekening',
    en: 'Paid to account',
    de: 'Auszahlungskonto',
  },
  accountEnding: {
    fr: 'se terminant par {last4}',
    nl: 'eindigend op {last4}',
    en: 'ending in {last4}',
    de: 'endend auf {last4}',
  },
  payGuaranteed: {
    fr: 'Le salaire est payé à la date indiquée, que le client ait payé la facture ou non.',
    nl: 'Het loon wordt op de vermelde datum betaald, ongeacht of de klant de factuur heeft betaald.',
    en: 'The pay is paid on the date above, whether or not the client has paid the invoice.',
    de: 'Der Lohn wird am angegebenen Datum gezahlt, unabhängig davon, ob der Kunde die Rechnung bezahlt hat.',
  },
  sectionDeclaration: {
    fr: '5. Déclaration d’emploi',
    nl: '5. Aangifte van tewerkstelling',
    en: '5. Declaration of employment',
    de: '5. Beschäftigungsmeldung',
  },
  declarationReference: { fr: 'Référence', nl: 'Referentie', en: 'Reference', de: 'Referenz' },
  declarationStatus: { fr: 'Statut', nl: 'Status', en: 'Status', de: 'Status' },
  declaredAt: { fr: 'Déclarée le', nl: 'Aangegeven op', en: 'Declared on', de: 'Gemeldet am' },
  declarationStatus_declared: { fr: 'Déclarée', nl: 'Aangegeven', en: 'Declared', de: 'Gemeldet' },
  declarationStatus_cancelled: { fr: 'Annulée', nl: 'Geannuleerd', en: 'Cancelled', de: 'Storniert' },
  sectionRisks: {
    fr: '6. Risques et assurances',
    nl: '6. Risico’s en verzekeringen',
    en: '6. Risks and insurance',
    de: '6. Risiken und Versicherungen',
  },
  risksIntro: {
    fr: 'Risques liés au travail :',
    nl: 'Risico’s van het werk:',
    en: 'Risks of the work:',
    de: 'Risiken der Arbeit:',
  },
  noRisks: {
    fr: 'Aucun risque particulier n’a été déclaré pour ce travail.',
    nl: 'Er werd geen bijzonder risico aangegeven voor dit werk.',
    en: 'No particular risk was declared for this work.',
    de: 'Für diese Arbeit wurde kein besonderes Risiko gemeldet.',
  },
  // Law of 10 April 1971 on work accidents: the employer insures every worker, including on the way to
  // and from work (art. 8).
  insurance: {
    fr: 'Pour chaque jour de travail repris au point 3, le travailleur est couvert par l’assurance accidents du travail de l’employeur, y compris sur le chemin du travail (loi du 10 avril 1971 sur les accidents du travail).',
    nl: 'Voor elke arbeidsdag vermeld in punt 3 is de werknemer gedekt door de arbeidsongevallenverzekering van de werkgever, ook op de weg naar en van het werk (arbeidsongevallenwet van 10 april 1971).',
    en: 'For each working day listed in section 3, the worker is covered by the employer’s work accident insurance, including on the way to and from work (Belgian law of 10 April 1971 on work accidents).',
    de: 'Für jeden unter Punkt 3 genannten Arbeitstag ist der Arbeitnehmer durch die Arbeitsunfallversicherung des Arbeitgebers versichert, auch auf dem Weg zur und von der Arbeit (Arbeitsunfallgesetz vom 10. April 1971).',
  },
  insurer: {
    fr: 'Assureur : {insurer}',
    nl: 'Verzekeraar: {insurer}',
    en: 'Insurer: {insurer}',
    de: 'Versicherer: {insurer}',
  },
  sectionCommittee: {
    fr: '7. Commission paritaire',
    nl: '7. Paritair comité',
    en: '7. Joint committee',
    de: '7. Paritätische Kommission',
  },
  committeeName_200: {
    fr: 'Commission paritaire auxiliaire pour employés',
    nl: 'Aanvullend paritair comité voor de bedienden',
    en: 'Auxiliary joint committee for employees',
    de: 'Ergänzende Paritätische Kommission für Angestellte',
  },
  committeeName_218: {
    fr: 'Commission paritaire nationale auxiliaire pour employés',
    nl: 'Aanvullend nationaal paritair comité voor de bedienden',
    en: 'National auxiliary joint committee for employees',
    de: 'Nationale ergänzende Paritätische Kommission für Angestellte',
  },
  committeeName_322: {
    fr: 'Commission paritaire pour le travail intérimaire',
    nl: 'Paritair comité voor de uitzendarbeid',
    en: 'Joint committee for temporary agency work',
    de: 'Paritätische Kommission für Leiharbeit',
  },
  committeeDefault: {
    fr: 'Commission paritaire retenue par défaut par la plateforme pour ce type de contrat ; le service des salaires peut la modifier selon le secteur du travail.',
    nl: 'Paritair comité dat het platform standaard voor dit soort overeenkomst hanteert; de loondienst kan het wijzigen naargelang de sector van het werk.',
    en: 'Joint committee used by default by the platform for this contract type; payroll staff may change it according to the sector of the work.',
    de: 'Von der Plattform für diese Vertragsart standardmäßig verwendete Paritätische Kommission; die Lohnabteilung kann sie je nach Branche der Arbeit ändern.',
  },
  committeeChosen: {
    fr: 'Commission paritaire fixée par le service des salaires.',
    nl: 'Paritair comité vastgesteld door de loondienst.',
    en: 'Joint committee set by payroll staff.',
    de: 'Von der Lohnabteilung festgelegte Paritätische Kommission.',
  },
  sectionFinal: {
    fr: '8. Dispositions finales',
    nl: '8. Slotbepalingen',
    en: '8. Final provisions',
    de: '8. Schlussbestimmungen',
  },
  finalText: {
    fr: 'Pour le reste, les parties se réfèrent à la législation belge, aux conventions collectives applicables et au règlement de travail de l’employeur, que le travailleur peut consulter dans son espace personnel.',
    nl: 'Voor het overige verwijzen de partijen naar de Belgische wetgeving, de toepasselijke collectieve arbeidsovereenkomsten en het arbeidsreglement van de werkgever, dat de werknemer in zijn persoonlijke ruimte kan raadplegen.',
    en: 'For everything else, the parties refer to Belgian law, the applicable collective agreements and the employer’s work rules, which the worker can read in their personal space.',
    de: 'Im Übrigen verweisen die Parteien auf das belgische Recht, die anwendbaren Tarifverträge und die Arbeitsordnung des Arbeitgebers, die der Arbeitnehmer in seinem persönlichen Bereich einsehen kann.',
  },
  forEmployer: {
    fr: 'Pour l’employeur',
    nl: 'Voor de werkgever',
    en: 'For the employer',
    de: 'Für den Arbeitgeber',
  },
  theWorker: { fr: 'Le travailleur', nl: 'De werknemer', en: 'The worker', de: 'Der Arbeitnehmer' },
  issuedElectronically: {
    fr: 'Établi électroniquement le {date}',
    nl: 'Elektronisch opgemaakt op {date}',
    en: 'Issued electronically on {date}',
    de: 'Elektronisch ausgestellt am {date}',
  },
  acceptedElectronically: {
    fr: 'Accepté électroniquement le {date}',
    nl: 'Elektronisch aanvaard op {date}',
    en: 'Accepted electronically on {date}',
    de: 'Elektronisch angenommen am {date}',
  },

  // --- Payslip ----------------------------------------------------------------------------------------
  payslipTitle: { fr: 'Fiche de paie', nl: 'Loonstrook', en: 'Payslip', de: 'Lohnabrechnung' },
  payslipCorrective: {
    fr: 'Fiche de paie rectificative : elle remplace la fiche n° {number}.',
    nl: 'Verbeterende loonstrook: ze vervangt loonstrook nr. {number}.',
    en: 'Corrective payslip: it replaces payslip no. {number}.',
    de: 'Berichtigte Lohnabrechnung: Sie ersetzt die Abrechnung Nr. {number}.',
  },
  contract: { fr: 'Contrat', nl: 'Overeenkomst', en: 'Contract', de: 'Vertrag' },
  invoice: { fr: 'Facture', nl: 'Factuur', en: 'Invoice', de: 'Rechnung' },
  period: { fr: 'Période', nl: 'Periode', en: 'Period', de: 'Zeitraum' },
  workedTime: { fr: 'Temps de travail', nl: 'Arbeidstijd', en: 'Time worked', de: 'Arbeitszeit' },
  daysAndHours: {
    fr: '{days} jour(s), {hours} heures',
    nl: '{days} dag(en), {hours} uren',
    en: '{days} day(s), {hours} hours',
    de: '{days} Tag(e), {hours} Stunden',
  },
  calculation: { fr: 'Détail du calcul', nl: 'Berekening', en: 'Calculation', de: 'Berechnung' },
  item: { fr: 'Élément', nl: 'Onderdeel', en: 'Item', de: 'Position' },
  base: { fr: 'Base', nl: 'Basis', en: 'Base', de: 'Basis' },
  rateOrMultiplier: {
    fr: 'Taux / coefficient',
    nl: 'Percentage / coëfficiënt',
    en: 'Rate / multiplier',
    de: 'Satz / Faktor',
  },
  amount: { fr: 'Montant', nl: 'Bedrag', en: 'Amount', de: 'Betrag' },
  netPaid: { fr: 'NET PAYÉ', nl: 'NETTO BETAALD', en: 'NET PAID', de: 'NETTO AUSGEZAHLT' },
  netPaidOn: {
    fr: 'Net payé le {date} sur le compte se terminant par {last4}.',
    nl: 'Netto betaald op {date} op de rekening eindigend op {last4}.',
    en: 'Net paid on {date} to the account ending in {last4}.',
    de: 'Netto ausgezahlt am {date} auf das Konto endend auf {last4}.',
  },
  employerCostNote: {
    fr: 'Le coût employeur couvre les cotisations patronales, le pécule de vacances et les assurances ; il n’est pas déduit du salaire brut.',
    nl: 'De werkgeverskost dekt de werkgeversbijdragen, het vakantiegeld en de verzekeringen; hij wordt niet van het brutoloon afgetrokken.',
    en: 'The employer cost covers employer contributions, holiday pay and insurance; it is not deducted from the gross pay.',
    de: 'Die Arbeitgeberkosten decken Arbeitgeberbeiträge, Urlaubsgeld und Versicherungen; sie werden nicht vom Bruttolohn abgezogen.',
  },
};

/** The text of `key` in `language`, with `{name}` placeholders filled. */
export function docText(key: string, language: Language, params?: Record<string, string | number>): string {
  const entry = CONTRACT_DOC[key];
  if (!entry) throw new Error(`Unknown document text ${key}`);
  return interpolate(entry[language], params);
}

/** Decimal numbers as the money of the same document shows them (`1.234,5` in FR/NL/DE, `1,234.5` in EN). */
function numberLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : 'de-BE';
}

export function formatDecimal(
  value: number,
  language: Language,
  fractionDigits: [number, number] = [0, 2],
): string {
  return new Intl.NumberFormat(numberLocale(language), {
    minimumFractionDigits: fractionDigits[0],
    maximumFractionDigits: fractionDigits[1],
  }).format(value);
}

/** Basis points as a percentage: 650 → `6,50 %` (`6.50%` in English). */
export function formatRate(bp: number, language: Language): string {
  const digits = bp % 100 === 0 ? 0 : 2;
  const value = formatDecimal(bp / 100, language, [digits, digits]);
  return language === 'en' ? `${value}%` : `${value} %`;
}

/** Hundredths of an hour: 760 → `7,60`. */
export function formatCentiHours(centiHours: number, language: Language): string {
  return formatDecimal(centiHours / 100, language, [2, 2]);
}

/** A quantity in hundredths: 200 → `2`, 150 → `1,5`. */
export function formatQuantity(quantityCenti: number, language: Language): string {
  return formatDecimal(quantityCenti / 100, language);
}

/** A multiplier in parts per ten thousand: 15500 → `× 1,55`. */
export function formatMultiplier(multiplier: number, language: Language): string {
  return `× ${formatDecimal(multiplier / 10000, language, [2, 4])}`;
}

/** The name of a country (ISO 3166 alpha-2) in the language, or the code when unknown. */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** `2026-11-30T13:05:00Z` → `30 novembre 2026 à 14:05` (Brussels time); a bare date as `formatDate`. */
export function formatDateTime(iso: string, language: Language): string {
  if (!/T\d{2}:\d{2}/.test(iso)) return formatDate(iso, language);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(date);
}

/** `from` to `to` in words, shortened where they share a month or year (`1–2 décembre 2026`). */
export function formatPeriod(from: string, to: string, language: Language): string {
  if (from === to) return formatDate(from, language);
  const day = (iso: string) => {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  };
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).formatRange(
    day(from),
    day(to),
  );
}

/**
 * `0455.948.270` for a Belgian enterprise number (ten digits, grouped whether or not the check digits hold:
 * a document prints what was recorded), else the number as given.
 */
export function displayEnterpriseNumber(value: string): string {
  const parsed = parseEnterpriseNumber(value);
  if (parsed.ok) return parsed.formatted;
  const digits = value.replace(/[\s.]/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : value;
}

/** `BE 0455.948.270`, `FR 40303265045`, or the number as given when it does not parse. */
export function displayVatNumber(value: string): string {
  const compactValue = value.replace(/[\s.]/g, '').toUpperCase();
  if (/^BE\d{10}$/.test(compactValue)) return `BE ${displayEnterpriseNumber(compactValue.slice(2))}`;
  const parsed = parseVatNumber(value);
  return parsed.ok ? `${parsed.country} ${parsed.number}` : value;
}

/** `BE71 0961 2345 6769`, or the IBAN as given. */
export function displayIban(value: string): string {
  const parsed = parseIban(value);
  return parsed.ok ? parsed.formatted : value;
}

/** The identification lines of an entity: enterprise and VAT numbers, register, social security number. */
export function entityIdentifiers(
  entity: EntityParty,
  language: Language,
  options: { socialSecurity?: boolean } = {},
): string[] {
  const parts: string[] = [];
  if (entity.enterpriseNumber) {
    const number = displayEnterpriseNumber(entity.enterpriseNumber);
    parts.push(docText('enterpriseNumber', language, { number }));
  }
  parts.push(
    entity.vatNumber
      ? docText('vatNumber', language, { number: displayVatNumber(entity.vatNumber) })
      : docText('notVatRegistered', language),
  );
  if (entity.registerCourt) parts.push(docText('registerCourt', language, { court: entity.registerCourt }));
  if (options.socialSecurity && entity.socialSecurityNumber)
    parts.push(docText('socialSecurityNumber', language, { number: entity.socialSecurityNumber }));
  return parts;
}

/** The footer lines of every page: who issues the document and how to reach them. */
export function entityFooter(entity: EntityParty, language: Language): string[] {
  const first = [
    `${entity.name} (${entity.legalForm})`,
    entity.address,
    ...entityIdentifiers(entity, language),
  ];
  const second: string[] = [];
  if (entity.iban)
    second.push(
      entity.bic
        ? docText('ibanBic', language, { iban: displayIban(entity.iban), bic: entity.bic })
        : docText('iban', language, { iban: displayIban(entity.iban) }),
    );
  if (entity.email) second.push(entity.email);
  if (entity.website) second.push(entity.website);
  return [first.join(' · '), second.join(' · ')].filter((line) => line !== '');
}
