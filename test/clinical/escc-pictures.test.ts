// ESCC by picture: each grade's drawing sets exactly what walking the Bilsky chain would
// (Bilsky MH et al., J Neurosurg Spine 2010;13:324-8; shared/CLINICAL-REFERENCE.md, "ESCC").
import { describe, expect, it } from 'vitest';
import { ESCC_GRADES, esccFindingsForGrade, esccQuestionsToAsk, gradeEscc, type EsccFinding, type EsccFindings, type EsccGrade } from '../../src/clinical';
import { answerEscc } from '../../src/ui/lesion/Escc';

// What an axial T2 image of each grade shows, read from the grade's published definition
// (not from the chain): tumour, sac deformed, cord abutted, cord compressed, CSF around the cord.
const IMAGE: Record<EsccGrade, Record<EsccFinding, boolean>> = {
  '0': { epiduralTumour: false, thecalSacDeformed: false, cordAbutted: false, cordCompressed: false, csfAroundCord: true },
  '1a': { epiduralTumour: true, thecalSacDeformed: false, cordAbutted: false, cordCompressed: false, csfAroundCord: true },
  '1b': { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: false, cordCompressed: false, csfAroundCord: true },
  '1c': { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: false, csfAroundCord: true },
  '2': { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: true },
  '3': { epiduralTumour: true, thecalSacDeformed: true, cordAbutted: true, cordCompressed: true, csfAroundCord: false },
};

/** A clinician answering the chain's questions one at a time, as Escc.tsx sets them. */
function walkChain(image: Record<EsccFinding, boolean>): EsccFindings {
  let findings: EsccFindings = {};
  for (;;) {
    const asked = esccQuestionsToAsk(findings);
    const next = asked.find((f) => findings[f] === undefined);
    if (!next) return findings;
    findings = answerEscc(findings, next, image[next]);
  }
}

const GRADES = ESCC_GRADES.map((g) => g.grade);

describe('esccFindingsForGrade', () => {
  it('covers the six Bilsky grades', () => {
    expect(GRADES).toEqual(['0', '1a', '1b', '1c', '2', '3']);
  });

  it.each(GRADES)('grade %s: the chain grades its findings as that grade', (grade) => {
    expect(gradeEscc(esccFindingsForGrade(grade))).toMatchObject({ status: 'graded', grade });
  });

  it.each(GRADES)('grade %s: exactly the findings walking the chain sets, no more, no fewer', (grade) => {
    const walked = walkChain(IMAGE[grade]);
    expect(gradeEscc(walked)).toMatchObject({ status: 'graded', grade });
    expect(esccFindingsForGrade(grade)).toEqual(walked);
    // Every answer set is one the chain asks: nothing hides beyond where it stops.
    expect(Object.keys(esccFindingsForGrade(grade)).sort()).toEqual(esccQuestionsToAsk(walked).sort());
  });

  it('gives a fresh object each time, so a caller changing it changes no other lesion', () => {
    const a = esccFindingsForGrade('2');
    a.csfAroundCord = false;
    expect(esccFindingsForGrade('2').csfAroundCord).toBe(true);
  });
});
