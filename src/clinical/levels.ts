import type { Result } from './result';

/** The 29 mobile and sacral levels, cranial to caudal. The coccyx is not scored by SINS. */
export const VERTEBRAE = [
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7',
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12',
  'L1', 'L2', 'L3', 'L4', 'L5',
  'S1', 'S2', 'S3', 'S4', 'S5',
] as const;

export type Vertebra = (typeof VERTEBRAE)[number];

export type Region = 'C' | 'T' | 'L' | 'S';

const REGION_COUNT: Record<Region, number> = { C: 7, T: 12, L: 5, S: 5 };
const REGION_NAME: Record<Region, string> = {
  C: 'cervical',
  T: 'thoracic',
  L: 'lumbar',
  S: 'sacral',
};

const INDEX = new Map<string, number>(VERTEBRAE.map((v, i) => [v, i]));

export function isVertebra(value: unknown): value is Vertebra {
  return typeof value === 'string' && INDEX.has(value);
}

/** Position from the skull down: C1 is 0, S5 is 28. */
export function vertebraIndex(v: Vertebra): number {
  return INDEX.get(v) as number;
}

export function regionOf(v: Vertebra): Region {
  return v[0] as Region;
}

/** Unique levels in cranial-to-caudal order. */
export function sortLevels(levels: readonly Vertebra[]): Vertebra[] {
  return [...new Set(levels)].sort((a, b) => vertebraIndex(a) - vertebraIndex(b));
}

/** True when the levels (in any order, duplicates ignored) form one unbroken run. */
export function areConsecutive(levels: readonly Vertebra[]): boolean {
  const sorted = sortLevels(levels);
  return sorted.every((v, i) => i === 0 || vertebraIndex(v) === vertebraIndex(sorted[i - 1] as Vertebra) + 1);
}

/** Splits levels into unbroken runs, e.g. T3, T4, T9 -> [T3, T4], [T9]. */
export function consecutiveRuns(levels: readonly Vertebra[]): Vertebra[][] {
  const runs: Vertebra[][] = [];
  for (const v of sortLevels(levels)) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last !== undefined && vertebraIndex(v) === vertebraIndex(last) + 1) run.push(v);
    else runs.push([v]);
  }
  return runs;
}

/** "T12–L2", "T7", or "T3–T4, T9" for display. */
export function formatLevels(levels: readonly Vertebra[]): string {
  return consecutiveRuns(levels)
    .map((run) => (run.length === 1 ? run[0] : `${run[0]}–${run[run.length - 1]}`))
    .join(', ');
}

function levelsBetween(a: Vertebra, b: Vertebra): Vertebra[] {
  const [from, to] = [vertebraIndex(a), vertebraIndex(b)].sort((x, y) => x - y) as [number, number];
  return VERTEBRAE.slice(from, to + 1);
}

const EXAMPLE = 'Enter a level or a range of levels, for example T7 or T12-L2.';
// "Th8" and "D8" (dorsal) are common ways to write T8.
const LEVEL_TOKEN = /^(C|TH|T|D|L|S)\s*(\d{1,2})$/;
const BARE_NUMBER = /^(\d{1,2})$/;
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign, and "to".
const RANGE_SEPARATOR = /\s*(?:[-‐‑‒–—−]|\bto\b)\s*/i;

function readLevel(token: string, region?: Region): Result<Vertebra> {
  const text = token.trim().toUpperCase();
  const bare = region ? BARE_NUMBER.exec(text) : null;
  const match = bare ? [text, region, bare[1]] : LEVEL_TOKEN.exec(text);
  if (!match) {
    return { ok: false, error: `“${token.trim()}” is not a spinal level. ${EXAMPLE}` };
  }
  const r = (match[1] === 'TH' || match[1] === 'D' ? 'T' : match[1]) as Region;
  const n = Number(match[2]);
  const count = REGION_COUNT[r];
  if (n < 1 || n > count) {
    return {
      ok: false,
      error: `There is no ${r}${n}: the ${REGION_NAME[r]} levels are ${r}1 to ${r}${count}.`,
    };
  }
  return { ok: true, value: `${r}${n}` as Vertebra };
}

function readRange(part: string): Result<Vertebra[]> {
  const ends = part.split(RANGE_SEPARATOR).filter((s) => s.length > 0);
  if (ends.length === 0 || ends.length > 2) {
    return { ok: false, error: `“${part.trim()}” is not a level or a range. ${EXAMPLE}` };
  }
  const first = readLevel(ends[0] as string);
  if (!first.ok) return first;
  if (ends.length === 1) return { ok: true, value: [first.value] };
  // "T3-5" is common shorthand for T3-T5 (same region). "T12-2" could mean T12-L2: never guess.
  const second = ends[1] as string;
  const last = readLevel(second, regionOf(first.value));
  if (!last.ok) return last;
  if (BARE_NUMBER.test(second.trim()) && vertebraIndex(last.value) <= vertebraIndex(first.value)) {
    return {
      ok: false,
      error: `“${part.trim()}” is ambiguous: write both ends in full, for example T12-L2.`,
    };
  }
  return { ok: true, value: levelsBetween(first.value, last.value) };
}

/**
 * Reads levels as clinicians type them ("T12-L2", "T3–T5", "c7 - t1", "T7", "T3-5", "T11, T12")
 * into one unbroken run of levels, cranial to caudal.
 */
export function parseLevels(text: string): Result<Vertebra[]> {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: EXAMPLE };
  if (text.length > 200) return { ok: false, error: `That text is too long to be a level. ${EXAMPLE}` };
  const parts = text.split(/[,;/+&]|\band\b/i).map((s) => s.trim()).filter((s) => s.length > 0);
  if (parts.length === 0) return { ok: false, error: EXAMPLE };
  const all: Vertebra[] = [];
  for (const part of parts) {
    const range = readRange(part);
    if (!range.ok) return range;
    all.push(...range.value);
  }
  return lesionLevels(all);
}

const notConsecutive = (levels: readonly Vertebra[]) =>
  `${formatLevels(levels)} are not consecutive. Enter one lesion at a time; separate lesions are scored separately.`;

/** One lesion is one unbroken run of levels: the rule for levels typed and tapped alike. */
export function lesionLevels(levels: readonly Vertebra[]): Result<Vertebra[]> {
  const sorted = sortLevels(levels);
  return areConsecutive(sorted) ? { ok: true, value: sorted } : { ok: false, error: notConsecutive(sorted) };
}

/**
 * The levels after a tap on `v` (added, or taken away if chosen). A tap that leaves the lesion
 * in more than one run is refused with the message typed levels get; levels saved in separate
 * runs (before this rule) can still be tapped back into one.
 */
export function tapLevel(levels: readonly Vertebra[], v: Vertebra): Result<Vertebra[]> {
  const next = sortLevels(levels.includes(v) ? levels.filter((l) => l !== v) : [...levels, v]);
  const runs = consecutiveRuns(next).length;
  if (runs > 1 && runs > consecutiveRuns(levels).length) return { ok: false, error: notConsecutive(next) };
  return { ok: true, value: next };
}

/** The levels after a tap, or the same levels when the rule refuses it. */
export const tappedLevels = (levels: Vertebra[], v: Vertebra): Vertebra[] => {
  const r = tapLevel(levels, v);
  return r.ok ? r.value : levels;
};
