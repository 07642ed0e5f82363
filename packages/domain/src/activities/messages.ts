import type { Catalogue, Translated } from '../i18n/languages.ts';
import { ACTIVITY_ACTIONS, ACTIVITY_STATUSES, PARTICIPANT_RIGHTS } from './activity.ts';
import { EXPENSE_CATEGORIES } from './expense.ts';
import { FINANCING_KINDS } from './financing.ts';
import { QUOTE_STATUSES, SCHEDULE_KINDS } from './quote.ts';
import { MOVEMENT_KINDS } from './year-end.ts';
import { activityServiceMessages } from './service-messages.ts';

/**
 * Messages of the Activity tool: every error and alert code its rules raise, in the four languages, and
 * the labels of its statuses, rights, expense categories, quote statuses, invoice kinds of a schedule,
 * financing kinds and statement headings (keys `activity.status.label.<status>`,
 * `activity.action.label.<action>`, `activity.right.label.<right>`, `activity.expense_category.<c>`,
 * `activity.quote.status.label.<status>`, `activity.schedule.kind.<kind>`, `activity.financing.kind.<kind>`,
 * `activity.movement.<kind>`). Codes reused from other catalogues (`field.*`, `payroll.*`, `contract.*`,
 * `gate.*`, `iban.*`) are not repeated here.
 */
