// How well the prognostic scores have predicted in later cohorts: each figure with its n, design,
// time origin and full citation, checked with zod like the outcome catalogue. Figures from
// different studies are listed side by side, never pooled: their spread is the message.
import '../zod-config';
import { z } from 'zod';
import type { TokuhashiBand } from '../clinical/prognosis/tokuhashi';
import type { TomitaStrategy } from '../clinical/prognosis/tomita';
export * from './prognostic-katagiri';

export const PROGNOSTIC_SCORES = ['tokuhashi', 'tomita', 'bauer', 'nesms'] as const;
export type PrognosticScoreId = (typeof PROGNOSTIC_SCORES)[number];

const Citation = z
  .strictObject({
    authors: z.string().min(3),
    year: z.int().min(1950).max(2100),
    title: z.string().optional(),
    journal: z.string().min(3).nullable(),
    volumePages: z.string().nullable(),
    doi: z.string().optional(),
    /** Table, section or part of the abstract the figure comes from. */
    location: z.string().min(3),
  })
  .refine((c) => c.journal !== null || c.doi !== undefined, 'a citation needs a journal or a DOI');

export const PrognosticRecordSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    score: z.enum(PROGNOSTIC_SCORES),
    /** The band, strategy or total this figure describes; null: the score as a whole. */
    band: z.string().nullable(),
    /** The band as the study reports it, e.g. "0–8". */
    bandLabel: z.string().min(1),
    measure: z.enum(['accuracy', 'median-survival', 'c-statistic', 'sensitivity', 'specificity', 'auc', 'mortality', 'odds-ratio-mortality']),
    label: z.string().min(5),
    value: z.number(),
    /** Survival always in months, so a line never mixes units; a figure published in days keeps it in `original`. */
    unit: z.enum(['percent', 'months', 'ratio']),
    original: z.strictObject({ value: z.number(), unit: z.literal('days') }).optional(),
    ci95: z.strictObject({ low: z.number(), high: z.number() }).optional(),
    n: z.int().min(1).nullable(),
    nNote: z.string().optional(),
    design: z.enum(['systematic-review', 'meta-analysis', 'retrospective-cohort', 'prospective-cohort', 'conference-abstract']),
    population: z.string().min(5),
    /** Who was studied, said beside every figure: how they were treated and which primaries. */
    treated: z.enum(['surgery', 'radiotherapy', 'operative-and-non-operative', 'not-stated']),
    primaries: z.literal('mixed'),
    /** Said beside the figure: something in it a reader must not miss (e.g. bands out of order). */
    caveat: z.string().min(10).optional(),
    timeOrigin: z.enum(['enrolment', 'not-stated']),
    timeOriginNote: z.string().optional(),
    citation: Citation,
    /** Where the figure was checked while building this file. */
    checked: z.string().min(5),
  })
  .refine((r) => r.n !== null || (r.nNote?.length ?? 0) > 0, 'a figure without n must say why')
  .refine((r) => r.timeOrigin !== 'not-stated' || (r.timeOriginNote?.length ?? 0) > 0, 'a figure with no stated time origin must say so')
  .refine((r) => r.original === undefined || r.unit === 'months', 'only a survival converted to months keeps its original');
export type PrognosticRecord = z.infer<typeof PrognosticRecordSchema>;

const REF = 'project prognosis reference (validation table)';
const NOT_STATED = 'The summary read does not state when survival was counted from.';

