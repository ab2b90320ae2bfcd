// What a clinician enters for one lesion, as stored: every field optional, because a missing
// answer is "not answered", never a default.
import * as z from 'zod/mini';
import { EcogSchema, EsccFindingsSchema, SinsFindingsSchema, VertebraSchema, wholeNumber } from '../clinical';

import { PROFILE_SITES, TREATMENTS } from '../evidence/profile';

export const OTHER_SITES = PROFILE_SITES.filter((s) => s !== 'spine');

export const AssessmentSchema = z.strictObject({
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
    otherSites: z.optional(z.array(z.enum(PROFILE_SITES)).check(z.maxLength(PROFILE_SITES.length))),
    treatment: z.optional(z.enum(TREATMENTS)),
    ecogPost: z.optional(EcogSchema),
    age: z.optional(wholeNumber(0, 120)),
    sex: z.optional(z.enum(['F', 'M'])),
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
