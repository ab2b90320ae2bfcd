// Where figures disagree, both sides stay in the catalogue and this list says how they differ,
// quoting each side where a clinician would find it. Text here reaches the screen and the note:
// publications only, never source file names. Disagreements about a case's facts (dates, doses,
// levels) are in conflicts-facts.ts.
import type { Conflict } from '../schema';
import { factConflicts } from './conflicts-facts';

const figureConflicts: Conflict[] = [
  {
    id: 'kato-estimated-median',
    records: ['kato-css-estimated-median', 'kato-css-km-median'],
    kind: 'statistic-mislabelled',
    summary:
      'Kato 2020 calls 52.6 months its “estimated median” cancer-specific survival, but its own Table 2 gives a Kaplan-Meier median of 55 months; 52.6 is the restricted mean survival up to 97 months (area under the curve).',
    sides: [
      { says: '“The estimated median CSS time after TES was 52.6 months.”', where: 'Kato 2020, Results; Fig. 1 legend; Conclusions' },
      { says: 'survival and status of the 10 patients give a Kaplan-Meier median of 55 months', where: 'Kato 2020, Table 2 (computed by this app)' },
    ],
  },
  {
    id: 'liu-quoted-differently',
    records: ['liu-via-kato-median', 'liu-via-kato-1y', 'liu-via-kato-5y', 'liu-wiki-lms-series-median', 'liu-wiki-lms-combined-median'],
    kind: 'same-study-quoted-differently',
    summary:
      'Liu et al. (J Neurosurg Spine) is quoted by Kato 2020 as 16 spinal LMS patients with a median of 22.5 months after spine surgery (2016), and by the Neurosurgery Wiki as 20 months for the LMS patients of the institutional series and 22.5 months with literature cases added, counted from diagnosis of the spinal metastasis and surgery (2015 e-publication), naming no statistic.',
    sides: [
      { says: '“1-year and 5-year survival after spine surgery in 16 patients was 64% and 21% … overall median survival of 22.5”', where: 'Kato 2020, Discussion (ref. 7)' },
      { says: '“leiomyosarcoma survival being … 20 months” in the series; “leiomyosarcoma (22.5 months)” with literature cases', where: 'Neurosurgery Wiki, “Leiomyosarcoma”, footnote 1' },
    ],
  },
  {
    id: 'spinal-lms-n9',
    records: ['uncited-spinal-lms-n9-median', 'ziewacz-via-koruga-os'],
    kind: 'sources-disagree',
    summary:
      'Shabani 2025 reports a median survival of 46 months from “retrospective data (n = 9)” on spinal LMS without a citation; Koruga 2024 quotes the 9-patient series of Ziewacz 2012 at 10.7 months. If these are the same series, the two papers disagree fourfold.',
    sides: [
      { says: '“retrospective data (n = 9) show a median survival of 46 months”', where: 'Shabani 2025, Discussion' },
      { says: '“10.7 month-survival for the nine patients in the latter series” (Ziewacz 2012)', where: 'Koruga 2024, Discussion' },
    ],
  },
  {
    id: 'operated-spinal-lms-series',
    records: ['elhammady-via-koruga-os', 'ziewacz-via-koruga-os', 'kato-css-km-median', 'liu-via-kato-median'],
    kind: 'sources-disagree',
    summary:
      'Small series of operated spinal LMS report survival from 10.7 months (Ziewacz, n = 9) through 22.5 (Liu, n = 16) and 55 (Kato, TES, n = 10) to 8.6 years (Elhammady, n = 5): selection and treatment differ, and no series exceeds 16 patients.',
    sides: [
      { says: '8.6 years (Elhammady 2007, n = 5) and 10.7 months (Ziewacz 2012, n = 9)', where: 'Koruga 2024, Discussion' },
      { says: '22.5 months (Liu, n = 16); 55 months Kaplan-Meier median after TES (n = 10)', where: 'Kato 2020, Discussion and Table 2' },
    ],
  },
  {
    id: 'stork-pm-median',
    records: ['stork-t1-pulmonary-metastasectomy-yes', 'stork-os-median-pm-fig2'],
    kind: 'internal-inconsistency',
    summary: 'Stork 2022 gives the median overall survival of its 44 metastasectomy patients as 73.2 months in Table 1 and as 78 months in the Results text describing Fig. 2.',
    sides: [
      { says: 'Pulmonary metastasectomy “Yes 73.2”', where: 'Stork 2022, Table 1' },
      { says: '“a median survival period of 78 months for the patients after PM”', where: 'Stork 2022, Results (Fig. 2)' },
    ],
  },
  {
    id: 'stork-size-pfs-p',
    records: ['stork-t3-pfs-metastasis-size-lt-20-mm', 'stork-t3-pfs-metastasis-size-ge-20-mm'],
    kind: 'internal-inconsistency',
    summary: 'Stork 2022 gives the p value for metastasis size and progression-free survival after metastasectomy as 0.028 (Abstract, Table 3) and as 0.01 (Results text).',
    sides: [
      { says: '“size (20-mm cutoff) … PFS (p = 0.028)”', where: 'Stork 2022, Abstract; Table 3' },
      { says: '“size of metastases was a significant factor for PFS (p = 0.01)”', where: 'Stork 2022, Results' },
    ],
  },
  {
    id: 'shabani-follow-up',
    records: ['shabani-disease-free'],
    kind: 'internal-inconsistency',
    summary: 'Shabani 2025’s Abstract reports negative imaging “again at 7 years”; its Adjuvant Therapy and Follow-up section reports the most recent evaluation at 5 years.',
    sides: [
      { says: '“at 6, 12, and 24 months –and again at 7 years –showed no evidence of residual or recurrent tumor”', where: 'Shabani 2025, Abstract' },
      { says: '“A most recent evaluation at 5 years post-surgery … remained negative”', where: 'Shabani 2025, Case Report, Adjuvant Therapy and Follow-up' },
    ],
  },
  {
    id: 'kato-primary-10y',
    records: ['kato-css-primary-3y', 'kato-css-primary-5y', 'kato-css-primary-10y'],
    kind: 'internal-inconsistency',
    summary:
      'Kato 2020 reports 80%, 80% and 31% cancer-specific survival 3, 5 and 10 years after resection of the primary. Rebuilt from Tables 1 and 2, the 80% reproduces only if patient 6 is counted from his gastrectomy (3 months after TES); the 10-year figure is then 28.6%, not 31%. Leaving him out gives 32% at 10 years but 89% at 3 and 5.',
    sides: [
      { says: '“The 3-, 5-, and 10-year CSS rates after excisional surgery for primary LMS were 80%, 80%, and 31%”', where: 'Kato 2020, Results' },
      { says: 'interval to TES (Table 1) plus survival after TES (Table 2), patient 6 from his gastrectomy: 80%, 80%, 28.6%', where: 'Kato 2020, Tables 1 and 2 (computed by this app)' },
    ],
  },
  // Issue 19: the two Shabani figures below, and Penel's hazard ratio, verified against the seeds.
  {
    id: 'shabani-102-up-to-or-exceeding',
    records: ['uncited-spinal-lms-review-median'],
    kind: 'internal-inconsistency',
    summary: 'Shabani 2025 gives the longest spinal LMS medians in systematic analyses as “up to 102 months” in its Discussion and as “exceeding 102 months” in its Conclusion: a ceiling in one place, a floor in the other, and no study cited for either.',
    sides: [
      { says: '“systematic analyses suggest medians up to 102 months (reviewed literature)”', where: 'Shabani 2025, Discussion' },
      { says: '“reported median survival of 46 months and even exceeding 102 months in selected cohorts”', where: 'Shabani 2025, Conclusion' },
    ],
  },
  {
    id: 'shabani-spinal-medians',
    records: ['uncited-spinal-lms-review-median', 'uncited-bone-metastasectomy-spinal-median'],
    kind: 'internal-inconsistency',
    summary: 'In one paragraph Shabani 2025 gives spinal LMS medians “up to 102 months” in systematic analyses and about 14.1 months for the spinal cases after bone metastasectomy, citing neither: the figures differ sevenfold for what reads as the same patients.',
    sides: [
      { says: '“For spinal LMS … systematic analyses suggest medians up to 102 months (reviewed literature)”', where: 'Shabani 2025, Discussion' },
      { says: '“spinal cases have lower survival (~14.1 months) compared to other sites”', where: 'Shabani 2025, Discussion' },
    ],
  },
  {
    id: 'penel-hr-p',
    records: ['stork-quoted-penel-hr'],
    kind: 'internal-inconsistency',
    summary:
      'Stork 2022 quotes Penel’s hazard ratio for pulmonary metastasectomy as 0.52 (95% CI 0.38-0.87; p = 0.012). The three do not fit together: the interval centres on 0.57 on the log scale, and 0.52 with that interval’s width gives p ≈ 0.002 (0.57 gives p ≈ 0.009); one of them is likely misprinted. The app shows the figures as printed.',
    sides: [
      { says: '“an HR of 0.52 (95% CI 0.38-0.87; p = 0.012)”', where: 'Stork 2022, Discussion (reference 1, Penel 2010)' },
      { says: 'the interval 0.38-0.87 centres on 0.57 (log scale); HR 0.52 with its width gives p ≈ 0.002', where: 'Stork 2022, Discussion (computed by this app)' },
    ],
  },
];

export const conflicts: Conflict[] = [...figureConflicts, ...factConflicts];
