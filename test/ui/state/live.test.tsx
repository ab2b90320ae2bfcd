// @vitest-environment happy-dom
// A tap on a lesion renders that lesion's own parts at once and the rest after the paint
// (src/ui/state/live.ts, issue 12); nothing may show an older answer once the paint has passed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render as preactRender } from 'preact';
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { emptyAssessment, withFindings, type Assessment, type Lesion } from '../../../src/clinical';
import { MemoryCasesStore } from '../../../src/storage/cases';
import { MemoryDraftStore } from '../../../src/storage/draft';
import type { Storage } from '../../../src/storage';
import { Live, LiveAnswers, afterPaint, useLiveLesion } from '../../../src/ui/state/live';
import { useAssessment } from '../../../src/ui/state/useAssessment';
import { useSettled } from '../../../src/ui/state/useSettled';

afterEach(cleanup);
const painted = () => act(async () => { await new Promise((r) => setTimeout(r, 80)); });
const pain = (l: Lesion, v: 'mechanical' | 'none') => withFindings(l, { sins: { ...l.sins, pain: v }, escc: l.escc });
const storage = (): Storage => ({ persistent: true, unavailableReason: null, draft: new MemoryDraftStore(), cases: new MemoryCasesStore(), requestPersist: async () => null, close: () => undefined });

function PainShown({ lesion }: { lesion: Lesion }) {
  const live = useLiveLesion(lesion);
  return <output data-testid={lesion.id}>{live.sins.pain ?? 'unanswered'}</output>;
}

describe('LiveAnswers', () => {
  it('renders a subscribed lesion from the newest answers before its props catch up, and says whether one took them', async () => {
    const a = emptyAssessment();
    const live = new LiveAnswers(a);
    const first = a.lesions[0] as Lesion;
    const { getByTestId } = render(
      <Live.Provider value={live}>
        <PainShown lesion={first} />
      </Live.Provider>,
    );
    await painted();
    let took = false;
    await act(() => {
      took = live.publish({ ...a, lesions: [pain(first, 'mechanical')] });
    });
    expect(took).toBe(true);
    expect(getByTestId(first.id).textContent).toBe('mechanical');
    // A change to the patient only: no lesion part renders anew, so App must render at once.
    expect(live.publish({ ...live.current, patient: { ecog: 1 } })).toBe(false);
  });
});

describe('useAssessment with a lesion on screen', () => {
  it('shows the tapped lesion at once, and gives App the same answers right after the paint', async () => {
    const api: { current?: ReturnType<typeof useAssessment> } = {};
    function Host() {
      api.current = useAssessment(storage());
      const settled = useSettled(api.current.assessment, api.current.painted);
      const lesion = api.current.assessment.lesions[0] as Lesion;
      return (
        <Live.Provider value={api.current.live}>
          <PainShown lesion={lesion} />
          <p data-testid="app">{lesion.sins.pain ?? 'unanswered'}</p>
          <p data-testid="settled">{settled.lesions[0]?.sins.pain ?? 'unanswered'}</p>
        </Live.Provider>
      );
    }
    const { getByTestId } = render(<Host />);
    await painted();
    act(() => api.current?.update((a: Assessment) => ({ ...a, lesions: a.lesions.map((l) => pain(l, 'none')) })));
    expect(getByTestId('lesion-1').textContent).toBe('none');
    expect(getByTestId('app').textContent).toBe('unanswered');
    // After the paint (a frame later; on a loaded machine a frame can take longer than 80 ms).
    await painted();
    await waitFor(() => expect(getByTestId('app').textContent).toBe('none'), { timeout: 2000 });
    // App rendered after the paint: what follows a tap is settled in that same render.
    expect(getByTestId('settled').textContent).toBe('none');
    expect(api.current?.live.current).toBe(api.current?.assessment);
  });
});

describe('useSettled', () => {
  it('keeps the answers of the last paint until the next one, unless told they were painted', async () => {
    const seen: string[] = [];
    function Host({ v, p }: { v: string; p?: boolean }) {
      const s = useSettled(v, p);
      seen.push(s);
      return <p>{s}</p>;
    }
    // Outside act(), which would run the effects at once: as in the browser, after the paint.
    const root = document.createElement('div');
    preactRender(<Host v="a" />, root);
    preactRender(<Host v="b" />, root);
    expect(seen.at(-1)).toBe('a');
    await new Promise((r) => setTimeout(r, 150));
    expect(seen.at(-1)).toBe('b');
    preactRender(<Host v="c" p />, root);
    expect(seen.at(-1)).toBe('c');
  });
});

describe('afterPaint', () => {
  it('runs once after the next frame, and in the next task in a hidden tab, which gets no frame', async () => {
    const runs: string[] = [];
    afterPaint(() => runs.push('framed'));
    await new Promise((r) => setTimeout(r, 150));
    expect(runs).toEqual(['framed']);
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      afterPaint(() => runs.push('hidden'));
      await new Promise((r) => setTimeout(r, 10));
      expect(runs).toEqual(['framed', 'hidden']);
    } finally {
      visibility.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
