import type { Catalogue } from '../i18n/languages.ts';
import { JOB_FAMILIES, JOBS } from './job-families.ts';
import { RISKS } from './risks.ts';
import { VAT_TREATMENTS, vatTreatmentRule } from './vat.ts';

/**
 * Messages of the Contract tool and of clients: every code its rules raise, in the four languages, and
 * the labels of jobs, risks, VAT treatments and contract statuses (keys `contract.job.<code>`,
 * `contract.job_family.<code>`, `contract.risk.<code>`, `contract.vat_treatment.<code>`,
 * `contract.vat_mention.<code>`, `contract.status.label.<status>`, `contract.action.label.<action>`).
 * Codes reused from other catalogues (`payroll.*`, `field.*`, identifiers) are not repeated here.
 */
const errors: Catalogue = {
  // --- Declaration ----------------------------------------------------------------------------------
  'contract.job.unknown': {
    fr: 'Choisissez un métier dans la liste.',
    nl: 'Kies een beroep uit de lijst.',
    en: 'Choose a job from the list.',
    de: 'Wählen Sie einen Beruf aus der Liste.',
  },
  'contract.country.invalid': {
    fr: 'Le pays de travail doit être un code de pays à deux lettres (par exemple BE ou FR).',
    nl: 'Het land van tewerkstelling moet een landcode van twee letters zijn (bijvoorbeeld BE of FR).',
    en: 'The country of work must be a two-letter country code (for example BE or FR).',
    de: 'Das Land der Arbeit muss ein Ländercode aus zwei Buchstaben sein (zum Beispiel BE oder FR).',
  },
  'contract.risks.required': {
    fr: 'Indiquez au moins un risque lié à ce travail (par exemple « travail de bureau »).',
    nl: 'Geef minstens één risico van dit werk op (bijvoorbeeld "bureauwerk").',
    en: 'Give at least one risk of this work (for example "office work").',
    de: 'Geben Sie mindestens ein Risiko dieser Arbeit an (zum Beispiel „Büroarbeit“).',
  },
  'contract.risk.unknown': {
    fr: "Ce risque n'existe pas dans la liste.",
    nl: 'Dit risico staat niet in de lijst.',
    en: 'This risk is not in the list.',
    de: 'Dieses Risiko steht nicht in der Liste.',
  },
  'contract.days.duplicate': {
    fr: 'Le {date} est déclaré deux fois.',
    nl: '{date} is twee keer aangegeven.',
    en: '{date} is declared twice.',
    de: 'Der {date} ist zweimal angegeben.',
  },
  'contract.day.hours_invalid': {
    fr: "Le nombre d'heures doit être un nombre positif avec au plus deux décimales.",
    nl: 'Het aantal uren moet een positief getal zijn met hoogstens twee decimalen.',
    en: 'The number of hours must be a positive number with at most two decimals.',
    de: 'Die Stundenzahl muss eine positive Zahl mit höchstens zwei Dezimalstellen sein.',
  },
  'contract.day.hours_min': {
    fr: 'Un jour de travail compte au moins {min} heures (durée minimale légale d’une prestation).',
    nl: 'Een werkdag telt minstens {min} uur (wettelijke minimumduur van een prestatie).',
    en: 'A working day has at least {min} hours (legal minimum length of a work period).',
    de: 'Ein Arbeitstag hat mindestens {min} Stunden (gesetzliche Mindestdauer einer Arbeitsleistung).',
  },
  'contract.day.hours_max': {
    fr: 'Un jour de travail compte au plus {max} heures (limite légale de la durée du travail).',
    nl: 'Een werkdag telt hoogstens {max} uur (wettelijke grens van de arbeidsduur).',
    en: 'A working day has at most {max} hours (legal limit of working time).',
    de: 'Ein Arbeitstag hat höchstens {max} Stunden (gesetzliche Höchstarbeitszeit).',
  },
  'contract.first_day.past': {
    fr: "Le premier jour de travail ({firstDay}) est déjà passé : un contrat se déclare avant le début du travail (aujourd'hui au plus tôt, le {today}).",
    nl: 'De eerste werkdag ({firstDay}) is al voorbij: een contract wordt aangegeven vóór het werk begint (ten vroegste vandaag, {today}).',
    en: 'The first day of work ({firstDay}) has already passed: a contract is declared before the work starts (today at the earliest, {today}).',
    de: 'Der erste Arbeitstag ({firstDay}) ist bereits vorbei: Ein Vertrag wird vor Beginn der Arbeit gemeldet (frühestens heute, am {today}).',
  },
  'contract.days.span': {
    fr: 'Un contrat dure au plus un mois : commençant le {firstDay}, son dernier jour est au plus tard le {maxLastDay}. Déclarez les jours suivants dans un autre contrat.',
    nl: 'Een contract duurt hoogstens een maand: met begin op {firstDay} valt de laatste dag ten laatste op {maxLastDay}. Geef de volgende dagen in een ander contract aan.',
    en: 'A contract lasts one month at most: starting on {firstDay}, its last day is {maxLastDay} at the latest. Declare the following days in another contract.',
    de: 'Ein Vertrag dauert höchstens einen Monat: Beginnt er am {firstDay}, ist sein letzter Tag spätestens der {maxLastDay}. Melden Sie die folgenden Tage in einem weiteren Vertrag.',
  },
  'contract.days.overlap': {
    fr: 'Vous avez déjà un contrat ({reference}) pour : {dates}.',
    nl: 'U hebt al een contract ({reference}) voor: {dates}.',
    en: 'You already have a contract ({reference}) on: {dates}.',
    de: 'Sie haben bereits einen Vertrag ({reference}) für: {dates}.',
  },
  'contract.contract_type.not_artistic': {
    fr: 'Le contrat d’employé pour prestations artistiques est réservé aux prestations artistiques : choisissez un contrat d’employé pour ce métier.',
    nl: 'Het bediendecontract voor artistieke prestaties is voorbehouden aan artistieke prestaties: kies een bediendecontract voor dit beroep.',
    en: 'The employee contract for artistic work is only for artistic performances and works: choose an employee contract for this job.',
    de: 'Der Angestelltenvertrag für künstlerische Leistungen ist künstlerischen Leistungen vorbehalten: Wählen Sie für diesen Beruf einen Angestelltenvertrag.',
  },
  'contract.student.quota_exceeded': {
    fr: 'Ce contrat demande {requested} h de travail étudiant en {year}, mais il ne reste que {remaining} h sur le contingent annuel de {quota} h ({used} h déjà prestées).',
    nl: 'Dit contract vraagt {requested} uur studentenarbeid in {year}, maar er blijft nog maar {remaining} uur over van het jaarcontingent van {quota} uur ({used} uur al gepresteerd).',
    en: 'This contract asks for {requested} h of student work in {year}, but only {remaining} h remain of the annual quota of {quota} h ({used} h already worked).',
    de: 'Dieser Vertrag umfasst {requested} Std. Studentenarbeit im Jahr {year}, vom Jahreskontingent von {quota} Std. bleiben aber nur {remaining} Std. ({used} Std. bereits geleistet).',
  },
  'contract.amount.zero': {
    fr: 'Indiquez le prix de la prestation : il ne peut pas être nul.',
    nl: 'Geef de prijs van de prestatie op: die mag niet nul zijn.',
    en: 'Enter the price of the work: it cannot be zero.',
    de: 'Geben Sie den Preis der Leistung an: Er darf nicht null sein.',
  },

  // --- VAT ------------------------------------------------------------------------------------------
  'contract.vat.unknown': {
    fr: 'Choisissez un régime de TVA dans la liste.',
    nl: 'Kies een btw-regeling uit de lijst.',
    en: 'Choose a VAT treatment from the list.',
    de: 'Wählen Sie eine MwSt.-Behandlung aus der Liste.',
  },
  'contract.vat.exempt_entity': {
    fr: 'Cette entité n’est pas assujettie à la TVA : ses factures portent uniquement l’exemption de la formation professionnelle.',
    nl: 'Deze entiteit is niet btw-plichtig: haar facturen vermelden enkel de vrijstelling voor beroepsopleiding.',
    en: 'This entity is not registered for VAT: its invoices only carry the vocational training exemption.',
    de: 'Diese Einheit ist nicht mehrwertsteuerpflichtig: Ihre Rechnungen tragen nur die Befreiung für berufliche Bildung.',
  },
  'contract.vat.exempt_not_allowed': {
    fr: 'L’exemption de TVA pour la formation est réservée à l’entité des formateurs : choisissez un taux de TVA.',
    nl: 'De btw-vrijstelling voor opleiding is voorbehouden aan de entiteit van de opleiders: kies een btw-tarief.',
    en: 'The VAT exemption for training is only for the trainers’ entity: choose a VAT rate.',
    de: 'Die MwSt.-Befreiung für Weiterbildung ist der Einheit der Ausbilder vorbehalten: Wählen Sie einen MwSt.-Satz.',
  },
  'contract.vat.belgian_only': {
    fr: 'Ce régime de TVA belge ne s’applique qu’aux entités établies en Belgique.',
    nl: 'Deze Belgische btw-regeling geldt alleen voor entiteiten gevestigd in België.',
    en: 'This Belgian VAT treatment only applies to entities established in Belgium.',
    de: 'Diese belgische MwSt.-Behandlung gilt nur für in Belgien ansässige Einheiten.',
  },
  'contract.vat.reverse_charge_not_allowed': {
    fr: 'L’autoliquidation ne s’applique qu’à une entreprise d’un autre pays de l’Union européenne ayant un numéro de TVA valide.',
    nl: 'Verlegging van heffing geldt alleen voor een onderneming uit een ander land van de Europese Unie met een geldig btw-nummer.',
    en: 'Reverse charge only applies to a business in another European Union country with a valid VAT number.',
    de: 'Die Umkehr der Steuerschuldnerschaft gilt nur für ein Unternehmen aus einem anderen EU-Land mit gültiger MwSt.-Nummer.',
  },
  'contract.vat.export_not_allowed': {
    fr: 'Un client établi dans l’Union européenne ({country}) n’est pas hors UE : choisissez un autre régime de TVA.',
    nl: 'Een klant gevestigd in de Europese Unie ({country}) valt niet buiten de EU: kies een andere btw-regeling.',
    en: 'A client established in the European Union ({country}) is not outside the EU: choose another VAT treatment.',
    de: 'Ein in der Europäischen Union ansässiger Kunde ({country}) ist nicht außerhalb der EU: Wählen Sie eine andere MwSt.-Behandlung.',
  },
  'contract.vat.reverse_charge_required': {
    fr: 'Ce client est une entreprise d’un autre pays de l’Union européenne ({country}) : la facture se fait en autoliquidation, sans TVA belge.',
    nl: 'Deze klant is een onderneming uit een ander land van de Europese Unie ({country}): de factuur gebeurt met verlegging van heffing, zonder Belgische btw.',
    en: 'This client is a business in another European Union country ({country}): the invoice is under reverse charge, without Belgian VAT.',
    de: 'Dieser Kunde ist ein Unternehmen aus einem anderen EU-Land ({country}): Die Rechnung erfolgt mit Umkehr der Steuerschuldnerschaft, ohne belgische MwSt.',
  },
  'contract.vat.export_required': {
    fr: 'Ce client est une entreprise établie hors de l’Union européenne ({country}) : la prestation n’est pas soumise à la TVA belge.',
    nl: 'Deze klant is een onderneming gevestigd buiten de Europese Unie ({country}): de prestatie is niet onderworpen aan Belgische btw.',
    en: 'This client is a business established outside the European Union ({country}): the work is not subject to Belgian VAT.',
    de: 'Dieser Kunde ist ein außerhalb der Europäischen Union ansässiges Unternehmen ({country}): Die Leistung unterliegt nicht der belgischen MwSt.',
  },

  // --- Working abroad -------------------------------------------------------------------------------
  'contract.posting.required': {
    fr: 'Vous travaillez hors du pays de l’entité ({country}) : remplissez la demande de formulaire de détachement A1 (lieu de travail, hôte, dates).',
    nl: 'U werkt buiten het land van de entiteit ({country}): vul de aanvraag voor het detacheringsformulier A1 in (werkplaats, gastheer, data).',
    en: 'You work outside the entity’s country ({country}): fill in the A1 posting form request (place of work, host, dates).',
    de: 'Sie arbeiten außerhalb des Landes der Einheit ({country}): Füllen Sie den Antrag auf die Entsendebescheinigung A1 aus (Arbeitsort, Gastgeber, Daten).',
  },
  'contract.posting.not_needed': {
    fr: 'Le travail a lieu dans le pays de l’entité ({country}) : pas de formulaire de détachement.',
    nl: 'Het werk vindt plaats in het land van de entiteit ({country}): geen detacheringsformulier.',
    en: 'The work takes place in the entity’s country ({country}): no posting form.',
    de: 'Die Arbeit findet im Land der Einheit statt ({country}): keine Entsendebescheinigung.',
  },
  'contract.posting.dates_order': {
    fr: 'La date de fin du détachement précède sa date de début.',
    nl: 'De einddatum van de detachering ligt vóór de begindatum.',
    en: 'The end date of the posting is before its start date.',
    de: 'Das Enddatum der Entsendung liegt vor dem Anfangsdatum.',
  },
  'contract.posting.dates_outside': {
    fr: 'Les dates du détachement doivent être comprises entre le premier ({firstDay}) et le dernier jour ({lastDay}) du contrat.',
    nl: 'De data van de detachering moeten tussen de eerste ({firstDay}) en de laatste dag ({lastDay}) van het contract liggen.',
    en: 'The posting dates must lie between the first ({firstDay}) and the last day ({lastDay}) of the contract.',
    de: 'Die Entsendedaten müssen zwischen dem ersten ({firstDay}) und dem letzten Tag ({lastDay}) des Vertrags liegen.',
  },

  // --- Pay date -------------------------------------------------------------------------------------
  'contract.pay_rule.days_invalid': {
    fr: 'Le délai de paiement des salaires doit être de {min} à {max} jours après la fin du travail.',
    nl: 'De betalingstermijn van de lonen moet {min} tot {max} dagen na het einde van het werk zijn.',
    en: 'The salary payment delay must be {min} to {max} days after the end of the work.',
    de: 'Die Frist für die Lohnzahlung muss {min} bis {max} Tage nach dem Ende der Arbeit betragen.',
  },
  'contract.pay_rule.day_invalid': {
    fr: 'Le jour de paiement des salaires doit être un jour du mois de {min} à {max}.',
    nl: 'De betaaldag van de lonen moet een dag van de maand van {min} tot {max} zijn.',
    en: 'The salary payment day must be a day of the month from {min} to {max}.',
    de: 'Der Lohnzahlungstag muss ein Tag des Monats von {min} bis {max} sein.',
  },

  // --- Client platforms ------------------------------------------------------------------------------
  'contract.platform.min_hours': {
    fr: 'L’accord avec la plateforme garantit au moins {min} heures payées par jour : le {date} en compte moins.',
    nl: 'De overeenkomst met het platform waarborgt minstens {min} betaalde uren per dag: {date} telt er minder.',
    en: 'The agreement with the platform guarantees at least {min} paid hours a day: {date} has fewer.',
    de: 'Die Vereinbarung mit der Plattform garantiert mindestens {min} bezahlte Stunden pro Tag: Der {date} hat weniger.',
  },
  'contract.platform.min_hourly_pay': {
    fr: 'L’accord avec la plateforme garantit au moins {min} € brut de l’heure ; ce prix donne {hourly} € : augmentez-le.',
    nl: 'De overeenkomst met het platform waarborgt minstens {min} € bruto per uur; deze prijs geeft {hourly} €: verhoog hem.',
    en: 'The agreement with the platform guarantees at least {min} € gross an hour; this price gives {hourly} €: raise it.',
    de: 'Die Vereinbarung mit der Plattform garantiert mindestens {min} € brutto pro Stunde; dieser Preis ergibt {hourly} €: Erhöhen Sie ihn.',
  },

  // --- Warnings for advisers ------------------------------------------------------------------------
  'contract.warning.unusual_amount': {
    fr: 'Montant inhabituel : {daily} € par jour, au-delà du repère de {reference} € par jour.',
    nl: 'Ongewoon bedrag: {daily} € per dag, boven de referentie van {reference} € per dag.',
    en: 'Unusual amount: {daily} € a day, above the reference of {reference} € a day.',
    de: 'Ungewöhnlicher Betrag: {daily} € pro Tag, über dem Richtwert von {reference} € pro Tag.',
  },
  'contract.warning.posting_form_missing': {
    fr: 'Travail à l’étranger : la demande de formulaire de détachement A1 est incomplète.',
    nl: 'Werk in het buitenland: de aanvraag voor het detacheringsformulier A1 is onvolledig.',
    en: 'Work abroad: the A1 posting form request is incomplete.',
    de: 'Arbeit im Ausland: Der Antrag auf die Entsendebescheinigung A1 ist unvollständig.',
  },
  'contract.warning.student_quota_nearly_used': {
    fr: 'Contingent étudiant presque épuisé : il restera {remaining} h sur {quota} h cette année.',
    nl: 'Studentencontingent bijna opgebruikt: er blijft dit jaar {remaining} uur over van {quota} uur.',
    en: 'Student quota nearly used: {remaining} h of {quota} h will remain this year.',
    de: 'Studentenkontingent fast aufgebraucht: Es bleiben in diesem Jahr {remaining} Std. von {quota} Std.',
  },

  // --- Life cycle -----------------------------------------------------------------------------------
  'contract.status.transition': {
    fr: 'Cette action n’est pas possible dans l’état actuel du contrat.',
    nl: 'Deze handeling is niet mogelijk in de huidige toestand van het contract.',
    en: 'This action is not possible in the contract’s current state.',
    de: 'Diese Aktion ist im aktuellen Zustand des Vertrags nicht möglich.',
  },
  'contract.status.actor_forbidden': {
    fr: 'Vous ne pouvez pas faire cette action sur ce contrat.',
    nl: 'U kunt deze handeling op dit contract niet uitvoeren.',
    en: 'You cannot do this on this contract.',
    de: 'Sie können diese Aktion für diesen Vertrag nicht ausführen.',
  },
  'contract.status.final': {
    fr: 'Ce contrat est déjà payé ou annulé : il ne peut plus changer.',
    nl: 'Dit contract is al betaald of geannuleerd: het kan niet meer veranderen.',
    en: 'This contract is already paid or cancelled: it can no longer change.',
    de: 'Dieser Vertrag ist bereits bezahlt oder storniert: Er kann nicht mehr geändert werden.',
  },
  'contract.status.on_hold': {
    fr: 'Ce contrat est suspendu par un conseiller : il sera payé après sa libération.',
    nl: 'Dit contract is door een adviseur opgeschort: het wordt betaald zodra het wordt vrijgegeven.',
    en: 'This contract is on hold by an adviser: it will be paid once released.',
    de: 'Dieser Vertrag wurde von einer Beraterin oder einem Berater angehalten: Er wird nach der Freigabe bezahlt.',
  },
  'contract.status.reason_required': {
    fr: 'Indiquez la raison de cette correction.',
    nl: 'Geef de reden van deze correctie op.',
    en: 'Give the reason for this correction.',
    de: 'Geben Sie den Grund für diese Korrektur an.',
  },
  'contract.cancel.work_started': {
    fr: 'Le travail a commencé le {firstDay} : le contrat ne peut plus être annulé. Demandez une correction à votre conseiller.',
    nl: 'Het werk is begonnen op {firstDay}: het contract kan niet meer worden geannuleerd. Vraag uw adviseur om een correctie.',
    en: 'The work started on {firstDay}: the contract can no longer be cancelled. Ask your adviser for a correction.',
    de: 'Die Arbeit hat am {firstDay} begonnen: Der Vertrag kann nicht mehr storniert werden. Bitten Sie Ihre Beraterin oder Ihren Berater um eine Korrektur.',
  },
  'contract.correct.not_started': {
    fr: 'Le travail ne commence que le {firstDay} : annulez le contrat plutôt que de le corriger.',
    nl: 'Het werk begint pas op {firstDay}: annuleer het contract in plaats van het te corrigeren.',
    en: 'The work only starts on {firstDay}: cancel the contract instead of correcting it.',
    de: 'Die Arbeit beginnt erst am {firstDay}: Stornieren Sie den Vertrag, statt ihn zu korrigieren.',
  },
  'contract.dimona.user_required': {
    fr: 'Un contrat intérimaire doit identifier l’entreprise utilisatrice (numéro d’entreprise du client).',
    nl: 'Een uitzendcontract moet de gebruiker identificeren (ondernemingsnummer van de klant).',
    en: 'An interim contract must identify the user undertaking (the client’s enterprise number).',
    de: 'Ein Leiharbeitsvertrag muss das entleihende Unternehmen angeben (Unternehmensnummer des Kunden).',
  },

  // --- Clients --------------------------------------------------------------------------------------
  'client.kind.unknown': {
    fr: 'Choisissez le type de client : entreprise, particulier ou organisme public.',
    nl: 'Kies het soort klant: onderneming, particulier of overheidsinstelling.',
    en: 'Choose the kind of client: company, private person or public body.',
    de: 'Wählen Sie die Art des Kunden: Unternehmen, Privatperson oder öffentliche Einrichtung.',
  },
  'client.country.invalid': {
    fr: 'Le pays doit être un code de pays à deux lettres (par exemple BE).',
    nl: 'Het land moet een landcode van twee letters zijn (bijvoorbeeld BE).',
    en: 'The country must be a two-letter country code (for example BE).',
    de: 'Das Land muss ein Ländercode aus zwei Buchstaben sein (zum Beispiel BE).',
  },
  'client.enterprise_number.required': {
    fr: 'Indiquez le numéro d’entreprise (BCE) de ce client belge.',
    nl: 'Geef het ondernemingsnummer (KBO) van deze Belgische klant op.',
    en: 'Enter the enterprise number (KBO/BCE) of this Belgian client.',
    de: 'Geben Sie die Unternehmensnummer (ZDU) dieses belgischen Kunden an.',
  },
  'client.enterprise_number.belgian_only': {
    fr: 'Le numéro d’entreprise ne concerne que les clients établis en Belgique : indiquez le numéro de TVA.',
    nl: 'Het ondernemingsnummer geldt alleen voor klanten gevestigd in België: geef het btw-nummer op.',
    en: 'The enterprise number only applies to clients established in Belgium: enter the VAT number.',
    de: 'Die Unternehmensnummer gilt nur für in Belgien ansässige Kunden: Geben Sie die MwSt.-Nummer an.',
  },
  'client.person.no_enterprise_number': {
    fr: 'Un particulier n’a pas de numéro d’entreprise : choisissez « entreprise » si le client en a un.',
    nl: 'Een particulier heeft geen ondernemingsnummer: kies "onderneming" als de klant er een heeft.',
    en: 'A private person has no enterprise number: choose "company" if the client has one.',
    de: 'Eine Privatperson hat keine Unternehmensnummer: Wählen Sie „Unternehmen“, wenn der Kunde eine hat.',
  },
  'client.person.no_vat_number': {
    fr: 'Un particulier n’a pas de numéro de TVA : choisissez « entreprise » si le client en a un.',
    nl: 'Een particulier heeft geen btw-nummer: kies "onderneming" als de klant er een heeft.',
    en: 'A private person has no VAT number: choose "company" if the client has one.',
    de: 'Eine Privatperson hat keine MwSt.-Nummer: Wählen Sie „Unternehmen“, wenn der Kunde eine hat.',
  },
  'client.vat.required': {
    fr: 'Indiquez le numéro de TVA de cette entreprise ({country}).',
    nl: 'Geef het btw-nummer van deze onderneming op ({country}).',
    en: 'Enter the VAT number of this company ({country}).',
    de: 'Geben Sie die MwSt.-Nummer dieses Unternehmens an ({country}).',
  },
  'client.vat.invalid': {
    fr: 'Numéro de TVA inconnu : ce n’est pas un numéro de TVA valide du pays {country}.',
    nl: 'Onbekend btw-nummer: dit is geen geldig btw-nummer van het land {country}.',
    en: 'Unknown VAT number: this is not a valid VAT number of country {country}.',
    de: 'Unbekannte MwSt.-Nummer: Dies ist keine gültige MwSt.-Nummer des Landes {country}.',
  },
  'client.vat.mismatch': {
    fr: 'Le numéro de TVA d’une entreprise belge est BE suivi de son numéro d’entreprise : {expected}.',
    nl: 'Het btw-nummer van een Belgische onderneming is BE gevolgd door haar ondernemingsnummer: {expected}.',
    en: 'The VAT number of a Belgian enterprise is BE followed by its enterprise number: {expected}.',
    de: 'Die MwSt.-Nummer eines belgischen Unternehmens ist BE, gefolgt von seiner Unternehmensnummer: {expected}.',
  },
  'client.vat.not_registered': {
    fr: 'Un numéro de TVA est indiqué alors que le client est déclaré non assujetti.',
    nl: 'Er is een btw-nummer opgegeven terwijl de klant als niet btw-plichtig is aangegeven.',
    en: 'A VAT number is given although the client is declared not registered for VAT.',
    de: 'Eine MwSt.-Nummer ist angegeben, obwohl der Kunde als nicht mehrwertsteuerpflichtig angegeben ist.',
  },
  'client.tax_id.invalid': {
    fr: 'L’identifiant fiscal doit compter de 2 à 30 lettres ou chiffres.',
    nl: 'Het fiscaal identificatienummer moet 2 tot 30 letters of cijfers tellen.',
    en: 'The tax identifier must have 2 to 30 letters or digits.',
    de: 'Die Steuernummer muss aus 2 bis 30 Buchstaben oder Ziffern bestehen.',
  },
  'client.language.invalid': {
    fr: 'Choisissez la langue du client : français, néerlandais, anglais ou allemand.',
    nl: 'Kies de taal van de klant: Frans, Nederlands, Engels of Duits.',
    en: 'Choose the client’s language: French, Dutch, English or German.',
    de: 'Wählen Sie die Sprache des Kunden: Französisch, Niederländisch, Englisch oder Deutsch.',
  },
  'client.payment_terms.invalid': {
    fr: 'Le délai de paiement est un nombre entier de jours, zéro ou plus.',
    nl: 'De betalingstermijn is een geheel aantal dagen, nul of meer.',
    en: 'The payment terms are a whole number of days, zero or more.',
    de: 'Die Zahlungsfrist ist eine ganze Zahl von Tagen, null oder mehr.',
  },
  'client.payment_terms.max': {
    fr: 'Le délai de paiement convenu ne peut pas dépasser {max} jours.',
    nl: 'De overeengekomen betalingstermijn mag niet langer zijn dan {max} dagen.',
    en: 'The agreed payment terms cannot exceed {max} days.',
    de: 'Die vereinbarte Zahlungsfrist darf {max} Tage nicht überschreiten.',
  },
  'client.payment_terms.max_public': {
    fr: 'Un organisme public paie dans les {max} jours au plus.',
    nl: 'Een overheidsinstelling betaalt binnen hoogstens {max} dagen.',
    en: 'A public body pays within {max} days at most.',
    de: 'Eine öffentliche Einrichtung zahlt innerhalb von höchstens {max} Tagen.',
  },
};

