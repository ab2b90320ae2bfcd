// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/preact';
import { emptyAssessment, type Assessment, type Storage } from '../../src/storage';
import { MemoryCasesStore } from '../../src/storage/cases';
import { useAssessment } from '../../src/ui/useAssessment';

function slowStorage(draft: Assessment | null) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const saved: Assessment[] = [];
  const storage: Storage = {
    persistent: true,
    draft: {
      load: async () => {
        await gate;
        return draft;
      },
      save: async (a) => {
        saved.push(a);
      },
    },
    cases: new MemoryCasesStore(),
    requestPersist: async () => null,
    close: () => undefined,
  };
  return { storage, release, saved };
}

describe('useAssessment', () => {
  it('replays a tap made before the saved draft loaded on top of it, losing neither', async () => {
    const draft: Assessment = { ...emptyAssessment(), levels: ['T12'], sins: { pain: 'mechanical' } };
    const { storage, release, saved } = slowStorage(draft);
    let api: ReturnType<typeof useAssessment> | undefined;
    function Host() {
      api = useAssessment(storage);
      return null;
    }
    render(<Host />);
    act(() => api?.update((a) => ({ ...a, sins: { ...a.sins, boneLesion: 'lytic' } })));
    expect(api?.assessment.sins).toEqual({ boneLesion: 'lytic' });
    expect(saved).toEqual([]); // nothing written over the unread draft
    await act(async () => {
      release();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(api?.assessment).toEqual({ ...draft, sins: { pain: 'mechanical', boneLesion: 'lytic' } });
    expect(saved.at(-1)).toEqual(api?.assessment);
  });

  it('starts a new assessment with undo', async () => {
    const draft: Assessment = { ...emptyAssessment(), levels: ['L4'] };
    const { storage, release } = slowStorage(draft);
    let api: ReturnType<typeof useAssessment> | undefined;
    function Host() {
      api = useAssessment(storage);
      return null;
    }
    render(<Host />);
    await act(async () => {
      release();
      await new Promise((r) => setTimeout(r, 0));
    });
    act(() => api?.startNew());
    expect(api?.assessment).toEqual(emptyAssessment());
    expect(api?.undoable?.reason).toBe('new');
    act(() => api?.undo());
    expect(api?.assessment.levels).toEqual(['L4']);
  });
});
