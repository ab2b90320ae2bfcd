// van der Linden score (2005): survival of patients with spinal metastases treated with
// radiotherapy, from Karnofsky status, the primary and visceral metastases.
import { decidedBand, tally, type ItemRange } from './tally';

export const VDL_ITEMS = ['kps', 'primary', 'noVisceral'] as const;
export type VdlItem = (typeof VDL_ITEMS)[number];

export const VDL_PRIMARIES = ['breast', 'prostate', 'lung', 'other'] as const;
export type VdlPrimary = (typeof VDL_PRIMARIES)[number];

// van der Linden YM et al. (Dutch Bone Metastasis Study Group), Cancer 2005;103(2):320-8. The
// paper itself could not be opened from here; the table was read at www.medicalalgorithms.com,
// "scoring system of van der Linden and the Dutch Bone Metastasis Study Group for predicting
// survival in patients with metastases to the spinal column": Karnofsky 80-100 = 2, 50-70 = 1, 20-40 = 0; primary
// breast 3, prostate 2, lung 1, other 0; visceral metastases absent 1, present 0; total 0-6;
// groups A <= 3, B 4-5, C 6. Same as the summary in issue 21.
const PRIMARY_POINTS: Record<VdlPrimary, number> = { breast: 3, prostate: 2, lung: 1, other: 0 };

export const VDL_ITEM_NAMES: Record<VdlItem, string> = {
  kps: 'Karnofsky performance status',
  primary: 'Primary tumour (breast 3, prostate 2, lung 1, other 0)',
  noVisceral: 'No visceral metastases',
};

export type VdlBand = '0-3' | '4-5' | '6';
export const VDL_BANDS: ReadonlyArray<{ id: VdlBand; min: number; max: number; label: string }> = [
  { id: '0-3', min: 0, max: 3, label: 'group A (0–3)' },
  { id: '4-5', min: 4, max: 5, label: 'group B (4–5)' },
  { id: '6', min: 6, max: 6, label: 'group C (6)' },
];

/** Karnofsky points; the published table runs from 20 to 100 in steps of 10. */
export function vdlKpsPoints(kps: number): number {
  if (!Number.isInteger(kps) || kps % 10 !== 0 || kps < 20 || kps > 100) throw new RangeError(`Not a van der Linden Karnofsky value (20-100, steps of 10): ${kps}`);
  return kps >= 80 ? 2 : kps >= 50 ? 1 : 0;
}

export interface VdlFindings {
  kps?: number;
  primary?: VdlPrimary;
  visceralMetastases?: boolean;
}

export interface VdlResult {
  total: number | null;
  min: number;
  max: number;
  points: Partial<Record<VdlItem, number>>;
  ranges: Record<VdlItem, ItemRange>;
  band: VdlBand | null;
  unanswered: VdlItem[];
}

/** Scores van der Linden from whatever is known. Throws RangeError outside the published options. */
export function scoreVanDerLinden(f: VdlFindings): VdlResult {
  const p = f.primary;
  if (p !== undefined && !VDL_PRIMARIES.includes(p)) throw new RangeError(`Not a van der Linden primary: ${String(p)}`);
  const v = f.visceralMetastases;
  if (v !== undefined && typeof v !== 'boolean') throw new RangeError(`Not a yes/no answer for visceral metastases: ${String(v)}`);
  const t = tally(VDL_ITEMS, {
    kps: f.kps === undefined ? [0, 1, 2] : [vdlKpsPoints(f.kps)],
    primary: p === undefined ? [0, 1, 2, 3] : [PRIMARY_POINTS[p]],
    noVisceral: v === undefined ? [0, 1] : [v ? 0 : 1],
  });
  return { ...t, band: decidedBand(VDL_BANDS, t.min, t.max) };
}
