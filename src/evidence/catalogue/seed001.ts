// Seed 001: Shabani 2025, case report of a uterine LMS metastasis at T5-T6 treated by
// decompression, debulking and stabilisation with adjuvant chemo- and radiotherapy; and the
// figures its Discussion quotes without saying from which study.
import type { OutcomeRecord } from '../schema';
import { cohort } from './cohort';

const SEED = '001_611a22c4dfec15ff.txt' as const;

const shabaniCase = cohort({
  population: {
    n: 1,
    histology: 'uterine-leiomyosarcoma',
    metastaticSite: 'spine',
    description: '42-year-old woman, solitary T5-T6 metastasis of uterine LMS 12 years after myomectomy; ESCC grade 3; no neurological deficit',
  },
  source: { seed: SEED },
  design: 'case-report',
  intervention: 'partial-spondylectomy-adjuvant',
  timeOrigin: 'surgery',
});

const uncited = cohort({
  population: { n: null, nNote: 'n not given in the seed', histology: 'leiomyosarcoma', metastaticSite: 'spine', description: 'Spinal LMS, as summarised in the seed’s Discussion' },
  source: { seed: SEED },
  design: 'narrative-review',
  intervention: 'mixed',
  timeOrigin: 'not-stated',
  primaryCitation: null,
});

const NO_CITATION = 'The seed cites no study for this figure; its reference list includes Ziewacz 2012 (n = 9), Contartese 2022 and Delisle 2022 (systematic reviews).';

export const seed001Records: OutcomeRecord[] = [
  shabaniCase({
    id: 'shabani-disease-free', cohort: 'shabani2025', measure: 'disease-free-survival', statistic: 'case-course',
    label: 'Free of residual or recurrent tumour after decompression, debulking, T3-T9 stabilisation and adjuvant chemo- and radiotherapy',
    value: 5, unit: 'years', source: { location: 'Case Report, “Adjuvant Therapy and Follow-up”', quote: 'A most recent evaluation at 5 years post-surgery ... remained negative' },
    note: 'The Abstract says imaging was negative “again at 7 years”; the body says 5 years.',
  }),
  uncited({
    id: 'uncited-spinal-lms-n9-median', cohort: 'uncited-spinal-lms-n9', measure: 'overall-survival', statistic: 'median',
    label: 'Median survival for spinal LMS, retrospective data', value: 46, unit: 'months',
    population: { n: 9 }, timeOriginNote: 'not stated in the seed', design: 'retrospective-series',
    source: { location: 'Discussion', quote: 'For spinal LMS, retrospective data (n = 9) show a median survival of 46 months' }, note: NO_CITATION,
  }),
  uncited({
    id: 'uncited-spinal-lms-review-median', cohort: 'uncited-spinal-lms-reviews', measure: 'overall-survival', statistic: 'median',
    label: 'Median survival for spinal LMS in systematic analyses, “up to”', value: 102, unit: 'months',
    timeOriginNote: 'not stated in the seed', design: 'systematic-review',
    source: { location: 'Discussion; Conclusion', quote: 'systematic analyses suggest medians up to 102 months (reviewed literature)' }, note: NO_CITATION,
  }),
  uncited({
    id: 'uncited-bone-metastasectomy-median', cohort: 'uncited-bone-metastasectomy', measure: 'overall-survival', statistic: 'median',
    label: 'Pooled median survival after metastasectomy of LMS bone metastases', value: 59.6, unit: 'months', intervention: 'bone-metastasectomy',
    population: { metastaticSite: 'bone', description: 'LMS bone metastases treated by metastasectomy, pooled' }, timeOriginNote: 'not stated in the seed', design: 'systematic-review',
    source: { location: 'Discussion', quote: 'Metastasectomy for bone LMS yields a pooled median survival of 59.6 months' }, note: NO_CITATION,
  }),
  uncited({
    id: 'uncited-bone-metastasectomy-spinal-median', cohort: 'uncited-bone-metastasectomy', measure: 'overall-survival', statistic: 'median',
    label: 'Median survival after metastasectomy when the bone metastasis is spinal (approximate)', value: 14.1, unit: 'months', intervention: 'bone-metastasectomy',
    population: { subgroup: 'spinal metastases', description: 'LMS bone metastases treated by metastasectomy, pooled; spinal subgroup' }, timeOriginNote: 'not stated in the seed', design: 'systematic-review',
    source: { location: 'Discussion', quote: 'spinal cases have lower survival (~14.1 months) compared to other sites' }, note: NO_CITATION,
  }),
  uncited({
    id: 'uncited-sbrt-local-control-1y', cohort: 'uncited-sbrt', measure: 'local-control', statistic: 'rate',
    label: 'Local control 1 year after SBRT', value: 76.4, unit: 'percent', atMonths: 12, intervention: 'radiosurgery',
    timeOrigin: 'radiosurgery',
    source: { location: 'Discussion', quote: '76.4% 1-year control post-SBRT' }, note: NO_CITATION,
  }),
];
