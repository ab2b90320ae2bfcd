// The ten patients of seeds/000_e094713696bb6dae.txt (Kato S et al., "Clinical outcomes and
// survivals after total en bloc spondylectomy for metastatic leiomyosarcoma in the spine",
// 2020), Tables 1 and 2, one record each, as printed.
import type { Ecog, EsccGrade, Frankel, Vertebra } from '../clinical';

export const KATO_2020_SEED = '000_e094713696bb6dae.txt';

export type KatoStatus = 'DOD' | 'NED' | 'AWD';
export type OrganSite = 'lung' | 'liver' | 'peritoneum' | 'lymph-node';

export interface KatoPatient {
  id: number;
  sex: 'F' | 'M';
  age: number;
  levels: Vertebra[];
  primarySite: 'retroperitoneum' | 'uterus' | 'stomach' | 'maxillary-sinus' | 'extremity';
  otherMetastasisSites: OrganSite[];
  chemotherapy: 'none' | 'pre-op' | 'post-op' | 'pre-and-post-op';
  /** Gy, with when it was given; null when none. */
  irradiation: { gray: number; when: 'pre-op' | 'post-op' } | null;
  albumin: number;
  vertebralCollapse: boolean;
  sins: number;
  escc: EsccGrade;
  ecogPre: Ecog;
  ecogPost: Ecog;
  frankelPre: Frankel;
  frankelPost: Frankel;
  /** Weeks from lower-limb weakness to surgery, where Table 1 gives it. */
  weaknessWeeks: number | null;
  /** Months from resection of the primary to TES; null for patient 6 (primary found after TES). */
  primaryToTesMonths: number | null;
  approach: 'posterior' | 'anterior-posterior';
  operatingMinutes: number;
  bloodLossMl: number;
  /** Months after TES of local recurrence in the operated spine; null for none. */
  localRecurrenceMonths: number | null;
  complication: 'none' | 'pulmonary-thromboembolism' | 'pneumothorax';
  status: KatoStatus;
  /** Months from TES to death or last follow-up (Table 2). */
  survivalMonths: number;
}

