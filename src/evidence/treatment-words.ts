// Words for the treatments being weighed (asked on the first screen): the first load carries
// only these; the evidence base's other interventions are in interventions.ts.
import type { Treatment } from '../clinical';

export const TREATMENT_WORDS = {
  tes: 'Total en bloc spondylectomy (TES)',
  'partial-spondylectomy-adjuvant': 'Decompression, debulking (partial spondylectomy) and stabilisation, with adjuvant chemo- and radiotherapy',
  'posterior-gross-total-resection': 'Posterior gross-total resection, adjuvant chemotherapy',
  'decompression-stabilisation': 'Decompression and stabilisation',
  radiosurgery: 'Stereotactic radiosurgery (SBRT)',
  'pulmonary-metastasectomy': 'Pulmonary metastasectomy',
  'no-surgery': 'No metastasectomy',
} as const satisfies Record<Treatment, string>;
