// Series of en bloc resection (TES) and metastasectomy by primary. Every figure was read in the
// abstract at the address in its `readAt` and in the comment above it, through the search tool.
// Per-primary survival of Kato 2022 (thyroid best) is given in the abstract without figures, so
// none is shipped; the Kanazawa renal series (Cancer Sci 2021) gives the renal-cell figures.
import type { Study } from '../study-schema';

const KATO22_AT = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9221216';
// Read at https://pmc.ncbi.nlm.nih.gov/articles/PMC9221216 (Simple Summary; Abstract).
const kato2022: Study = {
  id: 'kato2022-metastasectomy', question: 'en-bloc', name: 'Kato 2022 (Kanazawa)',
  citation: { firstAuthor: 'Kato S', year: 2022, journal: 'Cancers', full: 'Kato S, Demura S, Murakami H, et al. Medium to long-term clinical outcomes of spinal metastasectomy. Cancers (Basel) 2022;14(12):2852' },
  design: 'retrospective-series', n: 124,
  compared: 'Every patient had spinal metastasectomy for an isolated spinal metastasis, 2006–2018, follow-up ≥ 3 years',
  treatments: ['tes'],
  population: {
    description: 'Isolated spinal metastases removed by metastasectomy',
    histologies: ['kidney', 'thyroid', 'other-sarcoma', 'leiomyosarcoma', 'lung-nsclc', 'lung-sclc', 'breast'],
    mix: 'renal cell 51, thyroid 14, low-grade sarcoma 13, lung 13, breast 12, other 21 (of 124)',
    counts: { kidney: 51, thyroid: 14, 'other-sarcoma': 13, leiomyosarcoma: 13, 'lung-nsclc': 13, 'lung-sclc': 13, breast: 12 },
    others: 'the series names no such primary: it could only be among its 21 “other malignancies”',
    partial: {
      'other-sarcoma': 'the 13 sarcomas were low-grade; the grade of this sarcoma is not in the profile',
      leiomyosarcoma: 'the 13 sarcomas were low-grade, of types not given in the abstract; the grade of this leiomyosarcoma is not in the profile',
      'lung-nsclc': 'the 13 lung cancers are not split by type in the abstract',
      'lung-sclc': 'the 13 lung cancers are not split by type in the abstract',
    },
  },
  rules: [
    { kind: 'solid-tumour', text: 'metastases of solid primaries (not myeloma or lymphoma)' },
    { kind: 'lesions-max', max: 1, text: 'an isolated (solitary) spinal metastasis' },
    { kind: 'caveat', text: 'selected for removable, isolated disease; figures are of the whole mix, not of one primary' },
  ],
  figures: [
    { id: 'kato2022-os-3y', label: 'Survival at 3 years', value: 70, unit: 'percent', statistic: 'rate', atMonths: 36, n: 124, timeOrigin: 'surgery', where: 'Simple Summary; Abstract', readAt: KATO22_AT },
    { id: 'kato2022-os-5y', label: 'Survival at 5 years', value: 60, unit: 'percent', statistic: 'rate', atMonths: 60, n: 124, timeOrigin: 'surgery', where: 'Simple Summary; Abstract', readAt: KATO22_AT, note: 'thyroid primaries had the best survival (no figure in the abstract)' },
    { id: 'kato2022-lr', label: 'Local recurrence of the operated lesion', value: 10, unit: 'percent', statistic: 'proportion', n: 124, timeOrigin: 'surgery', where: 'Simple Summary', readAt: KATO22_AT },
    { id: 'kato2022-instrumentation', label: 'Instrumentation failure', value: 22, unit: 'percent', statistic: 'proportion', n: 124, timeOrigin: 'surgery', where: 'Simple Summary', readAt: KATO22_AT },
  ],
};

const RCC_AT = 'https://suppr.wilddata.cn/browses/detail/pubmed/33780597';
// Read at https://suppr.wilddata.cn/browses/detail/pubmed/33780597 (the PubMed abstract, PMID 33780597).
const kanazawaRcc: Study = {
  id: 'kanazawa2021-rcc', question: 'en-bloc', name: 'Kanazawa renal series 2021',
  // The copy read shows the Kanazawa department, not the author list: cited by PMID so it can be found.
  citation: { firstAuthor: 'Kanazawa University Orthopaedic Surgery (PMID 33780597)', year: 2021, journal: 'Cancer Sci', full: 'Spinal metastasectomy for metastatic renal cell carcinoma: postoperative survival and prognostic factors. Cancer Sci 2021;112(6):2416-25, doi:10.1111/cas.14902, PMID 33780597 (Department of Orthopaedic Surgery, Kanazawa University)' },
  design: 'retrospective-series', n: 65,
  compared: 'Every patient had spinal metastasectomy, 1995–2017; 38 had all visible metastases removed',
  treatments: ['tes'],
  population: { description: 'Metastatic renal cell carcinoma, spinal metastasectomy', histologies: ['kidney'], mix: 'renal cell carcinoma only (65 consecutive patients)', counts: { kidney: 65 }, others: 'excluded' },
  rules: [{ kind: 'caveat', text: 'liver metastases, multiple spinal metastases and incomplete metastasectomy shortened survival' }],
  figures: [
    { id: 'rcc2021-css-median', label: 'Median cancer-specific survival', value: 100, unit: 'months', statistic: 'median', n: 65, timeOrigin: 'surgery', where: 'Abstract', readAt: RCC_AT },
    { id: 'rcc2021-css-5y', label: 'Cancer-specific survival at 5 years', value: 62, unit: 'percent', statistic: 'rate', atMonths: 60, n: 65, timeOrigin: 'surgery', where: 'Abstract', readAt: RCC_AT, note: '3-year 77%, 10-year 48%' },
  ],
};

