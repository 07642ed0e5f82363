import type { Catalogue } from '../i18n/languages.ts';

/**
 * Messages of the payroll engine in the four interface languages: every error code it raises and the
 * label of every result line (`payroll.line.*`). Money parameters are decimal strings in euros
 * ("1000.00"), rates are percentages ("11.11").
 */
export const payrollMessages: Catalogue = {
  // --- Errors: who and what -------------------------------------------------------------------------
  'payroll.entity.unknown': {
    fr: "L'entité « {entity} » est inconnue.",
    nl: 'De entiteit "{entity}" is onbekend.',
    en: 'The entity "{entity}" is unknown.',
    de: 'Die Einheit „{entity}“ ist unbekannt.',
  },
  'payroll.entity.unsupported_country': {
    fr: "Le calcul des salaires de l'entité {entity} ({country}) n'est pas encore pris en charge.",
    nl: 'De loonberekening van de entiteit {entity} ({country}) wordt nog niet ondersteund.',
    en: 'Payroll for the entity {entity} ({country}) is not supported yet.',
    de: 'Die Lohnberechnung für die Einheit {entity} ({country}) wird noch nicht unterstützt.',
  },
  'payroll.contract_type.unknown': {
    fr: 'Le type de contrat « {contractType} » est inconnu.',
    nl: 'Het type contract "{contractType}" is onbekend.',
    en: 'The contract type "{contractType}" is unknown.',
    de: 'Die Vertragsart „{contractType}“ ist unbekannt.',
  },
  'payroll.contract_type.not_allowed': {
    fr: "Le type de contrat « {contractType} » n'est pas possible chez {entity}.",
    nl: 'Het type contract "{contractType}" is niet mogelijk bij {entity}.',
    en: 'The contract type "{contractType}" is not available at {entity}.',
    de: 'Die Vertragsart „{contractType}“ ist bei {entity} nicht möglich.',
  },
  'payroll.client_kind.unknown': {
    fr: 'Le type de personne « {clientKind} » est inconnu : choisissez une personne physique ou morale.',
    nl: 'Het soort persoon "{clientKind}" is onbekend: kies een natuurlijke persoon of een rechtspersoon.',
    en: 'The kind of person "{clientKind}" is unknown: choose a natural or a legal person.',
    de: 'Die Personenart „{clientKind}“ ist unbekannt: wählen Sie eine natürliche oder juristische Person.',
  },
  'payroll.date.invalid': {
    fr: 'La date de la prestation doit être une date valide (AAAA-MM-JJ).',
    nl: 'De datum van de prestatie moet een geldige datum zijn (JJJJ-MM-DD).',
    en: 'The date of the work must be a valid date (YYYY-MM-DD).',
    de: 'Das Datum der Leistung muss ein gültiges Datum sein (JJJJ-MM-TT).',
  },
  'payroll.date.no_rule': {
    fr: "Aucune règle « {rule} » n'est connue pour la date de la prestation ({date}).",
    nl: 'Er is geen regel "{rule}" bekend voor de datum van de prestatie ({date}).',
    en: 'No "{rule}" rule is known for the date of the work ({date}).',
    de: 'Für das Datum der Leistung ({date}) ist keine Regel „{rule}“ bekannt.',
  },

  // --- Errors: amounts ------------------------------------------------------------------------------
  'payroll.amount.not_integer': {
    fr: 'Le montant facturé hors TVA doit être un montant en euros avec au plus deux décimales.',
    nl: 'Het gefactureerde bedrag excl. btw moet een bedrag in euro zijn met hoogstens twee decimalen.',
    en: 'The amount invoiced excluding VAT must be an amount in euros with at most two decimals.',
    de: 'Der in Rechnung gestellte Betrag ohne MwSt. muss ein Eurobetrag mit höchstens zwei Dezimalstellen sein.',
  },
  'payroll.amount.min': {
    fr: "Le montant facturé hors TVA doit être d'au moins {min} €.",
    nl: 'Het gefactureerde bedrag excl. btw moet minstens {min} € zijn.',
    en: 'The amount invoiced excluding VAT must be at least {min} €.',
    de: 'Der in Rechnung gestellte Betrag ohne MwSt. muss mindestens {min} € betragen.',
  },
  'payroll.amount.max': {
    fr: 'Le montant facturé hors TVA ne peut pas dépasser {max} €.',
    nl: 'Het gefactureerde bedrag excl. btw mag niet hoger zijn dan {max} €.',
    en: 'The amount invoiced excluding VAT cannot exceed {max} €.',
    de: 'Der in Rechnung gestellte Betrag ohne MwSt. darf {max} € nicht überschreiten.',
  },
  'payroll.expenses.not_integer': {
    fr: 'Les frais remboursés doivent être un montant en euros avec au plus deux décimales.',
    nl: 'De terugbetaalde kosten moeten een bedrag in euro zijn met hoogstens twee decimalen.',
    en: 'The expenses reimbursed must be an amount in euros with at most two decimals.',
    de: 'Die erstatteten Kosten müssen ein Eurobetrag mit höchstens zwei Dezimalstellen sein.',
  },
  'payroll.expenses.min': {
    fr: 'Les frais remboursés ne peuvent pas être négatifs (au moins {min} €).',
    nl: 'De terugbetaalde kosten kunnen niet negatief zijn (minstens {min} €).',
    en: 'The expenses reimbursed cannot be negative (at least {min} €).',
    de: 'Die erstatteten Kosten dürfen nicht negativ sein (mindestens {min} €).',
  },
  'payroll.expenses.max': {
    fr: 'Les frais remboursés ne peuvent pas dépasser {max} € (le montant facturé moins la contribution mutualisée).',
    nl: 'De terugbetaalde kosten mogen niet hoger zijn dan {max} € (het gefactureerde bedrag min de gemutualiseerde bijdrage).',
    en: 'The expenses reimbursed cannot exceed {max} € (the amount invoiced minus the mutualised fee).',
    de: 'Die erstatteten Kosten dürfen {max} € nicht überschreiten (Rechnungsbetrag abzüglich des gemeinsamen Beitrags).',
  },
  'payroll.net.not_integer': {
    fr: 'Le salaire net souhaité doit être un montant en euros avec au plus deux décimales.',
    nl: 'Het gewenste nettoloon moet een bedrag in euro zijn met hoogstens twee decimalen.',
    en: 'The wished net pay must be an amount in euros with at most two decimals.',
    de: 'Der gewünschte Nettolohn muss ein Eurobetrag mit höchstens zwei Dezimalstellen sein.',
  },
  'payroll.net.min': {
    fr: "Le salaire net souhaité doit être d'au moins {min} €.",
    nl: 'Het gewenste nettoloon moet minstens {min} € zijn.',
    en: 'The wished net pay must be at least {min} €.',
    de: 'Der gewünschte Nettolohn muss mindestens {min} € betragen.',
  },
  'payroll.net.unreachable': {
    fr: 'Ce salaire net ne peut pas être atteint : au plus {maximum} € net avec ces paramètres.',
    nl: 'Dit nettoloon kan niet bereikt worden: hoogstens {maximum} € netto met deze parameters.',
    en: 'This net pay cannot be reached: at most {maximum} € net with these settings.',
    de: 'Dieser Nettolohn ist nicht erreichbar: höchstens {maximum} € netto mit diesen Angaben.',
  },
  'payroll.gross.below_minimum': {
    fr: 'Le salaire brut ({gross} €) est inférieur au minimum légal de {minimum} € pour {days} jour(s), {hours} heure(s) : augmentez le montant facturé.',
    nl: 'Het brutoloon ({gross} €) ligt onder het wettelijk minimum van {minimum} € voor {days} dag(en), {hours} uur: verhoog het gefactureerde bedrag.',
    en: 'The gross pay ({gross} €) is below the legal minimum of {minimum} € for {days} day(s), {hours} hour(s): raise the amount invoiced.',
    de: 'Der Bruttolohn ({gross} €) liegt unter dem gesetzlichen Mindestlohn von {minimum} € für {days} Tag(e), {hours} Stunde(n): erhöhen Sie den Rechnungsbetrag.',
  },

  // --- Errors: time ---------------------------------------------------------------------------------
  'payroll.days.not_integer': {
    fr: 'Le nombre de jours prestés doit être un nombre entier.',
    nl: 'Het aantal gewerkte dagen moet een geheel getal zijn.',
    en: 'The number of days worked must be a whole number.',
    de: 'Die Anzahl der Arbeitstage muss eine ganze Zahl sein.',
  },
  'payroll.days.min': {
    fr: "Le nombre de jours prestés doit être d'au moins {min}.",
    nl: 'Het aantal gewerkte dagen moet minstens {min} zijn.',
    en: 'The number of days worked must be at least {min}.',
    de: 'Die Anzahl der Arbeitstage muss mindestens {min} betragen.',
  },
  'payroll.days.max': {
    fr: 'Le nombre de jours prestés ne peut pas dépasser {max} (un contrat dure au plus un mois).',
    nl: 'Het aantal gewerkte dagen mag niet hoger zijn dan {max} (een contract duurt hoogstens een maand).',
    en: 'The number of days worked cannot exceed {max} (a contract lasts one month at most).',
    de: 'Die Anzahl der Arbeitstage darf {max} nicht überschreiten (ein Vertrag dauert höchstens einen Monat).',
  },
  'payroll.hours.invalid': {
    fr: "Le nombre d'heures prestées doit être un nombre positif avec au plus deux décimales.",
    nl: 'Het aantal gewerkte uren moet een positief getal zijn met hoogstens twee decimalen.',
    en: 'The number of hours worked must be a positive number with at most two decimals.',
    de: 'Die Anzahl der Arbeitsstunden muss eine positive Zahl mit höchstens zwei Dezimalstellen sein.',
  },
  'payroll.hours.max': {
    fr: "Le nombre d'heures prestées ne peut pas dépasser {max} pour ces jours.",
    nl: 'Het aantal gewerkte uren mag voor deze dagen niet hoger zijn dan {max}.',
    en: 'The number of hours worked cannot exceed {max} for these days.',
    de: 'Die Anzahl der Arbeitsstunden darf für diese Tage {max} nicht überschreiten.',
  },
  'payroll.student.hours_used.invalid': {
    fr: "Les heures d'étudiant déjà prestées cette année doivent être un nombre positif ou nul, avec au plus deux décimales.",
    nl: 'De dit jaar al gewerkte studentenuren moeten een positief getal of nul zijn, met hoogstens twee decimalen.',
    en: 'The student hours already worked this year must be zero or a positive number with at most two decimals.',
    de: 'Die in diesem Jahr bereits geleisteten Studentenstunden müssen null oder eine positive Zahl mit höchstens zwei Dezimalstellen sein.',
  },
  'payroll.student.quota_exceeded': {
    fr: 'Ce contrat de {hours} heure(s) dépasse le contingent étudiant de {quota} heures par an : il reste {remaining} heure(s) cette année.',
    nl: 'Dit contract van {hours} uur overschrijdt het studentencontingent van {quota} uur per jaar: er blijft dit jaar nog {remaining} uur over.',
    en: 'This contract of {hours} hour(s) exceeds the student quota of {quota} hours a year: {remaining} hour(s) remain this year.',
    de: 'Dieser Vertrag über {hours} Stunde(n) überschreitet das Studentenkontingent von {quota} Stunden pro Jahr: in diesem Jahr bleiben {remaining} Stunde(n).',
  },

  // --- Errors: withholding tax ---------------------------------------------------------------------
  'payroll.withholding.not_integer': {
    fr: 'Le taux de précompte professionnel doit être un pourcentage avec au plus deux décimales.',
    nl: 'Het percentage bedrijfsvoorheffing moet een percentage zijn met hoogstens twee decimalen.',
    en: 'The withholding tax rate must be a percentage with at most two decimals.',
    de: 'Der Satz des Steuerabzugs muss ein Prozentsatz mit höchstens zwei Dezimalstellen sein.',
  },
  'payroll.withholding.min': {
    fr: "Le taux de précompte professionnel doit être d'au moins {min} %.",
    nl: 'Het percentage bedrijfsvoorheffing moet minstens {min} % zijn.',
    en: 'The withholding tax rate must be at least {min} %.',
    de: 'Der Satz des Steuerabzugs muss mindestens {min} % betragen.',
  },
  'payroll.withholding.max': {
    fr: 'Le taux de précompte professionnel ne peut pas dépasser {max} %.',
    nl: 'Het percentage bedrijfsvoorheffing mag niet hoger zijn dan {max} %.',
    en: 'The withholding tax rate cannot exceed {max} %.',
    de: 'Der Satz des Steuerabzugs darf {max} % nicht überschreiten.',
  },

  // --- Errors: permanent contract (CDI) -------------------------------------------------------------
  'payroll.monthly_gross.not_integer': {
    fr: 'Le salaire brut mensuel doit être un montant en euros avec au plus deux décimales.',
    nl: 'Het bruto maandloon moet een bedrag in euro zijn met hoogstens twee decimalen.',
    en: 'The monthly gross pay must be an amount in euros with at most two decimals.',
    de: 'Der monatliche Bruttolohn muss ein Eurobetrag mit höchstens zwei Dezimalstellen sein.',
  },
  'payroll.monthly_gross.min': {
    fr: "Le salaire brut mensuel doit être d'au moins {min} €.",
    nl: 'Het bruto maandloon moet minstens {min} € zijn.',
    en: 'The monthly gross pay must be at least {min} €.',
    de: 'Der monatliche Bruttolohn muss mindestens {min} € betragen.',
  },
  'payroll.monthly_gross.max': {
    fr: 'Le salaire brut mensuel ne peut pas dépasser {max} €.',
    nl: 'Het bruto maandloon mag niet hoger zijn dan {max} €.',
    en: 'The monthly gross pay cannot exceed {max} €.',
    de: 'Der monatliche Bruttolohn darf {max} € nicht überschreiten.',
  },
  'payroll.monthly_gross.below_minimum': {
    fr: 'Le salaire brut mensuel est inférieur au revenu minimum mensuel moyen garanti de {minimum} € pour ce temps de travail.',
    nl: 'Het bruto maandloon ligt onder het gewaarborgd gemiddeld minimum maandinkomen van {minimum} € voor deze arbeidsduur.',
    en: 'The monthly gross pay is below the guaranteed average minimum monthly income of {minimum} € for this working time.',
    de: 'Der monatliche Bruttolohn liegt unter dem garantierten durchschnittlichen monatlichen Mindesteinkommen von {minimum} € für diese Arbeitszeit.',
  },
  'payroll.monthly_taxable.invalid': {
    fr: 'La rémunération mensuelle imposable doit être un montant positif en euros avec au plus deux décimales.',
    nl: 'Het belastbaar maandloon moet een positief bedrag in euro zijn met hoogstens twee decimalen.',
    en: 'The monthly taxable pay must be a positive amount in euros with at most two decimals.',
    de: 'Das steuerpflichtige Monatsentgelt muss ein positiver Eurobetrag mit höchstens zwei Dezimalstellen sein.',
  },
  'payroll.work_time.invalid': {
    fr: 'Le temps de travail doit être compris entre {min} % et {max} % d’un temps plein.',
    nl: 'De arbeidsduur moet tussen {min} % en {max} % van een voltijdse betrekking liggen.',
    en: 'The working time must be between {min} % and {max} % of full time.',
    de: 'Die Arbeitszeit muss zwischen {min} % und {max} % einer Vollzeitstelle liegen.',
  },

  // --- Result lines ---------------------------------------------------------------------------------
  'payroll.line.amount_excl_vat': {
    fr: 'Montant facturé hors TVA',
    nl: 'Gefactureerd bedrag excl. btw',
    en: 'Amount invoiced excluding VAT',
    de: 'Rechnungsbetrag ohne MwSt.',
  },
  'payroll.line.fee': {
    fr: 'Contribution mutualisée',
    nl: 'Gemutualiseerde bijdrage',
    en: 'Mutualised fee',
    de: 'Gemeinsamer Beitrag',
  },
  'payroll.line.expenses': {
    fr: 'Frais remboursés (hors salaire)',
    nl: 'Terugbetaalde kosten (buiten het loon)',
    en: 'Expenses reimbursed (outside the salary)',
    de: 'Erstattete Kosten (außerhalb des Lohns)',
  },
  'payroll.line.employment_budget': {
    fr: "Budget disponible pour l'emploi",
    nl: 'Beschikbaar budget voor de tewerkstelling',
    en: 'Budget available for the employment',
    de: 'Verfügbares Budget für die Beschäftigung',
  },
  'payroll.line.gross': {
    fr: 'Salaire brut',
    nl: 'Brutoloon',
    en: 'Gross pay',
    de: 'Bruttolohn',
  },
  'payroll.line.employer_cost': {
    fr: 'Coût employeur (budget emploi)',
    nl: 'Werkgeverskost (tewerkstellingsbudget)',
    en: 'Employer cost (employment budget used)',
    de: 'Arbeitgeberkosten (Beschäftigungsbudget)',
  },
  'payroll.line.remainder': {
    fr: 'Reliquat d’arrondi',
    nl: 'Afrondingssaldo',
    en: 'Rounding remainder',
    de: 'Rundungsrest',
  },
  'payroll.line.minimum_gross': {
    fr: 'Salaire brut minimum légal pour la période',
    nl: 'Wettelijk minimum brutoloon voor de periode',
    en: 'Legal minimum gross pay for the period',
    de: 'Gesetzlicher Mindestbruttolohn für den Zeitraum',
  },
  'payroll.line.employee_contribution': {
    fr: 'Cotisation personnelle de sécurité sociale (ONSS)',
    nl: 'Persoonlijke socialezekerheidsbijdrage (RSZ)',
    en: 'Employee social security contribution (ONSS)',
    de: 'Arbeitnehmerbeitrag zur sozialen Sicherheit (LSS)',
  },
  'payroll.line.student_solidarity': {
    fr: 'Cotisation de solidarité étudiant',
    nl: 'Solidariteitsbijdrage student',
    en: 'Student solidarity contribution',
    de: 'Solidaritätsbeitrag Studierende',
  },
  'payroll.line.taxable': {
    fr: 'Rémunération imposable',
    nl: 'Belastbaar loon',
    en: 'Taxable pay',
    de: 'Steuerpflichtiges Entgelt',
  },
  'payroll.line.withholding': {
    fr: 'Précompte professionnel',
    nl: 'Bedrijfsvoorheffing',
    en: 'Withholding tax',
    de: 'Berufssteuervorabzug',
  },
  'payroll.line.net': {
    fr: 'Salaire net',
    nl: 'Nettoloon',
    en: 'Net pay',
    de: 'Nettolohn',
  },
  'payroll.line.kf.annual_taxable': {
    fr: 'Rémunération annuelle brute imposable',
    nl: 'Jaarlijks bruto belastbaar loon',
    en: 'Annual gross taxable pay',
    de: 'Jährliches steuerpflichtiges Bruttoentgelt',
  },
  'payroll.line.kf.professional_expenses': {
    fr: 'Frais professionnels forfaitaires',
    nl: 'Forfaitaire beroepskosten',
    en: 'Flat-rate professional expenses',
    de: 'Pauschale Werbungskosten',
  },
  'payroll.line.kf.net_taxable': {
    fr: 'Rémunération annuelle nette imposable',
    nl: 'Jaarlijks netto belastbaar loon',
    en: 'Annual net taxable pay',
    de: 'Jährliches steuerpflichtiges Nettoentgelt',
  },
  'payroll.line.kf.basic_tax': {
    fr: 'Impôt de base (barème)',
    nl: 'Basisbelasting (schaal)',
    en: 'Basic tax (scale)',
    de: 'Grundsteuer (Tarif)',
  },
  'payroll.line.kf.tax_free_reduction': {
    fr: "Réduction pour la quotité exemptée d'impôt",
    nl: 'Vermindering voor de belastingvrije som',
    en: 'Reduction for the tax-free allowance',
    de: 'Ermäßigung für den steuerfreien Betrag',
  },
  'payroll.line.kf.annual_tax': {
    fr: 'Impôt annuel',
    nl: 'Jaarlijkse belasting',
    en: 'Annual tax',
    de: 'Jahressteuer',
  },

  // --- Contract types -------------------------------------------------------------------------------
  'payroll.contract_type.label.employee': {
    fr: 'Employé',
    nl: 'Bediende',
    en: 'Employee',
    de: 'Angestellte(r)',
  },
  'payroll.contract_type.label.artistic_employee': {
    fr: 'Employé (prestations artistiques)',
    nl: 'Bediende (artistieke prestaties)',
    en: 'Employee (artistic work)',
    de: 'Angestellte(r) (künstlerische Leistungen)',
  },
  'payroll.contract_type.label.student': {
    fr: 'Étudiant',
    nl: 'Student',
    en: 'Student',
    de: 'Student(in)',
  },
  'payroll.contract_type.label.interim': {
    fr: 'Intérimaire',
    nl: 'Uitzendkracht',
    en: 'Temporary agency worker',
    de: 'Leiharbeitnehmer(in)',
  },
  'payroll.contract_type.label.trainer': {
    fr: 'Formateur',
    nl: 'Opleider',
    en: 'Trainer',
    de: 'Ausbilder(in)',
  },
};
