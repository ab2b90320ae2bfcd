// Property tests: for any published answers, partial or complete, the total lies in [min, max],
// the band is given only when the range decides it, and answering more never widens the range.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BAUER_GROUPS, BAUER_PRIMARIES, TOKUHASHI_BANDS, TOKUHASHI_PRIMARY_SITES, TOMITA_STRATEGIES,
  scoreModifiedBauer, scoreNesms, scoreTokuhashi, scoreTomita,
} from '../../../src/clinical/prognosis';
import { KPS_VALUES } from '../../../src/clinical/patient';

const RUNS = { numRuns: 2000 };
const opt = { requiredKeys: [] as never[] };

const tokuhashi = fc.record({
  kps: fc.constantFrom(...KPS_VALUES),
  extraspinalBoneMetastases: fc.nat(8),
  vertebralBodyMetastases: fc.integer({ min: 1, max: 8 }),
  majorOrganMetastases: fc.constantFrom('none', 'removable', 'unremovable' as const),
  primarySite: fc.constantFrom(...TOKUHASHI_PRIMARY_SITES),
  frankel: fc.constantFrom('A', 'B', 'C', 'D', 'E' as const),
}, opt);
const tomita = fc.record({ growth: fc.constantFrom('slow', 'moderate', 'rapid' as const), visceral: fc.constantFrom('none', 'treatable', 'untreatable' as const), bone: fc.constantFrom('solitary', 'multiple' as const) }, opt);
const bauer = fc.record({ visceralMetastases: fc.boolean(), primary: fc.constantFrom(...BAUER_PRIMARIES), solitarySkeletalMetastasis: fc.boolean() }, opt);
const nesms = fc.record({ modifiedBauer: fc.integer({ min: 0, max: 4 }), ambulatory: fc.boolean(), albuminGPerDl: fc.double({ min: 0.5, max: 7, noNaN: true }) }, opt);

type R = { total: number | null; min: number; max: number };
function invariants(r: R, band: string | null, bands: ReadonlyArray<{ id: string; min: number; max: number }>, open: number) {
  expect(r.min).toBeLessThanOrEqual(r.max);
  if (r.total !== null) expect(r.total >= r.min && r.total <= r.max).toBe(true);
  if (open === 0) expect(r.total).toBe(r.min);
  const of = (t: number) => bands.find((b) => t >= b.min && t <= b.max)?.id;
  if (band !== null) expect([of(r.min), of(r.max)]).toEqual([band, band]);
  else expect(of(r.min)).not.toBe(of(r.max));
}

const narrower = (a: R, b: R) => b.min >= a.min && b.max <= a.max;

describe('prognostic score properties', () => {
  it('Tokuhashi: 0 <= min <= total <= max <= 15, band only when decided, more answers never widen', () => {
    fc.assert(fc.property(tokuhashi, tokuhashi, (a, b) => {
      const r = scoreTokuhashi(a);
      expect(r.min >= 0 && r.max <= 15).toBe(true);
      invariants(r, r.band, TOKUHASHI_BANDS, r.unanswered.length);
      expect(narrower(r, scoreTokuhashi({ ...b, ...a }))).toBe(true);
    }), RUNS);
  });

  it('Tomita: 2 <= min <= max <= 10, strategy only when decided, more answers never widen', () => {
    fc.assert(fc.property(tomita, tomita, (a, b) => {
      const r = scoreTomita(a);
      expect(r.min >= 2 && r.max <= 10).toBe(true);
      invariants(r, r.strategy, TOMITA_STRATEGIES, r.unanswered.length);
      expect(narrower(r, scoreTomita({ ...b, ...a }))).toBe(true);
    }), RUNS);
  });

  it('modified Bauer: 0 <= min <= max <= 4, group only when decided, more answers never widen', () => {
    fc.assert(fc.property(bauer, bauer, (a, b) => {
      const r = scoreModifiedBauer(a);
      expect(r.min >= 0 && r.max <= 4).toBe(true);
      invariants(r, r.group, BAUER_GROUPS, r.unanswered.length);
      expect(narrower(r, scoreModifiedBauer({ ...b, ...a }))).toBe(true);
    }), RUNS);
  });

  it('NESMS: never above 3, total within the range, more answers never widen', () => {
    fc.assert(fc.property(nesms, nesms, (a, b) => {
      const r = scoreNesms(a);
      expect(r.min >= 0 && r.max <= 3).toBe(true);
      expect(r.min).toBeLessThanOrEqual(r.max);
      if (r.total !== null) expect(r.total >= r.min && r.total <= r.max).toBe(true);
      expect(narrower(r, scoreNesms({ ...b, ...a }))).toBe(true);
    }), RUNS);
  });
});