const OHASHI_AT = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6454284';
// Read at https://pmc.ncbi.nlm.nih.gov/articles/PMC6454284 (Abstract, Methods and Results).
const ohashi: Study = {
  id: 'ohashi2019-ebs', question: 'en-bloc', name: 'Ohashi 2019',
  citation: { firstAuthor: 'Ohashi M', year: 2019, journal: 'Asian Spine J', full: 'Ohashi M, Hirano T, Watanabe K, et al. En bloc spondylectomy for spinal metastases: detailed oncological outcomes at a minimum of 2 years after surgery. Asian Spine J 2019;13(2):296-304' },
  design: 'retrospective-series', n: 18,
  compared: 'Every patient had en bloc spondylectomy, 1991–2015, follow-up ≥ 2 years',
  treatments: ['tes'],
  population: { description: 'Spinal metastases, en bloc spondylectomy', histologies: ['kidney', 'thyroid', 'liver'], mix: 'kidney 7, thyroid 4, liver 3, other 4 (of 18)', counts: { kidney: 7, thyroid: 4, liver: 3 }, others: 'the series names no such primary: it could only be among its 4 “other” primaries' },
  rules: [{ kind: 'solid-tumour', text: 'metastases of solid primaries (not myeloma or lymphoma)' }],
  figures: [
    { id: 'ohashi-complications', label: 'Perioperative complications', value: 66.7, unit: 'percent', statistic: 'proportion', count: { events: 12, of: 18 }, n: 18, timeOrigin: 'surgery', where: 'Abstract, Results', readAt: OHASHI_AT },
    { id: 'ohashi-lr', label: 'Local recurrence (median 12.5 months after surgery)', value: 27.8, unit: 'percent', statistic: 'proportion', count: { events: 5, of: 18 }, n: 18, timeOrigin: 'surgery', where: 'Abstract, Results', readAt: OHASHI_AT, note: '4 of the 5 had a positive resection margin' },
    { id: 'ohashi-distant', label: 'Distant relapse (median 21 months after surgery)', value: 72.2, unit: 'percent', statistic: 'proportion', count: { events: 13, of: 18 }, n: 18, timeOrigin: 'surgery', where: 'Abstract, Results', readAt: OHASHI_AT },
  ],
};

const PTASH_AT = 'http://ijssurgery.com/content/14/6/982.full.txt';
// Read at http://ijssurgery.com/content/14/6/982.full.txt (Abstract, Methods and Results).
const ptashnikov: Study = {
  id: 'ptashnikov2020-rcc', question: 'en-bloc', name: 'Ptashnikov 2020',
  citation: { firstAuthor: 'Ptashnikov D', year: 2020, journal: 'Int J Spine Surg', full: 'Ptashnikov D, Zaborovskii N, Kostrickii S, et al. Metastasectomy and targeted therapy for patients with spinal metastases of renal cell carcinoma. Int J Spine Surg 2020;14(6):982' },
  design: 'retrospective-series', n: 100,
  compared: 'Metastasectomy (n = 39) against decompression and stabilisation (n = 61)',
  treatments: ['tes', 'decompression-stabilisation'],
  population: { description: 'Spinal metastases of renal cell carcinoma, operated', histologies: ['kidney'], mix: 'renal cell carcinoma only', counts: { kidney: 100 }, others: 'excluded' },
  rules: [{ kind: 'caveat', text: 'not randomised: who had metastasectomy was chosen by the surgeons' }],
  figures: [
    { id: 'ptashnikov-local', label: 'Local control: better after metastasectomy than after decompression', value: null, unit: 'percent', statistic: 'comparison', n: 100, pValue: '.043', timeOrigin: 'surgery', where: 'Abstract, Results', readAt: PTASH_AT },
    { id: 'ptashnikov-os', label: 'Overall survival: no difference between metastasectomy and decompression', value: null, unit: 'percent', statistic: 'comparison', n: 100, pValue: '.750', timeOrigin: 'surgery', where: 'Abstract, Results', readAt: PTASH_AT, note: 'targeted therapy was associated with longer survival (p = .012)' },
  ],
};

export const enBlocSeries: readonly Study[] = [kanazawaRcc, kato2022, ptashnikov, ohashi];
