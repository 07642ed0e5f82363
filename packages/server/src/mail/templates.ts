import { interpolate, type Language, type Translated } from '@partage/domain';
import { CONTRACT_TEMPLATES } from '../contracts/mail-templates.ts';
import { RECEIVABLES_TEMPLATES } from '../receivables/mail-templates.ts';
import { ACTIVITY_TEMPLATES } from '../activities/mail-templates.ts';

/** E-mails sent by the platform, in the four languages. `{name}` placeholders are filled by the caller. */
const PLATFORM_TEMPLATES: Record<string, { subject: Translated; body: Translated }> = {
  password_reset: {
    subject: {
      fr: 'Réinitialiser votre mot de passe Partage',
      nl: 'Uw Partage-wachtwoord opnieuw instellen',
      en: 'Reset your Partage password',
      de: 'Ihr Partage-Passwort zurücksetzen',
    },
    body: {
      fr: 'Bonjour {name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message.',
      nl: 'Beste {name},\n\nOpen deze link binnen het uur om een nieuw wachtwoord te kiezen:\n{link}\n\nHebt u niets gevraagd? Negeer dan dit bericht.',
      en: 'Hello {name},\n\nTo choose a new password, open this link within the hour:\n{link}\n\nIf you did not ask for this, ignore this message.',
      de: 'Hallo {name},\n\nUm ein neues Passwort zu wählen, öffnen Sie diesen Link innerhalb einer Stunde:\n{link}\n\nWenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht.',
    },
  },
  subscription_received: {
    subject: {
      fr: 'Votre demande de parts chez {entity}',
      nl: 'Uw aanvraag voor aandelen bij {entity}',
      en: 'Your share request at {entity}',
      de: 'Ihre Anteilszeichnung bei {entity}',
    },
    body: {
      fr: 'Bonjour {name},\n\nNous avons bien reçu votre souscription de {quantity} part(s) de catégorie {category}.\nMerci de verser {amount} sur le compte {iban} ({bic}) avec la communication structurée {reference}.\nVotre demande sera présentée au conseil d’administration.',
      nl: 'Beste {name},\n\nWe hebben uw inschrijving op {quantity} aandeel/aandelen van categorie {category} ontvangen.\nGelieve {amount} over te schrijven op rekening {iban} ({bic}) met de gestructureerde mededeling {reference}.\nUw aanvraag wordt aan de raad van bestuur voorgelegd.',
      en: 'Hello {name},\n\nWe have received your subscription of {quantity} category {category} share(s).\nPlease transfer {amount} to account {iban} ({bic}) with the structured communication {reference}.\nYour request will be presented to the board.',
      de: 'Hallo {name},\n\nWir haben Ihre Zeichnung von {quantity} Anteil(en) der Kategorie {category} erhalten.\nBitte überweisen Sie {amount} auf das Konto {iban} ({bic}) mit der strukturierten Mitteilung {reference}.\nIhr Antrag wird dem Verwaltungsrat vorgelegt.',
    },
  },
  payment_recorded: {
    subject: {
      fr: 'Paiement reçu pour vos parts',
      nl: 'Betaling ontvangen voor uw aandelen',
      en: 'Payment received for your shares',
      de: 'Zahlung für Ihre Anteile erhalten',
    },
    body: {
      fr: 'Bonjour {name},\n\nNous avons reçu {amount} le {date}. Reste à payer : {due}.',
      nl: 'Beste {name},\n\nWe hebben op {date} {amount} ontvangen. Nog te betalen: {due}.',
      en: 'Hello {name},\n\nWe received {amount} on {date}. Still to pay: {due}.',
      de: 'Hallo {name},\n\nWir haben am {date} {amount} erhalten. Noch zu zahlen: {due}.',
    },
  },
  request_refused: {
    subject: {
      fr: 'Décision sur votre demande',
      nl: 'Beslissing over uw aanvraag',
      en: 'Decision on your request',
      de: 'Entscheidung über Ihren Antrag',
    },
    body: {
      fr: 'Bonjour {name},\n\nLe conseil d’administration n’a pas accepté votre demande le {date}.\nRaison : {reason}\n\nLes montants déjà versés vous seront remboursés.',
      nl: 'Beste {name},\n\nDe raad van bestuur heeft uw aanvraag op {date} niet aanvaard.\nReden: {reason}\n\nReeds betaalde bedragen worden terugbetaald.',
      en: 'Hello {name},\n\nThe board did not accept your request on {date}.\nReason: {reason}\n\nAny amount already paid will be refunded.',
      de: 'Hallo {name},\n\nDer Verwaltungsrat hat Ihren Antrag am {date} nicht angenommen.\nGrund: {reason}\n\nBereits gezahlte Beträge werden erstattet.',
    },
  },
  request_approved: {
    subject: {
      fr: 'Votre demande est approuvée',
      nl: 'Uw aanvraag is goedgekeurd',
      en: 'Your request is approved',
      de: 'Ihr Antrag wurde genehmigt',
    },
    body: {
      fr: 'Bonjour {name},\n\nLe conseil d’administration a approuvé votre demande le {date}.{next}',
      nl: 'Beste {name},\n\nDe raad van bestuur heeft uw aanvraag op {date} goedgekeurd.{next}',
      en: 'Hello {name},\n\nThe board approved your request on {date}.{next}',
      de: 'Hallo {name},\n\nDer Verwaltungsrat hat Ihren Antrag am {date} genehmigt.{next}',
    },
  },
  shares_issued: {
    subject: {
      fr: 'Bienvenue : vos parts sont émises',
      nl: 'Welkom: uw aandelen zijn uitgegeven',
      en: 'Welcome: your shares are issued',
      de: 'Willkommen: Ihre Anteile sind ausgegeben',
    },
    body: {
      fr: 'Bonjour {name},\n\nVos {quantity} part(s) de catégorie {category} sont inscrites au registre des membres de {entity}.\nNuméro de membre : {number}. Votre certificat est disponible dans votre espace : {link}',
      nl: 'Beste {name},\n\nUw {quantity} aandeel/aandelen van categorie {category} zijn ingeschreven in het ledenregister van {entity}.\nLidnummer: {number}. Uw certificaat staat in uw ruimte: {link}',
      en: 'Hello {name},\n\nYour {quantity} category {category} share(s) are entered in the register of members of {entity}.\nMember number: {number}. Your certificate is in your space: {link}',
      de: 'Hallo {name},\n\nIhre {quantity} Anteil(e) der Kategorie {category} sind im Mitgliederregister von {entity} eingetragen.\nMitgliedsnummer: {number}. Ihr Zertifikat finden Sie in Ihrem Bereich: {link}',
    },
  },
  refund_payable: {
    subject: {
      fr: 'Remboursement de vos parts',
      nl: 'Terugbetaling van uw aandelen',
      en: 'Refund of your shares',
      de: 'Rückzahlung Ihrer Anteile',
    },
    body: {
      fr: 'Bonjour {name},\n\nLes comptes de l’exercice {year} sont approuvés. Le remboursement de vos parts, {amount}, sera versé sur votre compte.',
      nl: 'Beste {name},\n\nDe rekeningen van boekjaar {year} zijn goedgekeurd. De terugbetaling van uw aandelen, {amount}, wordt op uw rekening gestort.',
      en: 'Hello {name},\n\nThe accounts of financial year {year} are approved. The refund of your shares, {amount}, will be paid into your account.',
      de: 'Hallo {name},\n\nDer Jahresabschluss {year} ist genehmigt. Die Rückzahlung Ihrer Anteile, {amount}, wird auf Ihr Konto überwiesen.',
    },
  },
};

export const TEMPLATES: Record<string, { subject: Translated; body: Translated }> = {
  ...PLATFORM_TEMPLATES,
  ...CONTRACT_TEMPLATES,
  ...RECEIVABLES_TEMPLATES,
  ...ACTIVITY_TEMPLATES,
};

export function renderEmail(template: string, language: Language, params: Record<string, string | number>) {
  const t = TEMPLATES[template];
  if (!t) throw new Error(`unknown e-mail template ${template}`);
  return { subject: interpolate(t.subject[language], params), body: interpolate(t.body[language], params) };
}
