// Rules that tie a patient's facts to the lesions entered: counts derived once, findings kept
// to the levels they were entered for, and each lesion's TES findings.
import { consecutiveRuns, formatLevels, sortLevels, type Vertebra } from './levels';
import type { TesFindings } from './tes';
import { ECOG_UNSETTLED, scoredPatient, unsettledItems } from './status-checks';
import { ORGANS, type Assessment, type Lesion, type OrganFindings, type Patient } from './patient';

export function newLesionId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `l${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export const emptyLesion = (id: string = newLesionId()): Lesion => ({ id, levels: [], sins: {}, escc: {}, findingsLevels: [] });

// The first lesion's id is fixed so that the prerendered page and the app agree.
export const emptyAssessment = (): Assessment => ({ patient: {}, lesions: [emptyLesion('lesion-1')] });

const hasFindings = (l: Lesion) => Object.keys(l.sins).length > 0 || Object.keys(l.escc).length > 0;

export function isEmptyLesion(l: Lesion): boolean {
  return l.levels.length === 0 && !hasFindings(l);
}

export function isEmptyAssessment(a: Assessment): boolean {
  return Object.keys(a.patient).length === 0 && a.lesions.every(isEmptyLesion) && a.lesions.length <= 1;
}

/**
 * Findings entered for one site are never silently carried to another: when a lesion's levels
 * no longer overlap the levels its findings were entered for, the findings wait, visibly
 * marked, until the clinician confirms them for the new levels or clears them.
 */
export function findingsNeedConfirmation(l: Lesion): { enteredFor: string; now: string } | null {
  if (!hasFindings(l) || l.findingsLevels.length === 0 || l.levels.length === 0) return null;
  const before = new Set(l.findingsLevels);
  if (l.levels.some((v) => before.has(v))) return null;
  return { enteredFor: formatLevels(l.findingsLevels), now: formatLevels(l.levels) };
}

/**
 * The lesion with new levels. `findingsLevels` is the one place the rule lives, whatever the path
 * (typed, tapped, one level at a time): it holds levels every finding was entered or confirmed
 * for, and a change of levels never moves it. So T8 -> T8+L3 -> L3 waits for confirmation just as
 * typing "L3" does (it once followed each overlapping step and reached L3 unconfirmed).
 */
export function withLevels(l: Lesion, levels: readonly Vertebra[]): Lesion {
  const sorted = sortLevels(levels);
  // With no findings yet, or none tied to levels, the findings simply belong to the new levels.
  const adopt = !hasFindings(l) || l.findingsLevels.length === 0;
  return { ...l, levels: sorted, findingsLevels: adopt ? sorted : l.findingsLevels };
}

/**
 * Answering a finding for the levels on screen. Findings waiting for confirmation are confirmed
 * by it (the clinician answers with them in view, for these levels). Otherwise the new answer was
 * entered for these levels and the others for theirs: only the levels both share stay, so no
 * finding is later read for a level it was not entered for.
 */
export function withFindings(l: Lesion, change: Pick<Lesion, 'sins' | 'escc'>): Lesion {
  if (l.levels.length === 0) return { ...l, ...change };
  const now = new Set(l.levels);
  const shared = hasFindings(l) ? l.findingsLevels.filter((v) => now.has(v)) : [];
  return { ...l, ...change, findingsLevels: shared.length ? shared : l.levels };
}

export const confirmFindings = (l: Lesion): Lesion => ({ ...l, findingsLevels: l.levels });
export const clearFindings = (l: Lesion): Lesion => ({ ...l, sins: {}, escc: {}, findingsLevels: l.levels });

export interface OrganCount {
  /** Metastases in other organs, when every ticked organ has its count. */
  total: number | null;
  /** The least it can be: each ticked organ holds at least one. */
  min: number;
  organs: number;
  /** Unset when the question is unanswered. */
  answered: boolean;
}

/** The total is derived from the organs ticked, never typed twice. */
export function otherOrganCount(organs: OrganFindings | undefined): OrganCount {
  if (organs === undefined) return { total: null, min: 0, organs: 0, answered: false };
  let min = 0;
  let known = true;
  let n = 0;
  for (const o of ORGANS) {
    const entry = organs[o];
    if (!entry) continue;
    n += 1;
    if (entry.count === undefined) known = false;
    min += entry.count ?? 1;
  }
  return { total: known ? min : null, min, organs: n, answered: true };
}

export interface SpinalLesionCount {
  /** Lesions scored here plus those the clinician counted but did not score; null while unknown. */
  total: number | null;
  min: number;
}

export function spinalLesionCount(a: Pick<Assessment, 'lesions' | 'patient'>): SpinalLesionCount {
  // A lesion entered as separate runs of levels counts once per run.
  const scored = a.lesions.reduce((n, l) => n + Math.max(1, consecutiveRuns(l.levels).length), 0);
  const others = a.patient.otherSpinalLesions;
  return { total: others === undefined ? null : scored + others, min: scored + (others ?? 0) };
}

/** What the TES criteria read for one lesion of this patient. */
export function tesFindingsFor(entered: Patient, lesion: Lesion, lesions: readonly Lesion[]): TesFindings {
  // ECOG in an unconfirmed check against Karnofsky is not read (status-checks.ts).
  const patient = scoredPatient(entered);
  const unsettled = unsettledItems(entered).has('ecog') ? ECOG_UNSETTLED : null;
  const spinal = spinalLesionCount({ lesions: [...lesions], patient });
  const organs = otherOrganCount(patient.organs);
  return {
    ...(spinal.total !== null ? { spinalLesionCount: spinal.total } : spinal.min > 1 ? { spinalLesionCountAtLeast: spinal.min } : {}),
    levels: lesion.levels,
    ...(patient.ecog !== undefined ? { ecog: patient.ecog } : {}),
    ...(organs.total !== null ? { otherOrganMetastases: organs.total } : organs.min > 0 ? { otherOrganMetastasesAtLeast: organs.min } : {}),
    ...(patient.systemicDiseaseStable !== undefined ? { systemicDiseaseStable: patient.systemicDiseaseStable } : {}),
    ...(unsettled ? { ecogUnsettled: unsettled } : {}),
  };
}
