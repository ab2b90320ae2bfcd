// Revised Tokuhashi score (2005). A missing answer is never 0: the score reads the range the
// total can still take, and the band only once the range decides it.
import { FRANKEL_GRADES, type Frankel } from '../performance';
import { KPS_VALUES } from '../patient';
import { allPoints, decidedBand, optionPoints, tally, type ItemRange } from './tally';

export const TOKUHASHI_ITEMS = [
  'generalCondition',
  'extraspinalBone',
  'vertebralBody',
  'majorOrgans',
  'primarySite',
  'palsy',
] as const;
export type TokuhashiItem = (typeof TOKUHASHI_ITEMS)[number];

// Tokuhashi Y, Matsuzaki H, Oda H, Oshima M, Ryu J. Spine 2005;30(19):2186-91, Table 1 (revised
// scoring system), as reproduced in NICE CG75 (2008) appendix 3 "with corrections made with
// permission from Yasuaki Tokuhashi". The 1990 version (Spine 1990;15:1110-3) scored kidney and
// uterus 1 and rectum 2 on a 0-2 primary-site scale: those values are NOT used here.
export const TOKUHASHI_PRIMARY_POINTS = {
  lung: 0,
  osteosarcoma: 0,
  stomach: 0,
  bladder: 0,
  oesophagus: 0,
  pancreas: 0,
  liver: 1,
  gallbladder: 1,
  unidentified: 1,
  other: 2,
  kidney: 3,
  uterus: 3,
  rectum: 4,
  thyroid: 5,
  breast: 5,
  prostate: 5,
  carcinoid: 5,
} as const;
export type TokuhashiPrimarySite = keyof typeof TOKUHASHI_PRIMARY_POINTS;
export const TOKUHASHI_PRIMARY_SITES = Object.keys(TOKUHASHI_PRIMARY_POINTS) as TokuhashiPrimarySite[];

// Same source and table: metastases to the major internal organs (Tokuhashi 1990 names lungs,
// liver, kidneys and brain).
export const TOKUHASHI_ORGAN_POINTS = { unremovable: 0, removable: 1, none: 2 } as const;
export type TokuhashiOrganStatus = keyof typeof TOKUHASHI_ORGAN_POINTS;

// Same table: palsy by Frankel grade (A, B complete: 0; C, D incomplete: 1; E none: 2).
export const TOKUHASHI_FRANKEL_POINTS: Record<Frankel, number> = { A: 0, B: 0, C: 1, D: 1, E: 2 };

export const TOKUHASHI_ITEM_NAMES: Record<TokuhashiItem, string> = {
  generalCondition: 'General condition (Karnofsky)',
  extraspinalBone: 'Extraspinal bone metastatic foci',
  vertebralBody: 'Metastases in the vertebral bodies',
  majorOrgans: 'Metastases to major internal organs',
  primarySite: 'Primary site of the cancer',
  palsy: 'Palsy (Frankel)',
};

export type TokuhashiBand = 'under-6-months' | '6-months-or-more' | '1-year-or-more';

// Same source: total 0-8 predicted survival < 6 months; 9-11 >= 6 months; 12-15 >= 1 year.
// (One web page prints these with the signs inverted; these are the published ones.)
export const TOKUHASHI_BANDS: ReadonlyArray<{ id: TokuhashiBand; min: number; max: number; label: string }> = [
  { id: 'under-6-months', min: 0, max: 8, label: 'predicted survival < 6 months (0–8)' },
  { id: '6-months-or-more', min: 9, max: 11, label: 'predicted survival ≥ 6 months (9–11)' },
  { id: '1-year-or-more', min: 12, max: 15, label: 'predicted survival ≥ 1 year (12–15)' },
];

