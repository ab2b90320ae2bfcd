// The service worker's banners, the install prompt and the print sheet are no part of the first
// answer: they load after the page's load event, when the browser is idle (at most a second
// later), never before. On a first visit they wait longer, for the first tap or key, an install
// offer, or the first service worker taking the page (its cache then holds them): a visit that
// only looks downloads the first screen and nothing more. The worker itself is registered at
// idle on every visit (registerFirst), so that the app works offline after the first.
import { whenFirst } from '../state/first-input';

let loading: Promise<typeof import('./later-parts')> | null = null;
/** The first service worker took this page before its banners loaded: it works offline now. */
let tookControl = false;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0);
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}

function whenWanted(): Promise<void> {
  const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  // A repeat visit: these parts come from the service worker's cache, not the network.
  if (!sw || sw.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const go = () => {
      stop();
      sw.removeEventListener('controllerchange', took);
      resolve();
    };
    const stop = whenFirst(['pointerdown', 'keydown', 'beforeinstallprompt'], go);
    const took = () => {
      tookControl = true;
      go();
    };
    sw.addEventListener('controllerchange', took);
  });
}

/** Loads them once; every caller gets the same module. */
export function loadLater(): Promise<typeof import('./later-parts')> {
  loading ??= Promise.all([whenIdle(), whenWanted()]).then(() => import('./later-parts'));
  return loading;
}

/** Whether the page was first taken by a service worker that installed during this visit. */
export const offlineSinceLoad = () => tookControl;

/** At idle, registers the service worker (the same one src/pwa/register.ts registers). */
export function registerFirst(): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  void whenIdle().then(() => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined));
}
