// Every figure in the catalogue validates, names its seed and location, and carries n and a
// time origin (or says the seed gives none); Table 3 of seed 000 reproduces from Tables 1-2.
import { describe, expect, it } from 'vitest';
import {
  SEEDS,
  catalogue,
  conflicts,
  conflictsFor,
  kaplanMeier,
  kato2020,
  table3Subgroups,
  validateCatalogue,
} from '../../src/evidence';

describe('the catalogue', () => {
  it('validates: schema, unique ids, conflicts naming real records', () => {
    expect(validateCatalogue()).toEqual([]);
    expect(catalogue.length).toBeGreaterThan(80);
  });

  it('draws figures from all five seeds', () => {
    const seeds = new Set(catalogue.map((r) => r.source.seed));
    expect([...seeds].sort()).toEqual(Object.keys(SEEDS).sort());
  });

  it('gives every figure a location, an n or a reason, and a time origin or a reason', () => {
    for (const r of catalogue) {
      expect(r.source.location.length, r.id).toBeGreaterThan(2);
      if (r.population.n === null) expect(r.population.nNote, r.id).toBeTruthy();
      if (r.timeOrigin === 'not-stated') expect(r.timeOriginNote, r.id).toBeTruthy();
    }
  });

  it('names the primary study wherever a seed quotes another study', () => {
    const quoted = catalogue.filter((r) => r.cohort !== 'kato2020' && r.source.seed === '000_e094713696bb6dae.txt');
    expect(quoted.length).toBeGreaterThan(0);
    for (const r of quoted) expect(r.primaryCitation, r.id).toMatch(/\d{4}/);
  });

  it('holds seed 000’s headline figures as printed', () => {
    const byId = new Map(catalogue.map((r) => [r.id, r]));
    expect(byId.get('kato-css-1y')).toMatchObject({ value: 90, atMonths: 12, population: { n: 10 }, timeOrigin: 'surgery', intervention: 'tes' });
    expect(byId.get('kato-css-3y')?.value).toBe(70);
    expect(byId.get('kato-css-5y')?.value).toBe(47);
    expect(byId.get('kato-css-estimated-median')).toMatchObject({ value: 52.6, statistic: 'restricted-mean' });
    expect(byId.get('stork-os-5y')).toMatchObject({ value: 55, population: { n: 64 }, timeOrigin: 'lung-metastasis-diagnosis' });
  });

  it('flags the “estimated median” of seed 000 as a restricted mean, showing both', () => {
    const c = conflictsFor('kato-css-estimated-median');
    expect(c).toHaveLength(1);
    expect(c[0]?.records).toContain('kato-css-km-median');
    expect(c[0]?.summary).toMatch(/55 months/);
  });

  it('flags the same earlier series quoted differently by different seeds', () => {
    const liu = conflicts.find((c) => c.kind === 'same-study-quoted-differently');
    const seedsOf = (ids: string[]) => new Set(ids.map((id) => catalogue.find((r) => r.id === id)?.source.seed));
    expect(seedsOf(liu?.records ?? []).size).toBe(2);
    expect(conflicts.find((c) => c.id === 'spinal-lms-n9')?.records).toEqual(['uncited-spinal-lms-n9-median', 'ziewacz-via-koruga-os']);
  });
});

describe('seed 000 Table 3 from the patient-level data', () => {
  const published = catalogue.filter((r) => r.id.startsWith('kato-t3-'));
  const rebuilt = table3Subgroups();

  it('has every row of Table 3', () => {
    expect(published).toHaveLength(24);
    expect(rebuilt).toHaveLength(24);
  });

  it.each(published.map((r, i) => [r.label, r, i] as const))('%s', (_, record, i) => {
    const row = rebuilt[i];
    expect(row).toBeDefined();
    expect(row?.n).toBe(record.population.n);
    expect(row?.threeYearSurvivors).toEqual({ count: record.count?.events, of: record.count?.of });
    // The printed percentage, to its one decimal (the paper truncates 66.67 to 66.6 once).
    const share = ((row?.threeYearSurvivors.count ?? 0) / (row?.n ?? 1)) * 100;
    expect(Math.abs(share - (record.value as number))).toBeLessThan(0.1);
  });
});

describe('seed 000: survival from resection of the primary', () => {
  // Interval primary-to-TES (Table 1) plus survival after TES (Table 2); patient 6's primary was
  // resected 3 months after TES, so 16 - 3 months.
  const obs = kato2020.map((p) => ({
    time: (p.primaryToTesMonths ?? -3) + p.survivalMonths,
    event: p.status === 'DOD',
  }));
  const km = kaplanMeier(obs);
  // Seed 000, Results: "The 3-, 5-, and 10-year CSS rates after excisional surgery for primary
  // LMS were 80%, 80%, and 31%, respectively."
  it('reproduces 80% at 3 and at 5 years; 10 years comes to 28.6% against the printed 31%', () => {
    expect(Math.round(km.at(36).survival * 100)).toBe(80);
    expect(Math.round(km.at(60).survival * 100)).toBe(80);
    expect(km.at(120).survival).toBeCloseTo(2 / 7, 10);
    expect(conflictsFor('kato-css-primary-10y')[0]?.summary).toMatch(/28\.6%/);
    expect(conflictsFor('kato-css-primary-10y')[0]?.summary).toMatch(/only if patient 6 is counted from his gastrectomy/);
  });

  it('does not reproduce the printed 80% without patient 6 (n = 9): 89% at 3 and 5 years, 32% at 10', () => {
    const nine = kaplanMeier(kato2020.filter((p) => p.primaryToTesMonths !== null).map((p) => ({ time: (p.primaryToTesMonths as number) + p.survivalMonths, event: p.status === 'DOD' })));
    expect(Math.round(nine.at(36).survival * 100)).toBe(89);
    expect(Math.round(nine.at(60).survival * 100)).toBe(89);
    expect(Math.round(nine.at(120).survival * 100)).toBe(32);
  });
});
