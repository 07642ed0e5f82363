import type { Catalogue } from '../i18n/languages.ts';

/**
 * Messages of the ledger (`ledger.*`) and of the public salary simulator (`simulator.*`, which shows the
 * payroll engine's lines and needs a few words of its own) in the four languages. Money parameters
 * are decimal strings ("1000.00") followed by the currency code.
 */
export const ledgerMessages: Catalogue = {
  // --- Entries --------------------------------------------------------------------------------------
  'ledger.entry.date_invalid': {
    fr: "La date de l'écriture doit être une date valide (AAAA-MM-JJ).",
    nl: 'De datum van de boeking moet een geldige datum zijn (JJJJ-MM-DD).',
    en: 'The date of the entry must be a valid date (YYYY-MM-DD).',
    de: 'Das Datum der Buchung muss ein gültiges Datum sein (JJJJ-MM-TT).',
  },
  'ledger.entry.idempotency_key_invalid': {
    fr: "La clé d'idempotence doit compter de {min} à {max} caractères.",
    nl: 'De idempotentiesleutel moet {min} tot {max} tekens lang zijn.',
    en: 'The idempotency key must be {min} to {max} characters long.',
    de: 'Der Idempotenzschlüssel muss {min} bis {max} Zeichen lang sein.',
  },
  'ledger.entry.too_few_postings': {
    fr: 'Une écriture compte au moins deux mouvements (un débit et un crédit).',
    nl: 'Een boeking heeft minstens twee boekingsregels (een debet en een credit).',
    en: 'An entry has at least two postings (a debit and a credit).',
    de: 'Eine Buchung hat mindestens zwei Buchungszeilen (Soll und Haben).',
  },
  'ledger.entry.too_many_postings': {
    fr: 'Une écriture compte au plus {max} mouvements.',
    nl: 'Een boeking heeft hoogstens {max} boekingsregels.',
    en: 'An entry has at most {max} postings.',
    de: 'Eine Buchung hat höchstens {max} Buchungszeilen.',
  },
  'ledger.entry.too_large': {
    fr: 'Les montants de cette écriture sont trop grands pour être tenus exactement.',
    nl: 'De bedragen van deze boeking zijn te groot om exact bij te houden.',
    en: 'The amounts of this entry are too large to be kept exactly.',
    de: 'Die Beträge dieser Buchung sind zu groß, um exakt geführt zu werden.',
  },
  'ledger.entry.unbalanced': {
    fr: "L'écriture n'est pas équilibrée en {currency} : les débits dépassent les crédits de {difference} (négatif : l'inverse).",
    nl: 'De boeking is niet in evenwicht in {currency}: het debet overtreft het credit met {difference} (negatief: omgekeerd).',
    en: 'The entry does not balance in {currency}: debits exceed credits by {difference} (negative: the reverse).',
    de: 'Die Buchung ist in {currency} nicht ausgeglichen: das Soll übersteigt das Haben um {difference} (negativ: umgekehrt).',
  },
  'ledger.entry.not_found': {
    fr: "Cette écriture n'existe pas.",
    nl: 'Deze boeking bestaat niet.',
    en: 'This entry does not exist.',
    de: 'Diese Buchung existiert nicht.',
  },
  'ledger.entry.already_reversed': {
    fr: "L'écriture n° {number} a déjà été extournée.",
    nl: 'Boeking nr. {number} werd al tegengeboekt.',
    en: 'Entry no. {number} has already been reversed.',
    de: 'Buchung Nr. {number} wurde bereits storniert.',
  },
  'ledger.entry.reversal_mismatch': {
    fr: "Une extourne reprend chaque mouvement de l'écriture d'origine avec le montant opposé.",
    nl: 'Een tegenboeking herneemt elke boekingsregel van de oorspronkelijke boeking met het tegengestelde bedrag.',
    en: 'A reversal repeats every posting of the original entry with the opposite amount.',
    de: 'Eine Stornobuchung wiederholt jede Buchungszeile der ursprünglichen Buchung mit dem umgekehrten Betrag.',
  },
  'ledger.entry.reversal_before_original': {
    fr: "L'extourne ne peut pas être datée avant l'écriture d'origine ({date}).",
    nl: 'De tegenboeking kan niet vóór de oorspronkelijke boeking ({date}) gedateerd zijn.',
    en: 'The reversal cannot be dated before the original entry ({date}).',
    de: 'Die Stornobuchung kann nicht vor der ursprünglichen Buchung ({date}) datiert sein.',
  },
  'ledger.entry.reversal_description': {
    fr: 'Extourne de l’écriture n° {number} : {description}',
    nl: 'Tegenboeking van boeking nr. {number}: {description}',
    en: 'Reversal of entry no. {number}: {description}',
    de: 'Stornierung der Buchung Nr. {number}: {description}',
  },
  'ledger.idempotency.conflict': {
    fr: "Cette clé d'idempotence a déjà servi pour une autre écriture : utilisez une nouvelle clé.",
    nl: 'Deze idempotentiesleutel werd al voor een andere boeking gebruikt: gebruik een nieuwe sleutel.',
    en: 'This idempotency key was already used for another entry: use a new key.',
    de: 'Dieser Idempotenzschlüssel wurde bereits für eine andere Buchung verwendet: verwenden Sie einen neuen Schlüssel.',
  },
  'ledger.period.invalid': {
    fr: 'La date de début ne peut pas être postérieure à la date de fin.',
    nl: 'De begindatum mag niet na de einddatum liggen.',
    en: 'The start date must not be after the end date.',
    de: 'Das Anfangsdatum darf nicht nach dem Enddatum liegen.',
  },

  // --- Postings -------------------------------------------------------------------------------------
  'ledger.posting.not_integer': {
    fr: 'Le montant doit être un nombre entier de centimes (positif au débit, négatif au crédit).',
    nl: 'Het bedrag moet een geheel aantal cent zijn (positief in het debet, negatief in het credit).',
    en: 'The amount must be a whole number of cents (positive for a debit, negative for a credit).',
    de: 'Der Betrag muss eine ganze Zahl von Cent sein (positiv im Soll, negativ im Haben).',
  },
  'ledger.posting.zero': {
    fr: 'Un mouvement ne peut pas être nul.',
    nl: 'Een boekingsregel kan niet nul zijn.',
    en: 'A posting cannot be zero.',
    de: 'Eine Buchungszeile darf nicht null sein.',
  },
  'ledger.posting.currency_invalid': {
    fr: 'La devise doit être un code ISO à trois lettres (EUR).',
    nl: 'De munt moet een ISO-code van drie letters zijn (EUR).',
    en: 'The currency must be a three-letter ISO code (EUR).',
    de: 'Die Währung muss ein dreistelliger ISO-Code sein (EUR).',
  },
  'ledger.posting.currency_mismatch': {
    fr: 'Le compte {account} est tenu en {currency}.',
    nl: 'Rekening {account} wordt in {currency} gehouden.',
    en: 'Account {account} is kept in {currency}.',
    de: 'Konto {account} wird in {currency} geführt.',
  },

  // --- Accounts -------------------------------------------------------------------------------------
  'ledger.account.unknown': {
    fr: "Ce compte n'existe pas.",
    nl: 'Deze rekening bestaat niet.',
    en: 'This account does not exist.',
    de: 'Dieses Konto existiert nicht.',
  },
  'ledger.account.other_entity': {
    fr: "Le compte {account} n'appartient pas à l'entité {entity}.",
    nl: 'Rekening {account} behoort niet tot de entiteit {entity}.',
    en: 'Account {account} does not belong to the entity {entity}.',
    de: 'Konto {account} gehört nicht zur Einheit {entity}.',
  },
  'ledger.account.insufficient_funds': {
    fr: 'Le compte {account} ne dispose que de {available} {currency} ; ce mouvement demande {needed} {currency}.',
    nl: 'Op rekening {account} is slechts {available} {currency} beschikbaar; deze beweging vraagt {needed} {currency}.',
    en: 'Account {account} has only {available} {currency} available; this movement needs {needed} {currency}.',
    de: 'Auf Konto {account} sind nur {available} {currency} verfügbar; diese Bewegung benötigt {needed} {currency}.',
  },
  'ledger.account.credits_exceed_debits': {
    fr: 'Le compte {account} ne peut pas devenir négatif : {available} {currency} au plus, ce mouvement demande {needed} {currency}.',
    nl: 'Rekening {account} mag niet negatief worden: hoogstens {available} {currency}, deze beweging vraagt {needed} {currency}.',
    en: 'Account {account} cannot go negative: {available} {currency} at most, this movement needs {needed} {currency}.',
    de: 'Konto {account} darf nicht negativ werden: höchstens {available} {currency}, diese Bewegung benötigt {needed} {currency}.',
  },
  'ledger.account.limit_exceeded': {
    fr: 'Un compte de cette écriture dépasserait sa limite : rien n’a été enregistré.',
    nl: 'Een rekening van deze boeking zou haar grens overschrijden: er werd niets geboekt.',
    en: 'An account of this entry would pass its limit: nothing was recorded.',
    de: 'Ein Konto dieser Buchung würde seine Grenze überschreiten: es wurde nichts gebucht.',
  },
  'ledger.account.owner_required': {
    fr: 'Ce type de compte appartient à un titulaire (une Activité, un membre) : indiquez-le.',
    nl: 'Dit soort rekening behoort tot een houder (een Activiteit, een lid): geef die op.',
    en: 'This kind of account belongs to an owner (an Activity, a member): name it.',
    de: 'Diese Kontoart gehört einem Inhaber (einer Aktivität, einem Mitglied): geben Sie ihn an.',
  },
  'ledger.account.owner_not_allowed': {
    fr: "Ce type de compte est unique dans l'entité et n'a pas de titulaire.",
    nl: 'Dit soort rekening is uniek in de entiteit en heeft geen houder.',
    en: 'This kind of account is unique in the entity and has no owner.',
    de: 'Diese Kontoart ist in der Einheit einmalig und hat keinen Inhaber.',
  },
  'ledger.account.owner_type': {
    fr: 'Ce type de titulaire ne convient pas à ce type de compte.',
    nl: 'Dit soort houder past niet bij dit soort rekening.',
    en: 'This kind of owner does not fit this kind of account.',
    de: 'Diese Art von Inhaber passt nicht zu dieser Kontoart.',
  },
  'ledger.account.owner_invalid': {
    fr: 'La référence du titulaire ne peut contenir que des lettres, des chiffres et . _ : -',
    nl: 'De referentie van de houder mag enkel letters, cijfers en . _ : - bevatten.',
    en: 'The owner reference may only contain letters, digits and . _ : -',
    de: 'Die Inhaberreferenz darf nur Buchstaben, Ziffern und . _ : - enthalten.',
  },
  'ledger.account.code_invalid': {
    fr: 'Le code du compte compte 1 à 80 lettres, chiffres ou . _ : -',
    nl: 'De rekeningcode telt 1 tot 80 letters, cijfers of . _ : -',
    en: 'The account code has 1 to 80 letters, digits or . _ : -',
    de: 'Der Kontocode hat 1 bis 80 Buchstaben, Ziffern oder . _ : -',
  },
  'ledger.account.code_taken': {
    fr: "Le code de compte {code} existe déjà dans l'entité.",
    nl: 'De rekeningcode {code} bestaat al in de entiteit.',
    en: 'The account code {code} already exists in the entity.',
    de: 'Der Kontocode {code} existiert in der Einheit bereits.',
  },
  'ledger.account.exists': {
    fr: 'Ce compte existe déjà (code {code}).',
    nl: 'Deze rekening bestaat al (code {code}).',
    en: 'This account already exists (code {code}).',
    de: 'Dieses Konto existiert bereits (Code {code}).',
  },
  'ledger.account.flags_conflict': {
    fr: 'Un compte ne peut pas porter les deux limites à la fois.',
    nl: 'Een rekening kan niet beide grenzen tegelijk hebben.',
    en: 'An account cannot carry both limits at once.',
    de: 'Ein Konto kann nicht beide Grenzen zugleich tragen.',
  },
  'ledger.entity.unknown': {
    fr: "L'entité « {entity} » est inconnue.",
    nl: 'De entiteit "{entity}" is onbekend.',
    en: 'The entity "{entity}" is unknown.',
    de: 'Die Einheit „{entity}“ ist unbekannt.',
  },

  // --- Advances -------------------------------------------------------------------------------------
  'ledger.advance.not_allowed': {
    fr: "Une avance ne s'accorde qu'à un compte qui ne peut pas être à découvert (budget d'Activité, compte Contrat).",
    nl: 'Een voorschot wordt enkel toegekend aan een rekening die niet onder nul mag gaan (Activiteitsbudget, contractrekening).',
    en: 'An advance is only granted to an account that may not be overdrawn (Activity budget, contract account).',
    de: 'Ein Vorschuss wird nur einem Konto gewährt, das nicht überzogen werden darf (Aktivitätsbudget, Vertragskonto).',
  },
  'ledger.advance.period_invalid': {
    fr: "La fin de validité de l'avance ne peut pas précéder son début ni être déjà passée.",
    nl: 'Het einde van de geldigheid van het voorschot mag niet vóór het begin liggen of al voorbij zijn.',
    en: 'The end of the advance cannot be before its start or already past.',
    de: 'Das Ende des Vorschusses darf nicht vor seinem Beginn liegen oder schon vorbei sein.',
  },
  'ledger.advance.not_found': {
    fr: "Cette avance n'existe pas.",
    nl: 'Dit voorschot bestaat niet.',
    en: 'This advance does not exist.',
    de: 'Dieser Vorschuss existiert nicht.',
  },
  'ledger.advance.already_revoked': {
    fr: 'Cette avance a déjà été révoquée.',
    nl: 'Dit voorschot werd al ingetrokken.',
    en: 'This advance has already been revoked.',
    de: 'Dieser Vorschuss wurde bereits widerrufen.',
  },

  // --- Account kinds --------------------------------------------------------------------------------
  'ledger.kind.activity_budget': {
    fr: "Budget d'Activité",
    nl: 'Activiteitsbudget',
    en: 'Activity budget',
    de: 'Aktivitätsbudget',
  },
  'ledger.kind.member_contract': {
    fr: 'Compte Contrat du membre',
    nl: 'Contractrekening van het lid',
    en: "Member's contract account",
    de: 'Vertragskonto des Mitglieds',
  },
  'ledger.kind.client_receivables': {
    fr: 'Créances clients',
    nl: 'Handelsvorderingen op klanten',
    en: 'Client receivables',
    de: 'Forderungen gegenüber Kunden',
  },
  'ledger.kind.vat_payable': {
    fr: 'TVA à payer',
    nl: 'Te betalen btw',
    en: 'VAT payable',
    de: 'Geschuldete MwSt.',
  },
  'ledger.kind.fee_income': {
    fr: 'Produits de la contribution mutualisée',
    nl: 'Opbrengsten van de gemutualiseerde bijdrage',
    en: 'Mutualised fee income',
    de: 'Erträge aus dem gemeinsamen Beitrag',
  },
  'ledger.kind.salary_guarantee_fund': {
    fr: 'Fonds de garantie salariale',
    nl: 'Loonwaarborgfonds',
    en: 'Salary guarantee fund',
    de: 'Lohngarantiefonds',
  },
  'ledger.kind.guarantee_advances': {
    fr: 'Avances en cours du fonds de garantie',
    nl: 'Lopende voorschotten van het waarborgfonds',
    en: 'Guarantee fund advances outstanding',
    de: 'Offene Vorschüsse des Garantiefonds',
  },
  'ledger.kind.internal_loans': {
    fr: 'Prêts internes aux Activités',
    nl: 'Interne leningen aan Activiteiten',
    en: 'Internal loans to Activities',
    de: 'Interne Darlehen an Aktivitäten',
  },
  'ledger.kind.suppliers_payable': {
    fr: 'Fournisseurs à payer',
    nl: 'Te betalen leveranciers',
    en: 'Suppliers payable',
    de: 'Verbindlichkeiten gegenüber Lieferanten',
  },
  'ledger.kind.social_aid_fund': {
    fr: "Fonds d'aide sociale",
    nl: 'Fonds voor sociale hulp',
    en: 'Social aid fund',
    de: 'Sozialhilfefonds',
  },
  'ledger.kind.salaries_payable': {
    fr: 'Rémunérations à payer',
    nl: 'Te betalen bezoldigingen',
    en: 'Salaries payable',
    de: 'Zu zahlende Löhne',
  },
  'ledger.kind.employee_contributions_payable': {
    fr: 'Cotisations sociales personnelles à payer',
    nl: 'Te betalen persoonlijke sociale bijdragen',
    en: 'Employee social contributions payable',
    de: 'Zu zahlende Arbeitnehmerbeiträge zur Sozialversicherung',
  },
  'ledger.kind.employer_contributions_payable': {
    fr: 'Cotisations sociales patronales à payer',
    nl: 'Te betalen werkgeversbijdragen',
    en: 'Employer social contributions payable',
    de: 'Zu zahlende Arbeitgeberbeiträge zur Sozialversicherung',
  },
  'ledger.kind.withholding_tax_payable': {
    fr: 'Précompte professionnel à payer',
    nl: 'Te betalen bedrijfsvoorheffing',
    en: 'Withholding tax payable',
    de: 'Zu zahlender Berufssteuervorabzug',
  },
  'ledger.kind.expenses_payable': {
    fr: 'Frais à rembourser',
    nl: 'Terug te betalen kosten',
    en: 'Expenses payable',
    de: 'Zu erstattende Kosten',
  },
  'ledger.kind.bank': {
    fr: 'Banque',
    nl: 'Bank',
    en: 'Bank',
    de: 'Bank',
  },
  'ledger.kind.share_capital': {
    fr: 'Capital souscrit (parts)',
    nl: 'Geplaatst kapitaal (aandelen)',
    en: 'Share capital',
    de: 'Gezeichnetes Kapital (Anteile)',
  },
  'ledger.kind.suspense': {
    fr: "Compte d'attente",
    nl: 'Wachtrekening',
    en: 'Suspense account',
    de: 'Zwischenkonto',
  },

  // --- Salary simulator -----------------------------------------------------------------------------
  'simulator.share.employer_contributions': {
    fr: 'Cotisations patronales et charges (coût employeur − brut)',
    nl: 'Werkgeversbijdragen en lasten (werkgeverskost − bruto)',
    en: 'Employer contributions and charges (employer cost − gross)',
    de: 'Arbeitgeberbeiträge und Lasten (Arbeitgeberkosten − brutto)',
  },
  'simulator.rounding.half_up': {
    fr: 'arrondi au centime le plus proche (0,5 vers le haut)',
    nl: 'afgerond op de dichtstbijzijnde cent (0,5 naar boven)',
    en: 'rounded to the nearest cent (half up)',
    de: 'auf den nächsten Cent gerundet (0,5 aufwärts)',
  },
  'simulator.rounding.down': {
    fr: 'arrondi au centime inférieur',
    nl: 'afgerond naar de lagere cent',
    en: 'rounded down to the cent',
    de: 'auf den Cent abgerundet',
  },
  'simulator.rounding.up': {
    fr: 'arrondi au centime supérieur',
    nl: 'afgerond naar de hogere cent',
    en: 'rounded up to the cent',
    de: 'auf den Cent aufgerundet',
  },
  'simulator.mode.amount': {
    fr: 'À partir du montant facturé',
    nl: 'Vanaf het gefactureerde bedrag',
    en: 'From the amount invoiced',
    de: 'Ausgehend vom Rechnungsbetrag',
  },
  'simulator.mode.net': {
    fr: 'À partir du net souhaité',
    nl: 'Vanaf het gewenste nettoloon',
    en: 'From the wished net pay',
    de: 'Ausgehend vom gewünschten Nettolohn',
  },
};
