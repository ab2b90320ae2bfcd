// Nothing moves after the first paint (issue 18). The saved draft is read from IndexedDB after
// that paint, and what it fills in (a second lesion's lines, the NOMS pathway that loads with
// them) pushed the results below it: CLS 0.13 on a tablet. So the tablet's results panel stays
// hidden (styles.css: until <html data-drawn>, at most 1.2 s; main.tsx shows it at once when no
// answers are saved) until the draft is drawn: the panel is as tall as when the page went (a
// reload at the same width), or has kept its height for 200 ms. A reload then goes back to where
// the page was scrolled (a scroll is no layout shift); the browser is told not to, as it
// scrolled before the draft arrived and the page then grew above the view (CLS 1.1 on a tablet,
// 1.9 on a phone). Loaded beside the storage code (useAssessment.ts), off the first load.
import { isEmptyAssessment } from '../../clinical';
import { DraftTab, LEAVE_PREFIX, type Change, type TabEvents } from '../../storage/draft-tab';
import type { DraftStore } from '../../storage/draft';
import { ANSWERS_MARK } from './answers-mark';

const CHANNEL = 'spine-calculator-draft';
const KEY = 'spine-calculator-view';
const QUIET_MS = 200;
/** As the fallback in styles.css, from navigation. */
const AT_MOST_MS = 1200;

interface View {
  /** Scrolled to, the results panel's height and the window's width, as the page went. */
  y: number;
  h: number;
  w: number;
}

const root = document.documentElement;
const panelHeight = () => document.getElementById('results')?.scrollHeight ?? 0;

/** The view kept as the page last went, for a reload or a return to it; none on a new navigation. */
function takeView(): View | null {
  try {
    const v = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as View | null;
    const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    return v && v.w === innerWidth && nav?.type !== 'navigate' ? v : null;
  } catch {
    return null;
  }
}

const kept = takeView();

addEventListener('pagehide', () => {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ y: Math.round(scrollY), h: panelHeight(), w: innerWidth } satisfies View));
    history.scrollRestoration = 'manual';
  } catch {
    /* nothing kept: the next open starts at the top */
  }
});
// Back from the back-forward cache, the page is as it was: links within it restore the scroll again.
addEventListener('pageshow', (e) => e.persisted && (history.scrollRestoration = 'auto'));

let shown = false;
function show(back: boolean) {
  if (shown) return;
  shown = true;
  root.dataset.drawn = '';
  // Unless the clinician has scrolled meanwhile.
  if (back && kept && kept.y > 0 && scrollY === 0) scrollTo(0, kept.y);
  history.scrollRestoration = 'auto';
}
// A tap or key before then: the clinician is at work where they are; the results show at once.
for (const type of ['pointerdown', 'keydown'] as const) addEventListener(type, () => show(false), { capture: true, once: true });

/** Shows the results once the panel's height says the answers (`restored`) are drawn. */
function showWhenDrawn(restored: boolean) {
  let last = '';
  let since = 0;
  const frame = (t: number) => {
    if (shown) return;
    const h = panelHeight();
    const now = `${h} ${root.scrollHeight}`;
    if (now !== last) [last, since] = [now, t];
    const drawn = !restored || (kept ? h === kept.h && root.scrollHeight >= kept.y + innerHeight : false);
    if (drawn || t - since >= QUIET_MS || t >= AT_MOST_MS) show(true);
    else requestAnimationFrame(frame);
  };
  // From the next frame: the answers just loaded are rendered by then.
  requestAnimationFrame(() => requestAnimationFrame(frame));
}

/**
 * The draft's tab (storage/draft-tab.ts), started with the changes made before it existed, and
 * wired to the other tabs and to the page's leaving; the results show once its draft is drawn.
 */
export function openTab(store: DraftStore, events: TabEvents, early: Change[]): { tab: DraftTab; stop: () => void } {
  let open = true;
  const bc = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  // Whether there are answers to wait for on the next open, as they are written and as the page goes.
  let marked: boolean | null = null;
  const mark = () => {
    const answers = !isEmptyAssessment(events.screen());
    if (answers === marked) return;
    marked = answers;
    try {
      if (answers) localStorage.setItem(ANSWERS_MARK, '1');
      else localStorage.removeItem(ANSWERS_MARK);
    } catch {
      /* not kept: the next open shows the results at once */
    }
  };
  const tab = new DraftTab(store, {
    ...events,
    saved: (ok) => {
      events.saved(ok);
      if (ok) mark();
    },
    notify: (m) => bc?.postMessage(m),
  });
  tab.pending.push(...early);
  // Answers tapped before the scripts arrived: as a tap does, the results show at once, here.
  if (early.length) show(false);
  void tab.start().finally(() => {
    showWhenDrawn(!isEmptyAssessment(events.screen()));
    mark();
  });
  // Another tab wrote or left a change: show its answers, unless this tab's own change is about to go on top.
  if (bc) bc.onmessage = (e: MessageEvent<{ rev?: number; left?: true }>) => open && e.data && tab.otherWrote(e.data);
  // A tab that went put its change in localStorage: the "storage" event says so even when its message did not arrive.
  const stored = (e: StorageEvent) => open && e.key?.startsWith(LEAVE_PREFIX) && e.newValue !== null && tab.otherWrote({ left: true });
  // A tab closed or reloaded straight after a tap: its change is left beside the draft as the page goes.
  const leave = () => {
    tab.leave(true);
    mark();
  };
  const hidden = () => {
    if (document.visibilityState !== 'hidden') return;
    tab.leave(false);
    mark();
  };
  const back = () => tab.back();
  window.addEventListener('pagehide', leave);
  window.addEventListener('pageshow', back);
  window.addEventListener('storage', stored);
  document.addEventListener('visibilitychange', hidden);
  const stop = () => {
    open = false;
    bc?.close();
    window.removeEventListener('pagehide', leave);
    window.removeEventListener('pageshow', back);
    window.removeEventListener('storage', stored);
    document.removeEventListener('visibilitychange', hidden);
  };
  return { tab, stop };
}
