import { describe, expect, it } from 'vitest';
import { paymentReferences, referencesInText, structuredReference } from './references.ts';

describe('payment references', () => {
  it('reads structured communications written with +++, ***, slashes only, or as 12 bare digits', () => {
    expect(referencesInText('+++200/0000/12394+++')).toEqual(['200000012394']);
    expect(referencesInText('*** 200 / 0000 / 12495 ***')).toEqual(['200000012495']);
    expect(referencesInText('ref 200/0000/12596 merci')).toEqual(['200000012596']);
    expect(referencesInText('200000012697')).toEqual(['200000012697']);
  });

  it('keeps several, in the order written, once each', () => {
    expect(referencesInText('200000012697 et +++200/0000/12394+++ puis 200000012697')).toEqual([
      '200000012697',
      '200000012394',
    ]);
  });

  it('leaves out wrong check digits, longer digit runs and other numbers', () => {
    expect(referencesInText('+++200/0000/12395+++')).toEqual([]);
    expect(referencesInText('2000000123940')).toEqual([]);
    expect(referencesInText('BE68539007547034')).toEqual([]);
    expect(referencesInText('tel 0475123456')).toEqual([]);
  });

  it('reads ISO 11649 creditor references in the text, even followed by other words', () => {
    expect(referencesInText('RF04 2000 0001 2697 facture mars')).toEqual(['RF04200000012697']);
    expect(referencesInText('rf98inv2026000123')).toEqual(['RF98INV2026000123']);
    expect(referencesInText('RF05 2000 0001 2697')).toEqual([]);
  });

  it('reads the structured field by its scheme', () => {
    expect(structuredReference({ scheme: 'BBA', reference: '200000012394' })).toBe('200000012394');
    expect(structuredReference({ scheme: 'BBA', reference: '+++200/0000/12394+++' })).toBe('200000012394');
    expect(structuredReference({ scheme: 'ISO', reference: 'RF04 2000 0001 2697' })).toBe('RF04200000012697');
    expect(structuredReference({ scheme: 'ISO', reference: '200000012394' })).toBeNull();
    expect(structuredReference({ scheme: null, reference: 'RF04200000012697' })).toBe('RF04200000012697');
    expect(structuredReference({ scheme: 'BBA', reference: '200000012395' })).toBeNull();
  });

  it('puts the structured references first, then those of the texts', () => {
    expect(
      paymentReferences(
        [{ scheme: 'BBA', reference: '200000012394' }],
        ['+++200/0000/12495+++ 200000012394'],
      ),
    ).toEqual(['200000012394', '200000012495']);
  });
});
