import type { Translated } from '@partage/domain';

/** E-mails of the Activity tool, in the four languages. */
export const ACTIVITY_TEMPLATES: Record<string, { subject: Translated; body: Translated }> = {
  activity_requested: {
    subject: {
      fr: 'Nouvelle demande d’Activité : {activity}',
      nl: 'Nieuwe aanvraag voor een Activiteit: {activity}',
      en: 'New Activity request: {activity}',
      de: 'Neuer Antrag auf eine Aktivität: {activity}',
    },
    body: {
      fr: 'Bonjour,\n\n{member} demande l’ouverture de l’Activité « {activity} » ({reference}).\nExaminez la demande : {link}',
      nl: 'Hallo,\n\n{member} vraagt de opening van de Activiteit "{activity}" ({reference}) aan.\nBekijk de aanvraag: {link}',
      en: 'Hello,\n\n{member} asks to open the Activity "{activity}" ({reference}).\nReview the request: {link}',
      de: 'Hallo,\n\n{member} beantragt die Eröffnung der Aktivität „{activity}“ ({reference}).\nAntrag prüfen: {link}',
    },
  },
  activity_opened: {
    subject: {
      fr: 'Votre Activité « {activity} » est ouverte',
      nl: 'Uw Activiteit "{activity}" is geopend',
      en: 'Your Activity "{activity}" is open',
      de: 'Ihre Aktivität „{activity}“ ist eröffnet',
    },
    body: {
      fr: 'Bonjour {name},\n\nVotre Activité « {activity} » ({reference}) est ouverte. Vous pouvez maintenant faire des devis, facturer, dépenser et demander des salaires sur son budget.\n{link}',
      nl: 'Beste {name},\n\nUw Activiteit "{activity}" ({reference}) is geopend. U kunt nu offertes maken, factureren, uitgaven doen en lonen aanvragen op het budget.\n{link}',
      en: 'Hello {name},\n\nYour Activity "{activity}" ({reference}) is open. You can now make quotes, invoice, spend and request salaries from its budget.\n{link}',
      de: 'Hallo {name},\n\nIhre Aktivität „{activity}“ ({reference}) ist eröffnet. Sie können jetzt Angebote erstellen, fakturieren, Ausgaben tätigen und Löhne aus dem Budget beantragen.\n{link}',
    },
  },
  activity_refused: {
    subject: {
      fr: 'Votre demande d’Activité « {activity} »',
      nl: 'Uw aanvraag voor de Activiteit "{activity}"',
      en: 'Your Activity request "{activity}"',
      de: 'Ihr Antrag auf die Aktivität „{activity}“',
    },
    body: {
      fr: 'Bonjour {name},\n\nVotre demande d’Activité « {activity} » n’a pas été acceptée.\nRaison : {reason}\n\nVotre conseiller reste à votre disposition.',
      nl: 'Beste {name},\n\nUw aanvraag voor de Activiteit "{activity}" werd niet aanvaard.\nReden: {reason}\n\nUw adviseur helpt u graag verder.',
      en: 'Hello {name},\n\nYour request for the Activity "{activity}" was not accepted.\nReason: {reason}\n\nYour adviser is there to help.',
      de: 'Hallo {name},\n\nIhr Antrag auf die Aktivität „{activity}“ wurde nicht angenommen.\nGrund: {reason}\n\nIhre Beraterin oder Ihr Berater hilft Ihnen gern weiter.',
    },
  },
  activity_invitation: {
    subject: {
      fr: 'Vous participez à l’Activité « {activity} »',
      nl: 'U neemt deel aan de Activiteit "{activity}"',
      en: 'You take part in the Activity "{activity}"',
      de: 'Sie nehmen an der Aktivität „{activity}“ teil',
    },
    body: {
      fr: 'Bonjour {name},\n\n{inviter} vous a ajouté(e) à l’Activité « {activity} ». Vos droits : {rights}.\n{link}',
      nl: 'Beste {name},\n\n{inviter} heeft u toegevoegd aan de Activiteit "{activity}". Uw rechten: {rights}.\n{link}',
      en: 'Hello {name},\n\n{inviter} added you to the Activity "{activity}". Your rights: {rights}.\n{link}',
      de: 'Hallo {name},\n\n{inviter} hat Sie zur Aktivität „{activity}“ hinzugefügt. Ihre Rechte: {rights}.\n{link}',
    },
  },
  quote_sent: {
    subject: {
      fr: 'Devis {number} de {entity}',
      nl: 'Offerte {number} van {entity}',
      en: 'Quote {number} from {entity}',
      de: 'Angebot {number} von {entity}',
    },
    body: {
      fr: 'Bonjour,\n\nVoici le devis {number} « {title} » pour {amount} TVAC, valable jusqu’au {validUntil}.\nVous pouvez le lire, l’accepter ou le refuser ici, sans créer de compte :\n{link}',
      nl: 'Goedendag,\n\nHierbij offerte {number} "{title}" voor {amount} incl. btw, geldig tot {validUntil}.\nU kunt ze hier lezen, aanvaarden of weigeren, zonder account:\n{link}',
      en: 'Hello,\n\nHere is quote {number} "{title}" for {amount} including VAT, valid until {validUntil}.\nRead it, accept it or refuse it here, without creating an account:\n{link}',
      de: 'Guten Tag,\n\nhier ist das Angebot {number} „{title}“ über {amount} inkl. MwSt., gültig bis {validUntil}.\nSie können es hier lesen, annehmen oder ablehnen, ohne ein Konto anzulegen:\n{link}',
    },
  },
  quote_answered: {
    subject: {
      fr: 'Devis {number} : {answer}',
      nl: 'Offerte {number}: {answer}',
      en: 'Quote {number}: {answer}',
      de: 'Angebot {number}: {answer}',
    },
    body: {
      fr: 'Bonjour {name},\n\n{client} a répondu au devis {number} « {title} » : {answer}.\n{link}',
      nl: 'Beste {name},\n\n{client} heeft op offerte {number} "{title}" geantwoord: {answer}.\n{link}',
      en: 'Hello {name},\n\n{client} answered quote {number} "{title}": {answer}.\n{link}',
      de: 'Hallo {name},\n\n{client} hat auf das Angebot {number} „{title}“ geantwortet: {answer}.\n{link}',
    },
  },
  activity_request_decided: {
    subject: {
      fr: '{what} {reference} : {decision}',
      nl: '{what} {reference}: {decision}',
      en: '{what} {reference}: {decision}',
      de: '{what} {reference}: {decision}',
    },
    body: {
      fr: 'Bonjour {name},\n\n{what} {reference} de l’Activité « {activity} » : {decision}.\n{reason}\n{link}',
      nl: 'Beste {name},\n\n{what} {reference} van de Activiteit "{activity}": {decision}.\n{reason}\n{link}',
      en: 'Hello {name},\n\n{what} {reference} of the Activity "{activity}": {decision}.\n{reason}\n{link}',
      de: 'Hallo {name},\n\n{what} {reference} der Aktivität „{activity}“: {decision}.\n{reason}\n{link}',
    },
  },
  activity_approval_waiting: {
    subject: {
      fr: 'À approuver : {what} {reference} ({activity})',
      nl: 'Goed te keuren: {what} {reference} ({activity})',
      en: 'To approve: {what} {reference} ({activity})',
      de: 'Zu genehmigen: {what} {reference} ({activity})',
    },
    body: {
      fr: 'Bonjour {name},\n\n{submitter} demande {amount} sur le budget de l’Activité « {activity} » ({what} {reference}). Votre décision est attendue :\n{link}',
      nl: 'Beste {name},\n\n{submitter} vraagt {amount} op het budget van de Activiteit "{activity}" ({what} {reference}). Uw beslissing wordt verwacht:\n{link}',
      en: 'Hello {name},\n\n{submitter} asks for {amount} from the budget of the Activity "{activity}" ({what} {reference}). Your decision is awaited:\n{link}',
      de: 'Hallo {name},\n\n{submitter} beantragt {amount} aus dem Budget der Aktivität „{activity}“ ({what} {reference}). Ihre Entscheidung wird erwartet:\n{link}',
    },
  },
};
