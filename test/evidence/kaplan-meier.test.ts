// Expected figures: seeds/000_e094713696bb6dae.txt (Abstract, Results, Fig. 1, Table 3).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kaplanMeier, kato2020, katoObservations } from '../../src/evidence';

const css = kaplanMeier(katoObservations());
const pct = (x: number) => Math.round(x * 100);

describe('Kaplan-Meier on the ten patients of seed 000', () => {
  it('reproduces the 1-, 3- and 5-year cancer-specific survival: 90%, 70%, 47%', () => {
    expect(pct(css.at(12).survival)).toBe(90);
    expect(pct(css.at(36).survival)).toBe(70);
    expect(pct(css.at(60).survival)).toBe(47);
    expect(css.at(60).survival).toBeCloseTo(0.7 * (5 / 6) * (4 / 5), 12);
  });

  it('has a Kaplan-Meier median of 55 months, not the 52.6 the paper calls its median', () => {
    expect(css.median).toBe(55);
  });

  it('has a restricted mean up to the last time (97 months) equal to the paper’s 52.6', () => {
    expect(css.restrictedMean()).toBeCloseTo(52.575, 3);
    expect(css.restrictedMean().toFixed(1)).toBe('52.6');
  });

  it('reproduces the post-operative ECOG 1 subgroup: n = 9, 78% at 3 years and 52% at 5', () => {
    const ecog1 = kato2020.filter((p) => p.ecogPost === 1);
    expect(ecog1).toHaveLength(9);
    const km = kaplanMeier(katoObservations(ecog1));
    expect(pct(km.at(36).survival)).toBe(78);
    expect(pct(km.at(60).survival)).toBe(52);
  });

  it('counts 8 deaths of disease and 2 censored (NED, AWD), numbers at risk as the table implies', () => {
    expect(css.n).toBe(10);
    expect(css.events).toBe(8);
    expect(css.atRisk(0)).toBe(10);
    expect(css.atRisk(36)).toBe(7);
    expect(css.atRisk(62)).toBe(4);
    const at62 = css.steps.find((s) => s.time === 62);
    expect(at62).toMatchObject({ atRisk: 4, events: 1, censored: 1 });
  });

  it('gives a 95% band from Greenwood’s variance on the log-log scale', () => {
    // Worked by hand (the method R's survfit uses with conf.type = "log-log"):
    // var(log S) = sum d / (n (n - d)); se = sqrt(var) / |log S|; band = S ^ exp(±1.96 se).
    const band = (s: number, terms: Array<[number, number]>) => {
      const v = terms.reduce((a, [n, d]) => a + d / (n * (n - d)), 0);
      const se = Math.sqrt(v) / Math.abs(Math.log(s));
      return { lower: s ** Math.exp(1.959964 * se), upper: s ** Math.exp(-1.959964 * se) };
    };
    const at12 = css.at(12);
    const want12 = band(0.9, [[10, 1]]);
    expect(at12.lower).toBeCloseTo(want12.lower, 6);
    expect(at12.upper).toBeCloseTo(want12.upper, 6);
    expect(at12.lower).toBeCloseTo(0.473, 3);
    expect(at12.upper).toBeCloseTo(0.985, 3);
    const at36 = css.at(36);
    const want36 = band(0.7, [[10, 1], [9, 1], [8, 1]]);
    expect(at36.lower).toBeCloseTo(want36.lower, 6);
    expect(at36.upper).toBeCloseTo(want36.upper, 6);
    expect(at36.lower).toBeCloseTo(0.329, 3);
    // Before the first death and after the last, the band is undefined.
    expect(css.at(6)).toEqual({ survival: 1, lower: null, upper: null });
    expect(css.at(97)).toEqual({ survival: 0, lower: null, upper: null });
  });
});

describe('Kaplan-Meier properties', () => {
  const observations = fc.array(
    fc.record({ time: fc.double({ min: 0, max: 240, noNaN: true }), event: fc.boolean() }),
    { minLength: 1, maxLength: 60 },
  );
  it('is a non-increasing curve in [0, 1] with its band around it, and never NaN', () => {
    fc.assert(
      fc.property(observations, (obs) => {
        const km = kaplanMeier(obs);
        let last = 1;
        for (const s of km.steps) {
          expect(s.survival).toBeLessThanOrEqual(last + 1e-12);
          expect(s.survival).toBeGreaterThanOrEqual(0);
          if (s.lower !== null && s.upper !== null) {
            expect(s.lower).toBeLessThanOrEqual(s.survival + 1e-12);
            expect(s.upper).toBeGreaterThanOrEqual(s.survival - 1e-12);
            expect(Number.isNaN(s.lower) || Number.isNaN(s.upper)).toBe(false);
          }
          last = s.survival;
        }
        const tau = Math.max(...obs.map((o) => o.time));
        expect(km.restrictedMean()).toBeGreaterThanOrEqual(0);
        expect(km.restrictedMean()).toBeLessThanOrEqual(tau + 1e-9);
        if (km.median !== null) expect(km.at(km.median).survival).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 1000 },
    );
  });
});
