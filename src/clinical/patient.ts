// The patient and the lesions as a clinician enters them. Every field is optional: a missing
// answer is "not answered", never a default. Facts about the patient are asked once; each
// lesion carries its own levels and findings.
import type { Vertebra } from './levels';
import type { SinsFindings } from './sins';
import type { EsccFindings } from './escc';
import type { Ecog, Frankel } from './performance';

export const HISTOLOGIES = [
  'leiomyosarcoma',
  'other-sarcoma',
  'breast',
  'prostate',
  'lung-nsclc',
  'lung-sclc',
  'kidney',
  'thyroid',
  'colorectal',
  'rectum',
  'liver',
  'stomach',
  'oesophagus',
  'pancreas',
  'bladder',
  'uterus',
  'melanoma',
  'myeloma',
  'lymphoma',
  'unknown-primary',
  'other',
] as const;
export type Histology = (typeof HISTOLOGIES)[number];

export const HISTOLOGY_NAMES: Record<Histology, string> = {
  leiomyosarcoma: 'Leiomyosarcoma',
  'other-sarcoma': 'Other sarcoma',
  breast: 'Breast',
  prostate: 'Prostate',
  'lung-nsclc': 'Lung, non-small-cell',
  'lung-sclc': 'Lung, small-cell',
  kidney: 'Kidney (renal cell)',
  thyroid: 'Thyroid',
  colorectal: 'Colon (colorectal, not rectum)',
  rectum: 'Rectum',
  liver: 'Liver (hepatocellular)',
  stomach: 'Stomach',
  oesophagus: 'Oesophagus',
  pancreas: 'Pancreas',
  bladder: 'Bladder',
  uterus: 'Uterus (carcinoma)',
  melanoma: 'Melanoma',
  myeloma: 'Myeloma',
  lymphoma: 'Lymphoma',
  'unknown-primary': 'Unknown primary',
  other: 'Other',
};

/** Organs other than bone that can hold metastases. Lymph nodes are listed, not counted as organs. */
export const ORGANS = ['lung', 'liver', 'brain', 'adrenal', 'peritoneum', 'lymph-node', 'other'] as const;
export type Organ = (typeof ORGANS)[number];

export const ORGAN_NAMES: Record<Organ, string> = {
  lung: 'Lung',
  liver: 'Liver',
  brain: 'Brain',
  adrenal: 'Adrenal',
  peritoneum: 'Peritoneum',
  'lymph-node': 'Lymph nodes (distant)',
  other: 'Other organ',
};

export interface OrganMetastases {
  /** Number of metastases in this organ, 1 or more. */
  count?: number;
  /** Removable by surgery or otherwise treatable. */
  removable?: boolean;
}

/** Unset: not answered. `{}`: no metastases in other organs (answered). */
export type OrganFindings = Partial<Record<Organ, OrganMetastases>>;

export const TREATMENTS = [
  'tes',
  'partial-spondylectomy-adjuvant',
  'posterior-gross-total-resection',
  'decompression-stabilisation',
  'radiosurgery',
  'pulmonary-metastasectomy',
  'no-surgery',
] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const WALKING = ['independent', 'with-aid', 'not'] as const;
export type Walking = (typeof WALKING)[number];

export const ALBUMIN_UNITS = ['g/dL', 'g/L'] as const;
export type AlbuminUnit = (typeof ALBUMIN_UNITS)[number];
export interface Albumin {
  value: number;
  unit: AlbuminUnit;
}
/** Plausible serum albumin, per unit: anything outside is a typing error. */
export const ALBUMIN_LIMITS: Record<AlbuminUnit, { min: number; max: number }> = {
  'g/dL': { min: 0.5, max: 7 },
  'g/L': { min: 5, max: 70 },
};

export const albuminGPerDl = (a: Albumin): number => (a.unit === 'g/dL' ? a.value : a.value / 10);

// Laboratory values for the new Katagiri score: in labs.ts, out of the first load (only its
// lazily loaded parts read them).
export type { LabWithUnit, LabUnit, Measured } from './labs';
import type { Measured } from './labs';

/** ECOG before treatment: 5 (dead) is not a pre-treatment status. */
export const ECOG_NOW = [0, 1, 2, 3, 4] as const;
export type EcogNow = (typeof ECOG_NOW)[number];

/** Karnofsky performance status, in steps of 10. 0 (dead) is not a pre-treatment status. */
export const KPS_VALUES = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10] as const;
export type Kps = (typeof KPS_VALUES)[number];

/** Choices the clinician makes where no source settles a mapping (see the prognosis card). */
export interface PrognosisChoices {
  /** Tokuhashi primary site of a uterine leiomyosarcoma: "uterus" (3) or "others" (2). */
  tokuhashiLmsAsUterus?: boolean;
  /** Tomita growth group of a sarcoma. */
  tomitaGrowth?: 'slow' | 'moderate' | 'rapid';
  /** Katagiri 2014: breast or prostate cancer still hormone-dependent (slow growth) or not (moderate). */
  katagiriHormoneDependent?: boolean;
  /** Katagiri 2014: lung cancer treated with molecularly targeted therapy (moderate) or not (rapid). */
  katagiriTargetedTherapy?: boolean;
  /** Katagiri growth group of a histology the tables read here do not place. */
  katagiriGrowth?: 'slow' | 'moderate' | 'rapid';
}

export interface Patient {
  histology?: Histology;
  /** For leiomyosarcoma: where the primary arose. */
  primarySite?: 'uterus' | 'retroperitoneum' | 'extremity' | 'stomach' | 'other';
  age?: number;
  sex?: 'F' | 'M';
  ecog?: EcogNow;
  kps?: Kps;
  frankel?: Frankel;
  walking?: Walking;
  organs?: OrganFindings;
  extraspinalBoneMetastases?: number;
  /** Spinal lesions the clinician knows of but does not score here. */
  otherSpinalLesions?: number;
  systemicDiseaseStable?: boolean;
  /** NOMS systemic pillar: can the patient tolerate surgery (the team's judgement). */
  fitForSurgery?: boolean;
  albumin?: Albumin;
  crp?: Measured<'crp'>;
  /** Lactate dehydrogenase, IU/L. */
  ldh?: number;
  platelets?: Measured<'platelets'>;
  calcium?: Measured<'calcium'>;
  bilirubin?: Measured<'bilirubin'>;
  previousChemotherapy?: boolean;
  /** Metastases in other organs: nodular, or disseminated (pleural, peritoneal, leptomeningeal). */
  visceralSpread?: 'nodular' | 'disseminated';
  treatment?: Treatment;
  /** ECOG after surgery, if operated: an outcome, used only for "if the patient recovers to" figures. */
  ecogPost?: Ecog;
  choices?: PrognosisChoices;
  /** ECOG and Karnofsky far apart, confirmed as entered (status-checks.ts); void once either changes. */
  statusConfirmed?: { ecog: EcogNow; kps: Kps };
}

export interface Lesion {
  /** Stable within an assessment, so that undo and focus survive edits. */
  id: string;
  levels: Vertebra[];
  sins: SinsFindings;
  escc: EsccFindings;
  /** The levels the findings were entered (or confirmed) for: see `findingsNeedConfirmation`. */
  findingsLevels: Vertebra[];
}

export interface Assessment {
  patient: Patient;
  lesions: Lesion[];
  /** Plain messages about answers that could not be carried (e.g. from an older version). */
  notes?: string[];
}

export const MAX_LESIONS = 29;
