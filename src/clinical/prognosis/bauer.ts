// Modified Bauer score: one point for each of four favourable factors; a missing answer widens
// the range, never counts as 0.
import { decidedBand, tally, type ItemRange } from './tally';

export const BAUER_ITEMS = ['noVisceral', 'notLung', 'favourablePrimary', 'solitarySkeletal'] as const;
export type BauerItem = (typeof BAUER_ITEMS)[number];

export const BAUER_PRIMARIES = ['lung', 'breast', 'kidney', 'lymphoma', 'myeloma', 'other'] as const;
export type BauerPrimary = (typeof BAUER_PRIMARIES)[number];

// Leithner A, Radl R, Gruber G, et al. Predictive value of seven preoperative prognostic scoring
// systems for spinal metastases. Eur Spine J 2008;17(11):1488-95, modified Bauer score: one
// point each for no visceral metastases; primary tumour not lung cancer; primary tumour breast,
// kidney, lymphoma or multiple myeloma; a solitary skeletal metastasis. 0-1 supportive care;
// 2 short-term palliation; 3-4 middle-term local control (dss.dign.eu, score id 46).
const FAVOURABLE: ReadonlySet<BauerPrimary> = new Set(['breast', 'kidney', 'lymphoma', 'myeloma']);

export const BAUER_ITEM_NAMES: Record<BauerItem, string> = {
  noVisceral: 'No visceral metastases',
  notLung: 'Primary not lung cancer',
  favourablePrimary: 'Primary breast, kidney, lymphoma or myeloma',
  solitarySkeletal: 'Solitary skeletal metastasis',
};

export type BauerGroup = 'supportive-care' | 'short-term-palliation' | 'middle-term-local-control';

export const BAUER_GROUPS: ReadonlyArray<{ id: BauerGroup; min: number; max: number; label: string }> = [
  { id: 'supportive-care', min: 0, max: 1, label: 'supportive care (0–1)' },
  { id: 'short-term-palliation', min: 2, max: 2, label: 'short-term palliation (2)' },
  { id: 'middle-term-local-control', min: 3, max: 4, label: 'middle-term local control (3–4)' },
];

export interface BauerFindings {
  visceralMetastases?: boolean;
  primary?: BauerPrimary;
  solitarySkeletalMetastasis?: boolean;
}

export interface BauerResult {
  total: number | null;
  min: number;
  max: number;
  points: Partial<Record<BauerItem, number>>;
  ranges: Record<BauerItem, ItemRange>;
  group: BauerGroup | null;
  unanswered: BauerItem[];
}

function yesNo(name: string, v: unknown): boolean | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw new RangeError(`Not a yes/no answer for modified Bauer ${name}: ${String(v)}`);
  return v;
}

/** Scores the modified Bauer score from whatever is known. Throws RangeError outside the published options. */
export function scoreModifiedBauer(f: BauerFindings): BauerResult {
  const p = f.primary;
  if (p !== undefined && !BAUER_PRIMARIES.includes(p)) throw new RangeError(`Not a modified Bauer primary: ${String(p)}`);
  const visceral = yesNo('visceral metastases', f.visceralMetastases);
  const solitary = yesNo('solitary skeletal metastasis', f.solitarySkeletalMetastasis);
  const t = tally(BAUER_ITEMS, {
    noVisceral: visceral === undefined ? [0, 1] : [visceral ? 0 : 1],
    notLung: p === undefined ? [0, 1] : [p === 'lung' ? 0 : 1],
    favourablePrimary: p === undefined ? [0, 1] : [FAVOURABLE.has(p) ? 1 : 0],
    solitarySkeletal: solitary === undefined ? [0, 1] : [solitary ? 1 : 0],
  });
  return { ...t, group: decidedBand(BAUER_GROUPS, t.min, t.max) };
}
