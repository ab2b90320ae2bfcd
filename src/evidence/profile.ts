// A patient profile for matching, as read at every boundary. Kept apart from the catalogue so
// that code reading or storing profiles does not load the literature data.
import '../zod-config';
import * as z from 'zod/mini';
import { EcogSchema, FRANKEL_GRADES, HISTOLOGIES, TREATMENTS, VertebraSchema, WALKING, wholeNumber, type Treatment } from '../clinical';

import type { Intervention } from './labels';

// Every treatment a clinician can plan is one the catalogue can name.
const treatmentsAreInterventions: readonly Intervention[] = TREATMENTS;
void treatmentsAreInterventions;
export { TREATMENTS, type Treatment };

export const PROFILE_SITES = ['spine', 'lung', 'liver', 'peritoneum', 'lymph-node', 'brain', 'other'] as const;
export type ProfileSite = (typeof PROFILE_SITES)[number];

export const PatientProfileSchema = z.strictObject({
  histology: z.optional(z.enum(HISTOLOGIES)),
  primarySite: z.optional(z.enum(['uterus', 'retroperitoneum', 'extremity', 'stomach', 'other'])),
  /** Every organ with metastases now, the spine included. */
  metastaticSites: z.optional(z.array(z.enum(PROFILE_SITES)).check(z.maxLength(PROFILE_SITES.length))),
  levels: z.optional(z.array(VertebraSchema).check(z.maxLength(29))),
  sins: z.optional(wholeNumber(0, 18)),
  escc: z.optional(z.enum(['0', '1a', '1b', '1c', '2', '3'])),
  ecogPre: z.optional(EcogSchema),
  /** Neurology now: the trials' deficit and walking criteria read these. */
  frankel: z.optional(z.enum(FRANKEL_GRADES)),
  walking: z.optional(z.enum(WALKING)),
  ecogPost: z.optional(EcogSchema),
  spinalLesionCount: z.optional(wholeNumber(1, 29)),
  otherOrganMetastases: z.optional(wholeNumber(0, 999)),
  systemicDiseaseStable: z.optional(z.boolean()),
  treatment: z.optional(z.enum(TREATMENTS)),
  age: z.optional(wholeNumber(0, 120)),
  sex: z.optional(z.enum(['F', 'M'])),
  synchronous: z.optional(z.boolean()),
  systemicTherapy: z.optional(z.boolean()),
  irradiation: z.optional(z.boolean()),
  albumin: z.optional(z.number().check(z.gte(0.5), z.lte(7))),
  localRecurrence: z.optional(z.boolean()),
  lungMetastasisCount: z.optional(wholeNumber(1, 999)),
});
export type PatientProfile = z.infer<typeof PatientProfileSchema>;
