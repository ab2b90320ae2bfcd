// Answers given in the prerendered page before the scripts took over: the browser kept the
// checked box or typed text, so each is handed to its handler once hydration has attached it.
// A state kept here may also be one the browser restored on a reload (Firefox restores checked
// boxes and typed text), i.e. an answer the saved draft already holds: every handler reached
// from here sets its answer from the control's state, never toggles it, so a replay run on top
// of the draft, or twice, changes nothing.
export function replayEarlyInput(root: ParentNode, dry = false): number {
  let replayed = 0;
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    const select = el instanceof HTMLSelectElement;
    const first = select ? ([...el.options].find((o) => o.defaultSelected) ?? el.options[0]) : null;
    const box = el.type === 'radio' || el.type === 'checkbox';
    const changed = select ? !!first && el.value !== first.value : box ? (el as HTMLInputElement).checked !== (el as HTMLInputElement).defaultChecked : el.type === 'text' && el.value !== (el as HTMLInputElement).defaultValue;
    if (!changed) continue;
    replayed += 1;
    // `dry`: only counted (is there an answer waiting for its handler?).
    if (dry) continue;
    // Typed text is handed over as typed, then committed as leaving the field would.
    if (!box && !select) el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return replayed;
}
