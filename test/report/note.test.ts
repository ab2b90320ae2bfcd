// The note goes into the record as is: organs named with their counts, the treatment being
// weighed, what is missing in clinical words, one unit, the full histology, no "?." artefacts.
import { describe, expect, it } from 'vitest';
import { emptyLesion, prognosisFor, withFindings, withLevels, type Assessment, type Lesion } from '../../src/clinical';
import { buildSummary } from '../../src/report/summary';
import { histologyText } from '../../src/report/histology';
import { organsText, treatmentText } from '../../src/report/words';
import { prognosisLines, tokuhashiLine, tomitaLine } from '../../src/report/prognosis-text';

const lesion = (id: string, levels: Lesion['levels'], sins: Lesion['sins'], escc: Lesion['escc'] = {}): Lesion =>
  withFindings(withLevels(emptyLesion(id), levels), { sins, escc });
const NOW = { now: new Date('2026-12-01T10:00:00Z') };
const lines = (a: Assessment) => buildSummary(a, NOW).split('\n');

// Seed 000 (Kato 2020), Table 1, patient 2: F, 59, T12-L2, uterus, no other metastases, albumin
// 3.9 g/dl, SINS 11, ESCC 3, ECOG 3, Frankel C. The SINS items are not published: these add to 11.
const KATO_2: Assessment = {
  patient: {
    histology: 'leiomyosarcoma', primarySite: 'uterus', age: 59, sex: 'F', ecog: 3, frankel: 'C', otherSpinalLesions: 0, extraspinalBoneMetastases: 0,
    organs: {}, systemicDiseaseStable: true, treatment: 'tes', albumin: { value: 3.9, unit: 'g/dL' },
  },
  lesions: [
    lesion('a', ['T12', 'L1', 'L2'], { pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'unilateral' }, {
      epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: false,
    }),
  ],
};

describe('organs in the note', () => {
  it('names each organ with its count, plural by the total, largest first', () => {
    expect(organsText({ liver: { count: 2 }, lung: { count: 1 } })).toBe('2 liver, 1 lung metastases');
    expect(organsText({ other: { count: 1 } })).toBe('1 other-organ metastasis');
    expect(organsText({ brain: { count: 3 } })).toBe('3 brain metastases');
    expect(organsText({})).toBe('no other-organ metastases');
    expect(organsText(undefined)).toBe('other-organ metastases not entered');
    expect(organsText({ lung: { count: 1 }, peritoneum: {} })).toBe('1 lung metastasis, peritoneal metastases (number not entered)');
  });

  it('carries them on the patient line, never "1 other-organ metastases"', () => {
    const a: Assessment = { ...KATO_2, patient: { ...KATO_2.patient, organs: { other: { count: 1, removable: true } } } };
    expect(lines(a)[1]).toContain(', 1 other-organ metastasis,');
    expect(buildSummary(a, NOW)).not.toMatch(/1 other-organ metastases/);
  });
});

describe('the patient and the treatment in the note', () => {
  it('gives the full histology: uterine leiomyosarcoma, not leiomyosarcoma', () => {
    expect(histologyText({ histology: 'leiomyosarcoma', primarySite: 'uterus' })).toBe('uterine leiomyosarcoma');
    expect(histologyText({ histology: 'lung-nsclc' })).toBe('non-small-cell lung cancer');
    expect(lines(KATO_2)[1]).toBe(
      'Patient: uterine leiomyosarcoma, 59 y, F, ECOG 3, Frankel C, 1 spinal lesion, no bone metastasis outside the spine, no other-organ metastases, systemic disease stable, albumin 3.9 g/dL',
    );
  });

  it('says the treatment being weighed, or that it is not entered', () => {
    expect(lines(KATO_2)[2]).toBe('Treatment being weighed: Total en bloc spondylectomy (TES)');
    expect(treatmentText({})).toBe('Treatment being weighed: not entered');
  });
});

