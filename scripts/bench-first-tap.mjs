import { SINS_LINE_CHANGED, throttle } from './bench-measures.mjs';

// Issue 22's first tap: a finger tapping the first question of the ward path (lesion 1's L1 on
// the drawn spine) the moment the page first shows on screen. The harness learns of that moment
// from the browser's own screencast (its first frame with the page drawn), not from a script in
// the page, which a busy main thread would hold back; it then taps at once with a real (trusted)
// mouse press and release at the vertebra's centre (found beforehand: the layout is the same in
// every run). The tap waits for a busy main thread, as a finger's would. Answered: the frame after
// lesion 1's SINS line changed (app); checked: the frame after the box was checked (static page,
// which cannot score). Shown: the page's first contentful paint.
const LEVEL_TAP = 'L1';
const levelBox = `[...document.querySelectorAll('.vertebra')].find((l) => l.textContent.trim() === '${LEVEL_TAP}')`;
const SHOW_TAP_PROBE = `
  (() => {
    new MutationObserver((_, o) => {
      if (!${levelBox}) return;
      o.disconnect();
      window.__boxParsed('');
    }).observe(document, { childList: true, subtree: true });
    ${SINS_LINE_CHANGED}
    document.addEventListener('click', (e) => {
      const l = ${levelBox};
      if (!l || !l.contains(e.target) || window.__tapped !== undefined) return;
      window.__tapped = performance.now();
      requestAnimationFrame(() => (window.__checked = l.querySelector('input').checked ? performance.now() : -1));
    }, true);
  })();
`;

async function levelBoxCentre(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  const at = await page.evaluate(`(() => { const r = ${levelBox}.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`);
  await context.close();
  return at;
}

export async function tapWhenShown(browser, url, { app = true, at } = {}) {
  at ??= await levelBoxCentre(browser, url);
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, serviceWorkers: 'block' });
  await context.addInitScript(SHOW_TAP_PROBE);
  const page = await context.newPage();
  const cdp = await throttle(page, context);
  // The screencast's first frame is the blank page before the navigation: the tap goes with the
  // first frame that differs from it, once the vertebra is in the document (the page says so as
  // its parser inserts it; a first frame can show the page's top before the spine is parsed).
  let blank = null;
  let drawn = false;
  let parsed = false;
  let tapped = false;
  const tap = async () => {
    if (tapped || !drawn || !parsed) return;
    tapped = true;
    const where = { x: at.x, y: at.y, button: 'left', clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...where });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...where });
  };
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__boxParsed' });
  cdp.on('Runtime.bindingCalled', (e) => e.name === '__boxParsed' && ((parsed = true), tap()));
  cdp.on('Page.screencastFrame', async (e) => {
    await cdp.send('Page.screencastFrameAck', { sessionId: e.sessionId }).catch(() => undefined);
    blank ??= e.data;
    if (e.data !== blank) (drawn = true), tap();
  });
  const navigated = page.goto(url, { waitUntil: 'commit' });
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 10, maxWidth: 200, maxHeight: 200, everyNthFrame: 1 });
  await navigated;
  const key = app ? '__result' : '__checked';
  await page.waitForFunction((k) => window[k] > 0, key, { timeout: 60_000, polling: 50 });
  const r = await page.evaluate((k) => ({ result: window[k], tapped: window.__tapped, shown: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }), key);
  await context.close();
  return r;
}
