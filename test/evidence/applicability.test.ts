// Matching trials and series to patients: each study is shown only inside its population, with
// why it matches and what does not fit; the board's questions come in the order of the treatment
// being weighed; the note's key figures come from the studies that apply.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HISTOLOGIES } from '../../src/clinical';
import { applicableStudies, type StudyMatch } from '../../src/evidence/applicability';
import { studies } from '../../src/evidence/catalogue/studies';
import type { PatientProfile } from '../../src/evidence/profile';
import { keyFiguresForNote } from '../../src/evidence/study-text';

const RENAL: PatientProfile = { histology: 'kidney', metastaticSites: ['spine'], levels: ['T10'], spinalLesionCount: 1, sins: 16, escc: '2', ecogPre: 0, age: 58, treatment: 'tes' };
const LUNG: PatientProfile = { histology: 'lung-nsclc', metastaticSites: ['spine'], levels: ['T8'], escc: '2', frankel: 'D', ecogPre: 2, treatment: 'decompression-stabilisation' };
const BREAST: PatientProfile = { histology: 'breast', metastaticSites: ['spine'], levels: ['L4'], spinalLesionCount: 1, sins: 3, escc: '0', ecogPre: 1, frankel: 'E' };
const PROSTATE: PatientProfile = { histology: 'prostate', metastaticSites: ['spine'], levels: ['L1'], spinalLesionCount: 2, sins: 8, escc: '1b', ecogPre: 1 };
const MYELOMA: PatientProfile = { histology: 'myeloma', metastaticSites: ['spine'], levels: ['T8'], spinalLesionCount: 1, sins: 9, escc: '2', ecogPre: 1 };
// Kato 2020 (seed 000), patient 2: T12-L2, uterine LMS, ECOG 3, a TES candidate.
const KATO_2: PatientProfile = { histology: 'leiomyosarcoma', primarySite: 'uterus', metastaticSites: ['spine'], levels: ['T12', 'L1', 'L2'], spinalLesionCount: 1, ecogPre: 3, sins: 11, escc: '3', treatment: 'tes' };
const THYROID: PatientProfile = { histology: 'thyroid', metastaticSites: ['spine'], levels: ['T6'], spinalLesionCount: 1, sins: 7, escc: '1a', ecogPre: 1, treatment: 'tes' };
const UNKNOWN: PatientProfile = { histology: 'unknown-primary', metastaticSites: ['spine'], levels: ['T11'], escc: '2', ecogPre: 2 };

const shown = (p: PatientProfile) => applicableStudies(p).groups.flatMap((g) => g.matches);
const ids = (p: PatientProfile) => shown(p).map((m) => m.study.id);
const get = (p: PatientProfile, id: string) => shown(p).find((m) => m.study.id === id) as StudyMatch;