const ZOCCALI = { authors: 'Zoccali et al.', year: 2016, title: 'The Tokuhashi score: effectiveness and pitfalls', journal: 'Eur Spine J', volumePages: null, location: 'Abstract, results' };
const ZENG = { authors: 'Zeng et al.', year: 2007, journal: null, volumePages: null, doi: '10.3969/j.issn.1672-173x.2007.03.032', location: 'Survival by revised Tokuhashi group' };
const GONG = { authors: 'Gong et al.', year: 2021, journal: 'Chin J Spine Spinal Cord', volumePages: '(2):97-102', location: 'Survival by score group' };
const QURAISHI = { authors: 'Quraishi et al.', year: 2010, journal: 'Bone & Joint Orthopaedic Proceedings (Britspine 2010 abstract)', volumePages: null, location: 'Abstract' };
const LEE = { authors: 'Lee CH, Chung CK, Jahng TA, et al.', year: 2015, journal: 'J Neurooncol', volumePages: '123(2):267-75', location: 'Abstract, meta-analysis of 22 studies' };
const SCHOENFELD_2022 = { authors: 'Schoenfeld AJ, Ferrone ML, Blucher JA, et al.', year: 2022, journal: 'Spine J', volumePages: '22(1):39-48', doi: '10.1016/j.spinee.2021.03.007', location: 'Abstract, results' };
const SCHOENFELD_2021 = { authors: 'Schoenfeld AJ, Ferrone ML, Schwab JH, et al.', year: 2021, journal: 'Spine J', volumePages: '21(1):28-36', doi: '10.1016/j.spinee.2020.02.009', location: 'Abstract, results' };

/** Every source a figure on the prognosis card may name. */
export const PROGNOSTIC_CITATIONS = [ZOCCALI, ZENG, GONG, QURAISHI, LEE, SCHOENFELD_2022, SCHOENFELD_2021] as const;

const ZOCCALI_N = 'The review gives 1,686 patients in all, not per predicted group.';
const ABSTRACT = `${REF}; abstract read with the search tool`;
type Draft = Omit<PrognosticRecord, 'checked'> & { checked?: string };
const tokBand = (b: TokuhashiBand) => b;
// Survival published in days is shown in months (365.25 / 12 days each), one decimal, with the days kept.
const DAYS_PER_MONTH = 365.25 / 12;
export const daysToMonths = (days: number): number => Math.round((days / DAYS_PER_MONTH) * 10) / 10;
const GONG_OUT_OF_ORDER =
  'Not in order: in Gong 2021 the Tomita 4–5 group lived longer (median 41 months) than the 2–3 group (34 months); the summary read gives neither the per-group n nor a reason.';
const tomBand = (b: TomitaStrategy) => b;

