/**
 * Electronic addresses of the parties of an e-invoice (EN 16931 BT-34 seller, BT-49 buyer; UBL
 * `cbc:EndpointID` with its `schemeID`) and Peppol participant identifiers (`<scheme>:<id>`).
 *
 * The scheme is a code of the Electronic Address Scheme list (EAS, maintained by the European Commission
 * for EN 16931, code list of BT-34-1/BT-49-1). Peppol BIS Billing 3.0 accepts a subset of it on its network
 * (rule PEPPOL-EN16931-CL008): ISO 6523 ICD codes (0002...) and the 99xx national VAT schemes. `EM`
 * (e-mail address) is in the EAS list but not in the Peppol subset: an invoice addressed to an e-mail
 * address is valid EN 16931 but is not sent over Peppol (it goes by e-mail, see `delivery-channel.ts`).
 *
 * Sources: EAS code list (CEF eInvoicing, "Electronic Address Scheme Code list"); Peppol BIS Billing 3.0
 * code list "EAS" (docs.peppol.eu/poacc/billing/3.0/codelist/eas/), release of November 2025: 0208 Belgian
 * enterprise number, 9925 BE VAT, 9957 FR VAT, 99xx the other national VAT numbers, 0211 IT partita IVA,
 * 0213 FI VAT, 0184 DK CVR, 0007 SE organisation number. Belgian enterprises are reachable on Peppol under
 * 0208 (their enterprise number), the identifier every Belgian participant registers; a registration under
 * 9925 (VAT number) is optional.
 */
import { isEuCountry, vatPrefixForCountry } from '../contracts/countries.ts';

/** EAS code of each EU VAT number prefix when the VAT number itself is the address (value: the VAT number). */
const VAT_NUMBER_SCHEMES: Readonly<Record<string, string>> = {
  AT: '9914',
  BE: '9925',
  BG: '9926',
  CY: '9928',
  CZ: '9929',
  DE: '9930',
  DK: '0184',
  EE: '9931',
  EL: '9933',
  ES: '9920',
  FI: '0213',
  FR: '9957',
  HR: '9934',
  HU: '9910',
  IE: '9935',
  IT: '0211',
  LT: '9937',
  LU: '9938',
  LV: '9939',
  MT: '9943',
  NL: '9944',
  PL: '9945',
  PT: '9946',
  RO: '9947',
  SI: '9949',
  SK: '9950',
};

/** The schemes of this module that Peppol accepts on its network (all but `EM`). */
export const PEPPOL_ADDRESS_SCHEMES: ReadonlySet<string> = new Set([
  '0007',
  '0208',
  ...Object.values(VAT_NUMBER_SCHEMES),
]);

export interface ElectronicAddress {
  /** EAS code (`0208`, `9957`, `EM`...). */
  scheme: string;
  id: string;
}

export interface AddressableParty {
  country: string;
  /** Belgian enterprise number, 10 digits. */
  enterpriseNumber?: string | null;
  /** A checked EU VAT number with its prefix (`BE0403170701`, `FR40513036178`). */
  vatNumber?: string | null;
  /** A Peppol participant identifier already known for the party (`0208:0403170701`). */
  peppolId?: string | null;
  email?: string | null;
}

const PARTICIPANT = /^(\d{4}):([A-Za-z0-9._-]{1,50})$/;

/** `0208:0403170701` → `{ scheme: '0208', id: '0403170701' }`; null when it is not of that form. */
export function parseParticipantId(value: string | null | undefined): ElectronicAddress | null {
  const m = value ? PARTICIPANT.exec(value.trim()) : null;
  return m ? { scheme: m[1]!, id: m[2]! } : null;
}

export function participantId(address: ElectronicAddress): string {
  return `${address.scheme}:${address.id}`;
}

/** The address of a VAT number, when its country has a scheme (Sweden: the organisation number in it). */
function vatAddress(vatNumber: string): ElectronicAddress | null {
  const prefix = vatNumber.slice(0, 2).toUpperCase();
  // SE VAT numbers are SE + the 10-digit organisation number + 01 (no VAT scheme on Peppol; 0007 is the
  // organisation number).
  if (prefix === 'SE' && /^SE\d{10}01$/.test(vatNumber))
    return { scheme: '0007', id: vatNumber.slice(2, 12) };
  const scheme = VAT_NUMBER_SCHEMES[prefix];
  return scheme ? { scheme, id: vatNumber.toUpperCase() } : null;
}

/**
 * The address that reaches the party on Peppol, when it has one we can name: a known participant
 * identifier, the Belgian enterprise number (0208), or the VAT number of an EU country (national scheme).
 */
export function peppolAddressOf(party: AddressableParty): ElectronicAddress | null {
  const known = parseParticipantId(party.peppolId);
  if (known) return known;
  if (party.country === 'BE' && party.enterpriseNumber && /^[01]\d{9}$/.test(party.enterpriseNumber)) {
    return { scheme: '0208', id: party.enterpriseNumber };
  }
  if (party.vatNumber && isEuCountry(party.country)) {
    if (party.vatNumber.slice(0, 2).toUpperCase() !== vatPrefixForCountry(party.country)) return null;
    return vatAddress(party.vatNumber);
  }
  return null;
}

/**
 * The electronic address written on an e-invoice for the party: its Peppol address when it has one, else
 * its e-mail address (`EM`), else null (a party with neither cannot receive an electronic invoice).
 */
export function electronicAddressOf(party: AddressableParty): ElectronicAddress | null {
  const peppol = peppolAddressOf(party);
  if (peppol) return peppol;
  if (party.email && party.email.includes('@')) return { scheme: 'EM', id: party.email };
  return null;
}
