// The shape of every outcome figure in the catalogue, checked with zod when the catalogue is
// loaded and in the tests: a figure without its source, n and time origin cannot get in.
import '../zod-config';
import { z } from 'zod';

import { DESIGNS, INTERVENTIONS, MEASURES, SEEDS, TIME_ORIGINS, type Design, type Intervention, type Measure, type SeedFile, type TimeOrigin } from './labels';

export { DESIGNS, INTERVENTIONS, MEASURES, SEEDS, TIME_ORIGINS, type Design, type Intervention, type Measure, type SeedFile, type TimeOrigin };

// 'any': metastatic, any site. 'all-stages': a cohort of every stage, not a metastatic one.
// 'not-stated': the source does not say who was treated.
export const METASTATIC_SITES = ['spine', 'lung', 'bone', 'brain', 'none-primary', 'any', 'all-stages', 'not-stated'] as const;
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
      /** Null when the source gives no n for this figure (a subgroup's own n included); nNote then says why. */
      n: z.int().min(1).nullable(),
      nNote: z.string().optional(),
      // 'sarcomas-and-uterine-malignancies': series of every sarcoma and of uterine cancers together, not LMS alone.
      histology: z.enum(['leiomyosarcoma', 'uterine-leiomyosarcoma', 'gynecological-cancers', 'uterine-sarcomas', 'soft-tissue-leiomyosarcoma', 'sarcomas-and-uterine-malignancies', 'not-stated']),
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
    /** The study the source quotes, where the figure is not the seed's own; null when the seed names none. */
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

/** One side of a disagreement: what the paper says, and where (as a clinician would look it up). */
const SideSchema = z.strictObject({ says: z.string().min(2), where: z.string().min(3) });

export const ConflictSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The figures the disagreement bears on; each is flagged where it is shown. */
  records: z.array(z.string()).min(1),
  kind: z.enum(['statistic-mislabelled', 'same-study-quoted-differently', 'internal-inconsistency', 'sources-disagree', 'impossible-value']),
  summary: z.string().min(10),
  /** Both sides (or more), each read in the source. */
  sides: z.array(SideSchema).min(2),
});
export type Conflict = z.infer<typeof ConflictSchema>;
