// The service worker, its banners and the print sheet are no part of the first answer: they load
// after the page's load event, when the browser is idle (at most a second later), never before.
let loading: Promise<typeof import('./later-parts')> | null = null;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0);
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}

/** Loads them once; every caller gets the same module. */
export function loadLater(): Promise<typeof import('./later-parts')> {
  loading ??= whenIdle().then(() => import('./later-parts'));
  return loading;
}
