import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { RISKS, RISK_CODES, isRiskCode, riskByCode } from './risks.ts';

describe('risks', () => {
  it('label every risk code once, in the four languages', () => {
    expect(RISKS.map((r) => r.code)).toEqual([...RISK_CODES]);
    for (const risk of RISKS) {
      for (const lang of LANGUAGES) expect(risk.label[lang].trim(), `${risk.code} ${lang}`).not.toBe('');
    }
    expect(RISK_CODES).toEqual(
      expect.arrayContaining([
        'office_work',
        'work_at_height',
        'road_traffic',
        'night_work',
        'public_contact',
      ]),
    );
  });

  it('recognise their codes only', () => {
    expect(isRiskCode('road_traffic')).toBe(true);
    expect(isRiskCode('Road_traffic')).toBe(false);
    expect(isRiskCode(undefined)).toBe(false);
    expect(riskByCode('night_work').label.en).toContain('Night work');
  });
});
