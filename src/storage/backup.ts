// Backups: cases in versioned JSON files. Import reads the whole file first and either accepts
// all of it or changes nothing; conflicts with saved cases are put to the clinician.
// What export writes, import takes back: export writes each case as import would read it
// (cases that would not read are left out and counted), at most MAX_CASES cases (saving holds
// the device to that), and splits into parts of at most BACKUP_MAX_BYTES each.
import '../zod-config';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { cleanLabel } from './cases';
import type { CaseRecord } from './db';
import { BACKUP_FORMAT, BACKUP_MAX_BYTES, BACKUP_VERSION, readBackupCase } from './backup-read';
import { stripHidden } from './messages';

// Readable messages for import errors; loaded with this (lazy) module only.
z.config(en());

export { BACKUP_FORMAT, BACKUP_MAX_BYTES, BACKUP_VERSION, parseBackup, readBackupCase, type ReadBackup } from './backup-read';
export { MAX_CASES } from './cases';
export { planImport, resolveImport, importReport, type ImportPlan, type ImportConflict, type ConflictChoice, type ConflictChoices } from './backup-merge';

export function backupFileName(now = new Date(), part?: { n: number; of: number }): string {
  return `spine-calculator-backup-${now.toISOString().slice(0, 10)}${part ? `-part-${part.n}-of-${part.of}` : ''}.json`;
}

/** A stored case as the app writes it to a file: labels and notes with no invisible characters. */
function forExport(c: CaseRecord): CaseRecord | null {
  const notes = c.assessment.notes?.map(stripHidden);
  const clean = { ...c, label: cleanLabel(c.label) || 'Unlabelled case', assessment: { ...c.assessment, ...(notes ? { notes } : {}) } };
  const checked = readBackupCase(clean, BACKUP_VERSION);
  return checked.ok ? checked.value : null;
}

const envelope = (appBuild: string, now: Date, part?: { n: number; of: number }) => ({
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt: now.toISOString(),
  appBuild: appBuild.slice(0, 100),
  ...(part ? { part } : {}),
});

function write(cases: readonly string[], appBuild: string, now: Date, part?: { n: number; of: number }): string {
  // Compact JSON, one case a line: about half the size of indented JSON, still readable.
  const head = JSON.stringify(envelope(appBuild, now, part));
  return `${head.slice(0, -1)},"cases":[${cases.length ? `\n${cases.join(',\n')}\n` : ''}]}\n`;
}

export interface BackupFile {
  name: string;
  text: string;
}

export interface BackupExport {
  files: BackupFile[];
  cases: number;
  /** Cases that would not read back (none unless storage was changed outside the app). */
  leftOut: number;
}

/** The export of every live case: one file, or parts when one would pass `maxBytes`. */
export function exportBackup(cases: readonly CaseRecord[], appBuild: string, now = new Date(), maxBytes = BACKUP_MAX_BYTES): BackupExport {
  const enc = new TextEncoder();
  const lines: string[] = [];
  let leftOut = 0;
  for (const c of cases) {
    const e = c.deletedAt === null ? forExport(c) : null;
    if (e) lines.push(JSON.stringify(e));
    else leftOut += 1;
  }
  // Room for the envelope with the longest part marker; a case costs its bytes and ",\n".
  const budget = maxBytes - enc.encode(write([], appBuild, now, { n: 99_999, of: 99_999 })).length - 2;
  const groups: string[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const size = enc.encode(line).length + 2;
    if (size > budget) throw new Error('A case is larger than a backup file can hold');
    if (used + size > budget) {
      groups.push([]);
      used = 0;
    }
    (groups[groups.length - 1] as string[]).push(line);
    used += size;
  }
  const of = groups.length;
  const files = groups.map((g, i) => {
    const part = of > 1 ? { n: i + 1, of } : undefined;
    return { name: backupFileName(now, part), text: write(g, appBuild, now, part) };
  });
  return { files, cases: lines.length, leftOut };
}

/** One file holding every case given (tests and small exports). */
export function serializeBackup(cases: readonly CaseRecord[], appBuild: string, now = new Date()): string {
  const { files } = exportBackup(cases, appBuild, now, Number.MAX_SAFE_INTEGER);
  return (files[0] as BackupFile).text;
}
