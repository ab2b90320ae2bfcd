// Trials of decompression against radiotherapy, of radiotherapy regimens, and of cement and
// fracture risk. Every figure was read (abstract or key points) at the address in its `readAt`
// and in the comment above it, through the search tool; figures that could not be read (e.g.
// Patchell's survival, CAFE's control arm, RTOG 0631's rates) are not shipped.
import type { Study } from '../study-schema';

const PATCHELL_AT = 'https://pubmed.ncbi.nlm.nih.gov/16112300/';
// Read at https://pubmed.ncbi.nlm.nih.gov/16112300/ and thelancet.com PIIS0140-6736(05)66954-1 (Summary);
// eligibility at http://www.nature.com./articles/ncpneuro0008-nrneurol (not radiosensitive, single
// point of cord displacement, not totally paraplegic > 48 h) and https://ask.nsgyask.com/journal-club/legacy-2098-02-17
// (expected survival >= 3 months, medically operable).
const patchell: Study = {
  id: 'patchell2005', question: 'surgery-or-radiotherapy', name: 'Patchell 2005',
  citation: { firstAuthor: 'Patchell RA', year: 2005, journal: 'Lancet', full: 'Patchell RA, Tibbs PA, Regine WF, et al. Direct decompressive surgical resection in the treatment of spinal cord compression caused by metastatic cancer: a randomised trial. Lancet 2005;366(9486):643-8' },
  design: 'randomised-trial', n: 101,
  compared: 'Direct decompressive surgery then radiotherapy (30 Gy in 10) against the same radiotherapy alone',
  treatments: ['decompression-stabilisation', 'no-surgery'],
  population: {
    description: 'Spinal cord compression by metastatic cancer, one area of compression',
    histologies: 'any', mix: 'all but radiosensitive tumours and cancers of CNS or spinal-column origin; the mix by primary is not in the abstract',
    others: 'excluded',
  },
  rules: [
    { kind: 'not-radiosensitive', text: 'the trial excluded radiosensitive tumours' },
    { kind: 'escc-min', grade: '2', text: 'MRI-confirmed displacement of the spinal cord (high-grade compression)' },
    { kind: 'not-paraplegic', text: 'the trial excluded patients totally paraplegic for more than 48 h' },
    { kind: 'caveat', text: 'trial excluded patients expected to live under 3 months' },
    { kind: 'caveat', text: 'a single area of compression (one level or contiguous levels), fit for surgery' },
  ],
  figures: [
    { id: 'patchell-walk-surgery', label: 'Able to walk after treatment', arm: 'surgery + radiotherapy', value: 84, unit: 'percent', statistic: 'proportion', count: { events: 42, of: 50 }, n: 50, timeOrigin: 'treatment', where: 'Summary, Findings', readAt: PATCHELL_AT },
    { id: 'patchell-walk-rt', label: 'Able to walk after treatment', arm: 'radiotherapy alone', value: 57, unit: 'percent', statistic: 'proportion', count: { events: 29, of: 51 }, n: 51, timeOrigin: 'treatment', where: 'Summary, Findings', readAt: PATCHELL_AT, note: 'odds ratio 6.2 (95% CI 2.0–19.8), p = 0.001' },
    { id: 'patchell-days-surgery', label: 'Median time able to walk', arm: 'surgery + radiotherapy', value: 122, unit: 'days', statistic: 'median', n: 50, timeOrigin: 'treatment', where: 'Summary, Findings', readAt: PATCHELL_AT },
    { id: 'patchell-days-rt', label: 'Median time able to walk', arm: 'radiotherapy alone', value: 13, unit: 'days', statistic: 'median', n: 51, pValue: '0.003', timeOrigin: 'treatment', where: 'Summary, Findings', readAt: PATCHELL_AT },
    { id: 'patchell-regain-surgery', label: 'Regained walking, of those unable to walk at entry', arm: 'surgery + radiotherapy', value: 62, unit: 'percent', statistic: 'proportion', count: { events: 10, of: 16 }, n: 16, timeOrigin: 'treatment', where: 'Summary, Findings', readAt: PATCHELL_AT },
    { id: 'patchell-regain-rt', label: 'Regained walking, of those unable to walk at entry', arm: 'radiotherapy alone', value: 19, unit: 'percent', statistic: 'proportion', count: { events: 3, of: 16 }, n: 16, pValue: '0.01', timeOrigin: 'treatment', where: 'Summary, Findings', readAt: PATCHELL_AT },
  ],
};

