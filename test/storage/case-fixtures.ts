// Cases for storage tests: a typical one, the fullest one a clinician can enter, and the largest
// one the schema lets through (to size backup files).
import { ALBUMIN_LIMITS, ORGANS, VERTEBRAE, type Assessment, type Lesion } from '../../src/clinical';
import type { CaseRecord } from '../../src/storage';

export const lesion = (id: string, levels: Lesion['levels'], extra: Partial<Lesion> = {}): Lesion => ({ id, levels, sins: {}, escc: {}, findingsLevels: levels, ...extra });

export const assessment = (levels: Lesion['levels'] = ['T12'], extra: Partial<Lesion> = {}): Assessment => ({ patient: { age: 61 }, lesions: [lesion('lesion-1', levels, extra)] });

export function caseRecord(id: string, label: string, a: Assessment = assessment(), at = '2026-11-01T10:00:00.000Z'): CaseRecord {
  return { id, label, createdAt: at, updatedAt: at, deletedAt: null, assessment: a };
}

const fullLesion = (id: string, levels: Lesion['levels']): Lesion =>
  lesion(id, levels, {
    sins: { location: 'semi-rigid', pain: 'occasional', boneLesion: 'blastic', alignment: 'de-novo-deformity', collapse: 'no-collapse-over-50-involved', posterolateral: 'unilateral' },
    escc: { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: false, cordCompressed: false, csfAroundCord: false },
  });

/** Every question answered, one lesion over three levels, as entered at the bedside. */
export const fullAssessment = (): Assessment => ({
  patient: {
    histology: 'unknown-primary',
    primarySite: 'retroperitoneum',
    age: 100,
    sex: 'F',
    ecog: 3,
    kps: 100,
    frankel: 'D',
    walking: 'independent',
    organs: Object.fromEntries(ORGANS.map((o) => [o, { count: 999, removable: false }])),
    extraspinalBoneMetastases: 999,
    otherSpinalLesions: 28,
    systemicDiseaseStable: false,
    albumin: { value: ALBUMIN_LIMITS['g/L'].max - 0.25, unit: 'g/L' },
    treatment: 'partial-spondylectomy-adjuvant',
    ecogPost: 5,
    choices: { tokuhashiLmsAsUterus: false, tomitaGrowth: 'moderate' },
  },
  lesions: [fullLesion('0f7c2b9e-7a53-4cf0-9d7b-3c1f0e8d6a51', ['T10', 'T11', 'T12'])],
});

/** The largest case the schema accepts: 29 lesions of 29 levels, 20 notes of 500 wide characters. */
export function largestCase(id = 'x'.repeat(64)): CaseRecord {
  const a = fullAssessment();
  a.lesions = Array.from({ length: 29 }, (_, i) => fullLesion(`${String(i).padStart(2, '0')}${'l'.repeat(62)}`, [...VERTEBRAE]));
  a.notes = Array.from({ length: 20 }, () => '€'.repeat(500));
  return caseRecord(id, '€'.repeat(80), a, '2026-11-30T23:59:59.999Z');
}
