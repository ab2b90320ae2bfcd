// Each score's input from the patient and lesions already entered: nothing is asked twice, and
// where no source settles a mapping the result says so (a range, and a choice for the clinician).
import { albuminGPerDl, type EcogNow, type Histology, type Kps, type Lesion, type OrganFindings, type Patient, type PrognosisChoices } from '../patient';
import { spinalLesionCount } from '../lesions';
import { KPS_AS_ECOG, scoredPatient, type StatusItem } from '../status-checks';
import { KPS_ECOG_SOURCE, unsettledReason } from '../status-messages';
import { ECOG_NOW, KPS_VALUES, ORGANS } from '../patient';
import { scoreTokuhashi, tokuhashiKpsPoints, type TokuhashiFindings, type TokuhashiOrganStatus, type TokuhashiPrimarySite, type TokuhashiResult } from './tokuhashi';
import { scoreTomita, type TomitaFindings, type TomitaGrowth, type TomitaResult, type TomitaVisceral } from './tomita';
import { scoreModifiedBauer, type BauerFindings, type BauerPrimary, type BauerResult } from './bauer';
import { scoreNesms, type NesmsFindings, type NesmsResult } from './nesms';
import { radiosensitivityOf, type Radiosensitivity } from './noms';
import { newScoresFor, type NewScoresFor } from './from-patient-katagiri';

export type PrognosticScore = 'tokuhashi' | 'tomita' | 'bauer' | 'nesms';

/** A mapping no source settles: the clinician chooses, and the screen says why. */
export type ChoiceNeeded =
  | { key: 'tokuhashiLmsAsUterus'; score: 'tokuhashi'; reason: string }
  | { key: 'tomitaGrowth'; score: 'tomita'; reason: string };

/** An item left open for a reason the screen shows (no choice can close it here). */
export interface Unresolved {
  score: PrognosticScore;
  item: string;
  reason: string;
}

const SARCOMAS: ReadonlySet<Histology> = new Set(['leiomyosarcoma', 'other-sarcoma']);

// Histology -> Tokuhashi primary site (revised 2005 table). Sites not named by Tokuhashi fall
// under "others" (2): colorectal (the table names rectum only), melanoma, myeloma, lymphoma.
const TOKUHASHI_SITE: Partial<Record<Histology, TokuhashiPrimarySite>> = {
  breast: 'breast', prostate: 'prostate', 'lung-nsclc': 'lung', 'lung-sclc': 'lung', kidney: 'kidney',
  thyroid: 'thyroid', colorectal: 'other', rectum: 'rectum', liver: 'liver', stomach: 'stomach',
  oesophagus: 'oesophagus', pancreas: 'pancreas', bladder: 'bladder', uterus: 'uterus',
  melanoma: 'other', myeloma: 'other', lymphoma: 'other', 'unknown-primary': 'unidentified',
};

// Histology -> Tomita growth group. Tomita 2001 (Fig. 1) gives examples, not a list: slow growth
// breast, thyroid, prostate; moderate kidney, uterus; rapid lung, stomach and unknown primary
// are the ones confirmed here. Any other histology's group is the clinician's choice.
export const TOMITA_GROWTH: Partial<Record<Histology, TomitaGrowth>> = {
  breast: 'slow', thyroid: 'slow', prostate: 'slow', kidney: 'moderate', uterus: 'moderate',
  'lung-nsclc': 'rapid', 'lung-sclc': 'rapid', stomach: 'rapid', 'unknown-primary': 'rapid',
};

// Histology -> modified Bauer primary (Leithner 2008): lung loses "not lung"; breast, kidney,
// lymphoma and myeloma gain the favourable-primary point; an unknown primary may be lung, so it
// stays open.
const BAUER_PRIMARY: Partial<Record<Histology, BauerPrimary>> = {
  'lung-nsclc': 'lung', 'lung-sclc': 'lung', breast: 'breast', kidney: 'kidney', lymphoma: 'lymphoma', myeloma: 'myeloma',
};

