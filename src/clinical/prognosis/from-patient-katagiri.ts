// The new Katagiri and van der Linden inputs from the patient already entered: nothing is asked
// twice; where the histology or the organs do not settle an item, it stays a range and the
// screen says why (a choice for the clinician where one closes it).
import { albuminGPerDl, type Histology, type OrganFindings, type Patient } from '../patient';
import { bilirubinMgPerDl, calciumMgPerDl, crpMgPerDl, plateletsPerUl } from '../labs';
import { katagiriLaboratoryOneOf, scoreKatagiri, type KatagiriFindings, type KatagiriGrowth, type KatagiriLabValues, type KatagiriResult, type KatagiriVisceral } from './katagiri';
import { scoreVanDerLinden, type VdlFindings, type VdlPrimary, type VdlResult } from './vanderlinden';

export type KatagiriChoice =
  | { key: 'katagiriHormoneDependent'; score: 'katagiri'; reason: string }
  | { key: 'katagiriTargetedTherapy'; score: 'katagiri'; reason: string }
  | { key: 'katagiriGrowth'; score: 'katagiri'; reason: string };

/** Where each growth group comes from, for the screen and the tests. */
export const KATAGIRI_GROWTH_SOURCE =
  'Katagiri 2014 (Cancer Med 3:1359-67), growth groups as quoted by an open implementation of its table (sophiewell.com, lib/katagiri-v606.js); the paper’s Table 3 itself was not opened here';

// Histology -> Katagiri growth group, from the lists read (see KATAGIRI_GROWTH_SOURCE): slow —
// hormone-dependent breast or prostate, thyroid, multiple myeloma, malignant lymphoma; moderate —
// lung with molecularly targeted therapy, hormone-independent breast or prostate, renal cell,
// sarcoma; rapid — lung without targeted therapy, colorectal, gastric, pancreatic, head and neck,
// oesophageal, hepatocellular, melanoma, unknown origin. Breast, prostate and lung hang on a
// treatment fact (a choice); bladder, uterus and "other" are in none of the lists read.
export const KATAGIRI_GROWTH: Partial<Record<Histology, KatagiriGrowth>> = {
  thyroid: 'slow', myeloma: 'slow', lymphoma: 'slow',
  kidney: 'moderate', leiomyosarcoma: 'moderate', 'other-sarcoma': 'moderate',
  colorectal: 'rapid', rectum: 'rapid', stomach: 'rapid', pancreas: 'rapid', oesophagus: 'rapid', liver: 'rapid', melanoma: 'rapid', 'unknown-primary': 'rapid',
};

const HORMONAL: ReadonlySet<Histology> = new Set(['breast', 'prostate']);
const LUNG: ReadonlySet<Histology> = new Set(['lung-nsclc', 'lung-sclc']);

function growth(p: Patient, needs: KatagiriChoice[]): Pick<KatagiriFindings, 'primaryGrowth' | 'primaryGrowthOneOf'> {
  const h = p.histology;
  if (h === undefined) return {};
  const fixed = KATAGIRI_GROWTH[h];
  if (fixed) return { primaryGrowth: fixed };
  const c = p.choices ?? {};
  // The choice stays on screen once answered, so the clinician can see and change it.
  if (HORMONAL.has(h)) {
    needs.push({ key: 'katagiriHormoneDependent', score: 'katagiri', reason: 'Katagiri scores hormone-dependent breast and prostate cancer as slow growth (0) and hormone-independent as moderate (2).' });
    if (c.katagiriHormoneDependent !== undefined) return { primaryGrowth: c.katagiriHormoneDependent ? 'slow' : 'moderate' };
    return { primaryGrowthOneOf: ['slow', 'moderate'] };
  }
  if (LUNG.has(h)) {
    needs.push({ key: 'katagiriTargetedTherapy', score: 'katagiri', reason: 'Katagiri scores lung cancer treated with molecularly targeted drugs as moderate growth (2), and without them as rapid (3).' });
    if (c.katagiriTargetedTherapy !== undefined) return { primaryGrowth: c.katagiriTargetedTherapy ? 'moderate' : 'rapid' };
    return { primaryGrowthOneOf: ['moderate', 'rapid'] };
  }
  needs.push({ key: 'katagiriGrowth', score: 'katagiri', reason: 'This histology is in none of the Katagiri growth lists read here: choose slow (0), moderate (2) or rapid (3).' });
  return c.katagiriGrowth !== undefined ? { primaryGrowth: c.katagiriGrowth } : {};
}

/**
 * Nodular or disseminated. Disseminated means pleural, peritoneal or leptomeningeal: peritoneum
 * ticked decides it; liver or adrenal alone are nodular; lung, brain or another organ may carry
 * pleural or leptomeningeal spread, so the clinician's answer decides. Lymph nodes are not organs.
 */