export const kato2020: readonly KatoPatient[] = [
  {
    id: 1, sex: 'F', age: 52, levels: ['T7'], primarySite: 'retroperitoneum', otherMetastasisSites: [],
    chemotherapy: 'none', irradiation: { gray: 51, when: 'pre-op' }, albumin: 4.0, vertebralCollapse: true, sins: 10,
    escc: '2', ecogPre: 2, ecogPost: 1, frankelPre: 'E', frankelPost: 'E', weaknessWeeks: null, primaryToTesMonths: 40,
    approach: 'posterior', operatingMinutes: 505, bloodLossMl: 2900, localRecurrenceMonths: 11, complication: 'none',
    status: 'DOD', survivalMonths: 72,
  },
  {
    id: 2, sex: 'F', age: 59, levels: ['T12', 'L1', 'L2'], primarySite: 'uterus', otherMetastasisSites: [],
    chemotherapy: 'none', irradiation: null, albumin: 3.9, vertebralCollapse: true, sins: 11,
    escc: '3', ecogPre: 3, ecogPost: 1, frankelPre: 'C', frankelPost: 'E', weaknessWeeks: 2, primaryToTesMonths: 43,
    approach: 'anterior-posterior', operatingMinutes: 750, bloodLossMl: 2010, localRecurrenceMonths: null, complication: 'none',
    status: 'DOD', survivalMonths: 97,
  },
  {
    id: 3, sex: 'M', age: 49, levels: ['T12'], primarySite: 'stomach', otherMetastasisSites: ['liver', 'peritoneum'],
    chemotherapy: 'post-op', irradiation: null, albumin: 3.8, vertebralCollapse: false, sins: 8,
    escc: '1a', ecogPre: 1, ecogPost: 1, frankelPre: 'E', frankelPost: 'E', weaknessWeeks: null, primaryToTesMonths: 39,
    approach: 'posterior', operatingMinutes: 383, bloodLossMl: 1000, localRecurrenceMonths: null, complication: 'none',
    status: 'DOD', survivalMonths: 55,
  },
  {
    id: 4, sex: 'M', age: 56, levels: ['L2', 'L3'], primarySite: 'maxillary-sinus', otherMetastasisSites: [],
    chemotherapy: 'none', irradiation: null, albumin: 4.4, vertebralCollapse: false, sins: 8,
    escc: '1b', ecogPre: 2, ecogPost: 1, frankelPre: 'E', frankelPost: 'E', weaknessWeeks: null, primaryToTesMonths: 204,
    approach: 'posterior', operatingMinutes: 450, bloodLossMl: 750, localRecurrenceMonths: null, complication: 'none',
    status: 'DOD', survivalMonths: 13,
  },
  {
    id: 5, sex: 'F', age: 62, levels: ['T12'], primarySite: 'extremity', otherMetastasisSites: ['lung', 'peritoneum', 'lymph-node'],
    chemotherapy: 'pre-and-post-op', irradiation: { gray: 51, when: 'pre-op' }, albumin: 3.9, vertebralCollapse: true, sins: 9,
    escc: '3', ecogPre: 2, ecogPost: 1, frankelPre: 'E', frankelPost: 'E', weaknessWeeks: null, primaryToTesMonths: 43,
    approach: 'anterior-posterior', operatingMinutes: 567, bloodLossMl: 650, localRecurrenceMonths: null, complication: 'none',
    status: 'DOD', survivalMonths: 45,
  },
  {
    id: 6, sex: 'M', age: 69, levels: ['T10', 'T11'], primarySite: 'stomach', otherMetastasisSites: [],
    chemotherapy: 'post-op', irradiation: null, albumin: 4.5, vertebralCollapse: true, sins: 8,
    escc: '2', ecogPre: 1, ecogPost: 1, frankelPre: 'E', frankelPost: 'E', weaknessWeeks: null, primaryToTesMonths: null,
    approach: 'posterior', operatingMinutes: 465, bloodLossMl: 260, localRecurrenceMonths: null, complication: 'pulmonary-thromboembolism',
    status: 'DOD', survivalMonths: 16,
  },
  {
    id: 7, sex: 'F', age: 24, levels: ['T7', 'T8'], primarySite: 'retroperitoneum', otherMetastasisSites: ['lung', 'peritoneum'],
    chemotherapy: 'post-op', irradiation: null, albumin: 3.9, vertebralCollapse: true, sins: 6,
    escc: '1a', ecogPre: 1, ecogPost: 1, frankelPre: 'E', frankelPost: 'E', weaknessWeeks: null, primaryToTesMonths: 10,
    approach: 'posterior', operatingMinutes: 391, bloodLossMl: 440, localRecurrenceMonths: null, complication: 'pneumothorax',
    status: 'DOD', survivalMonths: 62,
  },
  {
    id: 8, sex: 'M', age: 57, levels: ['T10'], primarySite: 'extremity', otherMetastasisSites: [],
    chemotherapy: 'pre-and-post-op', irradiation: null, albumin: 4.1, vertebralCollapse: true, sins: 9,
    escc: '3', ecogPre: 3, ecogPost: 1, frankelPre: 'C', frankelPost: 'E', weaknessWeeks: 4, primaryToTesMonths: 28,
    approach: 'posterior', operatingMinutes: 356, bloodLossMl: 690, localRecurrenceMonths: null, complication: 'none',
    status: 'NED', survivalMonths: 62,
  },
  {
    id: 9, sex: 'M', age: 56, levels: ['T3', 'T4', 'T5'], primarySite: 'retroperitoneum', otherMetastasisSites: [],
    chemotherapy: 'none', irradiation: null, albumin: 3.5, vertebralCollapse: true, sins: 12,
    escc: '3', ecogPre: 3, ecogPost: 3, frankelPre: 'B', frankelPost: 'B', weaknessWeeks: 2, primaryToTesMonths: 19,
    approach: 'posterior', operatingMinutes: 562, bloodLossMl: 550, localRecurrenceMonths: null, complication: 'pulmonary-thromboembolism',
    status: 'DOD', survivalMonths: 12,
  },
  {
    id: 10, sex: 'F', age: 44, levels: ['L1'], primarySite: 'uterus', otherMetastasisSites: ['lung'],
    chemotherapy: 'post-op', irradiation: { gray: 39, when: 'post-op' }, albumin: 4.0, vertebralCollapse: true, sins: 14,
    escc: '2', ecogPre: 3, ecogPost: 1, frankelPre: 'D', frankelPost: 'E', weaknessWeeks: 3, primaryToTesMonths: 26,
    approach: 'posterior', operatingMinutes: 474, bloodLossMl: 100, localRecurrenceMonths: 24, complication: 'none',
    status: 'AWD', survivalMonths: 36,
  },
];

/** Cancer-specific survival after TES: death of disease is the event; NED and AWD are censored. */
export function katoObservations(patients: readonly KatoPatient[] = kato2020) {
  return patients.map((p) => ({ time: p.survivalMonths, event: p.status === 'DOD' }));
}

/** "≥ 3-yr survivors" of Table 3: alive or followed for at least 36 months after TES. */
export const isThreeYearSurvivor = (p: KatoPatient): boolean => p.survivalMonths >= 36;
