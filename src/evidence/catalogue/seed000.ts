// Kato S et al. 2020 (Eur Spine J; source file 000), TES for spinal metastatic LMS (10 consecutive patients), and the
// figures it quotes from earlier studies. Values as printed in the seed.
import type { OutcomeRecord } from '../schema';
import { cohort, slug } from './cohort';

// ---- seed 000: Kato 2020, TES for spinal metastatic LMS, 10 consecutive patients ----------
const kato = cohort({
  population: {
    n: 10,
    histology: 'leiomyosarcoma',
    metastaticSite: 'spine',
    description: 'Solitary spinal LMS metastasis, ≤ 3 consecutive levels, ECOG ≤ 3, stable disease with ≤ 3 other-organ metastases; Kanazawa, 2005-2016; minimum 3-year follow-up',
  },
  source: { seed: '000_e094713696bb6dae.txt' },
  design: 'retrospective-series',
  intervention: 'tes',
});

const KATO_CSS = 'Cancer-specific survival after TES';
// The paper gives no n for its survival from the primary; only all 10 reproduce its 80%.
const PRIMARY_N = 'the paper states no n for this figure; its 3- and 5-year 80% reproduce only with all 10 patients, patient 6 timed from his gastrectomy 3 months after TES';

export const kato2020Records: OutcomeRecord[] = [
  kato({ id: 'kato-css-1y', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'rate', label: `${KATO_CSS} at 1 year`, value: 90, unit: 'percent', atMonths: 12, timeOrigin: 'surgery', source: { location: 'Abstract; Results; Fig. 1' } }),
  kato({ id: 'kato-css-3y', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'rate', label: `${KATO_CSS} at 3 years`, value: 70, unit: 'percent', atMonths: 36, timeOrigin: 'surgery', source: { location: 'Abstract; Results; Fig. 1' } }),
  kato({ id: 'kato-css-5y', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'rate', label: `${KATO_CSS} at 5 years`, value: 47, unit: 'percent', atMonths: 60, timeOrigin: 'surgery', source: { location: 'Abstract; Results; Fig. 1' } }),
  kato({
    id: 'kato-css-estimated-median', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'restricted-mean',
    label: 'Cancer-specific survival after TES, reported as “estimated median”', value: 52.6, unit: 'months', timeOrigin: 'surgery',
    source: { location: 'Results; Fig. 1 legend; Conclusions', quote: 'The estimated median CSS time after TES was 52.6 months.' },
    note: 'Reproduced exactly as the restricted mean up to 97 months from Table 2; the Kaplan-Meier median of the same data is 55 months.',
  }),
  kato({
    id: 'kato-css-km-median', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'median',
    label: 'Median cancer-specific survival after TES (Kaplan-Meier, from Table 2)', value: 55, unit: 'months', timeOrigin: 'surgery',
    design: 'computed-from-seed', source: { location: 'Table 2 (survival and status of each patient)' },
  }),
  kato({
    id: 'kato-css-ecog1-3y', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'rate', label: `${KATO_CSS} at 3 years, post-operative ECOG 1`,
    value: 78, unit: 'percent', atMonths: 36, timeOrigin: 'surgery', population: { n: 9, subgroup: 'post-operative ECOG 1' }, source: { location: 'Results (after Table 2)' },
  }),
  kato({
    id: 'kato-css-ecog1-5y', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'rate', label: `${KATO_CSS} at 5 years, post-operative ECOG 1`,
    value: 52, unit: 'percent', atMonths: 60, timeOrigin: 'surgery', population: { n: 9, subgroup: 'post-operative ECOG 1' }, source: { location: 'Results (after Table 2)' },
  }),
  kato({
    id: 'kato-css-primary-3y', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'rate', label: 'Cancer-specific survival at 3 years after resection of the primary LMS',
    value: 80, unit: 'percent', atMonths: 36, timeOrigin: 'primary-resection', population: { n: 10, nNote: PRIMARY_N }, source: { location: 'Results' },
  }),
  kato({
    id: 'kato-css-primary-5y', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'rate', label: 'Cancer-specific survival at 5 years after resection of the primary LMS',
    value: 80, unit: 'percent', atMonths: 60, timeOrigin: 'primary-resection', population: { n: 10, nNote: PRIMARY_N }, source: { location: 'Results' },
  }),
  kato({
    id: 'kato-css-primary-10y', cohort: 'kato2020', measure: 'cancer-specific-survival', statistic: 'rate', label: 'Cancer-specific survival at 10 years after resection of the primary LMS',
    value: 31, unit: 'percent', atMonths: 120, timeOrigin: 'primary-resection', population: { n: 10, nNote: PRIMARY_N }, source: { location: 'Results' },
    note: 'Rebuilt from Table 1 intervals plus Table 2 survival with patient 6 timed from his gastrectomy, the 10-year figure is 28.6%, not 31%; without patient 6 it would be 32%, but then 3 and 5 years would be 89%, not the printed 80%.',
  }),
  kato({ id: 'kato-local-recurrence', cohort: 'kato2020', measure: 'local-recurrence', statistic: 'proportion', label: 'Tumour recurrence in the operated spine (minimum 3-year follow-up)', value: 20, unit: 'percent', count: { events: 2, of: 10 }, timeOrigin: 'surgery', timeOriginNote: 'at 11 and 24 months after TES', source: { location: 'Table 2; Results; Discussion' } }),
  kato({ id: 'kato-complications', cohort: 'kato2020', measure: 'complications', statistic: 'proportion', label: 'Perioperative complications (2 pulmonary thromboembolism, 1 pneumothorax; none severe)', value: 30, unit: 'percent', count: { events: 3, of: 10 }, timeOrigin: 'not-applicable', source: { location: 'Abstract; Results; Table 2' } }),
  kato({ id: 'kato-operative-deaths', cohort: 'kato2020', measure: 'perioperative-mortality', statistic: 'proportion', label: 'Operation-related deaths', value: 0, unit: 'percent', count: { events: 0, of: 10 }, timeOrigin: 'not-applicable', source: { location: 'Results' } }),
  kato({ id: 'kato-transfusion', cohort: 'kato2020', measure: 'operative-burden', statistic: 'proportion', label: 'Perioperative blood transfusion', value: 40, unit: 'percent', count: { events: 4, of: 10 }, timeOrigin: 'not-applicable', source: { location: 'Results' } }),
  kato({ id: 'kato-blood-loss', cohort: 'kato2020', measure: 'operative-burden', statistic: 'mean', label: 'Intraoperative blood loss (mean)', value: 935, unit: 'ml', range: { low: 100, high: 2900 }, timeOrigin: 'not-applicable', source: { location: 'Results; Table 2' } }),
  kato({ id: 'kato-operating-time', cohort: 'kato2020', measure: 'operative-burden', statistic: 'mean', label: 'Operating time (mean)', value: 490, unit: 'minutes', range: { low: 356, high: 750 }, timeOrigin: 'not-applicable', source: { location: 'Results; Table 2' } }),
  kato({ id: 'kato-function', cohort: 'kato2020', measure: 'functional-outcome', statistic: 'proportion', label: 'ECOG 1 and Frankel E after TES', value: 90, unit: 'percent', count: { events: 9, of: 10 }, timeOrigin: 'surgery', timeOriginNote: 'after TES; the one exception kept Frankel B and ECOG 3', source: { location: 'Results; Table 2' } }),
  kato({ id: 'kato-follow-up', cohort: 'kato2020', measure: 'follow-up', statistic: 'mean', label: 'Follow-up after TES (mean); 8 died of disease, 2 alive', value: 47.0, unit: 'months', range: { low: 12, high: 97 }, timeOrigin: 'surgery', source: { location: 'Results' } }),
];

