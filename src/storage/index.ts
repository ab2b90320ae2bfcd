// The storage layer's face. One connection serves the draft and the saved cases. Where
// IndexedDB cannot be used (some private modes, an open that never answers, a database left by
// a newer version), everything lives in memory and `unavailableReason` says why, so the app can
// say plainly that nothing will be kept.
import { openCalculatorDb, type Db, type OpenEvents } from './db';
import { IdbDraftStore, MemoryDraftStore, type DraftStore } from './draft';
import { IdbCasesStore, MemoryCasesStore, type CasesStore } from './cases';
import { OPEN_TIMEOUT_MS, OpenTimeoutError, withTimeout } from './open-timeout';
import { Keeper, type AskReason } from './keeping';
import { backupMarks, memoryMeta, type BackupMarks } from './backup-mark';

/**
 * Why the data is not kept: no IndexedDB here; the browser refused it (private mode); it did not
 * answer in time; or the saved data was written by a newer version of the app.
 */
export type UnavailableReason = 'unsupported' | 'refused' | 'timeout' | 'newer';

export interface Storage {
  persistent: boolean;
  /** Set when `persistent` is false. */
  unavailableReason: UnavailableReason | null;
  draft: DraftStore;
  cases: CasesStore;
  /** Asks the browser not to evict this origin's data, once per reason (see keeping.ts); the answer, or null where it cannot be asked. */
  requestPersist(reason?: AskReason): Promise<boolean | null>;
  /** Whether the browser keeps the cases, read at the start and after each request. */
  keeper?: Keeper;
  /** The last backup's date, and the reminder's dismissal. */
  backups?: BackupMarks;
  close(): void;
}

export const UNAVAILABLE_MESSAGES: Record<UnavailableReason, string> = {
  unsupported: 'This browser cannot keep data: answers live only until the tab closes.',
  refused: 'This browser is not keeping data (private browsing?): answers live only until the tab closes.',
  timeout: 'The storage on this device did not answer, so nothing is kept: answers live only until the tab closes. Reload to try again.',
  newer: 'The data saved on this device was written by a newer version of the calculator: reload to update. Until then nothing is kept.',
};

export interface OpenOptions {
  timeoutMs?: number;
}

function inMemory(reason: UnavailableReason): Storage {
  return {
    persistent: false,
    unavailableReason: reason,
    draft: new MemoryDraftStore(),
    cases: new MemoryCasesStore(),
    requestPersist: async () => null,
    keeper: new Keeper(null),
    backups: backupMarks(memoryMeta()),
    close: () => undefined,
  };
}

export async function openStorage(events: OpenEvents = {}, name?: string, { timeoutMs = OPEN_TIMEOUT_MS }: OpenOptions = {}): Promise<Storage> {
  if (typeof indexedDB === 'undefined') return inMemory('unsupported');
  let db: Db | null = null;
  let hold = () => undefined as void;
  try {
    const opening = openCalculatorDb(name, {
      ...events,
      onBlocked: () => {
        hold();
        events.onBlocked?.();
      },
      onBlocking: () => {
        // Let the newer version upgrade; this tab must reload to go on saving.
        db?.close();
        events.onBlocking?.();
      },
    });
    const t = withTimeout(opening, timeoutMs, (late) => late.close());
    hold = t.hold;
    db = await t.result;
  } catch (error) {
    const n = error instanceof Error ? error.name : '';
    return inMemory(error instanceof OpenTimeoutError ? 'timeout' : n === 'VersionError' ? 'newer' : 'refused');
  }
  const opened = db;
  const meta = { get: (k: string) => opened.get('meta', k), put: async (k: string, v: unknown) => void (await opened.put('meta', v, k)) };
  const keeper = new Keeper(meta);
  return {
    persistent: true,
    unavailableReason: null,
    draft: new IdbDraftStore(opened),
    cases: new IdbCasesStore(opened),
    async requestPersist(reason: AskReason = 'first-case') {
      const s = await keeper.ask(reason);
      return s === 'kept' ? true : s === 'may-clear' ? false : null;
    },
    keeper,
    backups: backupMarks(meta),
    close: () => opened.close(),
  };
}

export { AssessmentSchema, emptyAssessment, isEmptyAssessment, type Assessment } from './assessment';
export { fromV2, readAnyAssessment } from './migrate';
export { V2AssessmentSchema, type V2Assessment } from './legacy/v2-assessment';
export { DB_NAME, DB_VERSION, openCalculatorDb, type CaseRecord, type OpenEvents } from './db';
export type { DraftStore } from './draft';
// In the storage code's chunk: useAssessment's import of it then finds it already loaded.
export { DraftTab } from './draft-tab';
export {
  CaseRecordSchema,
  makeCase,
  cleanLabel,
  identifierWarning,
  isReservedId,
  newCaseId,
  readCaseRecord,
  roomFor,
  sameJson,
  LABEL_MAX,
  MAX_CASES,
  type CasesStore,
  type StoredCases,
} from './cases';
export { describeStorageError } from './messages';
export { KEEP_HEADER } from './keeping-header';
export { Keeper, keepingWords, type KeepState, type KeepContext, type AskReason } from './keeping';
export { backupStatus, changedSince, REMINDER, type BackupMark, type BackupMarks } from './backup-mark';
export { OPEN_TIMEOUT_MS } from './open-timeout';
