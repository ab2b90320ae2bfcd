// Messages that arrive after the first paint with no tap (storage's notices, the service worker's
// banners) overlay the foot of the screen instead of pushing the form down under a finger (issue
// 18: they moved it 27 then 68 px on a tablet). The page's end gains their height, and what is
// scrolled into view stops above them, so nothing stays hidden behind them. (The answers to a
// tap, undo and copy, stay in the header, where the tap expects them.)
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { followHeight } from './follow-bar';

export function NoticesLayer({ children }: { children: ComponentChildren }) {
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => (layer.current ? followHeight(layer.current, '--notices-height') : undefined), []);
  return (
    <div class="notices-layer" ref={layer}>
      {children}
    </div>
  );
}
