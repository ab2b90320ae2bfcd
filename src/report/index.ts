// The report's face for the first screen: the read model of an assessment and each result's
// one-line wording. The note (summary.ts) and the score lines (prognosis-text.ts) need the
// evidence base and the prognostic scores: the UI loads those two with import(), never from here,
// so that they stay out of the first load.
export { derive, deriveLesion, lesionGlance, lesionBar, type Derived, type LesionDerived } from './derive';
export { caseGlance } from './case-glance';
export {
  sinsAnnouncement,
  lesionSinsAnnouncement,
  esccAnnouncement,
  lesionEscc,
  lesionEsccAnnouncement,
  tesAnnouncement,
  noSurgicalCall,
  tesFraming,
  type TesFraming,
} from './announce';
export { histologyText } from './histology';
