// An element's height, followed into a custom property on the page: the phone's sticky bar
// (--bar-height, the page's scroll padding; useScrollPadding.ts, from the first tap or key, until
// then the CSS's 8rem holds) and the notices' layer (--notices-height, NoticesLayer.tsx).
export function followHeight(el: HTMLElement, property: '--bar-height' | '--notices-height'): () => void {
  const root = document.documentElement;
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const seen = new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight;
    if (height > 0) root.style.setProperty(property, `${Math.ceil(height)}px`);
    else root.style.removeProperty(property);
  });
  seen.observe(el);
  return () => {
    seen.disconnect();
    root.style.removeProperty(property);
  };
}
