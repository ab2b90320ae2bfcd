// The answers being entered, written on every change so a reload, a crash or a closed tab loses
// nothing. Each write carries a revision: a change made in one tab is applied on top of what
// another tab wrote since, never over it. A tab that leaves writes its own change (the answers
// it last read and the ones on screen) beside the draft, and the next read applies that change
// on top of the newest draft: it never writes its whole screen over a newer revision.
import { AssessmentSchema, type Assessment } from '../clinical';
import { unwrap } from 'idb';
import type { Db, DraftRecord } from './db';
import { salvageAssessment, type Salvaged } from './salvage';
import { mergeAnswers } from './merge';
import { LEAVE_PREFIX } from './leave-key';

export { LEAVE_PREFIX };

export interface DraftState extends Salvaged {
  rev: number;
}

export interface ChangeResult {
  assessment: Assessment;
  rev: number;
  /** True when another tab had written since `baseRev`: the change went on top of its answers. */
  rebased: boolean;
}

/**
 * What a tab leaving had changed: from `base` (the draft as it last read it) to `screen`, and
 * from `inflight` (what its write in flight writes, if one is) to `screen`: that write may land
 * after the tab went, or never, and an answer changed back since must undo it either way.
 */
export interface Leaving {
  tab: string;
  base: Assessment;
  screen: Assessment;
  inflight?: Assessment;
}

export interface DraftStore {
  /** The draft, with any change a tab left behind applied on top. */
  load(): Promise<DraftState | null>;
  /** Applies `change` to the stored draft in one transaction; `screen` is used when none is stored. */
  change(change: (a: Assessment) => Assessment, screen: Assessment, baseRev: number, tab?: string): Promise<ChangeResult>;
  /** Writes what is on screen over the draft (before an update reloads the page), with any change another tab left on top. */
  save(a: Assessment): Promise<void>;
  /**
   * For a page being left (reload, navigation, tab closed): puts the tab's change where the next
   * read applies it, at once, with no read first and nothing a write in flight could hold back. A
   * read first, or an await, would not finish before the page goes.
   */
  saveNow(leaving: Leaving): void;
}

// Read as unknown: a stored draft is outside input until it validates.
type Stored = { assessment: unknown; updatedAt: string; rev?: number };
export type StoredLeave = { tab?: unknown; base?: unknown; screen?: unknown; inflight?: unknown; at?: unknown; seq?: unknown };

/**
 * Where a leaving tab puts its change. localStorage: its write is synchronous, survives the page
 * going, and holds no lock a write in flight could hold it back behind (an IndexedDB request on
 * any store the write in flight uses would wait for it, and die with the page). Other tabs hear
 * of it through the "storage" event.
 */
export interface LeaveBox {
  put(tab: string, record: StoredLeave): void;
  /** Every change left, as read now. */
  read(): StoredLeave[];
  /**
   * Removes the changes `read` gave, once the draft they went into is committed (unless one was
   * replaced since). Removed before the commit, a change would die with a page closed in between.
   */
  done(read: readonly StoredLeave[]): void;
}

export function localLeaveBox(ls: globalThis.Storage | undefined = typeof localStorage === 'undefined' ? undefined : localStorage): LeaveBox | null {
  if (!ls) return null;
  const raw = new WeakMap<object, [string, string]>();
  return {
    put: (tab, record) => ls.setItem(LEAVE_PREFIX + tab, JSON.stringify(record)),
    read() {
      const out: StoredLeave[] = [];
      for (const key of Object.keys(ls)) {
        if (!key.startsWith(LEAVE_PREFIX)) continue;
        const text = ls.getItem(key) ?? 'null';
        try {
          const v = JSON.parse(text) as unknown;
          if (v && typeof v === 'object') {
            out.push(v as StoredLeave);
            raw.set(v, [key, text]);
            continue;
          }
        } catch {
          // Not JSON: nothing to apply.
        }
        ls.removeItem(key);
      }
      return out;
    },
    done(read) {
      for (const r of read) {
        const [key, text] = raw.get(r) ?? [];
        if (key && ls.getItem(key) === text) ls.removeItem(key);
      }
    },
  };
}

/** The changes tabs left, oldest first, applied on top of `stored` (null: no draft yet). */
export function foldLeaves(stored: Assessment | null, leaves: readonly StoredLeave[]): Assessment | null {
  const sorted = [...leaves].sort((x, y) => Number(x.at ?? 0) - Number(y.at ?? 0));
  let current = stored;
  for (const l of sorted) {
    const base = AssessmentSchema.safeParse(l.base);
    const screen = AssessmentSchema.safeParse(l.screen);
    if (!base.success || !screen.success) continue;
    const merged = AssessmentSchema.safeParse(mergeAnswers(base.data, screen.data, current ?? base.data));
    // Merged answers that do not validate (e.g. more lesions than allowed): the leaving tab's screen.
    current = merged.success ? merged.data : screen.data;
    // Then what changed since the write in flight: undoes it if it landed, changes nothing if not.
    const inflight = l.inflight === undefined ? null : AssessmentSchema.safeParse(l.inflight);
    if (inflight?.success) {
      const again = AssessmentSchema.safeParse(mergeAnswers(inflight.data, screen.data, current));
      current = again.success ? again.data : screen.data;
    }
  }
  return current;
}

