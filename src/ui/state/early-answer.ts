// Between the first paint and hydration the page is the served HTML: a tap on lesion 1's spine
// or SINS answers is kept by the browser (early-input.ts), but nothing scores it until the app
// takes over, a few hundred ms later on a slow phone. main.tsx lets such a tap through before it
// hydrates and answers it here, at once, with the app's own derivation, in the two places the
// app draws it: lesion 1's SINS line and its glance in the phone's bar. Hydration then replays
// the taps (early-input.ts), which gives the same answers, and draws everything else.
// Only with no answers saved on this device: a draft on its way would change what the tap means.
// A change a first visit left as it went (leave-key.ts) is such a draft too: main.tsx checks both.
import { SINS_COMPONENTS, VERTEBRAE, emptyLesion, tapLevel, withLevels, type Lesion, type Vertebra } from '../../clinical';
import { deriveLesion, lesionBar, lesionSinsAnnouncement } from '../../report';
import { answeredSins } from './answers';

/** Lesion 1 as the served page's controls now hold it, or null when it cannot be told for sure. */
export function lesionFromPage(root: ParentNode): Lesion | null {
  let l = emptyLesion('lesion-1');
  const typed = root.querySelector<HTMLInputElement>('#l1-levels-input');
  // Typed levels count when committed, which needs the app: not answered early.
  if (typed && typed.value !== typed.defaultValue) return null;
  // ESCC answers change the glance's second line: its chain is the app's to follow.
  if (root.querySelector('input[name^="l1-escc-"]:checked')) return null;
  let levels: Vertebra[] = [];
  const boxes = root.querySelectorAll<HTMLInputElement>('#lesion-1 .vertebra input');
  if (boxes.length !== VERTEBRAE.length) return null;
  for (const [i, box] of [...boxes].entries()) {
    const v = VERTEBRAE[i] as Vertebra;
    if (box.checked === levels.includes(v)) continue;
    // The app's rule for a tapped level; a tap it would refuse is left for the app to say so.
    const r = tapLevel(levels, v);
    if (!r.ok) return null;
    levels = r.value;
  }
  if (levels.length) l = withLevels(l, levels);
  for (const c of SINS_COMPONENTS) {
    const name = `l1-sins-${c}`;
    const on = root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
    if (on) l = answeredSins(l, c, on.id.slice(name.length + 1));
  }
  return l;
}

/** Answers each change in lesion 1 until the returned function is called (at hydration). */
export function answerEarly(root: ParentNode & EventTarget): () => void {
  const answer = () => {
    const l = lesionFromPage(root);
    const line = root.querySelector('.result-sins');
    const out = line?.querySelector('output');
    if (!l || !line || !out) return;
    const d = deriveLesion(l, 0);
    out.textContent = lesionSinsAnnouncement(d);
    line.className = `result-line result-sins band-${d.pending ? 'open' : (d.sins.category ?? 'open')}`;
    const glance = root.querySelector('.jump .glance');
    const [sins, escc] = glance ? [...glance.querySelectorAll('span')] : [];
    if (!glance || !sins || !escc) return;
    const bar = lesionBar(d);
    sins.textContent = bar.sins;
    escc.textContent = bar.escc;
    glance.className = `glance band-${bar.urgency}`;
  };
  root.addEventListener('change', answer);
  // Taps made before this code ran: the browser kept their boxes. None (the usual first
  // visit): nothing to answer, and no reading of the page in the moment a tap may come.
  if (root.querySelector('#lesion-1 input:checked')) answer();
  return () => root.removeEventListener('change', answer);
}
