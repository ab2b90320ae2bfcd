// Merging a read backup with the cases saved here. A case deleted here is absent: the backup
// brings it back. Conflicts are put to the clinician; choices are kept in a Map, so no id
// ("constructor", "__proto__") can find an answer nobody gave.
import type { Result } from '../clinical';
import { LABEL_MAX, MAX_CASES, newCaseId, roomFor, sameJson } from './cases';
import type { CaseRecord } from './db';

export interface ImportConflict {
  existing: CaseRecord;
  incoming: CaseRecord;
}

export interface ImportPlan {
  added: CaseRecord[];
  /** Deleted here (within the undo window), in the backup: written back as live. */
  restored: CaseRecord[];
  identical: CaseRecord[];
  conflicts: ImportConflict[];
  /** Cases saved here and not deleted, before the import. */
  liveHere: number;
}

export type ConflictChoice = 'keep-mine' | 'take-theirs' | 'keep-both';
export type ConflictChoices = ReadonlyMap<string, ConflictChoice>;

export function planImport(existing: readonly CaseRecord[], incoming: readonly CaseRecord[]): ImportPlan {
  const mine = new Map(existing.map((c) => [c.id, c]));
  const plan: ImportPlan = { added: [], restored: [], identical: [], conflicts: [], liveHere: existing.filter((c) => c.deletedAt === null).length };
  for (const c of incoming) {
    const m = mine.get(c.id);
    if (!m) plan.added.push(c);
    else if (m.deletedAt !== null) plan.restored.push({ ...c, deletedAt: null });
    else if (sameJson(m, c)) plan.identical.push(c);
    else plan.conflicts.push({ existing: m, incoming: c });
  }
  return plan;
}

/** The records to write once every conflict has a choice; an unresolved conflict writes nothing. */
export function resolveImport(plan: ImportPlan, choices: ConflictChoices, now = new Date()): Result<CaseRecord[]> {
  const unresolved = plan.conflicts.filter((c) => !choices.has(c.incoming.id));
  if (unresolved.length) {
    const n = unresolved.length;
    return { ok: false, error: `Choose what to do with ${n} case${n === 1 ? '' : 's'} that differ${n === 1 ? 's' : ''} from the saved one${n === 1 ? '' : 's'}.` };
  }
  const writes = [...plan.added, ...plan.restored];
  for (const c of plan.conflicts) {
    const choice = choices.get(c.incoming.id);
    if (choice === 'take-theirs') writes.push(c.incoming);
    if (choice === 'keep-both') {
      writes.push({ ...c.incoming, id: newCaseId(), label: `${c.incoming.label} (imported)`.slice(0, LABEL_MAX), updatedAt: now.toISOString() });
    }
  }
  const newLive = plan.added.length + plan.restored.length + plan.conflicts.filter((c) => choices.get(c.incoming.id) === 'keep-both').length;
  const full = roomFor(plan.liveHere, newLive);
  if (full) return { ok: false, error: `${full}. Nothing was imported.` };
  return { ok: true, value: writes };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * What an import did, in one sentence whose counts add up to the cases in the file: written
 * (new, restored, replaced, added as copies) + already here + kept as saved here + left out.
 */
export function importReport(plan: ImportPlan, choices: ConflictChoices, leftOutDeleted = 0): string {
  const chose = (c: ConflictChoice) => plan.conflicts.filter((x) => choices.get(x.incoming.id) === c).length;
  const [replaced, copies, kept] = [chose('take-theirs'), chose('keep-both'), chose('keep-mine')];
  const written = plan.added.length + plan.restored.length + replaced + copies;
  const total = written + plan.identical.length + kept + leftOutDeleted;
  const n = (x: number) => x.toLocaleString('en');
  const how = [
    plan.added.length ? `${n(plan.added.length)} new` : '',
    plan.restored.length ? `${n(plan.restored.length)} deleted here and restored` : '',
    replaced ? `${n(replaced)} replaced by the backup’s` : '',
    copies ? `${n(copies)} added beside the one here` : '',
  ].filter(Boolean);
  const parts = [
    `${plural(written, 'case')} written${how.length ? ` (${how.join(', ')})` : ''}`,
    plan.identical.length ? `${n(plan.identical.length)} already here` : '',
    kept ? `${n(kept)} kept as saved here` : '',
    leftOutDeleted ? `${n(leftOutDeleted)} marked deleted in the file, left out` : '',
  ].filter(Boolean);
  return `Imported: ${parts.join(', ')}; the file held ${plural(total, 'case')}.`;
}

export { MAX_CASES, sameJson };
