import type { Catalogue, Translated } from '../i18n/languages.ts';

/**
 * Messages the Activity tool's server raises around the rules (an Activity or a document that does not
 * exist, a step only staff take, a file missing...), the labels of its requests and decisions, and one
 * sentence per line of an Activity's history (`activity.event.<action>`).
 */
const t = (fr: string, nl: string, en: string, de: string): Translated => ({ fr, nl, en, de });

const errors: Catalogue = {
  'activity.not_found': t(
    'Cette Activité n’existe pas ou vous n’y avez pas accès.',
    'Deze Activiteit bestaat niet of u hebt er geen toegang toe.',
    'This Activity does not exist or you have no access to it.',
    'Diese Aktivität existiert nicht oder Sie haben keinen Zugang.',
  ),
  'activity.not_active': t(
    'L’Activité n’est pas ouverte : rien ne peut y être vendu, dépensé ni payé.',
    'De Activiteit is niet geopend: er kan niets verkocht, uitgegeven of betaald worden.',
    'The Activity is not open: nothing can be sold, spent or paid in it.',
    'Die Aktivität ist nicht eröffnet: Es kann nichts verkauft, ausgegeben oder bezahlt werden.',
  ),
  'activity.staff_only': t(
    'Seuls les conseillers et les administrateurs de la coopérative peuvent faire cela.',
    'Alleen de adviseurs en de beheerders van de coöperatie kunnen dit doen.',
    'Only the cooperative’s advisers and administrators can do this.',
    'Nur die Beraterinnen, Berater und Verwaltenden der Genossenschaft können das tun.',
  ),
  'activity.participant.no_person': t(
    'Aucun membre n’a cette adresse e-mail.',
    'Geen enkel lid heeft dit e-mailadres.',
    'No member has this e-mail address.',
    'Kein Mitglied hat diese E-Mail-Adresse.',
  ),
  'activity.quote.not_found': t(
    'Ce devis n’existe pas, ou son lien n’est plus valable.',
    'Deze offerte bestaat niet, of de link is niet meer geldig.',
    'This quote does not exist, or its link is no longer valid.',
    'Dieses Angebot existiert nicht, oder sein Link ist nicht mehr gültig.',
  ),
  'activity.quote.not_accepted': t(
    'Le devis {number} n’est pas accepté par le client : il ne peut pas encore être facturé.',
    'Offerte {number} is niet door de klant aanvaard: ze kan nog niet gefactureerd worden.',
    'Quote {number} is not accepted by the client: it cannot be invoiced yet.',
    'Das Angebot {number} wurde vom Kunden nicht angenommen: Es kann noch nicht fakturiert werden.',
  ),
  'activity.file.required': t(
    'Joignez la photo ou le PDF du justificatif.',
    'Voeg de foto of de pdf van het bewijsstuk toe.',
    'Attach the photo or the PDF of the receipt.',
    'Fügen Sie das Foto oder das PDF des Belegs bei.',
  ),
  'activity.purchase.duplicate': t(
    'Cette facture de ce fournisseur a déjà été enregistrée.',
    'Deze factuur van deze leverancier werd al geregistreerd.',
    'This invoice of this supplier was already recorded.',
    'Diese Rechnung dieses Lieferanten wurde bereits erfasst.',
  ),
  'activity.salary.changed': t(
    'Les règles de calcul ont changé depuis la demande : le salaire doit être demandé à nouveau.',
    'De berekeningsregels zijn sinds de aanvraag gewijzigd: het loon moet opnieuw aangevraagd worden.',
    'The computation rules changed since the request: the salary must be requested again.',
    'Die Berechnungsregeln haben sich seit dem Antrag geändert: Der Lohn muss neu beantragt werden.',
  ),
  'activity.cdi.amount_choice': t(
    'Indiquez soit un salaire brut mensuel, soit une estimation des revenus à venir.',
    'Geef ofwel een maandelijks brutoloon, ofwel een raming van de komende inkomsten.',
    'Give either a monthly gross salary or an estimate of the income to come.',
    'Geben Sie entweder einen monatlichen Bruttolohn oder eine Schätzung der künftigen Einnahmen an.',
  ),
  'activity.cdi.start_past': t(
    'Le premier mois payé ne peut pas être passé.',
    'De eerste betaalde maand mag niet in het verleden liggen.',
    'The first month paid cannot be in the past.',
    'Der erste bezahlte Monat darf nicht in der Vergangenheit liegen.',
  ),
  'activity.cdi.already': t(
    'Cette personne a déjà un CDI en cours.',
    'Deze persoon heeft al een lopend contract van onbepaalde duur.',
    'This person already has a permanent contract running.',
    'Diese Person hat bereits einen laufenden unbefristeten Vertrag.',
  ),
  'activity.cdi.end_before_paid': t(
    'La fin doit suivre le premier mois et le dernier mois déjà payé.',
    'Het einde moet na de eerste maand en na de laatst betaalde maand komen.',
    'The end must come after the first month and after the last month already paid.',
    'Das Ende muss nach dem ersten Monat und nach dem zuletzt bezahlten Monat liegen.',
  ),
  'activity.cdi.month_future': t(
    'Ce mois n’a pas encore commencé.',
    'Deze maand is nog niet begonnen.',
    'This month has not started yet.',
    'Dieser Monat hat noch nicht begonnen.',
  ),
  'activity.financing.decided': t(
    'Cette demande de financement a déjà été décidée.',
    'Over deze financieringsaanvraag werd al beslist.',
    'This financing request was already decided.',
    'Über diesen Finanzierungsantrag wurde bereits entschieden.',
  ),
};