export class IdbDraftStore implements DraftStore {
  /** Orders this tab's changes and what it leaves. */
  private seq = 0;
  constructor(
    private readonly db: Db,
    private readonly box: LeaveBox | null = localLeaveBox(),
  ) {}
  /**
   * One read-write transaction on the draft. The changes left beside it are read in its first
   * callback and removed once it has committed.
   */
  private run<T>(step: (draft: IDBObjectStore, stored: Stored | undefined, leaves: StoredLeave[]) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const tx = unwrap(this.db).transaction('draft', 'readwrite');
      const draft = tx.objectStore('draft');
      let result: { value: T } | null = null;
      let failed: unknown = null;
      let leaves: StoredLeave[] = [];
      const read = draft.get('current');
      read.onsuccess = () => {
        try {
          leaves = this.box?.read() ?? [];
          result = { value: step(draft, read.result as Stored | undefined, leaves) };
        } catch (error) {
          failed = error;
          tx.abort();
        }
      };
      tx.oncomplete = () => {
        this.box?.done(leaves);
        return result ? resolve(result.value) : reject(new Error('The draft was not written.'));
      };
      tx.onabort = () => {
        reject(failed ?? tx.error ?? new DOMException('The draft write was aborted.', 'AbortError'));
      };
    });
  }
  async load() {
    const got = await this.run((draft, stored, leaves) => {
      const salvaged = stored ? salvageAssessment(stored.assessment) : null;
      const folded = leaves.length ? foldLeaves(salvaged?.assessment ?? null, leaves) : null;
      if (!folded) return salvaged ? { ...salvaged, rev: stored?.rev ?? 0 } : null;
      const rev = (stored?.rev ?? 0) + 1;
      draft.put({ assessment: folded, updatedAt: new Date().toISOString(), rev } satisfies DraftRecord, 'current');
      return { assessment: folded, setAside: salvaged?.setAside ?? [], rev };
    });
    return got;
  }
  // On the raw IndexedDB API: this write starts in the tap's own task (a tab closed straight
  // after a tap keeps it), and idb's promise wrappers cost that task about 2 ms at 4x CPU (issue 12).
  change(change: (a: Assessment) => Assessment, screen: Assessment, baseRev: number, tab?: string) {
    const seq = (this.seq += 1);
    return this.run((draft, stored, leaves) => {
      const storedRev = stored?.rev ?? 0;
      const moved = stored !== undefined && storedRev !== baseRev;
      // A change left behind goes under this one, unless this tab left it after making this one
      // (it went away with this write in flight): that goes on top.
      const later = (l: StoredLeave) => l.tab === tab && typeof l.seq === 'number' && l.seq > seq;
      const others = leaves.filter((l) => !later(l));
      const own = leaves.filter(later);
      const rebased = moved || others.length > 0;
      const base = rebased ? foldLeaves(stored ? salvageAssessment(stored.assessment).assessment : null, others) : null;
      const changed = AssessmentSchema.parse(base ? change(base) : screen);
      const assessment = own.length ? (foldLeaves(changed, own) ?? changed) : changed;
      const rev = storedRev + 1;
      draft.put({ assessment, updatedAt: new Date().toISOString(), rev } satisfies DraftRecord, 'current');
      return { assessment, rev, rebased };
    });
  }
  saveNow({ tab, base, screen, inflight }: Leaving) {
    const record = { tab, base: AssessmentSchema.parse(base), screen: AssessmentSchema.parse(screen), ...(inflight ? { inflight: AssessmentSchema.parse(inflight) } : {}), at: Date.now(), seq: (this.seq += 1) };
    try {
      if (this.box) return this.box.put(tab, record);
    } catch {
      // localStorage full or refused: the whole screen, with a revision above any written so far
      // (revisions count writes), as the only write that can still land.
    }
    const tx = unwrap(this.db).transaction('draft', 'readwrite');
    tx.objectStore('draft').put({ assessment: record.screen, updatedAt: new Date().toISOString(), rev: Date.now() } satisfies DraftRecord, 'current');
    tx.commit?.();
  }
  async save(assessment: Assessment) {
    const checked = AssessmentSchema.parse(assessment);
    await this.run((draft, stored, leaves) => {
      // A change another tab left is kept: applied on top of what is on screen.
      const assessment = foldLeaves(checked, leaves) ?? checked;
      draft.put({ assessment, updatedAt: new Date().toISOString(), rev: (stored?.rev ?? 0) + 1 } satisfies DraftRecord, 'current');
    });
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
  saveNow({ screen }: Leaving) {
    this.value = { assessment: AssessmentSchema.parse(screen), rev: (this.value?.rev ?? 0) + 1 };
  }
}
