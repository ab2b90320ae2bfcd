// Where figures disagree, both sides stay in the catalogue and this list says how they differ.
import type { Conflict } from '../schema';

export const conflicts: Conflict[] = [
  {
    id: 'kato-estimated-median',
    records: ['kato-css-estimated-median', 'kato-css-km-median'],
    kind: 'statistic-mislabelled',
    summary:
      'Seed 000 calls 52.6 months its “estimated median” cancer-specific survival, but its own Table 2 gives a Kaplan-Meier median of 55 months; 52.6 is the restricted mean survival up to 97 months (area under the curve).',
  },
  {
    id: 'liu-quoted-differently',
    records: ['liu-via-kato-median', 'liu-via-kato-1y', 'liu-via-kato-5y', 'liu-wiki-lms-series-median', 'liu-wiki-lms-combined-median'],
    kind: 'same-study-quoted-differently',
    summary:
      'Liu et al. (J Neurosurg Spine) is quoted by seed 000 as 16 spinal LMS patients with a median of 22.5 months after spine surgery (2016), and by seed 002 as 20 months for the LMS patients of the institutional series and 22.5 months with literature cases added, counted from diagnosis of the spinal metastasis and surgery (2015 e-publication).',
  },
  {
    id: 'spinal-lms-n9',
    records: ['uncited-spinal-lms-n9-median', 'ziewacz-via-koruga-os'],
    kind: 'sources-disagree',
    summary:
      'Seed 001 reports a median survival of 46 months from “retrospective data (n = 9)” on spinal LMS without a citation; seed 004 quotes the 9-patient series of Ziewacz 2012 at 10.7 months. If these are the same series, the two seeds disagree fourfold.',
  },
  {
    id: 'operated-spinal-lms-series',
    records: ['elhammady-via-koruga-os', 'ziewacz-via-koruga-os', 'kato-css-km-median', 'liu-via-kato-median'],
    kind: 'sources-disagree',
    summary:
      'Small series of operated spinal LMS report survival from 10.7 months (Ziewacz, n = 9) through 22.5 (Liu, n = 16) and 55 (Kato, TES, n = 10) to 8.6 years (Elhammady, n = 5): selection and treatment differ, and no series exceeds 16 patients.',
  },
  {
    id: 'stork-pm-median',
    records: ['stork-t1-pulmonary-metastasectomy-yes', 'stork-os-median-pm-fig2'],
    kind: 'internal-inconsistency',
    summary:
      'Seed 003 gives the median overall survival of its 44 metastasectomy patients as 73.2 months in Table 1 and as 78 months in the Results text describing Fig. 2.',
  },
  {
    id: 'stork-size-pfs-p',
    records: ['stork-t3-pfs-metastasis-size-lt-20-mm', 'stork-t3-pfs-metastasis-size-ge-20-mm'],
    kind: 'internal-inconsistency',
    summary:
      'Seed 003 gives the p value for metastasis size and progression-free survival after metastasectomy as 0.028 (Abstract, Table 3) and as 0.01 (Results text).',
  },
  {
    id: 'shabani-follow-up',
    records: ['shabani-disease-free'],
    kind: 'internal-inconsistency',
    summary: 'Seed 001’s Abstract reports negative imaging “again at 7 years”; its Adjuvant Therapy and Follow-up section reports the most recent evaluation at 5 years.',
  },
  {
    id: 'kato-primary-10y',
    records: ['kato-css-primary-10y'],
    kind: 'internal-inconsistency',
    summary:
      'Seed 000 reports 31% cancer-specific survival 10 years after resection of the primary; rebuilt from its Tables 1 and 2 (interval to TES plus survival after TES) the figure is 29%, while the 3- and 5-year figures (80%) reproduce.',
  },
];
