// New Katagiri score (2014): survival of patients with skeletal metastases from six factors,
// including laboratory data. A missing answer widens the range, never counts as 0.
import { decidedBand, optionPoints, tally, allPoints, type ItemRange } from './tally';

export const KATAGIRI_ITEMS = ['primaryGrowth', 'visceral', 'laboratory', 'ecog', 'previousChemotherapy', 'multipleSkeletal'] as const;
export type KatagiriItem = (typeof KATAGIRI_ITEMS)[number];

// Katagiri H, Okada R, Takagi T, et al. New prognostic factors and scoring system for patients
// with skeletal metastasis. Cancer Med 2014;3(5):1359-67 (PMC4302686). The abstract (read at
// pmc.ncbi.nlm.nih.gov/articles/PMC4302686 and pubmed 25044999) names the six factors; the points
// and thresholds below were read in an open implementation that quotes the paper's table
// (github.com/clay-good/sophiewell.com, lib/katagiri-v606.js), not in the paper's Table 3 itself,
// which could not be opened from here. They agree with the summary in issue 21. Re-read at the same
// file (commit 63e3a1f) in the audit of 1 Dec 2026: factors, points and thresholds identical; the
// validation papers that reproduce the table (Kubota 2019, Radiat Oncol 14:13; Shimada 2015, Mol Clin
// Oncol, spandidos-publications.com/10.3892/mco.2015.637) were reached only at their abstracts.
export const KATAGIRI_POINTS = {
  primaryGrowth: { slow: 0, moderate: 2, rapid: 3 },
  visceral: { none: 0, nodular: 1, disseminated: 2 },
  laboratory: { normal: 0, abnormal: 1, critical: 2 },
} as const;

export type KatagiriGrowth = keyof typeof KATAGIRI_POINTS.primaryGrowth;
export type KatagiriVisceral = keyof typeof KATAGIRI_POINTS.visceral;
export type KatagiriLaboratory = keyof typeof KATAGIRI_POINTS.laboratory;

export const KATAGIRI_ITEM_NAMES: Record<KatagiriItem, string> = {
  primaryGrowth: 'Primary lesion (growth)',
  visceral: 'Visceral or cerebral metastases',
  laboratory: 'Laboratory data',
  ecog: 'ECOG performance status 3 or 4',
  previousChemotherapy: 'Previous chemotherapy',
  multipleSkeletal: 'Multiple skeletal metastases',
};

export const KATAGIRI_OPTION_NAMES = {
  primaryGrowth: { slow: 'Slow growth', moderate: 'Moderate growth', rapid: 'Rapid growth' },
  visceral: { none: 'None', nodular: 'Nodular', disseminated: 'Disseminated (pleural, peritoneal, leptomeningeal)' },
  laboratory: { normal: 'Normal', abnormal: 'Abnormal', critical: 'Critical' },
} as const;

// Same source: abnormal = CRP >= 0.4 mg/dL, LDH >= 250 IU/L or albumin < 3.7 g/dL; critical =
// platelets < 100,000/µL, calcium >= 10.3 mg/dL or total bilirubin >= 1.4 mg/dL. The tiers share
// no analyte; any critical value makes the item critical.
export const KATAGIRI_LAB = {
  crpMgDl: 0.4,
  ldhIuL: 250,
  albuminGDl: 3.7,
  plateletsPerUl: 100000,
  calciumMgDl: 10.3,
  bilirubinMgDl: 1.4,
} as const;

export type KatagiriBand = '0-3' | '4-6' | '7-10';
export const KATAGIRI_BANDS: ReadonlyArray<{ id: KatagiriBand; min: number; max: number; label: string }> = [
  { id: '0-3', min: 0, max: 3, label: 'low risk (0–3)' },
  { id: '4-6', min: 4, max: 6, label: 'intermediate risk (4–6)' },
  { id: '7-10', min: 7, max: 10, label: 'high risk (7–10)' },
];

export interface KatagiriLabValues {
  crpMgDl?: number;
  ldhIuL?: number;
  albuminGDl?: number;
  plateletsPerUl?: number;
  calciumMgDl?: number;
  bilirubinMgDl?: number;
}

function lab(name: keyof KatagiriLabValues, v: number | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`Not a laboratory value for ${name}: ${String(v)}`);
  return v;
}