const errors: Catalogue = {
  // --- Life cycle, opening, participants ------------------------------------------------------------
  'activity.status.transition': {
    fr: 'Cette action n’est pas possible dans l’état actuel de l’Activité.',
    nl: 'Deze handeling is niet mogelijk in de huidige toestand van de Activiteit.',
    en: 'This action is not possible in the Activity’s current state.',
    de: 'Diese Aktion ist im aktuellen Zustand der Aktivität nicht möglich.',
  },
  'activity.status.actor_forbidden': {
    fr: 'Vous ne pouvez pas faire cette action sur cette Activité.',
    nl: 'U kunt deze handeling op deze Activiteit niet uitvoeren.',
    en: 'You cannot do this on this Activity.',
    de: 'Sie können diese Aktion für diese Aktivität nicht ausführen.',
  },
  'activity.status.final': {
    fr: 'Cette Activité est refusée ou clôturée : elle ne peut plus changer.',
    nl: 'Deze Activiteit is geweigerd of afgesloten: ze kan niet meer veranderen.',
    en: 'This Activity is refused or closed: it can no longer change.',
    de: 'Diese Aktivität wurde abgelehnt oder abgeschlossen: Sie kann nicht mehr geändert werden.',
  },
  'activity.status.reason_required': {
    fr: 'Indiquez la raison du refus.',
    nl: 'Geef de reden van de weigering op.',
    en: 'Give the reason for the refusal.',
    de: 'Geben Sie den Grund für die Ablehnung an.',
  },
  'activity.close.budget_not_empty': {
    fr: 'Le budget de l’Activité n’est pas à zéro ({balance}) : reportez-le, dépensez-le ou transférez-le avant de clôturer.',
    nl: 'Het budget van de Activiteit staat niet op nul ({balance}): draag het over, besteed het of maak het over vóór de afsluiting.',
    en: 'The Activity’s budget is not at zero ({balance}): carry it over, spend it or transfer it before closing.',
    de: 'Das Budget der Aktivität steht nicht auf null ({balance}): Übertragen oder verwenden Sie es vor dem Abschluss.',
  },
  'activity.close.pending_items': {
    fr: 'Il reste {count} élément(s) en cours (devis, notes de frais, salaires, remboursements) : terminez-les avant de clôturer.',
    nl: 'Er lopen nog {count} element(en) (offertes, onkostennota’s, lonen, aflossingen): rond ze af vóór de afsluiting.',
    en: '{count} item(s) are still pending (quotes, expense claims, salaries, repayments): finish them before closing.',
    de: 'Es sind noch {count} Vorgänge offen (Angebote, Spesenabrechnungen, Löhne, Rückzahlungen): Schließen Sie sie vor dem Abschluss ab.',
  },
  'activity.job_family.unknown': {
    fr: 'Choisissez une famille de métiers dans la liste.',
    nl: 'Kies een beroepsfamilie uit de lijst.',
    en: 'Choose a job family from the list.',
    de: 'Wählen Sie eine Berufsfamilie aus der Liste.',
  },
  'activity.entity.not_allowed': {
    fr: 'Cette entité ne peut pas accueillir d’Activité.',
    nl: 'Deze entiteit kan geen Activiteit onderbrengen.',
    en: 'This entity cannot host an Activity.',
    de: 'Diese Einheit kann keine Aktivität aufnehmen.',
  },
  'activity.not_participant': {
    fr: 'Vous ne participez pas à cette Activité.',
    nl: 'U neemt niet deel aan deze Activiteit.',
    en: 'You are not a participant of this Activity.',
    de: 'Sie sind nicht an dieser Aktivität beteiligt.',
  },
  'activity.right.missing': {
    fr: 'Vos droits dans cette Activité ne permettent pas cette action : demandez-les à son administrateur·rice.',
    nl: 'Uw rechten in deze Activiteit laten deze handeling niet toe: vraag ze aan de beheerder.',
    en: 'Your rights in this Activity do not allow this: ask its administrator.',
    de: 'Ihre Rechte in dieser Aktivität erlauben diese Aktion nicht: Wenden Sie sich an die Verwaltung der Aktivität.',
  },
  'activity.right.unknown': {
    fr: 'Droit inconnu : {right}.',
    nl: 'Onbekend recht: {right}.',
    en: 'Unknown right: {right}.',
    de: 'Unbekanntes Recht: {right}.',
  },
  'activity.participant.already': {
    fr: 'Cette personne participe déjà à l’Activité.',
    nl: 'Deze persoon neemt al deel aan de Activiteit.',
    en: 'This person already takes part in the Activity.',
    de: 'Diese Person ist bereits an der Aktivität beteiligt.',
  },
  'activity.participant.unknown': {
    fr: 'Cette personne ne participe pas à l’Activité.',
    nl: 'Deze persoon neemt niet deel aan de Activiteit.',
    en: 'This person does not take part in the Activity.',
    de: 'Diese Person ist nicht an der Aktivität beteiligt.',
  },
  'activity.participant.last_administrator': {
    fr: 'Une Activité garde toujours au moins un·e administrateur·rice.',
    nl: 'Een Activiteit houdt altijd minstens één beheerder.',
    en: 'An Activity always keeps at least one administrator.',
    de: 'Eine Aktivität behält immer mindestens eine Verwaltungsperson.',
  },
  'activity.number.decimals': {
    fr: 'Un nombre positif avec au plus {decimals} décimale(s).',
    nl: 'Een positief getal met hoogstens {decimals} decimaal/decimalen.',
    en: 'A positive number with at most {decimals} decimal(s).',
    de: 'Eine positive Zahl mit höchstens {decimals} Dezimalstelle(n).',
  },
  'activity.amount.invalid': {
    fr: 'Le montant doit être un nombre entier de centimes, différent de zéro.',
    nl: 'Het bedrag moet een geheel aantal cent zijn, verschillend van nul.',
    en: 'The amount must be a whole number of cents, other than zero.',
    de: 'Der Betrag muss eine ganze Zahl von Cent sein, ungleich null.',
  },

  // --- Budget and approvals --------------------------------------------------------------------------
  'activity.budget.insufficient': {
    fr: 'Le budget de l’Activité ne couvre pas cette dépense : il manque {missing} € (disponible : {free} €).',
    nl: 'Het budget van de Activiteit dekt deze uitgave niet: er ontbreekt {missing} € (beschikbaar: {free} €).',
    en: 'The Activity’s budget does not cover this: €{missing} is missing (available: €{free}).',
    de: 'Das Budget der Aktivität deckt diese Ausgabe nicht: Es fehlen {missing} € (verfügbar: {free} €).',
  },
  'activity.approval.closed': {
    fr: 'Cette demande est déjà approuvée ou refusée.',
    nl: 'Deze aanvraag is al goedgekeurd of geweigerd.',
    en: 'This request is already approved or refused.',
    de: 'Dieser Antrag wurde bereits genehmigt oder abgelehnt.',
  },
  'activity.approval.not_allowed': {
    fr: 'Cette étape d’approbation ne vous revient pas.',
    nl: 'Deze goedkeuringsstap komt u niet toe.',
    en: 'This approval step is not yours.',
    de: 'Dieser Genehmigungsschritt steht Ihnen nicht zu.',
  },
  'activity.approval.own_request': {
    fr: 'Vous ne pouvez pas approuver votre propre demande.',
    nl: 'U kunt uw eigen aanvraag niet goedkeuren.',
    en: 'You cannot approve your own request.',
    de: 'Sie können Ihren eigenen Antrag nicht genehmigen.',
  },
  'activity.approval.same_person': {
    fr: 'Vous avez déjà approuvé une étape : l’étape suivante revient à une autre personne.',
    nl: 'U hebt al een stap goedgekeurd: de volgende stap komt een andere persoon toe.',
    en: 'You already approved a step: the next one is for someone else.',
    de: 'Sie haben bereits einen Schritt genehmigt: Der nächste ist Sache einer anderen Person.',
  },
  'activity.approval.reason_required': {
    fr: 'Indiquez la raison du refus.',
    nl: 'Geef de reden van de weigering op.',
    en: 'Give the reason for the refusal.',
    de: 'Geben Sie den Grund für die Ablehnung an.',
  },

  // --- Quotes and invoice schedule -------------------------------------------------------------------
  'activity.quote.lines_required': {
    fr: 'Un devis compte au moins une ligne.',
    nl: 'Een offerte telt minstens één regel.',
    en: 'A quote has at least one line.',
    de: 'Ein Angebot hat mindestens eine Position.',
  },
  'activity.quote.total_zero': {
    fr: 'Le total du devis hors TVA doit être supérieur à zéro.',
    nl: 'Het totaal van de offerte exclusief btw moet groter zijn dan nul.',
    en: 'The quote’s total excluding VAT must be above zero.',
    de: 'Die Summe des Angebots ohne MwSt. muss größer als null sein.',
  },
  'activity.quote.total_too_big': {
    fr: 'Le total du devis hors TVA ne peut pas dépasser {max} €.',
    nl: 'Het totaal van de offerte exclusief btw mag niet hoger zijn dan {max} €.',
    en: 'The quote’s total excluding VAT cannot exceed €{max}.',
    de: 'Die Summe des Angebots ohne MwSt. darf {max} € nicht überschreiten.',
  },
  'activity.quote.valid_until_past': {
    fr: 'La date de validité ne peut pas être antérieure à aujourd’hui ({today}).',
    nl: 'De geldigheidsdatum mag niet vóór vandaag ({today}) liggen.',
    en: 'The validity date cannot be before today ({today}).',
    de: 'Das Gültigkeitsdatum darf nicht vor heute ({today}) liegen.',
  },
  'activity.quote.valid_until_too_far': {
    fr: 'Un devis est valable au plus {max} jours.',
    nl: 'Een offerte is hoogstens {max} dagen geldig.',
    en: 'A quote is valid for {max} days at most.',
    de: 'Ein Angebot gilt höchstens {max} Tage.',
  },
  'activity.quote.transition': {
    fr: 'Cette action n’est pas possible dans l’état actuel du devis.',
    nl: 'Deze handeling is niet mogelijk in de huidige toestand van de offerte.',
    en: 'This action is not possible in the quote’s current state.',
    de: 'Diese Aktion ist im aktuellen Zustand des Angebots nicht möglich.',
  },
  'activity.quote.actor_forbidden': {
    fr: 'Vous ne pouvez pas faire cette action sur ce devis.',
    nl: 'U kunt deze handeling op deze offerte niet uitvoeren.',
    en: 'You cannot do this on this quote.',
    de: 'Sie können diese Aktion für dieses Angebot nicht ausführen.',
  },
  'activity.quote.already_accepted': {
    fr: 'Ce devis a déjà été accepté.',
    nl: 'Deze offerte is al aanvaard.',
    en: 'This quote has already been accepted.',
    de: 'Dieses Angebot wurde bereits angenommen.',
  },
  'activity.quote.expired': {
    fr: 'Ce devis n’est plus valable : il l’était jusqu’au {validUntil}.',
    nl: 'Deze offerte is niet meer geldig: ze was geldig tot {validUntil}.',
    en: 'This quote is no longer valid: it was valid until {validUntil}.',
    de: 'Dieses Angebot ist nicht mehr gültig: Es galt bis zum {validUntil}.',
  },
  'activity.quote.still_valid': {
    fr: 'Ce devis est encore valable jusqu’au {validUntil}.',
    nl: 'Deze offerte is nog geldig tot {validUntil}.',
    en: 'This quote is still valid until {validUntil}.',
    de: 'Dieses Angebot ist noch bis zum {validUntil} gültig.',
  },
  'activity.schedule.share_required': {
    fr: 'Indiquez soit un pourcentage du devis, soit un montant.',
    nl: 'Geef een percentage van de offerte of een bedrag op.',
    en: 'Give either a percentage of the quote or an amount.',
    de: 'Geben Sie entweder einen Prozentsatz des Angebots oder einen Betrag an.',
  },
  'activity.schedule.exceeds': {
    fr: 'Ce montant dépasse ce qui reste à facturer sur le devis ({remaining} € hors TVA).',
    nl: 'Dit bedrag is hoger dan wat nog te factureren blijft op de offerte ({remaining} € excl. btw).',
    en: 'This amount exceeds what remains to invoice on the quote (€{remaining} excl. VAT).',
    de: 'Dieser Betrag übersteigt, was vom Angebot noch zu fakturieren ist ({remaining} € ohne MwSt.).',
  },
  'activity.schedule.deposit_first': {
    fr: 'Une facture d’acompte ne peut être que la première facture du devis.',
    nl: 'Een voorschotfactuur kan alleen de eerste factuur van de offerte zijn.',
    en: 'A deposit invoice can only be the quote’s first invoice.',
    de: 'Eine Anzahlungsrechnung kann nur die erste Rechnung des Angebots sein.',
  },
  'activity.schedule.final_done': {
    fr: 'La facture finale du devis est déjà faite.',
    nl: 'De eindfactuur van de offerte is al gemaakt.',
    en: 'The quote’s final invoice has already been made.',
    de: 'Die Schlussrechnung des Angebots wurde bereits erstellt.',
  },
  'activity.schedule.final_is_rest': {
    fr: 'La facture finale reprend ce qui reste à facturer : n’indiquez ni pourcentage ni montant.',
    nl: 'De eindfactuur neemt wat nog te factureren blijft: geef geen percentage of bedrag op.',
    en: 'The final invoice takes what remains to invoice: give no percentage or amount.',
    de: 'Die Schlussrechnung umfasst den Restbetrag: Geben Sie weder Prozentsatz noch Betrag an.',
  },
  'activity.schedule.nothing_left': {
    fr: 'Tout le devis est déjà facturé.',
    nl: 'De hele offerte is al gefactureerd.',
    en: 'The whole quote has already been invoiced.',
    de: 'Das gesamte Angebot wurde bereits fakturiert.',
  },

  // --- Expenses, receipts, purchases -----------------------------------------------------------------
  'activity.expense.lines_required': {
    fr: 'Une note de frais compte au moins une ligne.',
    nl: 'Een onkostennota telt minstens één regel.',
    en: 'An expense claim has at least one line.',
    de: 'Eine Spesenabrechnung hat mindestens eine Position.',
  },
  'activity.expense.category_unknown': {
    fr: 'Choisissez une catégorie de dépense dans la liste.',
    nl: 'Kies een uitgavencategorie uit de lijst.',
    en: 'Choose an expense category from the list.',
    de: 'Wählen Sie eine Ausgabenkategorie aus der Liste.',
  },
  'activity.expense.vat_too_high': {
    fr: 'La TVA ne peut pas dépasser {max} € sur ce montant (21 % au plus).',
    nl: 'De btw mag op dit bedrag niet hoger zijn dan {max} € (hoogstens 21 %).',
    en: 'The VAT cannot exceed €{max} on this amount (21 % at most).',
    de: 'Die MwSt. darf bei diesem Betrag {max} € nicht überschreiten (höchstens 21 %).',
  },
  'activity.expense.on_assignment_category': {
    fr: 'Seuls les frais de logement et de repas peuvent être marqués « en mission chez un client ».',
    nl: 'Alleen verblijfs- en maaltijdkosten kunnen als "opdracht bij een klant" worden aangeduid.',
    en: 'Only lodging and meal costs can be marked "on assignment for a client".',
    de: 'Nur Unterkunfts- und Verpflegungskosten können als „Einsatz beim Kunden“ markiert werden.',
  },
  'activity.expense.mileage_no_rate': {
    fr: 'Aucune indemnité kilométrique n’est connue pour le {date}.',
    nl: 'Er is geen kilometervergoeding bekend voor {date}.',
    en: 'No mileage allowance is known for {date}.',
    de: 'Für den {date} ist keine Kilometerpauschale bekannt.',
  },
  'activity.expense.total_too_big': {
    fr: 'Le total de la note de frais est trop élevé : partagez-la en plusieurs notes.',
    nl: 'Het totaal van de onkostennota is te hoog: verdeel ze over meerdere nota’s.',
    en: 'The expense claim’s total is too high: split it into several claims.',
    de: 'Die Summe der Spesenabrechnung ist zu hoch: Teilen Sie sie auf mehrere Abrechnungen auf.',
  },
  'activity.receipt.empty': {
    fr: 'Le justificatif est vide.',
    nl: 'Het bewijsstuk is leeg.',
    en: 'The receipt is empty.',
    de: 'Der Beleg ist leer.',
  },
  'activity.receipt.too_large': {
    fr: 'Le justificatif est trop lourd : {max} Mo au plus.',
    nl: 'Het bewijsstuk is te groot: hoogstens {max} MB.',
    en: 'The receipt is too large: {max} MB at most.',
    de: 'Der Beleg ist zu groß: höchstens {max} MB.',
  },
  'activity.receipt.type_not_allowed': {
    fr: 'Le justificatif doit être une photo (JPEG, PNG, WebP) ou un PDF ; reçu : {type}.',
    nl: 'Het bewijsstuk moet een foto (JPEG, PNG, WebP) of een pdf zijn; ontvangen: {type}.',
    en: 'The receipt must be a photo (JPEG, PNG, WebP) or a PDF; received: {type}.',
    de: 'Der Beleg muss ein Foto (JPEG, PNG, WebP) oder ein PDF sein; erhalten: {type}.',
  },
  'activity.receipt.content_mismatch': {
    fr: 'Le contenu du fichier n’est pas un {type} valide : envoyez une photo ou un PDF.',
    nl: 'De inhoud van het bestand is geen geldige {type}: stuur een foto of een pdf.',
    en: 'The file’s content is not a valid {type}: send a photo or a PDF.',
    de: 'Der Inhalt der Datei ist kein gültiges {type}: Senden Sie ein Foto oder ein PDF.',
  },
  'activity.purchase.due_before_invoice': {
    fr: 'L’échéance ne peut pas précéder la date de la facture.',
    nl: 'De vervaldatum kan niet vóór de factuurdatum liggen.',
    en: 'The due date cannot be before the invoice date.',
    de: 'Das Fälligkeitsdatum darf nicht vor dem Rechnungsdatum liegen.',
  },

  // --- Salaries, CDI, financing ----------------------------------------------------------------------
  'activity.salary.amount_choice': {
    fr: 'Indiquez soit le salaire brut, soit le net souhaité (pas les deux).',
    nl: 'Geef het brutoloon of het gewenste nettoloon op (niet beide).',
    en: 'Give either the gross salary or the wished net (not both).',
    de: 'Geben Sie entweder den Bruttolohn oder den gewünschten Nettolohn an (nicht beides).',
  },
  'activity.cdi.estimate_too_low': {
    fr: 'Cette estimation, après contribution et autres frais prévus, ne laisse rien pour un salaire.',
    nl: 'Deze raming laat na bijdrage en andere geplande kosten niets over voor een loon.',
    en: 'After the fee and the other planned costs, this estimate leaves nothing for a salary.',
    de: 'Nach Beitrag und anderen geplanten Kosten lässt diese Schätzung nichts für einen Lohn übrig.',
  },
  'activity.cdi.estimate_below_minimum': {
    fr: 'Cette estimation permet un salaire brut de {gross} € par mois, sous le minimum légal de {minimum} €.',
    nl: 'Deze raming laat een brutoloon van {gross} € per maand toe, onder het wettelijk minimum van {minimum} €.',
    en: 'This estimate allows a gross salary of €{gross} a month, under the legal minimum of €{minimum}.',
    de: 'Diese Schätzung erlaubt einen Bruttolohn von {gross} € im Monat, unter dem gesetzlichen Minimum von {minimum} €.',
  },
  'activity.cdi.reserve_missing': {
    fr: 'Le budget doit garder {months} mois de coût salarial en réserve : il manque {missing} €.',
    nl: 'Het budget moet {months} maanden loonkost als reserve houden: er ontbreekt {missing} €.',
    en: 'The budget must keep {months} months of salary cost in reserve: €{missing} is missing.',
    de: 'Das Budget muss {months} Monate Lohnkosten als Reserve halten: Es fehlen {missing} €.',
  },
  'activity.financing.principal_too_small': {
    fr: 'Le montant est trop faible pour {months} mensualités.',
    nl: 'Het bedrag is te klein voor {months} maandelijkse aflossingen.',
    en: 'The amount is too small for {months} monthly instalments.',
    de: 'Der Betrag ist zu klein für {months} Monatsraten.',
  },
  'activity.financing.first_due_date': {
    fr: 'La première échéance tombe après aujourd’hui et dans les {max} jours.',
    nl: 'De eerste vervaldag valt na vandaag en binnen {max} dagen.',
    en: 'The first instalment falls after today and within {max} days.',
    de: 'Die erste Rate ist nach heute und innerhalb von {max} Tagen fällig.',
  },
  'activity.financing.no_rule': {
    fr: 'Aucune règle de financement interne n’est connue pour le {date}.',
    nl: 'Er is geen regel voor interne financiering bekend voor {date}.',
    en: 'No internal financing rule is known for {date}.',
    de: 'Für den {date} ist keine Regel der internen Finanzierung bekannt.',
  },

  // --- Alerts ----------------------------------------------------------------------------------------
  'activity.alert.budget_negative': {
    fr: 'Le budget libre est négatif ({free} €) ; avance autorisée : {advance} €.',
    nl: 'Het vrije budget is negatief ({free} €); toegestaan voorschot: {advance} €.',
    en: 'The free budget is negative (€{free}); authorised advance: €{advance}.',
    de: 'Das freie Budget ist negativ ({free} €); genehmigter Vorschuss: {advance} €.',
  },
  'activity.alert.budget_under_reserve': {
    fr: 'Le budget libre ({free} €) est sous la réserve de {months} mois de CDI ({reserve} €).',
    nl: 'Het vrije budget ({free} €) ligt onder de reserve van {months} maanden CDI ({reserve} €).',
    en: 'The free budget (€{free}) is under the reserve of {months} months of the permanent contract (€{reserve}).',
    de: 'Das freie Budget ({free} €) liegt unter der Reserve von {months} Monaten des unbefristeten Vertrags ({reserve} €).',
  },
  'activity.alert.cdi_trend': {
    fr: 'Au rythme des 12 derniers mois ({flow} € par mois), le budget passera sous la réserve du CDI dans {months} mois.',
    nl: 'Aan het tempo van de voorbije 12 maanden ({flow} € per maand) zakt het budget over {months} maanden onder de CDI-reserve.',
    en: 'At the pace of the last 12 months (€{flow} a month), the budget will fall under the permanent contract’s reserve in {months} months.',
    de: 'Beim Tempo der letzten 12 Monate ({flow} € pro Monat) fällt das Budget in {months} Monaten unter die Reserve des unbefristeten Vertrags.',
  },
  'activity.alert.unpaid_invoice': {
    fr: 'La facture {number} est impayée depuis {days} jours après son échéance ({due} € dus).',
    nl: 'Factuur {number} is {days} dagen na de vervaldag nog niet betaald ({due} € verschuldigd).',
    en: 'Invoice {number} is unpaid {days} days after its due date (€{due} due).',
    de: 'Rechnung {number} ist {days} Tage nach Fälligkeit unbezahlt ({due} € offen).',
  },
  'activity.alert.expense_waiting': {
    fr: 'Une note de frais attend une approbation depuis {days} jours.',
    nl: 'Een onkostennota wacht al {days} dagen op goedkeuring.',
    en: 'An expense claim has been waiting for approval for {days} days.',
    de: 'Eine Spesenabrechnung wartet seit {days} Tagen auf Genehmigung.',
  },
};

