// Words for the treatments the evidence base knows (also the treatment being weighed, asked on
// the first screen): nothing else here, so that the first load carries only these.
export const INTERVENTIONS = {
  tes: 'Total en bloc spondylectomy (TES)',
  'partial-spondylectomy-adjuvant': 'Decompression, debulking (partial spondylectomy) and stabilisation, with adjuvant chemo- and radiotherapy',
  'posterior-gross-total-resection': 'Posterior gross-total resection, adjuvant chemotherapy',
  'gross-total-resection-radiotherapy': 'Gross-total resection and radiotherapy',
  'spine-surgery-mixed': 'Spine surgery of various kinds (excision, laminectomy, fusion)',
  'decompression-stabilisation': 'Decompression and stabilisation',
  'resection-radiosurgery-chemotherapy': 'Resection, radiosurgery and chemotherapy',
  radiosurgery: 'Stereotactic radiosurgery (SBRT)',
  'pulmonary-metastasectomy': 'Pulmonary metastasectomy',
  'no-surgery': 'No metastasectomy',
  'bone-metastasectomy': 'Metastasectomy of bone metastases',
  mixed: 'Mixed or unspecified treatment',
} as const;
export type Intervention = keyof typeof INTERVENTIONS;
