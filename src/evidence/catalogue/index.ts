import { ConflictSchema, OutcomeRecordSchema, type Conflict, type OutcomeRecord } from '../schema';
import { kato2020Quoted, kato2020Records, kato2020Table3 } from './seed000';
import { seed001Records } from './seed001';
import { seed002Records } from './seed002';
import { seed003Records } from './seed003';
import { seed004Records } from './seed004';
import { conflicts as conflictList } from './conflicts';

export const catalogue: readonly OutcomeRecord[] = [
  ...kato2020Records,
  ...kato2020Table3,
  ...kato2020Quoted,
  ...seed001Records,
  ...seed002Records,
  ...seed003Records,
  ...seed004Records,
];

export const conflicts: readonly Conflict[] = conflictList;

/** Every record and conflict checked against its schema, ids unique, conflicts naming real records. */
export function validateCatalogue(): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const record of catalogue) {
    const parsed = OutcomeRecordSchema.safeParse(record);
    if (!parsed.success) problems.push(`${record.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    if (ids.has(record.id)) problems.push(`${record.id}: duplicate id`);
    ids.add(record.id);
  }
  for (const conflict of conflicts) {
    const parsed = ConflictSchema.safeParse(conflict);
    if (!parsed.success) problems.push(`conflict ${conflict.id}: ${parsed.error.message}`);
    for (const id of conflict.records) if (!ids.has(id)) problems.push(`conflict ${conflict.id}: no record ${id}`);
  }
  return problems;
}

export function conflictsFor(recordId: string): Conflict[] {
  return conflicts.filter((c) => c.records.includes(recordId));
}