const SCORAD_AT = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6902166';
// Read at https://pmc.ncbi.nlm.nih.gov/articles/PMC6902166 (Key Points; Abstract, Design and Interventions).
const scorad: Study = {
  id: 'hoskin2019-scorad', question: 'which-radiotherapy', name: 'SCORAD, Hoskin 2019',
  citation: { firstAuthor: 'Hoskin PJ', year: 2019, journal: 'JAMA', full: 'Hoskin PJ, Hopkins K, Misra V, et al. Effect of single-fraction vs multifraction radiotherapy on ambulatory status among patients with spinal canal compression from metastatic cancer: the SCORAD randomized clinical trial. JAMA 2019;322(21):2084-94' },
  design: 'randomised-trial', n: 686,
  compared: 'Single-fraction 8 Gy against 20 Gy in 5 fractions',
  treatments: ['no-surgery'],
  population: { description: 'Metastatic cancer with spinal cord or cauda equina compression', histologies: 'any', mix: 'metastatic cancer; the mix by primary is not in the abstract', others: 'excluded' },
  rules: [
    { kind: 'escc-min', grade: '2', text: 'spinal cord or cauda equina compression' },
    { kind: 'caveat', text: 'trial excluded patients expected to live 8 weeks or less, and those irradiated before to the same area' },
  ],
  figures: [
    { id: 'scorad-walk-single', label: 'Ambulatory at 8 weeks', arm: '8 Gy single fraction', value: 69.3, unit: 'percent', statistic: 'proportion', n: 345, timeOrigin: 'randomisation', where: 'Key Points, Findings', readAt: SCORAD_AT },
    { id: 'scorad-walk-multi', label: 'Ambulatory at 8 weeks', arm: '20 Gy in 5 fractions', value: 72.7, unit: 'percent', statistic: 'proportion', n: 341, timeOrigin: 'randomisation', where: 'Key Points, Findings', readAt: SCORAD_AT, note: 'single fraction not shown non-inferior: lower CI limit of the difference −11.5% against a margin of −11.0%' },
  ],
};

