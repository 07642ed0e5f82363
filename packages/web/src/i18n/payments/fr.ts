import type { Catalogue } from '../types.ts';
import type { PaymentsMessages } from './en.ts';

export const paymentsFr: Catalogue<PaymentsMessages> = {
  nav: 'Paiements (SEPA)',
  title: 'Paiements par virement',
  intro:
    "Salaires, frais et remboursements de parts deviennent des ordres de paiement. Exportez-les en fichier SEPA (pain.001) pour la banque ; chaque ordre est marqué payé quand l'extrait bancaire confirme le virement.",
  waiting: {
    title: "Ordres en attente d'export",
    none: "Aucun ordre n'attend d'être exporté.",
    entity: 'Entité',
    executionDate: "Date d'exécution",
    count: 'Ordres',
    total: 'Total',
    subtotal: 'Total {{entity}}',
    export: 'Exporter le fichier SEPA',
    exportDate: 'Cette date seulement',
    exported_one: 'Fichier {{messageId}} exporté : {{count}} virement, {{total}}.',
    exported_other: 'Fichier {{messageId}} exporté : {{count}} virements, {{total}}.',
    exportedTitle: 'Fichier SEPA prêt',
    download: 'Télécharger le fichier',
    upload: "Chargez-le dans la banque ; les virements sont confirmés par l'extrait bancaire suivant.",
  },
  orders: {
    title: 'Ordres de paiement',
    status: 'Statut',
    beneficiary: 'Bénéficiaire',
    account: 'Compte',
    amount: 'Montant',
    executionDate: "Date d'exécution",
    reference: 'Référence',
    remittance: 'Communication',
    file: 'Fichier',
    none: 'Aucun ordre.',
    all: 'Tous',
    correct: 'Corriger le compte',
    correctTitle: 'Compte de {{name}}',
    correctHelp:
      "L'IBAN (et le BIC si la banque le demande) où envoyer le virement. Vérifié avant d'être enregistré.",
    iban: 'IBAN',
    bic: 'BIC (facultatif)',
    save: 'Enregistrer',
    saved: "Compte enregistré : l'ordre peut être exporté.",
    reissue: 'Ordonner \u00e0 nouveau',
    reissueHelp:
      "Laissez l'IBAN vide pour payer le compte actuel du b\u00e9n\u00e9ficiaire, ou indiquez le compte corrig\u00e9.",
    reissued: "Un nouvel ordre attend d'\u00eatre export\u00e9.",
  },
  kind: {
    salary: 'Salaire',
    expenses: 'Frais',
    share_refund: 'Remboursement de parts',
    supplier: 'Fournisseur',
  },
  orderStatus: {
    pending: "En attente d'export",
    exported: 'Envoyé à la banque',
    paid: 'Payé (confirmé par la banque)',
    returned: 'Renvoyé par la banque',
  },
  batches: {
    title: 'Fichiers SEPA',
    none: 'Aucun fichier exporté.',
    messageId: 'Fichier',
    createdAt: 'Exporté',
    transactions: 'Virements',
    total: 'Total',
    blocks: "Dates d'exécution",
    status: 'Statut',
    paid: '{{paid}} sur {{count}} confirmés',
    download: 'Télécharger',
  },
  batchStatus: {
    exported: 'Exporté, en attente de la banque',
    partially_confirmed: 'Confirmé en partie par la banque',
    confirmed: 'Confirmé par la banque',
  },
  payroll: {
    done_one:
      '{{count}} contrat : salaire comptabilisé ({{net}} net) et virement ordonné ; le fonds de garantie a avancé {{advanced}}. Exportez le virement depuis la page des paiements.',
    done_other:
      '{{count}} contrats : salaires comptabilisés ({{net}} net) et virements ordonnés ; le fonds de garantie a avancé {{advanced}}. Exportez les virements depuis la page des paiements.',
    toPayments: 'Aller aux paiements',
  },
};