export interface OrganStatus {
  /** Organs other than lymph nodes that hold metastases; undefined while not answered. */
  visceral: boolean | undefined;
  /** none / removable / unremovable, or the statuses still possible. */
  statuses: readonly ('none' | 'removable' | 'unremovable')[];
}

/**
 * Judgement call, documented: distant lymph nodes are not "major internal organs" (Tokuhashi
 * names lungs, liver, kidneys and brain) nor visceral metastases; every other organ ticked
 * counts. Any unremovable organ makes the whole unremovable; removable only when every organ is.
 */
export function organStatus(organs: OrganFindings | undefined): OrganStatus {
  if (organs === undefined) return { visceral: undefined, statuses: ['none', 'removable', 'unremovable'] };
  const entries = ORGANS.filter((o) => o !== 'lymph-node' && organs[o] !== undefined).map((o) => organs[o]!);
  if (entries.length === 0) return { visceral: false, statuses: ['none'] };
  if (entries.some((e) => e.removable === false)) return { visceral: true, statuses: ['unremovable'] };
  if (entries.every((e) => e.removable === true)) return { visceral: true, statuses: ['removable'] };
  return { visceral: true, statuses: ['removable', 'unremovable'] };
}

/** Vertebrae involved: exact when every lesion has its levels and no unscored lesion is left. */
export function vertebraeInvolved(patient: Patient, lesions: readonly Lesion[]): { exact: number | null; atLeast: number } {
  const counted = lesions.reduce((n, l) => n + Math.max(1, l.levels.length), 0);
  const others = patient.otherSpinalLesions;
  const atLeast = Math.max(1, counted + (others ?? 0));
  const exact = others === 0 && lesions.length > 0 && lesions.every((l) => l.levels.length > 0) ? counted : null;
  return { exact, atLeast };
}

const asOneOf = <T extends string>(s: readonly T[]) => (s.length === 1 ? { value: s[0] as T } : { oneOf: s });

// ECOG -> Karnofsky: the Karnofsky values the published conversions read in status-checks.ts
// (Ma 2010, Eur J Cancer; Prasad 2018, World J Clin Oncol) give for each grade, so the suggestion
// here and the ECOG-Karnofsky check never use two correspondences. A suggestion only: never
// applied to a score without the clinician.
export const ECOG_TO_KPS: Record<EcogNow, { min: Kps; max: Kps }> = Object.fromEntries(
  ECOG_NOW.map((g) => {
    const kps = KPS_VALUES.filter((k) => KPS_AS_ECOG[k].includes(g));
    return [g, { min: Math.min(...kps) as Kps, max: Math.max(...kps) as Kps }];
  }),
) as Record<EcogNow, { min: Kps; max: Kps }>;
export const ECOG_TO_KPS_SOURCE = `Published ECOG–Karnofsky conversions (${KPS_ECOG_SOURCE}); the scales agree only loosely`;

export interface KpsSuggestion {
  ecog: EcogNow;
  kps: { min: Kps; max: Kps };
  /** The Tokuhashi points those Karnofsky values would give. */
  tokuhashiPoints: { min: number; max: number };
  source: string;
}

export function suggestKpsFromEcog(ecog: EcogNow): KpsSuggestion {
  const kps = ECOG_TO_KPS[ecog];
  const a = tokuhashiKpsPoints(kps.min);
  const b = tokuhashiKpsPoints(kps.max);
  return { ecog, kps, tokuhashiPoints: { min: Math.min(a, b), max: Math.max(a, b) }, source: ECOG_TO_KPS_SOURCE };
}

