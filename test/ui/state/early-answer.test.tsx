// @vitest-environment happy-dom
// A tap made before hydration is answered from the served page's controls (early-answer.ts): the
// lesion read from them must be the one the app reaches when it replays the same taps, and the
// line written must be the app's own, with the published SINS points (Fisher 2010: L1 junctional
// 3, mechanical pain 3, lytic 2; the other three at most 4 + 3 + 3).
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanup, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { SINS_COMPONENTS, SINS_POINTS, VERTEBRAE, emptyLesion, type Lesion } from '../../../src/clinical';
import { LevelPicker } from '../../../src/ui/lesion/LevelPicker';
import { SinsForm } from '../../../src/ui/lesion/Sins';
import { answerEarly, lesionFromPage } from '../../../src/ui/state/early-answer';
import { replayEarlyInput } from '../../../src/ui/state/early-input';
import { answeredSins, tappedLevel } from '../../../src/ui/state/answers';
import { deriveLesion, lesionSinsAnnouncement } from '../../../src/report';
import { withLevels } from '../../../src/clinical';

afterEach(cleanup);

/** Lesion 1's levels and SINS as the app draws them, and the lines the results and the bar show. */
function Page({ seen }: { seen: Lesion[] }) {
  const [l, setL] = useState<Lesion>(emptyLesion('lesion-1'));
  const d = deriveLesion(l, 0);
  const change = (f: (x: Lesion) => Lesion) =>
    setL((x) => {
      const next = f(x);
      seen.push(next);
      return next;
    });
  return (
    <div>
      <section id="lesion-1">
        <LevelPicker id="l1" levels={l.levels} error={d.levelsError} onChange={(v) => change((x) => withLevels(x, typeof v === 'function' ? v(x.levels) : v))} />
        <SinsForm id="l1" findings={d.sinsFindings} location={d.location} levelsError={d.levelsError} onChange={(c, v) => change((x) => answeredSins(x, c, v))} />
      </section>
      <div class="result-line result-sins band-open">
        <output>{lesionSinsAnnouncement(d)}</output>
      </div>
      <nav class="jump">
        <a class="glance band-open">
          <span>Lesion 1 · SINS 0–18</span> <span>ESCC not assessed</span>
        </a>
      </nav>
    </div>
  );
}

const box = (name: string) => screen.getByRole('button', { name }) as HTMLInputElement;
const radio = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('answerEarly', () => {
  it('answers a level and two SINS answers tapped before hydration as the app will, with the same line', () => {
    const seen: Lesion[] = [];
    const { container } = render(<Page seen={seen} />);
    // The browser's own state changes, no handler run: as in the served page.
    box('L1').checked = true;
    radio('l1-sins-pain-mechanical').checked = true;
    radio('l1-sins-boneLesion-lytic').checked = true;
    const early = lesionFromPage(container);
    const stop = answerEarly(container);
    const line = container.querySelector('.result-sins output')?.textContent;
    expect(line).toBe('Lesion 1 (L1): SINS 8–18 so far, 3 of 6 unanswered');
    expect(container.querySelector('.result-sins')?.className).toBe('result-line result-sins band-open');
    expect([...container.querySelectorAll('.glance span')].map((s) => s.textContent)).toEqual(['L1 · SINS 8–18', 'ESCC not assessed']);
    stop();
    // The app's own path: the replay hands each kept state to its handler.
    replayEarlyInput(container);
    const app = seen.at(-1) as Lesion;
    expect({ levels: early?.levels, sins: early?.sins }).toEqual({ levels: app.levels, sins: app.sins });
    expect(lesionSinsAnnouncement(deriveLesion(app, 0))).toBe(line);
  });

  it('says the band once the answers decide it, and colours the line and the glance by it', () => {
    const { container } = render(<Page seen={[]} />);
    box('T12').checked = true;
    radio('l1-sins-pain-mechanical').checked = true;
    radio('l1-sins-boneLesion-lytic').checked = true;
    radio('l1-sins-alignment-subluxation').checked = true;
    answerEarly(container);
    // 3 + 3 + 2 + 4 = 12 so far: 13 at least is not reached, 7 at least is: indeterminate or worse, undecided.
    expect(container.querySelector('.result-sins output')?.textContent).toMatch(/^Lesion 1 \(T12\): SINS 12–18 so far, 2 of 6 unanswered/);
    radio('l1-sins-collapse-over-50').checked = true;
    container.querySelector('#l1-sins-collapse-over-50')?.dispatchEvent(new Event('change', { bubbles: true }));
    expect(container.querySelector('.result-sins output')?.textContent).toBe('Lesion 1 (T12): SINS 15–18 so far, 1 of 6 unanswered: instability (13–18) whatever the rest');
    expect(container.querySelector('.result-sins')?.className).toBe('result-line result-sins band-unstable');
    expect(container.querySelector('.glance')?.className).toBe('glance band-unstable');
  });

  it('leaves the line to the app when the taps are ones the app would refuse or must commit first', () => {
    const { container } = render(<Page seen={[]} />);
    box('T4').checked = true;
    box('L3').checked = true;
    expect(lesionFromPage(container)).toBeNull();
    box('L3').checked = false;
    (screen.getByLabelText('Type the lesion’s levels') as HTMLInputElement).value = 'T5';
    expect(lesionFromPage(container)).toBeNull();
    const before = container.querySelector('.result-sins output')?.textContent;
    answerEarly(container);
    expect(container.querySelector('.result-sins output')?.textContent).toBe(before);
  });

  it('reads the same lesion as the app’s own taps, tap by tap', () => {
    const { container } = render(<Page seen={[]} />);
    let l = emptyLesion('lesion-1');
    for (const v of ['T11', 'T12', 'L1'] as const) {
      box(v).checked = true;
      l = tappedLevel(l, v);
    }
    expect(lesionFromPage(container)?.levels).toEqual(l.levels);
  });

  it('whatever was tapped before hydration, answers exactly as the app does after its replay, or leaves it to the app', () => {
    const answers = fc.record(Object.fromEntries(SINS_COMPONENTS.map((c) => [c, fc.option(fc.constantFrom(...Object.keys(SINS_POINTS[c])), { nil: undefined })])));
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...VERTEBRAE), { maxLength: 4 }), answers, (levels, sins) => {
        const seen: Lesion[] = [];
        const { container, unmount } = render(<Page seen={seen} />);
        for (const v of levels) (container.querySelectorAll<HTMLInputElement>('.vertebra input')[VERTEBRAE.indexOf(v)] as HTMLInputElement).checked = true;
        for (const [c, v] of Object.entries(sins)) if (v) radio(`l1-sins-${c}-${v}`).checked = true;
        const early = lesionFromPage(container);
        const stop = answerEarly(container);
        const line = container.querySelector('.result-sins output')?.textContent;
        stop();
        replayEarlyInput(container);
        const app = seen.at(-1) ?? emptyLesion('lesion-1');
        unmount();
        if (!early) return;
        expect({ levels: early.levels, sins: early.sins }).toEqual({ levels: app.levels, sins: app.sins });
        expect(line).toBe(lesionSinsAnnouncement(deriveLesion(app, 0)));
      }),
      { numRuns: 60 },
    );
  });
});