describe('what is missing, in clinical words', () => {
  it('says what a band needs instead of "band not yet decided"', () => {
    const p = prognosisFor(KATO_2.patient, KATO_2.lesions);
    expect(tokuhashiLine(p)).toBe('Revised Tokuhashi (2005) 7–10 so far — Tokuhashi band needs: Karnofsky status, “uterus” or “others” (with the histology)');
    expect(tomitaLine(p)).toBe('Tomita 2–5 so far — strategy needs: growth group (with the histology)');
    const open = prognosisFor({ histology: 'breast' }, [emptyLesion('a')]);
    expect(prognosisLines(open)[0]).toBe('Revised Tokuhashi (2005) 5–15 so far — Tokuhashi band needs: Karnofsky status, extraspinal bone metastases, other spinal lesions, other-organ metastases, Frankel grade; Tomita 2–7 so far — strategy needs: other-organ metastases, other spinal and extraspinal bone metastases');
    const liver = prognosisFor({ histology: 'breast', organs: { liver: { count: 1 } } }, [emptyLesion('a')]);
    expect(tokuhashiLine(liver)).toMatch(/needs: .*whether the organ metastases are removable/);
    expect(prognosisLines(open).join('\n')).toMatch(/NESMS 0–3 so far \(0–3; needs: modified Bauer, walking, serum albumin\)/);
    expect(buildSummary({ ...KATO_2, patient: { histology: 'breast' } }, NOW)).not.toMatch(/not yet decided/);
  });

  it('writes a range whose ends meet as a number: NESMS 3, not "3–3 so far"', () => {
    const p = prognosisFor(KATO_2.patient, KATO_2.lesions);
    expect(prognosisLines(p)[1]).toBe('Modified Bauer 3: middle-term local control (3–4); NESMS 3 (0–3)');
  });

  it('ends an open ESCC with a full stop, not "epidural tumour?."', () => {
    const a: Assessment = { ...KATO_2, lesions: [lesion('a', ['T12'], {}, {})] };
    const text = buildSummary(a, NOW);
    expect(text).toContain('ESCC not graded yet (epidural tumour: not answered). NOMS');
    expect(text).not.toMatch(/\?\./);
  });
});

describe('one unit', () => {
  it('gives band medians in months, with the days a study published in brackets', () => {
    // Tokuhashi 3 (< 6 months): Zeng 2007 in months, Quraishi 2010 in days (93).
    const lung: Assessment = {
      patient: { histology: 'lung-nsclc', kps: 60, frankel: 'D', otherSpinalLesions: 0, extraspinalBoneMetastases: 2, organs: { liver: { count: 2, removable: false } } },
      lesions: [lesion('a', ['T7', 'T8'], {})],
    };
    const band = lines(lung).find((l) => l.startsWith('Median survival in the same Tokuhashi band'));
    expect(band).toContain('3.1 months (93 days), Quraishi et al.');
    expect(band).not.toMatch(/\d days,/);
  });
});

describe('the TES framing for the breast L4 case (SINS 3, ESCC 0)', () => {
  const breast: Assessment = {
    patient: { histology: 'breast', ecog: 1, otherSpinalLesions: 0, organs: {}, systemicDiseaseStable: true },
    lesions: [lesion('a', ['L4'], { pain: 'occasional', boneLesion: 'blastic', alignment: 'normal', collapse: 'none', posterolateral: 'none' }, { epiduralTumour: false })],
  };

  it('puts the finding that nothing calls for surgery first, then the criteria as the cohort’s', () => {
    const l = lines(breast);
    const finding = l.findIndex((x) => x.startsWith('Nothing entered calls for surgery'));
    expect(l[finding]).toBe('Nothing entered calls for surgery: every lesion is stable (SINS 6 or less) with low-grade ESCC (0–1b); Frankel grade not entered.');
    expect(l[finding + 1]).toMatch(/^TES: the criteria of the Kato 2020 TES cohort \(leiomyosarcoma, n = 10\) are met \(.*\); they describe whom that group offered TES, not an indication for surgery\. These criteria come from a leiomyosarcoma cohort \(Kato 2020, n = 10\), not from breast cancer\.$/);
    expect(buildSummary(breast, NOW)).not.toMatch(/meets the criteria|Kanazawa indication|indication for TES/);
  });

  it('names the Tomita strategy as Tomita 2001’s surgical strategy, not an indication', () => {
    const p = prognosisFor(breast.patient, breast.lesions);
    expect(tomitaLine(p)).toBe('Tomita 2–3 so far — Tomita 2001 surgical strategy: wide or marginal excision (2–3)');
  });

  it('keeps the verdict a headline when a neurological deficit is entered', () => {
    const deficit = { ...breast, patient: { ...breast.patient, frankel: 'D' as const } };
    expect(buildSummary(deficit, NOW)).not.toContain('Nothing entered calls for surgery');
    expect(buildSummary(deficit, NOW)).toContain('TES: meets the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10)');
  });
});
