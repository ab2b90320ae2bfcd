// What a clinician enters for one lesion, as stored: every field optional, because a missing
// answer is "not answered", never a default.
import { z } from 'zod';
import { EcogSchema, EsccFindingsSchema, SinsFindingsSchema, VertebraSchema } from '../clinical';
import { PROFILE_SITES, TREATMENTS } from '../evidence/profile';

export const OTHER_SITES = PROFILE_SITES.filter((s) => s !== 'spine');

export const AssessmentSchema = z.strictObject({
  levels: z.array(VertebraSchema).max(29),
  sins: SinsFindingsSchema,
  escc: EsccFindingsSchema,
  tes: z.strictObject({
    spinalLesionCount: z.int().min(1).max(29).optional(),
    ecog: EcogSchema.optional(),
    otherOrganMetastases: z.int().min(0).max(999).optional(),
    systemicDiseaseStable: z.boolean().optional(),
  }),
  patient: z.strictObject({
    histology: z.enum(['leiomyosarcoma', 'other']).optional(),
    otherSites: z.array(z.enum(PROFILE_SITES)).max(PROFILE_SITES.length).optional(),
    treatment: z.enum(TREATMENTS).optional(),
    ecogPost: EcogSchema.optional(),
    age: z.int().min(0).max(120).optional(),
    sex: z.enum(['F', 'M']).optional(),
  }),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export const emptyAssessment = (): Assessment => ({ levels: [], sins: {}, escc: {}, tes: {}, patient: {} });

export function isEmptyAssessment(a: Assessment): boolean {
  return (
    a.levels.length === 0 &&
    Object.keys(a.sins).length === 0 &&
    Object.keys(a.escc).length === 0 &&
    Object.keys(a.tes).length === 0 &&
    Object.keys(a.patient).length === 0
  );
}
