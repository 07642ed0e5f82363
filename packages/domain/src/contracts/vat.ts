/**
 * VAT treatment of an invoice line of the Contract tool (the cooperative invoices the client for the
 * worker's prestation). Each treatment is a rate plus the legal mention the invoice must carry.
 *
 * Place of supply of services (Belgian VAT Code, CTVA/WBTW, art. 21 and 21bis; Directive 2006/112/EC
 * art. 44 and 45), kept to what a cooperative of freelancers needs:
 * - business client (company or public body with a VAT number) in ANOTHER EU country: the service is
 *   taxed where the client is established; the client accounts for the VAT ("reverse charge",
 *   Directive art. 196) → `reverse_charge_eu`, mandatory;
 * - business client outside the EU: the service is taxed where the client is, outside the scope of Belgian
 *   VAT (art. 21 §2) → `export_non_eu`, mandatory;
 * - private persons and clients established in the entity's own country: Belgian VAT at the rate of the
 *   service (art. 21bis §1 general rule for persons; rates: art. 37 and Royal Decree n° 20 of 20 July 1970);
 *   a private person outside the EU may also be invoiced without VAT (`export_non_eu`) when the service is one
 *   of those art. 21bis §2 9° moves to the client's country (copyrights, advertising, consultancy, data
 *   processing...):
 *   the adviser checks it, the rule below only allows it;
 * - Formateurs Associés (entity not VAT-registered): every invoice is training exempt under art. 44 §2 4° a),
 *   and that entity may use nothing else.
 * Not modelled: special territories, distance rules for events (admission to events is taxed where the
 * event takes place, art. 21 §3 3°), electronic services to persons.
 *
 * Rounding: the VAT of a group of lines (same treatment) is computed once on the sum of their bases, half
 * up to the cent, as EN 16931 requires for the invoice's VAT breakdown (business rule BR-CO-17); `vatAmount`
 * applies the same rounding to one base.
 */
import type { FieldIssue } from '../errors.ts';
import type { Translated } from '../i18n/languages.ts';
import { parseVatNumber } from '../identifiers/vat.ts';
import { mulDiv } from '../payroll/arith.ts';
import { effectiveAt, type EffectiveRule } from '../rules/types.ts';
import { isEuCountry, vatPrefixForCountry } from './countries.ts';

export const VAT_TREATMENTS = [
  'standard_21',
  'reduced_12',
  'reduced_6',
  'zero',
  'exempt_trainer',
  'reverse_charge_eu',
  'export_non_eu',
] as const;
export type VatTreatment = (typeof VAT_TREATMENTS)[number];

/** Belgian rates: the treatments a domestic invoice may use. */
export const DOMESTIC_VAT_TREATMENTS: readonly VatTreatment[] = [
  'standard_21',
  'reduced_12',
  'reduced_6',
  'zero',
];

export function isVatTreatment(value: unknown): value is VatTreatment {
  return typeof value === 'string' && (VAT_TREATMENTS as readonly string[]).includes(value);
}

/**
 * VAT category of the treatment in electronic invoices (EN 16931, code list UNCL 5305): S any non-zero
 * rate, Z zero rate, E exempt, AE reverse charge, G export outside the EU.
 */
export type VatCategoryCode = 'S' | 'Z' | 'E' | 'AE' | 'G';

export interface VatTreatmentRule extends EffectiveRule {
  /** VAT rate in basis points (2100 = 21 %). */
  rateBp: number;
  category: VatCategoryCode;
  /** Short name, for a select box. */
  label: Translated;
  /** Text printed on the invoice next to the VAT breakdown. */
  mention: Translated;
}

const RATES_SOURCE =
  'Belgian VAT Code art. 37 §1 and Royal Decree n° 20 of 20 July 1970 (art. 1: 21 % general rate; tables of goods and services at 6 % and 12 %; 0 % for the goods and services it lists); validFrom: 21 % since 1 January 1996 (the reduced rates are older)';

