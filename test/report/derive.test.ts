import { describe, expect, it } from 'vitest';
import { emptyAssessment, emptyLesion, withFindings, withLevels, type Assessment, type Lesion } from '../../src/clinical';
import { derive, lesionBar, lesionGlance } from '../../src/report/derive';
import { caseGlance } from '../../src/report/case-glance';
import { lesionSinsAnnouncement, sinsAnnouncement } from '../../src/report/announce';
import { buildSummary } from '../../src/report/summary';

const lesion = (id: string, levels: Lesion['levels'], sins: Lesion['sins'], escc: Lesion['escc'] = {}): Lesion =>
  withFindings(withLevels(emptyLesion(id), levels), { sins, escc });

const SINS13: Assessment = {
  patient: { histology: 'leiomyosarcoma', treatment: 'tes', ecog: 1, otherSpinalLesions: 0, organs: {}, systemicDiseaseStable: true },
  lesions: [
    lesion('a', ['T10', 'T11'], { pain: 'mechanical', boneLesion: 'lytic', alignment: 'de-novo-deformity', collapse: 'under-50', posterolateral: 'unilateral' }, {
      epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: false,
    }),
  ],
};

describe('derive', () => {
  it('takes the SINS location from the levels (highest-scoring level), overriding a stale answer', () => {
    const a = { ...SINS13, lesions: [{ ...SINS13.lesions[0]!, sins: { ...SINS13.lesions[0]!.sins, location: 'rigid' as const } }] };
    const [l] = derive(a).lesions;
    expect(l!.sinsFindings.location).toBe('junctional');
    expect(l!.location?.spansSegments).toBe(true);
    expect(l!.sins.total).toBe(13);
    expect(sinsAnnouncement(l!.sins)).toBe('SINS 13 — instability (13–18)');
    expect(lesionSinsAnnouncement(l!)).toBe('Lesion 1 (T10–T11): SINS 13 — instability (13–18)');
  });

  it('scores no location from levels that are not one lesion, and says why', () => {
    const [l] = derive({ ...SINS13, lesions: [withLevels(SINS13.lesions[0]!, ['T3', 'T9'])] }).lesions;
    expect(l!.sinsFindings.location).toBeUndefined();
    expect(l!.sins.total).toBeNull();
    expect(l!.levelsError).toMatch(/not consecutive.*Add a lesion/);
  });

  it('scores two lesions separately, never adding their totals', () => {
    const two: Assessment = { ...SINS13, lesions: [SINS13.lesions[0]!, lesion('b', ['L3'], { pain: 'none', boneLesion: 'blastic', alignment: 'normal', collapse: 'none', posterolateral: 'none' })] };
    const d = derive(two);
    expect(d.lesions.map((l) => l.sins.total)).toEqual([13, 2]);
    expect(d.spinal.total).toBe(2);
    expect(d.tes.criteria[0]).toMatchObject({ id: 'solitary', status: 'not-met' });
    expect(d.lesions.map(lesionGlance)).toEqual(['T10–T11 · SINS 13 · ESCC 3', 'L3 · SINS 2 · ESCC –']);
  });

  it('builds the profile for matching from what was entered, and nothing else', () => {
    expect(derive(SINS13).profile).toEqual({
      histology: 'leiomyosarcoma', metastaticSites: ['spine'], levels: ['T10', 'T11'], sins: 13, escc: '3',
      ecogPre: 1, spinalLesionCount: 1, otherOrganMetastases: 0, systemicDiseaseStable: true, treatment: 'tes',
    });
    expect(derive(emptyAssessment()).profile).toEqual({ metastaticSites: [], levels: [] });
  });

  it('gives matching no scores from findings that wait for confirmation', () => {
    const moved = { ...SINS13, lesions: [withLevels(SINS13.lesions[0]!, ['L3'])] };
    const d = derive(moved);
    expect(d.lesions[0]!.pending).toEqual({ enteredFor: 'T10–T11', now: 'L3' });
    expect(d.profile.sins).toBeUndefined();
    expect(d.profile.escc).toBeUndefined();
    expect(lesionGlance(d.lesions[0]!)).toBe('L3 · SINS ? · ESCC ?');
  });
});

describe('caseGlance', () => {
  it('reads one line per case for the saved list', () => {
    expect(caseGlance(SINS13)).toBe('T10–T11 · SINS 13 · ESCC 3');
    expect(caseGlance(emptyAssessment())).toBe('no levels or findings yet');
  });
});

