import type { Catalogue } from '../types.ts';
import type { PaymentsMessages } from './en.ts';

export const paymentsNl: Catalogue<PaymentsMessages> = {
  nav: 'Betalingen (SEPA)',
  title: 'Betalingen per overschrijving',
  intro:
    'Lonen, onkosten en terugbetalingen van aandelen worden betaalopdrachten. Exporteer ze als SEPA-bestand (pain.001) voor de bank; elke opdracht wordt als betaald gemarkeerd wanneer het rekeninguittreksel de overschrijving bevestigt.',
  waiting: {
    title: 'Opdrachten die op export wachten',
    none: 'Er wacht geen opdracht op export.',
    entity: 'Entiteit',
    executionDate: 'Uitvoeringsdatum',
    count: 'Opdrachten',
    total: 'Totaal',
    subtotal: 'Totaal {{entity}}',
    export: 'SEPA-bestand exporteren',
    exportDate: 'Alleen deze datum',
    exported_one: 'Bestand {{messageId}} geëxporteerd: {{count}} overschrijving, {{total}}.',
    exported_other: 'Bestand {{messageId}} geëxporteerd: {{count}} overschrijvingen, {{total}}.',
    exportedTitle: 'SEPA-bestand klaar',
    download: 'Bestand downloaden',
    upload: 'Laad het op bij de bank; het volgende rekeninguittreksel bevestigt de overschrijvingen.',
  },
  orders: {
    title: 'Betaalopdrachten',
    status: 'Status',
    beneficiary: 'Begunstigde',
    account: 'Rekening',
    amount: 'Bedrag',
    executionDate: 'Uitvoeringsdatum',
    reference: 'Referentie',
    remittance: 'Mededeling',
    file: 'Bestand',
    none: 'Geen opdracht.',
    all: 'Alle',
    correct: 'Rekening verbeteren',
    correctTitle: 'Rekening van {{name}}',
    correctHelp:
      'Het IBAN (en de BIC als de bank hem vraagt) waarnaar de overschrijving gaat. Gecontroleerd voor het wordt opgeslagen.',
    iban: 'IBAN',
    bic: 'BIC (optioneel)',
    save: 'Opslaan',
    saved: 'Rekening opgeslagen: de opdracht kan worden geëxporteerd.',
    reissue: 'Opnieuw opdragen',
    reissueHelp:
      'Laat het IBAN leeg om de huidige rekening van de begunstigde te betalen, of geef de verbeterde rekening.',
    reissued: 'Een nieuwe opdracht wacht op export.',
  },
  kind: {
    salary: 'Loon',
    expenses: 'Onkosten',
    share_refund: 'Terugbetaling aandelen',
    supplier: 'Leverancier',
  },
  orderStatus: {
    pending: 'Wacht op export',
    exported: 'Naar de bank verstuurd',
    paid: 'Betaald (bevestigd door de bank)',
    returned: 'Teruggestort door de bank',
  },
  batches: {
    title: 'SEPA-bestanden',
    none: 'Nog geen bestand geëxporteerd.',
    messageId: 'Bestand',
    createdAt: 'Geëxporteerd',
    transactions: 'Overschrijvingen',
    total: 'Totaal',
    blocks: 'Uitvoeringsdata',
    status: 'Status',
    paid: '{{paid}} van {{count}} bevestigd',
    download: 'Downloaden',
  },
  batchStatus: {
    exported: 'Geëxporteerd, wacht op de bank',
    partially_confirmed: 'Deels bevestigd door de bank',
    confirmed: 'Bevestigd door de bank',
  },
  payroll: {
    done_one:
      '{{count}} contract: loon geboekt ({{net}} netto) en overschrijving opgedragen; het waarborgfonds schoot {{advanced}} voor. Exporteer de overschrijving op de pagina betalingen.',
    done_other:
      '{{count}} contracten: lonen geboekt ({{net}} netto) en overschrijvingen opgedragen; het waarborgfonds schoot {{advanced}} voor. Exporteer de overschrijvingen op de pagina betalingen.',
    toPayments: 'Naar de betalingen',
  },
};
