// localStorage keys of the changes tabs left as they went (see draft.ts), in a file of their own
// so that the draft store and a tab's save path share them without importing each other, and so
// that a page leaving before the storage code has loaded can leave its change too (leaveEarly).
import type { Assessment } from '../clinical';

export const LEAVE_PREFIX = 'spine-calculator-leave:';

/**
 * For a page going before storage opened (a first visit loads it at the first tap): its answers,
 * made on the empty screen, as the record a tab leaves (draft.ts saveNow). No validators here:
 * the reader validates every record it folds in, as it does any other.
 */
export function leaveEarly(tab: string, base: Assessment, screen: Assessment, ls: globalThis.Storage = localStorage): void {
  ls.setItem(LEAVE_PREFIX + tab, JSON.stringify({ tab, base, screen, at: Date.now(), seq: 1 }));
}

/** Whether a tab left a change that the next read of the draft must fold in. */
export function changeLeft(ls: globalThis.Storage): boolean {
  return Object.keys(ls).some((k) => k.startsWith(LEAVE_PREFIX));
}
