// Everything the screen shows, computed from the answers alone. Cheap enough to run on every tap.
import {
  albuminGPerDl,
  scoredPatient,
  areConsecutive,
  checkTes,
  findingsNeedConfirmation,
  formatLevels,
  gradeEscc,
  neuralLevel,
  otherOrganCount,
  scoreSins,
  sinsLocationDetail,
  spinalLesionCount,
  tesFindingsFor,
  type Assessment,
  type EsccResult,
  type Lesion,
  type NeuralLevel,
  type Patient,
  type OrganCount,
  type SinsFindings,
  type SinsLocationDetail,
  type SinsResult,
  type SpinalLesionCount,
  type TesResult,
} from '../clinical';
import type { PatientProfile, ProfileSite } from '../evidence';

export interface LesionDerived {
  lesion: Lesion;
  /** 1-based, as the screen names it: "Lesion 2". */
  n: number;
  /** "Lesion 2 · L3", or "Lesion 2" before levels are entered. */
  title: string;
  levelsText: string;
  levelsError: string | null;
  location: SinsLocationDetail | null;
  sinsFindings: SinsFindings;
  sins: SinsResult;
  escc: EsccResult;
  neural: NeuralLevel | null;
  /** Findings entered for other levels: no result until the clinician confirms or clears them. */
  pending: { enteredFor: string; now: string } | null;
}

export interface Derived {
  lesions: LesionDerived[];
  spinal: SpinalLesionCount;
  organs: OrganCount;
  tes: TesResult;
  profile: PatientProfile;
  /** The answers about the patient, as entered: the note and the TES panel word them. */
  patient: Patient;
}

// A lesion's derivation is kept while the lesion object is unchanged (answers are immutable),
// so a tap recomputes, and re-renders, only the lesion it changed.
const derived = new WeakMap<Lesion, LesionDerived>();

export function deriveLesion(lesion: Lesion, index: number): LesionDerived {
  const kept = derived.get(lesion);
  if (kept && kept.n === index + 1) return kept;
  const d = computeLesion(lesion, index);
  derived.set(lesion, d);
  return d;
}

function computeLesion(lesion: Lesion, index: number): LesionDerived {
  const consecutive = lesion.levels.length === 0 || areConsecutive(lesion.levels);
  const location = consecutive ? sinsLocationDetail(lesion.levels) : null;
  // Levels decide the location; the radio group is only asked when no level is entered.
  const sinsFindings: SinsFindings = { ...lesion.sins, ...(location ? { location: location.location } : {}) };
  if (!consecutive) delete sinsFindings.location;
  const levelsText = formatLevels(lesion.levels);
  return {
    lesion,
    n: index + 1,
    title: `Lesion ${index + 1}${levelsText ? ` · ${levelsText}` : ''}`,
    levelsText,
    levelsError: consecutive ? null : `${levelsText} are not consecutive: one lesion is one run of levels. Add a lesion for the other levels (SINS totals of separate lesions are never added).`,
    location,
    sinsFindings,
    sins: scoreSins(sinsFindings),
    escc: gradeEscc(lesion.escc),
    neural: neuralLevel(lesion.levels),
    pending: findingsNeedConfirmation(lesion),
  };
}

const PROFILE_ORGAN: Record<string, ProfileSite> = { lung: 'lung', liver: 'liver', brain: 'brain', peritoneum: 'peritoneum', 'lymph-node': 'lymph-node', adrenal: 'other', other: 'other' };

