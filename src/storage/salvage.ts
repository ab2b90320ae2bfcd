// A stored draft that no longer reads whole is not dropped: every answer that still validates
// is kept, and what was set aside is named so the clinician can enter it again.
import { AssessmentSchema, LesionSchema, PatientSchema, emptyAssessment, emptyLesion, type Assessment, type Lesion, type Patient } from '../clinical';
import { readAnyAssessment } from './migrate';

export interface Salvaged {
  assessment: Assessment;
  /** Plain names of the answers set aside; empty when everything read. */
  setAside: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SAFE_KEY = /^[A-Za-z][A-Za-z0-9]{0,40}$/;
const named = (path: string) => path.replace(/[^\w.: -]/g, '').slice(0, 60);

/** Keeps each field of `value` that `check` accepts on its own. */
function keepFields(value: Record<string, unknown>, check: (o: Record<string, unknown>) => boolean, where: string, setAside: string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!SAFE_KEY.test(k)) {
      setAside.push(named(`${where} field`));
      continue;
    }
    if (check({ ...kept, [k]: v })) kept[k] = v;
    else setAside.push(named(`${where}: ${k}`));
  }
  return kept;
}

function salvageLesion(raw: unknown, i: number, setAside: string[]): Lesion | null {
  const whole = LesionSchema.safeParse(raw);
  if (whole.success) return whole.data;
  if (!isObject(raw)) {
    setAside.push(`lesion ${i + 1}`);
    return null;
  }
  const base = emptyLesion(typeof raw.id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(raw.id) ? raw.id : `lesion-${i + 1}`);
  const levels = LesionSchema.shape.levels.safeParse(raw.levels);
  if (!levels.success && raw.levels !== undefined) setAside.push(`lesion ${i + 1}: levels`);
  const findingsLevels = LesionSchema.shape.findingsLevels.safeParse(raw.findingsLevels);
  const part = (key: 'sins' | 'escc') => {
    const v = raw[key];
    if (!isObject(v)) return {};
    return keepFields(v, (o) => LesionSchema.shape[key].safeParse(o).success, `lesion ${i + 1} ${key.toUpperCase()}`, setAside);
  };
  const lesion = {
    ...base,
    levels: levels.success ? levels.data : [],
    findingsLevels: findingsLevels.success ? findingsLevels.data : levels.success ? levels.data : [],
    sins: part('sins'),
    escc: part('escc'),
  };
  return LesionSchema.safeParse(lesion).success ? (lesion as Lesion) : null;
}

/** Reads a stored draft of any version; keeps what validates, names what does not. */
export function salvageAssessment(raw: unknown): Salvaged {
  const any = readAnyAssessment(raw);
  if (any.ok) return { assessment: any.value, setAside: [] };
  const setAside: string[] = [];
  if (!isObject(raw)) return { assessment: emptyAssessment(), setAside: ['the whole saved draft'] };
  const patient = isObject(raw.patient) ? (keepFields(raw.patient, (o) => PatientSchema.safeParse(o).success, 'patient', setAside) as Patient) : {};
  const lesions = Array.isArray(raw.lesions)
    ? raw.lesions.slice(0, 29).map((l, i) => salvageLesion(l, i, setAside)).filter((l): l is Lesion => l !== null)
    : [];
  const ids = new Set<string>();
  const unique = lesions.filter((l) => !ids.has(l.id) && ids.add(l.id));
  const assessment = { patient, lesions: unique.length ? unique : [emptyLesion('lesion-1')] };
  if (!Array.isArray(raw.lesions)) setAside.push('the lesions (not in a form this version reads)');
  return AssessmentSchema.safeParse(assessment).success ? { assessment, setAside } : { assessment: emptyAssessment(), setAside: ['the whole saved draft'] };
}
