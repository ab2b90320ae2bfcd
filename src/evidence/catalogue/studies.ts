// The trials and series beyond the seeds, checked against their schema (ids unique, every figure
// with n, time origin, where in the paper and the address it was read at).
import { StudySchema, type Study } from '../study-schema';
import { enBlocSeries } from './trials-en-bloc';
import { radiotherapyTrials } from './trials-radiotherapy';

export const studies: readonly Study[] = [...radiotherapyTrials, ...enBlocSeries];

export function validateStudies(list: readonly Study[] = studies): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const s of list) {
    const parsed = StudySchema.safeParse(s);
    if (!parsed.success) problems.push(`${s.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    for (const id of [s.id, ...s.figures.map((f) => f.id)]) {
      if (ids.has(id)) problems.push(`${id}: duplicate id`);
      ids.add(id);
    }
  }
  return problems;
}
