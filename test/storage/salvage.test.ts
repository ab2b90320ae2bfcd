// A stored draft with one unreadable field is not dropped whole: what validates is kept, and
// what was set aside is named (issue 13, item 7).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AssessmentSchema, emptyAssessment } from '../../src/clinical';
import { openStorage } from '../../src/storage';
import { salvageAssessment } from '../../src/storage/salvage';
import { openDB } from 'idb';

const FIVE_SINS = { pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'none', posterolateral: 'unilateral' };

describe('salvageAssessment', () => {
  it('keeps five valid SINS answers beside an ECOG of 9 (v3 draft), and names the ECOG as set aside', () => {
    const raw = { patient: { ecog: 9, age: 61 }, lesions: [{ id: 'lesion-1', levels: ['T8'], sins: FIVE_SINS, escc: {}, findingsLevels: ['T8'] }] };
    const r = salvageAssessment(raw);
    expect(r.assessment.lesions[0]?.sins).toEqual(FIVE_SINS);
    expect(r.assessment.patient).toEqual({ age: 61 });
    expect(r.setAside).toEqual(['patient: ecog']);
  });

  it('keeps the other findings of a lesion with one impossible answer', () => {
    const raw = { patient: {}, lesions: [{ id: 'lesion-1', levels: ['T8'], sins: { ...FIVE_SINS, pain: 'severe' }, escc: { epiduralTumour: true }, findingsLevels: ['T8'] }] };
    const r = salvageAssessment(raw);
    expect(r.assessment.lesions[0]?.sins).toEqual({ boneLesion: 'lytic', alignment: 'normal', collapse: 'none', posterolateral: 'unilateral' });
    expect(r.assessment.lesions[0]?.escc).toEqual({ epiduralTumour: true });
    expect(r.setAside).toEqual(['lesion 1 SINS: pain']);
  });

  it('reads a whole valid draft, v3 or v2, with nothing set aside', () => {
    expect(salvageAssessment(emptyAssessment())).toEqual({ assessment: emptyAssessment(), setAside: [] });
    const v2 = { levels: ['T8'], sins: FIVE_SINS, escc: {}, tes: { ecog: 2 }, patient: {} };
    expect(salvageAssessment(v2).assessment.patient.ecog).toBe(2);
  });

  it('never throws and always returns a valid assessment, whatever is stored (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (raw) => {
        const r = salvageAssessment(raw);
        expect(AssessmentSchema.safeParse(r.assessment).success).toBe(true);
        for (const s of r.setAside) expect(s.length).toBeLessThanOrEqual(60);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.record({ patient: fc.dictionary(fc.string(), fc.anything()), lesions: fc.array(fc.record({ id: fc.string(), levels: fc.anything(), sins: fc.dictionary(fc.string(), fc.string()), escc: fc.anything() }), { maxLength: 4 }) }), (raw) => {
        expect(AssessmentSchema.safeParse(salvageAssessment(raw).assessment).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 30_000); // 3,000 random stores: seconds on a machine shared by other test runs
});

describe('the stored draft', () => {
  it('is restored with what validates when one field is unreadable, and says what was set aside', async () => {
    const name = `salvage-${Date.now()}`;
    const s = await openStorage({}, name);
    s.close();
    const db = await openDB(name);
    await db.put('draft', { assessment: { patient: { ecog: 9 }, lesions: [{ id: 'lesion-1', levels: ['T8'], sins: FIVE_SINS, escc: {}, findingsLevels: ['T8'] }] }, updatedAt: '2026-11-23T08:00:00.000Z', rev: 4 }, 'current');
    db.close();
    const again = await openStorage({}, name);
    const draft = await again.draft.load();
    expect(draft?.assessment.lesions[0]?.sins).toEqual(FIVE_SINS);
    expect(draft?.setAside).toEqual(['patient: ecog']);
    expect(draft?.rev).toBe(4);
    again.close();
  });
});
