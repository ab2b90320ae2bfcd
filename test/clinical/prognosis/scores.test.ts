// Unit tests of the four prognostic scores: every item and option, every band edge, partial
// answers as ranges, the NESMS ceiling and the 1990 Tokuhashi pitfall.
import { describe, expect, it } from 'vitest';
import {
  TOKUHASHI_PRIMARY_POINTS, scoreModifiedBauer, scoreNesms, scoreTokuhashi, scoreTomita, type TokuhashiFindings,
} from '../../../src/clinical/prognosis';

// A complete Tokuhashi answer set scoring 0 on every item, to test one item at a time.
const ZERO: TokuhashiFindings = { kps: 10, extraspinalBoneMetastases: 3, vertebralBodyMetastases: 3, majorOrganMetastases: 'unremovable', primarySite: 'lung', frankel: 'A' };

describe('scoreTokuhashi (revised 2005: Tokuhashi 2005 Spine 30(19):2186-91, Table 1 as in NICE CG75 appendix 3)', () => {
  it('scores the lung case of issue 10: KPS 60, 2 foci, 2 vertebrae, unremovable liver, Frankel D, lung = 1+1+1+0+0+1 = 4, under 6 months', () => {
    const r = scoreTokuhashi({ kps: 60, extraspinalBoneMetastases: 2, vertebralBodyMetastases: 2, majorOrganMetastases: 'unremovable', primarySite: 'lung', frankel: 'D' });
    expect(r.points).toEqual({ generalCondition: 1, extraspinalBone: 1, vertebralBody: 1, majorOrgans: 0, primarySite: 0, palsy: 1 });
    expect(r.total).toBe(4);
    expect(r.band).toBe('under-6-months');
  });

  it('scores Karnofsky 10-40 as 0, 50-70 as 1, 80-100 as 2', () => {
    const expected: Record<number, number> = { 10: 0, 20: 0, 30: 0, 40: 0, 50: 1, 60: 1, 70: 1, 80: 2, 90: 2, 100: 2 };
    for (const [kps, p] of Object.entries(expected)) expect(scoreTokuhashi({ ...ZERO, kps: Number(kps) }).total).toBe(p);
  });

  it('scores extraspinal foci >= 3 as 0, 1-2 as 1, 0 as 2; vertebral bodies >= 3 as 0, 2 as 1, 1 as 2', () => {
    expect([0, 1, 2, 3, 7].map((n) => scoreTokuhashi({ ...ZERO, extraspinalBoneMetastases: n }).total)).toEqual([2, 1, 1, 0, 0]);
    expect([1, 2, 3, 9].map((n) => scoreTokuhashi({ ...ZERO, vertebralBodyMetastases: n }).total)).toEqual([2, 1, 0, 0]);
  });

  it('scores major organs unremovable 0, removable 1, none 2, and Frankel A/B 0, C/D 1, E 2', () => {
    expect((['unremovable', 'removable', 'none'] as const).map((o) => scoreTokuhashi({ ...ZERO, majorOrganMetastases: o }).total)).toEqual([0, 1, 2]);
    expect((['A', 'B', 'C', 'D', 'E'] as const).map((f) => scoreTokuhashi({ ...ZERO, frankel: f }).total)).toEqual([0, 0, 1, 1, 2]);
  });

  it('scores every primary site as revised in 2005', () => {
    const expected = { lung: 0, osteosarcoma: 0, stomach: 0, bladder: 0, oesophagus: 0, pancreas: 0, liver: 1, gallbladder: 1, unidentified: 1, other: 2, kidney: 3, uterus: 3, rectum: 4, thyroid: 5, breast: 5, prostate: 5, carcinoid: 5 };
    expect(TOKUHASHI_PRIMARY_POINTS).toEqual(expected);
    for (const [site, p] of Object.entries(expected)) expect(scoreTokuhashi({ ...ZERO, primarySite: site as keyof typeof expected }).total).toBe(p);
  });

  it('does not use the 1990 values (uterus and kidney 1, rectum 2)', () => {
    // Tokuhashi 1990 (Spine 15:1110-3) scored the primary 0-2; the 2005 revision changed these.
    const v1990 = { kidney: 1, uterus: 1, rectum: 2 };
    for (const [site, old] of Object.entries(v1990)) expect(TOKUHASHI_PRIMARY_POINTS[site as keyof typeof v1990]).not.toBe(old);
    expect(scoreTokuhashi({ ...ZERO, primarySite: 'rectum' }).total).toBe(4);
  });

  it('puts the band edges at 8/9 and 11/12', () => {
    // 0-8 < 6 months; 9-11 >= 6 months; 12-15 >= 1 year (Tokuhashi 2005).
    const at = (primarySite: TokuhashiFindings['primarySite'], rest: Partial<TokuhashiFindings>) => scoreTokuhashi({ ...ZERO, ...rest, primarySite });
    const eight = at('thyroid', { kps: 80, frankel: 'C' }); // 2+0+0+0+5+1
    const nine = at('thyroid', { kps: 80, frankel: 'E' }); // 2+0+0+0+5+2
    const eleven = at('thyroid', { kps: 80, frankel: 'E', majorOrganMetastases: 'none' }); // 11
    const twelve = at('thyroid', { kps: 80, frankel: 'E', majorOrganMetastases: 'none', vertebralBodyMetastases: 2 });
    expect([eight, nine, eleven, twelve].map((r) => [r.total, r.band])).toEqual([[8, 'under-6-months'], [9, '6-months-or-more'], [11, '6-months-or-more'], [12, '1-year-or-more']]);
    expect(scoreTokuhashi({ kps: 100, extraspinalBoneMetastases: 0, vertebralBodyMetastases: 1, majorOrganMetastases: 'none', primarySite: 'breast', frankel: 'E' }).total).toBe(15);
  });

  it('reads partial answers as a range, never as 0, and gives the band only once decided', () => {
    const empty = scoreTokuhashi({});
    expect([empty.total, empty.min, empty.max, empty.band, empty.unanswered.length]).toEqual([null, 0, 15, null, 6]);
    const decided = scoreTokuhashi({ kps: 10, extraspinalBoneMetastases: 5, vertebralBodyMetastases: 4, majorOrganMetastases: 'unremovable' });
    expect([decided.min, decided.max, decided.band]).toEqual([0, 7, 'under-6-months']);
    expect(decided.points.primarySite).toBeUndefined();
  });

  it('narrows the vertebral item from an "at least" count and the site from the sites still possible', () => {
    expect(scoreTokuhashi({ vertebralBodyMetastasesAtLeast: 2 }).ranges.vertebralBody).toEqual({ min: 0, max: 1 });
    expect(scoreTokuhashi({ vertebralBodyMetastasesAtLeast: 4 }).points.vertebralBody).toBe(0);
    expect(scoreTokuhashi({ primarySiteOneOf: ['other', 'uterus'] }).ranges.primarySite).toEqual({ min: 2, max: 3 });
  });

  it('rejects values outside the published options with RangeError', () => {
    expect(() => scoreTokuhashi({ kps: 45 })).toThrow(RangeError);
    expect(() => scoreTokuhashi({ kps: 0 })).toThrow(RangeError);
    expect(() => scoreTokuhashi({ vertebralBodyMetastases: 0 })).toThrow(RangeError);
    expect(() => scoreTokuhashi({ extraspinalBoneMetastases: -1 })).toThrow(RangeError);
    expect(() => scoreTokuhashi({ extraspinalBoneMetastases: 1.5 })).toThrow(RangeError);
    expect(() => scoreTokuhashi({ primarySite: 'colon' as never })).toThrow(RangeError);
    expect(() => scoreTokuhashi({ majorOrganMetastases: 'some' as never })).toThrow(RangeError);
    expect(() => scoreTokuhashi({ frankel: 'F' as never })).toThrow(RangeError);
  });
});

