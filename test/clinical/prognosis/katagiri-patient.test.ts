// The new Katagiri and van der Linden scores from the patient as entered: units converted where
// clinicians use two, treatment facts asked as choices, nothing asked twice; and their band
// figures, each with its citation, n, design and time origin.
import { describe, expect, it } from 'vitest';
import { emptyLesion } from '../../../src/clinical/lesions';
import { PatientSchema, type Lesion, type Patient } from '../../../src/clinical';
import { katagiriLabValues, prognosisFor } from '../../../src/clinical/prognosis';
import { NEW_BAND_FIGURES, NEW_VALIDATION_LINES, newBandFigures } from '../../../src/evidence/prognostic';

const lesion = (levels: Lesion['levels']): Lesion => ({ ...emptyLesion('l1'), levels, findingsLevels: levels });

describe('the new scores from the patient', () => {
  it('reads the lung patient with CRP 1.2 mg/dL and liver metastases as Katagiri high risk before every laboratory value is in', () => {
    const patient: Patient = { histology: 'lung-nsclc', kps: 60, ecog: 3, organs: { liver: { count: 3, removable: false } }, crp: { value: 1.2, unit: 'mg/dL' }, previousChemotherapy: true, otherSpinalLesions: 1, extraspinalBoneMetastases: 0 };
    const p = prognosisFor(patient, [lesion(['T8'])]);
    // Moderate or rapid (2-3) + nodular (1) + abnormal or critical (1-2) + ECOG 3 (1) + chemotherapy (1) + multiple (1).
    expect(p.katagiri.input).toMatchObject({ primaryGrowthOneOf: ['moderate', 'rapid'], visceral: 'nodular', laboratoryOneOf: ['critical', 'abnormal'], ecog: 3, previousChemotherapy: true, multipleSkeletalMetastases: true });
    expect([p.katagiri.result.min, p.katagiri.result.max, p.katagiri.result.band]).toEqual([7, 9, '7-10']);
    expect(p.katagiriChoices.map((c) => c.key)).toEqual(['katagiriTargetedTherapy']);
    // van der Linden: KPS 60 (1) + lung (1) + visceral present (0) = 2, group A.
    expect([p.vanderlinden.result.total, p.vanderlinden.result.band]).toEqual([2, '0-3']);
    const chosen = prognosisFor({ ...patient, choices: { katagiriTargetedTherapy: false } }, [lesion(['T8'])]);
    expect(chosen.katagiri.result.points.primaryGrowth).toBe(3);
    // The answered choice stays listed, so it can be changed.
    expect(chosen.katagiriChoices.map((c) => c.key)).toEqual(['katagiriTargetedTherapy']);
    expect(prognosisFor({ histology: 'thyroid' }, []).katagiriChoices).toEqual([]);
  });

  it('asks hormone dependence for breast and prostate (slow 0 or moderate 2), a group for histologies no list names', () => {
    const breast = prognosisFor({ histology: 'breast' }, []);
    expect(breast.katagiri.result.ranges.primaryGrowth).toEqual({ min: 0, max: 2 });
    expect(breast.katagiriChoices[0]?.key).toBe('katagiriHormoneDependent');
    expect(prognosisFor({ histology: 'prostate', choices: { katagiriHormoneDependent: true } }, []).katagiri.result.points.primaryGrowth).toBe(0);
    expect(prognosisFor({ histology: 'prostate', choices: { katagiriHormoneDependent: false } }, []).katagiri.result.points.primaryGrowth).toBe(2);
    const bladder = prognosisFor({ histology: 'bladder' }, []);
    expect([bladder.katagiriChoices[0]?.key, bladder.katagiri.result.ranges.primaryGrowth]).toEqual(['katagiriGrowth', { min: 0, max: 3 }]);
    expect(prognosisFor({ histology: 'kidney' }, []).katagiri.result.points.primaryGrowth).toBe(2);
  });

  it('converts mg/L, ×10⁹/L, mmol/L and µmol/L to the units Katagiri states its thresholds in', () => {
    const v = katagiriLabValues({ crp: { value: 12, unit: 'mg/L' }, platelets: { value: 95, unit: '×10⁹/L' }, calcium: { value: 2.6, unit: 'mmol/L' }, bilirubin: { value: 24, unit: 'µmol/L' }, albumin: { value: 35, unit: 'g/L' }, ldh: 300 });
    expect(v.crpMgDl).toBeCloseTo(1.2, 10);
    expect(v.plateletsPerUl).toBe(95000);
    expect(v.calciumMgDl).toBeCloseTo(10.42, 2);
    expect(v.bilirubinMgDl).toBeCloseTo(1.4035, 3);
    expect([v.albuminGDl, v.ldhIuL]).toEqual([3.5, 300]);
    expect(prognosisFor({ platelets: { value: 95, unit: '×10⁹/L' } }, []).katagiri.input.laboratory).toBe('critical');
  });

  it('says so when an earlier nodular answer meets peritoneal metastases, and scores them disseminated', () => {
    const p = prognosisFor({ organs: { peritoneum: {} }, visceralSpread: 'nodular' }, []);
    expect(p.katagiri.result.points.visceral).toBe(2);
    expect(p.notes.map((n) => n.reason).join(' ')).toMatch(/Peritoneal metastases count as disseminated/);
  });

  it('leaves van der Linden open for Karnofsky 10 and an unknown primary, and says why', () => {
    const p = prognosisFor({ kps: 10, histology: 'unknown-primary' }, []);
    expect(p.vanderlinden.result.unanswered).toEqual(['kps', 'primary', 'noVisceral']);
    expect(p.notes.map((n) => n.item)).toEqual(['primary', 'kps']);
  });
});

