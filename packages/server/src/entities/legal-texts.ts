import type { Translated } from '@partage/domain';

/**
 * Version 1 of the texts a newcomer accepts. Administrators publish later versions as new rows
 * (`legal_texts`); a consent records the version and language that were accepted.
 */
export const LEGAL_TEXTS: Record<
  'data_policy' | 'internal_rules' | 'financial_risk',
  { title: Translated; body: Translated }
> = {
  data_policy: {
    title: {
      fr: 'Politique de protection des données',
      nl: 'Privacybeleid',
      en: 'Data protection policy',
      de: 'Datenschutzerklärung',
    },
    body: {
      fr: "La coopérative traite vos données (identité, numéro de registre national, adresse, compte bancaire) pour tenir le registre des membres, établir vos contrats et vos fiches de paie et remplir ses obligations légales. Les données d'identité sont chiffrées et chaque consultation par le personnel est journalisée. Vous pouvez à tout moment consulter et télécharger vos données depuis votre espace.",
      nl: 'De coöperatie verwerkt uw gegevens (identiteit, rijksregisternummer, adres, bankrekening) om het ledenregister bij te houden, uw contracten en loonbrieven op te maken en haar wettelijke verplichtingen na te komen. Identiteitsgegevens worden versleuteld en elke raadpleging door personeel wordt gelogd. U kunt uw gegevens altijd inkijken en downloaden vanuit uw ruimte.',
      en: 'The cooperative processes your data (identity, national register number, address, bank account) to keep the register of members, draw up your contracts and payslips and meet its legal obligations. Identity data is encrypted and every consultation by staff is logged. You can view and download your data at any time from your space.',
      de: 'Die Genossenschaft verarbeitet Ihre Daten (Identität, Nationalregisternummer, Adresse, Bankkonto), um das Mitgliederregister zu führen, Ihre Verträge und Lohnabrechnungen zu erstellen und ihre gesetzlichen Pflichten zu erfüllen. Identitätsdaten werden verschlüsselt und jeder Zugriff durch Mitarbeitende wird protokolliert. Sie können Ihre Daten jederzeit in Ihrem Bereich einsehen und herunterladen.',
    },
  },
  internal_rules: {
    title: {
      fr: "Règlement d'ordre intérieur",
      nl: 'Huishoudelijk reglement',
      en: 'Internal rules',
      de: 'Geschäftsordnung',
    },
    body: {
      fr: "En devenant membre, vous adhérez aux statuts et au règlement d'ordre intérieur de la coopérative : une personne, une voix à l'assemblée générale ; participation loyale à la vie de la coopérative ; utilisation des outils communs dans le respect des autres membres.",
      nl: 'Als lid onderschrijft u de statuten en het huishoudelijk reglement van de coöperatie: één persoon, één stem op de algemene vergadering; loyale deelname aan het leven van de coöperatie; gebruik van de gemeenschappelijke tools met respect voor de andere leden.',
      en: "By becoming a member, you accept the cooperative's statutes and internal rules: one person, one vote at the general assembly; fair participation in the life of the cooperative; use of the shared tools with respect for the other members.",
      de: 'Mit dem Beitritt erkennen Sie die Satzung und die Geschäftsordnung der Genossenschaft an: eine Person, eine Stimme in der Generalversammlung; faire Teilnahme am Leben der Genossenschaft; Nutzung der gemeinsamen Werkzeuge unter Achtung der anderen Mitglieder.',
    },
  },
  financial_risk: {
    title: {
      fr: 'Risque financier des parts',
      nl: 'Financieel risico van de aandelen',
      en: 'Financial risk of shares',
      de: 'Finanzielles Risiko der Anteile',
    },
    body: {
      fr: "Les parts sociales ne rapportent aucun dividende ni plus-value. En cas de démission, elles sont remboursées au plus à leur valeur nominale, après l'approbation des comptes de l'exercice, et peuvent l'être à moins si la coopérative a subi des pertes. Le capital investi peut donc être partiellement perdu.",
      nl: 'Aandelen leveren geen dividend of meerwaarde op. Bij uittreding worden ze na goedkeuring van de jaarrekening terugbetaald tegen hoogstens hun nominale waarde, en mogelijk minder als de coöperatie verliezen heeft geleden. Het geïnvesteerde kapitaal kan dus gedeeltelijk verloren gaan.',
      en: "Shares pay no dividend and no capital gain. On resignation they are refunded at most at their nominal value, after the financial year's accounts are approved, and possibly less if the cooperative made losses. The capital invested may therefore be partly lost.",
      de: 'Anteile bringen weder Dividende noch Wertzuwachs. Bei Austritt werden sie nach Genehmigung des Jahresabschlusses höchstens zum Nennwert erstattet, bei Verlusten der Genossenschaft auch weniger. Das eingesetzte Kapital kann also teilweise verloren gehen.',
    },
  },
};
