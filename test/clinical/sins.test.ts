// Expected values: Fisher CG et al., Spine 2010;35(22):E1221-9, as tabulated in
// shared/CLINICAL-REFERENCE.md ("SINS"), including its list of published-calculator pitfalls.
import { describe, expect, it } from 'vitest';
import {
  VERTEBRAE,
  scoreSins,
  sinsLocationDetail,
  sinsLocationForLevels,
  sinsSegment,
  type SinsFindings,
  type Vertebra,
} from '../../src/clinical';

const ALL_ZERO: Required<SinsFindings> = {
  location: 'rigid',
  pain: 'none',
  boneLesion: 'blastic',
  alignment: 'normal',
  collapse: 'none',
  posterolateral: 'none',
};

describe('sinsSegment: all 29 levels', () => {
  const expected: Record<Vertebra, string> = {
    C1: 'junctional', C2: 'junctional', // occiput-C2
    C3: 'mobile', C4: 'mobile', C5: 'mobile', C6: 'mobile', // C3-C6
    C7: 'junctional', T1: 'junctional', T2: 'junctional', // C7-T2
    T3: 'semi-rigid', T4: 'semi-rigid', T5: 'semi-rigid', T6: 'semi-rigid', T7: 'semi-rigid',
    T8: 'semi-rigid', T9: 'semi-rigid', T10: 'semi-rigid', // T3-T10
    T11: 'junctional', T12: 'junctional', L1: 'junctional', // T11-L1
    L2: 'mobile', L3: 'mobile', L4: 'mobile', // L2-L4 (pitfall: left out of "mobile")
    L5: 'junctional', S1: 'junctional', // L5-S1 (pitfall: S1 is junctional)
    S2: 'rigid', S3: 'rigid', S4: 'rigid', S5: 'rigid', // S2-S5
  };
  it.each(VERTEBRAE.map((v) => [v, expected[v]]))('%s is %s', (v, segment) => {
    expect(sinsSegment(v as Vertebra)).toBe(segment);
  });
});

describe('sinsLocationForLevels', () => {
  it('takes the highest-scoring involved level across segments, and says which', () => {
    expect(sinsLocationForLevels(['T10', 'T11'])).toBe('junctional');
    expect(sinsLocationForLevels(['L1', 'L2'])).toBe('junctional');
    expect(sinsLocationForLevels(['T3', 'T4', 'T5'])).toBe('semi-rigid');
    expect(sinsLocationForLevels(['L2', 'L3'])).toBe('mobile');
    expect(sinsLocationForLevels(['S1', 'S2'])).toBe('junctional');
    expect(sinsLocationForLevels(['S3', 'S4'])).toBe('rigid');
    expect(sinsLocationForLevels([])).toBeNull();
    expect(sinsLocationDetail(['T10', 'T11'])).toEqual({
      location: 'junctional',
      decidingLevels: ['T11'],
      spansSegments: true,
    });
    expect(sinsLocationDetail(['T7'])?.spansSegments).toBe(false);
  });
});

describe('scoreSins: every option of every component', () => {
  const cases: Array<[keyof SinsFindings, string, number]> = [
    ['location', 'junctional', 3], ['location', 'mobile', 2], ['location', 'semi-rigid', 1], ['location', 'rigid', 0],
    // Pitfall: pain scored 3/2/1 instead of 3/1/0.
    ['pain', 'mechanical', 3], ['pain', 'occasional', 1], ['pain', 'none', 0],
    ['boneLesion', 'lytic', 2], ['boneLesion', 'mixed', 1], ['boneLesion', 'blastic', 0],
    ['alignment', 'subluxation', 4], ['alignment', 'de-novo-deformity', 2], ['alignment', 'normal', 0],
    ['collapse', 'over-50', 3], ['collapse', 'under-50', 2], ['collapse', 'no-collapse-over-50-involved', 1], ['collapse', 'none', 0],
    ['posterolateral', 'bilateral', 3], ['posterolateral', 'unilateral', 1], ['posterolateral', 'none', 0],
  ];
  it.each(cases)('%s %s scores %i', (component, option, points) => {
    const r = scoreSins({ ...ALL_ZERO, [component]: option });
    expect(r.points[component]).toBe(points);
    expect(r.total).toBe(points);
  });
});

