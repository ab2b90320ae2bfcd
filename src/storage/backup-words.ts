// A refused backup said in clinical words: which case (1-based, its label and date), which
// answer ("lesion 1, levels"), what was expected (the whole list of options, never zod's raw
// text cut mid-list), and what the file has. Nothing from the file is echoed raw (quoteOutside).
import { ESCC_FINDING_NAMES, HISTOLOGY_NAMES, ORGAN_NAMES, SINS_LABELS, VERTEBRAE } from '../clinical';
import { quoteOutside } from './messages';

export type Issue = { path: PropertyKey[]; message: string; code?: string; keys?: string[]; values?: unknown[]; expected?: string; origin?: string; minimum?: unknown; maximum?: unknown; format?: string };

const PATIENT: Record<string, string> = {
  histology: 'primary tumour',
  primarySite: 'primary site',
  age: 'age',
  sex: 'sex',
  ecog: 'ECOG performance status',
  kps: 'Karnofsky performance status',
  frankel: 'Frankel grade',
  walking: 'walking',
  organs: 'metastases in other organs',
  extraspinalBoneMetastases: 'bone metastases outside the spine',
  otherSpinalLesions: 'other spinal metastases',
  systemicDiseaseStable: 'systemic disease stable',
  fitForSurgery: 'fit for surgery',
  albumin: 'serum albumin',
  treatment: 'treatment',
  ecogPost: 'ECOG after treatment',
  choices: 'scoring choices',
};
const RECORD: Record<string, string> = { id: 'case id', label: 'label', createdAt: 'date saved', updatedAt: 'date changed', deletedAt: 'date deleted', assessment: 'answers' };
const words = (key: string) => quoteOutside(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
const isKey = (k: PropertyKey | undefined): k is string => typeof k === 'string';

/** "lesion 1, SINS pain", "age", "note 2": a path inside a case, in the form's words. */
export function fieldWords(path: readonly PropertyKey[]): string {
  const [head, a, b, c] = path;
  if (head !== 'assessment') return isKey(head) ? (RECORD[head] ?? words(head)) : 'the case';
  if (a === 'patient') {
    if (!isKey(b)) return 'the patient’s answers';
    if (b === 'organs' && isKey(c)) return `metastases in other organs, ${ORGAN_NAMES[c as keyof typeof ORGAN_NAMES]?.toLowerCase() ?? words(c)}`;
    return PATIENT[b] ?? words(b);
  }
  if (a === 'lesions') {
    if (typeof b !== 'number') return 'the lesions';
    const lesion = `lesion ${b + 1}`;
    if (c === 'levels') return `${lesion}, levels`;
    if (c === 'findingsLevels') return `${lesion}, levels the findings were read at`;
    const d = path[4];
    if (c === 'sins') return isKey(d) ? `${lesion}, SINS ${(SINS_LABELS[d as keyof typeof SINS_LABELS]?.title ?? words(d)).toLowerCase()}` : `${lesion}, SINS answers`;
    if (c === 'escc') return isKey(d) ? `${lesion}, ESCC ${ESCC_FINDING_NAMES[d as keyof typeof ESCC_FINDING_NAMES] ?? words(d)}` : `${lesion}, ESCC answers`;
    return isKey(c) ? `${lesion}, ${words(c)}` : lesion;
  }
  if (a === 'notes') return typeof b === 'number' ? `note ${b + 1}` : 'notes';
  return isKey(a) ? words(a) : 'the answers';
}

const list = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);

/** The options a field takes, every one of them, in the form's words. */
function optionWords(values: readonly unknown[], path: readonly PropertyKey[]): string {
  if (values.every((v) => typeof v === 'string' && (VERTEBRAE as readonly string[]).includes(v))) return 'a spinal level from C1 to the sacrum (for example T12)';
  const last = path[path.length - 1];
  const sins = path.includes('sins') && isKey(last) ? SINS_LABELS[last as keyof typeof SINS_LABELS] : undefined;
  if (sins) return `one of: ${list(values.map((v) => `“${(sins.options as Record<string, string>)[String(v)] ?? String(v)}”`))}`;
  if (last === 'histology') return `one of: ${list(values.map((v) => `“${HISTOLOGY_NAMES[v as keyof typeof HISTOLOGY_NAMES] ?? String(v)}”`))}`;
  return `one of ${list(values.map((v) => (typeof v === 'string' ? `“${v}”` : String(v))))}`;
}

const TYPES: Record<string, string> = { number: 'a number', int: 'a whole number', boolean: 'yes or no', string: 'text', array: 'a list', object: 'a set of answers' };

/** What the field expects, in words. */
export function expectedWords(i: Issue, path: readonly PropertyKey[]): string {
  switch (i.code) {
    case 'invalid_value':
      return optionWords(i.values ?? [], path);
    case 'invalid_type':
      return TYPES[i.expected ?? ''] ?? 'another kind of value';
    case 'too_big':
      return i.origin === 'array' ? `at most ${String(i.maximum)}` : i.origin === 'string' ? `at most ${String(i.maximum)} characters` : `at most ${String(i.maximum)}`;
    case 'too_small':
      return i.origin === 'array' ? `at least ${String(i.minimum)}` : i.origin === 'string' ? (i.minimum === 1 ? 'some text' : `at least ${String(i.minimum)} characters`) : `at least ${String(i.minimum)}`;
    case 'invalid_format':
      return i.format === 'datetime' ? 'a date and time as the app writes it (for example 2026-11-01T10:00:00.000Z)' : path[0] === 'id' ? 'a case id of 8 to 64 letters, digits, “-” or “_”' : 'another form';
    default:
      return quoteOutside(i.message, 120);
  }
}

/** What the file has at `path`, shortly: “T13”, 130, missing, a list. */
export function foundWords(raw: unknown, path: readonly PropertyKey[]): string {
  let v: unknown = raw;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return `“${quoteOutside(v, 20)}”`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v === null ? 'nothing' : Array.isArray(v) ? 'a list' : 'a set of values';
}

/** "Case 2 (“T12 lytic”, changed 2026-11-01)": the case as the clinician knows it. */
export function caseWords(raw: unknown, index: number): string {
  const r = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const label = typeof r.label === 'string' && r.label.trim() ? `“${quoteOutside(r.label.trim())}”` : 'no label';
  const when = typeof r.updatedAt === 'string' && !Number.isNaN(Date.parse(r.updatedAt)) ? `, changed ${new Date(r.updatedAt).toISOString().slice(0, 10)}` : '';
  return `Case ${index + 1} (${label}${when})`;
}

/** One problem of one case, whole: "lesion 1, levels: expected a spinal level …; the file has “T13”". */
export function issueWords(i: Issue, raw: unknown, prefix: readonly PropertyKey[] = []): string {
  const path = [...prefix, ...i.path];
  const where = fieldWords(path);
  if (i.code === 'unrecognized_keys' && i.keys) {
    const keys = i.keys.slice(0, 3).map((k) => `“${quoteOutside(k)}”`);
    return `${where}: ${keys.length === 1 ? 'a field' : 'fields'} this version does not know (${keys.join(', ')}${i.keys.length > 3 ? ', …' : ''})`;
  }
  if (i.code === 'custom') return `${where}: ${quoteOutside(i.message, 120)}`;
  return `${where}: expected ${expectedWords(i, path)}; the file has ${foundWords(raw, path)}`;
}
