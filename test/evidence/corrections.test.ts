// Issue 11: one test per corrected record, each quoting the seed's words it was read against.
import { describe, expect, it } from 'vitest';
import { catalogue, nText, type OutcomeRecord } from '../../src/evidence';

const byId = new Map(catalogue.map((r) => [r.id, r]));
const rec = (id: string): OutcomeRecord => {
  const r = byId.get(id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe('subgroup n from seed 003 Table 2', () => {
  // Seed 003, Table 2, "Total (n = 64)": "Male 33 … Female 31"; grade "1 6 … 2 16 … 3 33";
  // lung metastasis timing "Synchronous 11 … Metachronous 47".
  it.each([
    ['stork-t1-sex-female', 31],
    ['stork-t1-sex-male', 33],
    ['stork-t1-grade-of-primary-g1', 6],
    ['stork-t1-grade-of-primary-g2-g3', 49],
    ['stork-t1-lung-metastasis-timing-synchronous', 11],
    ['stork-t1-lung-metastasis-timing-metachronous', 47],
    ['stork-t1-pulmonary-metastasectomy-yes', 44],
    ['stork-t1-pulmonary-metastasectomy-no', 20],
  ])('%s: n = %i', (id, n) => {
    expect(rec(id).population.n).toBe(n);
  });

  // Seed 003, Table 2, "Pulmonary metastasectomy (n = 44)": "Male … 22", "Female … 22".
  it.each(['stork-t3-pfs-sex-male', 'stork-t3-pfs-sex-female', 'stork-t3-os-sex-male', 'stork-t3-os-sex-female'])('%s: n = 22 (metastasectomy column)', (id) => {
    expect(rec(id).population.n).toBe(22);
    expect(nText(rec(id))).toMatch(/^n = 22 \(from Table 2/);
  });

  // Seed 003, Table 1 prints medians, HRs and p values but no group sizes ("Age at primary
  // (years) ≥60 41.1 … <60 73.2"); Table 3 likewise ("Age at metastasectomy (years) ≤55 12 …").
  const noN = catalogue.filter(
    (r) => (r.id.startsWith('stork-t1-') || r.id.startsWith('stork-t3-')) && !/-sex-|grade-of-primary|lung-metastasis-timing|pulmonary-metastasectomy/.test(r.id),
  );
  it('leaves n not given, with the reason shown, for every other Table 1 and Table 3 group', () => {
    expect(noN.length).toBe(10 + 20);
    for (const r of noN) {
      expect(r.population.n, r.id).toBeNull();
      expect(nText(r), r.id).toMatch(/^n not given: .*(not given in the paper)/);
    }
  });
  // Seed 003, Results: "uterus (n = 19, 30%)" — a uterine count, not necessarily "gynecologic".
  it('says why the gynecologic group has no n', () => {
    expect(nText(rec('stork-t1-primary-site-gynecologic'))).toMatch(/19 of the 64 had a uterine primary/);
  });
});

describe('Abeler is not n = 419', () => {
  // Seed 000, Discussion: "A national prognostic survey from Norway estimated the overall 5-year
  // survival for uterine LMS to be 15–25%"; reference 21: "… including 419 patients" (all sarcomas).
  it('gives no n for the uterine LMS figure and says what 419 counts', () => {
    const r = rec('abeler-uterine-5y');
    expect(r.population.n).toBeNull();
    expect(nText(r)).toMatch(/419 .* uterine sarcomas of every type/);
  });
  it('is not a metastatic cohort', () => {
    expect(rec('abeler-uterine-5y').population.metastaticSite).toBe('all-stages');
  });
});

describe('Svarvar is not a metastatic cohort', () => {
  // Seed 000, Discussion: "A study of nonvisceral LMS demonstrated an overall 10-year survival of 49%".
  it('is all stages of non-visceral LMS', () => {
    expect(rec('svarvar-nonvisceral-10y').population.metastaticSite).toBe('all-stages');
    expect(rec('svarvar-nonvisceral-10y').population.description).toMatch(/not a metastatic cohort/);
  });
});

describe('time origins the seeds do not give', () => {
  // Seed 002: "resulted in tumor-free survival and good outcome at a 2-year follow-up" (no origin).
  it('Aumüller: not stated', () => {
    expect(rec('aumuller-intracranial-case')).toMatchObject({ timeOrigin: 'not-stated' });
    expect(rec('aumuller-intracranial-case').timeOriginNote).toBeTruthy();
  });
  // Seed 004, Table 1: "Sun et al., 2014 | C6, metastasis | GTR+Radiotherapy | 13 months, progression-free survival".
  it('Sun 2014: not stated', () => {
    expect(rec('sun2014-via-koruga')).toMatchObject({ timeOrigin: 'not-stated' });
  });
  // Seed 004, Discussion: "the longest recurrence-free survival was 38 months".
  it('Zhang 2022: not stated', () => {
    expect(rec('zhang2022-via-koruga')).toMatchObject({ timeOrigin: 'not-stated' });
  });
});

describe('statistics the seeds do not name', () => {
  // Seed 002: "overall survival following diagnosis of spinal metastases and surgery was 27 months,
  // with cervical cancer, endometrial cancer, and leiomyosarcoma survival being 32, 26, and 20 months".
  it.each(['liu-wiki-all-median', 'liu-wiki-lms-series-median', 'liu-wiki-lms-combined-median'])('%s is not called a median', (id) => {
    expect(rec(id).statistic).toBe('unspecified');
    expect(rec(id).label).not.toMatch(/median/i);
  });
  // Seed 001, Discussion: "spinal cases have lower survival (~14.1 months) compared to other sites".
  it('the ~14.1 months of seed 001 is not called a median', () => {
    expect(rec('uncited-bone-metastasectomy-spinal-median')).toMatchObject({ statistic: 'unspecified', value: 14.1 });
    expect(rec('uncited-bone-metastasectomy-spinal-median').label).not.toMatch(/median/i);
  });
  // Seed 003, Results: "Repeat PM was performed for 15 patients (34%)." — an operation count.
  it('repeat metastasectomy is repeat surgery, not local recurrence', () => {
    expect(rec('stork-pm-repeat')).toMatchObject({ measure: 'repeat-surgery', count: { events: 15, of: 44 } });
    expect(rec('stork-pm-repeat').label).not.toMatch(/recurren/i);
  });
});

describe('the SBRT local-control record', () => {
  // Seed 001 (a case report), Discussion: "consistent with local-control data from stereotactic
  // body radiation therapy (SBRT) and metastasectomy studies (e.g., 76.4% 1-year control post-SBRT)".
  it('comes from the case report’s discussion, with no study named and no population', () => {
    const r = rec('uncited-sbrt-local-control-1y');
    expect(r.source.seed).toBe('001_611a22c4dfec15ff.txt');
    expect(r.design).toBe('uncited-in-case-report');
    expect(r.primaryCitation).toBeNull();
    expect(r.population).toMatchObject({ histology: 'not-stated', metastaticSite: 'not-stated' });
    expect(r.population.description).not.toMatch(/spinal LMS/i);
  });
});

describe('seed 000 survival from the primary', () => {
  // Seed 000, Results: "The 3-, 5-, and 10-year CSS rates after excisional surgery for primary LMS
  // were 80%, 80%, and 31%" — no n; Table 1 footnote a: patient 6's gastric LMS "was surgically
  // resected 3 months after TES".
  it.each(['kato-css-primary-3y', 'kato-css-primary-5y', 'kato-css-primary-10y'])('%s says how n was found', (id) => {
    expect(nText(rec(id))).toMatch(/patient 6 timed from his gastrectomy/);
  });
});