describe('scoreSins: totals and bands', () => {
  it('scores the floor as 0 and stable (pitfall: stable band written as 1-6)', () => {
    const r = scoreSins(ALL_ZERO);
    expect(r).toMatchObject({ total: 0, min: 0, max: 0, category: 'stable', surgicalConsultation: false, unanswered: [] });
  });

  it('scores the ceiling as 18, instability', () => {
    const r = scoreSins({
      location: 'junctional', pain: 'mechanical', boneLesion: 'lytic',
      alignment: 'subluxation', collapse: 'over-50', posterolateral: 'bilateral',
    });
    expect(r).toMatchObject({ total: 18, category: 'unstable', surgicalConsultation: true });
  });

  it('puts 6 in stable and 7 in indeterminate, with consultation from 7', () => {
    const six = scoreSins({ ...ALL_ZERO, location: 'junctional', pain: 'mechanical' });
    expect(six).toMatchObject({ total: 6, category: 'stable', surgicalConsultation: false });
    const seven = scoreSins({ ...ALL_ZERO, location: 'junctional', pain: 'mechanical', boneLesion: 'mixed' });
    expect(seven).toMatchObject({ total: 7, category: 'indeterminate', surgicalConsultation: true });
  });

  it('puts 12 in indeterminate and 13 in instability', () => {
    const twelve = scoreSins({ ...ALL_ZERO, location: 'junctional', pain: 'mechanical', alignment: 'subluxation', boneLesion: 'lytic' });
    expect(twelve).toMatchObject({ total: 12, category: 'indeterminate' });
    const thirteen = scoreSins({ ...ALL_ZERO, location: 'junctional', pain: 'mechanical', alignment: 'subluxation', boneLesion: 'lytic', collapse: 'no-collapse-over-50-involved' });
    expect(thirteen).toMatchObject({ total: 13, category: 'unstable' });
  });

  it('adds junctional 3, mechanical 3, lytic 2, de novo 2, <50% 2, unilateral 1 to 13, instability', () => {
    const r = scoreSins({
      location: 'junctional', pain: 'mechanical', boneLesion: 'lytic',
      alignment: 'de-novo-deformity', collapse: 'under-50', posterolateral: 'unilateral',
    });
    expect(r.total).toBe(3 + 3 + 2 + 2 + 2 + 1);
    expect(r.category).toBe('unstable');
  });
});

describe('scoreSins: partial answers never default to 0', () => {
  it('with nothing answered, shows the whole range 0-18 and no band', () => {
    expect(scoreSins({})).toMatchObject({
      total: null, min: 0, max: 18, category: null, surgicalConsultation: null, points: {},
      unanswered: ['location', 'pain', 'boneLesion', 'alignment', 'collapse', 'posterolateral'],
    });
  });

  it('widens the range by each unanswered component’s maximum', () => {
    // Answered: junctional 3, lytic 2 -> min 5; unanswered maxima: pain 3, alignment 4, collapse 3, posterolateral 3.
    const r = scoreSins({ location: 'junctional', boneLesion: 'lytic' });
    expect(r).toMatchObject({ total: null, min: 5, max: 18, category: null, surgicalConsultation: null });
    expect(r.unanswered).toEqual(['pain', 'alignment', 'collapse', 'posterolateral']);
  });

  it('decides instability early when even the lowest remaining answers reach 13', () => {
    const r = scoreSins({ location: 'junctional', pain: 'mechanical', alignment: 'subluxation', collapse: 'over-50' });
    expect(r).toMatchObject({ total: null, min: 13, max: 18, category: 'unstable', surgicalConsultation: true });
  });

  it('decides "stable" early when even the highest remaining answers stay at 6 or less', () => {
    const r = scoreSins({ location: 'rigid', pain: 'none', alignment: 'normal', collapse: 'none', posterolateral: 'none' });
    expect(r).toMatchObject({ total: null, min: 0, max: 2, category: 'stable', surgicalConsultation: false });
  });

  it('decides the consultation threshold before the band when the range straddles 12/13 only', () => {
    // 3 + 3 + 2 + 2 + 0 = 10 answered; bone lesion unanswered adds up to 2.
    const r = scoreSins({ location: 'junctional', pain: 'mechanical', alignment: 'de-novo-deformity', collapse: 'under-50', posterolateral: 'none' });
    expect(r).toMatchObject({ min: 10, max: 12, category: 'indeterminate', surgicalConsultation: true });
    const straddle = scoreSins({ location: 'junctional', pain: 'mechanical', alignment: 'subluxation', posterolateral: 'none', boneLesion: 'blastic' });
    expect(straddle).toMatchObject({ min: 10, max: 13, category: null, surgicalConsultation: true });
  });

  it('rejects a value that is not a published option instead of scoring it', () => {
    expect(() => scoreSins({ pain: 'severe' } as unknown as SinsFindings)).toThrow(RangeError);
  });
});
