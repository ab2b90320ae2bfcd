// The clinical core's public face: pure rules, no DOM.
export type { Result } from './result';
export {
  VERTEBRAE,
  type Vertebra,
  type Region,
  isVertebra,
  vertebraIndex,
  regionOf,
  sortLevels,
  areConsecutive,
  consecutiveRuns,
  formatLevels,
  parseLevels,
} from './levels';
export {
  SINS_COMPONENTS,
  SINS_POINTS,
  SINS_LABELS,
  SINS_BANDS,
  SINS_CONSULTATION_THRESHOLD,
  type SinsComponent,
  type SinsLocation,
  type SinsFindings,
  type SinsCategory,
  type SinsResult,
  type SinsLocationDetail,
  sinsSegment,
  sinsLocationForLevels,
  sinsLocationDetail,
  sinsBand,
  scoreSins,
} from './sins';
export {
  ESCC_FINDINGS,
  ESCC_GRADES,
  ESCC_QUESTIONS,
  ESCC_FINDING_NAMES,
  type EsccFinding,
  type EsccFindings,
  type EsccGrade,
  type EsccTier,
  type EsccResult,
  type NeuralLevel,
  esccTier,
  gradeEscc,
  esccQuestionsToAsk,
  neuralLevel,
} from './escc';
export {
  TES_MAX_LEVELS,
  TES_MAX_ECOG,
  TES_MAX_OTHER_METASTASES,
  type TesFindings,
  type TesCriterion,
  type TesCriterionId,
  type TesCriterionStatus,
  type TesVerdict,
  type TesResult,
  checkTes,
} from './tes';
export {
  ECOG_GRADES,
  ECOG_DESCRIPTIONS,
  FRANKEL_GRADES,
  FRANKEL_DESCRIPTIONS,
  type Ecog,
  type Frankel,
} from './performance';
export {
  VertebraSchema,
  SinsFindingsSchema,
  EsccFindingsSchema,
  EcogSchema,
  TesFindingsSchema,
  wholeNumber,
} from './schemas';
export { parseWholeNumber } from './fields';