describe('scoreTomita (Tomita 2001 Spine 26(3):298-306, Fig. 1)', () => {
  it('scores growth 1/2/4, visceral 0/2/4, bone 1/2', () => {
    const base = { growth: 'slow', visceral: 'none', bone: 'solitary' } as const;
    expect((['slow', 'moderate', 'rapid'] as const).map((growth) => scoreTomita({ ...base, growth }).total)).toEqual([2, 3, 5]);
    expect((['none', 'treatable', 'untreatable'] as const).map((visceral) => scoreTomita({ ...base, visceral }).total)).toEqual([2, 4, 6]);
    expect((['solitary', 'multiple'] as const).map((bone) => scoreTomita({ ...base, bone }).total)).toEqual([2, 3]);
  });

  it('puts the strategy edges at 3/4, 5/6 and 7/8', () => {
    const s = (growth: 'slow' | 'moderate' | 'rapid', visceral: 'none' | 'treatable' | 'untreatable', bone: 'solitary' | 'multiple') => scoreTomita({ growth, visceral, bone });
    const cases = [s('moderate', 'none', 'solitary'), s('moderate', 'none', 'multiple'), s('rapid', 'none', 'solitary'), s('rapid', 'none', 'multiple'), s('rapid', 'none', 'multiple')];
    expect(cases.map((r) => r.total)).toEqual([3, 4, 5, 6, 6]);
    expect(s('moderate', 'none', 'solitary').strategy).toBe('wide-or-marginal-excision');
    expect(s('moderate', 'none', 'multiple').strategy).toBe('marginal-or-intralesional-excision');
    expect(s('rapid', 'none', 'solitary').strategy).toBe('marginal-or-intralesional-excision');
    expect(s('rapid', 'none', 'multiple').strategy).toBe('palliative-surgery');
    expect(s('slow', 'untreatable', 'multiple').total).toBe(7);
    expect(s('slow', 'untreatable', 'multiple').strategy).toBe('palliative-surgery');
    expect(s('moderate', 'untreatable', 'multiple').total).toBe(8);
    expect(s('moderate', 'untreatable', 'multiple').strategy).toBe('supportive-care');
    expect(s('rapid', 'untreatable', 'multiple').total).toBe(10);
  });

  it('reads partial answers as a range and decides only when it can', () => {
    expect(scoreTomita({})).toMatchObject({ total: null, min: 2, max: 10, strategy: null });
    expect(scoreTomita({ growth: 'rapid', visceral: 'untreatable' })).toMatchObject({ min: 9, max: 10, strategy: 'supportive-care' });
    expect(scoreTomita({ growth: 'slow', visceralOneOf: ['treatable', 'untreatable'], bone: 'multiple' })).toMatchObject({ min: 5, max: 7, strategy: null });
  });

  it('rejects values outside the published options', () => {
    expect(() => scoreTomita({ growth: 'fast' as never })).toThrow(RangeError);
    expect(() => scoreTomita({ bone: 'two' as never })).toThrow(RangeError);
  });
});

