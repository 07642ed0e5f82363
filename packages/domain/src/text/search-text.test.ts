import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTextOf } from './search-text.ts';

describe('search text', () => {
  it('folds accents and case, and skips empty parts', () => {
    expect(foldForSearch('Élodie Müller-Çelik')).toBe('elodie muller-celik');
    expect(searchTextOf(['Zoé', null, undefined, 'Lambert', 'zoe@example.be'])).toBe(
      'zoe lambert zoe@example.be',
    );
  });
});