const t = (fr: string, nl: string, en: string, de: string): Translated => ({ fr, nl, en, de });

const statusLabels: Record<(typeof ACTIVITY_STATUSES)[number], Translated> = {
  requested: t('Demandée', 'Aangevraagd', 'Requested', 'Beantragt'),
  approved: t('Approuvée', 'Goedgekeurd', 'Approved', 'Genehmigt'),
  refused: t('Refusée', 'Geweigerd', 'Refused', 'Abgelehnt'),
  active: t('Active', 'Actief', 'Active', 'Aktiv'),
  closed: t('Clôturée', 'Afgesloten', 'Closed', 'Abgeschlossen'),
};

const actionLabels: Record<(typeof ACTIVITY_ACTIONS)[number], Translated> = {
  approve: t('Approuver', 'Goedkeuren', 'Approve', 'Genehmigen'),
  refuse: t('Refuser', 'Weigeren', 'Refuse', 'Ablehnen'),
  activate: t('Activer', 'Activeren', 'Activate', 'Aktivieren'),
  close: t('Clôturer', 'Afsluiten', 'Close', 'Abschließen'),
};

const rightLabels: Record<(typeof PARTICIPANT_RIGHTS)[number], Translated> = {
  sell: t(
    'Vendre (devis, factures)',
    'Verkopen (offertes, facturen)',
    'Sell (quotes, invoices)',
    'Verkaufen (Angebote, Rechnungen)',
  ),
  spend: t(
    'Dépenser (frais, achats)',
    'Uitgeven (onkosten, aankopen)',
    'Spend (expenses, purchases)',
    'Ausgeben (Spesen, Einkäufe)',
  ),
  request_salary: t('Demander un salaire', 'Een loon aanvragen', 'Request a salary', 'Lohn beantragen'),
  manage: t('Gérer l’Activité', 'De Activiteit beheren', 'Manage the Activity', 'Die Aktivität verwalten'),
};