describe('scoreModifiedBauer (Leithner 2008 Eur Spine J 17(11):1488-95)', () => {
  it('gives one point for each favourable factor; lung loses "not lung"; breast, kidney, lymphoma, myeloma gain the favourable point', () => {
    const base = { visceralMetastases: true, solitarySkeletalMetastasis: false } as const;
    const totals = (['lung', 'other', 'breast', 'kidney', 'lymphoma', 'myeloma'] as const).map((primary) => scoreModifiedBauer({ ...base, primary }).total);
    expect(totals).toEqual([0, 1, 2, 2, 2, 2]);
    expect(scoreModifiedBauer({ ...base, visceralMetastases: false, primary: 'lung' }).total).toBe(1);
    expect(scoreModifiedBauer({ ...base, solitarySkeletalMetastasis: true, primary: 'lung' }).total).toBe(1);
    expect(scoreModifiedBauer({ visceralMetastases: false, primary: 'breast', solitarySkeletalMetastasis: true }).total).toBe(4);
  });

  it('puts the group edges at 1/2 and 2/3', () => {
    const g = (primary: 'lung' | 'other' | 'breast', visceralMetastases: boolean, solitarySkeletalMetastasis: boolean) => scoreModifiedBauer({ primary, visceralMetastases, solitarySkeletalMetastasis });
    expect([g('other', true, false).total, g('other', true, false).group]).toEqual([1, 'supportive-care']);
    expect([g('other', false, false).total, g('other', false, false).group]).toEqual([2, 'short-term-palliation']);
    expect([g('other', false, true).total, g('other', false, true).group]).toEqual([3, 'middle-term-local-control']);
    expect(g('lung', true, false).group).toBe('supportive-care');
  });

  it('reads partial answers as a range', () => {
    expect(scoreModifiedBauer({})).toMatchObject({ total: null, min: 0, max: 4, group: null });
    expect(scoreModifiedBauer({ primary: 'lung', visceralMetastases: true })).toMatchObject({ min: 0, max: 1, group: 'supportive-care' });
    expect(() => scoreModifiedBauer({ primary: 'colon' as never })).toThrow(RangeError);
    expect(() => scoreModifiedBauer({ visceralMetastases: 'yes' as never })).toThrow(RangeError);
  });
});

