// The shape of every outcome figure in the catalogue, checked with zod when the catalogue is
// loaded and in the tests: a figure without its source, n and time origin cannot get in.
import { z } from 'zod';

export const SEEDS = {
  '000_e094713696bb6dae.txt': 'Kato S et al. Clinical outcomes and survivals after total en bloc spondylectomy for metastatic leiomyosarcoma in the spine. 2020 (Springer)',
  '001_611a22c4dfec15ff.txt': 'Shabani S et al. Clinical outcome of partial spondylectomy and adjuvant therapy of a metastatic leiomyosarcoma to the thoracic spine: a case report. J Orthop Spine Trauma 2025;11(3):141-4',
  '002_82cde80c773ee29b.txt': 'Neurosurgery Wiki, “Leiomyosarcoma” (last update 2024-06-07)',
  '003_53ff59ee6d6c6f07.txt': 'Stork T et al. Prognostic factors for leiomyosarcoma with isolated metastases to the lungs: impact of metastasectomy. 2022 (Springer, open access)',
  '004_4830fc548d0e04fa.txt': 'Koruga N et al. A rare presentation of leiomyosarcoma metastasis to the cervical spine: a case report and a brief review. Surg Neurol Int 2024;15:128',
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
  'not-stated': 'time origin not stated in the seed',
  'not-applicable': 'no time origin (not a time-to-event figure)',
} as const;
export type TimeOrigin = keyof typeof TIME_ORIGINS;

export const INTERVENTIONS = {
  tes: 'Total en bloc spondylectomy (TES)',
  'partial-spondylectomy-adjuvant': 'Decompression, debulking (partial spondylectomy) and stabilisation, with adjuvant chemo- and radiotherapy',
  'posterior-gross-total-resection': 'Posterior gross-total resection, adjuvant chemotherapy',
  'gross-total-resection-radiotherapy': 'Gross-total resection and radiotherapy',
  'spine-surgery-mixed': 'Spine surgery of various kinds (excision, laminectomy, fusion)',
  'decompression-stabilisation': 'Decompression and stabilisation',
  'resection-radiosurgery-chemotherapy': 'Resection, radiosurgery and chemotherapy',
  radiosurgery: 'Stereotactic radiosurgery (SBRT)',
  'pulmonary-metastasectomy': 'Pulmonary metastasectomy',
  'no-surgery': 'No metastasectomy',
  'bone-metastasectomy': 'Metastasectomy of bone metastases',
  mixed: 'Mixed or unspecified treatment',
} as const;
export type Intervention = keyof typeof INTERVENTIONS;

export const DESIGNS = {
  'retrospective-series': 'Retrospective series',
  'case-report': 'Case report',
  'case-series-and-review': 'Case series with literature review',
  'systematic-review': 'Systematic review / pooled analysis',
  'population-survey': 'Population survey',
  'narrative-review': 'Narrative review (wiki)',
  'computed-from-seed': 'Computed by this app from the seed’s patient-level table',
} as const;
export type Design = keyof typeof DESIGNS;

export const METASTATIC_SITES = ['spine', 'lung', 'bone', 'brain', 'none-primary', 'any'] as const;
export type MetastaticSite = (typeof METASTATIC_SITES)[number];

const Interval = z.strictObject({ low: z.number(), high: z.number() }).refine((r) => r.low <= r.high, 'low above high');

export const OutcomeRecordSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The cohort this figure describes; figures of one cohort share it. */
    cohort: z.string().regex(/^[a-z0-9-]+$/),
    measure: z.enum(Object.keys(MEASURES) as [Measure, ...Measure[]]),
    statistic: z.enum(['median', 'rate', 'mean', 'restricted-mean', 'proportion', 'hazard-ratio', 'case-course', 'unspecified']),
    /** What was measured, in words a clinician reads. */
    label: z.string().min(5),
    value: z.number().nullable(),
    unit: z.enum(['months', 'years', 'percent', 'ratio', 'ml', 'minutes', 'patients']),
    /** For a rate: the time it is read at, in months. */
    atMonths: z.number().positive().optional(),
    range: Interval.optional(),
    ci95: Interval.optional(),
    /** For a proportion: events of n. */
    count: z.strictObject({ events: z.int().min(0), of: z.int().min(1) }).optional(),
    pValue: z.string().optional(),
    timeOrigin: z.enum(Object.keys(TIME_ORIGINS) as [TimeOrigin, ...TimeOrigin[]]),
    timeOriginNote: z.string().optional(),
    population: z.strictObject({
      /** Null only when the seed gives no n; nNote then says so. */
      n: z.int().min(1).nullable(),
      nNote: z.string().optional(),
      histology: z.enum(['leiomyosarcoma', 'uterine-leiomyosarcoma', 'gynecological-cancers', 'uterine-sarcomas', 'soft-tissue-leiomyosarcoma']),
      metastaticSite: z.enum(METASTATIC_SITES),
      description: z.string().min(5),
      subgroup: z.string().optional(),
    }),
    intervention: z.enum(Object.keys(INTERVENTIONS) as [Intervention, ...Intervention[]]),
    design: z.enum(Object.keys(DESIGNS) as [Design, ...Design[]]),
    source: z.strictObject({
      seed: z.enum(Object.keys(SEEDS) as [SeedFile, ...SeedFile[]]),
      location: z.string().min(3),
      quote: z.string().optional(),
    }),
    /** The study the seed quotes, where the figure is not the seed's own; null when the seed names none. */
    primaryCitation: z.string().nullable().optional(),
    note: z.string().optional(),
  })
  .refine((r) => r.population.n !== null || (r.population.nNote?.length ?? 0) > 0, {
    message: 'a figure without n must say why',
  })
  .refine((r) => r.timeOrigin !== 'not-stated' || (r.timeOriginNote?.length ?? 0) > 0, {
    message: 'a figure whose seed gives no time origin must say so in timeOriginNote',
  })
  .refine((r) => r.statistic !== 'rate' || r.atMonths !== undefined, { message: 'a rate needs the time it is read at' });

export type OutcomeRecord = z.infer<typeof OutcomeRecordSchema>;

export const ConflictSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  records: z.array(z.string()).min(1),
  kind: z.enum(['statistic-mislabelled', 'same-study-quoted-differently', 'internal-inconsistency', 'sources-disagree']),
  summary: z.string().min(10),
});
export type Conflict = z.infer<typeof ConflictSchema>;