describe('applicableStudies', () => {
  it('renal T10, SINS 16, ESCC 2, ECOG 0, weighing TES: en bloc first, the renal series leading, SC.24 withheld for instability', () => {
    const a = applicableStudies(RENAL);
    expect(a.groups[0]?.title).toBe('En bloc?');
    expect(a.groups[0]?.matches[0]?.study.id).toBe('kanazawa2021-rcc');
    expect(get(RENAL, 'kanazawa2021-rcc')).toMatchObject({ status: 'applies', why: ['renal cell carcinoma: 65 of 65 in the series'] });
    expect(get(RENAL, 'kato2022-metastasectomy').why).toContain('renal cell carcinoma: 51 of 124 in the series');
    expect(a.excluded.find((e) => e.study.id === 'sahgal2021-sc24')?.reason).toMatch(/SINS 16 \(unstable\)/);
    expect(ids(RENAL)).toContain('patchell2005');
    const note = keyFiguresForNote(RENAL);
    expect(note[0]?.line).toMatch(/Kanazawa renal series 2021 .*n = 65.*Median cancer-specific survival: 100 months.*Cancer Sci/);
  });

  it('lung T8, ESCC 2 with a deficit: the decompression trial first, with why; SC.24 withheld for symptomatic compression', () => {
    const a = applicableStudies(LUNG);
    expect(a.groups[0]?.title).toBe('Surgery or radiotherapy first?');
    const p = get(LUNG, 'patchell2005');
    expect(p.status).toBe('applies');
    expect(p.why).toEqual(expect.arrayContaining([expect.stringMatching(/^ESCC 2: .*the population of this trial/), expect.stringMatching(/radioresistant: not radiosensitive/)]));
    expect(p.caveats).toContain('trial excluded patients expected to live under 3 months');
    expect(a.excluded.find((e) => e.study.id === 'sahgal2021-sc24')?.reason).toMatch(/neurological deficit/);
    expect(ids(LUNG)).not.toContain('kanazawa2021-rcc');
    expect(keyFiguresForNote(LUNG)[0]?.line).toMatch(/Patchell 2005 .*surgery \+ radiotherapy: 84% \(42\/50\).*radiotherapy alone: 57% \(29\/51\).*Patchell RA et al\. 2005, Lancet/);
  });

  it('breast L4, stable (SINS 3), ESCC 0: radiotherapy trials, no decompression trial, no cement trial', () => {
    expect(ids(BREAST)).toEqual(expect.arrayContaining(['sahgal2021-sc24', 'ryu2023-rtog0631', 'kato2022-metastasectomy']));
    for (const id of ['patchell2005', 'hoskin2019-scorad', 'berenson2011-cafe', 'kanazawa2021-rcc']) expect(ids(BREAST)).not.toContain(id);
    expect(get(BREAST, 'sahgal2021-sc24').status).toBe('applies');
    expect(get(BREAST, 'kato2022-metastasectomy').why).toContain('breast: 12 of 124 in the series');
  });

  it('prostate with two spinal lesions: no series of isolated metastases; RTOG 0631 (1–3 lesions) and CAFE (SINS 8) shown', () => {
    expect(ids(PROSTATE)).not.toContain('kato2022-metastasectomy');
    expect(ids(PROSTATE)).toEqual(expect.arrayContaining(['ryu2023-rtog0631', 'berenson2011-cafe']));
    expect(ids(PROSTATE)).not.toContain('patchell2005');
    // Ohashi names kidney, thyroid and liver: a prostate primary is only among its 4 "other".
    expect(get(PROSTATE, 'ohashi2019-ebs')).toMatchObject({ status: 'partly' });
    expect(get(PROSTATE, 'ohashi2019-ebs').misfit[0]).toMatch(/4 “other” primaries/);
  });

  it('myeloma: radiosensitive, so never the decompression trial; never an en bloc series of solid metastases', () => {
    const a = applicableStudies(MYELOMA);
    expect(a.excluded.find((e) => e.study.id === 'patchell2005')?.reason).toMatch(/Myeloma is radiosensitive/);
    for (const id of ['patchell2005', 'kato2022-metastasectomy', 'ohashi2019-ebs', 'kanazawa2021-rcc', 'ptashnikov2020-rcc']) expect(ids(MYELOMA)).not.toContain(id);
    expect(ids(MYELOMA)).toEqual(expect.arrayContaining(['hoskin2019-scorad', 'berenson2011-cafe']));
  });

  it('Kato 2020 patient 2 (LMS, ECOG 3): SC.24 withheld for ECOG; the mixed series only in part, never counted as LMS', () => {
    const a = applicableStudies(KATO_2);
    expect(a.excluded.find((e) => e.study.id === 'sahgal2021-sc24')?.reason).toBe('ECOG 3: the trial took ECOG 0 to 2');
    const k = get(KATO_2, 'kato2022-metastasectomy');
    expect(k.status).toBe('partly');
    expect(k.why.join(' ')).not.toMatch(/leiomyosarcoma/);
    expect(k.misfit[0]).toMatch(/^leiomyosarcoma: the 13 sarcomas were low-grade/);
    expect(ids(KATO_2)).not.toContain('kanazawa2021-rcc');
    // Nothing applies in full to the en bloc question: the note quotes none as if it did.
    expect(keyFiguresForNote(KATO_2).every((f) => f.status === 'partly' && /applies in part/.test(f.line))).toBe(true);
  });

  it('thyroid, solitary, weighing TES: the series with thyroid primaries, by their own counts', () => {
    expect(get(THYROID, 'kato2022-metastasectomy')).toMatchObject({ status: 'applies' });
    expect(get(THYROID, 'kato2022-metastasectomy').why).toContain('thyroid: 14 of 124 in the series');
    expect(get(THYROID, 'ohashi2019-ebs').why).toContain('thyroid: 4 of 18 in the series');
    for (const id of ['kanazawa2021-rcc', 'ptashnikov2020-rcc', 'patchell2005']) expect(ids(THYROID)).not.toContain(id);
  });

  it('unknown primary: the decompression trial in part (radiosensitivity unknown); no single-primary series', () => {
    const p = get(UNKNOWN, 'patchell2005');
    expect(p.status).toBe('partly');
    expect(p.unknown[0]).toMatch(/radiosensitivity of this primary is not classified/);
    for (const id of ['kanazawa2021-rcc', 'ptashnikov2020-rcc']) expect(ids(UNKNOWN)).not.toContain(id);
  });

  it('shows nothing without a spinal lesion', () => {
    expect(applicableStudies({ histology: 'kidney', metastaticSites: ['lung'] }).groups).toEqual([]);
    expect(keyFiguresForNote({ histology: 'kidney', metastaticSites: ['lung'] })).toEqual([]);
  });
});

