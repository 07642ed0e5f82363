import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_CATALOGUE } from '../entities/catalogue.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { timelineProblems } from '../rules/types.ts';
import { ISO_COUNTRY_CODES } from './countries.ts';
import {
  VAT_TREATMENTS,
  VAT_TREATMENT_RULES,
  checkVatTreatment,
  defaultVatTreatment,
  vatAmount,
  vatSummary,
  vatTreatmentRule,
  type ClientType,
  type VatTreatment,
} from './vat.ts';

const belgianEntity = { id: 'BE-PA', country: 'BE', vatRegistered: true };
const trainerEntity = { id: 'BE-FA', country: 'BE', vatRegistered: false };
const client = (kind: ClientType, country: string, vatNumber: string | null = null) => ({
  kind,
  country,
  vatNumber,
});

describe('VAT treatment rules', () => {
  it('has one clean, sourced timeline per treatment, with a mention in the four languages', () => {
    for (const treatment of VAT_TREATMENTS) {
      const timeline = VAT_TREATMENT_RULES[treatment];
      expect(timelineProblems(treatment, timeline)).toEqual([]);
      for (const rule of timeline) {
        for (const lang of LANGUAGES) {
          expect(rule.mention[lang].trim(), `${treatment} ${lang}`).not.toBe('');
          expect(rule.label[lang].trim(), `${treatment} ${lang}`).not.toBe('');
        }
      }
    }
  });

  it('has the Belgian rates and the zero-rated special treatments', () => {
    const rates = Object.fromEntries(VAT_TREATMENTS.map((t) => [t, vatTreatmentRule(t).rateBp]));
    expect(rates).toEqual({
      standard_21: 2100,
      reduced_12: 1200,
      reduced_6: 600,
      zero: 0,
      exempt_trainer: 0,
      reverse_charge_eu: 0,
      export_non_eu: 0,
    });
    expect(vatTreatmentRule('reverse_charge_eu').mention.fr).toContain('Autoliquidation');
    expect(vatTreatmentRule('reverse_charge_eu').mention.nl).toContain('Verlegging van heffing');
    expect(vatTreatmentRule('exempt_trainer').mention.fr).toContain('article 44');
  });

  it('selects the rule in force on a date', () => {
    expect(vatTreatmentRule('exempt_trainer', '2026-03-02').validFrom).toBe('2014-01-01');
    expect(() => vatTreatmentRule('exempt_trainer', '2013-12-31')).toThrow(RangeError);
  });
});

describe('vatAmount', () => {
  it('rounds half up to the cent', () => {
    expect(vatAmount(1000, 'standard_21')).toBe(210);
    expect(vatAmount(50, 'standard_21')).toBe(11); // 10.5 → 11
    expect(vatAmount(2, 'standard_21')).toBe(0); // 0.42 → 0
    expect(vatAmount(25, 'reduced_6')).toBe(2); // 1.5 → 2
    expect(vatAmount(9, 'reduced_6')).toBe(1); // 0.54 → 1
    expect(vatAmount(125, 'reduced_12')).toBe(15);
    expect(vatAmount(-50, 'standard_21')).toBe(-11);
    expect(vatAmount(123456, 'reverse_charge_eu')).toBe(0);
    expect(() => vatAmount(10.5, 'standard_21')).toThrow(RangeError);
  });

  it('property: the VAT is the exact product rounded half up (within half a cent, ties up)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom<VatTreatment>(...VAT_TREATMENTS),
        (base, treatment) => {
          const rate = vatTreatmentRule(treatment).rateBp;
          const vat = vatAmount(base, treatment);
          const diff = vat * 10000 - base * rate; // in 1/10000 of a cent
          expect(diff).toBeGreaterThan(-5000);
          expect(diff).toBeLessThanOrEqual(5000);
          expect(vatAmount(-base, treatment) + vat).toBe(0);
          expect(Object.is(vatAmount(-base, treatment), -0)).toBe(false);
        },
      ),
    );
  });
});

describe('vatSummary', () => {
  it('groups lines per treatment in a stable order and rounds each group once', () => {
    const summary = vatSummary([
      { baseCents: 50, treatment: 'standard_21' },
      { baseCents: 1000, treatment: 'reduced_6' },
      { baseCents: 50, treatment: 'standard_21' },
    ]);
    expect(summary.groups).toEqual([
      { treatment: 'standard_21', category: 'S', rateBp: 2100, baseCents: 100, vatCents: 21 },
      { treatment: 'reduced_6', category: 'S', rateBp: 600, baseCents: 1000, vatCents: 60 },
    ]);
    expect(summary).toMatchObject({ totalBaseCents: 1100, totalVatCents: 81, totalInclVatCents: 1181 });
    expect(vatSummary([])).toEqual({ groups: [], totalBaseCents: 0, totalVatCents: 0, totalInclVatCents: 0 });
  });

  it('property: totals add up and each group is vatAmount of its base', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            baseCents: fc.integer({ min: 0, max: 10_000_000 }),
            treatment: fc.constantFrom<VatTreatment>(...VAT_TREATMENTS),
          }),
          { maxLength: 20 },
        ),
        (lines) => {
          const s = vatSummary(lines);
          expect(s.totalBaseCents).toBe(lines.reduce((sum, l) => sum + l.baseCents, 0));
          expect(s.totalInclVatCents).toBe(s.totalBaseCents + s.totalVatCents);
          for (const g of s.groups) expect(g.vatCents).toBe(vatAmount(g.baseCents, g.treatment));
          expect(new Set(s.groups.map((g) => g.treatment)).size).toBe(s.groups.length);
        },
      ),
    );
  });
});

