// Carries an assessment saved by an older release into today's model: one patient, one
// lesion, every answer kept. What cannot be carried is said in `notes`, never dropped silently.
import { AssessmentSchema, formatLevels, consecutiveRuns, type Assessment, type EcogNow, type Organ, type OrganFindings } from '../clinical';
import type { Result } from '../clinical';
import { V2AssessmentSchema, type V2Assessment } from './legacy/v2-assessment';

const V2_ORGANS: Record<string, Organ> = { lung: 'lung', liver: 'liver', peritoneum: 'peritoneum', 'lymph-node': 'lymph-node', brain: 'brain', other: 'other' };

function organsFrom(v2: V2Assessment, notes: string[]): OrganFindings | undefined {
  const count = v2.tes.otherOrganMetastases;
  const sites = (v2.patient.otherSites ?? []).filter((s) => s !== 'spine').map((s) => V2_ORGANS[s] as Organ);
  if (count === undefined && sites.length === 0) return undefined;
  if (count === 0 && sites.length === 0) return {};
  const organs: OrganFindings = {};
  for (const o of sites) organs[o] = {};
  if (count === undefined) return organs;
  if (sites.length === 1) organs[sites[0] as Organ] = { count };
  else if (sites.length === 0) {
    organs.other = { count };
    notes.push(`${count} metastases in other organs were entered before the update without their organs: they are listed under “Other organ”. Tick the organs they are in.`);
  } else {
    notes.push(`${count} metastases in other organs were entered before the update as one number: enter the number in each organ ticked.`);
  }
  if (count === 0 && sites.length > 0) {
    notes.push(`Before the update, 0 other-organ metastases was entered with ${sites.join(', ')} ticked: check the organs.`);
  }
  return organs;
}

/** An older (v2) assessment as today's model. */
export function fromV2(v2: V2Assessment, lesionId = 'lesion-1'): Assessment {
  const notes: string[] = [];
  const { tes, patient: p } = v2;
  const organs = organsFrom(v2, notes);
  const runs = Math.max(1, consecutiveRuns(v2.levels).length);
  const patient: Assessment['patient'] = {
    ...(p.histology ? { histology: p.histology } : {}),
    ...(p.age !== undefined ? { age: p.age } : {}),
    ...(p.sex ? { sex: p.sex } : {}),
    ...(tes.ecog !== undefined && tes.ecog <= 4 ? { ecog: tes.ecog as EcogNow } : {}),
    ...(organs !== undefined ? { organs } : {}),
    ...(tes.spinalLesionCount !== undefined && tes.spinalLesionCount >= runs ? { otherSpinalLesions: tes.spinalLesionCount - runs } : {}),
    ...(tes.systemicDiseaseStable !== undefined ? { systemicDiseaseStable: tes.systemicDiseaseStable } : {}),
    ...(p.treatment ? { treatment: p.treatment } : {}),
    ...(p.ecogPost !== undefined ? { ecogPost: p.ecogPost } : {}),
  };
  if (tes.ecog === 5) notes.push('ECOG 5 was entered before the update; it is not a status before treatment and was not carried: enter the ECOG now.');
  if (tes.spinalLesionCount !== undefined && tes.spinalLesionCount < runs) {
    notes.push(`Before the update, ${tes.spinalLesionCount} spinal lesion(s) were entered with levels ${formatLevels(v2.levels)}: check the number of spinal lesions.`);
  }
  const lesion = { id: lesionId, levels: [...v2.levels], sins: { ...v2.sins }, escc: { ...v2.escc }, findingsLevels: [...v2.levels] };
  return { patient, lesions: [lesion], ...(notes.length ? { notes } : {}) };
}

/** Reads a stored assessment of any version this app has written. */
export function readAnyAssessment(data: unknown): Result<Assessment> {
  const now = AssessmentSchema.safeParse(data);
  if (now.success) return { ok: true, value: now.data };
  const old = V2AssessmentSchema.safeParse(data);
  if (old.success) return { ok: true, value: fromV2(old.data) };
  return { ok: false, error: now.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'assessment'}: ${i.message}`).join('; ') };
}
