// Levels: a drawn spine where each vertebra is a toggle, and a text field for what clinicians
// type ("T12-L2"). The SINS segment of each chosen level is shown.
import { useEffect, useRef, useState } from 'preact/hooks';
import { memoLatest } from '../state/memo';
import { VERTEBRAE, formatLevels, parseLevels, sinsSegment, tapLevel, tappedLevels, type Vertebra } from '../../clinical';

const REGIONS: Array<{ name: string; levels: Vertebra[] }> = [
  { name: 'Cervical', levels: VERTEBRAE.slice(0, 7) },
  { name: 'Thoracic', levels: VERTEBRAE.slice(7, 19) },
  { name: 'Lumbar', levels: VERTEBRAE.slice(19, 24) },
  { name: 'Sacral', levels: VERTEBRAE.slice(24) },
];

interface Props {
  /** Prefix for element ids, unique per lesion ("l1"). */
  id: string;
  levels: Vertebra[];
  /** New levels, or a change to apply to the latest levels (several taps may land before a render). */
  onChange: (levels: Vertebra[] | ((current: Vertebra[]) => Vertebra[])) => void;
  error: string | null;
}

const KEY_STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

function Levels({ id, levels, onChange, error }: Props) {
  const [text, setText] = useState(formatLevels(levels));
  const [textError, setTextError] = useState<string | null>(null);
  const chosen = new Set(levels);
  // The 29 buttons are one tab stop; arrow keys move within them.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const spine = useRef<HTMLDivElement>(null);
  const tabStop = focusIndex ?? (levels[0] ? VERTEBRAE.indexOf(levels[0]) : 0);
  const onKeyDown = (e: KeyboardEvent) => {
    const step = KEY_STEP[e.key];
    const to = step !== undefined ? tabStop + step : e.key === 'Home' ? 0 : e.key === 'End' ? VERTEBRAE.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = Math.min(VERTEBRAE.length - 1, Math.max(0, to));
    setFocusIndex(next);
    spine.current?.querySelectorAll<HTMLInputElement>('.vertebra input')[next]?.focus();
  };

  // Taps on the drawing show up in the text field; not at mount, where the field may hold text
  // typed before the scripts arrived.
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    setText(formatLevels(levels));
    setTextError(null);
  }, [levels.join(',')]);

  // Typed and tapped levels are refused alike, with one message, and leave the levels as they were.
  const refuse = (error: string) => setTextError(`Not applied: ${error}${levels.length ? ` The levels scored are still ${formatLevels(levels)}.` : ' No levels are set.'}`);

  const apply = (value: string = text) => {
    if (value.trim() === '') {
      setTextError(null);
      if (levels.length) onChange([]);
      return;
    }
    const r = parseLevels(value);
    if (r.ok) {
      setTextError(null);
      onChange(r.value);
    } else refuse(r.error);
  };

  // Sets a level on or off (idempotent: a state already so changes nothing), unless the level
  // rule refuses it (then unchanged).
  const setLevel = (v: Vertebra, on: boolean, box?: HTMLInputElement) => {
    if (chosen.has(v) === on) return;
    const r = tapLevel(levels, v);
    if (r.ok) return onChange((current) => (current.includes(v) === on ? [...current] : tappedLevels(current, v)));
    // The browser already flipped the box: put it back, as the levels did not change.
    if (box) box.checked = chosen.has(v);
    refuse(r.error);
  };

  const message = textError ?? error;
  return (
    <div class="levels">
      <h3 class="sub-h">Levels</h3>
      <form
        class="levels-text"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label for={`${id}-levels-input`}>Type the lesion’s levels</label>
        <div class="row">
          <input
            id={`${id}-levels-input`}
            type="text"
            inputMode="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            placeholder="e.g. T12-L2"
            value={text}
            aria-invalid={textError ? 'true' : 'false'}
            aria-describedby={`${id}-levels-message`}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
            onChange={(e) => apply((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Set</button>
        </div>
      </form>
      <p id={`${id}-levels-message`} class={message ? 'error' : 'note'} role={message ? 'alert' : undefined}>
        {message ?? (levels.length ? `${formatLevels(levels)}: ${levels.map((l) => `${l} ${sinsSegment(l)}`).join(', ')}` : 'Or tap the vertebrae below.')}
      </p>
      <div class="spine" role="group" aria-label="Spine, C1 to S5: tap a vertebra to select it; arrow keys move between vertebrae" ref={spine} onKeyDown={onKeyDown}>
        {REGIONS.map((r) => (
          <div class={`region region-${r.name.toLowerCase()}`} key={r.name}>
            <span class="region-name" aria-hidden="true">{r.name}</span>
            {r.levels.map((v) => {
              const i = VERTEBRAE.indexOf(v);
              // A checkbox in the role of a toggle button: the browser keeps a tap made before the
              // scripts arrive, and the app takes it over (see early-input.ts).
              return (
                <label key={v} class={`vertebra seg-${sinsSegment(v)}${chosen.has(v) ? ' pressed' : ''}`}>
                  <input
                    type="checkbox"
                    role="button"
                    aria-pressed={chosen.has(v)}
                    checked={chosen.has(v)}
                    tabIndex={i === tabStop ? 0 : -1}
                    onChange={(e) => {
                      setFocusIndex(i);
                      // The box's own state, never a toggle: a change replayed after a reload
                      // (Firefox restores checked boxes) must set the level, not take it away.
                      setLevel(v, (e.currentTarget as HTMLInputElement).checked, e.currentTarget);
                    }}
                    onKeyDown={(e) => {
                      if (e.key !== 'Enter') return;
                      e.preventDefault();
                      setFocusIndex(i);
                      setLevel(v, !chosen.has(v));
                    }}
                  />
                  {v}
                </label>
              );
            })}
          </div>
        ))}
      </div>
      <p class="spine-legend" aria-hidden="true">
        SINS segment: <span class="swatch swatch-junctional" />junctional <span class="swatch swatch-mobile" />mobile; no mark: semi-rigid (T3–T10) or rigid (S2–S5)
      </p>
    </div>
  );
}

/** Rendered again only when the lesion's levels or their message change, not at every answer. */
export const LevelPicker = memoLatest(Levels);
