// The last backup and what changed since: a date, a count, and a gentle reminder once cases have
// changed and no backup was made for 7 days (dismissable for another 7, never blocking). Kept
// in IndexedDB's "meta" store beside the cases: it lives exactly as long as the cases it counts
// (localStorage could outlive or predecease them).
import type { CaseRecord } from './db';

export interface BackupMark {
  /** When the backup was exported (ISO). */
  at: string;
  /** Cases in it. */
  cases: number;
}

export interface BackupMarks {
  last(): Promise<BackupMark | null>;
  mark(m: BackupMark): Promise<void>;
  dismissedAt(): Promise<string | null>;
  dismiss(at: string): Promise<void>;
}

export const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/** Cases saved, changed or deleted after `at` (every case when there is no backup). */
export function changedSince(cases: readonly CaseRecord[], at: string | null): number {
  if (at === null) return cases.filter((c) => c.deletedAt === null).length;
  return cases.filter((c) => c.updatedAt > at || (c.deletedAt !== null && c.deletedAt > at)).length;
}

export interface BackupStatus {
  /** "Last backup: 3 Nov 2026; 2 cases saved or changed since." Empty with no case and no backup. */
  line: string;
  changed: number;
  remind: boolean;
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const cases = (n: number) => `${n.toLocaleString('en')} case${n === 1 ? '' : 's'}`;

/** Pure: the line and whether to remind, from the stored cases, the last backup and `now`. */
export function backupStatus(all: readonly CaseRecord[], last: BackupMark | null, dismissedAt: string | null, now: Date): BackupStatus {
  const changed = changedSince(all, last?.at ?? null);
  const live = all.filter((c) => c.deletedAt === null);
  if (!last) {
    if (live.length === 0) return { line: '', changed, remind: false };
    // Unprotected since the oldest case was saved.
    const oldest = live.reduce((t, c) => (c.createdAt < t ? c.createdAt : t), live[0]?.createdAt ?? now.toISOString());
    const remind = now.getTime() - Date.parse(oldest) >= REMIND_AFTER_MS && !recent(dismissedAt, now);
    return { line: `No backup made yet of the ${cases(live.length)} saved here.`, changed, remind };
  }
  const line = `Last backup: ${day(last.at)}, ${cases(last.cases)}; ${changed === 0 ? 'nothing changed since' : `${cases(changed)} saved, changed or deleted since`}.`;
  const remind = changed > 0 && now.getTime() - Date.parse(last.at) >= REMIND_AFTER_MS && !recent(dismissedAt, now);
  return { line, changed, remind };
}

const recent = (at: string | null, now: Date) => at !== null && now.getTime() - Date.parse(at) < REMIND_AFTER_MS;

export const REMINDER = 'Cases have changed and no backup was made for 7 days or more: export a backup and keep the file somewhere safe.';

export interface MetaStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}

/** Marks in a key-value store (IndexedDB meta, or memory). What is read is checked, never trusted. */
export function backupMarks(meta: MetaStore): BackupMarks {
  const iso = (v: unknown): string | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null);
  return {
    async last() {
      const v = (await meta.get('lastBackup')) as Partial<BackupMark> | undefined;
      const at = iso(v?.at);
      return at && typeof v?.cases === 'number' && Number.isInteger(v.cases) && v.cases >= 0 ? { at, cases: v.cases } : null;
    },
    mark: (m) => meta.put('lastBackup', { at: m.at, cases: m.cases }),
    dismissedAt: async () => iso(await meta.get('backupReminderDismissedAt')),
    dismiss: (at) => meta.put('backupReminderDismissedAt', at),
  };
}

export function memoryMeta(): MetaStore {
  const m = new Map<string, unknown>();
  return { get: async (k) => m.get(k), put: async (k, v) => void m.set(k, v) };
}
