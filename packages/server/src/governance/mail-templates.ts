import { TEMPLATES } from '../mail/templates.ts';

/** E-mails of cooperative life, in the four languages, added to the platform's templates. */
Object.assign(TEMPLATES, {
  governance_convocation: {
    subject: {
      fr: 'Convocation : {title}',
      nl: 'Oproeping: {title}',
      en: 'Convocation: {title}',
      de: 'Einberufung: {title}',
    },
    body: {
      fr: 'Bonjour {name},\n\nVous êtes convoqué·e à « {title} » le {date}, {place}.\nSuivre en ligne : {stream}\n\nOrdre du jour, documents et vote en ligne : {link}\nVous pouvez aussi donner procuration à un autre membre.',
      nl: 'Beste {name},\n\nU wordt opgeroepen voor "{title}" op {date}, {place}.\nOnline volgen: {stream}\n\nAgenda, documenten en online stemmen: {link}\nU kunt ook een volmacht geven aan een ander lid.',
      en: 'Hello {name},\n\nYou are convened to "{title}" on {date}, {place}.\nFollow online: {stream}\n\nAgenda, documents and online voting: {link}\nYou may also give a proxy to another member.',
      de: 'Hallo {name},\n\nSie werden zu „{title}“ am {date}, {place}, eingeladen.\nOnline verfolgen: {stream}\n\nTagesordnung, Unterlagen und Online-Abstimmung: {link}\nSie können auch einem anderen Mitglied eine Vollmacht erteilen.',
    },
  },
  governance_session_registered: {
    subject: {
      fr: "Séance d'information du {date}",
      nl: 'Infosessie van {date}',
      en: 'Information session on {date}',
      de: 'Informationsveranstaltung am {date}',
    },
    body: {
      fr: 'Bonjour {name},\n\n{status}\nSéance du {date} à {time} ({office}) : {place}',
      nl: 'Beste {name},\n\n{status}\nSessie van {date} om {time} ({office}): {place}',
      en: 'Hello {name},\n\n{status}\nSession on {date} at {time} ({office}): {place}',
      de: 'Hallo {name},\n\n{status}\nVeranstaltung am {date} um {time} ({office}): {place}',
    },
  },
  governance_session_reminder: {
    subject: {
      fr: "Rappel : séance d'information le {date}",
      nl: 'Herinnering: infosessie op {date}',
      en: 'Reminder: information session on {date}',
      de: 'Erinnerung: Informationsveranstaltung am {date}',
    },
    body: {
      fr: 'Bonjour {name},\n\nNous vous attendons le {date} à {time} ({office}) : {place}',
      nl: 'Beste {name},\n\nWe verwachten u op {date} om {time} ({office}): {place}',
      en: 'Hello {name},\n\nWe look forward to seeing you on {date} at {time} ({office}): {place}',
      de: 'Hallo {name},\n\nWir erwarten Sie am {date} um {time} ({office}): {place}',
    },
  },
});

export const GOVERNANCE_TEMPLATES = [
  'governance_convocation',
  'governance_session_registered',
  'governance_session_reminder',
];
