import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PatientProfileSchema, matchOutcomes, type PatientProfile } from '../../src/evidence';

const TES_CANDIDATE: PatientProfile = {
  histology: 'leiomyosarcoma',
  metastaticSites: ['spine', 'lung'],
  levels: ['T12', 'L1'],
  spinalLesionCount: 1,
  ecogPre: 2,
  ecogPost: 1,
  otherOrganMetastases: 1,
  systemicDiseaseStable: true,
  treatment: 'tes',
  sins: 11,
  age: 55,
  sex: 'F',
};

describe('matchOutcomes', () => {
  it('puts seed 000 first for a TES candidate with spinal LMS, saying what it shares', () => {
    const r = matchOutcomes(TES_CANDIDATE);
    expect(r.status).toBe('matched');
    const first = r.matches[0];
    expect(first?.cohort).toBe('kato2020');
    expect(first?.records[0]?.source.seed).toBe('000_e094713696bb6dae.txt');
    expect(first?.shared).toEqual(expect.arrayContaining(['leiomyosarcoma metastatic to the spine', 'Total en bloc spondylectomy (TES)', 'solitary spinal metastasis']));
    expect(first?.differences).toEqual([]);
    expect(first?.conflicts.map((c) => c.id)).toContain('kato-estimated-median');
  });

  it('computes the patient’s seed 000 subgroups from patient-level data; post-operative ECOG only as “if the patient recovers”, n = 9', () => {
    const r = matchOutcomes(TES_CANDIDATE);
    // Subgroups are chosen only by what is known before surgery.
    expect(r.kato?.subgroups.map((s) => s.factorId)).not.toContain('ecog-post');
    for (const id of ['ecog-post', 'systemic-therapy', 'irradiation', 'recurrence']) expect(r.kato?.subgroups.some((s) => s.factorId === id)).toBe(false);
    const ecog = r.kato?.ifRecovers;
    expect(ecog).toMatchObject({ group: 'if the patient recovers to ECOG 1', n: 9, threeYearSurvivors: { count: 7, of: 9 } });
    expect(Math.round((ecog?.curve.at(36).survival ?? 0) * 100)).toBe(78);
    expect(Math.round((ecog?.curve.at(60).survival ?? 0) * 100)).toBe(52);
    expect(ecog?.curve.at(36).lower).not.toBeNull();
    const sex = r.kato?.subgroups.find((s) => s.factorId === 'sex');
    expect(sex).toMatchObject({ group: 'Female', n: 5, threeYearSurvivors: { count: 5, of: 5 } });
  });

  it('says when the patient lies outside what the cohort held', () => {
    const r = matchOutcomes({ ...TES_CANDIDATE, ecogPre: 4, ecogPost: 4 });
    expect(r.kato?.outside.join(' ')).toMatch(/Pre-operative ECOG/);
    expect(r.matches.find((m) => m.cohort === 'kato2020')?.differences.join(' ')).toMatch(/ECOG 4/);
  });

  it('ranks seed 000 below closer cohorts when the patient is far outside its selection', () => {
    const r = matchOutcomes({ ...TES_CANDIDATE, treatment: 'partial-spondylectomy-adjuvant', spinalLesionCount: 3, ecogPre: 4, otherOrganMetastases: 8 });
    expect(r.matches[0]?.cohort).not.toBe('kato2020');
  });

  it('gives a lung-only profile seed 003’s cohorts, and no spinal ones', () => {
    const r = matchOutcomes({ histology: 'leiomyosarcoma', metastaticSites: ['lung'], treatment: 'pulmonary-metastasectomy', lungMetastasisCount: 3 });
    expect(r.status).toBe('matched');
    expect(r.matches[0]?.cohort).toBe('stork2022-pm');
    const broad = new Set(['any', 'all-stages', 'not-stated']);
    const direct = r.matches.filter((m) => !broad.has(m.records[0]?.population.metastaticSite ?? 'any'));
    for (const m of direct) expect(m.records[0]?.population.metastaticSite).toBe('lung');
    expect(direct.some((m) => m.records[0]?.source.seed === '003_53ff59ee6d6c6f07.txt')).toBe(true);
    expect(r.matches.some((m) => m.cohort === 'kato2020')).toBe(false);
  });

  it('says so when nothing matches, rather than showing unrelated numbers', () => {
    for (const profile of [
      { histology: 'other', metastaticSites: ['spine'] },
      { histology: 'breast', metastaticSites: ['spine'], levels: ['T7'] },
      { metastaticSites: ['spine'], levels: ['T7'] },
      { histology: 'leiomyosarcoma', metastaticSites: ['brain'] },
      { histology: 'leiomyosarcoma', metastaticSites: ['liver', 'lung'] },
      {},
    ] as PatientProfile[]) {
      const r = matchOutcomes(profile);
      expect(r.status, JSON.stringify(profile)).toBe('no-match');
      expect(r.matches).toEqual([]);
      expect(r.ranges).toEqual([]);
      if (r.status === 'no-match') expect(r.message.length).toBeGreaterThan(20);
    }
  });

  it('gives a figure alone, with its own label, n and citation, when only one cohort has it', () => {
    const r = matchOutcomes({ histology: 'leiomyosarcoma', metastaticSites: ['spine'], levels: ['T7'] });
    const liuMedian = r.ranges.find((x) => x.recordIds.includes('liu-via-kato-median'));
    expect(liuMedian).toMatchObject({ kind: 'single', low: 22.5, high: 22.5, cohorts: 1, n: 16, label: 'Median survival after spine surgery for spinal metastatic LMS' });
    // Seed 000's own line is the Kaplan-Meier median (55), not the mislabelled 52.6, and it is flagged.
    const cssMedian = r.ranges.find((x) => x.recordIds.includes('kato-css-km-median'));
    expect(cssMedian).toMatchObject({ kind: 'single', low: 55, n: 10 });
    expect(cssMedian?.disputed).toContain('kato-estimated-median');
    // Figures whose seed gives no time origin are shown with their cohort but never on a line.
    const pooled = r.ranges.flatMap((x) => x.recordIds);
    expect(pooled).not.toContain('uncited-spinal-lms-review-median');
    expect(r.matches.some((m) => m.records.some((rec) => rec.id === 'uncited-spinal-lms-review-median'))).toBe(true);
    for (const x of r.ranges) {
      expect(x.low).toBeLessThanOrEqual(x.high);
      expect(x.figures.length).toBe(x.recordIds.length);
      if (x.kind === 'single') expect(x.figures).toHaveLength(1);
    }
  });

  it('never throws and never shows figures for a profile the schema refuses', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = matchOutcomes(value as PatientProfile);
        if (!PatientProfileSchema.safeParse(value).success) expect(r.status).toBe('no-match');
      }),
      { numRuns: 2000 },
    );
  });
});
