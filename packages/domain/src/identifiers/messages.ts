/**
 * Messages for every code raised by the identifier checks, in the four languages. The `satisfies`
 * clause makes the compiler refuse a code without a message, and a message without a code.
 */
import type { Catalogue, Translated } from '../i18n/languages.ts';
import type { EmailErrorCode } from './email.ts';
import type { EnterpriseNumberErrorCode } from './enterprise-number.ts';
import type { EpcQrErrorCode } from './epc-qr.ts';
import type { BicErrorCode, IbanErrorCode } from './iban.ts';
import type { NissErrorCode } from './niss.ts';
import type { PostalCodeErrorCode } from './postal-code.ts';
import type {
  CreditorReferenceErrorCode,
  StructuredCommunicationErrorCode,
} from './structured-communication.ts';
import type { VatErrorCode } from './vat.ts';

export type IdentifierErrorCode =
  | NissErrorCode
  | EnterpriseNumberErrorCode
  | VatErrorCode
  | IbanErrorCode
  | BicErrorCode
  | StructuredCommunicationErrorCode
  | CreditorReferenceErrorCode
  | EpcQrErrorCode
  | EmailErrorCode
  | PostalCodeErrorCode;

export const identifierMessages: Catalogue = {
  // National register number (NISS / INSZ)
  'niss.format': {
    fr: "Le numéro de registre national n'est pas valide : il doit compter 11 chiffres (AA.MM.JJ-SSS.CC).",
    nl: 'Het rijksregisternummer is niet geldig: het moet uit 11 cijfers bestaan (JJ.MM.DD-SSS.CC).',
    en: 'The national register number is not valid: it must have 11 digits (YY.MM.DD-SSS.CC).',
    de: 'Die Nationalregisternummer ist ungültig: Sie muss aus 11 Ziffern bestehen (JJ.MM.TT-SSS.KK).',
  },
  'niss.checksum': {
    fr: "Le numéro de registre national n'est pas valide : les chiffres de contrôle ne correspondent pas.",
    nl: 'Het rijksregisternummer is niet geldig: de controlecijfers kloppen niet.',
    en: 'The national register number is not valid: the check digits do not match.',
    de: 'Die Nationalregisternummer ist ungültig: Die Prüfziffern stimmen nicht.',
  },
  'niss.birth_date': {
    fr: "Le numéro de registre national n'est pas valide : la date de naissance qu'il contient n'existe pas.",
    nl: 'Het rijksregisternummer is niet geldig: de geboortedatum erin bestaat niet.',
    en: 'The national register number is not valid: the birth date it contains does not exist.',
    de: 'Die Nationalregisternummer ist ungültig: Das darin enthaltene Geburtsdatum existiert nicht.',
  },
  'niss.birth_date_mismatch': {
    fr: 'Le numéro de registre national ne correspond pas à la date de naissance indiquée.',
    nl: 'Het rijksregisternummer komt niet overeen met de opgegeven geboortedatum.',
    en: 'The national register number does not match the birth date given.',
    de: 'Die Nationalregisternummer stimmt nicht mit dem angegebenen Geburtsdatum überein.',
  },

  // Enterprise number (KBO / BCE)
  'enterprise_number.format': {
    fr: "Le numéro d'entreprise n'est pas valide : il doit compter 10 chiffres et commencer par 0 ou 1 (0123.456.789).",
    nl: 'Het ondernemingsnummer is niet geldig: het moet uit 10 cijfers bestaan en met 0 of 1 beginnen (0123.456.789).',
    en: 'The enterprise number is not valid: it must have 10 digits and start with 0 or 1 (0123.456.789).',
    de: 'Die Unternehmensnummer ist ungültig: Sie muss aus 10 Ziffern bestehen und mit 0 oder 1 beginnen (0123.456.789).',
  },
  'enterprise_number.checksum': {
    fr: "Le numéro d'entreprise n'est pas valide : les chiffres de contrôle ne correspondent pas.",
    nl: 'Het ondernemingsnummer is niet geldig: de controlecijfers kloppen niet.',
    en: 'The enterprise number is not valid: the check digits do not match.',
    de: 'Die Unternehmensnummer ist ungültig: Die Prüfziffern stimmen nicht.',
  },

  // VAT numbers
  'vat.country_missing': {
    fr: 'Le numéro de TVA doit commencer par le code du pays (par exemple BE).',
    nl: 'Het btw-nummer moet met de landcode beginnen (bijvoorbeeld BE).',
    en: 'The VAT number must start with the country code (for example BE).',
    de: 'Die MwSt.-Nummer muss mit dem Ländercode beginnen (zum Beispiel BE).',
  },
  'vat.country_unknown': {
    fr: "Le numéro de TVA commence par « {country} », qui n'est pas le code d'un pays de l'Union européenne.",
    nl: 'Het btw-nummer begint met "{country}", wat geen landcode van de Europese Unie is.',
    en: 'The VAT number starts with "{country}", which is not the code of a European Union country.',
    de: 'Die MwSt.-Nummer beginnt mit „{country}“, das ist kein Ländercode der Europäischen Union.',
  },
  'vat.format': {
    fr: "Le numéro de TVA n'a pas la forme attendue pour le pays {country}.",
    nl: 'Het btw-nummer heeft niet de verwachte vorm voor het land {country}.',
    en: 'The VAT number does not have the expected form for country {country}.',
    de: 'Die MwSt.-Nummer hat nicht die für das Land {country} erwartete Form.',
  },
  'vat.checksum': {
    fr: "Le numéro de TVA n'est pas valide : les chiffres de contrôle ne correspondent pas.",
    nl: 'Het btw-nummer is niet geldig: de controlecijfers kloppen niet.',
    en: 'The VAT number is not valid: the check digits do not match.',
    de: 'Die MwSt.-Nummer ist ungültig: Die Prüfziffern stimmen nicht.',
  },

  // Bank accounts
  'iban.format': {
    fr: "Le numéro de compte IBAN n'est pas valide : vérifiez le code du pays et le nombre de caractères.",
    nl: 'Het IBAN-rekeningnummer is niet geldig: controleer de landcode en het aantal tekens.',
    en: 'The IBAN account number is not valid: check the country code and the number of characters.',
    de: 'Die IBAN ist ungültig: Prüfen Sie den Ländercode und die Anzahl der Zeichen.',
  },
  'iban.checksum': {
    fr: "Le numéro de compte IBAN n'est pas valide : les chiffres de contrôle ne correspondent pas.",
    nl: 'Het IBAN-rekeningnummer is niet geldig: de controlecijfers kloppen niet.',
    en: 'The IBAN account number is not valid: the check digits do not match.',
    de: 'Die IBAN ist ungültig: Die Prüfziffern stimmen nicht.',
  },
  'iban.not_sepa': {
    fr: "Le numéro de compte IBAN est d'un pays ({country}) hors de la zone SEPA : un virement SEPA ne peut pas l'atteindre.",
    nl: 'Het IBAN-rekeningnummer is van een land ({country}) buiten de SEPA-zone: een SEPA-overschrijving kan het niet bereiken.',
    en: 'The IBAN account number is from a country ({country}) outside the SEPA zone: a SEPA transfer cannot reach it.',
    de: 'Die IBAN gehört zu einem Land ({country}) außerhalb des SEPA-Raums: Eine SEPA-Überweisung kann sie nicht erreichen.',
  },
  'bic.format': {
    fr: "Le code BIC n'est pas valide : il compte 8 ou 11 caractères (par exemple GEBABEBB).",
    nl: 'De BIC-code is niet geldig: hij telt 8 of 11 tekens (bijvoorbeeld GEBABEBB).',
    en: 'The BIC code is not valid: it has 8 or 11 characters (for example GEBABEBB).',
    de: 'Der BIC ist ungültig: Er hat 8 oder 11 Zeichen (zum Beispiel GEBABEBB).',
  },

  // Payment references
  'structured_communication.format': {
    fr: "La communication structurée n'est pas valide : elle compte 12 chiffres (+++123/4567/89012+++).",
    nl: 'De gestructureerde mededeling is niet geldig: ze telt 12 cijfers (+++123/4567/89012+++).',
    en: 'The structured communication is not valid: it has 12 digits (+++123/4567/89012+++).',
    de: 'Die strukturierte Mitteilung ist ungültig: Sie hat 12 Ziffern (+++123/4567/89012+++).',
  },
  'structured_communication.checksum': {
    fr: "La communication structurée n'est pas valide : les chiffres de contrôle ne correspondent pas.",
    nl: 'De gestructureerde mededeling is niet geldig: de controlecijfers kloppen niet.',
    en: 'The structured communication is not valid: the check digits do not match.',
    de: 'Die strukturierte Mitteilung ist ungültig: Die Prüfziffern stimmen nicht.',
  },
  'structured_communication.base_out_of_range': {
    fr: 'La communication structurée ne peut être faite que sur un nombre entier de {min} à {max}.',
    nl: 'De gestructureerde mededeling kan alleen gemaakt worden van een geheel getal van {min} tot {max}.',
    en: 'The structured communication can only be made from a whole number from {min} to {max}.',
    de: 'Die strukturierte Mitteilung kann nur aus einer ganzen Zahl von {min} bis {max} gebildet werden.',
  },
  'creditor_reference.format': {
    fr: "La référence créancier n'est pas valide : elle commence par RF suivi de 2 chiffres de contrôle et de 1 à 21 lettres ou chiffres.",
    nl: 'De schuldeisersreferentie is niet geldig: ze begint met RF, gevolgd door 2 controlecijfers en 1 tot 21 letters of cijfers.',
    en: 'The creditor reference is not valid: it starts with RF followed by 2 check digits and 1 to 21 letters or digits.',
    de: 'Die Gläubigerreferenz ist ungültig: Sie beginnt mit RF, gefolgt von 2 Prüfziffern und 1 bis 21 Buchstaben oder Ziffern.',
  },
  'creditor_reference.checksum': {
    fr: "La référence créancier n'est pas valide : les chiffres de contrôle ne correspondent pas.",
    nl: 'De schuldeisersreferentie is niet geldig: de controlecijfers kloppen niet.',
    en: 'The creditor reference is not valid: the check digits do not match.',
    de: 'Die Gläubigerreferenz ist ungültig: Die Prüfziffern stimmen nicht.',
  },

  // EPC payment QR code
  'epc_qr.name_required': {
    fr: 'Le code QR de paiement demande le nom du bénéficiaire.',
    nl: 'De betaal-QR-code vereist de naam van de begunstigde.',
    en: 'The payment QR code needs the name of the beneficiary.',
    de: 'Der Zahlungs-QR-Code benötigt den Namen des Begünstigten.',
  },
  'epc_qr.name_too_long': {
    fr: 'Le nom du bénéficiaire est trop long pour le code QR de paiement : {max} caractères au plus.',
    nl: 'De naam van de begunstigde is te lang voor de betaal-QR-code: hoogstens {max} tekens.',
    en: 'The beneficiary name is too long for the payment QR code: {max} characters at most.',
    de: 'Der Name des Begünstigten ist für den Zahlungs-QR-Code zu lang: höchstens {max} Zeichen.',
  },
  'epc_qr.text_invalid': {
    fr: 'Ce texte ne peut pas figurer dans le code QR de paiement : il contient un saut de ligne ou un caractère de contrôle.',
    nl: 'Deze tekst kan niet in de betaal-QR-code: hij bevat een regeleinde of een stuurteken.',
    en: 'This text cannot go into the payment QR code: it contains a line break or a control character.',
    de: 'Dieser Text kann nicht in den Zahlungs-QR-Code: Er enthält einen Zeilenumbruch oder ein Steuerzeichen.',
  },
  'epc_qr.amount_out_of_range': {
    fr: 'Le montant du code QR de paiement doit être compris entre 0,01 et 999 999 999,99 euros.',
    nl: 'Het bedrag van de betaal-QR-code moet tussen 0,01 en 999 999 999,99 euro liggen.',
    en: 'The amount of the payment QR code must be between 0.01 and 999,999,999.99 euros.',
    de: 'Der Betrag des Zahlungs-QR-Codes muss zwischen 0,01 und 999 999 999,99 Euro liegen.',
  },
  'epc_qr.currency': {
    fr: "Le code QR de paiement n'accepte que des montants en euros, pas en {currency}.",
    nl: 'De betaal-QR-code aanvaardt alleen bedragen in euro, niet in {currency}.',
    en: 'The payment QR code only accepts amounts in euros, not in {currency}.',
    de: 'Der Zahlungs-QR-Code akzeptiert nur Beträge in Euro, nicht in {currency}.',
  },
  'epc_qr.purpose': {
    fr: "Le code d'objet du paiement n'est pas valide : il compte 4 lettres (par exemple SUPP).",
    nl: 'De doelcode van de betaling is niet geldig: ze telt 4 letters (bijvoorbeeld SUPP).',
    en: 'The payment purpose code is not valid: it has 4 letters (for example SUPP).',
    de: 'Der Zweckcode der Zahlung ist ungültig: Er hat 4 Buchstaben (zum Beispiel SUPP).',
  },
  'epc_qr.reference_invalid': {
    fr: "La référence structurée n'est pas valide : indiquez une communication structurée (+++123/4567/89012+++) ou une référence créancier RF.",
    nl: 'De gestructureerde referentie is niet geldig: geef een gestructureerde mededeling (+++123/4567/89012+++) of een RF-schuldeisersreferentie.',
    en: 'The structured reference is not valid: give a structured communication (+++123/4567/89012+++) or an RF creditor reference.',
    de: 'Die strukturierte Referenz ist ungültig: Geben Sie eine strukturierte Mitteilung (+++123/4567/89012+++) oder eine RF-Gläubigerreferenz an.',
  },
  'epc_qr.reference_and_text': {
    fr: 'Le code QR de paiement porte soit une communication structurée, soit une communication libre, pas les deux.',
    nl: 'De betaal-QR-code bevat ofwel een gestructureerde, ofwel een vrije mededeling, niet beide.',
    en: 'The payment QR code carries either a structured or a free communication, not both.',
    de: 'Der Zahlungs-QR-Code enthält entweder eine strukturierte oder eine freie Mitteilung, nicht beide.',
  },
  'epc_qr.remittance_too_long': {
    fr: 'La communication libre est trop longue pour le code QR de paiement : {max} caractères au plus.',
    nl: 'De vrije mededeling is te lang voor de betaal-QR-code: hoogstens {max} tekens.',
    en: 'The free communication is too long for the payment QR code: {max} characters at most.',
    de: 'Die freie Mitteilung ist für den Zahlungs-QR-Code zu lang: höchstens {max} Zeichen.',
  },
  'epc_qr.beneficiary_info_too_long': {
    fr: 'Le message au payeur est trop long pour le code QR de paiement : {max} caractères au plus.',
    nl: 'Het bericht aan de betaler is te lang voor de betaal-QR-code: hoogstens {max} tekens.',
    en: 'The message to the payer is too long for the payment QR code: {max} characters at most.',
    de: 'Die Nachricht an den Zahler ist für den Zahlungs-QR-Code zu lang: höchstens {max} Zeichen.',
  },
  'epc_qr.too_long': {
    fr: 'Le code QR de paiement dépasse {max} octets : raccourcissez le nom ou la communication.',
    nl: 'De betaal-QR-code is langer dan {max} bytes: maak de naam of de mededeling korter.',
    en: 'The payment QR code exceeds {max} bytes: shorten the name or the communication.',
    de: 'Der Zahlungs-QR-Code überschreitet {max} Bytes: Kürzen Sie den Namen oder die Mitteilung.',
  },

  // E-mail
  'email.format': {
    fr: "L'adresse e-mail n'est pas valide : elle doit avoir la forme nom@domaine.be.",
    nl: 'Het e-mailadres is niet geldig: het moet de vorm naam@domein.be hebben.',
    en: 'The e-mail address is not valid: it must look like name@domain.be.',
    de: 'Die E-Mail-Adresse ist ungültig: Sie muss die Form name@domain.be haben.',
  },
  'email.too_long': {
    fr: "L'adresse e-mail est trop longue : {max} caractères au plus.",
    nl: 'Het e-mailadres is te lang: hoogstens {max} tekens.',
    en: 'The e-mail address is too long: {max} characters at most.',
    de: 'Die E-Mail-Adresse ist zu lang: höchstens {max} Zeichen.',
  },
  'email.local_part_too_long': {
    fr: "L'adresse e-mail n'est pas valide : la partie avant « @ » compte {max} caractères au plus.",
    nl: 'Het e-mailadres is niet geldig: het deel vóór "@" telt hoogstens {max} tekens.',
    en: 'The e-mail address is not valid: the part before "@" has {max} characters at most.',
    de: 'Die E-Mail-Adresse ist ungültig: Der Teil vor „@“ hat höchstens {max} Zeichen.',
  },

  // Postal codes
  'postal_code.format': {
    fr: "Le code postal n'est pas valide pour le pays {country}.",
    nl: 'De postcode is niet geldig voor het land {country}.',
    en: 'The postal code is not valid for country {country}.',
    de: 'Die Postleitzahl ist für das Land {country} ungültig.',
  },
  'postal_code.country': {
    fr: "Le pays de l'adresse doit être un code de deux lettres (par exemple BE) pour vérifier le code postal.",
    nl: 'Het land van het adres moet een code van twee letters zijn (bijvoorbeeld BE) om de postcode te controleren.',
    en: 'The country of the address must be a two-letter code (for example BE) to check the postal code.',
    de: 'Das Land der Adresse muss ein Code aus zwei Buchstaben sein (zum Beispiel BE), um die Postleitzahl zu prüfen.',
  },
} satisfies Record<IdentifierErrorCode, Translated>;
