// The patient, the lesions and the assessment as read at every boundary (storage, backup,
// draft). Every field optional; impossible values refused, not clamped.
import '../zod-config';
import * as z from 'zod/mini';
import { EsccFindingsSchema, SinsFindingsSchema, VertebraSchema, wholeNumber } from './schemas';
import { ECOG_GRADES, FRANKEL_GRADES } from './performance';
import {
  ALBUMIN_LIMITS,
  ECOG_NOW,
  HISTOLOGIES,
  KPS_VALUES,
  MAX_LESIONS,
  ORGANS,
  TREATMENTS,
  WALKING,
  type Albumin,
  type Assessment,
  type LabWithUnit,
  type Measured,
  type Lesion,
  type Patient,
} from './patient';
import { LAB_LIMITS, LAB_UNITS, LDH_LIMITS } from './labs';

const levels = z.array(VertebraSchema).check(z.maxLength(29));

const OrganSchema = z.strictObject({
  count: z.optional(wholeNumber(1, 999)),
  removable: z.optional(z.boolean()),
});

export const AlbuminSchema = z
  .strictObject({ value: z.number(), unit: z.enum(['g/dL', 'g/L']) })
  .check(
    z.refine((a: Albumin) => Number.isFinite(a.value) && a.value >= ALBUMIN_LIMITS[a.unit].min && a.value <= ALBUMIN_LIMITS[a.unit].max, {
      message: 'albumin outside 0.5-7 g/dL (5-70 g/L)',
    }),
  );

// A laboratory value with its unit: the unit decides the plausible range, as for albumin.
function measured<L extends LabWithUnit>(lab: L) {
  const limits = LAB_LIMITS[lab] as Record<string, { min: number; max: number; whole?: boolean }>;
  return z
    .strictObject({ value: z.number(), unit: z.enum(LAB_UNITS[lab] as unknown as [string, ...string[]]) })
    .check(
      z.refine((m) => {
        const l = limits[m.unit];
        return l !== undefined && Number.isFinite(m.value) && m.value >= l.min && m.value <= l.max && (!l.whole || Number.isInteger(m.value));
      }, { message: `${lab} outside its plausible range for the unit` }),
    ) as unknown as z.ZodMiniType<Measured<L>>;
}

export const PatientSchema = z.strictObject({
  histology: z.optional(z.enum(HISTOLOGIES)),
  primarySite: z.optional(z.enum(['uterus', 'retroperitoneum', 'extremity', 'stomach', 'other'])),
  age: z.optional(wholeNumber(0, 120)),
  sex: z.optional(z.enum(['F', 'M'])),
  ecog: z.optional(z.literal(ECOG_NOW)),
  kps: z.optional(z.literal(KPS_VALUES)),
  frankel: z.optional(z.enum(FRANKEL_GRADES)),
  walking: z.optional(z.enum(WALKING)),
  organs: z.optional(z.strictObject(Object.fromEntries(ORGANS.map((o) => [o, z.optional(OrganSchema)])) as Record<(typeof ORGANS)[number], z.ZodMiniOptional<typeof OrganSchema>>)),
  extraspinalBoneMetastases: z.optional(wholeNumber(0, 999)),
  otherSpinalLesions: z.optional(wholeNumber(0, 28)),
  systemicDiseaseStable: z.optional(z.boolean()),
  fitForSurgery: z.optional(z.boolean()),
  albumin: z.optional(AlbuminSchema),
  crp: z.optional(measured('crp')),
  ldh: z.optional(wholeNumber(LDH_LIMITS.min, LDH_LIMITS.max)),
  platelets: z.optional(measured('platelets')),
  calcium: z.optional(measured('calcium')),
  bilirubin: z.optional(measured('bilirubin')),
  previousChemotherapy: z.optional(z.boolean()),
  visceralSpread: z.optional(z.enum(['nodular', 'disseminated'])),
  treatment: z.optional(z.enum(TREATMENTS)),
  ecogPost: z.optional(z.literal(ECOG_GRADES)),
  choices: z.optional(
    z.strictObject({
      tokuhashiLmsAsUterus: z.optional(z.boolean()),
      tomitaGrowth: z.optional(z.enum(['slow', 'moderate', 'rapid'])),
      katagiriHormoneDependent: z.optional(z.boolean()),
      katagiriTargetedTherapy: z.optional(z.boolean()),
      katagiriGrowth: z.optional(z.enum(['slow', 'moderate', 'rapid'])),
    }),
  ),
  statusConfirmed: z.optional(z.strictObject({ ecog: z.literal(ECOG_NOW), kps: z.literal(KPS_VALUES) })),
});

export const LesionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  levels,
  sins: SinsFindingsSchema,
  escc: EsccFindingsSchema,
  findingsLevels: levels,
});

export const AssessmentSchema = z
  .strictObject({
    patient: PatientSchema,
    lesions: z.array(LesionSchema).check(z.minLength(1), z.maxLength(MAX_LESIONS)),
    notes: z.optional(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20))),
  })
  .check(
    z.refine((a) => new Set(a.lesions.map((l) => l.id)).size === a.lesions.length, { message: 'two lesions share one id' }),
  );

// The schemas and the hand-written types must agree; a drift fails type checking here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [Same<z.infer<typeof PatientSchema>, Patient>, Same<z.infer<typeof LesionSchema>, Lesion>, Same<z.infer<typeof AssessmentSchema>, Assessment>] = [true, true, true];
void agree;
