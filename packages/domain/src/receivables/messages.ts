import type { Catalogue } from '../i18n/languages.ts';

/** Messages of reminders, collection cases, payment plans and receivables figures, in the four languages. */
export const receivablesMessages: Catalogue = {
  // --- Reminder schedule (entity settings) -------------------------------------------------------------
  'receivables.schedule.step_count': {
    fr: 'Le calendrier des rappels compte de 1 à {max} étapes.',
    nl: 'De herinneringskalender telt 1 tot {max} stappen.',
    en: 'The reminder schedule has 1 to {max} steps.',
    de: 'Der Mahnplan hat 1 bis {max} Stufen.',
  },
  'receivables.schedule.kind_unknown': {
    fr: 'Choisissez une étape connue : rappel amiable, second rappel, mise en demeure ou transmission au service clients.',
    nl: 'Kies een gekende stap: vriendelijke herinnering, tweede herinnering, ingebrekestelling of overdracht aan de klantendienst.',
    en: 'Choose a known step: friendly reminder, second reminder, formal notice or handover to client service.',
    de: 'Wählen Sie eine bekannte Stufe: freundliche Erinnerung, zweite Mahnung, Inverzugsetzung oder Übergabe an den Kundendienst.',
  },
  'receivables.schedule.days_invalid': {
    fr: 'Le nombre de jours après l’échéance est un nombre entier de 1 à {max}.',
    nl: 'Het aantal dagen na de vervaldag is een geheel getal van 1 tot {max}.',
    en: 'The number of days after the due date is a whole number from 1 to {max}.',
    de: 'Die Anzahl Tage nach Fälligkeit ist eine ganze Zahl von 1 bis {max}.',
  },
  'receivables.schedule.days_not_increasing': {
    fr: 'Chaque étape vient au moins un jour après la précédente.',
    nl: 'Elke stap komt minstens een dag na de vorige.',
    en: 'Each step comes at least one day after the previous one.',
    de: 'Jede Stufe kommt mindestens einen Tag nach der vorigen.',
  },
  'receivables.schedule.handover_last': {
    fr: 'La transmission au service clients est la dernière étape.',
    nl: 'De overdracht aan de klantendienst is de laatste stap.',
    en: 'The handover to client service is the last step.',
    de: 'Die Übergabe an den Kundendienst ist die letzte Stufe.',
  },
  'receivables.schedule.first_free': {
    fr: 'Le premier rappel est gratuit : la mise en demeure ne peut pas être la première étape.',
    nl: 'De eerste herinnering is kosteloos: de ingebrekestelling kan niet de eerste stap zijn.',
    en: 'The first reminder is free: the formal notice cannot be the first step.',
    de: 'Die erste Erinnerung ist kostenlos: die Inverzugsetzung kann nicht die erste Stufe sein.',
  },
  'receivables.schedule.grace_invalid': {
    fr: 'Le délai de grâce est un nombre entier de jours de 0 à {max}.',
    nl: 'De respijttermijn is een geheel aantal dagen van 0 tot {max}.',
    en: 'The grace period is a whole number of days from 0 to {max}.',
    de: 'Die Nachfrist ist eine ganze Zahl von Tagen von 0 bis {max}.',
  },
  // --- Payment plans -------------------------------------------------------------------------------------
  'receivables.plan.instalment_count': {
    fr: 'Un plan de paiement compte de 1 à {max} échéances.',
    nl: 'Een afbetalingsplan telt 1 tot {max} termijnen.',
    en: 'A payment plan has 1 to {max} instalments.',
    de: 'Ein Zahlungsplan hat 1 bis {max} Raten.',
  },
  'receivables.plan.amount_invalid': {
    fr: 'Le montant d’une échéance est positif, en euros et cents.',
    nl: 'Het bedrag van een termijn is positief, in euro en cent.',
    en: 'An instalment amount is positive, in euros and cents.',
    de: 'Der Betrag einer Rate ist positiv, in Euro und Cent.',
  },
  'receivables.plan.date_past': {
    fr: 'Une échéance ne peut pas être dans le passé.',
    nl: 'Een termijn kan niet in het verleden liggen.',
    en: 'An instalment cannot be due in the past.',
    de: 'Eine Rate kann nicht in der Vergangenheit fällig sein.',
  },
  'receivables.plan.too_long': {
    fr: 'Un plan de paiement ne dépasse pas deux ans.',
    nl: 'Een afbetalingsplan duurt niet langer dan twee jaar.',
    en: 'A payment plan does not run longer than two years.',
    de: 'Ein Zahlungsplan läuft nicht länger als zwei Jahre.',
  },
  'receivables.plan.dates_not_increasing': {
    fr: 'Chaque échéance vient après la précédente.',
    nl: 'Elke termijn komt na de vorige.',
    en: 'Each instalment is due after the previous one.',
    de: 'Jede Rate wird nach der vorigen fällig.',
  },
  'receivables.plan.sum_mismatch': {
    fr: 'Les échéances totalisent {total} € mais il reste {due} € à payer.',
    nl: 'De termijnen bedragen samen {total} € maar er blijft {due} € te betalen.',
    en: 'The instalments add up to {total} € but {due} € remains due.',
    de: 'Die Raten ergeben {total} €, offen sind aber {due} €.',
  },
  // --- Collection cases ---------------------------------------------------------------------------------
  'receivables.invoice.not_an_invoice': {
    fr: 'Seule une facture peut être suivie en recouvrement, pas une note de crédit.',
    nl: 'Alleen een factuur kan ingevorderd worden, geen creditnota.',
    en: 'Only an invoice can be followed up for collection, not a credit note.',
    de: 'Nur eine Rechnung kann eingefordert werden, keine Gutschrift.',
  },
  'receivables.invoice.nothing_due': {
    fr: 'Il ne reste rien à payer sur cette facture (payée, créditée ou déjà amortie).',
    nl: 'Er blijft niets te betalen op deze factuur (betaald, gecrediteerd of al afgeboekt).',
    en: 'Nothing remains due on this invoice (paid, credited or already written off).',
    de: 'Auf dieser Rechnung ist nichts mehr offen (bezahlt, gutgeschrieben oder bereits abgeschrieben).',
  },
  'receivables.case.exists': {
    fr: 'Cette facture est déjà suivie par le service clients.',
    nl: 'Deze factuur wordt al door de klantendienst opgevolgd.',
    en: 'Client service already follows this invoice.',
    de: 'Der Kundendienst verfolgt diese Rechnung bereits.',
  },
  'receivables.case.cannot_contact': {
    fr: 'Impossible de noter un contact sur ce dossier.',
    nl: 'Er kan geen contact genoteerd worden in dit dossier.',
    en: 'A contact cannot be logged on this case.',
    de: 'Für diesen Fall kann kein Kontakt erfasst werden.',
  },
  'receivables.case.cannot_promise': {
    fr: 'Une promesse de paiement ne peut être notée que sur un dossier ouvert (ni plan, ni litige, ni recouvrement judiciaire).',
    nl: 'Een betalingsbelofte kan enkel genoteerd worden in een open dossier (geen plan, betwisting of gerechtelijke invordering).',
    en: 'A promise to pay can only be recorded on an open case (no plan, dispute or legal recovery).',
    de: 'Ein Zahlungsversprechen kann nur in einem offenen Fall erfasst werden (kein Plan, Streit oder gerichtliche Beitreibung).',
  },
  'receivables.case.cannot_plan': {
    fr: 'Un plan de paiement ne peut pas être établi à ce stade du dossier (litige en cours, plan déjà actif ou dossier clôturé).',
    nl: 'In deze fase van het dossier kan geen afbetalingsplan opgesteld worden (betwisting, plan al actief of dossier afgesloten).',
    en: 'A payment plan cannot be set up at this stage of the case (dispute, plan already active or case closed).',
    de: 'In diesem Stadium kann kein Zahlungsplan erstellt werden (Streit, Plan bereits aktiv oder Fall abgeschlossen).',
  },
  'receivables.case.cannot_dispute': {
    fr: 'Ce dossier ne peut pas passer en litige à ce stade.',
    nl: 'Dit dossier kan in deze fase niet als betwist worden gemarkeerd.',
    en: 'This case cannot be marked as disputed at this stage.',
    de: 'Dieser Fall kann in diesem Stadium nicht als strittig markiert werden.',
  },
  'receivables.case.cannot_resolve': {
    fr: 'Il n’y a pas de litige en cours sur ce dossier.',
    nl: 'Er loopt geen betwisting in dit dossier.',
    en: 'There is no dispute open on this case.',
    de: 'In diesem Fall ist kein Streit offen.',
  },
  'receivables.case.cannot_legal': {
    fr: 'Ce dossier ne peut pas être transmis au recouvrement judiciaire à ce stade (litige en cours ou dossier clôturé).',
    nl: 'Dit dossier kan in deze fase niet naar gerechtelijke invordering (betwisting of dossier afgesloten).',
    en: 'This case cannot go to legal recovery at this stage (dispute open or case closed).',
    de: 'Dieser Fall kann in diesem Stadium nicht an die gerichtliche Beitreibung gehen (Streit offen oder Fall abgeschlossen).',
  },
  'receivables.case.cannot_write_off': {
    fr: 'Ce dossier ne peut pas être amorti à ce stade (litige en cours ou dossier clôturé).',
    nl: 'Dit dossier kan in deze fase niet afgeboekt worden (betwisting of dossier afgesloten).',
    en: 'This case cannot be written off at this stage (dispute open or case closed).',
    de: 'Dieser Fall kann in diesem Stadium nicht abgeschrieben werden (Streit offen oder Fall abgeschlossen).',
  },
  'receivables.promise.date_past': {
    fr: 'La date promise ne peut pas être dans le passé.',
    nl: 'De beloofde datum kan niet in het verleden liggen.',
    en: 'The promised date cannot be in the past.',
    de: 'Das versprochene Datum kann nicht in der Vergangenheit liegen.',
  },
  'receivables.promise.too_far': {
    fr: 'Une promesse de paiement porte sur {max} jours au plus ; au-delà, proposez un plan de paiement.',
    nl: 'Een betalingsbelofte loopt hoogstens {max} dagen; stel daarna een afbetalingsplan voor.',
    en: 'A promise to pay covers at most {max} days; beyond that, set up a payment plan.',
    de: 'Ein Zahlungsversprechen gilt höchstens {max} Tage; darüber hinaus einen Zahlungsplan vereinbaren.',
  },
  'receivables.next_action.past': {
    fr: 'La prochaine action ne peut pas être prévue dans le passé.',
    nl: 'De volgende actie kan niet in het verleden gepland worden.',
    en: 'The next action cannot be planned in the past.',
    de: 'Die nächste Aktion kann nicht in der Vergangenheit geplant werden.',
  },
  'receivables.write_off.reason_required': {
    fr: 'Indiquez pourquoi la créance est perdue (par exemple : faillite du client, avec la date du jugement).',
    nl: 'Geef aan waarom de vordering verloren is (bijvoorbeeld: faillissement van de klant, met de datum van het vonnis).',
    en: 'Say why the debt is lost (for example: the client’s bankruptcy, with the date of the judgment).',
    de: 'Geben Sie an, warum die Forderung verloren ist (zum Beispiel: Konkurs des Kunden, mit dem Datum des Urteils).',
  },
  // --- Reminder run and figures --------------------------------------------------------------------------
  'receivables.run.date_future': {
    fr: 'Les rappels ne peuvent pas être envoyés pour une date future.',
    nl: 'Herinneringen kunnen niet voor een toekomstige datum verstuurd worden.',
    en: 'Reminders cannot be sent for a future date.',
    de: 'Mahnungen können nicht für ein zukünftiges Datum versendet werden.',
  },
  'receivables.figures.range': {
    fr: 'Choisissez une période de 1 à {max} mois, le début avant la fin.',
    nl: 'Kies een periode van 1 tot {max} maanden, het begin vóór het einde.',
    en: 'Choose a period of 1 to {max} months, the start before the end.',
    de: 'Wählen Sie einen Zeitraum von 1 bis {max} Monaten, den Beginn vor dem Ende.',
  },
};
