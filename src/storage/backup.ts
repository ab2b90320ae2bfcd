// Backups: every case in one versioned JSON file. Import reads the whole file first and either
// accepts all of it or changes nothing; conflicts with saved cases are put to the clinician.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { Result } from '../clinical';
import { CaseRecordSchema, newCaseId } from './cases';
import type { CaseRecord } from './db';

export const BACKUP_FORMAT = 'spine-metastasis-calculator/backup';
export const BACKUP_VERSION = 1;
export const BACKUP_MAX_BYTES = 5 * 1024 * 1024;

// Readable messages for import errors; loaded with this (lazy) module only.
z.config(en());

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  appBuild: z.string().check(z.maxLength(100)),
  cases: z.array(CaseRecordSchema).check(z.maxLength(10_000)),
});
export type Backup = z.infer<typeof BackupSchema>;

export function serializeBackup(cases: readonly CaseRecord[], appBuild: string, now = new Date()): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), appBuild, cases: [...cases] };
  return JSON.stringify(backup, null, 2);
}

export function backupFileName(now = new Date()): string {
  return `spine-calculator-backup-${now.toISOString().slice(0, 10)}.json`;
}

const NOTHING = 'Nothing was imported.';

function describeIssues(issues: z.core.$ZodIssue[]): string {
  const first = issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : 'file'}: ${i.message}`);
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : '';
  return `${first.join('; ')}${more}`;
}

/** Reads a backup file's text. `byteLength` is the file's size as the browser reports it. */
export function parseBackup(text: string, byteLength: number = new TextEncoder().encode(text).length): Result<Backup> {
  if (byteLength > BACKUP_MAX_BYTES) {
    return { ok: false, error: `The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; a backup is at most 5 MB. ${NOTHING}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: `This file is not a backup of this calculator: it is not JSON. ${NOTHING}` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: `This file is not a backup of this calculator. ${NOTHING}` };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return { ok: false, error: `This backup was made by a newer version of the calculator (backup version ${version}); update the app, then import it. ${NOTHING}` };
  }
  if (version !== BACKUP_VERSION) {
    return { ok: false, error: `This backup has an unknown version (${JSON.stringify(version)?.slice(0, 20)}). ${NOTHING}` };
  }
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) {
    const n = parsed.error.issues.length;
    return { ok: false, error: `The backup has ${n} problem${n === 1 ? '' : 's'}: ${describeIssues(parsed.error.issues)}. ${NOTHING}` };
  }
  const ids = new Set<string>();
  for (const c of parsed.data.cases) {
    if (ids.has(c.id)) return { ok: false, error: `The backup holds case ${c.id} twice. ${NOTHING}` };
    ids.add(c.id);
  }
  return { ok: true, value: parsed.data };
}

export interface ImportConflict {
  existing: CaseRecord;
  incoming: CaseRecord;
}

export interface ImportPlan {
  added: CaseRecord[];
  identical: CaseRecord[];
  conflicts: ImportConflict[];
}

export type ConflictChoice = 'keep-mine' | 'take-theirs' | 'keep-both';

const same = (a: CaseRecord, b: CaseRecord) => JSON.stringify(a) === JSON.stringify(b);

export function planImport(existing: readonly CaseRecord[], incoming: readonly CaseRecord[]): ImportPlan {
  const mine = new Map(existing.map((c) => [c.id, c]));
  const plan: ImportPlan = { added: [], identical: [], conflicts: [] };
  for (const c of incoming) {
    const m = mine.get(c.id);
    if (!m) plan.added.push(c);
    else if (same(m, c)) plan.identical.push(c);
    else plan.conflicts.push({ existing: m, incoming: c });
  }
  return plan;
}

/** The records to write once every conflict has a choice; an unresolved conflict writes nothing. */
export function resolveImport(plan: ImportPlan, choices: Readonly<Record<string, ConflictChoice>>, now = new Date()): Result<CaseRecord[]> {
  const unresolved = plan.conflicts.filter((c) => !choices[c.incoming.id]);
  if (unresolved.length) {
    return { ok: false, error: `Choose what to do with ${unresolved.length} case${unresolved.length === 1 ? '' : 's'} that differ from the saved one${unresolved.length === 1 ? '' : 's'}.` };
  }
  const writes = [...plan.added];
  for (const c of plan.conflicts) {
    const choice = choices[c.incoming.id];
    if (choice === 'take-theirs') writes.push(c.incoming);
    if (choice === 'keep-both') {
      writes.push({ ...c.incoming, id: newCaseId(), label: `${c.incoming.label} (imported)`.slice(0, 80), updatedAt: now.toISOString() });
    }
  }
  return { ok: true, value: writes };
}
