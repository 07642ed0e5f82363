import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import {
  JOB_FAMILIES,
  JOB_FAMILY_CODES,
  JOBS,
  isJobCode,
  jobByCode,
  jobFamilyByCode,
  jobsOfFamily,
} from './job-families.ts';
import { isRiskCode } from './risks.ts';

describe('job families', () => {
  it('are the 12 families of the annual report, each citing its seed line', () => {
    expect(JOB_FAMILIES).toHaveLength(12);
    expect(JOB_FAMILIES.map((f) => f.code)).toEqual([...JOB_FAMILY_CODES]);
    for (const family of JOB_FAMILIES) {
      const line = Number(/003:L(\d+)/.exec(family.source)?.[1]);
      expect(line, family.code).toBeGreaterThanOrEqual(1623);
      expect(line, family.code).toBeLessThanOrEqual(1680);
      for (const lang of LANGUAGES) expect(family.label[lang].trim(), `${family.code} ${lang}`).not.toBe('');
    }
    expect(jobFamilyByCode('training_teaching').label.fr).toBe('Formation, enseignement');
  });

  it('each hold a handful of typical jobs with unique codes, labels and known risks', () => {
    for (const code of JOB_FAMILY_CODES) expect(jobsOfFamily(code).length, code).toBeGreaterThanOrEqual(4);
    expect(new Set(JOBS.map((j) => j.code)).size).toBe(JOBS.length);
    for (const job of JOBS) {
      expect(job.code).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const lang of LANGUAGES) expect(job.label[lang].trim(), `${job.code} ${lang}`).not.toBe('');
      expect(job.typicalRisks.length, job.code).toBeGreaterThan(0);
      for (const risk of job.typicalRisks) expect(isRiskCode(risk), `${job.code} ${risk}`).toBe(true);
    }
  });

  it('finds a job, its family and label by code', () => {
    expect(jobByCode('courier')).toMatchObject({
      family: 'other_trades',
      artistic: false,
      label: { en: 'Bike courier' },
    });
    expect(jobByCode('trainer')).toMatchObject({ family: 'training_teaching', artistic: false });
    expect(jobByCode('musician')).toMatchObject({ family: 'music_song', artistic: true });
    expect(jobByCode('astronaut')).toBeUndefined();
    expect(isJobCode('translator')).toBe(true);
    expect(isJobCode('toString')).toBe(false);
    expect(isJobCode(12)).toBe(false);
  });

  it('marks as artistic only performances and creations, not the technical and support jobs', () => {
    for (const code of [
      'sound_technician',
      'stagehand',
      'production_manager',
      'software_developer',
      'courier',
    ]) {
      expect(jobByCode(code)?.artistic, code).toBe(false);
    }
    for (const code of ['actor', 'dancer', 'painter', 'composer', 'author']) {
      expect(jobByCode(code)?.artistic, code).toBe(true);
    }
  });
});
