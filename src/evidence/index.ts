// The evidence base's public face: literature figures with provenance, survival arithmetic,
// matching. Pure TypeScript, no DOM.
export { kaplanMeier, type KaplanMeier, type KmStep, type KmPoint, type Observation } from './kaplan-meier';
export {
  kato2020,
  katoObservations,
  isThreeYearSurvivor,
  KATO_2020_SEED,
  type KatoPatient,
  type KatoStatus,
} from './kato2020';
export {
  SEEDS,
  MEASURES,
  TIME_ORIGINS,
  INTERVENTIONS,
  DESIGNS,
  OutcomeRecordSchema,
  ConflictSchema,
  type OutcomeRecord,
  type Conflict,
  type SeedFile,
  type Measure,
  type TimeOrigin,
  type Intervention,
  type Design,
} from './schema';
export { catalogue, conflicts, conflictsFor, validateCatalogue } from './catalogue';
export {
  TABLE3_FACTORS,
  PRE_OPERATIVE_FACTORS,
  table3Subgroups,
  subgroupsForProfile,
  type Subgroup,
  type PatientFactors,
  type ProfileSubgroups,
} from './subgroups';
export { matchOutcomes, type MatchResult, type CohortMatch, type MeasureRange, type LineFigure, type TreatmentGroup, type NoMatchReason } from './match';
export { citationOf, publicationOf, referenceList } from './citation';
export { formatValue, nText, ciText, fewWarning, originText, provenance, figureText, isDisputed } from './text';
export { rangeText } from './lines';
export { wilson95, FEW_PATIENTS } from './stats';
export { OVERLAPS, patientPools } from './catalogue/overlap';
export { prognosticOutcomes, citationText, figureValue, studiedText, VALIDATION_LINES, PROGNOSTIC_RECORDS, type PrognosticRecord, type PatientBands } from './prognostic';
export { PatientProfileSchema, TREATMENTS, PROFILE_SITES, type PatientProfile, type Treatment, type ProfileSite } from './profile';
export { applicableStudies, matchStudy, QUESTION_OF, type Applicability, type QuestionGroup, type StudyMatch } from './applicability';
export { studies, validateStudies } from './catalogue/studies';
export { QUESTIONS, StudySchema, type Question, type Study, type StudyFigure } from './study-schema';
export { keyFiguresForNote, studyCitation, studyNoteLines, studyReferences, type NoteFigure } from './study-text';
