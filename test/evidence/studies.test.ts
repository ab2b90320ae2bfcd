// Every trial and series beyond the seeds validates: n, design, time origin, where in the paper,
// the address it was read at, a citation a clinician can follow, and whom it applies to.
import { describe, expect, it } from 'vitest';
import { studies, validateStudies } from '../../src/evidence/catalogue/studies';
import { StudySchema, type Study } from '../../src/evidence/study-schema';

describe('the trials and series', () => {
  it('all validate, with unique ids', () => {
    expect(validateStudies()).toEqual([]);
    expect(studies.length).toBeGreaterThanOrEqual(10);
  });

  it('give every figure its own n, time origin, place in the paper and the address it was read at', () => {
    for (const s of studies) {
      expect(s.citation.full).toMatch(new RegExp(String(s.citation.year)));
      for (const f of s.figures) {
        expect(f.n, f.id).toBeGreaterThan(0);
        expect(f.n, f.id).toBeLessThanOrEqual(s.n);
        expect(f.where.length, f.id).toBeGreaterThan(3);
        expect(f.readAt, f.id).toMatch(/^https?:\/\//);
        if (f.count) expect(f.count.of === f.n || f.nNote !== undefined, f.id).toBe(true);
        // A proportion given with its count agrees with it to the paper's rounding.
        if (f.count && f.value !== null) expect(Math.abs((100 * f.count.events) / f.count.of - f.value), f.id).toBeLessThan(1);
      }
    }
  });

  it('state their population: a mix for "any", the primaries otherwise, with counts within n', () => {
    for (const s of studies) {
      expect(s.population.mix.length).toBeGreaterThan(5);
      for (const c of Object.values(s.population.counts ?? {})) expect(c).toBeLessThanOrEqual(s.n);
    }
  });

  it('hold the published figures read in the abstracts', () => {
    const fig = (id: string) => studies.flatMap((s) => s.figures).find((f) => f.id === id);
    // Patchell 2005, Summary: 42/50 (84%) vs 29/51 (57%) walking; median 122 vs 13 days.
    expect(fig('patchell-walk-surgery')).toMatchObject({ value: 84, count: { events: 42, of: 50 } });
    expect(fig('patchell-walk-rt')).toMatchObject({ value: 57, count: { events: 29, of: 51 } });
    expect(fig('patchell-days-rt')).toMatchObject({ value: 13, unit: 'days' });
    // SC.24: complete response at 3 months 35% (n = 114) vs 14% (n = 115).
    expect(fig('sc24-cr-sbrt')).toMatchObject({ value: 35, n: 114 });
    expect(fig('sc24-cr-crt')).toMatchObject({ value: 14, n: 115 });
    // Kanazawa renal series: median cancer-specific survival 100 months, 5-year 62%, n = 65.
    expect(fig('rcc2021-css-median')).toMatchObject({ value: 100, unit: 'months', n: 65 });
    // Sahgal 2013: 57 of 410 segments (14%).
    expect(fig('sahgal2013-vcf-rate')).toMatchObject({ value: 14, count: { events: 57, of: 410 } });
  });

  it('refuses a figure without its address, or a rate without the time it is read at', () => {
    const s = studies[0] as Study;
    const f = s.figures[0];
    const noAddress = { ...s, figures: [{ ...f, readAt: 'from memory' }] };
    expect(StudySchema.safeParse(noAddress).success).toBe(false);
    const noTime = { ...s, figures: [{ ...f, statistic: 'rate' as const, atMonths: undefined }] };
    expect(StudySchema.safeParse(noTime).success).toBe(false);
    expect(validateStudies([s, s])).toEqual(expect.arrayContaining([expect.stringMatching(/duplicate id/)]));
  });
});