export const VAT_TREATMENT_RULES: Readonly<Record<VatTreatment, readonly VatTreatmentRule[]>> = {
  standard_21: [
    {
      validFrom: '1996-01-01',
      rateBp: 2100,
      category: 'S',
      label: { fr: 'TVA 21 %', nl: 'Btw 21 %', en: 'VAT 21 %', de: 'MwSt. 21 %' },
      mention: {
        fr: 'TVA belge au taux normal de 21 %.',
        nl: 'Belgische btw tegen het normale tarief van 21 %.',
        en: 'Belgian VAT at the standard rate of 21 %.',
        de: 'Belgische MwSt. zum Normalsatz von 21 %.',
      },
      source: RATES_SOURCE,
      verified: true,
    },
  ],
  reduced_12: [
    {
      validFrom: '1996-01-01',
      rateBp: 1200,
      category: 'S',
      label: { fr: 'TVA 12 %', nl: 'Btw 12 %', en: 'VAT 12 %', de: 'MwSt. 12 %' },
      mention: {
        fr: 'TVA belge au taux réduit de 12 %.',
        nl: 'Belgische btw tegen het verlaagde tarief van 12 %.',
        en: 'Belgian VAT at the reduced rate of 12 %.',
        de: 'Belgische MwSt. zum ermäßigten Satz von 12 %.',
      },
      source: RATES_SOURCE,
      verified: true,
    },
  ],
  reduced_6: [
    {
      validFrom: '1996-01-01',
      rateBp: 600,
      category: 'S',
      label: { fr: 'TVA 6 %', nl: 'Btw 6 %', en: 'VAT 6 %', de: 'MwSt. 6 %' },
      mention: {
        fr: 'TVA belge au taux réduit de 6 %.',
        nl: 'Belgische btw tegen het verlaagde tarief van 6 %.',
        en: 'Belgian VAT at the reduced rate of 6 %.',
        de: 'Belgische MwSt. zum ermäßigten Satz von 6 %.',
      },
      source: RATES_SOURCE,
      verified: true,
    },
  ],
  zero: [
    {
      validFrom: '1996-01-01',
      rateBp: 0,
      category: 'Z',
      label: { fr: 'TVA 0 %', nl: 'Btw 0 %', en: 'VAT 0 %', de: 'MwSt. 0 %' },
      mention: {
        fr: 'TVA belge au taux de 0 % (arrêté royal n° 20).',
        nl: 'Belgische btw tegen het tarief van 0 % (koninklijk besluit nr. 20).',
        en: 'Belgian VAT at the rate of 0 % (Royal Decree n° 20).',
        de: 'Belgische MwSt. zum Satz von 0 % (Königlicher Erlass Nr. 20).',
      },
      source: RATES_SOURCE,
      verified: true,
    },
  ],
  exempt_trainer: [
    {
      validFrom: '2014-01-01',
      rateBp: 0,
      category: 'E',
      label: {
        fr: 'Exempté (formation)',
        nl: 'Vrijgesteld (opleiding)',
        en: 'Exempt (training)',
        de: 'Befreit (Weiterbildung)',
      },
      mention: {
        fr: 'Exemption de TVA : formation professionnelle, article 44, § 2, 4°, a) du Code de la TVA.',
        nl: 'Vrijstelling van btw: beroepsopleiding, artikel 44, § 2, 4°, a) van het Btw-Wetboek.',
        en: 'Exempt from VAT: vocational training, article 44, § 2, 4°, a) of the Belgian VAT Code.',
        de: 'Von der MwSt. befreit: berufliche Bildung, Artikel 44 § 2 Nr. 4 Buchstabe a des belgischen MwSt.-Gesetzbuches.',
      },
      source:
        'Belgian VAT Code art. 44 §2 4° a) as replaced by the law of 17 June 2013 (art. 46), in force 1 January 2014: vocational training by non-profit bodies (circular AGFisc n° 50/2013); Directive 2006/112/EC art. 132 §1 i). Formateurs Associés is the non-profit training entity of the group invoicing without VAT (seeds 001:L729-731)',
      verified: true,
    },
  ],
  reverse_charge_eu: [
    {
      validFrom: '2010-01-01',
      rateBp: 0,
      category: 'AE',
      label: {
        fr: 'Autoliquidation (client UE)',
        nl: 'Verlegging van heffing (EU-klant)',
        en: 'Reverse charge (EU client)',
        de: 'Umkehr der Steuerschuldnerschaft (EU-Kunde)',
      },
      mention: {
        fr: 'Autoliquidation : TVA due par le preneur (article 196 de la directive 2006/112/CE ; article 21, § 2, du Code de la TVA).',
        nl: 'Verlegging van heffing: btw verschuldigd door de afnemer (artikel 196 van richtlijn 2006/112/EG; artikel 21, § 2, van het Btw-Wetboek).',
        en: 'Reverse charge: VAT to be accounted for by the customer (article 196 of Directive 2006/112/EC; article 21, § 2, of the Belgian VAT Code).',
        de: 'Steuerschuldnerschaft des Leistungsempfängers (Artikel 196 der Richtlinie 2006/112/EG; Artikel 21 § 2 des belgischen MwSt.-Gesetzbuches).',
      },
      source:
        'Directive 2006/112/EC art. 44 (place of supply to a taxable person: where it is established) and art. 196 (customer liable), invoice mention art. 226 (11a); Belgian VAT Code art. 21 §2 as replaced on 1 January 2010 (VAT package, Directive 2008/8/EC)',
      verified: true,
    },
  ],
  export_non_eu: [
    {
      validFrom: '2010-01-01',
      rateBp: 0,
      category: 'G',
      label: {
        fr: 'Hors UE (non soumis à la TVA belge)',
        nl: 'Buiten de EU (niet onderworpen aan Belgische btw)',
        en: 'Outside the EU (not subject to Belgian VAT)',
        de: 'Außerhalb der EU (nicht der belgischen MwSt. unterworfen)',
      },
      mention: {
        fr: 'Opération non soumise à la TVA belge : service rendu à un preneur établi hors de l’Union européenne (article 21, § 2, du Code de la TVA).',
        nl: 'Handeling niet onderworpen aan Belgische btw: dienst verricht voor een afnemer gevestigd buiten de Europese Unie (artikel 21, § 2, van het Btw-Wetboek).',
        en: 'Not subject to Belgian VAT: service supplied to a customer established outside the European Union (article 21, § 2, of the Belgian VAT Code).',
        de: 'Nicht der belgischen MwSt. unterworfen: Dienstleistung an einen außerhalb der Europäischen Union ansässigen Leistungsempfänger (Artikel 21 § 2 des belgischen MwSt.-Gesetzbuches).',
      },
      source:
        'Belgian VAT Code art. 21 §2 (business client: place of supply where the client is established), art. 21bis §2 9° (listed services to persons outside the EU); Directive 2006/112/EC art. 44 and 59; in force 1 January 2010 (VAT package)',
      verified: true,
    },
  ],
};

