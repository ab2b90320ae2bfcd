// TES indication criteria of the Kanazawa group for metastatic leiomyosarcoma, as listed in
// seeds/000_e094713696bb6dae.txt, Methods, "Patients": solitary spinal metastasis; <= 3
// consecutive levels; ECOG PS <= 3; stable disease with no, or <= 3, metastases in other organs.
// A criterion whose answer is not yet known is "not assessed", never "met".
import { areConsecutive, consecutiveRuns, formatLevels, sortLevels, type Vertebra } from './levels';
import type { Ecog } from './performance';

export interface TesFindings {
  spinalLesionCount?: number;
  /** While the exact count is unknown: the least it can be (e.g. two lesions scored). */
  spinalLesionCountAtLeast?: number;
  levels?: readonly Vertebra[];
  ecog?: Ecog;
  otherOrganMetastases?: number;
  /** While some organ's count is missing: the least the total can be. */
  otherOrganMetastasesAtLeast?: number;
  systemicDiseaseStable?: boolean;
  /** ECOG entered but not to be read (it contradicts Karnofsky, unconfirmed): why, for the screen. */
  ecogUnsettled?: string;
}

export type TesCriterionId = 'solitary' | 'levels' | 'ecog' | 'other-metastases';
export type TesCriterionStatus = 'met' | 'not-met' | 'not-assessed';

export interface TesCriterion {
  id: TesCriterionId;
  title: string;
  status: TesCriterionStatus;
  reason: string;
}

export type TesVerdict = 'indicated' | 'not-indicated' | 'incomplete';

export interface TesResult {
  verdict: TesVerdict;
  criteria: TesCriterion[];
  /** Set when answers contradict each other; the verdict then stays "incomplete". */
  contradiction: string | null;
}

export const TES_MAX_LEVELS = 3;
export const TES_MAX_ECOG = 3;
export const TES_MAX_OTHER_METASTASES = 3;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function solitary(count: number | undefined, atLeast?: number): TesCriterion {
  const title = 'Solitary metastasis in the spine';
  if (count === undefined && atLeast !== undefined && atLeast > 1) {
    return { id: 'solitary', title, status: 'not-met', reason: `At least ${atLeast} spinal lesions: TES needs a solitary spinal metastasis.` };
  }
  if (count === undefined) return { id: 'solitary', title, status: 'not-assessed', reason: 'Number of spinal lesions not entered.' };
  if (!isCount(count) || count < 1) {
    return { id: 'solitary', title, status: 'not-assessed', reason: 'The number of spinal lesions must be a whole number of at least 1.' };
  }
  return count === 1
    ? { id: 'solitary', title, status: 'met', reason: 'One spinal lesion.' }
    : { id: 'solitary', title, status: 'not-met', reason: `${count} spinal lesions: TES needs a solitary spinal metastasis.` };
}

function levelsCriterion(levels: readonly Vertebra[] | undefined): TesCriterion {
  const title = `${TES_MAX_LEVELS} or fewer consecutive levels`;
  const sorted = levels ? sortLevels(levels) : [];
  if (sorted.length === 0) return { id: 'levels', title, status: 'not-assessed', reason: 'Levels not entered.' };
  const shown = formatLevels(sorted);
  if (!areConsecutive(sorted)) {
    const runs = consecutiveRuns(sorted).length;
    return {
      id: 'levels',
      title,
      status: 'not-met',
      reason: `${shown}: ${runs} separate runs of levels, not one consecutive lesion.`,
    };
  }
  const n = sorted.length;
  const count = `${n} level${n === 1 ? '' : 's'}`;
  return n <= TES_MAX_LEVELS
    ? { id: 'levels', title, status: 'met', reason: `${shown}: ${count}, consecutive.` }
    : { id: 'levels', title, status: 'not-met', reason: `${shown}: ${count}, more than ${TES_MAX_LEVELS}.` };
}

