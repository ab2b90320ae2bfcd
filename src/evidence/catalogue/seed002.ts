// Neurosurgery Wiki page (source file 002) on leiomyosarcoma: quotes Liu et al. (gynecological cancers
// metastatic to the spine) and case reports.
import type { OutcomeRecord } from '../schema';
import { cohort } from './cohort';

const SEED = '002_82cde80c773ee29b.txt' as const;
const LIU = 'Liu A, Sankey EW, Goodwin CR et al. Postoperative survival and functional outcomes for patients with metastatic gynecological cancer to the spine. J Neurosurg Spine 2015 Sep 11 [Epub], PMID 26360144';

const liu = cohort({
  population: { n: null, nNote: 'n not given on the wiki page', histology: 'gynecological-cancers', metastaticSite: 'spine', description: 'Gynecological cancers metastatic to the spine, operated (institutional series)' },
  source: { seed: SEED },
  design: 'case-series-and-review',
  intervention: 'spine-surgery-mixed',
  timeOrigin: 'spinal-metastasis-diagnosis-and-surgery',
  primaryCitation: LIU,
});

// "overall survival following diagnosis of spinal metastases and surgery was 27 months, with
// ... leiomyosarcoma survival being 32, 26, and 20 months": the page names no statistic, so
// none of these is called a median here (Kato 2020 calls Liu's 22.5 a median).
const NO_STAT = 'The page names no statistic (median or mean) for this figure.';

export const seed002Records: OutcomeRecord[] = [
  liu({ id: 'liu-wiki-all-median', cohort: 'liu-gynecological-series', measure: 'overall-survival', statistic: 'unspecified', label: 'Survival after diagnosis of spinal metastasis and surgery, all gynecological cancers (statistic not named)', value: 27, unit: 'months', source: { location: 'Leiomyosarcoma (opening paragraph), footnote 1' }, note: NO_STAT }),
  liu({
    id: 'liu-wiki-lms-series-median', cohort: 'liu-gynecological-series', measure: 'overall-survival', statistic: 'unspecified', label: 'Survival after diagnosis of spinal metastasis and surgery, LMS patients of the institutional series (statistic not named)', value: 20, unit: 'months',
    population: { histology: 'leiomyosarcoma', subgroup: 'leiomyosarcoma', nNote: 'n of the LMS patients not given on the wiki page' }, source: { location: 'Leiomyosarcoma (opening paragraph), footnote 1' }, note: NO_STAT,
  }),
  liu({
    id: 'liu-wiki-lms-combined-median', cohort: 'liu-spinal-lms', measure: 'overall-survival', statistic: 'unspecified', label: 'Survival of spinal metastatic LMS, series combined with literature cases (statistic not named)', value: 22.5, unit: 'months',
    population: { histology: 'leiomyosarcoma', subgroup: 'leiomyosarcoma, series plus literature cases', nNote: 'n not given on the wiki page (Kato 2020 quotes 16 patients)' }, source: { location: 'Leiomyosarcoma (opening paragraph), footnote 1' },
    note: `${NO_STAT} Kato 2020 quotes the same 22.5 as a median after spine surgery.`,
  }),
  {
    id: 'strong-case-progression-free', cohort: 'strong2015', measure: 'progression-free-survival', statistic: 'case-course',
    label: 'Progression-free after resection, radiosurgery and chemotherapy for recurrent uterine LMS metastatic to the spine', value: 35, unit: 'months',
    timeOrigin: 'presentation', timeOriginNote: 'counted April 2011 to March 2014; the page dates her presentation January 2011',
    population: { n: 1, histology: 'uterine-leiomyosarcoma', metastaticSite: 'spine', description: 'Recurrent uterine LMS metastatic to the spine, years after primary resection and adjuvant chemotherapy' },
    intervention: 'resection-radiosurgery-chemotherapy', design: 'case-report', source: { seed: SEED, location: 'Case reports, 2015, footnote 2' },
    primaryCitation: 'Strong MJ, Rosenlof T, Padmanabha S et al. J Neurosurg Spine 2015 Jul 17 [Epub], PMID 26186448',
  },
  {
    id: 'aumuller-intracranial-case', cohort: 'aumuller2014', measure: 'recurrence-free-survival', statistic: 'case-course',
    label: 'Tumour-free after radical resection and radiotherapy of a primary intracranial LMS (child with Fanconi anaemia)', value: 2, unit: 'years',
    // "resulted in tumor-free survival and good outcome at a 2-year follow-up": no origin given.
    timeOrigin: 'not-stated', timeOriginNote: '“at a 2-year follow-up”; the page does not say from what', population: { n: 1, histology: 'leiomyosarcoma', metastaticSite: 'none-primary', description: 'Primary intracranial LMS of the torcular Herophili in a 12-year-old; not a spinal metastasis' },
    intervention: 'gross-total-resection-radiotherapy', design: 'case-report', source: { seed: SEED, location: 'Case reports, 2014, footnote 3' },
    primaryCitation: 'Aumüller M, Sykora KW, Hartmann C et al. Childs Nerv Syst 2014;30(9):1613-6',
  },
  {
    id: 'shepard-brain-case', cohort: 'shepard2014', measure: 'overall-survival', statistic: 'case-course',
    label: 'Died within several weeks of radiosurgery for brain metastasis, of disseminated extracranial disease', value: null, unit: 'months',
    timeOrigin: 'radiosurgery', timeOriginNote: 'gamma knife radiosurgery', population: { n: 1, histology: 'leiomyosarcoma', metastaticSite: 'brain', description: 'LMS metastatic to the brain (gamma knife series of gynecological malignancies)' },
    intervention: 'radiosurgery', design: 'case-report', source: { seed: SEED, location: 'Case reports, 2014, footnote 4', quote: 'passed away within several weeks of treatment' },
    primaryCitation: 'Shepard MJ, Fezeu F, Lee CC, Sheehan JP. J Neurooncol 2014;120(3):515-22',
  },
];