/** The rule of a treatment in force on `date` (default: the latest one). */
export function vatTreatmentRule(treatment: VatTreatment, date?: string): VatTreatmentRule {
  const timeline = VAT_TREATMENT_RULES[treatment];
  const rule = date === undefined ? timeline[timeline.length - 1] : effectiveAt(timeline, date);
  if (!rule) throw new RangeError(`no VAT rule ${treatment} on ${date}`);
  return rule;
}

/**
 * VAT on a base, in cents, half up (away from zero for the negative bases of credit notes).
 * 1000 cents at 21 % → 210; 1 cent at 6 % → 0; 9 cents at 6 % → 1 (0.54 rounds up).
 */
export function vatAmount(baseCents: number, treatment: VatTreatment, date?: string): number {
  if (!Number.isSafeInteger(baseCents)) throw new RangeError(`base must be integer cents, got ${baseCents}`);
  const rateBp = vatTreatmentRule(treatment, date).rateBp;
  const amount = mulDiv(Math.abs(baseCents), rateBp, 10000, 'half-up');
  return baseCents < 0 && amount > 0 ? -amount : amount;
}

export interface VatLine {
  baseCents: number;
  treatment: VatTreatment;
}

export interface VatSummaryGroup {
  treatment: VatTreatment;
  category: VatCategoryCode;
  rateBp: number;
  baseCents: number;
  vatCents: number;
}

export interface VatSummary {
  groups: VatSummaryGroup[];
  totalBaseCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
}

/**
 * The VAT breakdown of an invoice: one group per treatment (in the order of `VAT_TREATMENTS`), VAT computed
 * on each group's total base (EN 16931 BR-CO-17), and the invoice totals.
 */