const SC24_AT = 'https://www.cancertherapyadvisor.com/home/cancer-topics/general-oncology/sbrt-cancer-patient-pain-ebrt-radiotherapy-treatment-risk-comparison/';
// Figures read at the address above (a report of the Lancet Oncology paper: CR 35% v 14%, p = 0.0002;
// 114 v 115 randomised; its "risk ratio 1.33" is not the ratio of 35 to 14 and its definition was not
// read, so it is not shown). The paper's own abstract, read at
// https://findanexpert.unimelb.edu.au/scholarlywork/1545625-stereotactic-body-radiotherapy-versus-conventional-external-beam-radiotherapy-in-patients-with-painful-spinal-metastases--an-open-label--multicentre--randomised--controlled--phase-2-3-trial ,
// gives authors, design (13 Canadian and 5 Australian hospitals) and age >= 18 with painful metastasis,
// but is cut off before its Findings: the figures stay on the report until the abstract is read whole.
// Eligibility read in the abstract at https://discovery.researcher.life/topic/conventional-external-beam-radiation/24568260?page=4 .
const sc24: Study = {
  id: 'sahgal2021-sc24', question: 'which-radiotherapy', name: 'SC.24, Sahgal 2021',
  citation: { firstAuthor: 'Sahgal A', year: 2021, journal: 'Lancet Oncol', full: 'Sahgal A, Myrehaug SD, Siva S, et al. Stereotactic body radiotherapy versus conventional external beam radiotherapy in patients with painful spinal metastases: an open-label, multicentre, randomised, controlled, phase 2/3 trial. Lancet Oncol 2021' },
  design: 'randomised-trial', n: 229,
  compared: 'SBRT 24 Gy in 2 fractions against conventional 20 Gy in 5 fractions',
  treatments: ['radiosurgery', 'no-surgery'],
  population: { description: 'Painful MRI-confirmed spinal metastasis, no more than 3 consecutive segments', histologies: 'any', mix: 'breast, lung, genitourinary, gastrointestinal, renal cell, head and neck, melanoma and others; stratified radioresistant against radiosensitive', others: 'excluded' },
  rules: [
    { kind: 'ecog-max', max: 2, text: 'ECOG 0 to 2' },
    { kind: 'levels-max', max: 3, text: 'no more than three consecutive vertebral segments in the treatment volume' },
    { kind: 'sins-max', max: 12, text: 'no frank instability' },
    { kind: 'no-symptomatic-compression', text: 'no neurologically symptomatic spinal cord or cauda equina compression' },
  ],
  figures: [
    { id: 'sc24-cr-sbrt', label: 'Complete pain response at 3 months', arm: 'SBRT 24 Gy / 2', value: 35, unit: 'percent', statistic: 'proportion', n: 114, timeOrigin: 'radiotherapy', where: 'Summary, Findings (primary endpoint)', readAt: SC24_AT },
    { id: 'sc24-cr-crt', label: 'Complete pain response at 3 months', arm: 'conventional 20 Gy / 5', value: 14, unit: 'percent', statistic: 'proportion', n: 115, pValue: '0.0002', timeOrigin: 'radiotherapy', where: 'Summary, Findings (primary endpoint)', readAt: SC24_AT },
  ],
};

const RTOG_AT = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10119775';
// Read at https://pmc.ncbi.nlm.nih.gov/articles/PMC10119775 (Key Points; Abstract, Design and
// Interventions): radiosurgery 16 or 18 Gy single dose to the involved level(s) against 8 Gy to the
// involved vertebra plus one above and below; 353 enrolled, 339 analysed; each of the 1 to 3 sites may
// involve up to 2 contiguous vertebral bodies (also at http://47.251.13.51:8081/37079324, PubMed copy).
const rtog0631: Study = {
  id: 'ryu2023-rtog0631', question: 'which-radiotherapy', name: 'RTOG 0631, Ryu 2023',
  citation: { firstAuthor: 'Ryu S', year: 2023, journal: 'JAMA Oncol', full: 'Ryu S, Deshmukh S, Timmerman RD, et al. Stereotactic radiosurgery vs conventional radiotherapy for localized vertebral metastases of the spine: phase 3 results of NRG Oncology/RTOG 0631 randomized clinical trial. JAMA Oncol 2023;9(6):800-7' },
  design: 'randomised-trial', n: 339,
  compared: 'Radiosurgery 16 or 18 Gy single dose against conventional 8 Gy single dose (2:1)',
  treatments: ['radiosurgery', 'no-surgery'],
  population: { description: '1 to 3 sites of vertebral metastases', histologies: 'any', mix: 'the mix by primary is not in the key points', others: 'excluded' },
  rules: [
    { kind: 'lesions-max', max: 3, text: '1 to 3 vertebral metastases' },
    { kind: 'caveat', text: 'each of the 1 to 3 sites involved at most 2 contiguous vertebral bodies; other eligibility criteria were not read here' },
  ],
  figures: [
    { id: 'rtog0631-pain', label: 'Pain response at 3 months: not improved with radiosurgery (worse than conventional)', value: null, unit: 'percent', statistic: 'comparison', n: 339, timeOrigin: 'radiotherapy', where: 'Key Points, Findings and Meaning', readAt: RTOG_AT, note: 'no spinal cord complications at 2 years after radiosurgery' },
  ],
};

