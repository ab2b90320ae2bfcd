// Every place outside data enters (storage, backup import, URL state) goes through these.
import { z } from 'zod';
import { VERTEBRAE } from './levels';
import { SINS_POINTS } from './sins';
import { ESCC_FINDINGS } from './escc';
import { ECOG_GRADES } from './performance';

const optionsOf = <T extends Record<string, number>>(table: T) =>
  z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]]);

export const VertebraSchema = z.enum(VERTEBRAE);

export const SinsFindingsSchema = z.strictObject({
  location: optionsOf(SINS_POINTS.location).optional(),
  pain: optionsOf(SINS_POINTS.pain).optional(),
  boneLesion: optionsOf(SINS_POINTS.boneLesion).optional(),
  alignment: optionsOf(SINS_POINTS.alignment).optional(),
  collapse: optionsOf(SINS_POINTS.collapse).optional(),
  posterolateral: optionsOf(SINS_POINTS.posterolateral).optional(),
});

export const EsccFindingsSchema = z.strictObject(
  Object.fromEntries(ESCC_FINDINGS.map((f) => [f, z.boolean().optional()])) as Record<
    (typeof ESCC_FINDINGS)[number],
    z.ZodOptional<z.ZodBoolean>
  >,
);

export const EcogSchema = z.literal(ECOG_GRADES);

// Bounds: there are 29 levels, so no more than 29 separate spinal lesions can be told apart here.
export const TesFindingsSchema = z.strictObject({
  spinalLesionCount: z.int().min(1).max(29).optional(),
  levels: z.array(VertebraSchema).max(VERTEBRAE.length).optional(),
  ecog: EcogSchema.optional(),
  otherOrganMetastases: z.int().min(0).max(999).optional(),
  systemicDiseaseStable: z.boolean().optional(),
});
