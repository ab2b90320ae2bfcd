// Answers given in the prerendered page before the scripts took over: the browser kept the
// checked box or typed text, so each is handed to its handler once hydration has attached it.
export function replayEarlyInput(root: ParentNode): number {
  let replayed = 0;
  for (const el of root.querySelectorAll<HTMLInputElement>('input')) {
    const changed =
      el.type === 'radio' || el.type === 'checkbox' ? el.checked !== el.defaultChecked : el.type === 'text' && el.value !== el.defaultValue;
    if (!changed) continue;
    el.dispatchEvent(new Event(el.type === 'text' ? 'input' : 'change', { bubbles: true }));
    replayed += 1;
  }
  return replayed;
}