function ecogCriterion(ecog: number | undefined, unsettled?: string): TesCriterion {
  const title = `ECOG performance status ${TES_MAX_ECOG} or lower`;
  if (ecog === undefined) return { id: 'ecog', title, status: 'not-assessed', reason: unsettled ?? 'ECOG not entered.' };
  if (!isCount(ecog) || ecog > 5) {
    return { id: 'ecog', title, status: 'not-assessed', reason: 'ECOG must be a whole number from 0 to 5.' };
  }
  return ecog <= TES_MAX_ECOG
    ? { id: 'ecog', title, status: 'met', reason: `ECOG ${ecog}.` }
    : { id: 'ecog', title, status: 'not-met', reason: `ECOG ${ecog}: above ${TES_MAX_ECOG}, not operable for TES.` };
}

function otherMetastases(count: number | undefined, stable: boolean | undefined, atLeast?: number): TesCriterion {
  const title = `Stable disease, ${TES_MAX_OTHER_METASTASES} or fewer metastases in other organs`;
  const id = 'other-metastases';
  if (count === undefined && atLeast !== undefined && atLeast > TES_MAX_OTHER_METASTASES) {
    return { id, title, status: 'not-met', reason: `At least ${atLeast} metastases in other organs: more than ${TES_MAX_OTHER_METASTASES}.` };
  }
  if (count !== undefined && !isCount(count)) {
    return { id, title, status: 'not-assessed', reason: 'The number of other-organ metastases must be a whole number (0 or more).' };
  }
  if (count !== undefined && count > TES_MAX_OTHER_METASTASES) {
    return { id, title, status: 'not-met', reason: `${count} metastases in other organs: more than ${TES_MAX_OTHER_METASTASES}.` };
  }
  if (stable === false) return { id, title, status: 'not-met', reason: 'Systemic disease is not stable.' };
  if (count === undefined) {
    const reason = atLeast ? `At least ${atLeast} metastas${atLeast === 1 ? 'is' : 'es'} in other organs; enter the number in each organ ticked.` : 'Metastases in other organs not entered.';
    return { id, title, status: 'not-assessed', reason };
  }
  if (stable === undefined) {
    return { id, title, status: 'not-assessed', reason: `${count} other-organ metastases; whether the disease is stable is not entered.` };
  }
  return { id, title, status: 'met', reason: `${count === 0 ? 'No' : count} other-organ metastas${count === 1 ? 'is' : 'es'}, stable disease.` };
}

function findContradiction(findings: TesFindings): string | null {
  const { spinalLesionCount: count, levels } = findings;
  if (!isCount(count) || !levels || levels.length === 0) return null;
  const runs = consecutiveRuns(levels).length;
  if (count >= 1 && runs > count) {
    return `${count} spinal lesion${count === 1 ? '' : 's'} entered, but the levels ${formatLevels(levels)} form ${runs} separate lesions. Check the levels or the number of lesions.`;
  }
  return null;
}

/** Any criterion not met decides "not indicated" at once, even while others are unanswered. */
export function checkTes(findings: TesFindings): TesResult {
  const contradiction = findContradiction(findings);
  if (contradiction) {
    const criteria = [solitary(undefined), levelsCriterion(undefined), ecogCriterion(findings.ecog, findings.ecogUnsettled), otherMetastases(findings.otherOrganMetastases, findings.systemicDiseaseStable, findings.otherOrganMetastasesAtLeast)];
    for (const c of criteria.slice(0, 2)) Object.assign(c, { reason: contradiction });
    return { verdict: 'incomplete', criteria, contradiction };
  }
  const criteria = [
    solitary(findings.spinalLesionCount, findings.spinalLesionCountAtLeast),
    levelsCriterion(findings.levels),
    ecogCriterion(findings.ecog, findings.ecogUnsettled),
    otherMetastases(findings.otherOrganMetastases, findings.systemicDiseaseStable, findings.otherOrganMetastasesAtLeast),
  ];
  const verdict: TesVerdict = criteria.some((c) => c.status === 'not-met')
    ? 'not-indicated'
    : criteria.every((c) => c.status === 'met')
      ? 'indicated'
      : 'incomplete';
  return { verdict, criteria, contradiction: null };
}
