// Answers given in the prerendered page before the scripts took over: the browser kept the
// checked box or typed text, so each is handed to its handler once hydration has attached it.
// A state kept here may also be one the browser restored on a reload (Firefox restores checked
// boxes and typed text), i.e. an answer the saved draft already holds: every handler reached
// from here sets its answer from the control's state, never toggles it, so a replay run on top
// of the draft, or twice, changes nothing.
type Control = HTMLInputElement | HTMLSelectElement;

/** The controls under `root` whose state differs from the page as it was served. */
export function earlyInputs(root: ParentNode): Control[] {
  return [...root.querySelectorAll<Control>('input, select')].filter((el) => {
    if (el instanceof HTMLSelectElement) {
      const first = [...el.options].find((o) => o.defaultSelected) ?? el.options[0];
      return !!first && el.value !== first.value;
    }
    if (el.type === 'radio' || el.type === 'checkbox') return el.checked !== el.defaultChecked;
    return el.type === 'text' && el.value !== el.defaultValue;
  });
}

export function replayEarlyInput(root: ParentNode): number {
  const changed = earlyInputs(root);
  for (const el of changed) {
    // Typed text is handed over as typed, then committed as leaving the field would.
    if (el.type === 'text') el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return changed.length;
}
