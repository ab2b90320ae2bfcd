// A three-way merge of answers: what one tab changed (from `base` to `mine`) applied on top of
// what is stored now (`theirs`), so a tab that leaves writes only its own change. Objects merge
// key by key, lists of lesions by id, lists of levels as sets; where both changed the same
// answer, `mine` (the later write) is kept. An answer only one side changed is never dropped.
import { sortLevels, type Assessment, type Vertebra } from '../clinical';
import { sameJson } from './cases';

type Obj = Record<string, unknown>;
type WithId = Obj & { id: string };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const withIds = (v: unknown): v is WithId[] => Array.isArray(v) && v.every((x) => isObj(x) && typeof x.id === 'string');
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function mergeById(base: unknown, mine: WithId[], theirs: WithId[]): WithId[] {
  const b = new Map((withIds(base) ? base : []).map((x) => [x.id, x]));
  const m = new Map(mine.map((x) => [x.id, x]));
  const t = new Set(theirs.map((x) => x.id));
  const out: WithId[] = [];
  for (const x of theirs) {
    const own = m.get(x.id);
    // Removed here and unchanged there: removed. Changed there: kept (its answers are not dropped).
    if (!own) {
      if (!(b.has(x.id) && sameJson(b.get(x.id), x))) out.push(x);
      continue;
    }
    out.push(merge3(b.get(x.id), own, x) as WithId);
  }
  for (const x of mine) {
    if (t.has(x.id)) continue;
    // Added here, or changed here and removed there: kept. Removed there and unchanged here: removed.
    if (!(b.has(x.id) && sameJson(b.get(x.id), x))) out.push(x);
  }
  return out;
}

function mergeSet(base: unknown, mine: string[], theirs: string[]): string[] {
  const b = new Set(strings(base) ? base : []);
  const m = new Set(mine);
  const removed = (s: string) => b.has(s) && !m.has(s);
  return [...theirs.filter((s) => !removed(s)), ...mine.filter((s) => !b.has(s) && !theirs.includes(s))];
}

export function merge3(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (sameJson(mine, base)) return theirs;
  if (sameJson(theirs, base) || sameJson(theirs, mine)) return mine;
  if (isObj(mine) && isObj(theirs)) {
    const b = isObj(base) ? base : {};
    const out: Obj = {};
    for (const k of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const v = merge3(b[k], mine[k], theirs[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  if (withIds(mine) && withIds(theirs)) return mergeById(base, mine, theirs);
  if (strings(mine) && strings(theirs)) return mergeSet(base, mine, theirs);
  return mine;
}

/** One tab's change (base to mine) on top of the stored answers; levels back in spine order. */
export function mergeAnswers(base: Assessment, mine: Assessment, theirs: Assessment): Assessment {
  const a = merge3(base, mine, theirs) as Assessment;
  return { ...a, lesions: a.lesions.map((l) => ({ ...l, levels: sortLevels(l.levels as Vertebra[]), findingsLevels: sortLevels(l.findingsLevels as Vertebra[]) })) };
}
