import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEPA_TEXT, isSepaReference, isSepaText, toSepaText } from './charset.ts';

describe('SEPA character set', () => {
  it('drops accents and spells out special letters', () => {
    expect(toSepaText('Zoé Müller')).toBe('Zoe Muller');
    expect(toSepaText('François Ñúñez-Çelik')).toBe('Francois Nunez-Celik');
    expect(toSepaText('Straße Ærø Œuvre Łódź')).toBe('Strasse AEro OEuvre Lodz');
    expect(toSepaText('Þórr Đorđe')).toBe('THorr Dorde');
  });

  it('gives signs their nearest allowed sign and turns the rest into spaces', () => {
    expect(toSepaText('Dupont & Fils')).toBe('Dupont + Fils');
    expect(toSepaText('l’atelier “bleu”')).toBe("l'atelier 'bleu'");
    expect(toSepaText('a_b [c] {d} <e>')).toBe('a-b (c) (d) (e)');
    expect(toSepaText('100 € ; ok!')).toBe('100 EUR , ok.');
    expect(toSepaText('info@partage.coop')).toBe('info(at)partage.coop');
    expect(toSepaText('a#b*c%d  \t\n e')).toBe('a b c d e');
  });

  it('keeps what is already allowed, and may end up empty', () => {
    const allowed = "abc XYZ 0123456789 / - ? : ( ) . , ' +";
    expect(toSepaText(allowed)).toBe(allowed);
    expect(toSepaText('Иван 王')).toBe('');
    expect(toSepaText('   ')).toBe('');
  });

  it('cuts at the maximum length without a trailing space', () => {
    expect(toSepaText('abc def', 4)).toBe('abc');
    expect(toSepaText('é'.repeat(200), 140)).toHaveLength(140);
  });

  it('checks texts and identifiers', () => {
    expect(isSepaText('Salaire PS-1')).toBe(true);
    expect(isSepaText('é')).toBe(false);
    expect(isSepaText('')).toBe(false);
    expect(isSepaText('a'.repeat(141))).toBe(false);
    expect(isSepaReference('BE-PA-SAL-00000001')).toBe(true);
    expect(isSepaReference('A/B')).toBe(true);
    expect(isSepaReference('/AB')).toBe(false);
    expect(isSepaReference('AB/')).toBe(false);
    expect(isSepaReference('A//B')).toBe(false);
    expect(isSepaReference('A B')).toBe(false);
    expect(isSepaReference('x'.repeat(35))).toBe(true);
    expect(isSepaReference('x'.repeat(36))).toBe(false);
  });

  it('property: every converted text is within the charset, the length and stable', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.integer({ min: 1, max: 140 }),
        (s, max) => {
          const out = toSepaText(s, max);
          expect(out.length).toBeLessThanOrEqual(max);
          if (out !== '') expect(SEPA_TEXT.test(out)).toBe(true);
          expect(out).toBe(out.trim());
          expect(toSepaText(out, max)).toBe(out);
        },
      ),
      { numRuns: 500 },
    );
  });
});