export function vatSummary(lines: readonly VatLine[], date?: string): VatSummary {
  const bases = new Map<VatTreatment, number>();
  for (const line of lines) {
    if (!isVatTreatment(line.treatment))
      throw new RangeError(`unknown VAT treatment ${String(line.treatment)}`);
    if (!Number.isSafeInteger(line.baseCents)) throw new RangeError('base must be integer cents');
    bases.set(line.treatment, (bases.get(line.treatment) ?? 0) + line.baseCents);
  }
  const groups: VatSummaryGroup[] = VAT_TREATMENTS.filter((t) => bases.has(t)).map((treatment) => {
    const rule = vatTreatmentRule(treatment, date);
    const baseCents = bases.get(treatment)!;
    return {
      treatment,
      category: rule.category,
      rateBp: rule.rateBp,
      baseCents,
      vatCents: vatAmount(baseCents, treatment, date),
    };
  });
  const totalBaseCents = groups.reduce((sum, g) => sum + g.baseCents, 0);
  const totalVatCents = groups.reduce((sum, g) => sum + g.vatCents, 0);
  return { groups, totalBaseCents, totalVatCents, totalInclVatCents: totalBaseCents + totalVatCents };
}

export type ClientType = 'company' | 'person' | 'public_body';

export interface VatTreatmentParties {
  entity: { id: string; country: string; vatRegistered: boolean };
  client: { kind: ClientType; country: string; vatNumber: string | null };
}

/** A business client (company or public body) with a valid VAT number of its own country. */
function hasValidVatNumberOfItsCountry(client: VatTreatmentParties['client']): boolean {
  if (!client.vatNumber) return false;
  const parsed = parseVatNumber(client.vatNumber);
  return parsed.ok && parsed.country === vatPrefixForCountry(client.country);
}

function isBusiness(client: VatTreatmentParties['client']): boolean {
  return client.kind === 'company' || client.kind === 'public_body';
}

/** Where the service is taxed, for the rules above. */
function placeOfSupply(parties: VatTreatmentParties): 'domestic' | 'reverse_charge' | 'export' {
  const { entity, client } = parties;
  if (!isEuCountry(client.country)) return isBusiness(client) ? 'export' : 'domestic';
  if (client.country !== entity.country && isBusiness(client) && hasValidVatNumberOfItsCountry(client)) {
    return 'reverse_charge';
  }
  return 'domestic';
}

/**
 * The treatment an invoice of `entity` to `client` should normally use (the form preselects it): the
 * training exemption for an entity that is not VAT-registered, reverse charge for a business client
 * elsewhere in the EU, export for a business client outside the EU, else the Belgian standard rate.
 */
export function defaultVatTreatment(
  entity: VatTreatmentParties['entity'],
  client: VatTreatmentParties['client'],
): VatTreatment {
  if (!entity.vatRegistered) return 'exempt_trainer';
  const place = placeOfSupply({ entity, client });
  if (place === 'reverse_charge') return 'reverse_charge_eu';
  if (place === 'export') return 'export_non_eu';
  return 'standard_21';
}

/**
 * Whether `treatment` may be used by `entity` for `client`. Returns the problems (field `vatTreatment`),
 * empty when the treatment is allowed.
 */
export function checkVatTreatment(input: { treatment: unknown } & VatTreatmentParties): FieldIssue[] {
  const { treatment, entity, client } = input;
  const issue = (code: string, params?: FieldIssue['params']): FieldIssue[] => [
    { field: 'vatTreatment', code, ...(params ? { params } : {}) },
  ];
  if (!isVatTreatment(treatment)) return issue('contract.vat.unknown', { treatment: String(treatment) });
  if (!entity.vatRegistered) {
    if (treatment !== 'exempt_trainer') return issue('contract.vat.exempt_entity', { entity: entity.id });
    if (entity.country !== 'BE') return issue('contract.vat.belgian_only', { entity: entity.id });
    return [];
  }
  if (treatment === 'exempt_trainer') return issue('contract.vat.exempt_not_allowed', { entity: entity.id });
  if (entity.country !== 'BE' && (DOMESTIC_VAT_TREATMENTS as readonly string[]).includes(treatment)) {
    return issue('contract.vat.belgian_only', { entity: entity.id });
  }
  const place = placeOfSupply({ entity, client });
  if (treatment === 'reverse_charge_eu') {
    return place === 'reverse_charge'
      ? []
      : issue('contract.vat.reverse_charge_not_allowed', { country: client.country });
  }
  if (treatment === 'export_non_eu') {
    return isEuCountry(client.country)
      ? issue('contract.vat.export_not_allowed', { country: client.country })
      : [];
  }
  // A domestic rate.
  if (place === 'reverse_charge')
    return issue('contract.vat.reverse_charge_required', { country: client.country });
  if (place === 'export') return issue('contract.vat.export_required', { country: client.country });
  return [];
}