export interface PrognosisFor extends NewScoresFor {
  tokuhashi: { input: TokuhashiFindings; result: TokuhashiResult };
  tomita: { input: TomitaFindings; result: TomitaResult };
  bauer: { input: BauerFindings; result: BauerResult };
  nesms: { input: NesmsFindings; result: NesmsResult };
  needsChoice: ChoiceNeeded[];
  unresolved: Unresolved[];
  radiosensitivity: { value: Radiosensitivity | null; reason: string | null };
  /** Offered when Karnofsky is not entered but ECOG is; never applied silently. */
  kpsSuggestion: KpsSuggestion | null;
  choices: PrognosisChoices;
}

function tokuhashiSite(p: Patient, needs: ChoiceNeeded[], open: Unresolved[]): Pick<TokuhashiFindings, 'primarySite' | 'primarySiteOneOf'> {
  const h = p.histology;
  if (h === undefined) return {};
  if (h === 'leiomyosarcoma') {
    const choice = p.choices?.tokuhashiLmsAsUterus;
    if (choice === false || (p.primarySite !== undefined && p.primarySite !== 'uterus')) return { primarySite: 'other' };
    if (p.primarySite === 'uterus') {
      if (choice === true) return { primarySite: 'uterus' };
      needs.push({ key: 'tokuhashiLmsAsUterus', score: 'tokuhashi', reason: 'Tokuhashi does not name leiomyosarcoma: it falls under “others” (2), and whether a uterine leiomyosarcoma counts as “uterus” (3) is settled by no source.' });
      return { primarySiteOneOf: ['other', 'uterus'] };
    }
    open.push({ score: 'tokuhashi', item: 'primarySite', reason: 'Where the leiomyosarcoma arose is not entered: a uterine primary may count as “uterus” (3), any other as “others” (2).' });
    return { primarySiteOneOf: ['other', 'uterus'] };
  }
  if (h === 'other-sarcoma') {
    open.push({ score: 'tokuhashi', item: 'primarySite', reason: 'Tokuhashi scores osteosarcoma 0 and other sarcomas as “others” (2); the histology entered does not say which.' });
    return { primarySiteOneOf: ['osteosarcoma', 'other'] };
  }
  if (h === 'other') {
    open.push({ score: 'tokuhashi', item: 'primarySite', reason: 'Tokuhashi names gallbladder (1), carcinoid (5) and osteosarcoma (0), which the histology list lacks; “Other” does not say which site it is.' });
    return {};
  }
  return { primarySite: TOKUHASHI_SITE[h] as TokuhashiPrimarySite };
}

function tomitaGrowth(p: Patient, needs: ChoiceNeeded[]): TomitaGrowth | undefined {
  const h = p.histology;
  if (h === undefined) return undefined;
  const known = TOMITA_GROWTH[h];
  if (known) return known;
  const chosen = p.choices?.tomitaGrowth;
  if (chosen === undefined) {
    needs.push({
      key: 'tomitaGrowth',
      score: 'tomita',
      reason: SARCOMAS.has(h)
        ? 'No source fixes a sarcoma’s growth group: choose slow, moderate or rapid.'
        : 'Tomita gives examples for each growth group (slow: breast, thyroid, prostate; moderate: kidney, uterus; rapid: lung, stomach, unknown primary); this histology is not among those confirmed here.',
    });
  }
  return chosen;
}

// Score items that read a status answer in a contradiction or an unconfirmed check (status-checks.ts).
const STATUS_ITEMS: ReadonlyArray<[StatusItem, PrognosticScore, string]> = [['kps', 'tokuhashi', 'generalCondition'], ['frankel', 'tokuhashi', 'palsy'], ['walking', 'nesms', 'ambulatory']];

