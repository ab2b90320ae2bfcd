// The page's scroll padding follows the phone's sticky bar (useScrollPadding.ts): loaded at the
// first tap or key, before anything is scrolled into view; until then the CSS's 8rem holds.
export function followBar(el: HTMLElement): () => void {
  const root = document.documentElement;
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const seen = new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight;
    if (height > 0) root.style.setProperty('--bar-height', `${Math.ceil(height)}px`);
    else root.style.removeProperty('--bar-height');
  });
  seen.observe(el);
  return () => {
    seen.disconnect();
    root.style.removeProperty('--bar-height');
  };
}
