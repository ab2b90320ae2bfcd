// The evidence lines of the clinical note and the print: one key figure with a citation a
// clinician can look up by default, the whole list on request, references; never a file name.
import { describe, expect, it } from 'vitest';
import type { PatientProfile } from '../../src/evidence';
import { evidenceNoteLines, referencesFor } from '../../src/report/evidence-note';

// Seed 000, patient 2 (Tables 1-2): 59-year-old woman, T12-L2, uterine primary, ECOG 3, no other
// metastases; a TES candidate.
const PATIENT_2: PatientProfile = {
  histology: 'leiomyosarcoma', primarySite: 'uterus', metastaticSites: ['spine'], levels: ['T12', 'L1', 'L2'], spinalLesionCount: 1,
  ecogPre: 3, otherOrganMetastases: 0, systemicDiseaseStable: true, treatment: 'tes', age: 59, sex: 'F', sins: 11, escc: '3',
};
const FORBIDDEN = /seed|\.txt/i;

describe('evidenceNoteLines', () => {
  it('gives one key figure with its citation by default', () => {
    const lines = evidenceNoteLines(PATIENT_2, { full: false });
    expect(lines).toHaveLength(1);
    // Seed 000, Abstract: "The 1-, 3-, and 5-year CSS rates after TES were 90%, 70%, and 47%".
    expect(lines[0]).toMatch(/Cancer-specific survival after TES at 5 years: 47% \(n = 10\) — Kato S et al\. 2020, Eur Spine J, Abstract; Results; Fig\. 1/);
  });

  it('gives the whole list with full, planned treatment first, others apart', () => {
    const lines = evidenceNoteLines(PATIENT_2, { full: true });
    expect(lines.length).toBeGreaterThan(20);
    const planned = lines.findIndex((l) => l.startsWith('For the planned treatment: Total en bloc spondylectomy'));
    const other = lines.findIndex((l) => l.startsWith('Other treatment:'));
    expect(planned).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(planned);
    expect(lines.join('\n')).toMatch(/Papers disagree/);
    expect(lines.join('\n')).toMatch(/if the patient recovers to ECOG 1: n = 9/);
  });

  it('names the trial that matters for a breast primary weighing radiosurgery, and no leiomyosarcoma cohort', () => {
    const lines = evidenceNoteLines({ histology: 'breast', metastaticSites: ['spine'], levels: ['L4'], spinalLesionCount: 1, sins: 3, escc: '0', ecogPre: 1, treatment: 'radiosurgery' }, { full: false });
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatch(/^Key evidence \(which radiotherapy\): SC\.24 \(randomised trial, n = 229\): .*SBRT 24 Gy \/ 2: 35%.*n = 114.*Sahgal A et al\. 2021, Lancet Oncol/);
    expect(lines.join('\n')).not.toMatch(/leiomyosarcoma|Kato S et al\. 2020/);
    // RTOG 0631 printed no pain-response figure: its finding reads alone, not "no figure given".
    expect(lines.join('\n')).not.toMatch(/no figure given/);
  });

  it('for the renal T10 TES candidate names the renal-cell series first, then one more, each with n and citation', () => {
    const renal: PatientProfile = { histology: 'kidney', metastaticSites: ['spine'], levels: ['T10'], spinalLesionCount: 1, sins: 16, escc: '2', ecogPre: 0, treatment: 'tes' };
    const lines = evidenceNoteLines(renal, { full: false });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Key evidence \(en bloc\): Kanazawa renal series 2021 \(retrospective series, n = 65\): Median cancer-specific survival: 100 months — .*Cancer Sci, Abstract$/);
    expect(referencesFor(renal).some((r) => /Cancer Sci 2021;112\(6\):2416-25/.test(r))).toBe(true);
  });

  it('says plainly that nothing applies when no spinal lesion is entered', () => {
    const lines = evidenceNoteLines({ histology: 'breast' }, { full: false });
    expect(lines).toEqual([expect.stringMatching(/^Outcome evidence: .*leiomyosarcoma cohorts collected here do not apply to a breast primary.*Nothing is wrong/)]);
  });

  it('for the lung case with cord compression and a deficit weighing decompression, quotes Patchell 2005', () => {
    const lines = evidenceNoteLines({ histology: 'lung-nsclc', metastaticSites: ['spine'], levels: ['T8'], escc: '2', frankel: 'D', treatment: 'decompression-stabilisation' }, { full: false });
    expect(lines[0]).toMatch(/Patchell 2005 \(randomised trial, n = 101\): Able to walk after treatment: surgery \+ radiotherapy: 84% \(42\/50\), n = 50; radiotherapy alone: 57% \(29\/51\), n = 51 — Patchell RA et al\. 2005, Lancet, Summary, Findings/);
  });

  it('never names a source file, in either form', () => {
    for (const p of [PATIENT_2, { histology: 'leiomyosarcoma', metastaticSites: ['lung'], treatment: 'pulmonary-metastasectomy' } as PatientProfile, {}]) {
      for (const full of [false, true]) for (const l of evidenceNoteLines(p, { full })) expect(l).not.toMatch(FORBIDDEN);
    }
  });
});

describe('referencesFor', () => {
  it('numbers every publication behind the matched figures, Kato first for a TES candidate', () => {
    const refs = referencesFor(PATIENT_2);
    expect(refs[0]).toMatch(/^1\. Kato S, Demura S, Shinmura K, et al\. .* Eur Spine J 2020/);
    expect(refs.some((r) => /Koruga N/.test(r))).toBe(true);
    for (const r of refs) expect(r).not.toMatch(FORBIDDEN);
    expect(new Set(refs.map((r) => r.replace(/^\d+\. /, ''))).size).toBe(refs.length);
  });
  it('lists only the studies that apply: none of the leiomyosarcoma papers, nor the decompression trial, for ESCC 0', () => {
    const refs = referencesFor({ histology: 'breast', metastaticSites: ['spine'], levels: ['L4'], escc: '0', sins: 3, ecogPre: 1 });
    expect(refs.some((r) => /Sahgal A, Myrehaug SD/.test(r))).toBe(true);
    expect(refs.some((r) => /Patchell|Kato S, Demura S, Shinmura K/.test(r))).toBe(false);
  });
  it('is empty when nothing matches', () => {
    expect(referencesFor({ histology: 'breast', metastaticSites: ['lung'] })).toEqual([]);
  });
});
