// What a clinician enters, as stored: the clinical model's patient and lesions. The schema
// lives with the clinical types; storage adds nothing to it.
export { AssessmentSchema, emptyAssessment, isEmptyAssessment, type Assessment } from '../clinical';
