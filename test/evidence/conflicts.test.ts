// Issue 11: one test per added conflict, both sides quoted from the seed in a comment and held
// in the conflict's `sides`, each attached to real records.
import { describe, expect, it } from 'vitest';
import { catalogue, conflicts, conflictsFor, kato2020, matchOutcomes } from '../../src/evidence';

const byId = new Map(conflicts.map((c) => [c.id, c]));
const ids = new Set(catalogue.map((r) => r.id));
const conflict = (id: string) => {
  const c = byId.get(id);
  if (!c) throw new Error(`no conflict ${id}`);
  for (const r of c.records) expect(ids.has(r), r).toBe(true);
  expect(c.sides.length).toBeGreaterThanOrEqual(2);
  return c;
};
const sidesText = (id: string) => conflict(id).sides.map((s) => `${s.where}: ${s.says}`).join(' | ');

describe('added conflicts, both sides', () => {
  // Seed 000, Results: "Two patients received a preoperative radiation dose of 47.0 Gy each for a
  // spinal lesion"; Table 1, patients 1 and 5: "51 Gy (pre-op)".
  it('Kato: 47.0 Gy in the text, 51 Gy in Table 1', () => {
    expect(sidesText('kato-radiation-dose')).toMatch(/47\.0 Gy/);
    expect(sidesText('kato-radiation-dose')).toMatch(/51 Gy/);
    // The patient-level data follows Table 1.
    expect(kato2020.filter((p) => p.irradiation?.when === 'pre-op').map((p) => p.irradiation?.gray)).toEqual([51, 51]);
    expect(conflictsFor('kato-t3-irradiation-yes').map((c) => c.id)).toContain('kato-radiation-dose');
  });

  // Seed 000, Case presentation: "a solitary spinal metastasis at L1 from uterine LMS (number 2 in
  // Tables 1 and 2)"; Fig. 2: "Metastatic leiomyosarcoma at L1"; Tables 1-2, patient 2: "T12-L2".
  it('Kato patient 2: L1 in the case and Fig. 2, T12-L2 in the tables', () => {
    expect(sidesText('kato-case-level')).toMatch(/at L1/);
    expect(sidesText('kato-case-level')).toMatch(/T12-L2/);
    expect(kato2020.find((p) => p.id === 2)?.levels).toEqual(['T12', 'L1', 'L2']);
  });

  // Seed 001, Background: "a history of uterine leiomyoma treated via hysterectomy"; Case Report:
  // "She had undergone myomectomy for uterine leiomyoma 12 years earlier".
  it('Shabani: hysterectomy vs myomectomy', () => {
    expect(sidesText('shabani-primary-operation')).toMatch(/hysterectomy/);
    expect(sidesText('shabani-primary-operation')).toMatch(/myomectomy/);
  });

  // Seed 001, Abstract: "She underwent partial spondylectomy with spinal stabilization"; Surgical
  // Treatment: "decompressive posterior laminectomy at T5-T6 with extensive tumor debulking".
  it('Shabani: partial spondylectomy vs laminectomy with debulking', () => {
    expect(sidesText('shabani-operation')).toMatch(/partial spondylectomy/);
    expect(sidesText('shabani-operation')).toMatch(/laminectomy at T5-T6 with extensive tumor debulking/);
  });

  // Seed 002: "the patient presented in January 2011 to the authors' institution"; "progression free
  // for 35 months since her presentation (April 2011 to March 2014)".
  it('Strong (via the wiki): January vs April 2011', () => {
    expect(sidesText('strong-presentation-date')).toMatch(/January 2011/);
    expect(sidesText('strong-presentation-date')).toMatch(/April 2011 to March 2014/);
    expect(conflict('strong-presentation-date').summary).toMatch(/38 months/);
  });

  // Seed 003, Results: "The median size of the metastases was 15.5 mm (range, 3-70 mm)"; Table 2,
  // Metastasis size, Total: "16 (3-70)".
  it('Stork: metastasis size 15.5 mm vs 16 mm', () => {
    expect(sidesText('stork-metastasis-size')).toMatch(/15\.5 mm/);
    expect(sidesText('stork-metastasis-size')).toMatch(/16 \(3-70\)/);
  });

  // Seed 003, Table 1: "Female 64.4 1 0.304-0.1344 0.238 / Male 71.4 0.64".
  it('Stork: an impossible CI for sex, and no CI shown for it', () => {
    const c = conflict('stork-sex-ci');
    expect(c.kind).toBe('impossible-value');
    expect(sidesText('stork-sex-ci')).toMatch(/0\.304-0\.1344/);
    for (const id of c.records) expect(catalogue.find((r) => r.id === id)?.ci95).toBeUndefined();
  });

  // Seed 004, Abstract: "right-sided numbness and pain of 2 months duration"; Case Report: "relative
  // right-sided C5 sensory level of 1 month's duration".
  it('Koruga: 2 months vs 1 month of symptoms', () => {
    expect(sidesText('koruga-symptom-duration')).toMatch(/2 months duration/);
    expect(sidesText('koruga-symptom-duration')).toMatch(/1 month’s duration/);
  });

  // Seed 004, Abstract: "resection of a retroperitoneal LMS 3 years ago"; Case Report: "in 2021, she
  // had a retroperitoneal LMS completely removed"; Table 1: "Our study, 2023".
  it('Koruga: "3 years ago" vs 2021', () => {
    expect(sidesText('koruga-primary-date')).toMatch(/3 years ago/);
    expect(sidesText('koruga-primary-date')).toMatch(/2021/);
  });

  // Seed 004, Discussion: "Sun et al., in 2013, reported a metastatic LMS lesion to the cervical
  // spine"; Table 1: "Sun et al., 2014"; reference 8: "Oncol Lett 2014;8:263-5".
  it('Koruga: Sun 2013 vs 2014', () => {
    expect(sidesText('koruga-sun-year')).toMatch(/in 2013/);
    expect(sidesText('koruga-sun-year')).toMatch(/2014/);
  });

  // Seed 000, Results: "The 3-, 5-, and 10-year CSS rates after excisional surgery for primary LMS
  // were 80%, 80%, and 31%"; Table 1 footnote a: patient 6's primary "was surgically resected 3
  // months after TES".
  it('Kato: 10-year 31% printed vs 28.6% rebuilt, reproducible only with patient 6 from his gastrectomy', () => {
    expect(conflict('kato-primary-10y').summary).toMatch(/28\.6%/);
    expect(conflict('kato-primary-10y').summary).toMatch(/patient 6 is counted from his gastrectomy/);
  });
});

