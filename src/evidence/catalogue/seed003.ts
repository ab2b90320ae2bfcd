// Stork T et al. 2022 (source file 003), LMS with isolated lung metastases (n = 64, Essen 2004-2020), with
// and without pulmonary metastasectomy (PM). Values as printed.
import type { OutcomeRecord } from '../schema';
import { cohort, slug } from './cohort';

const SEED = '003_53ff59ee6d6c6f07.txt' as const;
const WHOLE = 'LMS metastatic to the lungs only, Essen 2004-2020, with or without pulmonary metastasectomy';
const PM = 'LMS metastatic to the lungs only, treated by pulmonary metastasectomy (median 3 metastases, range 1-34)';

const whole = cohort({
  population: { n: 64, histology: 'leiomyosarcoma', metastaticSite: 'lung', description: WHOLE },
  source: { seed: SEED },
  design: 'retrospective-series',
  intervention: 'mixed',
  timeOrigin: 'lung-metastasis-diagnosis',
});

const afterPm = cohort({
  population: { n: 44, histology: 'leiomyosarcoma', metastaticSite: 'lung', description: PM },
  source: { seed: SEED },
  design: 'retrospective-series',
  intervention: 'pulmonary-metastasectomy',
  timeOrigin: 'metastasectomy',
});

// Table 1: median OS after diagnosis of lung metastasis, by factor (whole cohort, n = 64).
// Table 1 prints no group sizes; where Table 2's "Total (n = 64)" column gives them they are
// used (sex 33/31, grade 6 and 16 + 33, timing 11/47); elsewhere n is shown as not given.
const T1_NO_N = 'this group’s n is not given in the paper (Table 1 prints none; the whole cohort is 64)';
const TABLE1: Array<[string, string, number, string, string, number | null]> = [
  // [factor, group, median months, HR as printed, p, group n from Table 2 or null]
  ['Sex', 'female', 64.4, '1', '0.238', 31],
  ['Sex', 'male', 71.4, '0.64', '0.238', 33],
  ['Age at primary diagnosis', '≥ 60 years', 41.1, '1', '0.032', null],
  ['Age at primary diagnosis', '< 60 years', 73.2, '0.41', '0.032', null],
  ['Grade of primary', 'G1', 78, '1', '0.123', 6],
  ['Grade of primary', 'G2-G3', 55, '2.09', '0.123', 49],
  ['Primary site', 'other', 64.4, '1', '0.754', null],
  ['Primary site', 'gynecologic', 71.4, '1.125', '0.754', null],
  ['Primary tumour size', '≤ 70 mm', 78, '1', '0.047', null],
  ['Primary tumour size', '> 70 mm', 44.4, '2.294', '0.047', null],
  ['Lung metastasis timing', 'synchronous', 24, '1', '0.301', 11],
  ['Lung metastasis timing', 'metachronous', 66.7, '0.566', '0.301', 47],
  ['Number of lung metastases', '1-4', 73.2, '1', '0.015', null],
  ['Number of lung metastases', '5 or more', 40.3, '2.711', '0.015', null],
  ['Metastasis size', '≤ 20 mm', 66.7, '1', '0.48', null],
  ['Metastasis size', '> 20 mm', 64.6, '1.34', '0.48', null],
  ['Pulmonary metastasectomy', 'yes', 73.2, '1', '< 0.0001', 44],
  ['Pulmonary metastasectomy', 'no', 24, '23.1', '< 0.0001', 20],
];
// Why a Table 1 group's n is what it is, where it needs saying.
const T1_N_NOTE: Record<string, string> = {
  'Grade of primary': 'from Table 2 (grade 2: 16, grade 3: 33); 9 of the 64 have no grade',
  'Lung metastasis timing': 'from Table 2; 6 of the 64 have no timing',
  'Primary site': 'this group’s n is not given in the paper (19 of the 64 had a uterine primary; “gynecologic” may count more)',
};