const VCF_AT = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6076012';
// Read at https://pmc.ncbi.nlm.nih.gov/articles/PMC6076012 (Abstract, Results).
const sahgal2013: Study = {
  id: 'sahgal2013-vcf', question: 'stabilise', name: 'Sahgal 2013',
  citation: { firstAuthor: 'Sahgal A', year: 2013, journal: 'J Clin Oncol', full: 'Sahgal A, Atenafu EG, Chao S, et al. Vertebral compression fracture after spine stereotactic body radiotherapy: a multi-institutional analysis with a focus on radiation dose and the spinal instability neoplastic score. J Clin Oncol 2013;31(27):3426-31' },
  design: 'retrospective-series', n: 252,
  compared: 'Every patient had spine SBRT; fracture (new or progressing) after it',
  treatments: ['radiosurgery'],
  population: { description: '252 patients, 410 spinal segments treated with SBRT', histologies: 'any', mix: 'the mix by primary is not in the abstract', others: 'excluded' },
  rules: [{ kind: 'caveat', text: 'risk was greatest at ≥ 24 Gy per fraction, with a baseline fracture, a lytic tumour or spinal deformity (SINS items)' }],
  figures: [
    { id: 'sahgal2013-vcf-rate', label: 'Vertebral compression fracture after SBRT (new or progressing)', value: 14, unit: 'percent', statistic: 'proportion', count: { events: 57, of: 410 }, n: 252, nNote: '57 of 410 treated segments', timeOrigin: 'radiotherapy', where: 'Abstract, Results', readAt: VCF_AT, note: 'median time to fracture 2.46 months; 65% within the first 4 months' },
    { id: 'sahgal2013-vcf-1y', label: 'Cumulative incidence of fracture at 1 year', value: 12.35, unit: 'percent', statistic: 'rate', atMonths: 12, n: 252, nNote: '410 treated segments', timeOrigin: 'radiotherapy', where: 'Abstract, Results', readAt: VCF_AT },
  ],
};

const CAFE_AT = 'https://bmjopen.bmj.com/lookup/external-ref?access_num=10.1016/S1470-2045(11)70008-0&link_type=DOI';
// Read at the address above (Lancet Oncology summary); the primaries included (myeloma, breast, lung,
// prostate) at http://catalyst.medtronic.com/spinefacts/cafe-data.html (the sponsor's page).
const cafe: Study = {
  id: 'berenson2011-cafe', question: 'stabilise', name: 'CAFE, Berenson 2011',
  citation: { firstAuthor: 'Berenson J', year: 2011, journal: 'Lancet Oncol', full: 'Berenson J, Pflugmacher R, Jarzem P, et al. Balloon kyphoplasty versus non-surgical fracture management for treatment of painful vertebral body compression fractures in patients with cancer: a multicentre, randomised controlled trial. Lancet Oncol 2011;12(3):225-35' },
  design: 'randomised-trial', n: 134,
  compared: 'Balloon kyphoplasty (n = 70) against non-surgical management (n = 64)',
  treatments: [],
  population: { description: 'Cancer with 1 to 3 painful vertebral compression fractures, age ≥ 21', histologies: 'any', mix: 'multiple myeloma, breast, lung, prostate and other cancers', others: 'excluded' },
  rules: [
    { kind: 'sins-min', min: 7, text: 'shown from SINS 7 (potentially unstable): the trial enrolled painful compression fractures' },
    { kind: 'caveat', text: 'trial enrolled 1 to 3 painful vertebral compression fractures: whether this vertebra has collapsed is not in the profile' },
  ],
  figures: [
    { id: 'cafe-rdq-kypho', label: 'Roland-Morris disability score at 1 month (from 17.6 at baseline)', arm: 'kyphoplasty', value: 9.1, unit: 'points', statistic: 'mean', n: 65, nNote: '65 of 70 with data at 1 month', timeOrigin: 'randomisation', where: 'Summary, Findings', readAt: CAFE_AT, note: 'mean change −8.3 points (95% CI −6.4 to −10.2), p < 0.0001; the control arm’s figure was not read here' },
  ],
};