// Issue 19: the six disagreements the issue names, each checked against the seed text.
describe('issue 19: six disagreements flagged, both sides shown', () => {
  // Seed 001, Discussion: "systematic analyses suggest medians up to 102 months (reviewed
  // literature)"; Conclusion: "reported median survival of 46 months and even exceeding 102 months
  // in selected cohorts".
  it('Shabani: "up to 102 months" (Discussion) vs "exceeding 102 months" (Conclusion)', () => {
    expect(sidesText('shabani-102-up-to-or-exceeding')).toMatch(/Discussion: .*up to 102 months/);
    expect(sidesText('shabani-102-up-to-or-exceeding')).toMatch(/Conclusion: .*exceeding 102 months/);
  });

  // Seed 001, Discussion: "systematic analyses suggest medians up to 102 months" and, in the same
  // paragraph, "spinal cases have lower survival (~14.1 months) compared to other sites".
  it('Shabani: spinal LMS medians up to 102 vs ~14.1 months', () => {
    expect(sidesText('shabani-spinal-medians')).toMatch(/up to 102 months/);
    expect(sidesText('shabani-spinal-medians')).toMatch(/~14\.1 months/);
  });

  // Seed 004, Table 1: "Sun et al., 2014 C6, metastasis GTR+Radiotherapy 13 months,
  // progression-free survival"; Discussion: "the patient underwent an anterior decompression and fusion".
  it('Koruga on Sun 2014: GTR + radiotherapy (Table 1) vs anterior decompression and fusion (Discussion)', () => {
    expect(sidesText('koruga-sun-operation')).toMatch(/Table 1: .*GTR\+Radiotherapy/);
    expect(sidesText('koruga-sun-operation')).toMatch(/Discussion: .*anterior decompression and fusion/);
  });

  // Seed 003, Discussion: "an HR of 0.52 (95% CI 0.38-0.87; p = 0.012)".
  it('Penel (via Stork): HR 0.52 (0.38-0.87) does not fit p = 0.012', () => {
    const [lo, hi, hr] = [0.38, 0.87, 0.52];
    const se = (Math.log(hi) - Math.log(lo)) / (2 * 1.96);
    const centre = Math.exp((Math.log(lo) + Math.log(hi)) / 2);
    // Two-sided p from |z|, by the normal tail (Abramowitz-Stegun 7.1.26 for erfc).
    const p = (z: number) => {
      const x = z / Math.SQRT2;
      const t = 1 / (1 + 0.3275911 * x);
      return t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
    };
    expect(centre).toBeCloseTo(0.57, 2);
    expect(p(Math.abs(Math.log(hr)) / se)).toBeCloseTo(0.002, 3);
    expect(p(Math.abs(Math.log(centre)) / se)).toBeCloseTo(0.009, 3);
    expect(sidesText('penel-hr-p')).toMatch(/0\.52 \(95% CI 0\.38-0\.87; p = 0\.012\)/);
    expect(conflict('penel-hr-p').summary).toMatch(/centres on 0\.57.*p ≈ 0\.002/);
  });

  // Seed 004, Table 1: "Our study, 2023 C5, metastasis GTR+Chemotherapy 12 months, recurrence-free
  // survival"; Case Report: "However, one year later, the C5 lesion recurred".
  it('Koruga: index case 12 months recurrence-free (Table 1) vs recurrence at one year (text)', () => {
    expect(sidesText('koruga-index-recurrence')).toMatch(/Table 1: .*12 months, recurrence-free survival/);
    expect(sidesText('koruga-index-recurrence')).toMatch(/one year later, the C5 lesion recurred/);
  });

  // Seed 002, 2014: "Radical tumor resection followed by radiotherapy resulted in tumor-free
  // survival"; next: "combined tumor resection and radiosurgery may yield excellent outcome 3)".
  it('Aumüller (via the wiki): radiotherapy vs radiosurgery', () => {
    expect(sidesText('aumuller-radiotherapy-radiosurgery')).toMatch(/followed by radiotherapy/);
    expect(sidesText('aumuller-radiotherapy-radiosurgery')).toMatch(/resection and radiosurgery/);
  });

  it('flags each on the figures it bears on', () => {
    const flagged = {
      'uncited-spinal-lms-review-median': ['shabani-102-up-to-or-exceeding', 'shabani-spinal-medians'],
      'uncited-bone-metastasectomy-spinal-median': ['shabani-spinal-medians'],
      'sun2014-via-koruga': ['koruga-sun-operation'],
      'stork-quoted-penel-hr': ['penel-hr-p'],
      'koruga-local-recurrence': ['koruga-index-recurrence'],
      'aumuller-intracranial-case': ['aumuller-radiotherapy-radiosurgery'],
    };
    for (const [record, ids] of Object.entries(flagged)) expect(conflictsFor(record).map((c) => c.id), record).toEqual(expect.arrayContaining(ids));
  });

  // Seed 003, Discussion: "5-year survivals ranging from 38 to 52%" (refs 8, 11, 12: Burt 2011 LMS
  // lung metastases; Blackmon 2009 "pulmonary and extrapulmonary sarcomatous metastases"; Anraku
  // 2004 "Pulmonary metastases from uterine malignancies").
  it('retags Stork 2022’s "earlier reports" 38-52%: all sarcomas and uterine malignancies, not LMS lung-only', () => {
    const r = catalogue.find((x) => x.id === 'stork-quoted-pm-literature-5y');
    expect(r?.population).toMatchObject({ histology: 'sarcomas-and-uterine-malignancies', metastaticSite: 'any' });
    expect(r?.population.description).toMatch(/all sarcomas.*uterine malignancies/);
    // No longer offered to an LMS patient as a lung-only LMS cohort.
    const lung = matchOutcomes({ histology: 'leiomyosarcoma', metastaticSites: ['lung'], treatment: 'pulmonary-metastasectomy' });
    expect(lung.status).toBe('matched');
    expect(lung.matches.some((m) => m.records.some((x) => x.id === 'stork-quoted-pm-literature-5y'))).toBe(false);
  });
});

describe('every conflict', () => {
  it('names real records and at least two sides, each with where to look', () => {
    for (const c of conflicts) {
      conflict(c.id);
      for (const s of c.sides) expect(s.where, c.id).toMatch(/\b(19|20)\d{2}\b|Wiki/);
    }
  });
});
