// Everything the screen shows, computed from the answers alone. Cheap enough to run on every tap.
import {
  areConsecutive,
  checkTes,
  formatLevels,
  gradeEscc,
  neuralLevel,
  scoreSins,
  sinsLocationDetail,
  type EsccResult,
  type NeuralLevel,
  type SinsFindings,
  type SinsLocationDetail,
  type SinsResult,
  type TesResult,
} from '../clinical';
import type { PatientProfile } from '../evidence/profile';
import type { Assessment } from '../storage/assessment';

export interface Derived {
  levelsText: string;
  levelsError: string | null;
  location: SinsLocationDetail | null;
  sinsFindings: SinsFindings;
  sins: SinsResult;
  escc: EsccResult;
  neural: NeuralLevel | null;
  tes: TesResult;
  profile: PatientProfile;
}

export function derive(a: Assessment): Derived {
  const consecutive = a.levels.length === 0 || areConsecutive(a.levels);
  const location = consecutive ? sinsLocationDetail(a.levels) : null;
  // Levels decide the location; the radio group is only asked when no level is entered.
  const sinsFindings: SinsFindings = { ...a.sins, ...(location ? { location: location.location } : {}) };
  if (!consecutive) delete sinsFindings.location;
  const sins = scoreSins(sinsFindings);
  const escc = gradeEscc(a.escc);
  const tes = checkTes({ ...a.tes, levels: a.levels });
  const profile: PatientProfile = {
    ...(a.patient.histology ? { histology: a.patient.histology } : {}),
    metastaticSites: [...(a.levels.length > 0 ? (['spine'] as const) : []), ...(a.patient.otherSites ?? [])],
    levels: a.levels,
    ...(sins.total !== null ? { sins: sins.total } : {}),
    ...(escc.status === 'graded' ? { escc: escc.grade } : {}),
    ...(a.tes.ecog !== undefined ? { ecogPre: a.tes.ecog } : {}),
    ...(a.tes.spinalLesionCount !== undefined ? { spinalLesionCount: a.tes.spinalLesionCount } : {}),
    ...(a.tes.otherOrganMetastases !== undefined ? { otherOrganMetastases: a.tes.otherOrganMetastases } : {}),
    ...(a.tes.systemicDiseaseStable !== undefined ? { systemicDiseaseStable: a.tes.systemicDiseaseStable } : {}),
    ...(a.patient.treatment ? { treatment: a.patient.treatment } : {}),
    ...(a.patient.ecogPost !== undefined ? { ecogPost: a.patient.ecogPost } : {}),
    ...(a.patient.age !== undefined ? { age: a.patient.age } : {}),
    ...(a.patient.sex ? { sex: a.patient.sex } : {}),
  };
  return {
    levelsText: formatLevels(a.levels),
    levelsError: consecutive ? null : `${formatLevels(a.levels)} are not consecutive: score one lesion at a time (SINS totals of separate lesions are never added).`,
    location,
    sinsFindings,
    sins,
    escc,
    neural: neuralLevel(a.levels),
    tes,
    profile,
  };
}

/** "SINS 13 — instability (13–18)" or "SINS 8–14 so far, 2 of 6 unanswered". */
export function sinsAnnouncement(s: SinsResult): string {
  const band = (c: string) =>
    c === 'stable' ? 'stable (0–6)' : c === 'indeterminate' ? 'indeterminate, possibly impending instability (7–12)' : 'instability (13–18)';
  if (s.total !== null) return `SINS ${s.total} — ${band(s.category as string)}`;
  const n = s.unanswered.length;
  const so = `SINS ${s.min}–${s.max} so far, ${n} of 6 unanswered`;
  return s.category ? `${so}: ${band(s.category)} whatever the rest` : so;
}

/** The one-line status of a lesion: "SINS 13 · ESCC 3 · TES met", or the open range. */
export function shortStatus(d: Derived): string {
  const sins = d.sins.total !== null ? `SINS ${d.sins.total}` : `SINS ${d.sins.min}–${d.sins.max}`;
  const escc = d.escc.status === 'graded' ? `ESCC ${d.escc.grade}` : 'ESCC –';
  const tes = d.tes.verdict === 'indicated' ? 'TES met' : d.tes.verdict === 'not-indicated' ? 'TES not met' : 'TES –';
  return `${sins} · ${escc} · ${tes}`;
}