const statusLabels: Catalogue = {
  'contract.status.label.declared': { fr: 'Déclaré', nl: 'Aangegeven', en: 'Declared', de: 'Gemeldet' },
  'contract.status.label.on_hold': { fr: 'Suspendu', nl: 'Opgeschort', en: 'On hold', de: 'Angehalten' },
  'contract.status.label.paid': { fr: 'Payé', nl: 'Betaald', en: 'Paid', de: 'Bezahlt' },
  'contract.status.label.cancelled': { fr: 'Annulé', nl: 'Geannuleerd', en: 'Cancelled', de: 'Storniert' },
  'contract.action.label.hold': { fr: 'Suspendre', nl: 'Opschorten', en: 'Hold', de: 'Anhalten' },
  'contract.action.label.release': { fr: 'Libérer', nl: 'Vrijgeven', en: 'Release', de: 'Freigeben' },
  'contract.action.label.pay': { fr: 'Payer', nl: 'Betalen', en: 'Pay', de: 'Bezahlen' },
  'contract.action.label.cancel': { fr: 'Annuler', nl: 'Annuleren', en: 'Cancel', de: 'Stornieren' },
  'contract.action.label.correct': { fr: 'Corriger', nl: 'Corrigeren', en: 'Correct', de: 'Korrigieren' },
};

/** Labels built from the data tables, so a new job or risk gets its translated label at once. */
const dataLabels: Catalogue = Object.fromEntries([
  ...JOB_FAMILIES.map((f) => [`contract.job_family.${f.code}`, f.label]),
  ...JOBS.map((j) => [`contract.job.${j.code}`, j.label]),
  ...RISKS.map((r) => [`contract.risk.${r.code}`, r.label]),
  ...VAT_TREATMENTS.map((t) => [`contract.vat_treatment.${t}`, vatTreatmentRule(t).label]),
  ...VAT_TREATMENTS.map((t) => [`contract.vat_mention.${t}`, vatTreatmentRule(t).mention]),
]);

export const contractMessages: Catalogue = { ...errors, ...statusLabels, ...dataLabels };