// Table 3: median PFS and OS after PM, by factor (n = 44). Only sex has group sizes in the
// paper (Table 2, metastasectomy column: male 22, female 22).
const T3_NO_N = 'this group’s n is not given in the paper (Table 3 prints none; the metastasectomy cohort is 44)';
const T3_N: Record<string, number> = { 'Sex|male': 22, 'Sex|female': 22 };
const TABLE3: Array<[string, string, number, number, string, string]> = [
  // [factor, group, PFS months, OS months, PFS p, OS p]
  ['Sex', 'male', 6, 71, '0.81', '0.94'],
  ['Sex', 'female', 12, 61, '0.81', '0.94'],
  ['Age at metastasectomy', '≤ 55 years', 12, 67, '0.251', '0.235'],
  ['Age at metastasectomy', '> 55 years', 7, 70, '0.251', '0.235'],
  ['Grade of metastasis', 'G1', 44, 124, '0.052 (Gehan-Breslow-Wilcoxon 0.048)', '0.05'],
  ['Grade of metastasis', 'G2-G3', 6, 67, '0.052 (Gehan-Breslow-Wilcoxon 0.048)', '0.05'],
  ['Side of metastasis', 'unilateral', 12, 70, '0.244', '0.179'],
  ['Side of metastasis', 'bilateral', 6, 45, '0.244', '0.179'],
  ['Number of metastases', '1-3', 12, 70, '0.169', '0.079'],
  ['Number of metastases', '4 or more', 6, 45, '0.169', '0.079'],
  ['Metastasis size', '< 20 mm', 25, 70, '0.028', '0.648'],
  ['Metastasis size', '≥ 20 mm', 6, 59, '0.028', '0.648'],
];


