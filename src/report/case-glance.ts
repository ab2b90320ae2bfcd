// A saved case in one line, for the list of saved cases: loaded with it, not in the first load.
import type { Assessment } from '../clinical';
import { deriveLesion, lesionGlance } from './derive';

/** One line per saved case for the list. */
export function caseGlance(a: Assessment): string {
  const lesions = a.lesions.map(deriveLesion);
  const shown = lesions.filter((l) => l.levelsText || Object.keys(l.lesion.sins).length || Object.keys(l.lesion.escc).length);
  return shown.length ? shown.map(lesionGlance).join('; ') : 'no levels or findings yet';
}
