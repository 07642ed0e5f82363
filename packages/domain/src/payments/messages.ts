import type { Catalogue } from '../i18n/languages.ts';

/**
 * Messages of outgoing payments (payment orders, SEPA credit transfer files), in the four languages.
 * `{beneficiary}` and `{endToEndId}` name the order at fault so that payroll staff find it at once.
 */
export const paymentMessages: Catalogue = {
  'payments.nothing_to_export': {
    fr: "Aucun ordre de paiement n'attend d'être exporté pour cette entité.",
    nl: 'Er wachten geen betaalopdrachten op export voor deze entiteit.',
    en: 'No payment order is waiting to be exported for this entity.',
    de: 'Für diese Einheit wartet kein Zahlungsauftrag auf den Export.',
  },
  'payments.order.iban_invalid': {
    fr: "L'IBAN de {beneficiary} (ordre {endToEndId}) n'est pas valable : corrigez-le avant d'exporter le fichier.",
    nl: 'Het IBAN van {beneficiary} (opdracht {endToEndId}) is niet geldig: verbeter het voor u het bestand exporteert.',
    en: 'The IBAN of {beneficiary} (order {endToEndId}) is not valid: correct it before exporting the file.',
    de: 'Die IBAN von {beneficiary} (Auftrag {endToEndId}) ist ungültig: Korrigieren Sie sie vor dem Export der Datei.',
  },
  'payments.order.iban_not_sepa': {
    fr: "Le compte de {beneficiary} (ordre {endToEndId}) n'est pas dans la zone SEPA ({country}) : un virement SEPA ne peut pas l'atteindre.",
    nl: 'De rekening van {beneficiary} (opdracht {endToEndId}) ligt niet in de SEPA-zone ({country}): een SEPA-overschrijving kan ze niet bereiken.',
    en: 'The account of {beneficiary} (order {endToEndId}) is outside the SEPA zone ({country}): a SEPA transfer cannot reach it.',
    de: 'Das Konto von {beneficiary} (Auftrag {endToEndId}) liegt außerhalb des SEPA-Raums ({country}): Eine SEPA-Überweisung erreicht es nicht.',
  },
  'payments.order.bic_invalid': {
    fr: "Le BIC de {beneficiary} (ordre {endToEndId}) n'est pas valable (8 ou 11 caractères, par exemple GKCCBEBB).",
    nl: 'De BIC van {beneficiary} (opdracht {endToEndId}) is niet geldig (8 of 11 tekens, bijvoorbeeld GKCCBEBB).',
    en: 'The BIC of {beneficiary} (order {endToEndId}) is not valid (8 or 11 characters, for example GKCCBEBB).',
    de: 'Der BIC von {beneficiary} (Auftrag {endToEndId}) ist ungültig (8 oder 11 Zeichen, zum Beispiel GKCCBEBB).',
  },
  'payments.debtor.iban_invalid': {
    fr: "Le compte bancaire de l'entité {entity} n'est pas un IBAN valable : aucun fichier ne peut être exporté.",
    nl: 'De bankrekening van entiteit {entity} is geen geldig IBAN: er kan geen bestand worden geëxporteerd.',
    en: 'The bank account of entity {entity} is not a valid IBAN: no file can be exported.',
    de: 'Das Bankkonto der Einheit {entity} ist keine gültige IBAN: Es kann keine Datei exportiert werden.',
  },
  'payments.debtor.bic_invalid': {
    fr: "Le BIC de l'entité {entity} n'est pas valable.",
    nl: 'De BIC van entiteit {entity} is niet geldig.',
    en: 'The BIC of entity {entity} is not valid.',
    de: 'Der BIC der Einheit {entity} ist ungültig.',
  },
  'payments.currency_not_eur': {
    fr: "L'entité {entity} tient ses comptes en {currency} : les virements SEPA se font uniquement en euros.",
    nl: 'Entiteit {entity} boekt in {currency}: SEPA-overschrijvingen gebeuren alleen in euro.',
    en: 'Entity {entity} keeps its accounts in {currency}: SEPA transfers are in euro only.',
    de: 'Die Einheit {entity} führt ihre Konten in {currency}: SEPA-Überweisungen erfolgen nur in Euro.',
  },
  'payments.beneficiary.name_unrepresentable': {
    fr: 'Le nom du bénéficiaire ne contient aucune lettre latine : un virement SEPA ne peut pas le porter.',
    nl: 'De naam van de begunstigde bevat geen enkele Latijnse letter: een SEPA-overschrijving kan hem niet dragen.',
    en: "The beneficiary's name has no Latin letter: a SEPA transfer cannot carry it.",
    de: 'Der Name des Empfängers enthält keinen lateinischen Buchstaben: Eine SEPA-Überweisung kann ihn nicht tragen.',
  },
  'payments.amount.invalid': {
    fr: "Le montant d'un virement SEPA va de 0,01 € à 999.999.999,99 €, en centimes entiers.",
    nl: 'Het bedrag van een SEPA-overschrijving ligt tussen € 0,01 en € 999.999.999,99, in hele centen.',
    en: 'The amount of a SEPA transfer is between €0.01 and €999,999,999.99, in whole cents.',
    de: 'Der Betrag einer SEPA-Überweisung liegt zwischen 0,01 € und 999.999.999,99 €, in ganzen Cent.',
  },
  'payments.remittance.invalid': {
    fr: 'La communication doit compter de 1 à 140 caractères.',
    nl: 'De mededeling moet 1 tot 140 tekens tellen.',
    en: 'The remittance information must have 1 to 140 characters.',
    de: 'Der Verwendungszweck muss 1 bis 140 Zeichen lang sein.',
  },
  'payments.settlement.mismatch': {
    fr: "Les montants à solder ne correspondent pas au montant de l'ordre.",
    nl: 'De te vereffenen bedragen komen niet overeen met het bedrag van de opdracht.',
    en: 'The amounts to settle do not add up to the amount of the order.',
    de: 'Die auszugleichenden Beträge ergeben nicht den Betrag des Auftrags.',
  },
  'payments.order.exists': {
    fr: 'Un ordre de paiement existe déjà pour ce paiement.',
    nl: 'Er bestaat al een betaalopdracht voor deze betaling.',
    en: 'A payment order already exists for this payment.',
    de: 'Für diese Zahlung besteht bereits ein Zahlungsauftrag.',
  },
  'payments.order.not_pending': {
    fr: 'Cet ordre a déjà été exporté vers la banque : son compte ne peut plus être modifié.',
    nl: 'Deze opdracht is al naar de bank geëxporteerd: de rekening kan niet meer worden gewijzigd.',
    en: 'This order was already exported to the bank: its account can no longer be changed.',
    de: 'Dieser Auftrag wurde bereits an die Bank exportiert: Sein Konto kann nicht mehr geändert werden.',
  },
  'payments.order.not_returned': {
    fr: 'Seul un virement renvoyé par la banque peut être ordonné à nouveau.',
    nl: 'Alleen een door de bank teruggestorte overschrijving kan opnieuw worden opgedragen.',
    en: 'Only a transfer returned by the bank can be ordered again.',
    de: 'Nur eine von der Bank zurückgebuchte Überweisung kann erneut beauftragt werden.',
  },
  'payments.order.not_found': {
    fr: 'Ordre de paiement introuvable.',
    nl: 'Betaalopdracht niet gevonden.',
    en: 'Payment order not found.',
    de: 'Zahlungsauftrag nicht gefunden.',
  },
  'payments.batch.not_found': {
    fr: 'Fichier de paiement introuvable.',
    nl: 'Betaalbestand niet gevonden.',
    en: 'Payment file not found.',
    de: 'Zahlungsdatei nicht gefunden.',
  },
  'refund.transfer_ordered': {
    fr: 'Ce remboursement est payé par virement : il sera marqué payé quand le relevé bancaire le confirmera.',
    nl: 'Deze terugbetaling gebeurt per overschrijving: ze wordt als betaald gemarkeerd wanneer het rekeninguittreksel ze bevestigt.',
    en: 'This refund is paid by bank transfer: it will be marked paid when the bank statement confirms it.',
    de: 'Diese Rückzahlung erfolgt per Überweisung: Sie wird als bezahlt markiert, sobald der Kontoauszug sie bestätigt.',
  },
};
