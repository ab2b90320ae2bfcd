// SINS: Fisher CG et al., Spine 2010;35(22):E1221-9. Point values and bands as published;
// see CLINICAL-REFERENCE.md for the pitfalls this module avoids (pain is 3/1/0, stable band
// starts at 0, L2-L4 are mobile, S1 is junctional, nothing defaults to 0).
import { sortLevels, vertebraIndex, type Vertebra } from './levels';

export const SINS_COMPONENTS = [
  'location',
  'pain',
  'boneLesion',
  'alignment',
  'collapse',
  'posterolateral',
] as const;
export type SinsComponent = (typeof SINS_COMPONENTS)[number];

export const SINS_POINTS = {
  location: { junctional: 3, mobile: 2, 'semi-rigid': 1, rigid: 0 },
  pain: { mechanical: 3, occasional: 1, none: 0 },
  boneLesion: { lytic: 2, mixed: 1, blastic: 0 },
  alignment: { subluxation: 4, 'de-novo-deformity': 2, normal: 0 },
  collapse: { 'over-50': 3, 'under-50': 2, 'no-collapse-over-50-involved': 1, none: 0 },
  posterolateral: { bilateral: 3, unilateral: 1, none: 0 },
} as const satisfies Record<SinsComponent, Record<string, number>>;

export type SinsLocation = keyof typeof SINS_POINTS.location;
export type SinsFindings = {
  [C in SinsComponent]?: keyof (typeof SINS_POINTS)[C];
};

/** Published wording of each option, in the order the paper lists them. */
export const SINS_LABELS: { [C in SinsComponent]: { title: string; options: Record<keyof (typeof SINS_POINTS)[C], string> } } = {
  location: {
    title: 'Location',
    options: {
      junctional: 'Junctional (occiput–C2, C7–T2, T11–L1, L5–S1)',
      mobile: 'Mobile spine (C3–C6, L2–L4)',
      'semi-rigid': 'Semi-rigid (T3–T10)',
      rigid: 'Rigid (S2–S5)',
    },
  },
  pain: {
    title: 'Pain',
    options: {
      mechanical: 'Yes: mechanical pain (relief with recumbency and/or pain with movement or loading)',
      occasional: 'Occasional pain but not mechanical',
      none: 'Pain-free lesion',
    },
  },
  boneLesion: {
    title: 'Bone lesion',
    options: { lytic: 'Lytic', mixed: 'Mixed (lytic/blastic)', blastic: 'Blastic' },
  },
  alignment: {
    title: 'Radiographic spinal alignment',
    options: {
      subluxation: 'Subluxation/translation present',
      'de-novo-deformity': 'De novo deformity (kyphosis/scoliosis)',
      normal: 'Normal alignment',
    },
  },
  collapse: {
    title: 'Vertebral body collapse',
    options: {
      'over-50': '> 50% collapse',
      'under-50': '< 50% collapse',
      'no-collapse-over-50-involved': 'No collapse with > 50% of the body involved',
      none: 'None of the above',
    },
  },
  posterolateral: {
    title: 'Posterolateral involvement of spinal elements (facet, pedicle or costovertebral joint fracture or replacement with tumour)',
    options: { bilateral: 'Bilateral', unilateral: 'Unilateral', none: 'None of the above' },
  },
};

// Junctional: occiput-C2, C7-T2, T11-L1, L5-S1. Mobile: C3-C6, L2-L4. Semi-rigid: T3-T10. Rigid: S2-S5.
const SEGMENT_RANGES: ReadonlyArray<readonly [Vertebra, Vertebra, SinsLocation]> = [
  ['C1', 'C2', 'junctional'],
  ['C3', 'C6', 'mobile'],
  ['C7', 'T2', 'junctional'],
  ['T3', 'T10', 'semi-rigid'],
  ['T11', 'L1', 'junctional'],
  ['L2', 'L4', 'mobile'],
  ['L5', 'S1', 'junctional'],
  ['S2', 'S5', 'rigid'],
];

