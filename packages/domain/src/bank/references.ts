/**
 * Payment references found in what a payer wrote: the Belgian structured communication (`+++123/4567/89012+++`,
 * `***…***` or its 12 digits alone, valid modulo 97) and the ISO 11649 creditor reference (`RF18 5390 0754 7034`),
 * whether the bank reports them in the structured field (`CdtrRefInf/Ref` with issuer BBA or ISO) or payers
 * typed them in the free text.
 *
 * A reference is written as its electronic form: the 12 digits of a structured communication, `RF…` for a
 * creditor reference. Only references whose check digits are right are kept: a mistyped one stays in the
 * text, where the suggestions look for its fragments.
 */
import {
  parseCreditorReference,
  parseStructuredCommunication,
} from '../identifiers/structured-communication.ts';

export interface StructuredRemittance {
  /** `BBA` (Belgian structured communication), `ISO` (ISO 11649), or what the bank wrote. */
  scheme: string | null;
  reference: string;
}

/** `+++123/4567/89012+++` and `***123/4567/89012***`, spaces allowed anywhere inside. */
const FENCED = /(\+{3}|\*{3})\s*(\d{3})\s*\/?\s*(\d{4})\s*\/?\s*(\d{5})\s*\1/g;
/** `123/4567/89012` without fences. */
const SLASHED = /(?<![\d/])(\d{3})\s*\/\s*(\d{4})\s*\/\s*(\d{5})(?![\d/])/g;
/** 12 digits standing alone. */
const BARE = /(?<!\d)(\d{12})(?!\d)/g;
/** `RF` and 2 check digits, then letters and digits in groups. */
const CREDITOR = /\bRF\d{2}(?:\s?[A-Z0-9]{1,4}){1,6}\b/gi;

function structuredDigits(digits: string): string | null {
  const parsed = parseStructuredCommunication(digits);
  return parsed.ok ? parsed.value : null;
}

/** The valid references written in a free text, in the order they appear, without repeats. */
export function referencesInText(text: string): string[] {
  const found: Array<{ at: number; value: string }> = [];
  for (const m of text.matchAll(FENCED)) {
    const value = structuredDigits(m[2]! + m[3]! + m[4]!);
    if (value) found.push({ at: m.index, value });
  }
  for (const m of text.matchAll(SLASHED)) {
    const value = structuredDigits(m[1]! + m[2]! + m[3]!);
    if (value) found.push({ at: m.index, value });
  }
  for (const m of text.matchAll(BARE)) {
    const value = structuredDigits(m[1]!);
    if (value) found.push({ at: m.index, value });
  }
  for (const m of text.matchAll(CREDITOR)) {
    // The groups may run into the next word: the longest prefix with right check digits wins.
    const groups = m[0].split(/\s+/);
    for (let n = groups.length; n >= 1; n -= 1) {
      const parsed = parseCreditorReference(groups.slice(0, n).join(''));
      if (parsed.ok) {
        found.push({ at: m.index, value: parsed.value });
        break;
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.value))];
}

/** A reference given in the structured field: by its scheme, or by its shape when the bank names none. */
export function structuredReference(remittance: StructuredRemittance): string | null {
  const scheme = remittance.scheme?.toUpperCase() ?? null;
  const reference = remittance.reference.trim();
  if (scheme === 'ISO' || /^RF\d{2}/i.test(reference.replace(/\s/g, ''))) {
    const parsed = parseCreditorReference(reference);
    if (parsed.ok) return parsed.value;
    if (scheme === 'ISO') return null;
  }
  const parsed = parseStructuredCommunication(reference);
  return parsed.ok ? parsed.value : null;
}

/** Every valid reference of a payment: the structured ones first, then those found in the free text. */
export function paymentReferences(
  structured: readonly StructuredRemittance[],
  texts: readonly string[],
): string[] {
  const refs: string[] = [];
  for (const s of structured) {
    const value = structuredReference(s);
    if (value) refs.push(value);
  }
  for (const text of texts) refs.push(...referencesInText(text));
  return [...new Set(refs)];
}
