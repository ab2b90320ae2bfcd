// @vitest-environment happy-dom
// A tab that leaves writes only its own change, on top of the newest draft: never its whole
// screen over another tab's answers. localStorage (happy-dom's, shared like one origin's) holds
// what a leaving tab left; fake-indexeddb stands in for the browser's database.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unwrap } from 'idb';
import { emptyAssessment, type Assessment, type Lesion } from '../../src/clinical';
import { openCalculatorDb, type CaseRecord } from '../../src/storage';
import { IdbDraftStore, localLeaveBox, type DraftStore } from '../../src/storage/draft';
import { DraftTab, type Change } from '../../src/storage/draft-tab';
import { mergeAnswers } from '../../src/storage/merge';

let n = 0;
const fresh = () => `leave-${Date.now()}-${n++}`;
const settle = (ms = 5) => new Promise((r) => setTimeout(r, ms));
void ({} as CaseRecord);

type Field = 'pain' | 'boneLesion' | 'alignment' | 'posterolateral' | 'epiduralTumour' | 'cordCompressed' | 'age' | 'sex';
const A_FIELDS: Field[] = ['pain', 'boneLesion', 'age', 'epiduralTumour'];
const B_FIELDS: Field[] = ['alignment', 'posterolateral', 'sex', 'cordCompressed'];
const VALUES: Record<Field, readonly unknown[]> = {
  pain: ['mechanical', 'occasional', 'none'],
  boneLesion: ['lytic', 'mixed', 'blastic'],
  alignment: ['normal', 'de-novo-deformity', 'subluxation'],
  posterolateral: ['none', 'unilateral', 'bilateral'],
  epiduralTumour: [true, false],
  cordCompressed: [true, false],
  age: [40, 61, 75],
  sex: ['F', 'M'],
};
const lesion1 = (a: Assessment, f: (l: Lesion) => Lesion): Assessment => ({ ...a, lesions: a.lesions.map((l, i) => (i === 0 ? f(l) : l)) });
/** A tap: sets one answer, as the form's handlers do (a function of the answers it is applied to). */
function tap(field: Field, value: unknown): Change {
  if (field === 'age' || field === 'sex') return (a) => ({ ...a, patient: { ...a.patient, [field]: value } });
  if (field === 'epiduralTumour' || field === 'cordCompressed') return (a) => lesion1(a, (l) => ({ ...l, escc: { ...l.escc, [field]: value } }));
  return (a) => lesion1(a, (l) => ({ ...l, sins: { ...l.sins, [field]: value } }));
}
function read(a: Assessment, field: Field): unknown {
  if (field === 'age' || field === 'sex') return a.patient[field];
  const l = a.lesions[0] as Lesion;
  return field === 'epiduralTumour' || field === 'cordCompressed' ? l.escc[field] : l.sins[field];
}

/** One origin's localStorage for one trial: tabs of an earlier trial, still settling, cannot reach it. */
function originStorage(): globalThis.Storage {
  const s: Record<string, string> = {};
  const own = (k: string) => Object.prototype.hasOwnProperty.call(s, k);
  Object.defineProperties(s, {
    getItem: { value: (k: string) => (own(k) ? s[k] : null) },
    setItem: { value: (k: string, v: string) => void (s[k] = String(v)) },
    removeItem: { value: (k: string) => void delete s[k] },
  });
  return s as unknown as globalThis.Storage;
}

/** A tab: its own connection, a screen, the app's save path. `die` stops it as a closed page stops. */
async function openTab(name: string, peers: () => DraftTab[], origin: globalThis.Storage = localStorage) {
  const db = await openCalculatorDb(name);
  const raw = unwrap(db);
  const open: IDBTransaction[] = [];
  const transaction = raw.transaction.bind(raw) as IDBDatabase['transaction'];
  raw.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
    const tx = transaction(...args);
    open.push(tx);
    return tx;
  }) as IDBDatabase['transaction'];
  const real = new IdbDraftStore(db, localLeaveBox(origin));
  let dead = false;
  const never = new Promise<never>(() => undefined);
  // A dead page runs nothing more: no new request, no callback seen.
  const store: DraftStore = {
    load: () => (dead ? never : real.load()),
    change: (...args) => (dead ? never : real.change(...args)),
    save: (a) => (dead ? never : real.save(a)),
    saveNow: (l) => real.saveNow(l),
  };
  let screen = emptyAssessment();
  const tab: DraftTab = new DraftTab(store, {
    screen: () => screen,
    show: (a) => {
      if (!dead) screen = a;
    },
    saved: (ok) => expect(ok, 'a write refused').toBe(true),
    notify: (m) => setTimeout(() => peers().forEach((p) => p !== tab && p.otherWrote(m)), 0),
  });
  await tab.start();
  return {
    tab,
    tap(c: Change) {
      screen = c(screen);
      tab.push(c);
    },
    /** pagehide, then the page is gone: a write in flight is torn down (`cut`) or lands. */
    die(cut: boolean) {
      tab.leave(true);
      dead = true;
      if (cut) for (const tx of open) try { tx.abort(); } catch { /* finished */ }
      db.close();
    },
    screen: () => screen,
    close: () => db.close(),
  };
}

