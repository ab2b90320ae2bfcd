// What may follow a tap by one frame (the TES verdict, NOMS, prognosis, the evidence, saved
// cases, print) reads the answers as they were at the last paint, so that the tap's own answer
// paints first (issue 12). `painted`: App itself renders after the tap's paint (live.ts), so
// the answers are settled already.
import { useEffect, useReducer, useRef } from 'preact/hooks';

export function useSettled<T>(value: T, painted = false): T {
  const shown = useRef(value);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  if (painted) shown.current = value;
  // Preact runs effects after the next paint.
  useEffect(() => {
    if (shown.current === value) return;
    shown.current = value;
    rerender(0);
  }, [value]);
  return shown.current;
}
