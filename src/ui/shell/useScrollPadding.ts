// What the page scrolls into view (a focused or tapped answer, a link's target) stops above the
// phone's sticky bar, not under it (WCAG 2.4.11). The CSS gives 8rem; the bar gains a line at
// large text, so its height is followed (follow-bar.ts) from the first tap or key, or once the
// results near the view: before that nothing is scrolled into view by the page.
import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import { useWantedSoon } from '../state/useLazy';
import { followHeight } from './follow-bar';

/** The ref for the bar: the page's scroll padding follows its height. */
export function useScrollPaddingBar(): MutableRef<HTMLElement | null> {
  const bar = useRef<HTMLElement | null>(null);
  const wanted = useWantedSoon('results');
  useEffect(() => (wanted && bar.current ? followHeight(bar.current, '--bar-height') : undefined), [wanted]);
  return bar;
}
