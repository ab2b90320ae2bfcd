// What the page scrolls into view (a focused or tapped answer, a link's target) stops above the
// phone's sticky bar, not under it (WCAG 2.4.11). The CSS gives 8rem; the bar gains a line with
// each lesion, so its height is followed here.
import { useEffect, useRef, type MutableRef } from 'preact/hooks';

/** The ref for the bar: the page's scroll padding follows its height. */
export function useScrollPaddingBar(): MutableRef<HTMLElement | null> {
  const bar = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
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
  }, []);
  return bar;
}
