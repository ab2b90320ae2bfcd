// Reading a backup file: only what the app itself could have written is taken in. Levels are
// put in order without repeats; hidden or direction-changing characters are refused; cases
// marked deleted are left out and counted. Messages never echo long or invisible text.
import '../zod-config';
import * as z from 'zod/mini';
import { sortLevels, type Assessment, type Result } from '../clinical';
import { CaseIdSchema, CaseRecordSchema, LABEL_MAX, MAX_CASES } from './cases';
import type { CaseRecord } from './db';
import { readAnyAssessment } from './migrate';
import { AssessmentSchema } from './assessment';
import { HIDDEN_CHARS, quoteOutside, sizeMessage } from './messages';
import { caseWords, expectedWords, foundWords, issueWords, type Issue } from './backup-words';

export const BACKUP_FORMAT = 'spine-metastasis-calculator/backup';
/** 2: assessments with a patient and lesions. 1: one flat form (releases up to 0.1.0). */
export const BACKUP_VERSION = 2;
/** One file's size; export splits into parts below it (see backup.ts). */
export const BACKUP_MAX_BYTES = 32 * 1024 * 1024;

export interface ReadBackup {
  version: 1 | 2;
  cases: CaseRecord[];
  /** Cases the file marked deleted: not imported. */
  leftOutDeleted: number;
  part?: { n: number; of: number };
}

const NOTHING = 'Nothing was imported.';
const fail = (text: string): Result<ReadBackup> => ({ ok: false, error: `${text} ${NOTHING}` });

const EnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal([1, 2]),
  exportedAt: z.iso.datetime(),
  appBuild: z.string().check(z.maxLength(100)),
  part: z.optional(z.strictObject({ n: z.int().check(z.minimum(1)), of: z.int().check(z.minimum(1), z.maximum(MAX_CASES)) })),
  cases: z.array(z.unknown()).check(z.maxLength(MAX_CASES)),
});

// The record around the assessment; the assessment is read by version below.
const RecordSchema = z.strictObject({
  id: CaseIdSchema,
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(LABEL_MAX)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.nullable(z.iso.datetime()),
  assessment: z.unknown(),
});

const ENVELOPE: Record<string, string> = { format: 'format', version: 'backup version', exportedAt: 'date of export', appBuild: 'app version', cases: 'cases' };

/** One problem of the file around the cases (format, version, parts), in words. */
function describeIssue(i: Issue, data: unknown): string {
  if (i.path[0] === 'part' && (i.path[1] === 'n' || i.path[1] === 'of')) {
    const range = i.path[1] === 'n' ? 'from 1 to the number of parts' : `from 1 to ${MAX_CASES.toLocaleString('en')}`;
    return `${i.path[1] === 'n' ? 'part number' : 'number of parts'}: expected a whole number ${range}; the file has ${foundWords(data, i.path)}`;
  }
  if (i.code === 'unrecognized_keys' && i.keys) return `${i.path.length ? 'a part' : 'the file'} has ${i.keys.length === 1 ? 'a field' : 'fields'} this version does not know (${i.keys.slice(0, 3).map((k) => `“${quoteOutside(k)}”`).join(', ')})`;
  if (i.path[0] === 'cases' && i.code === 'too_big') return `it holds more than ${MAX_CASES.toLocaleString('en')} cases, more than one device keeps`;
  const key = String(i.path[0] ?? '');
  const where = ENVELOPE[key] ?? (quoteOutside(i.path.map(String).join('.')) || 'file');
  return `${where}: expected ${expectedWords(i, i.path)}; the file has ${foundWords(data, i.path)}`;
}

function problems(list: string[]): string {
  const n = list.length;
  return `The backup has ${n === 1 ? 'a problem' : 'problems'}: ${list.slice(0, 3).join('. ')}${n > 3 ? `. And ${n - 3} more` : ''}.`;
}

const NEWER = 'This backup was made by a newer version of the app: update the app, then import it.';
const unknownFields = (list: readonly unknown[]) => list.some((i) => (i as Issue).code === 'unrecognized_keys');

/** A version as it reads in a sentence: 1e400 is "Infinity", a long string is cut. */
function versionText(v: unknown): string {
  if (v === undefined) return 'none';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return `“${quoteOutside(v, 20)}”`;
  return v === null ? 'null' : typeof v;
}

