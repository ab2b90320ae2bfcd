// New England Spinal Metastasis Score (NESMS): modified Bauer, ambulation and serum albumin.
import { ALBUMIN_LIMITS } from '../patient';
import { tally, type ItemRange } from './tally';

export const NESMS_ITEMS = ['modifiedBauer', 'ambulatory', 'albumin'] as const;
export type NesmsItem = (typeof NESMS_ITEMS)[number];

// Ghori AK et al., Spine J 2015 (derivation); prospectively validated
// by Schoenfeld AJ et al., Spine J 2021;21(1):28-36. Modified Bauer >= 3 scores 2, otherwise 0;
// independent ambulation 1; serum albumin >= 3.5 g/dL (35 g/L) 1. The published score has "a
// ceiling score of three" (Becker's Spine summary of Ghori 2015; Brigham Health: "ranges from
// zero to three"), so 2 + 1 + 1 reads 3.
export const NESMS_CEILING = 3;
export const NESMS_BAUER_THRESHOLD = 3;
export const NESMS_ALBUMIN_THRESHOLD_G_PER_DL = 3.5;

export const NESMS_ITEM_NAMES: Record<NesmsItem, string> = {
  modifiedBauer: 'Modified Bauer 3 or more',
  ambulatory: 'Independent ambulation',
  albumin: 'Serum albumin 3.5 g/dL (35 g/L) or more',
};

export interface NesmsFindings {
  /** The modified Bauer total, or the range it can still take. */
  modifiedBauer?: number | { min: number; max: number };
  /** Walks independently (without an aid). */
  ambulatory?: boolean;
  albuminGPerDl?: number;
}

export interface NesmsResult {
  /** Null until decided: every item answered, or the ceiling reached whatever the open items give. */
  total: number | null;
  min: number;
  max: number;
  points: Partial<Record<NesmsItem, number>>;
  ranges: Record<NesmsItem, ItemRange>;
  /** The sum before the ceiling, when every item is decided. */
  uncapped: number | null;
  /** True when the ceiling of 3 changed or decided the total (2 + 1 + 1, or 2 + 1 with an item open). */
  capped: boolean;
  unanswered: NesmsItem[];
}

function bauer(v: number): number {
  if (!Number.isInteger(v) || v < 0 || v > 4) throw new RangeError(`Not a modified Bauer total (0-4): ${v}`);
  return v;
}

function bauerPoints(v: NesmsFindings['modifiedBauer']): number[] {
  if (v === undefined) return [0, 2];
  if (typeof v === 'number') return [bauer(v) >= NESMS_BAUER_THRESHOLD ? 2 : 0];
  const lo = bauer(v.min);
  const hi = bauer(v.max);
  if (lo > hi) throw new RangeError(`Modified Bauer range upside down: ${lo}-${hi}`);
  return [...new Set([lo >= NESMS_BAUER_THRESHOLD ? 2 : 0, hi >= NESMS_BAUER_THRESHOLD ? 2 : 0])];
}

function albuminPoints(g: number | undefined): number[] {
  if (g === undefined) return [0, 1];
  const { min, max } = ALBUMIN_LIMITS['g/dL'];
  if (typeof g !== 'number' || !Number.isFinite(g) || g < min || g > max) throw new RangeError(`Serum albumin out of range (${min}-${max} g/dL): ${String(g)}`);
  return [g >= NESMS_ALBUMIN_THRESHOLD_G_PER_DL ? 1 : 0];
}

/** Scores NESMS from whatever is known; the total and both ends of the range are capped at 3 as published. */
export function scoreNesms(f: NesmsFindings): NesmsResult {
  if (f.ambulatory !== undefined && typeof f.ambulatory !== 'boolean') throw new RangeError(`Not a yes/no answer for ambulation: ${String(f.ambulatory)}`);
  const t = tally(NESMS_ITEMS, {
    modifiedBauer: bauerPoints(f.modifiedBauer),
    ambulatory: f.ambulatory === undefined ? [0, 1] : [f.ambulatory ? 1 : 0],
    albumin: albuminPoints(f.albuminGPerDl),
  });
  const cap = (n: number) => Math.min(NESMS_CEILING, n);
  const [min, max] = [cap(t.min), cap(t.max)];
  // The ceiling can decide the score before every item is answered: Bauer 2 + walking 1 is 3
  // whatever the albumin, so it reads "NESMS 3", not "3–3 so far".
  const total = t.total !== null ? cap(t.total) : min === max ? min : null;
  return {
    total,
    min,
    max,
    points: t.points,
    ranges: t.ranges,
    uncapped: t.total,
    capped: total !== null && t.max > NESMS_CEILING,
    unanswered: t.unanswered,
  };
}
