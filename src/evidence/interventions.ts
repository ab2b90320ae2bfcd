// Words for the treatments the evidence base knows: the treatments a clinician can weigh, asked
// on the first screen, are in treatment-words.ts, so that the first load carries only those.
import { TREATMENT_WORDS } from './treatment-words';

export const INTERVENTIONS = {
  ...TREATMENT_WORDS,
  'gross-total-resection-radiotherapy': 'Gross-total resection and radiotherapy',
  'spine-surgery-mixed': 'Spine surgery of various kinds (excision, laminectomy, fusion)',
  'resection-radiosurgery-chemotherapy': 'Resection, radiosurgery and chemotherapy',
  'bone-metastasectomy': 'Metastasectomy of bone metastases',
  mixed: 'Mixed or unspecified treatment',
} as const;
export type Intervention = keyof typeof INTERVENTIONS;
