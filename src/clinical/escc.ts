// ESCC: Bilsky MH et al., J Neurosurg Spine 2010;13:324-8. Graded on axial T2-weighted MRI at
// the level of most severe compression. The findings form a chain; each answer decides whether
// the next question matters.
import { sortLevels, vertebraIndex, type Vertebra } from './levels';

export const ESCC_FINDINGS = [
  'epiduralTumour',
  'thecalSacDeformed',
  'cordAbutted',
  'cordCompressed',
  'csfAroundCord',
] as const;
export type EsccFinding = (typeof ESCC_FINDINGS)[number];
export type EsccFindings = Partial<Record<EsccFinding, boolean>>;

export type EsccGrade = '0' | '1a' | '1b' | '1c' | '2' | '3';
export type EsccTier = 'low' | 'intermediate' | 'high';

export const ESCC_GRADES: ReadonlyArray<{ grade: EsccGrade; tier: EsccTier; definition: string }> = [
  { grade: '0', tier: 'low', definition: 'Bone-only disease' },
  { grade: '1a', tier: 'low', definition: 'Epidural impingement, without deformation of the thecal sac' },
  { grade: '1b', tier: 'low', definition: 'Deformation of the thecal sac, without spinal cord abutment' },
  {
    grade: '1c',
    tier: 'intermediate',
    definition: 'Deformation of the thecal sac, with spinal cord abutment, without cord compression',
  },
  { grade: '2', tier: 'high', definition: 'Spinal cord compression, with CSF visible around the cord' },
  { grade: '3', tier: 'high', definition: 'Spinal cord compression, no CSF visible around the cord' },
];

/** Each finding's name, as used in legends and messages. */
export const ESCC_FINDING_NAMES: Record<EsccFinding, string> = {
  epiduralTumour: 'epidural tumour',
  thecalSacDeformed: 'thecal sac deformed',
  cordAbutted: 'cord abutted',
  cordCompressed: 'cord compressed',
  csfAroundCord: 'CSF visible around the cord',
};

/** The question for each finding, read on axial T2 MRI at the level of worst compression. */
export const ESCC_QUESTIONS: Record<EsccFinding, string> = {
  epiduralTumour: 'On axial T2 MRI at the level of worst compression, is there epidural tumour?',
  thecalSacDeformed: 'Does it deform the thecal sac?',
  cordAbutted: 'Does it abut the spinal cord?',
  cordCompressed: 'Is the cord compressed?',
  csfAroundCord: 'Is CSF still visible around the cord?',
};

export type EsccResult =
  | { status: 'graded'; grade: EsccGrade; tier: EsccTier }
  | { status: 'incomplete'; next: EsccFinding }
  | { status: 'contradiction'; message: string };

export function esccTier(grade: EsccGrade): EsccTier {
  return (ESCC_GRADES.find((g) => g.grade === grade) as (typeof ESCC_GRADES)[number]).tier;
}

// A later finding that is present implies every earlier link of the chain is present too.
const IMPLIES: ReadonlyArray<readonly [EsccFinding, EsccFinding, string]> = [
  ['thecalSacDeformed', 'epiduralTumour', 'a deformed thecal sac needs epidural tumour to deform it'],
  ['cordAbutted', 'epiduralTumour', 'the cord cannot be abutted by tumour when there is no epidural tumour'],
  ['cordCompressed', 'epiduralTumour', 'the cord cannot be compressed by tumour when there is no epidural tumour'],
  ['cordAbutted', 'thecalSacDeformed', 'tumour abutting the cord deforms the thecal sac'],
  ['cordCompressed', 'thecalSacDeformed', 'tumour compressing the cord deforms the thecal sac'],
  ['cordCompressed', 'cordAbutted', 'a compressed cord is necessarily abutted'],
];

function contradiction(findings: EsccFindings): string | null {
  for (const [later, earlier, why] of IMPLIES) {
    if (findings[later] === true && findings[earlier] === false) {
      return `“${ESCC_FINDING_NAMES[later]}: yes” contradicts “${ESCC_FINDING_NAMES[earlier]}: no”: ${why}. Check both answers.`;
    }
  }
  return null;
}

/** Walks the Bilsky chain. Contradictory answers are reported, never graded. */
export function gradeEscc(findings: EsccFindings): EsccResult {
  for (const f of ESCC_FINDINGS) {
    const v = findings[f];
    if (v !== undefined && typeof v !== 'boolean') {
      return { status: 'contradiction', message: `The answer to “${ESCC_FINDING_NAMES[f]}” must be yes or no.` };
    }
  }
  const message = contradiction(findings);
  if (message) return { status: 'contradiction', message };

  const chain: ReadonlyArray<readonly [EsccFinding, EsccGrade]> = [
    ['epiduralTumour', '0'],
    ['thecalSacDeformed', '1a'],
    ['cordAbutted', '1b'],
    ['cordCompressed', '1c'],
  ];
  for (const [finding, gradeIfAbsent] of chain) {
    const answer = findings[finding];
    if (answer === undefined) return { status: 'incomplete', next: finding };
    if (!answer) return { status: 'graded', grade: gradeIfAbsent, tier: esccTier(gradeIfAbsent) };
  }
  const csf = findings.csfAroundCord;
  if (csf === undefined) return { status: 'incomplete', next: 'csfAroundCord' };
  const grade: EsccGrade = csf ? '2' : '3';
  return { status: 'graded', grade, tier: esccTier(grade) };
}

/** Which findings the chain has reached: the ones worth asking, in order. */
export function esccQuestionsToAsk(findings: EsccFindings): EsccFinding[] {
  const asked: EsccFinding[] = [];
  for (const f of ESCC_FINDINGS) {
    asked.push(f);
    const answer = findings[f];
    if (answer === undefined) break;
    if (f === 'csfAroundCord' || answer === false) break;
  }
  return asked;
}

export type NeuralLevel = 'cord' | 'conus' | 'cauda-equina';

/**
 * What the thecal sac holds at the lesion. The scale was validated on cervical and thoracic
 * lesions; the conus usually ends at L1-L2, below it the cauda equina is what is compressed.
 */
export function neuralLevel(levels: readonly Vertebra[]): NeuralLevel | null {
  const sorted = sortLevels(levels);
  const top = sorted[0];
  if (top === undefined) return null;
  const i = vertebraIndex(top);
  if (i < vertebraIndex('T12')) return 'cord';
  if (i <= vertebraIndex('L1')) return 'conus';
  return 'cauda-equina';
}
