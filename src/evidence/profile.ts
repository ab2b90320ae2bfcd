// A patient profile for matching, as read at every boundary. Kept apart from the catalogue so
// that code reading or storing profiles does not load the literature data.
import { z } from 'zod';
import { EcogSchema, VertebraSchema } from '../clinical';
import type { Intervention } from './schema';

export const TREATMENTS = [
  'tes',
  'partial-spondylectomy-adjuvant',
  'posterior-gross-total-resection',
  'decompression-stabilisation',
  'radiosurgery',
  'pulmonary-metastasectomy',
  'no-surgery',
] as const satisfies readonly Intervention[];
export type Treatment = (typeof TREATMENTS)[number];

export const PROFILE_SITES = ['spine', 'lung', 'liver', 'peritoneum', 'lymph-node', 'brain', 'other'] as const;
export type ProfileSite = (typeof PROFILE_SITES)[number];

export const PatientProfileSchema = z.strictObject({
  histology: z.enum(['leiomyosarcoma', 'other']).optional(),
  primarySite: z.enum(['uterus', 'retroperitoneum', 'extremity', 'stomach', 'other']).optional(),
  /** Every organ with metastases now, the spine included. */
  metastaticSites: z.array(z.enum(PROFILE_SITES)).max(PROFILE_SITES.length).optional(),
  levels: z.array(VertebraSchema).max(29).optional(),
  sins: z.int().min(0).max(18).optional(),
  escc: z.enum(['0', '1a', '1b', '1c', '2', '3']).optional(),
  ecogPre: EcogSchema.optional(),
  ecogPost: EcogSchema.optional(),
  spinalLesionCount: z.int().min(1).max(29).optional(),
  otherOrganMetastases: z.int().min(0).max(999).optional(),
  systemicDiseaseStable: z.boolean().optional(),
  treatment: z.enum(TREATMENTS).optional(),
  age: z.int().min(0).max(120).optional(),
  sex: z.enum(['F', 'M']).optional(),
  synchronous: z.boolean().optional(),
  systemicTherapy: z.boolean().optional(),
  irradiation: z.boolean().optional(),
  albumin: z.number().min(0.5).max(7).optional(),
  localRecurrence: z.boolean().optional(),
  lungMetastasisCount: z.int().min(1).max(999).optional(),
});
export type PatientProfile = z.infer<typeof PatientProfileSchema>;