describe('checkVatTreatment', () => {
  const check = (treatment: unknown, c = client('company', 'BE', 'BE0403170701'), entity = belgianEntity) =>
    checkVatTreatment({ treatment, entity, client: c }).map((i) => i.code);

  it('lets the trainer entity (not VAT-registered) use only the training exemption', () => {
    const fa = ENTITY_CATALOGUE.find((e) => e.id === 'BE-FA')!;
    const entity = { id: fa.id, country: fa.country, vatRegistered: fa.vatNumber !== null };
    expect(entity).toEqual(trainerEntity);
    expect(check('exempt_trainer', client('person', 'BE'), entity)).toEqual([]);
    expect(check('exempt_trainer', client('company', 'DE', 'DE123456788'), entity)).toEqual([]);
    for (const t of VAT_TREATMENTS.filter((t) => t !== 'exempt_trainer')) {
      expect(check(t, client('person', 'BE'), entity)).toEqual(['contract.vat.exempt_entity']);
    }
    expect(check('exempt_trainer')).toEqual(['contract.vat.exempt_not_allowed']);
  });

  it('requires reverse charge for a business of another EU country with a valid VAT number', () => {
    const de = client('company', 'DE', 'DE123456788');
    expect(check('reverse_charge_eu', de)).toEqual([]);
    expect(check('standard_21', de)).toEqual(['contract.vat.reverse_charge_required']);
    expect(check('export_non_eu', de)).toEqual(['contract.vat.export_not_allowed']);
    expect(check('reverse_charge_eu', client('company', 'GR', 'EL094259216'))).toEqual([]);
    // Not for a Belgian client, a person, an invalid number or the number of another country.
    expect(check('reverse_charge_eu')).toEqual(['contract.vat.reverse_charge_not_allowed']);
    expect(check('reverse_charge_eu', client('person', 'DE'))).toEqual([
      'contract.vat.reverse_charge_not_allowed',
    ]);
    expect(check('reverse_charge_eu', client('company', 'DE', 'DE123456789'))).toEqual([
      'contract.vat.reverse_charge_not_allowed',
    ]);
    expect(check('reverse_charge_eu', client('company', 'DE', 'FR83404833048'))).toEqual([
      'contract.vat.reverse_charge_not_allowed',
    ]);
    // A public body abroad without VAT number is invoiced like a person.
    expect(check('standard_21', client('public_body', 'FR'))).toEqual([]);
    expect(check('reverse_charge_eu', client('public_body', 'FR', 'FR83404833048'))).toEqual([]);
  });

  it('requires export treatment for a business outside the EU, and allows it for a person there', () => {
    expect(check('export_non_eu', client('company', 'CH'))).toEqual([]);
    expect(check('standard_21', client('company', 'US'))).toEqual(['contract.vat.export_required']);
    expect(check('reverse_charge_eu', client('company', 'GB', 'XI123456782'))).toEqual([
      'contract.vat.reverse_charge_not_allowed',
    ]);
    expect(check('export_non_eu', client('person', 'CA'))).toEqual([]);
    expect(check('standard_21', client('person', 'CA'))).toEqual([]);
  });

  it('lets domestic clients and EU persons be invoiced at Belgian rates', () => {
    for (const t of ['standard_21', 'reduced_12', 'reduced_6', 'zero']) {
      expect(check(t)).toEqual([]);
      expect(check(t, client('person', 'FR'))).toEqual([]);
      expect(check(t, client('public_body', 'BE'))).toEqual([]);
    }
  });

  it('keeps Belgian rates for Belgian entities, and names an unknown treatment', () => {
    const fr = { id: 'FR-SMART', country: 'FR', vatRegistered: true };
    expect(check('standard_21', client('person', 'FR'), fr)).toEqual(['contract.vat.belgian_only']);
    expect(check('reverse_charge_eu', client('company', 'DE', 'DE123456788'), fr)).toEqual([]);
    expect(
      checkVatTreatment({ treatment: 'vat_20', entity: belgianEntity, client: client('person', 'BE') }),
    ).toEqual([{ field: 'vatTreatment', code: 'contract.vat.unknown', params: { treatment: 'vat_20' } }]);
  });

  it('property: the default treatment is always allowed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ClientType>('company', 'person', 'public_body'),
        fc.constantFrom(...ISO_COUNTRY_CODES),
        fc.constantFrom(null, 'DE123456788', 'FR83404833048', 'BE0403170701', 'NL004495445B01', 'garbage'),
        fc.boolean(),
        (kind, country, vatNumber, vatRegistered) => {
          const entity = { id: vatRegistered ? 'BE-PA' : 'BE-FA', country: 'BE', vatRegistered };
          const c = client(kind, country, vatNumber);
          const treatment = defaultVatTreatment(entity, c);
          expect(checkVatTreatment({ treatment, entity, client: c })).toEqual([]);
        },
      ),
    );
  });

  it('defaults to the treatment the client calls for', () => {
    expect(defaultVatTreatment(belgianEntity, client('company', 'BE', 'BE0403170701'))).toBe('standard_21');
    expect(defaultVatTreatment(belgianEntity, client('company', 'NL', 'NL004495445B01'))).toBe(
      'reverse_charge_eu',
    );
    expect(defaultVatTreatment(belgianEntity, client('company', 'US'))).toBe('export_non_eu');
    expect(defaultVatTreatment(belgianEntity, client('person', 'US'))).toBe('standard_21');
    expect(defaultVatTreatment(trainerEntity, client('company', 'US'))).toBe('exempt_trainer');
  });
});
