// Words for the evidence base's codes, apart from its zod schemas so that screens can name an
// intervention without loading the validators.
// The keys are the source files (provenance, for developers); the values are what a clinician
// reads: the publication, never the file name.
export const SEEDS = {
  '000_e094713696bb6dae.txt': { short: 'Kato S et al. 2020, Eur Spine J', full: 'Kato S, Demura S, Shinmura K, et al. Clinical outcomes and survivals after total en bloc spondylectomy for metastatic leiomyosarcoma in the spine. Eur Spine J 2020;29(12):3237-44' },
  '001_611a22c4dfec15ff.txt': { short: 'Shabani S et al. 2025, J Orthop Spine Trauma', full: 'Shabani S, Malekzadeh M, Mirzashahi B. Clinical outcome of partial spondylectomy and adjuvant therapy of a metastatic leiomyosarcoma to the thoracic spine: a case report. J Orthop Spine Trauma 2025;11(3):141-4' },
  '002_82cde80c773ee29b.txt': { short: 'Neurosurgery Wiki 2024, “Leiomyosarcoma”', full: 'Neurosurgery Wiki. Leiomyosarcoma. neurosurgerywiki.com/wiki/doku.php?id=leiomyosarcoma (last update 2024-06-07)' },
  // The copy held names no journal; the title and date find the paper.
  '003_53ff59ee6d6c6f07.txt': { short: 'Stork T et al. 2022', full: 'Stork T, Hegedüs B, Guder W, et al. Prognostic factors for leiomyosarcoma with isolated metastases to the lungs: impact of metastasectomy. Published online 12 May 2022 (Springer, open access)' },
  '004_4830fc548d0e04fa.txt': { short: 'Koruga N et al. 2024, Surg Neurol Int', full: 'Koruga N, Rončević A, Soldo Koruga A, et al. A rare presentation of leiomyosarcoma metastasis to the cervical spine: a case report and a brief review. Surg Neurol Int 2024;15:128' },
} as const;
export type SeedFile = keyof typeof SEEDS;

export const MEASURES = {
  'overall-survival': 'Overall survival',
  'cancer-specific-survival': 'Cancer-specific survival',
  'progression-free-survival': 'Progression-free survival',
  'recurrence-free-survival': 'Recurrence-free survival',
  'disease-free-survival': 'Disease-free survival',
  'local-recurrence': 'Local recurrence',
  'local-control': 'Local control',
  complications: 'Complications',
  'perioperative-mortality': 'Perioperative mortality',
  'functional-outcome': 'Function after surgery',
  'operative-burden': 'Operative burden',
  'repeat-surgery': 'Repeat surgery',
  'three-year-survivors': 'Share surviving 3 years',
  'hazard-ratio': 'Hazard ratio',
  'metastatic-spread': 'Metastatic spread',
  'follow-up': 'Follow-up',
} as const;
export type Measure = keyof typeof MEASURES;

export const TIME_ORIGINS = {
  surgery: 'from surgery',
  'spine-surgery': 'from spine surgery',
  'spinal-metastasis-diagnosis': 'from diagnosis of the spinal metastasis',
  'spinal-metastasis-diagnosis-and-surgery': 'from diagnosis of spinal metastasis and surgery (as quoted)',
  'metastasis-diagnosis': 'from diagnosis of metastasis',
  'lung-metastasis-diagnosis': 'from diagnosis of lung metastases',
  metastasectomy: 'from pulmonary metastasectomy',
  radiosurgery: 'from stereotactic radiosurgery',
  'primary-resection': 'from resection of the primary tumour',
  'primary-diagnosis': 'from diagnosis of the primary tumour',
  presentation: 'from presentation with the metastasis',
  'not-stated': 'time origin not stated in the source',
  'not-applicable': 'no time origin (not a time-to-event figure)',
} as const;
export type TimeOrigin = keyof typeof TIME_ORIGINS;

// In a module of their own: the patient form names treatments on the first screen, and what it
// imports lands in the first load with every other export of its module.
export { INTERVENTIONS, type Intervention } from './interventions';

export const DESIGNS = {
  'retrospective-series': 'Retrospective series',
  'case-report': 'Case report',
  'case-series-and-review': 'Case series with literature review',
  'systematic-review': 'Systematic review / pooled analysis',
  'population-survey': 'Population survey',
  'narrative-review': 'Narrative review (wiki)',
  'uncited-in-case-report': 'Quoted in a case report’s discussion; the study is not named',
  'computed-from-seed': 'Computed by this app from the paper’s patient-level table',
} as const;
export type Design = keyof typeof DESIGNS;