const categoryLabels: Record<(typeof EXPENSE_CATEGORIES)[number], Translated> = {
  travel: t(
    'Transport (train, bus, taxi, avion)',
    'Vervoer (trein, bus, taxi, vliegtuig)',
    'Travel (train, bus, taxi, plane)',
    'Reisen (Bahn, Bus, Taxi, Flugzeug)',
  ),
  car: t(
    'Voiture (carburant, parking, péage, entretien)',
    'Auto (brandstof, parking, tol, onderhoud)',
    'Car (fuel, parking, tolls, upkeep)',
    'Auto (Kraftstoff, Parken, Maut, Wartung)',
  ),
  accommodation: t('Logement', 'Verblijf', 'Lodging', 'Unterkunft'),
  meals: t('Repas et boissons', 'Maaltijden en dranken', 'Meals and drinks', 'Mahlzeiten und Getränke'),
  reception: t('Frais de réception', 'Receptiekosten', 'Reception costs', 'Bewirtungskosten'),
  supplies: t('Fournitures', 'Benodigdheden', 'Supplies', 'Verbrauchsmaterial'),
  equipment: t('Matériel', 'Materiaal', 'Equipment', 'Ausrüstung'),
  services: t('Services', 'Diensten', 'Services', 'Dienstleistungen'),
  telecom: t('Téléphone et internet', 'Telefoon en internet', 'Phone and internet', 'Telefon und Internet'),
  training: t('Formation', 'Opleiding', 'Training', 'Weiterbildung'),
  other: t('Autre', 'Andere', 'Other', 'Sonstiges'),
};

