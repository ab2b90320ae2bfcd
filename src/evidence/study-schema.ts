// Trials and series a spine tumour board quotes, beyond the seeds: each study declares whom it
// applies to (its eligibility, as rules the app can check against a profile) and each figure
// carries its own n, time origin, the table or section it is in, and the address it was read at.
import '../zod-config';
import { z } from 'zod';
import { HISTOLOGIES, TREATMENTS } from '../clinical';

/** The board's questions, in the order a board asks them. */
export const QUESTIONS = {
  'surgery-or-radiotherapy': 'Surgery or radiotherapy first?',
  'which-radiotherapy': 'Which radiotherapy?',
  stabilise: 'Stabilise?',
  'en-bloc': 'En bloc?',
} as const;
export type Question = keyof typeof QUESTIONS;

export const STUDY_DESIGNS = {
  'randomised-trial': 'Randomised trial',
  'retrospective-series': 'Retrospective series',
} as const;

export const STUDY_ORIGINS = {
  treatment: 'after treatment',
  radiotherapy: 'from radiotherapy',
  surgery: 'from surgery',
  randomisation: 'from randomisation',
  'not-applicable': 'no time origin (not a time-to-event figure)',
} as const;

const Grade = z.enum(['0', '1a', '1b', '1c', '2', '3']);

/** One eligibility criterion, in the words of the study, that a profile can be checked against. */
export const RuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('not-radiosensitive'), text: z.string().min(5) }),
  z.strictObject({ kind: z.literal('solid-tumour'), text: z.string().min(5) }),
  z.strictObject({ kind: z.literal('escc-min'), grade: Grade, text: z.string().min(5) }),
  z.strictObject({ kind: z.literal('no-symptomatic-compression'), text: z.string().min(5) }),
  z.strictObject({ kind: z.literal('ecog-max'), max: z.int().min(0).max(4), text: z.string().min(5) }),
  z.strictObject({ kind: z.literal('sins-max'), max: z.int().min(0).max(18), text: z.string().min(5) }),
  z.strictObject({ kind: z.literal('sins-min'), min: z.int().min(0).max(18), text: z.string().min(5) }),
  z.strictObject({ kind: z.literal('levels-max'), max: z.int().min(1), text: z.string().min(5) }),
  z.strictObject({ kind: z.literal('lesions-max'), max: z.int().min(1), text: z.string().min(5) }),
  z.strictObject({ kind: z.literal('not-paraplegic'), text: z.string().min(5) }),
  /** Criteria the profile cannot tell (expected survival, prior radiotherapy): always shown as a caveat. */
  z.strictObject({ kind: z.literal('caveat'), text: z.string().min(5) }),
]);
export type Rule = z.infer<typeof RuleSchema>;

export const StudyFigureSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(5),
    /** The arm of a trial, or the subgroup of a series. */
    arm: z.string().optional(),
    value: z.number().nullable(),
    unit: z.enum(['percent', 'months', 'days', 'points']),
    statistic: z.enum(['proportion', 'median', 'rate', 'mean', 'comparison']),
    atMonths: z.number().positive().optional(),
    count: z.strictObject({ events: z.int().min(0), of: z.int().min(1) }).optional(),
    ci95: z.strictObject({ low: z.number(), high: z.number() }).optional(),
    pValue: z.string().optional(),
    /** Patients behind this figure; nNote says what was counted when it is not patients. */
    n: z.int().min(1),
    nNote: z.string().optional(),
    timeOrigin: z.enum(Object.keys(STUDY_ORIGINS) as [keyof typeof STUDY_ORIGINS, ...(keyof typeof STUDY_ORIGINS)[]]),
    /** Table, section or abstract part of the paper. */
    where: z.string().min(3),
    /** The address the figure was read at, through the search tool. */
    readAt: z.string().regex(/^https?:\/\//),
    note: z.string().optional(),
  })
  .refine((f) => f.statistic !== 'rate' || f.atMonths !== undefined, { message: 'a rate needs the time it is read at' })
  .refine((f) => f.value !== null || f.statistic === 'comparison', { message: 'only a comparison may have no value' });
export type StudyFigure = z.infer<typeof StudyFigureSchema>;

export const StudySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: z.enum(Object.keys(QUESTIONS) as [Question, ...Question[]]),
  /** "Patchell 2005": how the board names it. */
  name: z.string().min(4),
  citation: z.strictObject({ firstAuthor: z.string().min(2), year: z.int().min(1950).max(2030), journal: z.string().min(3), full: z.string().min(20) }),
  design: z.enum(Object.keys(STUDY_DESIGNS) as [keyof typeof STUDY_DESIGNS, ...(keyof typeof STUDY_DESIGNS)[]]),
  n: z.int().min(1),
  /** What was compared, or what every patient had. */
  compared: z.string().min(5),
  /** Treatments of the app this study informs: the note quotes it when one is being weighed. */
  treatments: z.array(z.enum(TREATMENTS)),
  population: z.strictObject({
    description: z.string().min(5),
    /** 'any' with the mix stated, or the primaries the study names (others are excluded or get a caveat). */
    histologies: z.union([z.literal('any'), z.array(z.enum(HISTOLOGIES)).min(1)]),
    mix: z.string().min(5),
    /** Patients of a named primary, where the paper gives them. */
    counts: z.partialRecord(z.enum(HISTOLOGIES), z.int().min(1)).optional(),
    /** Primaries outside the named list: a caveat text (the series had "other" primaries), or excluded. */
    others: z.union([z.literal('excluded'), z.string().min(5)]),
    /** Primaries in the list that fit only in part (e.g. low-grade sarcoma for a sarcoma of unknown grade). */
    partial: z.partialRecord(z.enum(HISTOLOGIES), z.string().min(5)).optional(),
  }),
  rules: z.array(RuleSchema),
  figures: z.array(StudyFigureSchema).min(1),
});
export type Study = z.infer<typeof StudySchema>;