const DRAFTS: Draft[] = [
  { id: 'zoccali-2016-accuracy', score: 'tokuhashi', band: null, bandLabel: 'all', measure: 'accuracy', label: 'Predictive accuracy across 10 studies', value: 63.0, unit: 'percent', n: 1686, design: 'systematic-review', population: 'Metastatic spine disease, 10 studies', treated: 'not-stated', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: ZOCCALI, checked: ABSTRACT },
  { id: 'zoccali-2016-under-6', score: 'tokuhashi', band: tokBand('under-6-months'), bandLabel: '0–8', measure: 'accuracy', label: 'Accuracy for patients predicted to live under 6 months', value: 64.1, unit: 'percent', n: null, nNote: ZOCCALI_N, design: 'systematic-review', population: 'Metastatic spine disease, 10 studies', treated: 'not-stated', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: ZOCCALI, checked: ABSTRACT },
  { id: 'zoccali-2016-6-12', score: 'tokuhashi', band: tokBand('6-months-or-more'), bandLabel: '9–11', measure: 'accuracy', label: 'Accuracy for patients predicted to live 6–12 months', value: 55.3, unit: 'percent', n: null, nNote: ZOCCALI_N, design: 'systematic-review', population: 'Metastatic spine disease, 10 studies', treated: 'not-stated', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: ZOCCALI, checked: ABSTRACT },
  { id: 'zoccali-2016-over-12', score: 'tokuhashi', band: tokBand('1-year-or-more'), bandLabel: '12–15', measure: 'accuracy', label: 'Accuracy for patients predicted to live over 12 months', value: 77.2, unit: 'percent', n: null, nNote: ZOCCALI_N, design: 'systematic-review', population: 'Metastatic spine disease, 10 studies', treated: 'not-stated', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: ZOCCALI, checked: ABSTRACT },
  ...([['under-6-months', '0–8', 4, 211], ['6-months-or-more', '9–11', 10, 147], ['1-year-or-more', '12–15', 29, 89]] as const).map(([b, l, v, n]): Draft => ({
    id: `zeng-2007-${b}`, score: 'tokuhashi', band: tokBand(b), bandLabel: l, measure: 'median-survival', label: `Median survival, revised Tokuhashi ${l}`, value: v, unit: 'months', n, design: 'retrospective-cohort', population: 'Spinal metastases, 447 patients', treated: 'not-stated', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: ZENG, checked: REF,
  })),
  ...([['under-6-months', '0–8', 18.0], ['6-months-or-more', '9–11', 30.0], ['1-year-or-more', '12–15', 51.0]] as const).map(([b, l, v]): Draft => ({
    id: `gong-2021-tokuhashi-${b}`, score: 'tokuhashi', band: tokBand(b), bandLabel: l, measure: 'median-survival', label: `Median survival, revised Tokuhashi ${l}`, value: v, unit: 'months', n: null, nNote: 'Per-group n not in the summary read; 221 surgical patients in all.', design: 'retrospective-cohort', population: 'Surgically treated spinal metastases, 221 patients', treated: 'surgery', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: GONG, checked: REF,
  })),
  { id: 'gong-2021-tokuhashi-accuracy', score: 'tokuhashi', band: null, bandLabel: 'all', measure: 'accuracy', label: 'Predictive accuracy of the revised Tokuhashi score', value: 32.6, unit: 'percent', n: 221, design: 'retrospective-cohort', population: 'Surgically treated spinal metastases', treated: 'surgery', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: GONG, checked: REF },
  ...([['wide-or-marginal-excision', '2–3', 34.0], ['marginal-or-intralesional-excision', '4–5', 41.0], ['palliative-surgery', '6–7', 16.0], ['supportive-care', '8–10', 12.0]] as const).map(([b, l, v]): Draft => ({
    id: `gong-2021-tomita-${b}`, score: 'tomita', band: tomBand(b), bandLabel: l, measure: 'median-survival', label: `Median survival, Tomita ${l}`, value: v, unit: 'months', ...(v === 34.0 || v === 41.0 ? { caveat: GONG_OUT_OF_ORDER } : {}), n: null, nNote: 'Per-group n not in the summary read; 189 patients scored with Tomita.', design: 'retrospective-cohort', population: 'Surgically treated spinal metastases, 189 with a Tomita score', treated: 'surgery', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: GONG, checked: REF,
  })),
  { id: 'gong-2021-tomita-accuracy', score: 'tomita', band: null, bandLabel: 'all', measure: 'accuracy', label: 'Predictive accuracy of the Tomita score', value: 30.2, unit: 'percent', n: 189, design: 'retrospective-cohort', population: 'Surgically treated spinal metastases', treated: 'surgery', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: GONG, checked: REF },
  ...([['under-6-months', '0–8', 93, 64], ['6-months-or-more', '9–11', 229, 64], ['1-year-or-more', '12–15', 875, 69]] as const).flatMap(([b, l, days, pct]): Draft[] => [
    { id: `quraishi-2010-median-${b}`, score: 'tokuhashi', band: tokBand(b), bandLabel: l, measure: 'median-survival', label: `Median survival, revised Tokuhashi ${l}`, value: daysToMonths(days), unit: 'months', original: { value: days, unit: 'days' }, n: null, nNote: 'Per-group n not in the summary read; 109 patients in all.', design: 'conference-abstract', population: 'Surgery for metastatic spinal cord compression, 109 patients', treated: 'surgery', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: QURAISHI, checked: REF },
    { id: `quraishi-2010-consistency-${b}`, score: 'tokuhashi', band: tokBand(b), bandLabel: l, measure: 'accuracy', label: `Consistency of predicted with actual survival, ${l}`, value: pct, unit: 'percent', n: null, nNote: 'Per-group n not in the summary read; 109 patients in all.', design: 'conference-abstract', population: 'Surgery for metastatic spinal cord compression, 109 patients', treated: 'surgery', primaries: 'mixed', timeOrigin: 'not-stated', timeOriginNote: NOT_STATED, citation: QURAISHI, checked: REF },
  ]),
  ...([['tokuhashi', 'score 9 or more', 57.7, 76.6, 0.748], ['tomita', 'score 7 or less', 81.8, 47.8, 0.714]] as const).flatMap(([s, cut, sens, spec, auc]): Draft[] => {
    const base = { score: s, band: null, bandLabel: cut, n: null, nNote: '22 studies; the abstract gives no pooled patient count for the meta-analysis (1,095 patients in its individual-data part).', design: 'meta-analysis' as const, population: 'Spinal metastases, 22 studies', treated: 'not-stated' as const, primaries: 'mixed' as const, timeOrigin: 'not-stated' as const, timeOriginNote: 'Survival at 6 months; the abstract does not state the time origin.', citation: LEE, checked: ABSTRACT };
    return [
      { ...base, id: `lee-2015-${s}-sensitivity`, measure: 'sensitivity', label: `Sensitivity of ${cut} for 6-month survival`, value: sens, unit: 'percent' },
      { ...base, id: `lee-2015-${s}-specificity`, measure: 'specificity', label: `Specificity of ${cut} for 6-month survival`, value: spec, unit: 'percent' },
      { ...base, id: `lee-2015-${s}-auc`, measure: 'auc', label: 'Area under the summary ROC curve, 6-month survival', value: auc, unit: 'ratio' },
    ];
  }),
  ...([['nesms', 0.79], ['tomita', 0.69], ['tokuhashi', 0.67]] as const).map(([s, c]): Draft => ({
    id: `schoenfeld-2022-${s}-c`, score: s, band: null, bandLabel: 'all', measure: 'c-statistic', label: 'Discrimination for 1-year survival (c-statistic)', value: c, unit: 'ratio', n: 202, design: 'prospective-cohort', population: 'Spinal metastases, operative and non-operative, enrolled 2017–2019', treated: 'operative-and-non-operative', primaries: 'mixed', timeOrigin: 'enrolment', citation: SCHOENFELD_2022, checked: ABSTRACT,
  })),
  { id: 'schoenfeld-2021-mortality', score: 'nesms', band: null, bandLabel: 'all', measure: 'mortality', label: 'Died within 1 year (whole cohort)', value: 56, unit: 'percent', n: 180, design: 'prospective-cohort', population: 'Spinal metastases, enrolled 2017–2018', treated: 'operative-and-non-operative', primaries: 'mixed', timeOrigin: 'enrolment', citation: SCHOENFELD_2021, checked: ABSTRACT },
  { id: 'schoenfeld-2021-nesms-2', score: 'nesms', band: '2', bandLabel: 'NESMS 2', measure: 'odds-ratio-mortality', label: 'Odds of death within 1 year against NESMS 3', value: 7.04, unit: 'ratio', ci95: { low: 2.47, high: 20.08 }, n: null, nNote: 'Per-score n not in the abstract; 180 patients in all.', design: 'prospective-cohort', population: 'Spinal metastases, enrolled 2017–2018', treated: 'operative-and-non-operative', primaries: 'mixed', timeOrigin: 'enrolment', citation: SCHOENFELD_2021, checked: ABSTRACT },
  { id: 'schoenfeld-2021-nesms-1', score: 'nesms', band: '1', bandLabel: 'NESMS 1', measure: 'odds-ratio-mortality', label: 'Odds of death within 1 year against NESMS 3', value: 31.3, unit: 'ratio', ci95: { low: 8.82, high: 111.04 }, n: null, nNote: 'Per-score n not in the abstract; 180 patients in all.', design: 'prospective-cohort', population: 'Spinal metastases, enrolled 2017–2018', treated: 'operative-and-non-operative', primaries: 'mixed', timeOrigin: 'enrolment', citation: SCHOENFELD_2021, checked: ABSTRACT },
  // No NESMS 0 figure: "Died within 1 year (every patient with NESMS 0): 100%" was credited to
  // Schoenfeld 2021, but its abstract as read (https://neurocirurgiabr.com/2020/03/15/prospective-validation-of-a-clinical-prediction-score-for-survival-in-patients-with-spinal-metastases/)
  // breaks off at "A NESMS score of 0": the figure was not read, so it does not ship.
];

