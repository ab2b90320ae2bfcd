// The new Katagiri score (Katagiri 2014, Cancer Med 3(5):1359-67; points and thresholds as quoted
// from its table by sophiewell.com lib/katagiri-v606.js) and the van der Linden score (van der
// Linden 2005, Cancer 103(2):320-8; table as at medicalalgorithms.com): every item and point,
// every band edge, ranges while incomplete, the laboratory rules and the growth groups.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KATAGIRI_BANDS, KATAGIRI_GROWTH, VDL_BANDS, katagiriLaboratory, katagiriLaboratoryOneOf, katagiriVisceral, scoreKatagiri, scoreVanDerLinden, type KatagiriFindings,
} from '../../../src/clinical';

const ZERO: KatagiriFindings = { primaryGrowth: 'slow', visceral: 'none', laboratory: 'normal', ecog: 0, previousChemotherapy: false, multipleSkeletalMetastases: false };
const NORMAL = { crpMgDl: 0.1, ldhIuL: 180, albuminGDl: 4.2, plateletsPerUl: 250000, calciumMgDl: 9.4, bilirubinMgDl: 0.6 };

describe('scoreKatagiri', () => {
  it('scores primary growth slow 0, moderate 2, rapid 3', () => {
    expect((['slow', 'moderate', 'rapid'] as const).map((g) => scoreKatagiri({ ...ZERO, primaryGrowth: g }).total)).toEqual([0, 2, 3]);
  });

  it('scores visceral or cerebral metastases none 0, nodular 1, disseminated 2; laboratory normal 0, abnormal 1, critical 2', () => {
    expect((['none', 'nodular', 'disseminated'] as const).map((v) => scoreKatagiri({ ...ZERO, visceral: v }).total)).toEqual([0, 1, 2]);
    expect((['normal', 'abnormal', 'critical'] as const).map((l) => scoreKatagiri({ ...ZERO, laboratory: l }).total)).toEqual([0, 1, 2]);
  });

  it('scores ECOG 3 or 4 as 1 (0-2 as 0), previous chemotherapy 1, multiple skeletal metastases 1', () => {
    expect(([0, 1, 2, 3, 4] as const).map((e) => scoreKatagiri({ ...ZERO, ecog: e }).total)).toEqual([0, 0, 0, 1, 1]);
    expect(scoreKatagiri({ ...ZERO, previousChemotherapy: true }).points.previousChemotherapy).toBe(1);
    expect(scoreKatagiri({ ...ZERO, multipleSkeletalMetastases: true }).points.multipleSkeletal).toBe(1);
  });

  it('runs 0 to 10 and puts each band edge where published: 0-3, 4-6, 7-10', () => {
    const worst = scoreKatagiri({ primaryGrowth: 'rapid', visceral: 'disseminated', laboratory: 'critical', ecog: 4, previousChemotherapy: true, multipleSkeletalMetastases: true });
    expect([scoreKatagiri(ZERO).total, worst.total, worst.band]).toEqual([0, 10, '7-10']);
    const at = (f: Partial<KatagiriFindings>) => scoreKatagiri({ ...ZERO, ...f });
    expect([at({ primaryGrowth: 'rapid' }), at({ primaryGrowth: 'rapid', ecog: 3 }), at({ primaryGrowth: 'rapid', visceral: 'disseminated', ecog: 3 }), at({ primaryGrowth: 'rapid', visceral: 'disseminated', laboratory: 'abnormal', ecog: 3 })].map((r) => [r.total, r.band]))
      .toEqual([[3, '0-3'], [4, '4-6'], [6, '4-6'], [7, '7-10']]);
  });

  it('gives a range while items are open, never a silent 0, and the band as soon as the range decides it', () => {
    const none = scoreKatagiri({});
    expect([none.total, none.min, none.max, none.band, none.unanswered.length]).toEqual([null, 0, 10, null, 6]);
    // Rapid (3) + nodular (1) + abnormal or critical (1-2) + ECOG 3 (1) + chemo (1) + multiple (1): 8-9, high risk already.
    const r = scoreKatagiri({ primaryGrowth: 'rapid', visceral: 'nodular', laboratoryOneOf: ['abnormal', 'critical'], ecog: 3, previousChemotherapy: true, multipleSkeletalMetastases: true });
    expect([r.total, r.min, r.max, r.band, r.ranges.laboratory]).toEqual([null, 8, 9, '7-10', { min: 1, max: 2 }]);
    // Slow, none, normal, ECOG 0, no chemotherapy, multiple unknown: 0-1, low risk.
    const low = scoreKatagiri({ ...ZERO, multipleSkeletalMetastases: undefined });
    expect([low.total, low.min, low.max, low.band]).toEqual([null, 0, 1, '0-3']);
    // Spanning 3 and 4: no band yet.
    expect(scoreKatagiri({ ...ZERO, primaryGrowth: 'rapid', ecog: undefined }).band).toBeNull();
  });

  it('refuses values that are not published options', () => {
    expect(() => scoreKatagiri({ primaryGrowth: 'fast' as never })).toThrow(RangeError);
    expect(() => scoreKatagiri({ ecog: 5 as never })).toThrow(RangeError);
    expect(() => scoreKatagiri({ previousChemotherapy: 'yes' as never })).toThrow(RangeError);
  });
});