export function derive(a: Assessment): Derived {
  const lesions = a.lesions.map(deriveLesion);
  const first = lesions[0] as LesionDerived;
  const spinal = spinalLesionCount(a);
  const organs = otherOrganCount(a.patient.organs);
  const tes = checkTes(tesFindingsFor(a.patient, first.lesion, a.lesions));
  // Matching reads the status as scored: a contradicted or unconfirmed item is not a fact yet.
  const p = scoredPatient(a.patient);
  const sites = new Set<ProfileSite>(Object.keys(p.organs ?? {}).map((o) => PROFILE_ORGAN[o] as ProfileSite));
  const allLevels = a.lesions.flatMap((l) => l.levels);
  // Matching reads the first lesion's scores: the one a clinician enters first is the one in question.
  const scored = first.pending ? null : first;
  const profile: PatientProfile = {
    ...(p.histology ? { histology: p.histology } : {}),
    ...(p.primarySite ? { primarySite: p.primarySite } : {}),
    metastaticSites: [...(allLevels.length > 0 ? (['spine'] as const) : []), ...[...sites]],
    levels: first.lesion.levels,
    ...(scored && scored.sins.total !== null ? { sins: scored.sins.total } : {}),
    ...(scored && scored.escc.status === 'graded' ? { escc: scored.escc.grade } : {}),
    ...(p.ecog !== undefined ? { ecogPre: p.ecog } : {}),
    ...(p.frankel ? { frankel: p.frankel } : {}),
    ...(p.walking ? { walking: p.walking } : {}),
    ...(spinal.total !== null ? { spinalLesionCount: spinal.total } : {}),
    ...(organs.total !== null ? { otherOrganMetastases: organs.total } : {}),
    ...(p.systemicDiseaseStable !== undefined ? { systemicDiseaseStable: p.systemicDiseaseStable } : {}),
    ...(p.treatment ? { treatment: p.treatment } : {}),
    ...(p.ecogPost !== undefined ? { ecogPost: p.ecogPost } : {}),
    ...(p.age !== undefined ? { age: p.age } : {}),
    ...(p.sex ? { sex: p.sex } : {}),
    ...(p.albumin ? { albumin: albuminGPerDl(p.albumin) } : {}),
  };
  return { lesions, spinal, organs, tes, profile, patient: a.patient };
}

const sinsShort = (d: LesionDerived) =>
  d.pending ? 'SINS ?' : d.sins.total !== null ? `SINS ${d.sins.total}` : `SINS ${d.sins.min}–${d.sins.max}`;
const esccShort = (d: LesionDerived) => (d.pending ? 'ESCC ?' : d.escc.status === 'graded' ? `ESCC ${d.escc.grade}` : 'ESCC –');

/** One lesion at a glance: "T8 · SINS 12 · ESCC 2". */
export function lesionGlance(d: LesionDerived): string {
  return `${d.levelsText || `Lesion ${d.n}`} · ${sinsShort(d)} · ${esccShort(d)}`;
}

const RANK = ['stable', 'indeterminate', 'unstable'] as const;
const SINS_WORD = { stable: 'stable', indeterminate: 'indeterminate', unstable: 'instability' } as const;
const TIER = { low: [0, 'low grade'], intermediate: [1, '(debated)'], high: [2, 'high grade'] } as const;

/**
 * One lesion in the phone's sticky bar: "T12 · SINS 13 instability" over "ESCC 2 high grade",
 * and the more urgent of its SINS band and ESCC tier for the colour (a stable spine with
 * high-grade compression is not shown as stable).
 */
export function lesionBar(d: LesionDerived): { sins: string; escc: string; urgency: (typeof RANK)[number] | 'open' } {
  const name = d.levelsText || `Lesion ${d.n}`;
  if (d.pending) return { sins: `${name} · ${sinsShort(d)}`, escc: esccShort(d), urgency: 'open' };
  const band = d.sins.category;
  const e = d.escc;
  const tier = e.status === 'graded' ? TIER[e.tier] : null;
  const rank = Math.max(band ? RANK.indexOf(band) : -1, tier ? tier[0] : -1);
  return {
    sins: `${name} · ${sinsShort(d)}${band ? ` ${SINS_WORD[band]}` : ''}`,
    escc: tier && e.status === 'graded' ? `ESCC ${e.grade} ${tier[1]}` : e.status === 'contradiction' ? 'ESCC: answers conflict' : Object.keys(d.lesion.escc).length ? 'ESCC incomplete' : 'ESCC not assessed',
    urgency: rank < 0 ? 'open' : (RANK[rank] as (typeof RANK)[number]),
  };
}
