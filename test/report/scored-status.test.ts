// What the report reads of a contradicted status: never the contradicted item as a fact.
import { describe, expect, it } from 'vitest';
import { TOMITA_STRATEGIES, emptyLesion, prognosisFor, withFindings, withLevels, type Assessment } from '../../src/clinical';
import { derive } from '../../src/report/derive';
import { lesionNoms } from '../../src/report/prognosis-text';

const lesion = withFindings(withLevels(emptyLesion('a'), ['T8']), {
  sins: { pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'none' },
  escc: { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: true },
});
const base: Assessment = { patient: { histology: 'lung-nsclc', ecog: 1 }, lesions: [lesion] };

describe('a contradicted Frankel grade', () => {
  const contradicted: Assessment = { ...base, patient: { ...base.patient, frankel: 'A', walking: 'independent' } };

  it('is not a fact for matching the evidence', () => {
    expect(derive(contradicted).profile.frankel).toBeUndefined();
    expect(derive({ ...base, patient: { ...base.patient, frankel: 'D', walking: 'independent' } }).profile.frankel).toBe('D');
  });

  it('is not read by NOMS as a deficit', () => {
    const d = derive(contradicted);
    const noms = lesionNoms(contradicted, d.lesions[0]!, prognosisFor(contradicted.patient, contradicted.lesions));
    const deficit = lesionNoms({ ...base, patient: { ...base.patient, frankel: 'A', walking: 'not' } }, d.lesions[0]!, prognosisFor(base.patient, base.lesions));
    expect(noms.summary).not.toEqual(deficit.summary);
  });
});

describe('the Tomita strategies', () => {
  it('are named as the Tomita 2001 surgical strategy, never as an indication', () => {
    for (const s of TOMITA_STRATEGIES) {
      expect(s.label).toMatch(/^Tomita 2001 surgical strategy: /);
      expect(s.label).not.toMatch(/indication/i);
    }
  });
});
