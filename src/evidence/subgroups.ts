// Table 3 of Kato 2020 rebuilt from the patient-level data: each factor's two groups, so a
// clinician sees the subgroup a patient falls in, its curve, and how few patients it holds.
import type { Ecog, EsccGrade, Vertebra } from '../clinical';
import { isThreeYearSurvivor, kato2020, katoObservations, type KatoPatient } from './kato2020';
import { kaplanMeier, type KaplanMeier } from './kaplan-meier';

/** What the patient in front of the clinician is known to have; every field optional. */
export interface PatientFactors {
  age?: number;
  sex?: 'F' | 'M';
  ecogPre?: Ecog;
  ecogPost?: Ecog;
  otherOrganMetastases?: number;
  levels?: readonly Vertebra[];
  sins?: number;
  escc?: EsccGrade;
  /** Spinal metastasis found within 1 year of surgery for the primary. */
  synchronous?: boolean;
  systemicTherapy?: boolean;
  irradiation?: boolean;
  albumin?: number;
  localRecurrence?: boolean;
}

interface Factor {
  id: string;
  title: string;
  /** Known before the decision to operate, or only after surgery (an outcome, not a choice). */
  known: 'before' | 'after';
  groups: [string, string];
  /** 0 or 1 for the Table 3 group; null when the value is outside what the cohort holds. */
  ofPatient: (p: KatoPatient) => 0 | 1;
  ofProfile: (f: PatientFactors) => 0 | 1 | null | undefined;
}

const synchronous = (p: KatoPatient) => p.primaryToTesMonths === null || p.primaryToTesMonths <= 12;
// Table 3 splits ECOG as 3 vs 1-2; no patient had ECOG 0 or 4.
const ecogGroup = (e: Ecog | undefined) => (e === undefined ? undefined : e === 3 ? 0 : e === 1 || e === 2 ? 1 : null);
const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : b ? 0 : 1);

// Table 3's "history of systemic therapy" and "of irradiation" count post-operative treatment
// (Table 1: chemotherapy "Post-op" in 4, 39 Gy post-op for patient 10), and recurrence and
// post-operative ECOG are outcomes: none of these can choose a subgroup before surgery.
export const TABLE3_FACTORS: readonly Factor[] = [
  { id: 'age', known: 'before', title: 'Age', groups: ['≥ 50 years', '< 50 years'], ofPatient: (p) => (p.age >= 50 ? 0 : 1), ofProfile: (f) => (f.age === undefined ? undefined : f.age >= 50 ? 0 : 1) },
  { id: 'sex', known: 'before', title: 'Sex', groups: ['Male', 'Female'], ofPatient: (p) => (p.sex === 'M' ? 0 : 1), ofProfile: (f) => (f.sex === undefined ? undefined : f.sex === 'M' ? 0 : 1) },
  { id: 'ecog-pre', known: 'before', title: 'Pre-operative ECOG', groups: ['3', '1–2'], ofPatient: (p) => (p.ecogPre === 3 ? 0 : 1), ofProfile: (f) => ecogGroup(f.ecogPre) },
  { id: 'ecog-post', known: 'after', title: 'Post-operative ECOG', groups: ['3', '1–2'], ofPatient: (p) => (p.ecogPost === 3 ? 0 : 1), ofProfile: (f) => ecogGroup(f.ecogPost) },
  { id: 'other-metastases', known: 'before', title: 'Other-organ metastases', groups: ['Yes', 'No'], ofPatient: (p) => (p.otherMetastasisSites.length > 0 ? 0 : 1), ofProfile: (f) => (f.otherOrganMetastases === undefined ? undefined : f.otherOrganMetastases > 0 ? 0 : 1) },
  { id: 'multilevel', known: 'before', title: 'Tumour involving multiple vertebrae', groups: ['Yes', 'No'], ofPatient: (p) => (p.levels.length > 1 ? 0 : 1), ofProfile: (f) => (f.levels === undefined || f.levels.length === 0 ? undefined : f.levels.length > 1 ? 0 : 1) },
  { id: 'sins', known: 'before', title: 'SINS', groups: ['≥ 10', '< 10'], ofPatient: (p) => (p.sins >= 10 ? 0 : 1), ofProfile: (f) => (f.sins === undefined ? undefined : f.sins >= 10 ? 0 : 1) },
  { id: 'synchronous', known: 'before', title: 'Synchronous metastases (≤ 1 year after primary surgery)', groups: ['Yes', 'No'], ofPatient: (p) => (synchronous(p) ? 0 : 1), ofProfile: (f) => yesNo(f.synchronous) },
  { id: 'systemic-therapy', known: 'after', title: 'History of systemic therapy', groups: ['Yes', 'No'], ofPatient: (p) => (p.chemotherapy !== 'none' ? 0 : 1), ofProfile: (f) => yesNo(f.systemicTherapy) },
  { id: 'irradiation', known: 'after', title: 'History of irradiation', groups: ['Yes', 'No'], ofPatient: (p) => (p.irradiation ? 0 : 1), ofProfile: (f) => yesNo(f.irradiation) },
  { id: 'albumin', known: 'before', title: 'Serum albumin', groups: ['≥ 4.0 g/dl', '< 4.0 g/dl'], ofPatient: (p) => (p.albumin >= 4.0 ? 0 : 1), ofProfile: (f) => (f.albumin === undefined ? undefined : f.albumin >= 4.0 ? 0 : 1) },
  { id: 'recurrence', known: 'after', title: 'Tumour recurrence in the operated spine', groups: ['Yes', 'No'], ofPatient: (p) => (p.localRecurrenceMonths !== null ? 0 : 1), ofProfile: (f) => yesNo(f.localRecurrence) },
];

