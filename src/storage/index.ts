// The storage layer's face. One connection serves the draft and the saved cases. Where
// IndexedDB cannot be opened (some private modes), everything lives in memory and the app
// says plainly that nothing will be kept.
import { openCalculatorDb, type Db, type OpenEvents } from './db';
import { IdbDraftStore, MemoryDraftStore, type DraftStore } from './draft';
import { IdbCasesStore, MemoryCasesStore, type CasesStore } from './cases';

export interface Storage {
  persistent: boolean;
  draft: DraftStore;
  cases: CasesStore;
  /** Asks the browser not to evict this origin's data; asked once, at the first saved case. */
  requestPersist(): Promise<boolean | null>;
  close(): void;
}

export async function openStorage(events: OpenEvents = {}, name?: string): Promise<Storage> {
  let db: Db | null = null;
  try {
    if (typeof indexedDB !== 'undefined') {
      db = await openCalculatorDb(name, {
        ...events,
        onBlocking: () => {
          // Let the newer version upgrade; this tab must reload to go on saving.
          db?.close();
          events.onBlocking?.();
        },
      });
    }
  } catch {
    db = null;
  }
  if (!db) {
    return { persistent: false, draft: new MemoryDraftStore(), cases: new MemoryCasesStore(), requestPersist: async () => null, close: () => undefined };
  }
  const opened = db;
  return {
    persistent: true,
    draft: new IdbDraftStore(opened),
    cases: new IdbCasesStore(opened),
    async requestPersist() {
      if ((await opened.get('meta', 'persistRequested')) === true) return null;
      await opened.put('meta', true, 'persistRequested');
      if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
      return navigator.storage.persist().catch(() => null);
    },
    close: () => opened.close(),
  };
}

export { AssessmentSchema, emptyAssessment, isEmptyAssessment, type Assessment } from './assessment';
export { fromV2, readAnyAssessment } from './migrate';
export { V2AssessmentSchema, type V2Assessment } from './legacy/v2-assessment';
export { DB_NAME, DB_VERSION, openCalculatorDb, type CaseRecord, type OpenEvents } from './db';
export type { DraftStore } from './draft';
export { CaseRecordSchema, makeCase, identifierWarning, newCaseId, LABEL_MAX, type CasesStore } from './cases';