describe('buildSummary', () => {
  it('is a short note: date, the patient once, each lesion with SINS components and ESCC, TES, prognosis, the key figure, the version', () => {
    const text = buildSummary(SINS13, { now: new Date('2026-11-22T10:00:00Z') });
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(lines[0]).toBe('Spinal metastasis assessment — 2026-11-22');
    expect(lines[1]).toBe('Patient: leiomyosarcoma (where it arose not entered), ECOG 1, 1 spinal lesion, no other-organ metastases, systemic disease stable');
    expect(lines[2]).toBe('Treatment being weighed: Total en bloc spondylectomy (TES)');
    expect(text).toContain('Lesion 1 (T10–T11): SINS 13 — instability (13–18) [location 3, pain 3, bone 2, alignment 2, collapse 2, posterolateral 1]');
    expect(text).toContain('highest-scoring level used');
    expect(text).toContain('ESCC grade 3 — high grade');
    expect(text).toContain('TES: meets the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10)');
    expect(text).toMatch(/Revised Tokuhashi \(2005\)/);
    expect(text).toMatch(/Kato S et al\. 2020/);
    expect(text).not.toMatch(/seed|\.txt/i);
  });

  it('never reads TES as a go-ahead in the note: the cohort, "not a recommendation", and no surgical call for SINS 3 / ESCC 0 in breast cancer', () => {
    // Issue 10: breast cancer, blastic L4, SINS 3, ESCC 0, all four criteria met.
    const breast: Assessment = {
      patient: { histology: 'breast', ecog: 1, otherSpinalLesions: 0, organs: {}, systemicDiseaseStable: true },
      lesions: [lesion('a', ['L4'], { pain: 'occasional', boneLesion: 'blastic', alignment: 'normal', collapse: 'none', posterolateral: 'none' }, { epiduralTumour: false })],
    };
    const text = buildSummary(breast, { now: new Date('2026-11-22T10:00:00Z') });
    expect(text).toContain('not an indication for surgery');
    expect(text).toContain('These criteria come from a leiomyosarcoma cohort (Kato 2020, n = 10), not from breast cancer.');
    expect(text).toContain('Nothing entered calls for surgery: every lesion is stable (SINS 6 or less) with low-grade ESCC (0–1b)');
    expect(text.split('\n').length).toBeLessThanOrEqual(15);
  });

  it('carries each lesion’s NOMS pathway, with the stabilisation arm for instability', () => {
    const text = buildSummary({ ...SINS13, patient: { ...SINS13.patient, fitForSurgery: true } }, { now: new Date('2026-11-22T10:00:00Z') });
    // SINS 13, ESCC 3, leiomyosarcoma (radioresistant), fit: Laufer 2013.
    expect(text).toContain('NOMS (Laufer 2013): separation surgery then radiosurgery; stabilisation for instability (surgery or cement augmentation)');
    expect(text).toContain('SINS 7 or more: surgical consultation recommended');
  });

  it('covers every lesion and can carry the full evidence list', () => {
    const two: Assessment = { ...SINS13, lesions: [SINS13.lesions[0]!, lesion('b', ['L3'], { pain: 'none' })] };
    const text = buildSummary(two, { now: new Date('2026-11-22T10:00:00Z') });
    expect(text).toContain('Lesion 2 (L3): SINS');
    const full = buildSummary(two, { now: new Date('2026-11-22T10:00:00Z'), full: true });
    expect(full.split('\n').length).toBeGreaterThan(text.split('\n').length);
    expect(full).not.toMatch(/seed|\.txt/i);
  });
});

describe('the phone bar’s glance of a lesion', () => {
  const one = (l: Lesion) => derive({ patient: {}, lesions: [l] }).lesions[0]!;
  const stable = { pain: 'none', boneLesion: 'blastic', alignment: 'normal', collapse: 'none', posterolateral: 'none' } as const;
  it('names the SINS band and the ESCC tier, coloured by the more urgent (Fisher 2010 bands; Bilsky 2010 tiers)', () => {
    expect(lesionBar(derive(SINS13).lesions[0]!)).toEqual({ sins: 'T10–T11 · SINS 13 instability', escc: 'ESCC 3 high grade', urgency: 'unstable' });
    // L1 (junctional, 3 points) with nothing else: SINS 3, stable; grade 2 compression (CSF still seen) makes it urgent all the same.
    const hi = { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: true };
    expect(lesionBar(one(lesion('b', ['L1'], stable, hi)))).toEqual({ sins: 'L1 · SINS 3 stable', escc: 'ESCC 2 high grade', urgency: 'unstable' });
    expect(lesionBar(one(lesion('c', ['L3'], stable, { epiduralTumour: false })))).toEqual({ sins: 'L3 · SINS 2 stable', escc: 'ESCC 0 low grade', urgency: 'stable' });
  });
  it('gives a range and "not assessed", never a silent 0, and no colour while nothing is decided', () => {
    expect(lesionBar(one(emptyLesion('d')))).toEqual({ sins: 'Lesion 1 · SINS 0–18', escc: 'ESCC not assessed', urgency: 'open' });
    expect(lesionBar(one(lesion('e', ['T8'], { pain: 'mechanical' }, { epiduralTumour: true })))).toEqual({ sins: 'T8 · SINS 4–16', escc: 'ESCC incomplete', urgency: 'open' });
  });
});
