import type { Translated } from '@partage/domain';

/** E-mails of the client's own page, in the four languages (merged into the platform's templates). */
export const CLIENT_ACCESS_TEMPLATES: Record<string, { subject: Translated; body: Translated }> = {
  client_request_received: {
    subject: {
      fr: 'Demande de {client} : {kind} ({number})',
      nl: 'Verzoek van {client}: {kind} ({number})',
      en: 'Request from {client}: {kind} ({number})',
      de: 'Anfrage von {client}: {kind} ({number})',
    },
    body: {
      fr: 'Bonjour {name},\n\nVotre client {client} a envoyé une demande depuis sa page au sujet de la facture {number} : {kind}.\n\n« {message} »\n\nLe service clients la traite et reprend contact avec le client ({contact}). Vous n’avez rien à faire, sauf si nous vous le demandons.',
      nl: 'Beste {name},\n\nUw klant {client} heeft via zijn pagina een verzoek gestuurd over factuur {number}: {kind}.\n\n"{message}"\n\nDe klantendienst behandelt het en neemt contact op met de klant ({contact}). U hoeft niets te doen, tenzij we het u vragen.',
      en: 'Hello {name},\n\nYour client {client} sent a request from its page about invoice {number}: {kind}.\n\n"{message}"\n\nClient service handles it and gets back to the client ({contact}). You have nothing to do unless we ask you.',
      de: 'Hallo {name},\n\nIhr Kunde {client} hat über seine Seite eine Anfrage zur Rechnung {number} gesendet: {kind}.\n\n„{message}“\n\nDer Kundendienst bearbeitet sie und meldet sich beim Kunden ({contact}). Sie müssen nichts tun, außer wir bitten Sie darum.',
    },
  },
  client_access_link: {
    subject: {
      fr: 'Vos factures chez {entity}',
      nl: 'Uw facturen bij {entity}',
      en: 'Your invoices at {entity}',
      de: 'Ihre Rechnungen bei {entity}',
    },
    body: {
      fr: 'Bonjour,\n\nSur cette page, vous voyez vos factures de {entity}, ce qui reste à payer et comment payer ; vous pouvez aussi les télécharger et nous poser une question :\n{link}\n\nGardez ce lien pour vous : il ouvre vos factures sans mot de passe.',
      nl: 'Goedendag,\n\nOp deze pagina ziet u uw facturen van {entity}, wat nog te betalen is en hoe u betaalt; u kunt ze ook downloaden en ons een vraag stellen:\n{link}\n\nHoud deze link voor uzelf: hij opent uw facturen zonder wachtwoord.',
      en: 'Hello,\n\nOn this page you see your invoices from {entity}, what remains to pay and how to pay; you can also download them and ask us a question:\n{link}\n\nKeep this link to yourself: it opens your invoices without a password.',
      de: 'Guten Tag,\n\nAuf dieser Seite sehen Sie Ihre Rechnungen von {entity}, was noch zu zahlen ist und wie Sie zahlen; Sie können sie auch herunterladen und uns eine Frage stellen:\n{link}\n\nBehalten Sie diesen Link für sich: Er öffnet Ihre Rechnungen ohne Passwort.',
    },
  },
};