const labels: Record<string, Translated> = {
  'activity.subject.expense_claim': t('Note de frais', 'Onkostennota', 'Expense claim', 'Spesenabrechnung'),
  'activity.subject.purchase': t('Achat', 'Aankoop', 'Purchase', 'Einkauf'),
  'activity.subject.salary_request': t('Demande de salaire', 'Loonaanvraag', 'Salary request', 'Lohnantrag'),
  'activity.decision.approved': t('approuvée', 'goedgekeurd', 'approved', 'genehmigt'),
  'activity.decision.refused': t('refusée', 'geweigerd', 'refused', 'abgelehnt'),
  'activity.request.status.submitted': t('En attente', 'In behandeling', 'Waiting', 'Wartend'),
  'activity.request.status.approved': t('Approuvée', 'Goedgekeurd', 'Approved', 'Genehmigt'),
  'activity.request.status.refused': t('Refusée', 'Geweigerd', 'Refused', 'Abgelehnt'),
  'activity.request.status.cancelled': t('Annulée', 'Geannuleerd', 'Cancelled', 'Storniert'),
};

/** One sentence per history line; `{amount}` is the `amountCents` parameter in euros. */
const events: Record<string, Translated> = {
  requested: t('Ouverture demandée', 'Opening aangevraagd', 'Opening requested', 'Eröffnung beantragt'),
  approved: t(
    'Ouverture approuvée, budget ouvert',
    'Opening goedgekeurd, budget geopend',
    'Opening approved, budget opened',
    'Eröffnung genehmigt, Budget eröffnet',
  ),
  refused: t('Ouverture refusée', 'Opening geweigerd', 'Opening refused', 'Eröffnung abgelehnt'),
  closed: t('Activité clôturée', 'Activiteit afgesloten', 'Activity closed', 'Aktivität abgeschlossen'),
  participant_invited: t(
    'Participant ajouté',
    'Deelnemer toegevoegd',
    'Participant added',
    'Teilnehmende Person hinzugefügt',
  ),
  participant_changed: t(
    'Droits d’un participant modifiés',
    'Rechten van een deelnemer gewijzigd',
    'Participant’s rights changed',
    'Rechte einer teilnehmenden Person geändert',
  ),
  participant_removed: t(
    'Participant retiré',
    'Deelnemer verwijderd',
    'Participant removed',
    'Teilnehmende Person entfernt',
  ),
  quote_created: t(
    'Devis {number} rédigé ({amount} € HTVA)',
    'Offerte {number} opgesteld ({amount} € excl. btw)',
    'Quote {number} written (€{amount} excl. VAT)',
    'Angebot {number} erstellt ({amount} € ohne MwSt.)',
  ),
  quote_sent: t(
    'Devis {number} envoyé au client',
    'Offerte {number} naar de klant gestuurd',
    'Quote {number} sent to the client',
    'Angebot {number} an den Kunden gesendet',
  ),
  quote_accepted: t(
    'Devis {number} accepté',
    'Offerte {number} aanvaard',
    'Quote {number} accepted',
    'Angebot {number} angenommen',
  ),
  quote_refused: t(
    'Devis {number} refusé',
    'Offerte {number} geweigerd',
    'Quote {number} refused',
    'Angebot {number} abgelehnt',
  ),
  invoice_issued: t(
    'Facture {number} émise ({amount} € HTVA, {credit} € au budget)',
    'Factuur {number} uitgereikt ({amount} € excl. btw, {credit} € naar het budget)',
    'Invoice {number} issued (€{amount} excl. VAT, €{credit} to the budget)',
    'Rechnung {number} ausgestellt ({amount} € ohne MwSt., {credit} € ins Budget)',
  ),
  credit_note_issued: t(
    'Note de crédit {number} sur la facture {invoice}',
    'Creditnota {number} op factuur {invoice}',
    'Credit note {number} on invoice {invoice}',
    'Gutschrift {number} zur Rechnung {invoice}',
  ),
  expense_claimed: t(
    'Note de frais {reference} introduite ({amount} €)',
    'Onkostennota {reference} ingediend ({amount} €)',
    'Expense claim {reference} submitted (€{amount})',
    'Spesenabrechnung {reference} eingereicht ({amount} €)',
  ),
  purchase_recorded: t(
    'Achat {reference} chez {supplier} ({amount} €)',
    'Aankoop {reference} bij {supplier} ({amount} €)',
    'Purchase {reference} from {supplier} (€{amount})',
    'Einkauf {reference} bei {supplier} ({amount} €)',
  ),
  salary_requested: t(
    'Salaire {reference} demandé (coût {amount} €)',
    'Loon {reference} aangevraagd (kost {amount} €)',
    'Salary {reference} requested (cost €{amount})',
    'Lohn {reference} beantragt (Kosten {amount} €)',
  ),
  expense_claim_step_approved: t(
    'Note de frais {reference} : première approbation',
    'Onkostennota {reference}: eerste goedkeuring',
    'Expense claim {reference}: first approval',
    'Spesenabrechnung {reference}: erste Genehmigung',
  ),
  expense_claim_approved: t(
    'Note de frais {reference} approuvée, remboursement ordonné',
    'Onkostennota {reference} goedgekeurd, terugbetaling opgedragen',
    'Expense claim {reference} approved, refund ordered',
    'Spesenabrechnung {reference} genehmigt, Erstattung angewiesen',
  ),
  expense_claim_refused: t(
    'Note de frais {reference} refusée',
    'Onkostennota {reference} geweigerd',
    'Expense claim {reference} refused',
    'Spesenabrechnung {reference} abgelehnt',
  ),
  purchase_step_approved: t(
    'Achat {reference} : première approbation',
    'Aankoop {reference}: eerste goedkeuring',
    'Purchase {reference}: first approval',
    'Einkauf {reference}: erste Genehmigung',
  ),
  purchase_approved: t(
    'Achat {reference} approuvé, paiement ordonné',
    'Aankoop {reference} goedgekeurd, betaling opgedragen',
    'Purchase {reference} approved, payment ordered',
    'Einkauf {reference} genehmigt, Zahlung angewiesen',
  ),
  purchase_refused: t(
    'Achat {reference} refusé',
    'Aankoop {reference} geweigerd',
    'Purchase {reference} refused',
    'Einkauf {reference} abgelehnt',
  ),
  salary_request_step_approved: t(
    'Salaire {reference} : première approbation',
    'Loon {reference}: eerste goedkeuring',
    'Salary {reference}: first approval',
    'Lohn {reference}: erste Genehmigung',
  ),
  salary_request_approved: t(
    'Salaire {reference} approuvé : contrat de travail et déclaration d’emploi faits',
    'Loon {reference} goedgekeurd: arbeidsovereenkomst en tewerkstellingsaangifte gedaan',
    'Salary {reference} approved: employment contract and employment declaration made',
    'Lohn {reference} genehmigt: Arbeitsvertrag und Beschäftigungsmeldung erstellt',
  ),
  salary_request_refused: t(
    'Salaire {reference} refusé',
    'Loon {reference} geweigerd',
    'Salary {reference} refused',
    'Lohn {reference} abgelehnt',
  ),
  salary_cancelled: t(
    'Salaire {reference} annulé : son coût revient au budget',
    'Loon {reference} geannuleerd: de kost gaat terug naar het budget',
    'Salary {reference} cancelled: its cost goes back to the budget',
    'Lohn {reference} storniert: die Kosten gehen ins Budget zurück',
  ),
  cdi_set_up: t(
    'CDI {reference} mis en place ({gross} € brut par mois)',
    'Contract onbepaalde duur {reference} opgezet ({gross} € bruto per maand)',
    'Permanent contract {reference} set up (€{gross} gross a month)',
    'Unbefristeter Vertrag {reference} eingerichtet ({gross} € brutto im Monat)',
  ),
  cdi_ended: t(
    'CDI terminé à partir de {endMonth}',
    'Contract onbepaalde duur beëindigd vanaf {endMonth}',
    'Permanent contract ended from {endMonth}',
    'Unbefristeter Vertrag beendet ab {endMonth}',
  ),
  cdi_paid: t(
    'Salaire CDI de {month} payé (fiche {payslip}, coût {cost} €)',
    'Loon onbepaalde duur van {month} betaald (loonbrief {payslip}, kost {cost} €)',
    'Permanent contract salary of {month} paid (payslip {payslip}, cost €{cost})',
    'Lohn des unbefristeten Vertrags für {month} bezahlt (Lohnzettel {payslip}, Kosten {cost} €)',
  ),
  financing_requested: t(
    'Financement {reference} demandé ({amount} €)',
    'Financiering {reference} aangevraagd ({amount} €)',
    'Financing {reference} requested (€{amount})',
    'Finanzierung {reference} beantragt ({amount} €)',
  ),
  financing_granted: t(
    'Financement {reference} accordé',
    'Financiering {reference} toegekend',
    'Financing {reference} granted',
    'Finanzierung {reference} gewährt',
  ),
  financing_refused: t(
    'Financement {reference} refusé',
    'Financiering {reference} geweigerd',
    'Financing {reference} refused',
    'Finanzierung {reference} abgelehnt',
  ),
  instalment_paid: t(
    'Mensualité {number} de {reference} prélevée ({amount} €)',
    'Aflossing {number} van {reference} afgehouden ({amount} €)',
    'Instalment {number} of {reference} taken (€{amount})',
    'Rate {number} von {reference} abgebucht ({amount} €)',
  ),
  year_closed: t(
    'Exercice {year} clôturé, {carriedOver} € reportés',
    'Boekjaar {year} afgesloten, {carriedOver} € overgedragen',
    'Year {year} closed, €{carriedOver} carried over',
    'Jahr {year} abgeschlossen, {carriedOver} € übertragen',
  ),
};

export const activityServiceMessages: Catalogue = {
  ...errors,
  ...labels,
  ...Object.fromEntries(Object.entries(events).map(([action, text]) => [`activity.event.${action}`, text])),
};