/** Levels in spine order, each once: the form the app writes. */
function normalised(a: Assessment): Assessment {
  return { ...a, lesions: a.lesions.map((l) => ({ ...l, levels: sortLevels(l.levels), findingsLevels: sortLevels(l.findingsLevels) })) };
}

/** Text the screen shows that must not hide or reorder characters. */
function hiddenIn(c: CaseRecord): string | null {
  if (HIDDEN_CHARS.test(c.label)) return 'label: has invisible or direction-changing characters';
  const note = (c.assessment.notes ?? []).findIndex((n) => HIDDEN_CHARS.test(n));
  if (note >= 0) return `note ${note + 1}: has invisible or direction-changing characters`;
  return null;
}

export type CaseCheck = { ok: true; value: CaseRecord } | { ok: false; error: string; newer: boolean };

/** One case of the file as the app would have written it, or its problems in words (`index`: its place in the file, from 0). */
export function readBackupCase(raw: unknown, version: 1 | 2, index = 0): CaseCheck {
  const refuse = (list: readonly unknown[], prefix: PropertyKey[] = []) => ({
    ok: false as const,
    error: `${caseWords(raw, index)}: ${list.slice(0, 3).map((i) => issueWords(i as Issue, raw, prefix)).join('; ')}${list.length > 3 ? `; and ${list.length - 3} more` : ''}`,
    newer: unknownFields(list),
  });
  const r = RecordSchema.safeParse(raw);
  if (!r.success) return refuse(r.error.issues);
  let assessment: Assessment;
  if (version === 2) {
    const a = AssessmentSchema.safeParse(r.data.assessment);
    if (!a.success) return refuse(a.error.issues, ['assessment']);
    assessment = a.data;
  } else {
    const a = readAnyAssessment(r.data.assessment);
    if (!a.ok) return { ok: false, error: `${caseWords(raw, index)}: the answers do not read (${quoteOutside(a.error, 160)})`, newer: false };
    assessment = a.value;
  }
  const c = CaseRecordSchema.safeParse({ ...r.data, assessment: normalised(assessment) });
  if (!c.success) return refuse(c.error.issues);
  const hidden = hiddenIn(c.data);
  return hidden ? { ok: false, error: `${caseWords(raw, index)}: ${hidden}`, newer: false } : { ok: true, value: c.data };
}

/** Reads a backup file's text. `byteLength` is the file's size as the browser reports it. */
export function parseBackup(text: string, byteLength: number = new TextEncoder().encode(text).length): Result<ReadBackup> {
  if (byteLength > BACKUP_MAX_BYTES) return fail(sizeMessage(byteLength, BACKUP_MAX_BYTES));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not a backup of this calculator: it is not JSON.');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail('This file is not a backup of this calculator.');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return fail(`This backup was made by a newer version of the app (backup version ${version}): update the app, then import it.`);
  }
  if (version !== 1 && version !== 2) return fail(`This backup’s version (${versionText(version)}) is not one this calculator writes.`);
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const issues = envelope.error.issues;
    return fail(`${unknownFields(issues) ? `${NEWER} ` : ''}${problems(issues.map((i) => describeIssue(i as Issue, data)))}`);
  }
  const part = envelope.data.part;
  if (part && part.n > part.of) {
    return fail(`This file says it is part ${part.n} of ${part.of} of a backup: a part’s number is from 1 to the number of parts, so the file is not one the app wrote.`);
  }

  const cases: CaseRecord[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  let leftOutDeleted = 0;
  let newer = false;
  envelope.data.cases.forEach((raw, n) => {
    const c = readBackupCase(raw, version, n);
    if (!c.ok) {
      errors.push(c.error);
      newer ||= c.newer;
    } else if (ids.has(c.value.id)) errors.push(`${caseWords(raw, n)}: the same case as an earlier one in the file (id ${quoteOutside(c.value.id)})`);
    else if (c.value.deletedAt !== null) leftOutDeleted += 1;
    else cases.push(c.value);
    if (c.ok) ids.add(c.value.id);
  });
  if (errors.length) return fail(`${newer ? `${NEWER} ` : ''}${problems(errors)}`);
  return { ok: true, value: { version, cases, leftOutDeleted, ...(envelope.data.part ? { part: envelope.data.part } : {}) } };
}