type Op = { tab: 'A' | 'B'; field: number; value: number } | { wait: number } | { hide: 'A' | 'B' };

describe('two tabs, one closed straight after its taps', () => {
  it('never drops an answer of either tab, whatever the interleaving and whether the write in flight lands', async () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ tab: fc.constantFrom('A' as const, 'B' as const), field: fc.nat(3), value: fc.nat(2) }),
      fc.record({ wait: fc.constantFrom(0, 1, 3) }),
      // Hidden (the tab switched away) and back: its change is left, and it goes on writing.
      fc.record({ hide: fc.constantFrom('A' as const, 'B' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 10 }), fc.array(op, { maxLength: 6 }), fc.boolean(), async (before, after, cut) => {
        const name = fresh();
        const origin = originStorage();
        const tabs: DraftTab[] = [];
        const a = await openTab(name, () => tabs, origin);
        const b = await openTab(name, () => tabs, origin);
        tabs.push(a.tab, b.tab);
        const want = new Map<Field, unknown>();
        const run = async (o: Op, aAlive: boolean) => {
          if ('wait' in o) return settle(o.wait);
          if ('hide' in o) return o.hide === 'B' || aAlive ? (o.hide === 'A' ? a : b).tab.leave(false) : undefined;
          if (o.tab === 'A' && !aAlive) return;
          const fields = o.tab === 'A' ? A_FIELDS : B_FIELDS;
          const field = fields[o.field] as Field;
          const values = VALUES[field];
          const value = values[o.value % values.length];
          want.set(field, value);
          (o.tab === 'A' ? a : b).tap(tap(field, value));
        };
        for (const o of before) await run(o, true);
        a.die(cut);
        for (const o of after) await run(o, false);
        await settle(40);
        // B is in step with every answer, and so is the draft a new tab opens.
        const next = await new IdbDraftStore(await openCalculatorDb(name), localLeaveBox(origin)).load();
        for (const [field, value] of want) {
          expect(read(next?.assessment ?? emptyAssessment(), field), `stored ${field}`).toEqual(value);
        }
        b.close();
      }),
      { numRuns: Number(process.env.LEAVE_RUNS ?? 60) },
    );
  }, 60_000);

  it('a tap in A straight before it closes, over a newer draft B wrote: both answers kept', async () => {
    localStorage.clear();
    const name = fresh();
    const tabs: DraftTab[] = [];
    const a = await openTab(name, () => tabs);
    const b = await openTab(name, () => tabs);
    tabs.push(a.tab, b.tab);
    b.tap(tap('alignment', 'de-novo-deformity'));
    a.tap(tap('pain', 'mechanical'));
    a.die(true);
    await settle(40);
    const next = await new IdbDraftStore(await openCalculatorDb(name)).load();
    expect(next?.assessment.lesions[0]?.sins).toEqual({ alignment: 'de-novo-deformity', pain: 'mechanical' });
    b.close();
  });
});

describe('an answer changed and changed back while its write is in flight', () => {
  // Tapped mechanical (written), then occasional (its write in flight), then mechanical again,
  // and the tab closes: the screen equals the draft it last read, yet the write in flight would
  // leave "occasional" behind. The change left must undo it, whether that write lands or not.
  it.each([false, true])('keeps the answer last tapped (write in flight cut: %s)', async (cut) => {
    const name = fresh();
    const origin = originStorage();
    const a = await openTab(name, () => [], origin);
    a.tap(tap('pain', 'mechanical'));
    await settle(30);
    a.tap(tap('pain', 'occasional'));
    a.tap(tap('pain', 'mechanical'));
    a.die(cut);
    await settle(40);
    const next = await new IdbDraftStore(await openCalculatorDb(name), localLeaveBox(origin)).load();
    expect(next?.assessment.lesions[0]?.sins).toEqual({ pain: 'mechanical' });
  });
});