export const PROGNOSTIC_RECORDS: readonly PrognosticRecord[] = DRAFTS.map((d) => PrognosticRecordSchema.parse({ ...d, checked: d.checked ?? REF }));

export const citationText = (c: PrognosticRecord['citation']): string =>
  [c.authors, c.journal ?? (c.doi ? `doi ${c.doi}` : ''), `${c.year}${c.volumePages ? `;${c.volumePages}` : ''}`].filter(Boolean).join(', ');

const TREATED: Record<PrognosticRecord['treated'], string> = {
  surgery: 'surgically treated',
  radiotherapy: 'treated with radiotherapy',
  'operative-and-non-operative': 'operated or not',
  'not-stated': 'treatment not stated',
};

/** Who was studied, beside every figure: "surgically treated, mixed primaries". */
export const studiedText = (r: Pick<PrognosticRecord, 'treated' | 'primaries'>): string => `${TREATED[r.treated]}, ${r.primaries} primaries`;

/** "3.1 months (93 days)", "64%", "0.79", "34 months". */
export function figureValue(r: Pick<PrognosticRecord, 'value' | 'unit' | 'original'>): string {
  const v = r.unit === 'percent' ? `${r.value}%` : r.unit === 'ratio' ? `${r.value}` : `${r.value} months`;
  return r.original ? `${v} (${r.original.value} ${r.original.unit})` : v;
}

