// The assessment as releases up to 0.1.0 stored it (IndexedDB v1-v2, backup version 1): one
// flat form for one lesion. Frozen: read only to carry old data forward, never written.
import '../../zod-config';
import * as z from 'zod/mini';
import { EcogSchema, EsccFindingsSchema, SinsFindingsSchema, VertebraSchema, wholeNumber } from '../../clinical';

const V2_SITES = ['spine', 'lung', 'liver', 'peritoneum', 'lymph-node', 'brain', 'other'] as const;
const V2_TREATMENTS = [
  'tes',
  'partial-spondylectomy-adjuvant',
  'posterior-gross-total-resection',
  'decompression-stabilisation',
  'radiosurgery',
  'pulmonary-metastasectomy',
  'no-surgery',
] as const;

export const V2AssessmentSchema = z.strictObject({
  levels: z.array(VertebraSchema).check(z.maxLength(29)),
  sins: SinsFindingsSchema,
  escc: EsccFindingsSchema,
  tes: z.strictObject({
    spinalLesionCount: z.optional(wholeNumber(1, 29)),
    ecog: z.optional(EcogSchema),
    otherOrganMetastases: z.optional(wholeNumber(0, 999)),
    systemicDiseaseStable: z.optional(z.boolean()),
  }),
  patient: z.strictObject({
    histology: z.optional(z.enum(['leiomyosarcoma', 'other'])),
    otherSites: z.optional(z.array(z.enum(V2_SITES)).check(z.maxLength(V2_SITES.length))),
    treatment: z.optional(z.enum(V2_TREATMENTS)),
    ecogPost: z.optional(EcogSchema),
    age: z.optional(wholeNumber(0, 120)),
    sex: z.optional(z.enum(['F', 'M'])),
  }),
});
export type V2Assessment = z.infer<typeof V2AssessmentSchema>;