describe('a tab closed before its draft has loaded', () => {
  // The first tap can come while the tab still reads the draft (a slow device, a busy one): its
  // change waits to be written on top of that draft, and must be left beside it if the page goes.
  it('leaves the tap, and the next read applies it on top of the stored draft', async () => {
    const name = fresh();
    const origin = originStorage();
    const b = await openTab(name, () => [], origin);
    b.tap(tap('alignment', 'normal'));
    await settle(30);
    const real = new IdbDraftStore(await openCalculatorDb(name), localLeaveBox(origin));
    const slow: DraftStore = { load: () => new Promise(() => undefined), change: (...a) => real.change(...a), save: (a) => real.save(a), saveNow: (l) => real.saveNow(l) };
    let screen = emptyAssessment();
    const a = new DraftTab(slow, { screen: () => screen, show: (x) => void (screen = x), saved: () => undefined });
    void a.start();
    const pain = tap('pain', 'mechanical');
    screen = pain(screen);
    a.push(pain);
    a.leave(true);
    const next = await new IdbDraftStore(await openCalculatorDb(name), localLeaveBox(origin)).load();
    expect(next?.assessment.lesions[0]?.sins).toEqual({ alignment: 'normal', pain: 'mechanical' });
    b.close();
  });
});

describe('one tab hidden and back', () => {
  it('a change made after coming back is not undone by the one left as it went hidden', async () => {
    localStorage.clear();
    const name = fresh();
    const a = await openTab(name, () => []);
    a.tap(tap('boneLesion', 'mixed'));
    a.tab.leave(false);
    a.tap(tap('boneLesion', 'lytic'));
    await settle(30);
    a.tap(tap('pain', 'none'));
    await settle(30);
    const next = await new IdbDraftStore(await openCalculatorDb(name)).load();
    expect(next?.assessment.lesions[0]?.sins).toEqual({ boneLesion: 'lytic', pain: 'none' });
    expect(a.screen().lesions[0]?.sins).toEqual({ boneLesion: 'lytic', pain: 'none' });
    a.close();
  });
});

describe('the three-way merge of one tab’s change', () => {
  const base = emptyAssessment();
  const withLevels = (a: Assessment, levels: Lesion['levels']) => lesion1(a, (l) => ({ ...l, levels }));
  it('levels as sets: a level added in each tab is kept, one removed in one tab is removed', () => {
    const start = withLevels(base, ['T11', 'T12']);
    const mine = withLevels(start, ['T11', 'T12', 'L1']);
    const theirs = withLevels(start, ['T10', 'T12']);
    expect(mergeAnswers(start, mine, theirs).lesions[0]?.levels).toEqual(['T10', 'T12', 'L1']);
  });
  it('lesions by id: one added in each tab are both kept; an answer changed in both: the leaving tab’s', () => {
    const l2 = { ...(base.lesions[0] as Lesion), id: 'lesion-2' };
    const l3 = { ...(base.lesions[0] as Lesion), id: 'lesion-3' };
    const mine = { ...base, patient: { age: 60 }, lesions: [...base.lesions, l2] };
    const theirs = { ...base, patient: { age: 70, sex: 'F' as const }, lesions: [...base.lesions, l3] };
    const merged = mergeAnswers(base, mine, theirs);
    expect(merged.lesions.map((l) => l.id)).toEqual(['lesion-1', 'lesion-3', 'lesion-2']);
    expect(merged.patient).toEqual({ age: 60, sex: 'F' });
  });
  it('an answer removed in the leaving tab is removed; one removed in the other tab stays removed', () => {
    const start = tap('pain', 'none')(tap('alignment', 'normal')(base));
    const mine = lesion1(start, (l) => ({ ...l, sins: { alignment: 'normal' } }));
    const theirs = lesion1(start, (l) => ({ ...l, sins: { pain: 'none' } }));
    expect(mergeAnswers(start, mine, theirs).lesions[0]?.sins).toEqual({});
  });
});
