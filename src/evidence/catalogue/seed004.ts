// Koruga N et al. 2024 (Surg Neurol Int; source file 004), case report of a C5 LMS metastasis resected posteriorly, with a brief
// review quoting earlier series and cases.
import type { OutcomeRecord } from '../schema';
import { cohort } from './cohort';

const SEED = '004_4830fc548d0e04fa.txt' as const;

const quoted = (d: Omit<OutcomeRecord, 'source'> & { location: string }): OutcomeRecord => {
  const { location, ...rest } = d;
  return { ...rest, source: { seed: SEED, location } };
};

const korugaCase = cohort({
  population: {
    n: 1,
    histology: 'leiomyosarcoma',
    metastaticSite: 'spine',
    description: '63-year-old woman, C5 laminar / C5-C6 foraminal metastasis of a retroperitoneal LMS resected in 2021; C5 hemiparesis 4/5',
  },
  source: { seed: SEED },
  design: 'case-report',
  intervention: 'posterior-gross-total-resection',
  timeOrigin: 'surgery',
});

export const seed004Records: OutcomeRecord[] = [
  korugaCase({
    id: 'koruga-local-recurrence', cohort: 'koruga2024', measure: 'local-recurrence', statistic: 'case-course',
    label: 'Local recurrence at the operated C5 level after gross-total resection with negative margins and docetaxel/gemcitabine', value: 12, unit: 'months',
    source: { location: 'Abstract; Postoperative course; Fig. 5' }, note: 'No recurrence on MRI at 1 and 6 months; recurrence one year after surgery.',
  }),
  quoted({
    id: 'elhammady-via-koruga-os', cohort: 'elhammady2007', measure: 'overall-survival', statistic: 'unspecified', label: 'Overall survival of spinal LMS metastases after aggressive surgery (as quoted)', value: 8.6, unit: 'years',
    timeOrigin: 'not-stated', timeOriginNote: 'not stated in the paper; nor is the statistic (mean or median)',
    population: { n: 5, histology: 'leiomyosarcoma', metastaticSite: 'spine', description: 'LMS metastases to the spine: case series and review' },
    intervention: 'spine-surgery-mixed', design: 'case-series-and-review', location: 'Discussion, “Survival rates for spinal LMS”, via reference 5 (Maimone 2013)',
    primaryCitation: 'Elhammady MS, Manzano GR, Lebwohl N, Levi AD. J Neurosurg Spine 2007;6:178-83',
  }),
  quoted({
    id: 'ziewacz-via-koruga-os', cohort: 'ziewacz2012', measure: 'overall-survival', statistic: 'unspecified', label: 'Survival after surgery for spinal metastatic LMS (as quoted)', value: 10.7, unit: 'months',
    timeOrigin: 'not-stated', timeOriginNote: 'not stated in the paper; nor is the statistic (mean or median)',
    population: { n: 9, histology: 'leiomyosarcoma', metastaticSite: 'spine', description: 'Spinal metastatic LMS, operated' },
    intervention: 'spine-surgery-mixed', design: 'retrospective-series', location: 'Discussion, “Survival rates for spinal LMS”, via reference 5 (Maimone 2013)',
    primaryCitation: 'Ziewacz JE, Lau D, La Marca F, Park P. J Neurosurg Spine 2012;17:432-7',
  }),
  quoted({
    id: 'sun2014-via-koruga', cohort: 'sun2014', measure: 'progression-free-survival', statistic: 'case-course', label: 'Progression-free after gross-total resection and radiotherapy of a C6 LMS metastasis', value: 13, unit: 'months',
    // Table 1 gives "13 months, progression-free survival" and no origin.
    timeOrigin: 'not-stated', timeOriginNote: 'Table 1 gives the follow-up without saying from what',
    population: { n: 1, histology: 'leiomyosarcoma', metastaticSite: 'spine', description: 'LMS metastasis at C6 with compression fracture' },
    intervention: 'gross-total-resection-radiotherapy', design: 'case-report', location: 'Table 1',
    primaryCitation: 'Sun Z, Wang H, Yang H, Jiang W. Oncol Lett 2014;8:263-5',
  }),
  quoted({
    id: 'zhang2022-via-koruga', cohort: 'zhang2022', measure: 'recurrence-free-survival', statistic: 'case-course', label: 'Longest recurrence-free survival among primary cervical spine LMS (C4, gross-total resection)', value: 38, unit: 'months',
    // "the longest recurrence-free survival was 38 months": no origin given.
    timeOrigin: 'not-stated', timeOriginNote: 'the paper does not say from what the 38 months are counted',
    population: { n: 3, histology: 'leiomyosarcoma', metastaticSite: 'none-primary', description: 'Primary (not metastatic) LMS of the cervical spine, C2-C4' },
    intervention: 'mixed', design: 'case-series-and-review', location: 'Discussion; Table 1',
    primaryCitation: 'Zhang J, Chen Y, Xing X et al. Insights Imaging 2022;13:195',
  }),
];