describe('katagiriLaboratory (abnormal: CRP >= 0.4 mg/dL, LDH >= 250 IU/L, albumin < 3.7 g/dL; critical: platelets < 100,000/µL, calcium >= 10.3 mg/dL, bilirubin >= 1.4 mg/dL)', () => {
  it('is normal only when all six are known and normal, and null while one is missing', () => {
    expect(katagiriLaboratory(NORMAL)).toBe('normal');
    for (const k of Object.keys(NORMAL) as (keyof typeof NORMAL)[]) {
      const { [k]: _, ...rest } = NORMAL;
      expect(katagiriLaboratory(rest), k).toBeNull();
    }
  });

  it('puts each threshold where published, on both sides', () => {
    const one = (k: keyof typeof NORMAL, v: number) => katagiriLaboratory({ ...NORMAL, [k]: v });
    expect([one('crpMgDl', 0.39), one('crpMgDl', 0.4), one('ldhIuL', 249), one('ldhIuL', 250), one('albuminGDl', 3.7), one('albuminGDl', 3.69)]).toEqual(['normal', 'abnormal', 'normal', 'abnormal', 'normal', 'abnormal']);
    expect([one('plateletsPerUl', 100000), one('plateletsPerUl', 99999), one('calciumMgDl', 10.29), one('calciumMgDl', 10.3), one('bilirubinMgDl', 1.39), one('bilirubinMgDl', 1.4)]).toEqual(['normal', 'critical', 'normal', 'critical', 'normal', 'critical']);
  });

  it('is critical as soon as one critical value is present, whatever else is missing', () => {
    expect(katagiriLaboratory({ plateletsPerUl: 80000 })).toBe('critical');
    expect(katagiriLaboratory({ calciumMgDl: 11, crpMgDl: 5 })).toBe('critical');
  });

  it('is abnormal only once the three critical items are known and normal', () => {
    expect(katagiriLaboratory({ crpMgDl: 1.2 })).toBeNull();
    expect(katagiriLaboratoryOneOf({ crpMgDl: 1.2 })).toEqual(['critical', 'abnormal']);
    expect(katagiriLaboratory({ crpMgDl: 1.2, plateletsPerUl: 200000, calciumMgDl: 9.5 })).toBeNull();
    expect(katagiriLaboratory({ crpMgDl: 1.2, plateletsPerUl: 200000, calciumMgDl: 9.5, bilirubinMgDl: 0.8 })).toBe('abnormal');
    // Critical items normal, abnormal items partly known and normal: abnormal or normal still.
    expect(katagiriLaboratoryOneOf({ crpMgDl: 0.1, plateletsPerUl: 200000, calciumMgDl: 9.5, bilirubinMgDl: 0.8 })).toEqual(['abnormal', 'normal']);
  });
});

