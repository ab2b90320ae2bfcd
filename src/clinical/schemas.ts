// Every place outside data enters (storage, backup import, URL state) goes through these.
// zod/mini: the same checks as zod, in a form the bundler can trim for the first screen.
import '../zod-config';
import * as z from 'zod/mini';
import { VERTEBRAE } from './levels';
import { SINS_POINTS } from './sins';
import { ECOG_GRADES } from './performance';

const optionsOf = <T extends Record<string, number>>(table: T) =>
  z.optional(z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]]));

export const VertebraSchema = z.enum(VERTEBRAE);

export const SinsFindingsSchema = z.strictObject({
  location: optionsOf(SINS_POINTS.location),
  pain: optionsOf(SINS_POINTS.pain),
  boneLesion: optionsOf(SINS_POINTS.boneLesion),
  alignment: optionsOf(SINS_POINTS.alignment),
  collapse: optionsOf(SINS_POINTS.collapse),
  posterolateral: optionsOf(SINS_POINTS.posterolateral),
});

const yesNo = z.optional(z.boolean());
export const EsccFindingsSchema = z.strictObject({
  epiduralTumour: yesNo,
  thecalSacDeformed: yesNo,
  cordAbutted: yesNo,
  cordCompressed: yesNo,
  csfAroundCord: yesNo,
});

export const EcogSchema = z.literal(ECOG_GRADES);

/** A whole number from min to max. */
export const wholeNumber = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

// Bounds: there are 29 levels, so no more than 29 separate spinal lesions can be told apart here.
export const TesFindingsSchema = z.strictObject({
  spinalLesionCount: z.optional(wholeNumber(1, 29)),
  levels: z.optional(z.array(VertebraSchema).check(z.maxLength(VERTEBRAE.length))),
  ecog: z.optional(EcogSchema),
  otherOrganMetastases: z.optional(wholeNumber(0, 999)),
  systemicDiseaseStable: yesNo,
});
