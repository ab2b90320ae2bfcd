// ESCC by picture: tapping a grade's drawing sets the very findings the Bilsky chain
// (escc.ts; Bilsky MH et al., J Neurosurg Spine 2010;13:324-8) would have collected for it, so
// the grade, the questions shown and the saved answers are the same whichever way it was entered.
import type { EsccFindings, EsccGrade } from './escc';

const YES = true;
const NO = false;

/** Each grade's answers down the chain, stopping where the chain stops asking. */
const FINDINGS: Record<EsccGrade, EsccFindings> = {
  '0': { epiduralTumour: NO },
  '1a': { epiduralTumour: YES, thecalSacDeformed: NO },
  '1b': { epiduralTumour: YES, thecalSacDeformed: YES, cordAbutted: NO },
  '1c': { epiduralTumour: YES, thecalSacDeformed: YES, cordAbutted: YES, cordCompressed: NO },
  '2': { epiduralTumour: YES, thecalSacDeformed: YES, cordAbutted: YES, cordCompressed: YES, csfAroundCord: YES },
  '3': { epiduralTumour: YES, thecalSacDeformed: YES, cordAbutted: YES, cordCompressed: YES, csfAroundCord: NO },
};

/** The findings the chain would have set for `grade` (a fresh object: callers may keep it). */
export function esccFindingsForGrade(grade: EsccGrade): EsccFindings {
  return { ...FINDINGS[grade] };
}