const LAUFER_AT = 'https://www.neurosurgery-blog.com/archives/5733';
// Abstract (Methods, Results) read at https://www.neurosurgery-blog.com/archives/5733; the first author
// (Laufer), the title and the doi read in a reference list at https://ouci.dntb.gov.ua/en/works/42Yky287 .
// The single-fraction arm's rate is cut off in the copy read, so it is not shipped.
const laufer: Study = {
  id: 'laufer2013-separation', question: 'which-radiotherapy', name: 'Laufer 2013',
  citation: { firstAuthor: 'Laufer', year: 2013, journal: 'J Neurosurg Spine', full: 'Laufer, et al. Local disease control for spinal metastases following “separation surgery” and adjuvant hypofractionated or high-dose single-fraction stereotactic radiosurgery: outcome analysis in 186 patients. J Neurosurg Spine 2013;18:207-14, doi:10.3171/2012.11.SPINE12111' },
  design: 'retrospective-series', n: 186,
  compared: 'Every patient had decompression and instrumentation, then radiosurgery: 24 Gy single fraction (n = 40), 24–30 Gy in 3 fractions (n = 37) or 18–36 Gy in 5 or 6 fractions (n = 109)',
  treatments: ['decompression-stabilisation', 'radiosurgery'],
  population: { description: 'Epidural spinal cord compression from spinal metastases, treated by separation surgery then radiosurgery', histologies: 'any', mix: 'histology-specific radiosensitivity was analysed; the mix by primary is not in the abstract', others: 'excluded' },
  rules: [
    { kind: 'escc-min', grade: '1a', text: 'epidural spinal cord compression (the grade was analysed; the mix of grades is not in the abstract)' },
    { kind: 'caveat', text: 'every patient had separation surgery before the radiosurgery: the rates are of the combined treatment' },
    { kind: 'caveat', text: 'not randomised: the dose regimen was chosen, not allocated' },
  ],
  figures: [
    { id: 'laufer-lp-all', label: 'Local progression 1 year after radiosurgery (cumulative incidence)', arm: 'all regimens', value: 16.4, unit: 'percent', statistic: 'rate', atMonths: 12, n: 186, timeOrigin: 'radiotherapy', where: 'Abstract, Results', readAt: LAUFER_AT },
    { id: 'laufer-lp-high-hypo', label: 'Local progression 1 year after radiosurgery (cumulative incidence)', arm: 'high-dose hypofractionated, 24–30 Gy in 3', value: 4.1, unit: 'percent', statistic: 'rate', atMonths: 12, n: 37, pValue: '0.04', timeOrigin: 'radiotherapy', where: 'Abstract, Results (multivariate Gray competing risks)', readAt: LAUFER_AT, note: 'hazard ratio 0.12 against low-dose hypofractionated' },
    { id: 'laufer-lp-low-hypo', label: 'Local progression 1 year after radiosurgery (cumulative incidence)', arm: 'low-dose hypofractionated, 18–36 Gy in 5 or 6', value: 22.6, unit: 'percent', statistic: 'rate', atMonths: 12, n: 109, timeOrigin: 'radiotherapy', where: 'Abstract, Results', readAt: LAUFER_AT, note: 'reference group (hazard ratio 1)' },
  ],
};

export const radiotherapyTrials: readonly Study[] = [patchell, scorad, sc24, rtog0631, sahgal2013, cafe, laufer];