export function katagiriVisceral(organs: OrganFindings | undefined, spread: Patient['visceralSpread']): { value?: KatagiriVisceral; oneOf?: KatagiriVisceral[]; ask: boolean } {
  if (organs === undefined) return { ask: false };
  const ticked = (Object.keys(organs) as (keyof OrganFindings)[]).filter((o) => o !== 'lymph-node' && organs[o] !== undefined);
  if (ticked.length === 0) return { value: 'none', ask: false };
  if (ticked.includes('peritoneum')) return { value: 'disseminated', ask: false };
  if (ticked.every((o) => o === 'liver' || o === 'adrenal')) return { value: 'nodular', ask: false };
  return spread ? { value: spread, ask: true } : { oneOf: ['nodular', 'disseminated'], ask: true };
}

export function katagiriLabValues(p: Patient): KatagiriLabValues {
  return {
    ...(p.crp ? { crpMgDl: crpMgPerDl(p.crp) } : {}),
    ...(p.ldh !== undefined ? { ldhIuL: p.ldh } : {}),
    ...(p.albumin ? { albuminGDl: albuminGPerDl(p.albumin) } : {}),
    ...(p.platelets ? { plateletsPerUl: plateletsPerUl(p.platelets) } : {}),
    ...(p.calcium ? { calciumMgDl: calciumMgPerDl(p.calcium) } : {}),
    ...(p.bilirubin ? { bilirubinMgDl: bilirubinMgPerDl(p.bilirubin) } : {}),
  };
}

const VDL_PRIMARY: Partial<Record<Histology, VdlPrimary>> = { breast: 'breast', prostate: 'prostate', 'lung-nsclc': 'lung', 'lung-sclc': 'lung' };

export interface NewScoresFor {
  katagiri: { input: KatagiriFindings; result: KatagiriResult };
  vanderlinden: { input: VdlFindings; result: VdlResult };
  /** The treatment facts or groups the histology leaves to the clinician, answered or not. */
  katagiriChoices: KatagiriChoice[];
  /** Ask whether the organ metastases are nodular or disseminated (their organs do not say). */
  askVisceralSpread: boolean;
  notes: { score: 'katagiri' | 'vanderlinden'; item: string; reason: string }[];
}

/** `solitary`: one skeletal metastasis in all (true), several (false), or not yet known. */
export function newScoresFor(p: Patient, solitary: boolean | undefined, visceral: boolean | undefined): NewScoresFor {
  const katagiriChoices: KatagiriChoice[] = [];
  const notes: NewScoresFor['notes'] = [];
  const v = katagiriVisceral(p.organs, p.visceralSpread);
  const labs = katagiriLabOneOf(p);
  const katagiriIn: KatagiriFindings = {
    ...growth(p, katagiriChoices),
    ...(v.value ? { visceral: v.value } : v.oneOf ? { visceralOneOf: v.oneOf } : {}),
    ...(labs.length === 1 ? { laboratory: labs[0] } : { laboratoryOneOf: labs }),
    ...(p.ecog !== undefined ? { ecog: p.ecog } : {}),
    ...(p.previousChemotherapy !== undefined ? { previousChemotherapy: p.previousChemotherapy } : {}),
    ...(solitary !== undefined ? { multipleSkeletalMetastases: !solitary } : {}),
  };
  // An answer given before the organs changed, which the organs now settle otherwise: said, not used.
  if (!v.ask && p.visceralSpread !== undefined && v.value !== undefined && v.value !== 'none' && v.value !== p.visceralSpread) {
    notes.push({
      score: 'katagiri',
      item: 'visceral',
      reason: v.value === 'disseminated'
        ? 'Peritoneal metastases count as disseminated (Katagiri 2014); the answer “nodular” is not used.'
        : 'Only liver or adrenal metastases are ticked, which count as nodular; tick the organ with pleural or leptomeningeal spread (“Other organ” for the pleura) if there is one.',
    });
  }
  const h = p.histology;
  const primary = h === undefined || h === 'unknown-primary' ? undefined : (VDL_PRIMARY[h] ?? 'other');
  if (h === 'unknown-primary') notes.push({ score: 'vanderlinden', item: 'primary', reason: 'With an unknown primary, whether it is breast, prostate or lung is not known.' });
  const kpsScored = p.kps !== undefined && p.kps >= 20;
  if (p.kps === 10) notes.push({ score: 'vanderlinden', item: 'kps', reason: 'van der Linden scores Karnofsky 20–40 as 0; Karnofsky 10 is outside its published table.' });
  const vdlIn: VdlFindings = {
    ...(kpsScored ? { kps: p.kps } : {}),
    ...(primary !== undefined ? { primary } : {}),
    ...(visceral !== undefined ? { visceralMetastases: visceral } : {}),
  };
  return {
    katagiri: { input: katagiriIn, result: scoreKatagiri(katagiriIn) },
    vanderlinden: { input: vdlIn, result: scoreVanDerLinden(vdlIn) },
    katagiriChoices,
    askVisceralSpread: v.ask,
    notes,
  };
}

function katagiriLabOneOf(p: Patient) {
  return katagiriLaboratoryOneOf(katagiriLabValues(p));
}
