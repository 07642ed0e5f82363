import { describe, expect, it } from 'vitest';
import { timelineProblems } from '../rules/types.ts';
import {
  PAYMENT_TERMS_RULES,
  clientDedupKey,
  peppolIdFor,
  validateClient,
  type ClientInput,
} from './client.ts';
import { issueKeys, issuesOf } from './test-helpers.ts';

function input(over: Partial<Record<keyof ClientInput, unknown>> = {}): ClientInput {
  return {
    kind: 'company',
    name: '  Théâtre   du Parc  ',
    country: 'BE',
    enterpriseNumber: '0403.170.701',
    street: 'Rue de la Loi 1',
    postalCode: '1000',
    city: 'Bruxelles',
    email: 'factures@EXAMPLE.BE',
    language: 'fr',
    paymentTermsDays: 30,
    ...over,
  } as ClientInput;
}

describe('validateClient: Belgian clients', () => {
  it('normalizes a Belgian company: enterprise number, derived VAT number, keys', () => {
    expect(validateClient(input())).toEqual({
      kind: 'company',
      name: 'Théâtre du Parc',
      country: 'BE',
      enterpriseNumber: '0403170701',
      vatNumber: 'BE0403170701',
      foreignTaxId: null,
      street: 'Rue de la Loi 1',
      postalCode: '1000',
      city: 'Bruxelles',
      email: 'factures@example.be',
      language: 'fr',
      paymentTermsDays: 30,
      buyerReference: null,
      dedupKey: 'BE:0403170701',
      peppolId: '0208:0403170701',
    });
  });

  it('requires a valid enterprise number for Belgian companies and public bodies', () => {
    expect(issueKeys(issuesOf(() => validateClient(input({ enterpriseNumber: undefined }))))).toEqual([
      'enterpriseNumber:client.enterprise_number.required',
    ]);
    expect(issueKeys(issuesOf(() => validateClient(input({ enterpriseNumber: '0403.170.702' }))))).toEqual([
      'enterpriseNumber:enterprise_number.checksum',
    ]);
    expect(
      issueKeys(issuesOf(() => validateClient(input({ kind: 'public_body', enterpriseNumber: '' })))),
    ).toEqual(['enterpriseNumber:client.enterprise_number.required']);
  });

  it('treats a Belgian public body as not VAT-registered unless said otherwise', () => {
    const body = validateClient(input({ kind: 'public_body', name: 'Commune de Saint-Gilles' }));
    expect(body.vatNumber).toBeNull();
    expect(body.dedupKey).toBe('BE:0403170701');
    expect(body.peppolId).toBe('0208:0403170701');
    expect(validateClient(input({ kind: 'public_body', vatRegistered: true })).vatNumber).toBe(
      'BE0403170701',
    );
    expect(validateClient(input({ kind: 'public_body', vatNumber: 'BE 0403.170.701' })).vatNumber).toBe(
      'BE0403170701',
    );
    expect(validateClient(input({ vatRegistered: false })).vatNumber).toBeNull();
  });

  it('refuses a VAT number that is not BE + the enterprise number', () => {
    expect(issuesOf(() => validateClient(input({ vatNumber: 'BE0455948270' })))).toEqual([
      { field: 'vatNumber', code: 'client.vat.mismatch', params: { expected: 'BE0403170701' } },
    ]);
    expect(
      issueKeys(issuesOf(() => validateClient(input({ vatNumber: 'BE0403170701', vatRegistered: false })))),
    ).toEqual(['vatNumber:client.vat.not_registered']);
  });
});

describe('validateClient: foreign clients and persons', () => {
  it('requires a valid VAT number of its own country for a company elsewhere in the EU', () => {
    const fr = validateClient(
      input({
        country: 'FR',
        enterpriseNumber: undefined,
        vatNumber: 'fr 83 404833048',
        postalCode: '75010',
        city: 'Paris',
      }),
    );
    expect(fr).toMatchObject({ vatNumber: 'FR83404833048', dedupKey: 'VAT:FR83404833048', peppolId: null });
    const missing = input({
      country: 'DE',
      enterpriseNumber: undefined,
      postalCode: '10115',
      city: 'Berlin',
    });
    expect(issuesOf(() => validateClient(missing))).toEqual([
      { field: 'vatNumber', code: 'client.vat.required', params: { country: 'DE' } },
    ]);
    for (const vatNumber of ['DE123456789', 'FR83404833048', 'nonsense']) {
      expect(issuesOf(() => validateClient({ ...missing, vatNumber }))).toEqual([
        { field: 'vatNumber', code: 'client.vat.invalid', params: { country: 'DE' } },
      ]);
    }
    expect(
      validateClient({ ...missing, country: 'GR', postalCode: '10552', vatNumber: 'EL094259216' }).vatNumber,
    ).toBe('EL094259216');
  });

  it('keeps the enterprise number for Belgian clients only', () => {
    const issues = issuesOf(() =>
      validateClient(
        input({ country: 'NL', vatNumber: 'NL004495445B01', postalCode: '1011 AB', city: 'Amsterdam' }),
      ),
    );
    expect(issueKeys(issues)).toEqual(['enterpriseNumber:client.enterprise_number.belgian_only']);
  });

  it('makes the tax identifier optional outside the EU', () => {
    const base = input({ country: 'CH', enterpriseNumber: undefined, postalCode: '1201', city: 'Genève' });
    expect(validateClient(base)).toMatchObject({ vatNumber: null, foreignTaxId: null, dedupKey: null });
    expect(validateClient({ ...base, vatNumber: 'CHE-123.456.789' })).toMatchObject({
      foreignTaxId: 'CHE123456789',
      dedupKey: 'TAX:CH:CHE123456789',
    });
    expect(issueKeys(issuesOf(() => validateClient({ ...base, vatNumber: '#' })))).toEqual([
      'vatNumber:client.tax_id.invalid',
    ]);
  });

  it('gives persons no enterprise or VAT number and no dedup key', () => {
    const person = validateClient(
      input({ kind: 'person', name: 'Client particulier', enterpriseNumber: undefined }),
    );
    expect(person).toMatchObject({ enterpriseNumber: null, vatNumber: null, dedupKey: null, peppolId: null });
    expect(
      issueKeys(issuesOf(() => validateClient(input({ kind: 'person', vatNumber: 'BE0403170701' })))),
    ).toEqual([
      'enterpriseNumber:client.person.no_enterprise_number',
      'vatNumber:client.person.no_vat_number',
    ]);
  });
});

