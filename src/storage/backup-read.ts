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

type Issue = { path: PropertyKey[]; message: string; code?: string; keys?: string[] };

/** One problem, with a path whose keys from the file are cut to 40 visible characters. */
function describeIssue(i: Issue, prefix: PropertyKey[] = []): string {
  const path = [...prefix, ...i.path].map((p) => quoteOutside(String(p))).join('.') || 'file';
  const message = i.code === 'unrecognized_keys' && i.keys ? `unknown field${i.keys.length === 1 ? '' : 's'} ${i.keys.slice(0, 3).map((k) => `“${quoteOutside(k)}”`).join(', ')}` : quoteOutside(i.message, 120);
  return `${path}: ${message}`;
}

function problems(list: string[]): string {
  const n = list.length;
  return `The backup has ${n === 1 ? 'a problem' : 'problems'}: ${list.slice(0, 3).join('; ')}${n > 3 ? `; and ${n - 3} more` : ''}.`;
}

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
  if (HIDDEN_CHARS.test(c.label)) return 'label: invisible or direction-changing characters';
  if ((c.assessment.notes ?? []).some((n) => HIDDEN_CHARS.test(n))) return 'assessment.notes: invisible or direction-changing characters';
  return null;
}

/** One case of the file as the app would have written it, or its problems (paths from `at`). */
export function readBackupCase(raw: unknown, version: 1 | 2, at: PropertyKey[] = []): Result<CaseRecord> {
  const issues = (list: readonly unknown[], prefix = at) => ({ ok: false as const, error: list.slice(0, 3).map((i) => describeIssue(i as Issue, prefix)).join('; ') });
  const r = RecordSchema.safeParse(raw);
  if (!r.success) return issues(r.error.issues);
  let assessment: Assessment;
  if (version === 2) {
    const a = AssessmentSchema.safeParse(r.data.assessment);
    if (!a.success) return issues(a.error.issues, [...at, 'assessment']);
    assessment = a.data;
  } else {
    const a = readAnyAssessment(r.data.assessment);
    if (!a.ok) return { ok: false, error: `${[...at, 'assessment'].join('.')}: ${quoteOutside(a.error, 160)}` };
    assessment = a.value;
  }
  const c = CaseRecordSchema.safeParse({ ...r.data, assessment: normalised(assessment) });
  if (!c.success) return issues(c.error.issues);
  const hidden = hiddenIn(c.data);
  return hidden ? { ok: false, error: `${[...at, hidden].join('.')}` } : { ok: true, value: c.data };
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
    return fail(`This backup was made by a newer version of the calculator (backup version ${version}); update the app, then import it.`);
  }
  if (version !== 1 && version !== 2) return fail(`This backup’s version (${versionText(version)}) is not one this calculator writes.`);
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) return fail(problems(envelope.error.issues.map((i) => describeIssue(i as Issue))));

  const cases: CaseRecord[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  let leftOutDeleted = 0;
  envelope.data.cases.forEach((raw, n) => {
    const c = readBackupCase(raw, version, ['cases', n]);
    if (!c.ok) errors.push(c.error);
    else if (ids.has(c.value.id)) errors.push(`cases.${n}: the same case (id ${quoteOutside(c.value.id)}) twice`);
    else if (c.value.deletedAt !== null) leftOutDeleted += 1;
    else cases.push(c.value);
    if (c.ok) ids.add(c.value.id);
  });
  if (errors.length) return fail(problems(errors));
  return { ok: true, value: { version, cases, leftOutDeleted, ...(envelope.data.part ? { part: envelope.data.part } : {}) } };
}