export function sinsSegment(v: Vertebra): SinsLocation {
  const i = vertebraIndex(v);
  for (const [from, to, segment] of SEGMENT_RANGES) {
    if (i >= vertebraIndex(from) && i <= vertebraIndex(to)) return segment;
  }
  throw new RangeError(`Not a spinal level: ${String(v)}`);
}

export interface SinsLocationDetail {
  location: SinsLocation;
  /** The levels that carry the highest-scoring segment. */
  decidingLevels: Vertebra[];
  /** True when the lesion spans segments of different kinds (no official rule: highest is used). */
  spansSegments: boolean;
}

/**
 * The location for a lesion's levels. No published rule covers a lesion spanning segments of
 * different kinds (e.g. T10-T11); like the clinical reference, the highest-scoring level wins.
 */
export function sinsLocationDetail(levels: readonly Vertebra[]): SinsLocationDetail | null {
  const sorted = sortLevels(levels);
  if (sorted.length === 0) return null;
  const segments = sorted.map(sinsSegment);
  const best = Math.max(...segments.map((s) => SINS_POINTS.location[s]));
  const location = (Object.keys(SINS_POINTS.location) as SinsLocation[]).find(
    (s) => SINS_POINTS.location[s] === best,
  ) as SinsLocation;
  return {
    location,
    decidingLevels: sorted.filter((_, i) => segments[i] === location),
    spansSegments: new Set(segments).size > 1,
  };
}

export function sinsLocationForLevels(levels: readonly Vertebra[]): SinsLocation | null {
  return sinsLocationDetail(levels)?.location ?? null;
}

export type SinsCategory = 'stable' | 'indeterminate' | 'unstable';

export const SINS_BANDS: ReadonlyArray<{ category: SinsCategory; min: number; max: number; label: string }> = [
  { category: 'stable', min: 0, max: 6, label: 'stable' },
  { category: 'indeterminate', min: 7, max: 12, label: 'indeterminate (possibly impending) instability' },
  { category: 'unstable', min: 13, max: 18, label: 'instability' },
];

/** At or above this total, surgical consultation is recommended (a threshold, not an indication). */
export const SINS_CONSULTATION_THRESHOLD = 7;

export function sinsBand(total: number): SinsCategory {
  const band = SINS_BANDS.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`SINS total out of range: ${total}`);
  return band.category;
}

export interface SinsResult {
  /** Null until all six components are answered. */
  total: number | null;
  /** The lowest and highest total still possible with the answers given. */
  min: number;
  max: number;
  /** Null while the possible range spans more than one band. */
  category: SinsCategory | null;
  /** True when certainly 7 or more, false when certainly 6 or less, null while undecided. */
  surgicalConsultation: boolean | null;
  points: Partial<Record<SinsComponent, number>>;
  unanswered: SinsComponent[];
}

function optionPoints(component: SinsComponent, answer: unknown): number {
  const table = SINS_POINTS[component] as Record<string, number>;
  if (typeof answer !== 'string' || !Object.hasOwn(table, answer)) {
    throw new RangeError(`Not a SINS ${component} option: ${String(answer)}`);
  }
  return table[answer] as number;
}

/**
 * Scores SINS from whatever has been answered. A missing answer is never 0: it widens the range.
 * Throws RangeError only for a value that is not one of the published options (the zod schema
 * keeps such values out).
 */
export function scoreSins(findings: SinsFindings): SinsResult {
  const points: Partial<Record<SinsComponent, number>> = {};
  const unanswered: SinsComponent[] = [];
  let min = 0;
  let max = 0;
  for (const component of SINS_COMPONENTS) {
    const answer = findings[component];
    if (answer === undefined) {
      unanswered.push(component);
      max += Math.max(...Object.values(SINS_POINTS[component]));
      continue;
    }
    const p = optionPoints(component, answer);
    points[component] = p;
    min += p;
    max += p;
  }
  const lowBand = sinsBand(min);
  const category = lowBand === sinsBand(max) ? lowBand : null;
  const surgicalConsultation =
    min >= SINS_CONSULTATION_THRESHOLD ? true : max < SINS_CONSULTATION_THRESHOLD ? false : null;
  return {
    total: unanswered.length === 0 ? min : null,
    min,
    max,
    category,
    surgicalConsultation,
    points,
    unanswered,
  };
}