/** Every prognostic score for this patient, with its inputs and what the clinician still has to settle. */
export function prognosisFor(entered: Patient, lesions: readonly Lesion[]): PrognosisFor {
  const needsChoice: ChoiceNeeded[] = [];
  const unresolved: Unresolved[] = [];
  // A contradicted item is read as not answered: its score shows the range, never a number built on it.
  const patient = scoredPatient(entered);
  for (const [item, score, name] of STATUS_ITEMS) {
    const reason = unsettledReason(item, entered);
    if (reason) unresolved.push({ score, item: name, reason });
  }
  const organs = organStatus(patient.organs);
  const vertebrae = vertebraeInvolved(patient, lesions);
  const spinal = spinalLesionCount({ lesions: [...lesions], patient });
  const extra = patient.extraspinalBoneMetastases;
  // Solitary only when one spinal lesion and no bone metastasis elsewhere are certain.
  const solitary = spinal.total === 1 && extra === 0 ? true : spinal.min >= 2 || (extra ?? 0) >= 1 ? false : undefined;

  const organSet = asOneOf(organs.statuses);
  const tokuhashiIn: TokuhashiFindings = {
    ...(patient.kps !== undefined ? { kps: patient.kps } : {}),
    ...(extra !== undefined ? { extraspinalBoneMetastases: extra } : {}),
    ...(vertebrae.exact !== null ? { vertebralBodyMetastases: vertebrae.exact } : { vertebralBodyMetastasesAtLeast: vertebrae.atLeast }),
    ...(patient.organs === undefined ? {} : 'value' in organSet ? { majorOrganMetastases: organSet.value as TokuhashiOrganStatus } : { majorOrganMetastasesOneOf: organSet.oneOf }),
    ...tokuhashiSite(patient, needsChoice, unresolved),
    ...(patient.frankel !== undefined ? { frankel: patient.frankel } : {}),
  };
  const visceralMap: Record<string, TomitaVisceral> = { none: 'none', removable: 'treatable', unremovable: 'untreatable' };
  const visceral = organs.statuses.map((s) => visceralMap[s] as TomitaVisceral);
  const growth = tomitaGrowth(patient, needsChoice);
  const tomitaIn: TomitaFindings = {
    ...(growth !== undefined ? { growth } : {}),
    ...(patient.organs === undefined ? {} : visceral.length === 1 ? { visceral: visceral[0] as TomitaVisceral } : { visceralOneOf: visceral }),
    ...(solitary !== undefined ? { bone: solitary ? 'solitary' : 'multiple' } : {}),
  };
  const bauerPrimary = patient.histology === undefined || patient.histology === 'unknown-primary' ? undefined : (BAUER_PRIMARY[patient.histology] ?? 'other');
  if (patient.histology === 'unknown-primary') unresolved.push({ score: 'bauer', item: 'primary', reason: 'With an unknown primary, whether it is lung cancer (and whether it is breast, kidney, lymphoma or myeloma) is not known.' });
  const bauerIn: BauerFindings = {
    ...(organs.visceral !== undefined ? { visceralMetastases: organs.visceral } : {}),
    ...(bauerPrimary !== undefined ? { primary: bauerPrimary } : {}),
    ...(solitary !== undefined ? { solitarySkeletalMetastasis: solitary } : {}),
  };
  const bauer = scoreModifiedBauer(bauerIn);
  const nesmsIn: NesmsFindings = {
    modifiedBauer: bauer.total ?? { min: bauer.min, max: bauer.max },
    ...(patient.walking !== undefined ? { ambulatory: patient.walking === 'independent' } : {}),
    ...(patient.albumin !== undefined ? { albuminGPerDl: albuminGPerDl(patient.albumin) } : {}),
  };
  return {
    tokuhashi: { input: tokuhashiIn, result: scoreTokuhashi(tokuhashiIn) },
    tomita: { input: tomitaIn, result: scoreTomita(tomitaIn) },
    bauer: { input: bauerIn, result: bauer },
    nesms: { input: nesmsIn, result: scoreNesms(nesmsIn) },
    needsChoice,
    unresolved,
    radiosensitivity: radiosensitivityOf(patient.histology),
    kpsSuggestion: patient.kps === undefined && patient.ecog !== undefined ? suggestKpsFromEcog(patient.ecog) : null,
    choices: patient.choices ?? {},
    ...newScoresFor(patient, solitary, organs.visceral),
  };
}