describe('scoreNesms (Ghori 2015; Schoenfeld 2021 Spine J 21(1):28-36)', () => {
  it('scores Bauer >= 3 as 2, independent ambulation 1, albumin >= 3.5 g/dL 1', () => {
    expect(scoreNesms({ modifiedBauer: 2, ambulatory: false, albuminGPerDl: 3.4 }).total).toBe(0);
    expect(scoreNesms({ modifiedBauer: 3, ambulatory: false, albuminGPerDl: 3.4 }).total).toBe(2);
    expect(scoreNesms({ modifiedBauer: 0, ambulatory: true, albuminGPerDl: 3.4 }).total).toBe(1);
    expect(scoreNesms({ modifiedBauer: 0, ambulatory: false, albuminGPerDl: 3.5 }).total).toBe(1);
  });

  it('stops at the published ceiling of 3', () => {
    // "a ceiling score of three" (Ghori 2015 as summarised); 2 + 1 + 1 reads 3.
    const r = scoreNesms({ modifiedBauer: 4, ambulatory: true, albuminGPerDl: 4.2 });
    expect([r.total, r.uncapped, r.capped, r.max]).toEqual([3, 4, true, 3]);
    expect(scoreNesms({}).max).toBe(3);
    expect(scoreNesms({ modifiedBauer: 3, ambulatory: true }).min).toBe(3);
  });

  // Issue 19: it read "NESMS 3–3 so far" when the ceiling had already fixed it at 3.
  it('reads 3 once the ceiling decides it, with an item still open', () => {
    const r = scoreNesms({ modifiedBauer: 3, ambulatory: true });
    expect([r.total, r.min, r.max, r.unanswered, r.capped, r.uncapped]).toEqual([3, 3, 3, ['albumin'], true, null]);
    expect(scoreNesms({ modifiedBauer: 3, albuminGPerDl: 4 }).total).toBe(3);
    expect(scoreNesms({ modifiedBauer: 3 }).total).toBeNull();
  });

  it('reads a Bauer range and missing items as a range', () => {
    expect(scoreNesms({})).toMatchObject({ total: null, min: 0, max: 3 });
    expect(scoreNesms({ modifiedBauer: { min: 1, max: 2 } }).ranges.modifiedBauer).toEqual({ min: 0, max: 0 });
    expect(scoreNesms({ modifiedBauer: { min: 2, max: 4 } }).ranges.modifiedBauer).toEqual({ min: 0, max: 2 });
  });

  it('rejects values outside the published options', () => {
    expect(() => scoreNesms({ modifiedBauer: 5 })).toThrow(RangeError);
    expect(() => scoreNesms({ albuminGPerDl: 35 })).toThrow(RangeError);
    expect(() => scoreNesms({ ambulatory: 'yes' as never })).toThrow(RangeError);
  });
});
