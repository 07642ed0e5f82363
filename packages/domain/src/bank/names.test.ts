import { describe, expect, it } from 'vitest';
import { foldName, nameSimilarity, namesMatch, nameTokens } from './names.ts';

describe('payer names', () => {
  it('folds accents and case, and leaves out legal forms, dotted or not', () => {
    expect(foldName('Théâtre du Nord – Lille')).toBe('theatre du nord lille');
    expect(nameTokens('COMPAGNIE DU VENT ASBL')).toEqual(['compagnie', 'du', 'vent']);
    expect(nameTokens('Atelier Graphique S.R.L.')).toEqual(['atelier', 'graphique']);
    expect(nameTokens('Straßenbau GmbH')).toEqual(['strassenbau']);
    expect(nameTokens('M. & Mme Leroy')).toEqual(['leroy']);
  });

  it('matches the same words in any order, and a name of two words or more inside a longer one', () => {
    expect(namesMatch('Compagnie du Vent ASBL', 'COMPAGNIE DU VENT')).toBe(true);
    expect(namesMatch('Camille Dubois', 'DUBOIS CAMILLE')).toBe(true);
    expect(namesMatch('Stad Gent – Cultuurdienst', 'STAD GENT')).toBe(true);
    expect(namesMatch('Léa Martin', 'MARTIN LEA')).toBe(true);
    expect(namesMatch('Vélo Express SRL', 'VELO EXPRES')).toBe(true);
  });

  it('does not match a single common word, or other people', () => {
    expect(namesMatch('Stad Gent – Cultuurdienst', 'GENT')).toBe(false);
    expect(namesMatch('Camille Dubois', 'Camille Martin')).toBe(false);
    expect(namesMatch('Compagnie du Vent', null)).toBe(false);
    expect(namesMatch('SRL', 'SRL')).toBe(false);
  });

  it('scores similarity from 0 to 1', () => {
    expect(nameSimilarity('Camille Dubois', 'DUBOIS CAMILLE')).toBe(1);
    expect(nameSimilarity('Camille Dubois', 'C DUBOIS')).toBeCloseTo(0.5);
    expect(nameSimilarity('Camille Dubois', 'Jan Peeters')).toBe(0);
  });
});