const quoteStatusLabels: Record<(typeof QUOTE_STATUSES)[number], Translated> = {
  draft: t('Brouillon', 'Ontwerp', 'Draft', 'Entwurf'),
  sent: t('Envoyé', 'Verzonden', 'Sent', 'Versendet'),
  accepted: t('Accepté', 'Aanvaard', 'Accepted', 'Angenommen'),
  refused: t('Refusé', 'Geweigerd', 'Refused', 'Abgelehnt'),
  expired: t('Expiré', 'Vervallen', 'Expired', 'Abgelaufen'),
};

const scheduleKindLabels: Record<(typeof SCHEDULE_KINDS)[number], Translated> = {
  deposit: t('Facture d’acompte', 'Voorschotfactuur', 'Deposit invoice', 'Anzahlungsrechnung'),
  intermediate: t(
    'Facture intermédiaire',
    'Tussentijdse factuur',
    'Intermediate invoice',
    'Abschlagsrechnung',
  ),
  final: t('Facture finale', 'Eindfactuur', 'Final invoice', 'Schlussrechnung'),
};

const financingLabels: Record<(typeof FINANCING_KINDS)[number], Translated> = {
  loan: t('Prêt interne à 0 %', 'Interne lening aan 0 %', 'Internal 0 % loan', 'Internes Darlehen zu 0 %'),
  equipment: t(
    'Financement de matériel',
    'Financiering van materiaal',
    'Equipment financing',
    'Ausrüstungsfinanzierung',
  ),
};

