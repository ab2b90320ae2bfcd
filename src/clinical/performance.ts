// ECOG performance status: Oken MM et al., Am J Clin Oncol 1982. Frankel grade: Frankel 1969.
export const ECOG_GRADES = [0, 1, 2, 3, 4, 5] as const;
export type Ecog = (typeof ECOG_GRADES)[number];

export const ECOG_DESCRIPTIONS: Record<Ecog, string> = {
  0: 'Fully active, able to carry on all pre-disease activity without restriction',
  1: 'Restricted in strenuous activity but ambulatory and able to do light work',
  2: 'Ambulatory and capable of all self-care but unable to work; up more than 50% of waking hours',
  3: 'Capable of only limited self-care; in bed or chair more than 50% of waking hours',
  4: 'Completely disabled; no self-care; totally confined to bed or chair',
  5: 'Dead',
};

export const FRANKEL_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Frankel = (typeof FRANKEL_GRADES)[number];

export const FRANKEL_DESCRIPTIONS: Record<Frankel, string> = {
  A: 'Complete motor and sensory loss',
  B: 'Sensory function only',
  C: 'Motor function present but useless',
  D: 'Motor function useful',
  E: 'No neurological deficit',
};