describe('the patient schema for the new facts', () => {
  it('keeps each value with its unit and refuses impossible values, as for albumin', () => {
    expect(PatientSchema.safeParse({ crp: { value: 1.2, unit: 'mg/dL' }, ldh: 250, platelets: { value: 120000, unit: '/µL' }, calcium: { value: 2.4, unit: 'mmol/L' }, bilirubin: { value: 12, unit: 'µmol/L' }, previousChemotherapy: false, visceralSpread: 'nodular' }).success).toBe(true);
    for (const bad of [{ crp: { value: 1.2, unit: 'mmol/L' } }, { crp: { value: 1200, unit: 'mg/L' } }, { platelets: { value: 120000.5, unit: '/µL' } }, { calcium: { value: 10, unit: 'mmol/L' } }, { ldh: 0 }, { visceralSpread: 'miliary' }]) {
      expect(PatientSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('band figures of the new scores', () => {
  it('carries the Katagiri 2014 abstract figures and the derivation figures as quoted, both, never pooled', () => {
    const high = newBandFigures({ katagiri: '7-10' }).map((r) => [r.label, r.value]);
    expect(high).toEqual([['Alive at 6 months, Katagiri 7–10', 27], ['Alive at 12 months, Katagiri 7–10', 6]]);
    const low = newBandFigures({ katagiri: '0-3' }).map((r) => r.value);
    expect(low).toEqual([91, 78, 97.9, 91.5, 77.2]);
    expect(newBandFigures({ katagiri: '4-6' }).map((r) => r.value)).toEqual([73.9]);
  });

  it('carries van der Linden median survival 3, 9 and 19 months for groups A, B and C', () => {
    expect((['0-3', '4-5', '6'] as const).map((b) => newBandFigures({ vanderlinden: b })[0]?.value)).toEqual([3, 9, 19]);
  });

  it('gives every figure a citation, a population, a design and either n or why not', () => {
    for (const r of NEW_BAND_FIGURES) {
      expect(r.citation.authors.length, r.id).toBeGreaterThan(3);
      expect(r.n !== null || (r.nNote ?? '').length > 0, r.id).toBe(true);
      expect(r.timeOrigin !== 'not-stated' || (r.timeOriginNote ?? '').length > 0, r.id).toBe(true);
    }
    expect(NEW_VALIDATION_LINES.katagiri.citation).toMatch(/Kubota 2019/);
    expect(NEW_VALIDATION_LINES.vanderlinden.text).toMatch(/0\.66/);
  });
});