describe('Katagiri growth groups by histology (groups as quoted by sophiewell.com lib/katagiri-v606.js from Katagiri 2014)', () => {
  it('places the histologies the lists name and leaves breast, prostate, lung and the unnamed to a choice', () => {
    expect(KATAGIRI_GROWTH).toEqual({
      thyroid: 'slow', myeloma: 'slow', lymphoma: 'slow',
      kidney: 'moderate', leiomyosarcoma: 'moderate', 'other-sarcoma': 'moderate',
      colorectal: 'rapid', rectum: 'rapid', stomach: 'rapid', pancreas: 'rapid', oesophagus: 'rapid', liver: 'rapid', melanoma: 'rapid', 'unknown-primary': 'rapid',
    });
    for (const h of ['breast', 'prostate', 'lung-nsclc', 'lung-sclc', 'bladder', 'uterus', 'other'] as const) expect(KATAGIRI_GROWTH[h], h).toBeUndefined();
  });
});

describe('katagiriVisceral from the organs ticked', () => {
  it('reads none, nodular for liver or adrenal alone, disseminated for peritoneum, and asks for lung, brain or another organ', () => {
    expect(katagiriVisceral(undefined, undefined)).toEqual({ ask: false });
    expect(katagiriVisceral({}, undefined)).toEqual({ value: 'none', ask: false });
    expect(katagiriVisceral({ 'lymph-node': {} }, undefined)).toEqual({ value: 'none', ask: false });
    expect(katagiriVisceral({ liver: {}, adrenal: {} }, undefined)).toEqual({ value: 'nodular', ask: false });
    expect(katagiriVisceral({ liver: {}, peritoneum: {} }, 'nodular')).toEqual({ value: 'disseminated', ask: false });
    expect(katagiriVisceral({ lung: {} }, undefined)).toEqual({ oneOf: ['nodular', 'disseminated'], ask: true });
    expect(katagiriVisceral({ brain: {} }, 'disseminated')).toEqual({ value: 'disseminated', ask: true });
  });
});

