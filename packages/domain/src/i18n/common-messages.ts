import type { Catalogue } from './languages.ts';

/** Generic messages: validation of any field, access, conflicts. */
export const commonMessages: Catalogue = {
  validation: {
    fr: 'Certains champs ne sont pas valides.',
    nl: 'Sommige velden zijn niet geldig.',
    en: 'Some fields are not valid.',
    de: 'Einige Felder sind ungültig.',
  },
  'field.required': {
    fr: 'Ce champ est obligatoire.',
    nl: 'Dit veld is verplicht.',
    en: 'This field is required.',
    de: 'Dieses Feld ist erforderlich.',
  },
  'field.invalid': {
    fr: "Cette valeur n'est pas valide.",
    nl: 'Deze waarde is niet geldig.',
    en: 'This value is not valid.',
    de: 'Dieser Wert ist ungültig.',
  },
  'field.too_short': {
    fr: 'Au moins {min} caractères.',
    nl: 'Minstens {min} tekens.',
    en: 'At least {min} characters.',
    de: 'Mindestens {min} Zeichen.',
  },
  'field.too_long': {
    fr: 'Au plus {max} caractères.',
    nl: 'Hoogstens {max} tekens.',
    en: 'At most {max} characters.',
    de: 'Höchstens {max} Zeichen.',
  },
  'field.too_small': {
    fr: 'La valeur doit être au moins {min}.',
    nl: 'De waarde moet minstens {min} zijn.',
    en: 'The value must be at least {min}.',
    de: 'Der Wert muss mindestens {min} sein.',
  },
  'field.too_big': {
    fr: 'La valeur doit être au plus {max}.',
    nl: 'De waarde mag hoogstens {max} zijn.',
    en: 'The value must be at most {max}.',
    de: 'Der Wert darf höchstens {max} sein.',
  },
  'field.invalid_choice': {
    fr: "Ce choix n'est pas possible.",
    nl: 'Deze keuze is niet mogelijk.',
    en: 'This choice is not possible.',
    de: 'Diese Auswahl ist nicht möglich.',
  },
  'field.invalid_date': {
    fr: 'Date invalide (format AAAA-MM-JJ).',
    nl: 'Ongeldige datum (formaat JJJJ-MM-DD).',
    en: 'Invalid date (format YYYY-MM-DD).',
    de: 'Ungültiges Datum (Format JJJJ-MM-TT).',
  },
  'field.date_in_future': {
    fr: 'La date ne peut pas être dans le futur.',
    nl: 'De datum mag niet in de toekomst liggen.',
    en: 'The date cannot be in the future.',
    de: 'Das Datum darf nicht in der Zukunft liegen.',
  },
  'field.must_accept': {
    fr: 'Vous devez accepter ce texte pour continuer.',
    nl: 'U moet deze tekst aanvaarden om verder te gaan.',
    en: 'You must accept this text to continue.',
    de: 'Sie müssen diesen Text annehmen, um fortzufahren.',
  },
  not_found: {
    fr: "Cette ressource n'existe pas ou ne vous est pas accessible.",
    nl: 'Deze gegevens bestaan niet of zijn niet voor u toegankelijk.',
    en: 'This resource does not exist or is not accessible to you.',
    de: 'Diese Ressource existiert nicht oder ist für Sie nicht zugänglich.',
  },
  forbidden: {
    fr: "Vous n'avez pas le droit de faire cette action.",
    nl: 'U mag deze handeling niet uitvoeren.',
    en: 'You are not allowed to do this.',
    de: 'Sie dürfen diese Aktion nicht ausführen.',
  },
  unauthenticated: {
    fr: 'Veuillez vous connecter.',
    nl: 'Gelieve in te loggen.',
    en: 'Please log in.',
    de: 'Bitte melden Sie sich an.',
  },
  'csrf.invalid': {
    fr: 'La requête a expiré ; rechargez la page et réessayez.',
    nl: 'Het verzoek is verlopen; herlaad de pagina en probeer opnieuw.',
    en: 'The request has expired; reload the page and try again.',
    de: 'Die Anfrage ist abgelaufen; laden Sie die Seite neu und versuchen Sie es erneut.',
  },
  'request.in_progress': {
    fr: 'Cette demande est déjà en cours de traitement.',
    nl: 'Dit verzoek wordt al verwerkt.',
    en: 'This request is already being processed.',
    de: 'Diese Anfrage wird bereits bearbeitet.',
  },
  'request.too_large': {
    fr: 'La requête est trop volumineuse.',
    nl: 'Het verzoek is te groot.',
    en: 'The request is too large.',
    de: 'Die Anfrage ist zu groß.',
  },
  internal: {
    fr: "Une erreur inattendue s'est produite ; rien n'a été modifié.",
    nl: 'Er is een onverwachte fout opgetreden; er is niets gewijzigd.',
    en: 'An unexpected error occurred; nothing was changed.',
    de: 'Ein unerwarteter Fehler ist aufgetreten; nichts wurde geändert.',
  },
};
