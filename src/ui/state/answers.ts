// What a clinician can do to the answers, as pure changes: the cards and App call these, and the
// model-based test (test/ui/order.test.ts) drives the same functions in random orders.
import {
  MAX_LESIONS,
  emptyLesion,
  tappedLevels,
  withFindings,
  withLevels,
  type Assessment,
  type EsccFindings,
  type Lesion,
  type SinsComponent,
  type SinsFindings,
  type Vertebra,
} from '../../clinical';

/** A copy of `answers` with `key` set, or removed when the answer is cleared. */
export function withAnswer<T extends object, K extends keyof T>(answers: T, key: K, value: T[K] | undefined): T {
  const next = { ...answers };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** A tap on vertebra `v`; a tap the level rule refuses changes nothing (the picker says why). */
export function tappedLevel(l: Lesion, v: Vertebra): Lesion {
  const next = tappedLevels(l.levels, v);
  return next === l.levels ? l : withLevels(l, next);
}

export const answeredSins = (l: Lesion, c: SinsComponent, value: string | undefined): Lesion =>
  withFindings(l, { sins: withAnswer(l.sins as Record<string, string>, c, value) as SinsFindings, escc: l.escc });

export const answeredEscc = (l: Lesion, escc: EsccFindings): Lesion => withFindings(l, { sins: l.sins, escc });

export const changedLesion = (a: Assessment, id: string, change: (l: Lesion) => Lesion): Assessment => ({
  ...a,
  lesions: a.lesions.map((l) => (l.id === id ? change(l) : l)),
});

export const addedLesion = (a: Assessment, id?: string): Assessment =>
  a.lesions.length >= MAX_LESIONS ? a : { ...a, lesions: [...a.lesions, emptyLesion(id)] };

/** Without lesion `id`; the last lesion removed leaves one empty lesion. */
export function removedLesion(a: Assessment, id: string, replacementId?: string): Assessment {
  const rest = a.lesions.filter((l) => l.id !== id);
  return { ...a, lesions: rest.length ? rest : [emptyLesion(replacementId)] };
}
