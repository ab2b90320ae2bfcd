// The app's IndexedDB database. Version history (each step carries earlier data forward):
//   1: "draft" (the assessment being entered, key "current") and "cases" (saved assessments).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Assessment } from './assessment';

export const DB_NAME = 'spine-metastasis-calculator';
export const DB_VERSION = 1;

export interface DraftRecord {
  assessment: Assessment;
  updatedAt: string;
}

export interface CalculatorDB extends DBSchema {
  draft: { key: 'current'; value: DraftRecord };
  cases: { key: string; value: { id: string; label: string; createdAt: string; updatedAt: string; assessment: Assessment } };
}

export type Db = IDBPDatabase<CalculatorDB>;

export function openCalculatorDb(name = DB_NAME): Promise<Db> {
  return openDB<CalculatorDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('draft');
        db.createObjectStore('cases', { keyPath: 'id' });
      }
    },
  });
}
