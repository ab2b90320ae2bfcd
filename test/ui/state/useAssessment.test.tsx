// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/preact';
import { emptyAssessment, emptyLesion, withFindings, withLevels, type Assessment, type Lesion } from '../../../src/clinical';
import { openStorage, type Storage } from '../../../src/storage';
import type { DraftState, DraftStore } from '../../../src/storage/draft';
import { MemoryCasesStore } from '../../../src/storage/cases';
import { useAssessment } from '../../../src/ui/state/useAssessment';
// Loaded beside the storage code in the app (useAssessment.ts): loaded here too.
import '../../../src/ui/state/keep-view';

const lesion = (levels: Lesion['levels'], sins: Lesion['sins']): Lesion => withFindings(withLevels(emptyLesion('lesion-1'), levels), { sins, escc: {} });
const withLesion = (a: Assessment, change: (l: Lesion) => Lesion): Assessment => ({ ...a, lesions: a.lesions.map((l, i) => (i === 0 ? change(l) : l)) });
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 60)); });

function slowStorage(draft: Assessment | null) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const saved: Assessment[] = [];
  const store: DraftStore = {
    load: async (): Promise<DraftState | null> => {
      await gate;
      return draft ? { assessment: draft, setAside: [], rev: 1 } : null;
    },
    change: async (_c, screen) => {
      saved.push(screen);
      return { assessment: screen, rev: saved.length + 1, rebased: false };
    },
    save: async (a) => {
      saved.push(a);
    },
    saveNow: (l) => {
      saved.push(l.screen);
    },
  };
  const storage: Storage = { persistent: true, unavailableReason: null, draft: store, cases: new MemoryCasesStore(), requestPersist: async () => null, close: () => undefined };
  return { storage, release, saved };
}

function host(storage: Storage) {
  const api: { current?: ReturnType<typeof useAssessment> } = {};
  function Host() {
    api.current = useAssessment(storage);
    return null;
  }
  render(<Host />);
  return api;
}

