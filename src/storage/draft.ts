// The answers being entered, written on every change so a reload, a crash or a closed tab loses
// nothing. Each write carries a revision: a change made in one tab is applied on top of what
// another tab wrote since, never over it.
import { AssessmentSchema, type Assessment } from '../clinical';
import { unwrap } from 'idb';
import type { Db, DraftRecord } from './db';
import { salvageAssessment, type Salvaged } from './salvage';

export interface DraftState extends Salvaged {
  rev: number;
}

export interface ChangeResult {
  assessment: Assessment;
  rev: number;
  /** True when another tab had written since `baseRev`: the change went on top of its answers. */
  rebased: boolean;
}

export interface DraftStore {
  load(): Promise<DraftState | null>;
  /** Applies `change` to the stored draft in one transaction; `screen` is used when none is stored. */
  change(change: (a: Assessment) => Assessment, screen: Assessment, baseRev: number): Promise<ChangeResult>;
  /** Overwrites the draft with what is on screen (before an update reloads the page). */
  save(a: Assessment): Promise<void>;
  /**
   * For a page being left (reload, navigation, tab closed): writes what is on screen in one
   * request, with no read first, and commits at once. A read first, or an await, would not finish
   * before the page goes. `rev`: a revision above any this tab has seen. `cutInFlight`: abort a
   * change() still in flight, which would otherwise hold this write back until the page is gone.
   */
  saveNow(a: Assessment, rev: number, opts?: { cutInFlight?: boolean }): void;
}

// Read as unknown: a stored draft is outside input until it validates.
type Stored = { assessment: unknown; updatedAt: string; rev?: number };

export class IdbDraftStore implements DraftStore {
  private inFlight: IDBTransaction | null = null;
  constructor(private readonly db: Db) {}
  async load() {
    const record = (await this.db.get('draft', 'current')) as Stored | undefined;
    if (!record) return null;
    return { ...salvageAssessment(record.assessment), rev: record.rev ?? 0 };
  }
  // On the raw IndexedDB API: this write starts in the tap's own task (a tab closed straight
  // after a tap keeps it), and idb's promise wrappers cost that task about 2 ms at 4x CPU (issue 12).
  change(change: (a: Assessment) => Assessment, screen: Assessment, baseRev: number) {
    return new Promise<ChangeResult>((resolve, reject) => {
      const tx = unwrap(this.db).transaction('draft', 'readwrite');
      this.inFlight = tx;
      const store = tx.objectStore('draft');
      let result: ChangeResult | null = null;
      let failed: unknown = null;
      const read = store.get('current');
      read.onsuccess = () => {
        try {
          const stored = read.result as Stored | undefined;
          const storedRev = stored?.rev ?? 0;
          const rebased = stored !== undefined && storedRev !== baseRev;
          const base = rebased ? salvageAssessment(stored.assessment).assessment : screen;
          const assessment = AssessmentSchema.parse(rebased ? change(base) : screen);
          const rev = storedRev + 1;
          store.put({ assessment, updatedAt: new Date().toISOString(), rev } satisfies DraftRecord, 'current');
          result = { assessment, rev, rebased };
        } catch (error) {
          failed = error;
          tx.abort();
        }
      };
      tx.oncomplete = () => {
        if (this.inFlight === tx) this.inFlight = null;
        return result ? resolve(result) : reject(new Error('The draft was not written.'));
      };
      tx.onabort = () => {
        if (this.inFlight === tx) this.inFlight = null;
        reject(failed ?? tx.error ?? new DOMException('The draft write was aborted.', 'AbortError'));
      };
    });
  }
  saveNow(assessment: Assessment, rev: number, { cutInFlight = false } = {}) {
    const record: DraftRecord = { assessment: AssessmentSchema.parse(assessment), updatedAt: new Date().toISOString(), rev };
    if (cutInFlight) {
      try {
        this.inFlight?.abort();
      } catch {
        // Already finished.
      }
    }
    const tx = unwrap(this.db).transaction('draft', 'readwrite');
    tx.objectStore('draft').put(record, 'current');
    tx.commit?.();
  }
  async save(assessment: Assessment) {
    const checked = AssessmentSchema.parse(assessment);
    const tx = this.db.transaction('draft', 'readwrite');
    const stored = (await tx.store.get('current')) as Stored | undefined;
    await tx.store.put({ assessment: checked, updatedAt: new Date().toISOString(), rev: (stored?.rev ?? 0) + 1 } as DraftRecord, 'current');
    await tx.done;
  }
}

export class MemoryDraftStore implements DraftStore {
  private value: { assessment: Assessment; rev: number } | null = null;
  async load() {
    return this.value ? { ...this.value, setAside: [] } : null;
  }
  // Checked as the IndexedDB store checks it: private mode must refuse the same impossible answers.
  async change(_change: (a: Assessment) => Assessment, screen: Assessment) {
    const rev = (this.value?.rev ?? 0) + 1;
    this.value = { assessment: AssessmentSchema.parse(screen), rev };
    return { assessment: this.value.assessment, rev, rebased: false };
  }
  async save(a: Assessment) {
    this.value = { assessment: AssessmentSchema.parse(a), rev: (this.value?.rev ?? 0) + 1 };
  }
  saveNow(a: Assessment, rev: number) {
    this.value = { assessment: AssessmentSchema.parse(a), rev };
  }
}