export interface TokuhashiFindings {
  /** Karnofsky performance status, 10-100 in steps of 10. */
  kps?: number;
  extraspinalBoneMetastases?: number;
  vertebralBodyMetastases?: number;
  /** When the exact count is not known: the least it can be (the vertebrae entered so far). */
  vertebralBodyMetastasesAtLeast?: number;
  majorOrganMetastases?: TokuhashiOrganStatus;
  /** When only some statuses remain possible (e.g. one organ's removability not yet answered). */
  majorOrganMetastasesOneOf?: readonly TokuhashiOrganStatus[];
  primarySite?: TokuhashiPrimarySite;
  /** When no source settles the site (e.g. a uterine leiomyosarcoma: "uterus" or "other"). */
  primarySiteOneOf?: readonly TokuhashiPrimarySite[];
  frankel?: Frankel;
}

export interface TokuhashiResult {
  total: number | null;
  min: number;
  max: number;
  points: Partial<Record<TokuhashiItem, number>>;
  ranges: Record<TokuhashiItem, ItemRange>;
  band: TokuhashiBand | null;
  unanswered: TokuhashiItem[];
}

export function tokuhashiKpsPoints(kps: number): number {
  if (!(KPS_VALUES as readonly number[]).includes(kps)) throw new RangeError(`Not a Karnofsky status (10-100 in steps of 10): ${kps}`);
  return kps <= 40 ? 0 : kps <= 70 ? 1 : 2;
}

function count(name: string, n: unknown, least: number): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < least) throw new RangeError(`Not a count for ${name}: ${String(n)}`);
  return n;
}

// >= 3: 0, 1-2: 1, 0: 2 (extraspinal); >= 3: 0, 2: 1, 1: 2 (vertebral bodies).
const extraspinalPoints = (n: number) => (n >= 3 ? 0 : n >= 1 ? 1 : 2);
const vertebralPoints = (n: number) => (n >= 3 ? 0 : n === 2 ? 1 : 2);

function oneOf<T extends string>(score: string, item: string, table: Readonly<Record<string, number>>, value: T | undefined, set: readonly T[] | undefined): number[] {
  if (value !== undefined) return [optionPoints(score, item, table, value)];
  if (set !== undefined && set.length > 0) return set.map((v) => optionPoints(score, item, table, v));
  return allPoints(table);
}

/** Scores the revised Tokuhashi score from whatever is known. Throws RangeError for values outside the published options. */
export function scoreTokuhashi(f: TokuhashiFindings): TokuhashiResult {
  let vertebral: number[];
  if (f.vertebralBodyMetastases !== undefined) {
    vertebral = [vertebralPoints(count('vertebral bodies', f.vertebralBodyMetastases, 1))];
  } else if (f.vertebralBodyMetastasesAtLeast !== undefined) {
    const least = Math.max(1, count('vertebral bodies', f.vertebralBodyMetastasesAtLeast, 0));
    vertebral = [...new Set([least, least + 1, least + 2].map(vertebralPoints))];
  } else {
    vertebral = [0, 1, 2];
  }
  if (f.frankel !== undefined && !FRANKEL_GRADES.includes(f.frankel)) throw new RangeError(`Not a Frankel grade: ${String(f.frankel)}`);
  const t = tally(TOKUHASHI_ITEMS, {
    generalCondition: f.kps === undefined ? [0, 1, 2] : [tokuhashiKpsPoints(f.kps)],
    extraspinalBone: f.extraspinalBoneMetastases === undefined ? [0, 1, 2] : [extraspinalPoints(count('extraspinal bone foci', f.extraspinalBoneMetastases, 0))],
    vertebralBody: vertebral,
    majorOrgans: oneOf('Tokuhashi', 'major organs', TOKUHASHI_ORGAN_POINTS, f.majorOrganMetastases, f.majorOrganMetastasesOneOf),
    primarySite: oneOf('Tokuhashi', 'primary site', TOKUHASHI_PRIMARY_POINTS, f.primarySite, f.primarySiteOneOf),
    palsy: f.frankel === undefined ? [0, 1, 2] : [TOKUHASHI_FRANKEL_POINTS[f.frankel]],
  });
  return { ...t, band: decidedBand(TOKUHASHI_BANDS, t.min, t.max) };
}
