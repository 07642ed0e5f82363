import type { Catalogue } from '../types.ts';
import type { PaymentsMessages } from './en.ts';

export const paymentsDe: Catalogue<PaymentsMessages> = {
  nav: 'Zahlungen (SEPA)',
  title: 'Zahlungen per Überweisung',
  intro:
    'Löhne, Spesen und Rückzahlungen von Geschäftsanteilen werden zu Zahlungsaufträgen. Exportieren Sie sie als SEPA-Datei (pain.001) für die Bank; jeder Auftrag gilt als bezahlt, sobald der Kontoauszug die Überweisung bestätigt.',
  waiting: {
    title: 'Aufträge, die auf den Export warten',
    none: 'Kein Auftrag wartet auf den Export.',
    entity: 'Einheit',
    executionDate: 'Ausführungsdatum',
    count: 'Aufträge',
    total: 'Summe',
    subtotal: 'Summe {{entity}}',
    export: 'SEPA-Datei exportieren',
    exportDate: 'Nur dieses Datum',
    exported_one: 'Datei {{messageId}} exportiert: {{count}} Überweisung, {{total}}.',
    exported_other: 'Datei {{messageId}} exportiert: {{count}} Überweisungen, {{total}}.',
    exportedTitle: 'SEPA-Datei bereit',
    download: 'Datei herunterladen',
    upload: 'Laden Sie sie bei der Bank hoch; der nächste Kontoauszug bestätigt die Überweisungen.',
  },
  orders: {
    title: 'Zahlungsaufträge',
    status: 'Status',
    beneficiary: 'Empfänger',
    account: 'Konto',
    amount: 'Betrag',
    executionDate: 'Ausführungsdatum',
    reference: 'Referenz',
    remittance: 'Verwendungszweck',
    file: 'Datei',
    none: 'Kein Auftrag.',
    all: 'Alle',
    correct: 'Konto korrigieren',
    correctTitle: 'Konto von {{name}}',
    correctHelp:
      'Die IBAN (und der BIC, falls die Bank ihn verlangt), an die die Überweisung geht. Wird vor dem Speichern geprüft.',
    iban: 'IBAN',
    bic: 'BIC (optional)',
    save: 'Speichern',
    saved: 'Konto gespeichert: Der Auftrag kann exportiert werden.',
    reissue: 'Erneut beauftragen',
    reissueHelp:
      'Lassen Sie die IBAN leer, um das aktuelle Konto des Empf\u00e4ngers zu zahlen, oder geben Sie das korrigierte Konto an.',
    reissued: 'Ein neuer Auftrag wartet auf den Export.',
  },
  kind: {
    salary: 'Lohn',
    expenses: 'Spesen',
    share_refund: 'Rückzahlung von Anteilen',
    supplier: 'Lieferant',
  },
  orderStatus: {
    pending: 'Wartet auf Export',
    exported: 'An die Bank gesendet',
    paid: 'Bezahlt (von der Bank bestätigt)',
    returned: 'Von der Bank zurückgebucht',
  },
  batches: {
    title: 'SEPA-Dateien',
    none: 'Noch keine Datei exportiert.',
    messageId: 'Datei',
    createdAt: 'Exportiert',
    transactions: 'Überweisungen',
    total: 'Summe',
    blocks: 'Ausführungsdaten',
    status: 'Status',
    paid: '{{paid}} von {{count}} bestätigt',
    download: 'Herunterladen',
  },
  batchStatus: {
    exported: 'Exportiert, wartet auf die Bank',
    partially_confirmed: 'Teilweise von der Bank bestätigt',
    confirmed: 'Von der Bank bestätigt',
  },
  payroll: {
    done_one:
      '{{count}} Vertrag: Lohn gebucht ({{net}} netto) und Überweisung beauftragt; der Garantiefonds hat {{advanced}} vorgestreckt. Exportieren Sie die Überweisung auf der Seite Zahlungen.',
    done_other:
      '{{count}} Verträge: Löhne gebucht ({{net}} netto) und Überweisungen beauftragt; der Garantiefonds hat {{advanced}} vorgestreckt. Exportieren Sie die Überweisungen auf der Seite Zahlungen.',
    toPayments: 'Zu den Zahlungen',
  },
};
