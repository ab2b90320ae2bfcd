// Issue 19: contradictions in the patient's status are refused like ESCC's, and a score that
// reads a contradicted item shows its range, never a number built on the contradiction.
import { describe, expect, it } from 'vitest';
import {
  PatientSchema, checkTes, confirmStatus, ecogKpsGap, emptyLesion, prognosisFor, scoredPatient, statusChecks, tesFindingsFor, withLevels,
  type Lesion, type Patient,
} from '../../src/clinical';

const T8: Lesion = withLevels(emptyLesion('a'), ['T8']);
// Lung cancer, Tokuhashi items all answered but the two under test.
const LUNG: Patient = { histology: 'lung-nsclc', extraspinalBoneMetastases: 0, otherSpinalLesions: 0, organs: {}, albumin: { value: 4, unit: 'g/dL' }, systemicDiseaseStable: true };

describe('Frankel grade against walking', () => {
  it('refuses Frankel A, B or C with walking (independently or with an aid), with a clear message', () => {
    for (const frankel of ['A', 'B', 'C'] as const) {
      for (const walking of ['independent', 'with-aid'] as const) {
        const [c, ...rest] = statusChecks({ frankel, walking });
        expect(rest).toEqual([]);
        expect(c).toMatchObject({ id: 'frankel-walking', kind: 'contradiction' });
        expect(c?.message).toMatch(new RegExp(`^Frankel ${frankel} \\(.*\\) contradicts “walks (independently|with an aid)”: a patient who walks, with or without aids, is Frankel D or E \\(Frankel 1969\\)\\.`));
      }
    }
    expect(statusChecks({ frankel: 'A', walking: 'independent' })[0]?.message).toMatch(/^Frankel A \(complete motor and sensory loss\) contradicts “walks independently”/);
  });

  it('accepts what can be true together', () => {
    expect(statusChecks({ frankel: 'C', walking: 'not' })).toEqual([]);
    expect(statusChecks({ frankel: 'D', walking: 'independent' })).toEqual([]);
    expect(statusChecks({ frankel: 'E', walking: 'not' })).toEqual([]);
    expect(statusChecks({ frankel: 'A' })).toEqual([]);
  });

  it('scores neither: Tokuhashi palsy and NESMS ambulation show their range, and say why', () => {
    const contradicted = prognosisFor({ ...LUNG, kps: 80, frankel: 'A', walking: 'independent' }, [T8]);
    expect(contradicted.tokuhashi.result.total).toBeNull();
    expect(contradicted.tokuhashi.result.ranges.palsy).toEqual({ min: 0, max: 2 });
    expect(contradicted.tokuhashi.input.frankel).toBeUndefined();
    expect(contradicted.nesms.result.ranges.ambulatory).toEqual({ min: 0, max: 1 });
    expect(contradicted.nesms.input.ambulatory).toBeUndefined();
    expect(contradicted.unresolved.map((u) => [u.score, u.item])).toEqual([['tokuhashi', 'palsy'], ['nesms', 'ambulatory']]);
    expect(contradicted.unresolved[0]?.reason).toMatch(/Frankel A and “walks independently” contradict each other/);
    // Exactly as if neither had been answered.
    const neither = prognosisFor({ ...LUNG, kps: 80 }, [T8]);
    expect([contradicted.tokuhashi.result, contradicted.nesms.result]).toEqual([neither.tokuhashi.result, neither.nesms.result]);
    // Corrected to Frankel D: both read again (D 1 point; walks 1 point).
    const fixed = prognosisFor({ ...LUNG, kps: 80, frankel: 'D', walking: 'independent' }, [T8]);
    expect([fixed.tokuhashi.result.points.palsy, fixed.nesms.result.points.ambulatory, fixed.unresolved]).toEqual([1, 1, []]);
  });
});

describe('ECOG against Karnofsky', () => {
  // Ma 2010 and Prasad 2018: Karnofsky 10 is ECOG 4; 60 is ECOG 2 or 3; 80-90 is ECOG 1.
  it('measures the gap on the published conversions', () => {
    expect(ecogKpsGap(0, 10)).toBe(4);
    expect(ecogKpsGap(0, 70)).toBe(2);
    expect(ecogKpsGap(1, 60)).toBe(1);
    expect(ecogKpsGap(4, 40)).toBe(0);
    expect(ecogKpsGap(0, 90)).toBe(1);
  });

  it('asks for a check when more than one grade apart (ECOG 0 with Karnofsky 10%), none when one apart', () => {
    const [c] = statusChecks({ ecog: 0, kps: 10 });
    expect(c).toMatchObject({ id: 'ecog-kps', kind: 'check', confirmed: false });
    expect(c?.message).toBe('ECOG 0 and Karnofsky 10% are more than one grade apart: Karnofsky 10% usually corresponds to ECOG 4 (Ma 2010, Eur J Cancer 46:3175-83; Prasad 2018, World J Clin Oncol 9:140-7). Check both; Tokuhashi and TES read them only once you confirm both are right.');
    expect(statusChecks({ ecog: 1, kps: 60 })).toEqual([]);
    expect(statusChecks({ ecog: 2, kps: 60 })).toEqual([]);
    expect(statusChecks({ ecog: 0 })).toEqual([]);
  });

  it('reads neither until confirmed: Tokuhashi general condition open, TES ECOG not assessed, and says why', () => {
    const entered: Patient = { ...LUNG, ecog: 0, kps: 10, frankel: 'E', walking: 'independent' };
    const p = prognosisFor(entered, [T8]);
    expect(p.tokuhashi.result.ranges.generalCondition).toEqual({ min: 0, max: 2 });
    expect(p.tokuhashi.result.total).toBeNull();
    expect(p.kpsSuggestion).toBeNull();
    expect(p.unresolved.map((u) => u.item)).toEqual(['generalCondition']);
    const tes = checkTes(tesFindingsFor(entered, T8, [T8])).criteria.find((x) => x.id === 'ecog');
    expect(tes).toMatchObject({ status: 'not-assessed', reason: 'ECOG not read: it disagrees with Karnofsky.' });
    expect(p.unresolved[0]?.reason).toBe('ECOG 0 and Karnofsky 10% disagree: confirm both in the Patient section, or correct one, to score this item.');

    const confirmed = confirmStatus(entered);
    expect(statusChecks(confirmed)[0]).toMatchObject({ confirmed: true });
    expect(scoredPatient(confirmed)).toEqual(confirmed);
    // Karnofsky 10% gives Tokuhashi 0 for general condition; ECOG 0 meets the TES criterion.
    expect(prognosisFor(confirmed, [T8]).tokuhashi.result.points.generalCondition).toBe(0);
    expect(checkTes(tesFindingsFor(confirmed, T8, [T8])).criteria.find((x) => x.id === 'ecog')?.status).toBe('met');
    // A later change to either asks again.
    expect(statusChecks({ ...confirmed, kps: 20 })[0]).toMatchObject({ confirmed: false });
  });

  it('stores the confirmation with the values confirmed, and refuses values outside the scales', () => {
    expect(PatientSchema.safeParse(confirmStatus({ ecog: 0, kps: 10 })).success).toBe(true);
    expect(PatientSchema.safeParse({ statusConfirmed: { ecog: 5, kps: 10 } }).success).toBe(false);
    expect(PatientSchema.safeParse({ statusConfirmed: { ecog: 0, kps: 65 } }).success).toBe(false);
    expect(confirmStatus({ ecog: 0 })).toEqual({ ecog: 0 });
  });
});