describe('scoreVanDerLinden (Karnofsky 80-100 2, 50-70 1, 20-40 0; breast 3, prostate 2, lung 1, other 0; no visceral metastases 1)', () => {
  it('scores every Karnofsky value of the table, every primary and visceral metastases', () => {
    expect([20, 30, 40, 50, 60, 70, 80, 90, 100].map((k) => scoreVanDerLinden({ kps: k, primary: 'other', visceralMetastases: true }).total)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect((['breast', 'prostate', 'lung', 'other'] as const).map((p) => scoreVanDerLinden({ kps: 20, primary: p, visceralMetastases: true }).total)).toEqual([3, 2, 1, 0]);
    expect([true, false].map((v) => scoreVanDerLinden({ kps: 20, primary: 'other', visceralMetastases: v }).total)).toEqual([0, 1]);
  });

  it('puts the group edges at 3/4 and 5/6', () => {
    const g = (kps: number, primary: 'breast' | 'prostate' | 'lung' | 'other', visceralMetastases: boolean) => scoreVanDerLinden({ kps, primary, visceralMetastases });
    expect([g(20, 'breast', true), g(50, 'breast', true), g(80, 'prostate', false), g(80, 'breast', false)].map((r) => [r.total, r.band])).toEqual([[3, '0-3'], [4, '4-5'], [5, '4-5'], [6, '6']]);
  });

  it('gives a range while incomplete and the group once the range decides it', () => {
    const none = scoreVanDerLinden({});
    expect([none.total, none.min, none.max, none.band]).toEqual([null, 0, 6, null]);
    expect(scoreVanDerLinden({ primary: 'other', visceralMetastases: true })).toMatchObject({ min: 0, max: 2, band: '0-3' });
    expect(scoreVanDerLinden({ primary: 'breast', visceralMetastases: false })).toMatchObject({ min: 4, max: 6, band: null });
  });

  it('refuses Karnofsky values outside its table (10, or not a step of 10) and unknown primaries', () => {
    expect(() => scoreVanDerLinden({ kps: 10 })).toThrow(RangeError);
    expect(() => scoreVanDerLinden({ kps: 75 })).toThrow(RangeError);
    expect(() => scoreVanDerLinden({ primary: 'kidney' as never })).toThrow(RangeError);
  });
});

describe('properties of both scores, for any published answers, partial or complete', () => {
  const opt = { requiredKeys: [] as never[] };
  const katagiri = fc.record({
    primaryGrowth: fc.constantFrom('slow', 'moderate', 'rapid' as const), visceral: fc.constantFrom('none', 'nodular', 'disseminated' as const),
    laboratory: fc.constantFrom('normal', 'abnormal', 'critical' as const), ecog: fc.constantFrom(0, 1, 2, 3, 4 as const),
    previousChemotherapy: fc.boolean(), multipleSkeletalMetastases: fc.boolean(),
  }, opt);
  const vdl = fc.record({ kps: fc.constantFrom(20, 30, 40, 50, 60, 70, 80, 90, 100), primary: fc.constantFrom('breast', 'prostate', 'lung', 'other' as const), visceralMetastases: fc.boolean() }, opt);
  const decided = (bands: ReadonlyArray<{ id: string; min: number; max: number }>, min: number, max: number) => bands.find((b) => min >= b.min && max <= b.max)?.id ?? null;

  it('Katagiri: 0 <= min <= total <= max <= 10, band only when the range decides it, and more answers never widen', () => {
    fc.assert(fc.property(katagiri, katagiri, (a, b) => {
      const r = scoreKatagiri(a);
      expect(0 <= r.min && r.min <= r.max && r.max <= 10).toBe(true);
      if (r.total !== null) expect(r.total).toBe(r.min);
      expect(r.band).toBe(decided(KATAGIRI_BANDS, r.min, r.max));
      const more = scoreKatagiri({ ...b, ...a });
      expect(more.min >= r.min && more.max <= r.max).toBe(true);
    }), { numRuns: 1000 });
  });

  it('van der Linden: 0 <= min <= total <= max <= 6, band only when decided, more answers never widen', () => {
    fc.assert(fc.property(vdl, vdl, (a, b) => {
      const r = scoreVanDerLinden(a);
      expect(0 <= r.min && r.min <= r.max && r.max <= 6).toBe(true);
      expect(r.band).toBe(decided(VDL_BANDS, r.min, r.max));
      const more = scoreVanDerLinden({ ...b, ...a });
      expect(more.min >= r.min && more.max <= r.max).toBe(true);
    }), { numRuns: 1000 });
  });

  it('the laboratory category is the one of every completion, once it is given', () => {
    const v = fc.double({ min: 0, max: 400000, noNaN: true });
    const labs = fc.record({ crpMgDl: v, ldhIuL: v, albuminGDl: v, plateletsPerUl: v, calciumMgDl: v, bilirubinMgDl: v }, opt);
    const full = fc.record({ crpMgDl: v, ldhIuL: v, albuminGDl: v, plateletsPerUl: v, calciumMgDl: v, bilirubinMgDl: v });
    fc.assert(fc.property(labs, full, (partial, rest) => {
      const known = katagiriLaboratory(partial);
      const done = katagiriLaboratory({ ...rest, ...partial });
      expect(done).not.toBeNull();
      expect(katagiriLaboratoryOneOf(partial)).toContain(done);
      if (known !== null) expect(done).toBe(known);
    }), { numRuns: 1000 });
  });
});
