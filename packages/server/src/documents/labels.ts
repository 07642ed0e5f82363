import type { Translated } from '@partage/domain';

/** Texts of the documents the platform produces, in the four languages. */
export const DOC: Record<string, Translated> = {
  certificateTitle: {
    fr: 'Certificat de parts sociales',
    nl: 'Certificaat van aandelen',
    en: 'Share certificate',
    de: 'Anteilszertifikat',
  },
  certificateIntro: {
    fr: '{entity} ({form}, BCE {kbo}) certifie que la personne ci-dessous est inscrite à son registre des membres et détient les parts suivantes au {date}.',
    nl: '{entity} ({form}, KBO {kbo}) verklaart dat de onderstaande persoon in haar ledenregister is ingeschreven en op {date} de volgende aandelen bezit.',
    en: '{entity} ({form}, enterprise number {kbo}) certifies that the person below is entered in its register of members and holds the following shares on {date}.',
    de: '{entity} ({form}, Unternehmensnummer {kbo}) bescheinigt, dass die unten genannte Person in ihrem Mitgliederregister eingetragen ist und am {date} die folgenden Anteile hält.',
  },
  member: { fr: 'Membre', nl: 'Lid', en: 'Member', de: 'Mitglied' },
  memberNumber: { fr: 'Numéro de membre', nl: 'Lidnummer', en: 'Member number', de: 'Mitgliedsnummer' },
  admittedOn: { fr: 'Membre depuis le', nl: 'Lid sinds', en: 'Member since', de: 'Mitglied seit' },
  category: { fr: 'Catégorie', nl: 'Categorie', en: 'Category', de: 'Kategorie' },
  shares: { fr: 'Parts', nl: 'Aandelen', en: 'Shares', de: 'Anteile' },
  nominal: { fr: 'Valeur nominale', nl: 'Nominale waarde', en: 'Nominal value', de: 'Nennwert' },
  total: { fr: 'Total', nl: 'Totaal', en: 'Total', de: 'Gesamt' },
  registerExtract: {
    fr: 'Extrait du registre des membres',
    nl: 'Uittreksel uit het ledenregister',
    en: 'Extract of the register of members',
    de: 'Auszug aus dem Mitgliederregister',
  },
  line: { fr: 'Ligne', nl: 'Regel', en: 'Line', de: 'Zeile' },
  date: { fr: 'Date', nl: 'Datum', en: 'Date', de: 'Datum' },
  operation: { fr: 'Opération', nl: 'Verrichting', en: 'Operation', de: 'Vorgang' },
  amount: { fr: 'Montant', nl: 'Bedrag', en: 'Amount', de: 'Betrag' },
  noDividend: {
    fr: "Les parts ne donnent droit à aucun dividende ni plus-value ; en cas de démission, elles sont remboursées au plus à leur valeur nominale après l'approbation des comptes de l'exercice. Chaque membre dispose d'une voix, quel que soit le nombre de ses parts.",
    nl: 'Aandelen geven geen recht op dividend of meerwaarde; bij uittreding worden ze na goedkeuring van de jaarrekening terugbetaald tegen hoogstens hun nominale waarde. Elk lid heeft één stem, ongeacht het aantal aandelen.',
    en: "Shares give no dividend and no capital gain; on resignation they are refunded at most at their nominal value after the financial year's accounts are approved. Each member has one vote, whatever the number of shares.",
    de: 'Anteile geben kein Recht auf Dividende oder Wertzuwachs; bei Austritt werden sie nach Genehmigung des Jahresabschlusses höchstens zum Nennwert erstattet. Jedes Mitglied hat eine Stimme, unabhängig von der Zahl seiner Anteile.',
  },
  issuedBy: {
    fr: 'Document établi par Partage le {date}. Registre tenu conformément au Code des sociétés et des associations, art. 6:24.',
    nl: 'Document opgemaakt door Partage op {date}. Register bijgehouden overeenkomstig het Wetboek van vennootschappen en verenigingen, art. 6:24.',
    en: 'Document produced by Partage on {date}. Register kept under the Belgian Code of Companies and Associations, art. 6:24.',
    de: 'Dokument erstellt von Partage am {date}. Register geführt gemäß dem belgischen Gesetzbuch der Gesellschaften und Vereinigungen, Art. 6:24.',
  },
  op_subscription: { fr: 'Souscription', nl: 'Inschrijving', en: 'Subscription', de: 'Zeichnung' },
  op_additional_subscription: {
    fr: 'Souscription complémentaire',
    nl: 'Bijkomende inschrijving',
    en: 'Additional subscription',
    de: 'Zusätzliche Zeichnung',
  },
  op_transfer_in: {
    fr: 'Cession reçue',
    nl: 'Ontvangen overdracht',
    en: 'Transfer received',
    de: 'Erhaltene Übertragung',
  },
  op_transfer_out: { fr: 'Cession', nl: 'Overdracht', en: 'Transfer', de: 'Übertragung' },
  op_resignation: { fr: 'Démission', nl: 'Uittreding', en: 'Resignation', de: 'Austritt' },
};