// Table 3 of seed 000: univariate analysis, share of ≥ 3-year survivors by factor.
const TABLE3: Array<[string, string, string, number, number, number, string]> = [
  // [factor id, factor, group, n, survivors, percent as printed, p]
  ['age', 'Age', '≥ 50 years', 7, 4, 57.1, '0.994'],
  ['age', 'Age', '< 50 years', 3, 3, 100, '0.994'],
  ['sex', 'Sex', 'Male', 5, 2, 40.0, '0.149'],
  ['sex', 'Sex', 'Female', 5, 5, 100, '0.149'],
  ['ecog-pre', 'Pre-operative ECOG', '3', 4, 3, 75.0, '0.153'],
  ['ecog-pre', 'Pre-operative ECOG', '1–2', 6, 4, 66.7, '0.153'],
  ['ecog-post', 'Post-operative ECOG', '3', 1, 0, 0, '0.003'],
  ['ecog-post', 'Post-operative ECOG', '1–2', 9, 7, 77.8, '0.003'],
  ['other-metastases', 'Other-organ metastases', 'Yes', 4, 4, 100, '0.671'],
  ['other-metastases', 'Other-organ metastases', 'No', 6, 3, 50.0, '0.671'],
  ['multilevel', 'Tumour involving multiple vertebrae', 'Yes', 5, 2, 40.0, '0.467'],
  ['multilevel', 'Tumour involving multiple vertebrae', 'No', 5, 5, 100, '0.467'],
  ['sins', 'SINS', '≥ 10', 4, 3, 75.0, '0.258'],
  ['sins', 'SINS', '< 10', 6, 4, 66.6, '0.258'],
  ['synchronous', 'Synchronous metastases (≤ 1 year after primary surgery)', 'Yes', 2, 1, 50.0, '0.478'],
  ['synchronous', 'Synchronous metastases (≤ 1 year after primary surgery)', 'No', 8, 6, 75.0, '0.478'],
  ['systemic-therapy', 'History of systemic therapy', 'Yes', 6, 5, 83.3, '0.853'],
  ['systemic-therapy', 'History of systemic therapy', 'No', 4, 2, 50.0, '0.853'],
  ['irradiation', 'History of irradiation', 'Yes', 3, 3, 100, '0.811'],
  ['irradiation', 'History of irradiation', 'No', 7, 4, 57.1, '0.811'],
  ['albumin', 'Serum albumin', '≥ 4.0 g/dl', 5, 3, 60.0, '0.825'],
  ['albumin', 'Serum albumin', '< 4.0 g/dl', 5, 4, 80.0, '0.825'],
  ['recurrence', 'Tumour recurrence in the operated spine', 'Yes', 2, 2, 100, '0.482'],
  ['recurrence', 'Tumour recurrence in the operated spine', 'No', 8, 5, 62.5, '0.482'],
];