const GRADES = ['0', '1a', '1b', '1c', '2', '3'] as const;
const profiles = fc.record(
  {
    histology: fc.constantFrom(...HISTOLOGIES),
    levels: fc.constantFrom<NonNullable<PatientProfile['levels']>>(['T10'], ['T12', 'L1', 'L2'], ['T4', 'T5', 'T6', 'T7']),
    spinalLesionCount: fc.integer({ min: 1, max: 6 }),
    sins: fc.integer({ min: 0, max: 18 }),
    escc: fc.constantFrom(...GRADES),
    ecogPre: fc.constantFrom<NonNullable<PatientProfile['ecogPre']>>(0, 1, 2, 3, 4),
    frankel: fc.constantFrom<NonNullable<PatientProfile['frankel']>>('A', 'B', 'C', 'D', 'E'),
  },
  { requiredKeys: ['levels'] },
).map((p): PatientProfile => ({ ...p, metastaticSites: ['spine'] }));

describe('no study is shown outside its population', () => {
  it('for any profile, each shown study’s hard criteria hold', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        for (const m of shown(p)) {
          const s = m.study;
          const pop = s.population.histologies;
          if (p.histology && pop !== 'any' && !pop.includes(p.histology)) expect(s.population.others).not.toBe('excluded');
          for (const r of s.rules) {
            if (r.kind === 'not-radiosensitive') expect(['myeloma', 'lymphoma']).not.toContain(p.histology);
            if (r.kind === 'solid-tumour') expect(['myeloma', 'lymphoma']).not.toContain(p.histology);
            if (r.kind === 'escc-min') expect(GRADES.indexOf(p.escc as (typeof GRADES)[number])).toBeGreaterThanOrEqual(GRADES.indexOf(r.grade));
            if (r.kind === 'ecog-max' && p.ecogPre !== undefined) expect(p.ecogPre).toBeLessThanOrEqual(r.max);
            if (r.kind === 'sins-max' && p.sins !== undefined) expect(p.sins).toBeLessThanOrEqual(r.max);
            if (r.kind === 'sins-min') expect(p.sins).toBeGreaterThanOrEqual(r.min);
            if (r.kind === 'levels-max') expect(p.levels?.length).toBeLessThanOrEqual(r.max);
            if (r.kind === 'lesions-max' && p.spinalLesionCount !== undefined) expect(p.spinalLesionCount).toBeLessThanOrEqual(r.max);
            if (r.kind === 'no-symptomatic-compression' && p.escc && GRADES.indexOf(p.escc) >= 4 && p.frankel !== undefined) expect(p.frankel).toBe('E');
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a single-primary series is never shown for another primary', () => {
    for (const s of studies.filter((x) => x.population.others === 'excluded' && x.population.histologies !== 'any')) {
      for (const h of HISTOLOGIES.filter((x) => !(s.population.histologies as readonly string[]).includes(x))) {
        expect(ids({ ...RENAL, histology: h })).not.toContain(s.id);
      }
    }
  });
});