const movementLabels: Record<(typeof MOVEMENT_KINDS)[number], Translated> = {
  sale: t('Ventes hors TVA', 'Verkopen excl. btw', 'Sales excl. VAT', 'Umsatz ohne MwSt.'),
  fee: t('Contribution mutualisée', 'Gemeenschappelijke bijdrage', 'Mutualised fee', 'Gemeinschaftsbeitrag'),
  salary: t(
    'Salaires (budget emploi)',
    'Lonen (werkgelegenheidsbudget)',
    'Salaries (employment budget)',
    'Löhne (Beschäftigungsbudget)',
  ),
  expense: t('Notes de frais', 'Onkostennota’s', 'Expense claims', 'Spesenabrechnungen'),
  purchase: t('Achats', 'Aankopen', 'Purchases', 'Einkäufe'),
  investment: t('Investissements', 'Investeringen', 'Investments', 'Investitionen'),
  loan_received: t('Prêts reçus', 'Ontvangen leningen', 'Loans received', 'Erhaltene Darlehen'),
  loan_repayment: t(
    'Remboursements de prêts',
    'Aflossingen van leningen',
    'Loan repayments',
    'Darlehensrückzahlungen',
  ),
  financing_fee: t('Frais de dossier', 'Dossierkosten', 'Arrangement fees', 'Bearbeitungsgebühren'),
  adjustment: t(
    'Transferts et corrections',
    'Overdrachten en correcties',
    'Transfers and corrections',
    'Übertragungen und Korrekturen',
  ),
};

function prefixed(prefix: string, labels: Record<string, Translated>): Catalogue {
  return Object.fromEntries(Object.entries(labels).map(([key, text]) => [`${prefix}${key}`, text]));
}

export const activityMessages: Catalogue = {
  ...errors,
  ...activityServiceMessages,
  ...prefixed('activity.status.label.', statusLabels),
  ...prefixed('activity.action.label.', actionLabels),
  ...prefixed('activity.right.label.', rightLabels),
  ...prefixed('activity.expense_category.', categoryLabels),
  ...prefixed('activity.quote.status.label.', quoteStatusLabels),
  ...prefixed('activity.schedule.kind.', scheduleKindLabels),
  ...prefixed('activity.financing.kind.', financingLabels),
  ...prefixed('activity.movement.', movementLabels),
};
