// Messages that arrive after the first paint (storage's notices, the service worker's banners,
// undo and copy) overlay the foot of the screen instead of pushing the form down under a finger
// (issue 18: they moved it 27 then 68 px on a tablet). The page's end gains their height, and
// what is scrolled into view stops above them, so nothing stays hidden behind them.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function NoticesLayer({ children }: { children: ComponentChildren }) {
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = layer.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const seen = new ResizeObserver(() => {
      const height = el.offsetHeight;
      if (height > 0) root.style.setProperty('--notices-height', `${Math.ceil(height)}px`);
      else root.style.removeProperty('--notices-height');
    });
    seen.observe(el);
    return () => {
      seen.disconnect();
      root.style.removeProperty('--notices-height');
    };
  }, []);
  return (
    <div class="notices-layer" ref={layer}>
      {children}
    </div>
  );
}
