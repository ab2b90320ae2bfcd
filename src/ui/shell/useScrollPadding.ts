// What the page scrolls into view (a focused or tapped answer, a link's target) stops above the
// phone's sticky bar, not under it (WCAG 2.4.11). The CSS gives 8rem; the bar gains a line with
// each lesion, so its height is followed (follow-bar.ts) from the first tap or key, or once the
// results near the view: before that nothing is scrolled into view by the page.
import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import { useLazy, useWantedSoon } from '../state/useLazy';

/** The ref for the bar: the page's scroll padding follows its height. */
export function useScrollPaddingBar(): MutableRef<HTMLElement | null> {
  const bar = useRef<HTMLElement | null>(null);
  const follow = useLazy(() => import('./follow-bar'), useWantedSoon('results'));
  useEffect(() => (follow && bar.current ? follow.followBar(bar.current) : undefined), [follow]);
  return bar;
}
