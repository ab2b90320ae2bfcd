// Tomita score: a surgical strategy for spinal metastases from three prognostic factors.
import { decidedBand, optionPoints, tally, allPoints, type ItemRange } from './tally';

export const TOMITA_ITEMS = ['growth', 'visceral', 'bone'] as const;
export type TomitaItem = (typeof TOMITA_ITEMS)[number];

// Tomita K, Kawahara N, Kobayashi T, Yoshida A, Murakami H, Akamaru T. Surgical strategy for
// spinal metastases. Spine 2001;26(3):298-306, Fig. 1 (prognostic scoring system): primary tumour
// growth slow 1 / moderate 2 / rapid 4; visceral metastases none 0 / treatable 2 / untreatable 4;
// bone metastases (including spine) solitary or isolated 1 / multiple 2. These are the points
// as widely reproduced: neither Tomita 2001 nor a review holding the table (Tokuhashi 2014, World
// J Orthop 5(3):262-71, https://pmc.ncbi.nlm.nih.gov/articles/PMC4095019: only its abstract came
// back from the search tool) was read, so the card says so (TOMITA_TABLE_SOURCE).
export const TOMITA_POINTS = {
  growth: { slow: 1, moderate: 2, rapid: 4 },
  visceral: { none: 0, treatable: 2, untreatable: 4 },
  bone: { solitary: 1, multiple: 2 },
} as const satisfies Record<TomitaItem, Record<string, number>>;

/** Said on the card under the items: where the table comes from, and that it is unchecked. */
export const TOMITA_TABLE_SOURCE = 'Points and strategy bands as widely reproduced; not checked against Tomita 2001 (Spine 26(3):298-306).';

export type TomitaGrowth = keyof typeof TOMITA_POINTS.growth;
export type TomitaVisceral = keyof typeof TOMITA_POINTS.visceral;
export type TomitaBone = keyof typeof TOMITA_POINTS.bone;

export const TOMITA_ITEM_NAMES: Record<TomitaItem, string> = {
  growth: 'Primary tumour growth',
  visceral: 'Visceral metastases',
  bone: 'Bone metastases (including spine)',
};

export const TOMITA_OPTION_NAMES = {
  growth: { slow: 'Slow growth', moderate: 'Moderate growth', rapid: 'Rapid growth' },
  visceral: { none: 'None', treatable: 'Treatable', untreatable: 'Untreatable' },
  bone: { solitary: 'Solitary or isolated', multiple: 'Multiple' },
} as const;

export type TomitaStrategy = 'wide-or-marginal-excision' | 'marginal-or-intralesional-excision' | 'palliative-surgery' | 'supportive-care';

// As widely reproduced (Fig. 1 of the same paper, not read): total 2-3 wide or marginal excision (long-term local control; TES is the
// Kanazawa group's choice); 4-5 marginal or intralesional excision; 6-7 palliative surgery;
// 8-10 non-operative supportive care.
export const TOMITA_STRATEGIES: ReadonlyArray<{ id: TomitaStrategy; min: number; max: number; label: string }> = [
  { id: 'wide-or-marginal-excision', min: 2, max: 3, label: 'Tomita 2001 surgical strategy: wide or marginal excision (2–3; aiming at long-term local control)' },
  { id: 'marginal-or-intralesional-excision', min: 4, max: 5, label: 'Tomita 2001 surgical strategy: marginal or intralesional excision (4–5)' },
  { id: 'palliative-surgery', min: 6, max: 7, label: 'Tomita 2001 surgical strategy: palliative surgery (6–7)' },
  { id: 'supportive-care', min: 8, max: 10, label: 'Tomita 2001 surgical strategy: non-operative supportive care (8–10)' },
];

export interface TomitaFindings {
  growth?: TomitaGrowth;
  visceral?: TomitaVisceral;
  /** When only some answers remain possible (e.g. one organ's treatability not yet answered). */
  visceralOneOf?: readonly TomitaVisceral[];
  bone?: TomitaBone;
}

export interface TomitaResult {
  total: number | null;
  min: number;
  max: number;
  points: Partial<Record<TomitaItem, number>>;
  ranges: Record<TomitaItem, ItemRange>;
  strategy: TomitaStrategy | null;
  unanswered: TomitaItem[];
}

function possible(item: TomitaItem, value: string | undefined, set?: readonly string[]): number[] {
  const table = TOMITA_POINTS[item] as Record<string, number>;
  if (value !== undefined) return [optionPoints('Tomita', item, table, value)];
  if (set !== undefined && set.length > 0) return set.map((v) => optionPoints('Tomita', item, table, v));
  return allPoints(table);
}

/** Scores Tomita from whatever is known. Throws RangeError for values outside the published options. */
export function scoreTomita(f: TomitaFindings): TomitaResult {
  const t = tally(TOMITA_ITEMS, {
    growth: possible('growth', f.growth),
    visceral: possible('visceral', f.visceral, f.visceralOneOf),
    bone: possible('bone', f.bone),
  });
  return { ...t, strategy: decidedBand(TOMITA_STRATEGIES, t.min, t.max) };
}
