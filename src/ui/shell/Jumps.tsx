// Ways to where the eyes and the keys need to be: the phone's sticky bar (each lesion's SINS
// and ESCC at a glance, in view after every answer) and the keyboard's skip links (a lesion's
// SINS in a few Tab presses, not forty).
import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import { lesionBar, type LesionDerived } from '../../report';
import { useLiveDerived } from '../state/live';

/** One lesion in the bar, from the live answers; brought into the bar's view when it changes. */
function Glance({ d }: { d: LesionDerived }) {
  const l = useLiveDerived(d);
  const { sins, escc, urgency } = lesionBar(l);
  const el = useRef<HTMLAnchorElement>(null);
  const first = useRef(true);
  useEffect(() => {
    const e = el.current;
    const row = e?.parentElement;
    if (first.current || !e || !row) return void (first.current = false);
    // The row scrolls sideways (never the page): the lesion just answered is the one shown.
    const x = e.offsetLeft - row.offsetLeft;
    if (x < row.scrollLeft || x + e.offsetWidth > row.scrollLeft + row.clientWidth) row.scrollLeft = x;
  }, [sins, escc]);
  // A tap on a lesion goes to the results (TES, NOMS, prognosis); each result's title leads back.
  return (
    <a ref={el} href="#results" class={`glance band-${urgency}`}>
      <span>{sins}</span> <span>{escc}</span>
    </a>
  );
}

interface BarProps {
  lesions: LesionDerived[];
  bar: MutableRef<HTMLElement | null>;
  onCopy: () => void;
}

/** The phone's bar: one row whatever the lesions and the text size (a quarter of the screen at most). */
export function JumpBar({ lesions, bar, onCopy }: BarProps) {
  return (
    <nav class="jump" aria-label="Results at a glance" ref={bar}>
      <span class="glances">
        {lesions.map((l) => (
          <Glance key={l.lesion.id} d={l} />
        ))}
      </span>
      <button type="button" onClick={onCopy}>Copy</button>
    </nav>
  );
}

/** Shown only when focused, over the page: nothing moves. */
export function SkipLinks({ lesions }: { lesions: LesionDerived[] }) {
  return (
    <nav class="skip" aria-label="Skip to">
      {lesions.map((l) => (
        <a key={l.lesion.id} href={`#l${l.n}-sins-h`}>
          {l.title}: SINS
        </a>
      ))}
      <a href="#results">Results</a>
      <a href="#patient-h">Patient</a>
    </nav>
  );
}
