// Marks in localStorage, read before anything loads. ANSWERS_MARK: the saved draft holds answers
// (keep-view.ts writes it); main.tsx reads it before the first paint, to know whether the results
// must wait for a draft to be drawn. USED_MARK: storage has been opened on this device (useStorage).
import { changeLeft } from '../../storage/leave-key';

export const ANSWERS_MARK = 'spine-calculator-answers';
export const USED_MARK = 'spine-calculator-used';

/**
 * Whether this device may hold answers, saved cases or a change a closing tab left: then storage
 * opens at once. Otherwise (a first visit) it opens at the first tap or key. When localStorage
 * cannot be read, it may.
 */
export function mayHoldData(): boolean {
  try {
    return !!localStorage.getItem(USED_MARK) || draftOnItsWay();
  } catch {
    return true;
  }
}

/**
 * Whether a draft with answers will be drawn just after the first paint: a saved one, or a change
 * a closing page left (a first visit's, with no mark). Throws where localStorage cannot be read.
 */
export const draftOnItsWay = (): boolean => !!localStorage.getItem(ANSWERS_MARK) || changeLeft(localStorage);