export interface Subgroup {
  factorId: string;
  factor: string;
  group: string;
  patientIds: number[];
  n: number;
  threeYearSurvivors: { count: number; of: number };
  curve: KaplanMeier;
}

function subgroupOf(factor: Factor, group: 0 | 1, patients: readonly KatoPatient[]): Subgroup {
  const members = patients.filter((p) => factor.ofPatient(p) === group);
  return {
    factorId: factor.id,
    factor: factor.title,
    group: factor.groups[group],
    patientIds: members.map((p) => p.id),
    n: members.length,
    threeYearSurvivors: { count: members.filter(isThreeYearSurvivor).length, of: members.length },
    curve: kaplanMeier(katoObservations(members)),
  };
}

/** Both groups of every Table 3 factor, from the patient-level data. */
export function table3Subgroups(patients: readonly KatoPatient[] = kato2020): Subgroup[] {
  return TABLE3_FACTORS.flatMap((f) => [subgroupOf(f, 0, patients), subgroupOf(f, 1, patients)]);
}

export interface ProfileSubgroups {
  /** Subgroups the patient falls in, factors known before surgery only, in Table 3 order. */
  subgroups: Subgroup[];
  /** Not a choice but a scenario: the 9 patients who recovered to (or kept) ECOG 1 after TES. */
  ifRecovers: Subgroup;
  /** Factors where the patient lies outside anything the cohort held (e.g. ECOG 4). */
  outside: string[];
}

const ECOG_POST = TABLE3_FACTORS.find((f) => f.id === 'ecog-post') as Factor;

export function subgroupsForProfile(factors: PatientFactors, patients: readonly KatoPatient[] = kato2020): ProfileSubgroups {
  const subgroups: Subgroup[] = [];
  const outside: string[] = [];
  for (const f of TABLE3_FACTORS) {
    if (f.known !== 'before') continue;
    const group = f.ofProfile(factors);
    if (group === undefined) continue;
    if (group === null) outside.push(`${f.title}: no patient in the cohort had this value`);
    else subgroups.push(subgroupOf(f, group, patients));
  }
  const recovered = subgroupOf(ECOG_POST, 1, patients);
  // Every patient in the group had ECOG 1 after TES (none 2): say it as the paper does.
  return { subgroups, ifRecovers: { ...recovered, group: 'if the patient recovers to ECOG 1' }, outside };
}

/** Ids of the Table 3 factors known before surgery (the only ones a subgroup may be chosen by). */
export const PRE_OPERATIVE_FACTORS: readonly string[] = TABLE3_FACTORS.filter((f) => f.known === 'before').map((f) => f.id);