export const seed003Records: OutcomeRecord[] = [
  whole({ id: 'stork-os-3y', cohort: 'stork2022', measure: 'overall-survival', statistic: 'rate', label: 'Overall survival 3 years after diagnosis of lung metastases', value: 75, unit: 'percent', atMonths: 36, source: { location: 'Results, first section' } }),
  whole({ id: 'stork-os-5y', cohort: 'stork2022', measure: 'overall-survival', statistic: 'rate', label: 'Overall survival 5 years after diagnosis of lung metastases', value: 55, unit: 'percent', atMonths: 60, source: { location: 'Abstract; Results; Discussion' } }),
  whole({
    id: 'stork-os-3y-pm', cohort: 'stork2022-pm', measure: 'overall-survival', statistic: 'rate', label: 'Overall survival 3 years after diagnosis of lung metastases, with metastasectomy', value: 86, unit: 'percent', atMonths: 36,
    intervention: 'pulmonary-metastasectomy', population: { n: 44, description: PM }, source: { location: 'Results, “Comparison of Patients With and Without Pulmonary Metastasectomy”' },
  }),
  whole({
    id: 'stork-os-3y-no-pm', cohort: 'stork2022-no-pm', measure: 'overall-survival', statistic: 'rate', label: 'Overall survival 3 years after diagnosis of lung metastases, without metastasectomy', value: 35, unit: 'percent', atMonths: 36,
    intervention: 'no-surgery', population: { n: 20, description: 'LMS metastatic to the lungs only, no metastasectomy (older, larger primaries, more and more often synchronous metastases)' }, source: { location: 'Results, “Comparison of Patients With and Without Pulmonary Metastasectomy”' },
  }),
  whole({
    id: 'stork-os-median-pm-fig2', cohort: 'stork2022-pm', measure: 'overall-survival', statistic: 'median', label: 'Median overall survival with metastasectomy (three-group comparison)', value: 78, unit: 'months',
    intervention: 'pulmonary-metastasectomy', population: { n: 44, description: PM }, timeOriginNote: 'the text says “after PM”; the comparison includes patients never operated, so diagnosis of lung metastases is the likely origin',
    source: { location: 'Results; Fig. 2' },
  }),
  whole({
    id: 'stork-os-median-candidates-no-pm', cohort: 'stork2022-candidates-no-pm', measure: 'overall-survival', statistic: 'median', label: 'Median overall survival of metastasectomy candidates who were not operated', value: 32, unit: 'months',
    intervention: 'no-surgery', population: { n: 6, description: 'LMS metastatic to the lungs only: candidates for metastasectomy who did not have it' }, source: { location: 'Results; Fig. 2' },
  }),
  whole({
    id: 'stork-os-median-not-candidates', cohort: 'stork2022-not-candidates', measure: 'overall-survival', statistic: 'median', label: 'Median overall survival of patients not selected for metastasectomy', value: 20, unit: 'months',
    intervention: 'no-surgery', population: { n: 14, description: 'LMS metastatic to the lungs only, not candidates for metastasectomy (progression under chemotherapy, high tumour load)' }, source: { location: 'Results; Fig. 2' },
  }),
  ...TABLE1.map(([factor, group, median, hr, p, n]) =>
    whole({
      id: `stork-t1-${slug(factor)}-${slug(group)}`,
      cohort: factor === 'Pulmonary metastasectomy' ? (group === 'yes' ? 'stork2022-pm' : 'stork2022-no-pm') : 'stork2022',
      measure: 'overall-survival', statistic: 'median', label: `Median overall survival after diagnosis of lung metastases: ${factor.toLowerCase()} ${group}`,
      value: median, unit: 'months', pValue: p,
      ...(factor === 'Pulmonary metastasectomy' ? { intervention: group === 'yes' ? 'pulmonary-metastasectomy' : 'no-surgery' } as const : {}),
      population: { n, nNote: n === null ? (T1_N_NOTE[factor] ?? T1_NO_N) : (T1_N_NOTE[factor] ?? 'from Table 2 (Table 1 prints no group sizes)'), subgroup: `${factor}: ${group}` },
      source: { location: 'Table 1' },
      note: `Hazard ratio as printed: ${hr}.${factor === 'Number of lung metastases' ? ' Table 1 prints the second group as “≤5”; the Results text says five or more.' : ''}`,
    }),
  ),
  ...TABLE3.flatMap(([factor, group, pfs, os, pfsP, osP]) => {
    const n = T3_N[`${factor}|${group}`] ?? null;
    const population = { n, nNote: n === null ? T3_NO_N : 'from Table 2, metastasectomy column (Table 3 prints no group sizes)', subgroup: `${factor}: ${group}` };
    return [
      afterPm({
        id: `stork-t3-pfs-${slug(factor)}-${slug(group)}`, cohort: 'stork2022-pm', measure: 'progression-free-survival', statistic: 'median',
        label: `Median progression-free survival after metastasectomy: ${factor.toLowerCase()} ${group}`, value: pfs, unit: 'months', pValue: pfsP,
        population, source: { location: 'Table 3' },
      }),
      afterPm({
        id: `stork-t3-os-${slug(factor)}-${slug(group)}`, cohort: 'stork2022-pm', measure: 'overall-survival', statistic: 'median',
        label: `Median overall survival after metastasectomy: ${factor.toLowerCase()} ${group}`, value: os, unit: 'months', pValue: osP,
        population, source: { location: 'Table 3' },
      }),
    ];
  }),
  afterPm({ id: 'stork-pm-90d-mortality', cohort: 'stork2022-pm', measure: 'perioperative-mortality', statistic: 'proportion', label: '90-day mortality after pulmonary metastasectomy', value: 0, unit: 'percent', count: { events: 0, of: 44 }, timeOrigin: 'metastasectomy', source: { location: 'Abstract; Results' } }),
  // "Repeat PM was performed for 15 patients (34%)": a count of operations, not of recurrences.
  afterPm({ id: 'stork-pm-repeat', cohort: 'stork2022-pm', measure: 'repeat-surgery', statistic: 'proportion', label: 'Repeat pulmonary metastasectomy performed (reason not given)', value: 34, unit: 'percent', count: { events: 15, of: 44 }, timeOrigin: 'not-applicable', source: { location: 'Results, “Prognostic Factors for Patients with Leiomyosarcoma After PM”' } }),
  afterPm({ id: 'stork-pm-5y-survivors', cohort: 'stork2022-pm', measure: 'overall-survival', statistic: 'proportion', label: 'Alive more than 5 years after the first metastasectomy', value: 39, unit: 'percent', count: { events: 17, of: 44 }, source: { location: 'Results' } }),
  afterPm({ id: 'stork-pm-cured', cohort: 'stork2022-pm', measure: 'disease-free-survival', statistic: 'proportion', label: 'Alive and free of disease at last follow-up, 5.5, 9 and 12 years after repeated metastasectomy', value: 7, unit: 'percent', count: { events: 3, of: 44 }, source: { location: 'Abstract; Results; Discussion' } }),
  // Figures seed 003 quotes from earlier studies.
  {
    id: 'stork-quoted-pm-literature-5y', cohort: 'pm-literature', measure: 'overall-survival', statistic: 'rate', label: '5-year survival after pulmonary metastasectomy in earlier reports (38–52%)', value: null, range: { low: 38, high: 52 }, unit: 'percent', atMonths: 60,
    // Refs 8, 11, 12 (seed 003): Burt 2011 "pulmonary resections for leiomyosarcoma metastases";
    // Blackmon 2009 "Resection of pulmonary and extrapulmonary sarcomatous metastases"; Anraku 2004
    // "Pulmonary metastases from uterine malignancies": all sarcomas and uterine cancers, not LMS lung-only.
    timeOrigin: 'not-stated', timeOriginNote: 'not stated in the paper', population: { n: null, nNote: 'n not given in the paper (three studies)', histology: 'sarcomas-and-uterine-malignancies', metastaticSite: 'any', description: 'Earlier metastasectomy series: LMS lung metastases (Burt 2011), lung and other metastases of all sarcomas (Blackmon 2009), lung metastases of uterine malignancies (Anraku 2004)' },
    intervention: 'pulmonary-metastasectomy', design: 'retrospective-series', source: { seed: SEED, location: 'Discussion, references 8, 11, 12' },
    primaryCitation: 'Burt BM et al. Ann Thorac Surg 2011;92:1202-7; Blackmon SH et al. Ann Thorac Surg 2009;88:877-84; Anraku M et al. J Thorac Cardiovasc Surg 2004;127:1107-12',
  },
  {
    id: 'stork-quoted-penel-hr', cohort: 'penel2010', measure: 'hazard-ratio', statistic: 'hazard-ratio', label: 'Hazard ratio for death with pulmonary metastasectomy (independent factor)', value: 0.52, ci95: { low: 0.38, high: 0.87 }, unit: 'ratio', pValue: '0.012',
    timeOrigin: 'not-stated', timeOriginNote: 'not stated in the paper', population: { n: null, nNote: 'n not given in the paper', histology: 'leiomyosarcoma', metastaticSite: 'any', description: 'Metastatic LMS treated with doxorubicin-containing chemotherapy' },
    intervention: 'pulmonary-metastasectomy', design: 'retrospective-series', source: { seed: SEED, location: 'Discussion, reference 1' },
    primaryCitation: 'Penel N, Italiano A, Isambert N et al. Ann Oncol 2010;21:1361-5',
  },
  {
    id: 'stork-quoted-gladdy-grade', cohort: 'gladdy2013', measure: 'metastatic-spread', statistic: 'hazard-ratio', label: 'Hazard ratio for distant recurrence, high vs low grade primary LMS', value: 3.9, ci95: { low: 1.9, high: 7.8 }, unit: 'ratio', pValue: '< 0.001',
    timeOrigin: 'not-stated', timeOriginNote: 'competing-risk analysis; the origin is not stated in the paper', population: { n: 353, histology: 'leiomyosarcoma', metastaticSite: 'none-primary', description: 'Primary LMS of different organs' },
    intervention: 'mixed', design: 'retrospective-series', source: { seed: SEED, location: 'Introduction, reference 5' },
    primaryCitation: 'Gladdy RA, Qin LX, Moraco N et al. Ann Surg Oncol 2013;20:1851-7',
  },
  {
    id: 'stork-quoted-gladdy-size', cohort: 'gladdy2013', measure: 'metastatic-spread', statistic: 'hazard-ratio', label: 'Hazard ratio for distant recurrence, primary > 10 cm vs ≤ 10 cm', value: 2.6, ci95: { low: 1.5, high: 4.6 }, unit: 'ratio', pValue: '0.001',
    timeOrigin: 'not-stated', timeOriginNote: 'competing-risk analysis; the origin is not stated in the paper', population: { n: 353, histology: 'leiomyosarcoma', metastaticSite: 'none-primary', description: 'Primary LMS of different organs' },
    intervention: 'mixed', design: 'retrospective-series', source: { seed: SEED, location: 'Introduction, reference 5' },
    primaryCitation: 'Gladdy RA, Qin LX, Moraco N et al. Ann Surg Oncol 2013;20:1851-7',
  },
];