describe('useAssessment', () => {
  it('replays a tap made before the saved draft loaded on top of it, losing neither', async () => {
    const draft: Assessment = { patient: {}, lesions: [lesion(['T12'], { pain: 'mechanical' })] };
    const { storage, release, saved } = slowStorage(draft);
    const api = host(storage);
    act(() => api.current?.update((a) => withLesion(a, (l) => ({ ...l, sins: { ...l.sins, boneLesion: 'lytic' } }))));
    expect(api.current?.assessment.lesions[0]?.sins).toEqual({ boneLesion: 'lytic' });
    expect(saved).toEqual([]); // nothing written over the unread draft
    await act(async () => {
      release();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(api.current?.assessment.lesions[0]?.sins).toEqual({ pain: 'mechanical', boneLesion: 'lytic' });
    expect(api.current?.assessment.lesions[0]?.levels).toEqual(['T12']);
    expect(saved.at(-1)).toEqual(api.current?.assessment);
  });

  it('leaves a tap made before the draft\'s tab has started when the page goes at once', () => {
    const { storage, saved } = slowStorage(null);
    const api = host(storage);
    // The tab's code is still loading: the change waits, and the page goes.
    act(() => api.current?.update((a) => withLesion(a, (l) => ({ ...l, levels: ['C6'] }))));
    window.dispatchEvent(new Event('pagehide'));
    expect(saved.map((a) => a.lesions[0]?.levels)).toEqual([['C6']]);
  });

  it('starts a new assessment with undo, and undo brings back the opened case too', async () => {
    const draft: Assessment = { patient: {}, lesions: [lesion(['L4'], {})] };
    const { storage, release } = slowStorage(draft);
    const api = host(storage);
    await act(async () => {
      release();
      await new Promise((r) => setTimeout(r, 0));
    });
    act(() => api.current?.replace(draft, 'case-1'));
    expect(api.current?.openedId).toBe('case-1');
    act(() => api.current?.startNew());
    expect(api.current?.assessment).toEqual(emptyAssessment());
    expect(api.current?.openedId).toBeNull();
    expect(api.current?.undoable?.message).toBe('New assessment started.');
    act(() => api.current?.undo());
    expect(api.current?.assessment.lesions[0]?.levels).toEqual(['L4']);
    expect(api.current?.openedId).toBe('case-1');
  });

  it('writes the first change at once, in the same task as the tap (nothing waits for a render)', async () => {
    const { storage, release, saved } = slowStorage(null);
    const api = host(storage);
    await act(async () => {
      release();
      await new Promise((r) => setTimeout(r, 0));
    });
    api.current?.update((a) => withLesion(a, (l) => withLevels(l, ['T7'])));
    // No act(), no await: the write has already been handed to storage.
    expect(saved.at(-1)?.lesions[0]?.levels).toEqual(['T7']);
  });
});

describe('two tabs on one database', () => {
  it('never overwrites the other tab: each change goes on top of what the other wrote', async () => {
    const name = `two-tabs-${Date.now()}`;
    const [a, b] = [await openStorage({}, name), await openStorage({}, name)];
    const tabA = host(a);
    const tabB = host(b);
    await settle();
    // Tab A answers six SINS items...
    for (const [k, v] of [['pain', 'mechanical'], ['boneLesion', 'lytic'], ['alignment', 'normal'], ['collapse', 'none'], ['posterolateral', 'none']] as const) {
      act(() => tabA.current?.update((x) => withLesion(x, (l) => withFindings(l, { sins: { ...l.sins, [k]: v }, escc: l.escc }))));
      await settle();
    }
    act(() => tabA.current?.update((x) => withLesion(x, (l) => withLevels(l, ['T7']))));
    await settle();
    // Tab B stays in step, and says so.
    expect(tabB.current?.assessment.lesions[0]?.levels).toEqual(['T7']);
    expect(tabB.current?.fromOtherTab).toBe(true);
    // Tab B answers ESCC.
    act(() => tabB.current?.update((x) => withLesion(x, (l) => withFindings(l, { sins: l.sins, escc: { epiduralTumour: false } }))));
    await settle();
    // B's change went on top of A's answers; A is in step with B.
    expect(tabB.current?.assessment.lesions[0]?.sins).toMatchObject({ pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'none', posterolateral: 'none' });
    expect(tabB.current?.assessment.lesions[0]?.escc).toEqual({ epiduralTumour: false });
    expect(tabA.current?.assessment.lesions[0]?.escc).toEqual({ epiduralTumour: false });
    // Reload both: every answer survives.
    const stored = await (await openStorage({}, name)).draft.load();
    expect(stored?.assessment.lesions[0]?.sins).toMatchObject({ pain: 'mechanical', posterolateral: 'none' });
    expect(stored?.assessment.lesions[0]?.escc).toEqual({ epiduralTumour: false });
    expect(stored?.assessment.lesions[0]?.levels).toEqual(['T7']);
    a.close();
    b.close();
  });
});

describe('a tab closed straight after a tap, with another tab open', () => {
  it('leaves only its own change: the other tab’s newer answer is kept (pagehide during both writes)', async () => {
    localStorage.clear();
    const name = `close-after-tap-${Date.now()}`;
    const [a, b] = [await openStorage({}, name), await openStorage({}, name)];
    const tabA = host(a);
    const tabB = host(b);
    await settle();
    // B answers ESCC; in the same task A taps a SINS answer and its page goes (only A has a change pending once B's is written).
    act(() => tabB.current?.update((x) => withLesion(x, (l) => withFindings(l, { sins: l.sins, escc: { epiduralTumour: true } }))));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    act(() => tabA.current?.update((x) => withLesion(x, (l) => withFindings(l, { sins: { ...l.sins, pain: 'mechanical' }, escc: l.escc }))));
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    const stored = await (await openStorage({}, name)).draft.load();
    expect(stored?.assessment.lesions[0]?.sins).toEqual({ pain: 'mechanical' });
    expect(stored?.assessment.lesions[0]?.escc).toEqual({ epiduralTumour: true });
    a.close();
    b.close();
  });
});

describe('the draft store', () => {
  it('applies a change made on a stale revision on top of the newer draft, never over it', async () => {
    const s = await openStorage({}, `rebase-${Date.now()}`);
    const base = emptyAssessment();
    const first = await s.draft.change((a) => a, base, 0);
    // Tab A writes pain on revision 1.
    const painA = withLesion(base, (l) => withFindings(l, { sins: { pain: 'mechanical' }, escc: {} }));
    const a = await s.draft.change(() => painA, painA, first.rev);
    expect(a.rebased).toBe(false);
    // Tab B, still on revision 1, answers ESCC: its change is applied to A's draft.
    const esccB = (x: Assessment) => withLesion(x, (l) => ({ ...l, escc: { epiduralTumour: true } }));
    const b = await s.draft.change(esccB, esccB(base), first.rev);
    expect(b.rebased).toBe(true);
    expect(b.assessment.lesions[0]?.sins).toEqual({ pain: 'mechanical' });
    expect(b.assessment.lesions[0]?.escc).toEqual({ epiduralTumour: true });
    expect((await s.draft.load())?.assessment).toEqual(b.assessment);
    s.close();
  });
});