function flags(v: KatagiriLabValues) {
  const t = KATAGIRI_LAB;
  const is = (name: keyof KatagiriLabValues, abnormal: (x: number) => boolean) => {
    const x = lab(name, v[name]);
    return x === undefined ? undefined : abnormal(x);
  };
  return {
    abnormal: [is('crpMgDl', (x) => x >= t.crpMgDl), is('ldhIuL', (x) => x >= t.ldhIuL), is('albuminGDl', (x) => x < t.albuminGDl)],
    critical: [is('plateletsPerUl', (x) => x < t.plateletsPerUl), is('calciumMgDl', (x) => x >= t.calciumMgDl), is('bilirubinMgDl', (x) => x >= t.bilirubinMgDl)],
  };
}

/** The laboratory categories still possible from the values known (one when decided). */
export function katagiriLaboratoryOneOf(v: KatagiriLabValues): KatagiriLaboratory[] {
  const { abnormal, critical } = flags(v);
  if (critical.includes(true)) return ['critical'];
  const out: KatagiriLaboratory[] = critical.includes(undefined) ? ['critical'] : [];
  if (abnormal.includes(true) || abnormal.includes(undefined)) out.push('abnormal');
  if (!abnormal.includes(true)) out.push('normal');
  return out;
}

/**
 * Critical as soon as one critical value is present; abnormal when one abnormal value is present
 * and the three critical items are known and normal; normal when all six are known and normal.
 */
export function katagiriLaboratory(v: KatagiriLabValues): KatagiriLaboratory | null {
  const s = katagiriLaboratoryOneOf(v);
  return s.length === 1 ? (s[0] as KatagiriLaboratory) : null;
}

export interface KatagiriFindings {
  primaryGrowth?: KatagiriGrowth;
  primaryGrowthOneOf?: readonly KatagiriGrowth[];
  visceral?: KatagiriVisceral;
  visceralOneOf?: readonly KatagiriVisceral[];
  laboratory?: KatagiriLaboratory;
  laboratoryOneOf?: readonly KatagiriLaboratory[];
  ecog?: 0 | 1 | 2 | 3 | 4;
  previousChemotherapy?: boolean;
  multipleSkeletalMetastases?: boolean;
}

export interface KatagiriResult {
  total: number | null;
  min: number;
  max: number;
  points: Partial<Record<KatagiriItem, number>>;
  ranges: Record<KatagiriItem, ItemRange>;
  band: KatagiriBand | null;
  unanswered: KatagiriItem[];
}

type Tabled = keyof typeof KATAGIRI_POINTS;
function possible(item: Tabled, value: string | undefined, set?: readonly string[]): number[] {
  const table = KATAGIRI_POINTS[item] as Record<string, number>;
  if (value !== undefined) return [optionPoints('Katagiri', item, table, value)];
  if (set !== undefined && set.length > 0) return set.map((v) => optionPoints('Katagiri', item, table, v));
  return allPoints(table);
}

function yesNo(name: string, v: unknown): number[] {
  if (v === undefined) return [0, 1];
  if (typeof v !== 'boolean') throw new RangeError(`Not a yes/no answer for Katagiri ${name}: ${String(v)}`);
  return [v ? 1 : 0];
}

/** Scores the new Katagiri score from whatever is known. Throws RangeError outside the published options. */
export function scoreKatagiri(f: KatagiriFindings): KatagiriResult {
  const e = f.ecog;
  if (e !== undefined && !(Number.isInteger(e) && e >= 0 && e <= 4)) throw new RangeError(`Not an ECOG status (0-4): ${String(e)}`);
  const t = tally(KATAGIRI_ITEMS, {
    primaryGrowth: possible('primaryGrowth', f.primaryGrowth, f.primaryGrowthOneOf),
    visceral: possible('visceral', f.visceral, f.visceralOneOf),
    laboratory: possible('laboratory', f.laboratory, f.laboratoryOneOf),
    ecog: e === undefined ? [0, 1] : [e >= 3 ? 1 : 0],
    previousChemotherapy: yesNo('previous chemotherapy', f.previousChemotherapy),
    multipleSkeletal: yesNo('multiple skeletal metastases', f.multipleSkeletalMetastases),
  });
  return { ...t, band: decidedBand(KATAGIRI_BANDS, t.min, t.max) };
}