describe('validateClient: contact, language and payment terms', () => {
  it('reports every wrong field at once', () => {
    const issues = issuesOf(() =>
      validateClient(
        input({
          kind: 'shop',
          name: '',
          country: 'BE',
          postalCode: '0999',
          email: 'not-an-email',
          language: 'es',
          paymentTermsDays: -1,
          buyerReference: 'x'.repeat(101),
        }),
      ),
    );
    expect(issueKeys(issues)).toEqual([
      'buyerReference:field.too_long',
      'email:email.format',
      'kind:client.kind.unknown',
      'language:client.language.invalid',
      'name:field.required',
      'paymentTermsDays:client.payment_terms.invalid',
      'postalCode:postal_code.format',
    ]);
    expect(issueKeys(issuesOf(() => validateClient(input({ country: 'XX' }))))).toEqual([
      'country:client.country.invalid',
    ]);
  });

  it('caps payment terms at 60 days for businesses and persons, 30 for public bodies', () => {
    expect(validateClient(input({ paymentTermsDays: 60 })).paymentTermsDays).toBe(60);
    expect(validateClient(input({ paymentTermsDays: 0 })).paymentTermsDays).toBe(0);
    expect(issuesOf(() => validateClient(input({ paymentTermsDays: 61 })))).toEqual([
      { field: 'paymentTermsDays', code: 'client.payment_terms.max', params: { max: 60 } },
    ]);
    expect(validateClient(input({ kind: 'public_body', paymentTermsDays: 30 })).paymentTermsDays).toBe(30);
    expect(issuesOf(() => validateClient(input({ kind: 'public_body', paymentTermsDays: 31 })))).toEqual([
      { field: 'paymentTermsDays', code: 'client.payment_terms.max_public', params: { max: 30 } },
    ]);
    const person = input({ kind: 'person', enterpriseNumber: undefined, paymentTermsDays: 61 });
    expect(issueKeys(issuesOf(() => validateClient(person)))).toEqual([
      'paymentTermsDays:client.payment_terms.max',
    ]);
    expect(timelineProblems('payment terms', PAYMENT_TERMS_RULES)).toEqual([]);
    expect(() => validateClient(input(), { date: '2020-01-01' })).toThrow(RangeError);
  });

  it('keeps a buyer reference, trimmed', () => {
    expect(validateClient(input({ buyerReference: '  PO-2026-17 ' })).buyerReference).toBe('PO-2026-17');
  });
});

describe('clientDedupKey and peppolIdFor', () => {
  it('identify a client by its strongest identifier', () => {
    expect(
      clientDedupKey({
        kind: 'company',
        country: 'BE',
        enterpriseNumber: '0403170701',
        vatNumber: 'BE0403170701',
      }),
    ).toBe('BE:0403170701');
    expect(clientDedupKey({ kind: 'company', country: 'FR', vatNumber: 'FR83404833048' })).toBe(
      'VAT:FR83404833048',
    );
    expect(clientDedupKey({ kind: 'person', country: 'BE', enterpriseNumber: '0403170701' })).toBeNull();
    expect(peppolIdFor({ kind: 'public_body', enterpriseNumber: '0403170701' })).toBe('0208:0403170701');
    expect(peppolIdFor({ kind: 'company', enterpriseNumber: null })).toBeNull();
  });

  it('is the same for the same enterprise however its number was typed', () => {
    const a = validateClient(input({ enterpriseNumber: '0403.170.701' }));
    const b = validateClient(input({ enterpriseNumber: 'BE 0403 170 701', name: 'Autre nom' }));
    const c = validateClient(input({ enterpriseNumber: '403170701' }));
    expect(new Set([a.dedupKey, b.dedupKey, c.dedupKey])).toEqual(new Set(['BE:0403170701']));
  });
});
