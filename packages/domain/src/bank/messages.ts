import type { Catalogue } from '../i18n/languages.ts';

/**
 * Messages of the bank statement import and of the reconciliation queue, in the four languages. The
 * `bank.camt.*` codes name the file, the statement and the entry at fault.
 */
export const bankMessages: Catalogue = {
  // --- Reading a camt.053 file --------------------------------------------------------------------
  'bank.camt.malformed': {
    fr: '« {file} » n’est pas un fichier XML lisible (ligne {line}) : il est peut-être tronqué ou abîmé. Rien n’a été importé.',
    nl: '"{file}" is geen leesbaar XML-bestand (regel {line}): het is misschien afgebroken of beschadigd. Er werd niets ingelezen.',
    en: '"{file}" is not a readable XML file (line {line}): it may be truncated or damaged. Nothing was imported.',
    de: '„{file}“ ist keine lesbare XML-Datei (Zeile {line}): Sie ist vielleicht abgeschnitten oder beschädigt. Nichts wurde eingelesen.',
  },
  'bank.camt.unknown_version': {
    fr: '« {file} » n’est pas un extrait de compte camt.053 dans une version connue (espace de noms {namespace}). Versions lues : camt.053.001.02 à .13.',
    nl: '"{file}" is geen rekeninguittreksel camt.053 in een gekende versie (naamruimte {namespace}). Gelezen versies: camt.053.001.02 tot .13.',
    en: '"{file}" is not a camt.053 bank statement in a known version (namespace {namespace}). Versions read: camt.053.001.02 to .13.',
    de: '„{file}“ ist kein Kontoauszug camt.053 in einer bekannten Version (Namensraum {namespace}). Gelesene Versionen: camt.053.001.02 bis .13.',
  },
  'bank.camt.no_statement': {
    fr: '« {file} » ne contient aucun extrait de compte.',
    nl: '"{file}" bevat geen enkel rekeninguittreksel.',
    en: '"{file}" holds no statement.',
    de: '„{file}“ enthält keinen Kontoauszug.',
  },
  'bank.camt.missing': {
    fr: '« {file} », extrait {statement}, mouvement {entry} : l’élément {element} manque. Rien n’a été importé.',
    nl: '"{file}", uittreksel {statement}, verrichting {entry}: het element {element} ontbreekt. Er werd niets ingelezen.',
    en: '"{file}", statement {statement}, entry {entry}: the element {element} is missing. Nothing was imported.',
    de: '„{file}“, Auszug {statement}, Buchung {entry}: Das Element {element} fehlt. Nichts wurde eingelesen.',
  },
  'bank.camt.amount_decimals': {
    fr: '« {file} », extrait {statement}, mouvement {entry} : le montant {amount} a plus de deux décimales. Rien n’a été importé.',
    nl: '"{file}", uittreksel {statement}, verrichting {entry}: het bedrag {amount} heeft meer dan twee decimalen. Er werd niets ingelezen.',
    en: '"{file}", statement {statement}, entry {entry}: the amount {amount} has more than two decimals. Nothing was imported.',
    de: '„{file}“, Auszug {statement}, Buchung {entry}: Der Betrag {amount} hat mehr als zwei Dezimalstellen. Nichts wurde eingelesen.',
  },
  'bank.camt.amount_invalid': {
    fr: '« {file} », extrait {statement}, mouvement {entry} : « {amount} » n’est pas un montant. Rien n’a été importé.',
    nl: '"{file}", uittreksel {statement}, verrichting {entry}: "{amount}" is geen bedrag. Er werd niets ingelezen.',
    en: '"{file}", statement {statement}, entry {entry}: "{amount}" is not an amount. Nothing was imported.',
    de: '„{file}“, Auszug {statement}, Buchung {entry}: „{amount}“ ist kein Betrag. Nichts wurde eingelesen.',
  },
  'bank.camt.balance_mismatch': {
    fr: '« {file} », extrait {statement} : le solde d’ouverture {opening} plus les mouvements {entries} ne donne pas le solde de clôture {closing}. Le fichier est incomplet ou a été modifié ; rien n’a été importé.',
    nl: '"{file}", uittreksel {statement}: het beginsaldo {opening} plus de verrichtingen {entries} geeft niet het eindsaldo {closing}. Het bestand is onvolledig of werd gewijzigd; er werd niets ingelezen.',
    en: '"{file}", statement {statement}: the opening balance {opening} plus the entries {entries} does not give the closing balance {closing}. The file is incomplete or was edited; nothing was imported.',
    de: '„{file}“, Auszug {statement}: Anfangssaldo {opening} plus Buchungen {entries} ergibt nicht den Schlusssaldo {closing}. Die Datei ist unvollständig oder wurde verändert; nichts wurde eingelesen.',
  },
  'bank.camt.unknown_account': {
    fr: '« {file} », extrait {statement} : le compte {iban} n’est le compte bancaire d’aucune entité de la coopérative. Rien n’a été importé.',
    nl: '"{file}", uittreksel {statement}: de rekening {iban} is van geen enkele entiteit van de coöperatie. Er werd niets ingelezen.',
    en: '"{file}", statement {statement}: the account {iban} is not the bank account of any entity of the cooperative. Nothing was imported.',
    de: '„{file}“, Auszug {statement}: Das Konto {iban} ist kein Bankkonto einer Einheit der Genossenschaft. Nichts wurde eingelesen.',
  },
  'bank.camt.currency': {
    fr: '« {file} », extrait {statement} : la devise {currency} n’est pas celle du compte ({expected}). Rien n’a été importé.',
    nl: '"{file}", uittreksel {statement}: de munt {currency} is niet die van de rekening ({expected}). Er werd niets ingelezen.',
    en: '"{file}", statement {statement}: the currency {currency} is not the account’s ({expected}). Nothing was imported.',
    de: '„{file}“, Auszug {statement}: Die Währung {currency} ist nicht die des Kontos ({expected}). Nichts wurde eingelesen.',
  },
  // --- The reconciliation queue ---------------------------------------------------------------------
  'bank.allocation.more_than_open': {
    fr: 'Ce paiement n’a plus que {open} à attribuer.',
    nl: 'Er blijft van deze betaling nog maar {open} toe te wijzen.',
    en: 'Only {open} of this payment is left to allocate.',
    de: 'Von dieser Zahlung sind nur noch {open} zuzuordnen.',
  },
  'bank.allocation.more_than_due': {
    fr: '{item} ne doit plus que {due}.',
    nl: '{item} staat nog maar voor {due} open.',
    en: '{item} owes only {due}.',
    de: '{item} ist nur noch mit {due} offen.',
  },
  'bank.allocation.not_open': {
    fr: 'Ce document n’attend plus de paiement.',
    nl: 'Dit document wacht niet meer op een betaling.',
    en: 'This item no longer waits for a payment.',
    de: 'Dieser Beleg wartet auf keine Zahlung mehr.',
  },
  'bank.allocation.other_entity': {
    fr: 'Ce paiement est arrivé sur le compte d’une autre entité que celle de ce document.',
    nl: 'Deze betaling kwam toe op de rekening van een andere entiteit dan die van dit document.',
    en: 'This payment reached the account of another entity than this item’s.',
    de: 'Diese Zahlung ging auf dem Konto einer anderen Einheit ein als der dieses Belegs.',
  },
  'bank.allocation.duplicate_target': {
    fr: 'Le même document figure deux fois.',
    nl: 'Hetzelfde document staat er twee keer in.',
    en: 'The same item is listed twice.',
    de: 'Derselbe Beleg ist zweimal aufgeführt.',
  },
  'bank.transaction.debit': {
    fr: 'Un paiement sortant ne s’attribue pas à une facture : il se confirme par son ordre de virement, ou s’écarte avec un motif.',
    nl: 'Een uitgaande betaling wordt niet aan een factuur toegewezen: ze wordt bevestigd door haar overschrijvingsopdracht, of met een reden opzijgezet.',
    en: 'An outgoing payment is not allocated to an invoice: its transfer order confirms it, or it is set aside with a reason.',
    de: 'Eine ausgehende Zahlung wird keiner Rechnung zugeordnet: Ihr Überweisungsauftrag bestätigt sie, oder sie wird mit einem Grund beiseitegelegt.',
  },
  'bank.transaction.settled': {
    fr: 'Ce paiement est déjà entièrement attribué.',
    nl: 'Deze betaling is al volledig toegewezen.',
    en: 'This payment is already fully allocated.',
    de: 'Diese Zahlung ist bereits vollständig zugeordnet.',
  },
  'bank.transaction.ignored': {
    fr: 'Ce paiement a déjà été écarté.',
    nl: 'Deze betaling werd al opzijgezet.',
    en: 'This payment was already set aside.',
    de: 'Diese Zahlung wurde bereits beiseitegelegt.',
  },
};
