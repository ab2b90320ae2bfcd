// Shabani S et al. 2025 (J Orthop Spine Trauma; source file 001), case report of a uterine LMS metastasis at T5-T6 treated by
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
    description: '42-year-old woman, solitary T5-T6 metastasis of uterine LMS 12 years after uterine surgery (myomectomy; once called hysterectomy); ESCC grade 3; no neurological deficit',
  },
  source: { seed: SEED },
  design: 'case-report',
  intervention: 'partial-spondylectomy-adjuvant',
  timeOrigin: 'surgery',
});

// Figures the case report's Discussion states without naming their study.
const uncited = cohort({
  population: { n: null, nNote: 'n not given in the paper', histology: 'leiomyosarcoma', metastaticSite: 'spine', description: 'Spinal LMS, as summarised in the case report’s Discussion' },
  source: { seed: SEED },
  design: 'uncited-in-case-report',
  intervention: 'mixed',
  timeOrigin: 'not-stated',
  primaryCitation: null,
});

const NO_CITATION = 'The paper cites no study for this figure; its reference list includes Ziewacz 2012 (n = 9), Contartese 2022 and Delisle 2022 (systematic reviews).';
const NOT_STATED = 'not stated in the paper';

export const seed001Records: OutcomeRecord[] = [
  shabaniCase({
    id: 'shabani-disease-free', cohort: 'shabani2025', measure: 'disease-free-survival', statistic: 'case-course',
    label: 'Free of residual or recurrent tumour after decompression, debulking, T3-T9 stabilisation and adjuvant chemo- and radiotherapy',
    value: 5, unit: 'years', source: { location: 'Case Report, “Adjuvant Therapy and Follow-up”', quote: 'A most recent evaluation at 5 years post-surgery ... remained negative' },
    note: 'The Abstract says imaging was negative “again at 7 years”; the body says 5 years. The operation described is a laminectomy with debulking, though the title calls it a partial spondylectomy.',
  }),
  uncited({
    id: 'uncited-spinal-lms-n9-median', cohort: 'uncited-spinal-lms-n9', measure: 'overall-survival', statistic: 'median',
    label: 'Median survival for spinal LMS, retrospective data', value: 46, unit: 'months',
    population: { n: 9 }, timeOriginNote: NOT_STATED, design: 'retrospective-series',
    source: { location: 'Discussion', quote: 'For spinal LMS, retrospective data (n = 9) show a median survival of 46 months' }, note: NO_CITATION,
  }),
  uncited({
    id: 'uncited-spinal-lms-review-median', cohort: 'uncited-spinal-lms-reviews', measure: 'overall-survival', statistic: 'median',
    label: 'Median survival for spinal LMS in systematic analyses, “up to”', value: 102, unit: 'months',
    timeOriginNote: NOT_STATED, design: 'systematic-review',
    source: { location: 'Discussion; Conclusion', quote: 'systematic analyses suggest medians up to 102 months (reviewed literature)' }, note: NO_CITATION,
  }),
  uncited({
    id: 'uncited-bone-metastasectomy-median', cohort: 'uncited-bone-metastasectomy', measure: 'overall-survival', statistic: 'median',
    label: 'Pooled median survival after metastasectomy of LMS bone metastases', value: 59.6, unit: 'months', intervention: 'bone-metastasectomy',
    population: { metastaticSite: 'bone', description: 'LMS bone metastases treated by metastasectomy, pooled' }, timeOriginNote: NOT_STATED, design: 'systematic-review',
    source: { location: 'Discussion', quote: 'Metastasectomy for bone LMS yields a pooled median survival of 59.6 months' }, note: NO_CITATION,
  }),
  uncited({
    id: 'uncited-bone-metastasectomy-spinal-median', cohort: 'uncited-bone-metastasectomy', measure: 'overall-survival',
    // "spinal cases have lower survival (~14.1 months)": no statistic is named, so not a median.
    statistic: 'unspecified',
    label: 'Survival after metastasectomy when the bone metastasis is spinal (about 14.1 months; statistic not named)', value: 14.1, unit: 'months', intervention: 'bone-metastasectomy',
    population: { subgroup: 'spinal metastases', nNote: 'n of the spinal cases not given in the paper', description: 'LMS bone metastases treated by metastasectomy, pooled; spinal subgroup' }, timeOriginNote: NOT_STATED, design: 'systematic-review',
    source: { location: 'Discussion', quote: 'spinal cases have lower survival (~14.1 months) compared to other sites' }, note: NO_CITATION,
  }),
  // "consistent with local-control data from stereotactic body radiation therapy (SBRT) and
  // metastasectomy studies (e.g., 76.4% 1-year control post-SBRT)": who was treated is not said.
  uncited({
    id: 'uncited-sbrt-local-control-1y', cohort: 'uncited-sbrt', measure: 'local-control', statistic: 'rate',
    label: 'Local control 1 year after SBRT (population not stated)', value: 76.4, unit: 'percent', atMonths: 12, intervention: 'radiosurgery',
    timeOrigin: 'radiosurgery',
    population: { histology: 'not-stated', metastaticSite: 'not-stated', description: 'Not stated: the case report gives neither the study nor who was treated (histology, site)' },
    source: { location: 'Discussion', quote: '76.4% 1-year control post-SBRT' }, note: NO_CITATION,
  }),
];
