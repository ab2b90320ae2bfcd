// The app's IndexedDB database and its migration ladder. Each step carries earlier data forward;
// a step is never edited once shipped, only a new one added.
//   1: "draft" (the assessment being entered, key "current") and "cases" (saved assessments).
//   2: cases gain `deletedAt` (delete with undo) and an index by last change; "meta" for flags
//      such as whether persistent storage was requested.
//   3: one patient with a list of lesions: every saved case and the draft are carried into it
//      (see migrate.ts); a record that does not read as v2 is left as it was, to be set aside
//      with a message when read.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Assessment } from './assessment';
import { V2AssessmentSchema } from './legacy/v2-assessment';
import { fromV2 } from './migrate';

export const DB_NAME = 'spine-metastasis-calculator';
export const DB_VERSION = 3;

export interface DraftRecord {
  assessment: Assessment;
  updatedAt: string;
  /** Counts writes, so that a tab can tell another tab wrote since it last read (v3). */
  rev?: number;
}

export interface CaseRecord {
  id: string;
  label: string;
  createdAt: string;
  updatedAt: string;
  /** Set when deleted; the case stays until the undo window passes or the list is next opened. */
  deletedAt: string | null;
  assessment: Assessment;
}

export interface CalculatorDB extends DBSchema {
  draft: { key: 'current'; value: DraftRecord };
  cases: { key: string; value: CaseRecord; indexes: { 'by-updated': string } };
  meta: { key: string; value: unknown };
}

export type Db = IDBPDatabase<CalculatorDB>;

export interface OpenEvents {
  /** Another tab holds an older version open: ask the clinician to close it. */
  onBlocked?: () => void;
  /** This tab holds the database while a newer version waits in another tab. */
  onBlocking?: () => void;
}

export function openCalculatorDb(name = DB_NAME, events: OpenEvents = {}): Promise<Db> {
  return openDB<CalculatorDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('draft');
        db.createObjectStore('cases', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        const cases = tx.objectStore('cases');
        cases.createIndex('by-updated', 'updatedAt');
        db.createObjectStore('meta');
        let cursor = await cases.openCursor();
        while (cursor) {
          const old = cursor.value as Omit<CaseRecord, 'deletedAt'> & { deletedAt?: string | null };
          if (old.deletedAt === undefined) await cursor.update({ ...old, deletedAt: null });
          cursor = await cursor.continue();
        }
      }
      if (oldVersion < 3) {
        const cases = tx.objectStore('cases');
        let cursor = await cases.openCursor();
        while (cursor) {
          const old = V2AssessmentSchema.safeParse(cursor.value.assessment);
          if (old.success) await cursor.update({ ...cursor.value, assessment: fromV2(old.data) });
          cursor = await cursor.continue();
        }
        const drafts = tx.objectStore('draft');
        const draft = await drafts.get('current');
        const oldDraft = V2AssessmentSchema.safeParse(draft?.assessment);
        if (draft && oldDraft.success) await drafts.put({ ...draft, assessment: fromV2(oldDraft.data) }, 'current');
      }
    },
    blocked() {
      events.onBlocked?.();
    },
    blocking() {
      events.onBlocking?.();
    },
  });
}