export const kato2020Table3: OutcomeRecord[] = TABLE3.map(([factorId, factor, group, n, survivors, percent, p]) =>
  kato({
    id: `kato-t3-${factorId}-${slug(group)}`,
    cohort: 'kato2020',
    measure: 'three-year-survivors',
    statistic: 'proportion',
    label: `Alive 3 years after TES: ${factor} ${group}`,
    value: percent,
    unit: 'percent',
    count: { events: survivors, of: n },
    pValue: p,
    timeOrigin: 'surgery',
    population: { n, subgroup: `${factor}: ${group}` },
    source: { location: 'Table 3' },
  }),
);

// Figures seed 000 quotes from earlier studies (Introduction, Discussion).
export const kato2020Quoted: OutcomeRecord[] = [
  {
    id: 'liu-via-kato-1y', cohort: 'liu-spinal-lms', measure: 'overall-survival', statistic: 'rate', label: 'Survival 1 year after spine surgery for spinal metastatic LMS', value: 64, unit: 'percent', atMonths: 12,
    timeOrigin: 'spine-surgery', population: { n: 16, histology: 'leiomyosarcoma', metastaticSite: 'spine', description: 'Spinal metastatic LMS: case series and literature review; 7 had tumour excision, 5 laminectomy alone or with fusion, 4 unknown' },
    intervention: 'spine-surgery-mixed', design: 'case-series-and-review', source: { seed: '000_e094713696bb6dae.txt', location: 'Discussion, reference 7' },
    primaryCitation: 'Liu A, Sankey EW, Goodwin CR et al. J Neurosurg Spine 2016;24:131-144',
  },
  {
    id: 'liu-via-kato-5y', cohort: 'liu-spinal-lms', measure: 'overall-survival', statistic: 'rate', label: 'Survival 5 years after spine surgery for spinal metastatic LMS', value: 21, unit: 'percent', atMonths: 60,
    timeOrigin: 'spine-surgery', population: { n: 16, histology: 'leiomyosarcoma', metastaticSite: 'spine', description: 'Spinal metastatic LMS: case series and literature review; 7 had tumour excision, 5 laminectomy alone or with fusion, 4 unknown' },
    intervention: 'spine-surgery-mixed', design: 'case-series-and-review', source: { seed: '000_e094713696bb6dae.txt', location: 'Discussion, reference 7' },
    primaryCitation: 'Liu A, Sankey EW, Goodwin CR et al. J Neurosurg Spine 2016;24:131-144',
  },
  {
    id: 'liu-via-kato-median', cohort: 'liu-spinal-lms', measure: 'overall-survival', statistic: 'median', label: 'Median survival after spine surgery for spinal metastatic LMS', value: 22.5, unit: 'months',
    timeOrigin: 'spine-surgery', population: { n: 16, histology: 'leiomyosarcoma', metastaticSite: 'spine', description: 'Spinal metastatic LMS: case series and literature review; 7 had tumour excision, 5 laminectomy alone or with fusion, 4 unknown' },
    intervention: 'spine-surgery-mixed', design: 'case-series-and-review', source: { seed: '000_e094713696bb6dae.txt', location: 'Discussion, reference 7', quote: 'an overall median survival of 22.5 patients' },
    primaryCitation: 'Liu A, Sankey EW, Goodwin CR et al. J Neurosurg Spine 2016;24:131-144',
    note: 'The paper prints “22.5 patients”; months is meant.',
  },
  {
    id: 'vancann-median', cohort: 'vancann-metastatic-lms', measure: 'overall-survival', statistic: 'median', label: 'Median survival of metastatic LMS from diagnosis of metastasis', value: 20.5, unit: 'months',
    timeOrigin: 'metastasis-diagnosis', population: { n: 122, histology: 'leiomyosarcoma', metastaticSite: 'any', description: 'Metastatic LMS at a tertiary referral centre, any site' },
    intervention: 'mixed', design: 'retrospective-series', source: { seed: '000_e094713696bb6dae.txt', location: 'Discussion, reference 24' },
    primaryCitation: 'van Cann T, Cornillie J, Wozniak A et al. Oncol Res Treat 2018;41:206-213',
  },
  {
    id: 'abeler-uterine-5y', cohort: 'abeler-uterine', measure: 'overall-survival', statistic: 'rate', label: '5-year overall survival of uterine LMS (national survey, 15–25%)', value: null, range: { low: 15, high: 25 }, unit: 'percent', atMonths: 60,
    timeOrigin: 'not-stated', timeOriginNote: 'not stated where Kato 2020 quotes it',
    population: { n: null, nNote: 'n of the uterine LMS not given where Kato 2020 quotes it; 419 (the survey’s title) counts uterine sarcomas of every type', histology: 'uterine-leiomyosarcoma', metastaticSite: 'all-stages', description: 'Uterine LMS of every stage in a national survey of uterine sarcomas (Norway 1970-2000); not a metastatic cohort. All with extrauterine metastasis had died at 5 years' },
    intervention: 'mixed', design: 'population-survey', source: { seed: '000_e094713696bb6dae.txt', location: 'Discussion, reference 21' },
    primaryCitation: 'Abeler VM, Røyne O, Thoresen S et al. Histopathology 2009;54:355-364',
  },
  {
    id: 'svarvar-nonvisceral-10y', cohort: 'svarvar-nonvisceral', measure: 'overall-survival', statistic: 'rate', label: '10-year overall survival of non-visceral LMS (includes cutaneous LMS)', value: 49, unit: 'percent', atMonths: 120,
    timeOrigin: 'not-stated', timeOriginNote: 'not stated where Kato 2020 quotes it',
    population: { n: 225, histology: 'soft-tissue-leiomyosarcoma', metastaticSite: 'all-stages', description: 'Non-visceral soft-tissue LMS of every stage, Scandinavian Sarcoma Group; not a metastatic cohort' },
    intervention: 'mixed', design: 'retrospective-series', source: { seed: '000_e094713696bb6dae.txt', location: 'Discussion, reference 22' },
    primaryCitation: 'Svarvar C, Böhling T, Berlin O et al. Cancer 2007;109:282-291',
  },
];