/** One line per score on how well it predicts, with its source; Bauer has none in the sources read. */
export const VALIDATION_LINES: Record<PrognosticScoreId, { text: string; citation: string | null }> = {
  tokuhashi: { text: '63% accuracy across 10 studies, 1,686 patients (64% for under 6 months, 55% for 6–12 months, 77% for over 12 months)', citation: 'Zoccali 2016, Eur Spine J' },
  tomita: { text: 'c-statistic 0.69 for 1-year survival, 202 patients followed prospectively; 6-month sensitivity 82%, specificity 48% across 22 studies', citation: 'Schoenfeld 2022, Spine J; Lee 2015, J Neurooncol' },
  bauer: { text: 'No validation figure for the modified Bauer score alone in the sources this calculator draws on; it feeds NESMS.', citation: null },
  nesms: { text: 'c-statistic 0.79 for 1-year survival, 202 patients followed prospectively (Tomita 0.69, Tokuhashi 0.67)', citation: 'Schoenfeld 2022, Spine J 22(1):39-48' },
};

export interface PatientBands {
  tokuhashi?: TokuhashiBand | null;
  tomita?: TomitaStrategy | null;
  nesms?: number | null;
}

/** Figures for the patient's decided bands, study by study (never pooled), in catalogue order. */
export function prognosticOutcomes(bands: PatientBands): PrognosticRecord[] {
  const want: Partial<Record<PrognosticScoreId, string>> = {};
  if (bands.tokuhashi) want.tokuhashi = bands.tokuhashi;
  if (bands.tomita) want.tomita = bands.tomita;
  if (bands.nesms !== undefined && bands.nesms !== null) want.nesms = String(bands.nesms);
  return PROGNOSTIC_RECORDS.filter((r) => r.band !== null && want[r.score] === r.band);
}
